"""Regression tests for the structure misses of round 7's blind batch (G) on its first run,
and of earlier papers still missed then. Each is named after the bug and runs on a small paper
in the layout that showed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import heldout_accuracy, minutes_of, numbers
from kcc_papers.extract import Context, agenda, meetings
from kcc_papers.load.model import Source
from kcc_papers.load.text import split_pages
from kcc_papers.models import AgendaItem, Meeting
from kcc_papers.segment import segment


def _pdf_contexts(source: str, tmp_path: Path, kind: str) -> list[Context]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return contexts(heldout_accuracy.render_pdf(src, tmp_path), kind)


def _items(ctx: Context) -> list[tuple[str | None, str]]:
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


SCRUTINY_AGENDA = """## BRACKMOOR COUNTY COUNCIL
** Health Overview and Scrutiny Committee
Date:	Thursday 12 March 2026
Time:	10.00 am
^^ AGENDA
** 1. Apologies and Substitutions
** 2. Minutes of the Meeting held on 15 January 2026
To confirm the minutes (pages 1 - 10).
** 3. Urgent and Emergency Care: Winter Pressures 2025/26
Report of the Integrated Care Board (pages 11 - 34).
** 4. Adult Social Care Charging
Annual review of the charges (pages 35 - 40).
"""


def test_description_line_holding_the_page_range_was_joined_to_a_bold_title(tmp_path):
    # the page range closes the item, but a plain line under a bold title, or one worded as
    # what the meeting does ("To confirm ..."), is the item's description, not its title
    (ctx,) = _pdf_contexts(SCRUTINY_AGENDA, tmp_path, "agenda")
    assert _items(ctx) == [
        ("1", "Apologies and Substitutions"),
        ("2", "Minutes of the Meeting held on 15 January 2026"),
        ("3", "Urgent and Emergency Care: Winter Pressures 2025/26"),
        ("4", "Adult Social Care Charging"),
    ]


def test_description_line_holding_the_page_range_was_joined_to_a_text_title(tmp_path):
    # the same in a text agenda, where no weight tells: the line says what the item is for
    text = ("BRACKMOOR COUNTY COUNCIL\nHealth Overview and Scrutiny Committee\n"
            "Date: Thursday 12 March 2026\nTime: 10.00 am\nVenue: County Hall\n\nAGENDA\n\n"
            "1.  Apologies and Substitutions\n\n"
            "2.  Minutes of the Meeting held on 15 January 2026\n"
            "    To confirm the minutes (Pages 1 - 10)\n\n"
            "3.  Adult Social Care Charging\n    Purpose: For decision (Pages 11 - 20)\n\n"
            "4.  Work Programme\n    Recommendation: To agree the programme (Pages 21 - 24)\n")
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    assert _items(ctx) == [
        ("1", "Apologies and Substitutions"),
        ("2", "Minutes of the Meeting held on 15 January 2026"),
        ("3", "Adult Social Care Charging"),
        ("4", "Work Programme"),
    ]


PLANNING_AGENDA = """## FELLBECK DISTRICT COUNCIL
** Planning Committee
Date:	Wednesday 18 March 2026
** AGENDA
| Item | Business | Pages |
| 1 | Apologies for Absence | - |
| 2 | Planning Appeal Decisions | 1 - 4 |
| 3 | Planning Enforcement Update | 5 - 10 |
Item 3 contains exempt information under paragraph 6 of Part 1 of Schedule 12A.
3 contains a summary of the enforcement cases.
** Schedule of applications
| Application | Parish | Case officer | Recommendation |
| 25/01187/FUL | Hawsby | S Atkinson | Approve |
"""


def test_sentence_naming_an_item_below_the_agenda_table_was_read_as_the_item_again(tmp_path):
    (ctx,) = _pdf_contexts(PLANNING_AGENDA, tmp_path, "agenda")
    assert _items(ctx) == [
        ("1", "Apologies for Absence"),
        ("2", "Planning Appeal Decisions"),
        ("3", "Planning Enforcement Update"),
    ]


def _meeting(text: str, tmp_path: Path) -> tuple[str | None, dt.date | None]:
    (ctx,) = text_contexts(text, None, tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return meeting.committee, meeting.meeting_date


def _report_under(head: str) -> str:
    return (f"{head}\nPension Fund Risk Register - March 2026 review\nReport by: Head of Pensions\n"
            "1. Recommendation\n1.1 The Committee is recommended to approve the register.\n")


def test_running_head_naming_council_then_committee_gave_the_council(tmp_path):
    head = "Wessex Downs County Council - Pension Fund Committee - 13 March 2026"
    assert _meeting(_report_under(head), tmp_path) == (
        "Pension Fund Committee", dt.date(2026, 3, 13))


def test_running_head_naming_committee_then_council_keeps_the_committee(tmp_path):
    # the body nearest the date meets, but a council is always what a body belongs to
    head = "Pension Fund Committee - Wessex Downs County Council - 13 March 2026"
    assert _meeting(_report_under(head), tmp_path) == (
        "Pension Fund Committee", dt.date(2026, 3, 13))


def _kinds(text: str) -> list[str]:
    return [s.kind for s in segment(Source("t.txt", "0" * 64, "text", split_pages(text)))]


EXEMPTIONS = (
    "SOUTH RIDGE DISTRICT COUNCIL\nAudit and Governance Committee - 11 March 2026\n"
    "{title}\nExemption 1\nDirectorate: Place and Environment\n"
    "Supplier name: Brightline Cleaning Ltd\nEstimated contract value: £64,800\n"
    "Contract period: 1 January 2026 to 30 June 2026\n"
)


@pytest.mark.parametrize("title", [
    "Appendix A: Exemptions from Contract Procedure Rules approved in the quarter",
    "ANNEX 2 - Exemptions from Contract Procedure Rules",
])
def test_appendix_under_a_committee_masthead_was_read_as_no_paper(title):
    assert _kinds(EXEMPTIONS.format(title=title)) == ["report"]


LICENSING_MINUTES = (
    "BARCHESTER DISTRICT COUNCIL\n\nLICENSING SUB-COMMITTEE\n\n"
    "Minutes of the meeting held on Friday 7 November 2025 at 10.00 am at the Council Offices,\n"
    "Barchester\n\nPresent: Councillors P. Quill (Chair), R. Stone and T. Underwood\n\n"
    "1. Appointment of Chair\n\nCouncillor Quill was appointed Chair for the hearing.\n\n"
    "2. {heading}\n\n"
    "The Licensing Manager presented the application for the sale of alcohol until 23.00 daily.\n"
    "Two residents spoke against the application and the applicant's representative spoke in\n"
    "support.\n\nThe meeting ended at 11.45 am.\n"
)


def test_heading_standing_alone_was_cut_at_its_colon(tmp_path):
    heading = "Application for a premises licence: The Old Mill Tap, 3 Mill Street, Barchester"
    text = LICENSING_MINUTES.format(heading=heading)
    assert numbers(minutes_of(text, tmp_path)) == [("1", "Appointment of Chair"), ("2", heading)]


def test_heading_filled_to_the_margin_still_runs_on_into_its_text(tmp_path):
    # a parish's "Title: text" line wrapped at the right margin: its text starts at the colon
    heading = ("Accounts for payment: Merlin Waste - £27.12 (Ch. No. 300050), Clerk's Salary and"
               " the\nExpenses - £379.00 (Ch. No. 300051).")
    text = LICENSING_MINUTES.format(heading=heading)
    assert numbers(minutes_of(text, tmp_path))[1] == ("2", "Accounts for payment")
