"""Regression tests for the misses of held-out round 39's family K3 (KPI tables): a table of
counts by quarter ("Requests received | Q1 | Q2 | Q3 | Q4 | 2026/27") under a rated dashboard,
read as the dashboard's rows because its quarters' short names were taken for measures' codes;
a text table set out in spaces whose first row's name wraps onto a second line carrying the
figures, read as no table; and a figure signed plus ("+38", a Net Promoter Score), read as no
figure. Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contexts, kpi_rows, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import parse_value

# ------------------------------------------------ a table of counts by quarter under a dashboard

_DASHBOARD = (
    "## Corporate Performance Report 2026/27",
    "Committee:\tResources Scrutiny Committee",
    "Date:\t14 October 2027",
    "** 1. Purpose",
    "1.1 This report sets out performance against the Council's customer service indicators"
    " for 2026/27.",
    "** 2. Performance against indicators",
    "|% 10 42 12 12 12 12",
    "|# Ref | Indicator | Target | 2025/26 | 2026/27 | Rating |",
    "| CS-1 | Calls answered within three minutes | 85% | 81.0% | 86.4% | {#00b050} |",
    "| CS-2 | Web forms acknowledged within two days | 95% | 90.0% | 91.5% | {#ffc000} |",
)


def test_counts_by_quarter_under_a_dashboard_are_no_kpis(tmp_path: Path) -> None:
    """Before, a second table of counts naming its columns by quarter ("Contacts handled |
    Q1 | Q2 | Q3 | Q4 | Year"), as many columns as the dashboard's, was read as more of the
    dashboard: "Q1" is spelt as a measure's code is, so its row of names was taken for a
    carried row. Two or more periods named side by side are columns' names, not codes: the
    table names columns of its own, with no target nor rating, and its rows are no KPIs."""
    source = source_lines(
        *_DASHBOARD,
        "2.2 The volumes handled in the year were as follows.",
        "|- Contacts handled | Q1 | Q2 | Q3 | Q4 | 2026/27 |",
        "| Telephone calls | 1,820 | 1,793 | 1,681 | 1,745 | 7,039 |",
        "| Web forms | 410 | 438 | 495 | 501 | 1,844 |",
        "| Emails | 96 | 88 | 91 | 102 | 377 |",
        "| Visits to the customer service centre | 35 | 41 | 29 | 38 | 143 |",
    )
    assert kpi_rows(source, tmp_path) == [("CS-1", 86.4, "green"), ("CS-2", 91.5, "amber")]


def test_dashboard_carried_into_a_new_table_still_read(tmp_path: Path) -> None:
    """Guard: a dashboard carried on into a new table without its header, its first row's
    code spelt as one period's name is ("P1"), is still the dashboard's: one such code is a
    measure's, not a run of periods."""
    source = source_lines(
        *_DASHBOARD,
        "2.2 The parking service's indicators follow.",
        "|- P1 | Penalty charge notices paid within 14 days | 70% | 66.0% | 72.3% | {#00b050} |",
        "| P2 | Permit applications decided within five days | 90% | 93.0% | 84.1% | {#ff0000} |",
    )
    assert kpi_rows(source, tmp_path) == [
        ("CS-1", 86.4, "green"), ("CS-2", 91.5, "amber"),
        ("P1", 72.3, "green"), ("P2", 84.1, "red")]


# ------------------------------------------------ a text table whose first row wraps

_TEXT_OPENING = """Brockhurst Borough Council
Standards and Audit Committee
Tuesday, 8th June, 2027
REPORT TITLE: Annual Freedom of Information Performance Report 2026/27

1.  This report sets out the Council's performance against its information request
targets for 2026/27.

2.  Rating: G = target met; A = within 5 points of target; R = more than 5 points below.

"""


def _text_kpis(text: str, tmp_path: Path) -> list[tuple[str | None, float | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(path)
            if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def test_text_table_first_row_wrapping_onto_its_figures(tmp_path: Path) -> None:
    """Before, a table set out in spaces whose every row prints its code and the start of its
    name on one line, the rest of the name and the figures on the next, was read as no table:
    its first row's first line, two cells, was taken for the end of the table (a later row's
    such line was known to wrap). A first line printing a figure (its code's) wraps as a later
    row's does; a header's second line of names prints none."""
    text = _TEXT_OPENING + """\
   Ref     Indicator                                   Target      2025/26     2026/27     Rating

   FR1     Information requests answered within
           20 working days                             90%         88.0%       92.6%       G
   FR2     Internal reviews completed within
           40 working days                             95%         97.0%       91.2%       A
"""
    assert _text_kpis(text, tmp_path) == [("FR1", 92.6, "green"), ("FR2", 91.2, "amber")]


def test_text_table_first_line_not_going_on_is_no_row(tmp_path: Path) -> None:
    """Guard: a two-cell line under the header that the next line does not carry on (prose
    set from the margin) is still no row: nothing is read."""
    text = _TEXT_OPENING + """\
   Ref     Indicator                                   Target      2025/26     2026/27     Rating
   FR1     Information requests answered within
3.  The figures for each request type are in the appendix, which sets out the volumes.
"""
    assert _text_kpis(text, tmp_path) == []


# ------------------------------------------------ a figure signed plus

def test_figure_signed_plus_is_its_value(tmp_path: Path) -> None:
    """Before, a score printed with its sign ("+12" beside a target of "+15") was read as no
    figure. A figure signed plus is its value."""
    source = source_lines(
        *_DASHBOARD[:7],
        "|% 10 42 12 12 12 12",
        "|# Ref | Indicator | Target | 2025/26 | 2026/27 | Rating |",
        "| CS-3 | Customer effort score (net) | +15 | +9 | +12 | {#ffc000} |",
        "| CS-4 | Net change in complaints on last year | -5% | -2.0% | -6.1% | {#00b050} |",
    )
    assert kpi_rows(source, tmp_path) == [("CS-3", 12.0, "amber"), ("CS-4", -6.1, "green")]


def test_plus_sign_alone_or_doubled_is_no_figure() -> None:
    """Guard: a plus sign alone, doubled, or after its figure ("65+", an age band) is no
    signed figure."""
    assert [parse_value(t).value for t in ("+", "++3", "65+", "+ n/a")] == [None] * 4
    assert parse_value("+3.5%").value == 3.5 and parse_value("-3.5%").value == -3.5
