"""Regression tests for the structure misses of round 6's blind batch (E) on its first run:
packs not split at their parts, agenda items and meetings left unread. Each is named after the
bug and runs on a small paper in the layout that showed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import decisions_in, heldout_accuracy, minutes_of
from kcc_papers.classify import classify
from kcc_papers.extract import Context, agenda, meetings
from kcc_papers.load.model import Source
from kcc_papers.load.text import split_pages
from kcc_papers.models import AgendaItem, Meeting
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


def test_councillors_are_summoned_was_not_read_as_a_summons():
    text = ("OAKLEIGH PARISH COUNCIL\nClerk: Mrs A Clerk, 4 Church View\nclerk@oakleigh.example\n"
            "Councillors are summoned to attend the Ordinary Meeting of Oakleigh Parish Council\n"
            "at the Village Hall on Thursday 19 March 2026 at 7.30pm.\n"
            "A Clerk, Clerk to the Council, 12 March 2026\nAGENDA\n"
            "26/031  Apologies for absence\n26/032  Planning\n")
    assert classify(text, "agenda") == "agenda"


def test_bilingual_agenda_heading_with_welsh_first_did_not_start_an_agenda():
    text = ("CYNGOR SIR GLANNAU\nGLANNAU COUNTY COUNCIL\n"
            "PWYLLGOR CRAFFU / SCRUTINY COMMITTEE\n"
            "Dyddiad / Date: 3 Mawrth 2026 / 3 March 2026\nAmser / Time: 10.00 a.m.\n"
            "Lleoliad / Venue: Siambr / Chamber\nRHAGLEN / AGENDA\n"
            "1. Ymddiheuriadau / Apologies for absence\n2. Datgan buddiannau / Declarations\n")
    assert _kinds(text) == ["agenda"]


def _items(ctxs: list[Context]) -> list[tuple[str | None, str]]:
    (ctx,) = ctxs
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def test_pdf_title_wrapped_at_the_right_margin_without_a_hanging_indent_was_cut(tmp_path: Path):
    src = tmp_path / "wrap.pdfsrc"
    long_title = ("Unrhyw fater arall y mae'r Cadeirydd yn ei ystyried yn fater brys / Any other "
                  "business the Chair considers urgent")
    src.write_text("## GLANNAU COUNTY COUNCIL\n** SCRUTINY COMMITTEE\n"
                   "Date:\tTuesday, 3 March 2026\n** AGENDA\n1. Apologies for absence\n"
                   f"2. {long_title}\n3. Declarations of interest\n")
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    assert _items(contexts(pdf, "agenda")) == [
        ("1", "Apologies for absence"), ("2", long_title), ("3", "Declarations of interest")]


PLANNING_AGENDA = """                         HARROWFIELD DISTRICT COUNCIL
                               PLANNING COMMITTEE
You are requested to attend a meeting of the Planning Committee on Tuesday 10th March 2026.
                                    AGENDA
                                                                          Page No.
1.    Apologies for absence

2.    Minutes of the meeting held on 10th February 2026                     5 - 12

3.    Planning applications for determination

      (a)  25/01873/FUL - Land south of Mill Lane, Little Waverley          13 - 41
           Erection of 64 dwellings with associated access and open space

      (b)  26/00112/HOU - 14 Orchard Close, Harrowfield                     43 - 50
           Two storey side extension

4.    Appeal decisions received                                             59 - 64

5.    Enforcement update - quarter 3 2025/26                                65 - 70
"""


def test_lettered_part_of_an_item_was_read_as_its_title_wrapped(tmp_path: Path):
    # the parts are the item's description, as the set's other lettered agenda has them
    assert _items(text_contexts(PLANNING_AGENDA, "agenda", tmp_path)) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 10th February 2026"),
        ("3", "Planning applications for determination"),
        ("4", "Appeal decisions received"),
        ("5", "Enforcement update - quarter 3 2025/26")]


def test_line_below_a_title_beside_its_pages_column_was_joined_to_the_title(tmp_path: Path):
    text = ("HARROWFIELD DISTRICT COUNCIL\nPLANNING COMMITTEE\n"
            "You are requested to attend a meeting of the Planning Committee on Tuesday 10th "
            "March 2026.\nAGENDA\n" + " " * 74 + "Page No.\n"
            "1.    Apologies for absence                                              3 - 4\n"
            "2.    Land south of Mill Lane, Little Waverley                          13 - 41\n"
            "        Erection of 64 dwellings with associated access\n"
            "3.    Appeal decisions received                                         59 - 64\n")
    assert _items(text_contexts(text, "agenda", tmp_path))[1] == (
        "2", "Land south of Mill Lane, Little Waverley")


def _meeting(text: str, kind: str | None, tmp_path: Path) -> tuple[str | None, dt.date | None]:
    """The meeting read from the paper's one document (of ``kind``, or whatever it is)."""
    (ctx,) = text_contexts(text, kind, tmp_path)
    found = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return (found[0].committee, found[0].meeting_date) if found else (None, None)


def test_minute_of_meeting_title_was_read_into_the_body_below_it(tmp_path: Path):
    text = ("STRATHMORRAN INTEGRATION JOINT BOARD\n\nMINUTE OF MEETING\n\n"
            "Minute of the meeting of the Strathmorran Integration Joint Board held in the "
            "Boardroom on Wednesday 21 January 2026 at 2.00 pm.\n\nPresent: Councillor A Gillies "
            "(Chair)\n\n1. WELCOME\nThe Chair welcomed everyone.\n2. POLICY\n"
            "The Board approved the policy.\n")
    assert _meeting(text, "minutes", tmp_path) == ("Strathmorran Integration Joint Board",
                                                   dt.date(2026, 1, 21))


def test_the_board_meeting_of_a_harbour_authority_named_only_the_board(tmp_path: Path):
    text = ("PORT OF KILMORY HARBOUR AUTHORITY\n\nMinutes of the Board Meeting held at the "
            "Harbour Office, Quay Street, Kilmory on 24 February 2026 at 10.30 am\n\n"
            "Present: Mr D Fraser (Chair), Mrs E Kirk\n\n2026/14 Apologies\nNone.\n"
            "2026/15 Dredging\nDecision: The Board approved the dredging plan.\n")
    assert _meeting(text, "minutes", tmp_path) == ("Port of Kilmory Harbour Authority",
                                                   dt.date(2026, 2, 24))


def test_board_meeting_and_its_date_under_the_organisation_were_unread(tmp_path: Path):
    text = ("NHS ARDMUIR\n                                     Paper No. 26/031\n"
            "BOARD MEETING - 31 MARCH 2026\n\nCORPORATE RISK REGISTER\n\n"
            "Author: Head of Risk Management\n\n1. Purpose\nFor assurance.\n\n"
            "RECOMMENDATION:\nThat the Board notes the report.\n")
    assert _meeting(text, None, tmp_path) == ("NHS Ardmuir", dt.date(2026, 3, 31))


def test_committee_colon_date_masthead_was_unread(tmp_path: Path):
    text = ("LOCHARDEN COUNCIL\n\nAUDIT AND SCRUTINY COMMITTEE: 25 FEBRUARY 2026\n\n"
            "PUBLIC PERFORMANCE REPORTING - QUARTER 3\n\nReport by Chief Officer\n\n"
            "1   RECOMMENDATION\n1.1 It is recommended that the Committee scrutinises the "
            "performance.\n")
    assert _meeting(text, None, tmp_path) == ("Audit and Scrutiny Committee",
                                                  dt.date(2026, 2, 25))


def test_the_assembly_authorised_was_not_a_decision(tmp_path: Path):
    text = ("PARISH OF ST AUBIN\n\nMINUTES of the Parish Assembly held on Wednesday 25 "
            "February 2026 at 7.30 pm\n\nPresent: the Connétable\n\n"
            "1.  ROADS COMMITTEE - GRITTING VEHICLE\n\nThe Roads Inspector explained the "
            "vehicle was old.\n\nThe Assembly authorised the Roads Committee to purchase a "
            "replacement gritting vehicle.\n\n2.  CLOSE\n\nThe meeting closed at 9 pm.\n")
    texts = [d.decision_text for d in decisions_in(minutes_of(text, tmp_path))]
    assert any("authorised the Roads Committee" in t for t in texts)
