"""Review of held-out round 27's batches I-J documents and minutes fixes (reviewer ijA): small
papers another council would publish, each misread by a rule of the fix as first written."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.load import load
from kcc_papers.segment import segment
from test_heldout_round27_ijA import AGENDA_PAGE, _file, _print

SECTION = ("The portfolio has made progress this quarter against the council plan and the "
           "budget, and the work set out below will continue over the coming months. ")


def _segments(source: str, tmp_path: Path) -> list[tuple[str, int, int]]:
    return [(s.kind, s.page_from, s.page_to)
            for s in segment(load(str(rendered(source, tmp_path))))]


def test_regression_bundle_of_labelled_numbered_reports_is_one_paper(tmp_path: Path) -> None:
    # "Reports of Cabinet Members" to Council: one paper whose numbered sections each carry
    # their member's "Report of:" label. Its own heading is no numbered item's, so a section
    # "2. Housing" over "Report of:" is no next item's paper, though "1. Leader" near its top
    # is numbered and labelled the same way
    source = "!! Item 9: Reports of Cabinet Members\nReport to:\tFull Council, 12 April 2029\n" + (
        "".join(f"** {n}. {title}\nReport of:\tCouncillor {name}\n{SECTION * 3}\n"
                for n, title, name in ((1, "Leader of the Council", "Ann Booth"),
                                       (2, "Housing and Homelessness", "Raj Patel"),
                                       (3, "Environment and Waste", "Kit Moss"))))
    assert _segments(source, tmp_path) == [("report", 1, 1)]


def test_regression_risk_assessment_of_the_budget_with_quarter_rows_is_a_report(
        tmp_path: Path) -> None:
    # a section 25 report titled "Risk assessment of the budget", its prose weighing
    # likelihood and impact, its table the quarters' forecasts: "Q1 2029/30 412 12" is no
    # numbered risk scored likelihood x impact
    source = (
        "!! Item 7: Risk assessment of the budget 2029/30\n"
        "The Section 151 Officer has considered the likelihood of each budget pressure "
        "arising and its impact on reserves.\n"
        "| Quarter | Forecast | Variance | Note |\n"
        "| Q1 2029/30 | 412 | 12 | Pay award |\n"
        "| Q2 2029/30 | 418 | 18 | Energy |\n"
        "| Q3 2029/30 | 421 | 21 | Fuel |\n"
        "** Recommendation\nThat the Council notes the risk assessment of the budget.\n")
    assert [kind for kind, _, _ in _segments(source, tmp_path)] == ["report"]


def test_regression_one_browser_print_header_date_is_not_the_meeting_date(
        tmp_path: Path) -> None:
    # one agenda page printed over two sheets: its print header "16/03/2029, 09:14" over
    # each is the day it was printed, as in a run of prints; the meeting is on 20 March
    half = AGENDA_PAGE.index("    3.")
    pages = _print("Agenda for Performance Committee on Tuesday, 20th March, 2029", 2291,
                   [AGENDA_PAGE[:half], AGENDA_PAGE[half:]])
    assert documents_of(_file(tmp_path, pages)) == [
        ("agenda", "2029-03-20", "Performance Committee")]


def test_regression_head_runs_over_only_from_the_page_before() -> None:
    # "6. Dog Control" over "Report to:" at page 1's foot, then a whole page of labelled
    # lines (a details table's "Wards affected: All"): page 3's top is no more of item 6's
    # head, which ended two pages up; nor are the pages between read again at every heading
    from kcc_papers.load.model import Line
    from kcc_papers.segment_starts.numbered_mid_page import head_runs_over

    page_one = ["Background text of item 5.", "6. Dog Control Order Renewal",
                "Report to: Community and Environment Committee"]
    page_two = ["Wards affected: All", "Key decision: No", "Forward plan: Yes"]
    flat = [(1, i, Line(text=t)) for i, t in enumerate(page_one)] + [
        (2, i, Line(text=t)) for i, t in enumerate(page_two)] + [(3, 0, Line(text="Purpose"))]
    assert head_runs_over(flat, 1, len(page_one))  # the next page's top: the head goes on
    assert not head_runs_over(flat, 1, len(page_one) + len(page_two))
