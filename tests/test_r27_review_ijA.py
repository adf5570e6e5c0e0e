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
            for s in segment(load(rendered(source, tmp_path)))]


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


# A space-aligned text table whose figures are set flush right past their columns' names:
# "4" under "Target" lies past the name's end (within the figures above it), a row's
# description wraps with its figures on the second line, and a row is set a character right.
SPACED_KPIS = """QUARTER 3 PERFORMANCE REPORT

3.1   Ratings compare performance in the quarter with the annual target.

      Ref    Indicator                                        Target    Q3 2028/29    Rating
      WX01   Missed bin collections per 100,000                   60.0          48.2    Green
      WX02   Fly-tipping incidents removed within 2 days            90            84    Amber
      WX03   Household waste sent for reuse, recycling
             and composting (%)                                   52.0          47.9    Red
      WX04   Streets below grade for litter (%)                    8.0           6.1    Green
      WX05   Abandoned vehicles inspected within 1 day              95            97     Green

3.2   The figures for WX03 are provisional until the waste data flow return is verified.
"""


def test_regression_spaced_table_rows_past_their_names_are_read(tmp_path: Path) -> None:
    # every row is a measure: the short figures "90", "84" lie past "Target" and "Q3 2028/29"
    # (under the figures above them), WX03's figures are on its second line, WX05's rating a
    # character further right than the others'
    from conftest import text_contexts
    from kcc_papers.extract import kpis
    from kcc_papers.models import Kpi

    (ctx,) = text_contexts(SPACED_KPIS, "performance_report", tmp_path)
    rows = [(k.ref, k.latest_value, k.target, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]
    assert rows == [("WX01", 48.2, 60.0, "green"), ("WX02", 84.0, 90.0, "amber"),
                    ("WX03", 47.9, 52.0, "red"), ("WX04", 6.1, 8.0, "green"),
                    ("WX05", 97.0, 95.0, "green")]
