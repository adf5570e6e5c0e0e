"""Regression tests for the structure misses of round 6's blind batch (E) on its first run:
packs not split at their parts, agenda items and meetings left unread. Each is named after the
bug and runs on a small paper in the layout that showed it."""

from __future__ import annotations

from kcc_papers.load.model import Source
from kcc_papers.load.text import split_pages
from kcc_papers.segment import segment


def _kinds(text: str) -> list[str]:
    """The kind of each document the file splits into (pages parted by form feeds)."""
    return [s.kind for s in segment(Source("t.txt", "0" * 64, "text", split_pages(text)))]


def test_minutes_of_the_meeting_held_on_over_who_was_present_did_not_start_the_minutes():
    text = ("BRACKENFORD BOROUGH COUNCIL\nAgenda\nAudit Panel\nDate: Monday 16th March 2026\n"
            "Time: 6.00 pm\nVenue: Room 1\n1  Apologies for absence (Pages 1 - 2)\n"
            "2  Minutes of the last meeting (Pages 3 - 6)\n"
            "\fBRACKENFORD BOROUGH COUNCIL\nAudit Panel\n"
            "Minutes of the meeting held on Monday 2nd February 2026 at 6.00 pm\n"
            "Present: Councillor Hart (in the Chair); Councillors Ash and Bell\n"
            "12 Apologies for absence\nNone.\n13 Internal audit plan\n"
            "Resolved: That the plan be approved.\n")
    assert _kinds(text) == ["agenda", "minutes"]


def test_report_to_a_panel_and_its_date_did_not_start_a_report():
    text = ("BRACKENFORD BOROUGH COUNCIL\nAgenda\nAudit Panel\nDate: Monday 16th March 2026\n"
            "Time: 6.00 pm\nVenue: Room 1\n1  Apologies for absence (Pages 1 - 2)\n"
            "2  Treasury management (Pages 3 - 6)\n"
            "\fBRACKENFORD BOROUGH COUNCIL\n"
            "Report to Audit Panel - 16th March 2026\nTreasury management mid-year review\n"
            "Report of the Director of Resources\n1. Recommendation\n"
            "That the Panel notes the treasury management position.\n")
    assert _kinds(text) == ["agenda", "report"]


def test_draft_minutes_heading_did_not_start_the_minutes_after_a_parish_agenda():
    text = ("OAKLEIGH PARISH COUNCIL\n\nCouncillors are summoned to attend the Ordinary "
            "Meeting of Oakleigh Parish Council\nat the Village Hall on Thursday 19 March 2026 "
            "at 7.30pm.\n\nAGENDA\n\n26/031  Apologies for absence\n26/032  Planning\n\n"
            "OAKLEIGH PARISH COUNCIL\n\nDRAFT MINUTES of the Ordinary Meeting of Oakleigh Parish "
            "Council held at the Village\nHall on Thursday 19 February 2026 at 7.30pm\n\n"
            "Present: Cllrs Ash (Chairman), Bell, Dene\n\n26/017  Apologies for absence\n"
            "        None.\n26/018  Precept\n        It was RESOLVED to set the precept.\n\n"
            "Meeting closed at 9.05pm.\n")
    assert _kinds(text) == ["agenda", "minutes"]
