"""Regression tests for the misses of held-out round 41's family K4 (agenda items, KPIs and
decisions in minutes and reports). Small papers in other bodies' words, each rule with a
guard."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import decision_rows, kpi_rows, source_lines
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem


def _minutes(*paragraphs: str) -> str:
    head = ("FENWORTH DISTRICT COUNCIL\n\nJOINT NEGOTIATING COMMITTEE\n\nMINUTES of the meeting "
            "held at the Civic Offices, Fenworth on Thursday, 9 September 2027 at 2.00 pm\n\n"
            "PRESENT: Employer's side: Councillors Ada Quill (Chair) and Rob Penn; Trade union "
            "side: Ms Nell Orme (UNISON) and Mr Sam Tay (GMB)\n\n\n")
    return head + "\n\n".join(paragraphs) + "\n\nThe meeting ended at 3.10 pm.\n"


def test_motion_put_to_the_sides_and_not_carried_is_rejected(tmp_path: Path) -> None:
    """Before, "On being put to the employer's side and the trade union side separately, the
    motion was not carried" gave no decision: the defeat was read only after "the vote" (or
    "the meeting"). A joint committee votes by side; being put to its sides is its vote."""
    text = _minutes(
        "JNC/7   LONE WORKING POLICY",
        "Ms Orme, for the trade union side, moved that the current lone working allowance be "
        "kept for a further year. On being put to the employer's side and the trade union "
        "side separately, the motion was not carried (employer's side against).",
        "AGREED - that the revised Lone Working Policy be adopted from 1 October 2027.",
    )
    assert decision_rows(text, tmp_path) == [
        ("Ms Orme, for the trade union side, moved that the current lone working allowance be "
         "kept for a further year. On being put to the employer's side and the trade union "
         "side separately, the motion was not carried (employer's side against).", "rejected"),
        ("AGREED - that the revised Lone Working Policy be adopted from 1 October 2027.",
         "agreed"),
    ]


def test_amendment_put_to_the_sides_and_lost_is_still_no_decision(tmp_path: Path) -> None:
    """Guard: an amendment put to the sides and lost leaves the motion to be decided, as an
    amendment put to the vote does: no decision of its own."""
    text = _minutes(
        "JNC/8   CAR ALLOWANCES",
        "Mr Tay moved an amendment that the mileage rate be raised to 50p. On being put to "
        "each side separately, the amendment was not carried.",
        "AGREED - that the car allowances scheme for 2028/29 be approved.",
    )
    assert decision_rows(text, tmp_path) == [
        ("AGREED - that the car allowances scheme for 2028/29 be approved.", "agreed"),
    ]


def test_paper_proposing_in_a_which_clause_is_no_rival_motion(tmp_path: Path) -> None:
    """Before, "The Committee considered the revised scheme, which proposed that ..." before a
    member's motion moved and lost was taken for a rival motion moved in the same stretch,
    and the record was the defeat alone. A paper's proposal told in a "which" clause is moved
    by no one: the lost motion's record keeps its words."""
    text = _minutes(
        "JNC/9   ESSENTIAL CAR USER SCHEME",
        "The Committee considered the revised Essential Car User Scheme, which proposed that "
        "the lump sum be withdrawn from 1 April 2028. Mr Tay, for the trade union side, moved "
        "that the lump sum be kept for existing holders. On being put to the vote, the motion "
        "was lost (2 for, 3 against).",
        "AGREED - that the revised Essential Car User Scheme be adopted from 1 April 2028.",
    )
    assert decision_rows(text, tmp_path) == [
        ("Mr Tay, for the trade union side, moved that the lump sum be kept for existing "
         "holders. On being put to the vote, the motion was lost (2 for, 3 against).",
         "rejected"),
        ("AGREED - that the revised Essential Car User Scheme be adopted from 1 April 2028.",
         "agreed"),
    ]


def test_member_proposing_before_a_motion_still_leaves_the_defeat_alone(
        tmp_path: Path) -> None:
    """Guard: a member's own proposal moved before the motion lost is still a rival motion
    (which of the two "the motion" names is not said); the defeat stays alone, as before."""
    text = _minutes(
        "JNC/10   CAR PARKING CHARGES FOR STAFF",
        "Councillor Penn proposed that charges be phased in over two years. Ms Orme moved that "
        "charges be deferred for a year. On being put to the vote, the motion was lost.",
        "AGREED - that staff car parking charges be introduced from 1 April 2028.",
    )
    rows = decision_rows(text, tmp_path)
    assert ("On being put to the vote, the motion was lost.", "rejected") in rows


_AGENDA = (
    "WEALDMERE COUNTY COUNCIL\n\nCOUNTY FARMS COMMITTEE\n\nAGENDA\n\n"
    "Date: Tuesday, 9 November 2027\nTime: 10.00 am\nVenue: Committee Room 2, County Hall, "
    "Wealdmere\n\n\n"
    "1.  Apologies for Absence\n\n"
    "2.  Minutes of the Meeting held on 7 September 2027 (pages 1 - 5)\n\n"
    "3.  Farm Rent Reviews 2028 (report of the Assistant Director - Property, pages 6 - 9)\n\n"
    "4.  Allotments at Mill Lane (report of the Estates Surveyor attached)\n\n"
    "5.  Date of Next Meeting\n"
)


def _agenda_records(text: str, tmp_path: Path) -> list[tuple[str | None, str, int | None,
                                                              int | None, str | None]]:
    path = tmp_path / "agenda.txt"
    path.write_text(text)
    (ctx,) = contexts(path, "agenda")
    return [(r.item_ref, r.title, r.page_from, r.page_to, r.description)
            for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def test_bracketed_author_and_pages_are_no_part_of_the_title(tmp_path: Path) -> None:
    """Before, "Farm Rent Reviews 2028 (report of the Assistant Director - Property, pages 6 -
    9)" kept its bracket in the title: only a bare "(Pages 6 - 9)" was read as the item's
    pages. Now whose report it is and its pages, bracketed together, are the item's author and
    pages; a bracket naming the author alone ("(report of the Estates Surveyor attached)")
    stays in the title, as round 12's expected titles keep it."""
    assert _agenda_records(_AGENDA, tmp_path) == [
        ("1", "Apologies for Absence", None, None, None),
        ("2", "Minutes of the Meeting held on 7 September 2027", 1, 5, None),
        ("3", "Farm Rent Reviews 2028", 6, 9, "report of the Assistant Director - Property"),
        ("4", "Allotments at Mill Lane (report of the Estates Surveyor attached)", None, None,
         None),
        ("5", "Date of Next Meeting", None, None, None),
    ]


def _workforce(header: str) -> str:
    """A staffing report: a dashboard of two rated indicators, then a workforce profile
    whose columns are named by words and a period (``header``)."""
    return source_lines(
        "## Amberley District Council",
        "** Staffing Committee - 2 December 2027",
        "Report title:\tWorkforce Performance - Quarter 2 2027/28",
        "Report of:\tHead of People Services",
        "** 1. Workforce indicators",
        "1.1 Indicators are rated green where the target is met and red otherwise.",
        "| Ref | Indicator | Target | Q1 2027/28 | Q2 2027/28 | Rating |",
        "| PS01 | Days lost to sickness per FTE | 8.0 | 8.8 | 8.4 | {#ff0000}Red |",
        "| PS02 | Appraisals completed (%) | 90% | 88% | 93% | {#00b050}Green |",
        "** 2. Workforce profile",
        "2.1 The table below is for information only.",
        f"| Service | Headcount | FTE | Starters {header} | Leavers {header} |",
        "| Planning | 41 | 38.5 | 2 | 3 |",
        "| Waste and Streets | 122 | 117.0 | 11 | 9 |",
        "| All services | 163 | 155.5 | 13 | 12 |",
    )


_WORKFORCE_REPORT = _workforce("(Q2)")


def test_table_naming_columns_with_a_bracketed_quarter_is_no_dashboard(tmp_path: Path) -> None:
    """Before, a workforce profile under a dashboard ("Service | Headcount | FTE | Starters
    (Q2) | Leavers (Q2)") was read on as the dashboard's rows (a KPI per service, its
    starters the latest value): "Starters (Q2)" read as a figure, not a column's name, as
    "Starters Q2" would. A quarter or year in brackets beside a word names a column too."""
    assert kpi_rows(_WORKFORCE_REPORT, tmp_path) == [
        ("PS01", 8.4, "red"),
        ("PS02", 93.0, "green"),
    ]
