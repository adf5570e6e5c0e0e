"""Regression tests for defects found reviewing round 9's segmentation, meetings and agenda-item
fixes (session 24): inputs the fixes' authors did not try, each on a small generated paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import heldout_accuracy
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.load import load
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment


def _render(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "pack.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _agenda_listing(label: str, first: int, last: int) -> str:
    """An agenda's items as a council's template prints them: the label and number alone on
    a line ("Item 4", "Agenda Item 4") over the item's title."""
    return "".join(f"{label} {n}\nThe title of item number {n}\n" for n in range(first, last + 1))


@pytest.mark.parametrize("label", ["Item", "Agenda Item"])
@pytest.mark.parametrize("last", [11, 13])
def test_regression_agenda_listing_items_over_two_pages_is_one_agenda(
        tmp_path: Path, label: str, last: int) -> None:
    # An agenda that prints each item's number alone on its line over its title, and runs
    # onto a second page: that page's first line ("Item 11") is no publisher's stamp of item
    # 11's paper. Before, the second page was split off as a paper of its own and its items
    # were lost.
    pack = f"""## EXAMPLE DISTRICT COUNCIL
** Overview and Scrutiny Committee
Date:	Thursday 11 June 2026
Time:	2.30 pm
** AGENDA
{_agenda_listing(label, 1, 10)}--- page ---
{_agenda_listing(label, 11, last)}"""
    pdf = _render(pack, tmp_path)
    assert [(s.kind, s.page_from, s.page_to) for s in segment(load(pdf))] == [("agenda", 1, 2)]
    items = [r for r in process_file(str(pdf)).records if isinstance(r, AgendaItem)]
    assert [r.item_ref for r in items] == [str(n) for n in range(1, last + 1)]


def test_item_stamp_after_an_agenda_listing_items_so_starts_its_paper(tmp_path: Path) -> None:
    # guard: a paper stamped with one of the numbers the agenda listed is that item's
    pack = f"""## EXAMPLE DISTRICT COUNCIL
** Overview and Scrutiny Committee
Date:\tThursday 11 June 2026
** AGENDA
{_agenda_listing("Item", 1, 4)}--- page ---
Item 3
## EXAMPLE DISTRICT COUNCIL
** REVENUE BUDGET MONITORING: QUARTER 1
Report of the Finance Manager
** 1. Recommendation
1.1 That the Committee notes the forecast outturn.
"""
    pdf = _render(pack, tmp_path)
    assert [(s.kind, s.page_from) for s in segment(load(pdf))] == [("agenda", 1), ("report", 2)]


def _meeting_dates(source: str, tmp_path: Path) -> list[str | None]:
    result = process_file(str(_render(source, tmp_path)))
    return [str(d.meeting_date) if d.meeting_date else None for d in result.documents]


@pytest.mark.parametrize("venue", ["the Council Offices", "County Hall, Maidstone"])
def test_regression_minutes_heading_without_a_date_keeps_its_masthead_date(
        tmp_path: Path, venue: str) -> None:
    # "Minutes of the ... Committee held at <venue>" gives no date; the masthead above does.
    # The heading sentence's "held" ran on (no label's colon after it) into the first minute,
    # whose date (the last meeting's) was taken as this meeting's.
    minutes = f"""## Planning Committee - 12 March 2026
** Minutes of the Planning Committee held at {venue}
Present Councillors A Penhaligon (Chair) and F Bassett
** 1 Minutes
The minutes of 10 February 2026 were agreed.
** 2 Budget monitoring
RESOLVED: That the report be noted.
"""
    assert _meeting_dates(minutes, tmp_path) == ["2026-03-12"]


@pytest.mark.parametrize("held", [
    "held on Monday 15 June 2026 at 2.00 pm",
    "held at the Guildhall, Worcester on Monday, 15th June 2026",
    "held remotely on 15/06/2026",
])
def test_minutes_heading_date_beats_the_running_head(tmp_path: Path, held: str) -> None:
    # guard: the heading sentence's own date wins over a running head's (the pack's date)
    minutes = f"""## Joint Crematorium Committee - 7 September 2026
** Minutes of the meeting of the Joint Crematorium Committee {held}
Present Councillors A Penhaligon (Chair) and F Bassett
** 1 Budget monitoring
RESOLVED: That the report be noted.
"""
    assert _meeting_dates(minutes, tmp_path) == ["2026-06-15"]


def _text_documents(text: str, tmp_path: Path) -> tuple[list[str], list[str | None]]:
    """A text paper's documents' kinds (the pack's own row left out) and its agenda items."""
    path = tmp_path / "pack.txt"
    path.write_text(text)
    result = process_file(str(path))
    kinds: list[str] = [d.kind for d in result.documents if d.kind != "pack"]
    return kinds, [r.item_ref for r in result.records if isinstance(r, AgendaItem)]


TOWN_REPORT = """ASHCOMBE REGIS TOWN COUNCIL
FINANCE AND GENERAL PURPOSES COMMITTEE - 20 April 2026
AGENDA ITEM 3: CLERK'S FINANCE REPORT - MARCH 2026
Prepared by: Sarah Kellaway, Town Clerk and RFO

1. Recommendation
That the Committee notes the receipts and payments for March 2026.
"""


@pytest.mark.parametrize("section", ["MATTERS FOR DECISION BY THE COUNCIL",
                                     "ITEMS FOR THE COMMITTEE TO NOTE"])
@pytest.mark.parametrize("report", ["", TOWN_REPORT])
def test_regression_text_agenda_section_in_capitals_is_no_report_masthead(
        tmp_path: Path, section: str, report: str) -> None:
    # A text agenda listing "Agenda Item N: ..." lines under a heading of its items in
    # capitals that names the body: the heading is no masthead over a report's item and
    # title (the item's number goes on from the list above it). Before, the agenda was split
    # there and its later items were lost.
    text = f"""ASHCOMBE REGIS TOWN COUNCIL

Notice is hereby given that a meeting of the Finance and General Purposes Committee will be
held at the Town Hall on Monday 20 April 2026 at 7.00 pm.

AGENDA

Agenda Item 1: Apologies for absence
Agenda Item 2: Declarations of interest
Agenda Item 3: Clerk's finance report

{section}

Agenda Item 4: Grants to local organisations
Agenda Item 5: Allotments rent review

{report}"""
    kinds, items = _text_documents(text, tmp_path)
    assert kinds == ["agenda"] + (["report"] if report else [])
    assert items == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("heading, body", [
    ("MINUTES of the Planning Committee, Committee Room 2, Civic Centre, 5 March 2026",
     "Planning Committee"),
    ("Minutes of the Licensing Sub-Committee, Board Room, County Hall, Thursday 5 March 2026",
     "Licensing Sub-Committee"),
    ("Minutes of the Cabinet, Committee Room 1, Town Hall, on Thursday 5 March 2026", "Cabinet"),
    # guard: a name that lists its parts before the body's word goes on past its commas
    ("MINUTES of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council Chamber on "
     "5 March 2026", "Education, Children and Families Committee"),
])
def test_regression_minutes_heading_name_ends_at_the_comma_after_its_body_word(
        heading: str, body: str) -> None:
    # A name that already ends in its body's word is whole: the comma after it starts the
    # venue, even a room named for a body ("Committee Room 2", "Board Room"). Before, the
    # room was read as the rest of the name ("Planning Committee, Committee Room 2").
    found = minutes_heading([heading], heading)
    assert (found.committee, str(found.meeting_date)) == (body, "2026-03-05")


BUDGET_REPORT = """## WYVERN DISTRICT COUNCIL
** Cabinet - 7 September 2026
** REVENUE BUDGET MONITORING 2026/27: QUARTER 1
Report of the Chief Finance Officer
** 1. Summary
1.1 The forecast outturn is an overspend of £0.4m. Of the 24 {targets} in the budget, 18 are
rated Green, 4 Amber and 2 Red.
** 2. Recommendation
2.1 That Cabinet notes the forecast outturn.
"""


@pytest.mark.parametrize("targets, kind", [
    ("savings targets", "report"),
    ("efficiency targets", "report"),
    ("income targets", "report"),
    # guard: the measures of performance so counted make it a performance report
    ("performance targets", "performance_report"),
    ("service measures", "performance_report"),
])
def test_regression_budget_report_rating_its_savings_is_no_performance_report(
        tmp_path: Path, targets: str, kind: str) -> None:
    # A budget report that rates the delivery of its savings ("Of the 24 savings targets, 18
    # are rated Green, 4 Amber and 2 Red") reports money, not performance. Before, the rated
    # measures rule read "targets" alone and made it a performance report.
    pdf = _render(BUDGET_REPORT.format(targets=targets), tmp_path)
    assert [s.kind for s in segment(load(pdf))] == [kind]


def _agenda_items(source: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    result = process_file(str(_render(source, tmp_path)))
    return [(r.item_ref, r.title) for r in result.records if isinstance(r, AgendaItem)]


@pytest.mark.parametrize("rest", ["Associated Works", "Associated Works Programme"])
def test_regression_title_broken_at_the_margin_on_a_joining_word_goes_on(
        tmp_path: Path, rest: str) -> None:
    # A title the right margin broke after "and the", in bold over its last words in plain
    # type, with no page range to close it: the words under it are the title's end, not its
    # description. Before, the title was cut at "and the" (the margin rule needed a page range).
    agenda = f"""## Harrowby Council
** Cabinet
^^ AGENDA
1\tApologies for Absence
2\tMinutes of the Meeting held on 19th May 2026 (Pages 3 - 4)
3\tHighways Term Maintenance Contract 2026-2033 and the {rest}
\tTo consider the award of the contract to the preferred bidder following the procurement.
4\tFees and Charges 2027/28 (Pages 11 - 20)
"""
    assert _agenda_items(agenda, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 19th May 2026"),
        ("3", f"Highways Term Maintenance Contract 2026-2033 and the {rest}"),
        ("4", "Fees and Charges 2027/28"),
    ]
