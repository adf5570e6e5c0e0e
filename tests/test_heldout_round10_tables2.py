"""Regression tests for the second pass over held-out round 10's KPI and contract misses: a
table printed without rules on a page that also has a ruled one, and indicators measured over
a series of periods with no target. Small papers in other councils' words, each with a guard
of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.load.page_tables import pdf_tables
from kcc_papers.load.pdf import load_pdf
from kcc_papers.models import Kpi

KpiRow = tuple[str | None, float | None, str | None]


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _kpis(source: str, tmp_path: Path) -> list[KpiRow]:
    """The KPI rows of the paper's documents."""
    found: list[KpiRow] = []
    for ctx in contexts(_pdf(source, tmp_path)):
        if kpis.KINDS is None or ctx.document.kind in kpis.KINDS:
            found += [(k.ref, k.latest_value, k.latest_rag)
                      for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return found


def _tables(source: str, tmp_path: Path) -> list[list[list[str]]]:
    """Each page's tables as ``page_tables.pdf_tables`` reads them, in the order printed."""
    with load_pdf(_pdf(source, tmp_path), "0" * 64) as src:
        return [t.texts() for page in src.pages for t in pdf_tables(page, src.layout)]


APPENDIX = """\
## Quarterly Performance Report - Quarter 2 2026/27
Report to:	Westfold Integration Joint Board
Meeting Date:	18 November 2026
Report by:	Chief Officer
** 1. Purpose
1.1 This report sets out the partnership's activity and performance to the end of quarter 2.
--- page ---
## Appendix 1 - Performance by quarter
** Table 1: Demand indicators
{unruled}
** Table 2: Performance against target
{ruled}
"""

UNRULED_BOLD_CODES = """\
|- Ref | Indicator | Q1 | Q2 | Q3 | Q4 |
| **D1** | Emergency admissions (65+) | 2,210 | 2,305 | 2,388 | |
| **D2** | Referrals to care at home | 640 | 655 | 701 | |
| **D3** | Carers' assessments started | 212 | 198 | 240 | |
"""

UNRULED_PLAIN_CODES = """\
|- Code | Measure | Apr-Jun | Jul-Sep | Oct-Dec |
| WF01 | Home care hours per week | 11,420 | 11,960 | 12,105 |
| WF02 | Community alarm call-outs | 1,884 | 1,902 | 1,877 |
| WF03 | Reablement episodes begun | 318 | 344 | 352 |
"""

RULED = """\
|# Ref | Indicator | Target | Q1 | Q2 | RAG |
| P1 | Delayed discharge bed days | 900 | 1,020 | 960 | Amber |
| P2 | Reviews completed on time (%) | 85 | 88.0 | 90.5 | Green |
"""


@pytest.mark.parametrize("unruled", [UNRULED_BOLD_CODES, UNRULED_PLAIN_CODES])
def test_regression_a_table_without_rules_above_a_ruled_one_is_read(
        unruled: str, tmp_path: Path) -> None:
    """A page with a ruled table may also print one with its borders off (activity counts
    above the KPIs): its words outside the ruled table's box are read as well, and the tables
    come in the order printed."""
    paper = APPENDIX.format(unruled=unruled, ruled=RULED)
    tables = _tables(paper, tmp_path)
    firsts = [[row[0] for row in t] for t in tables]
    codes = [line.split("|")[1].strip(" *-") for line in unruled.splitlines()]
    assert firsts == [codes, ["Ref", "P1", "P2"]], tables


def test_the_ruled_tables_rows_are_no_unruled_tables(tmp_path: Path) -> None:
    """Guard: a page with a ruled table and prose only has that one table."""
    paper = APPENDIX.format(unruled="Counts of demand are given in the annual report.",
                            ruled=RULED)
    tables = _tables(paper, tmp_path)
    assert [[row[0] for row in t] for t in tables] == [["Ref", "P1", "P2"]], tables


@pytest.mark.parametrize(("unruled", "expected"), [
    (UNRULED_BOLD_CODES, [("D1", 2388.0, None), ("D2", 701.0, None), ("D3", 240.0, None)]),
    (UNRULED_PLAIN_CODES, [("WF01", 12105.0, None), ("WF02", 1877.0, None),
                           ("WF03", 352.0, None)]),
])
def test_regression_indicators_over_periods_with_no_target_are_kpis(
        unruled: str, expected: list[KpiRow], tmp_path: Path) -> None:
    """Indicators with printed ids measured over a series of periods and nothing else are
    KPIs with no rating, their value the last period filled, beside the rated ones."""
    found = _kpis(APPENDIX.format(unruled=unruled, ruled=RULED), tmp_path)
    assert found == [*expected, ("P1", 960.0, "amber"), ("P2", 90.5, "green")], found


@pytest.mark.parametrize("cells", [
    ["Ref", "Indicator", "Q1", "Q2", "Q3", "Q4"],
    ["PI code", "Performance indicator", "2025/26 Q3", "2025/26 Q4"],
    ["No.", "Measure", "Oct-Dec", "Jan-Mar"],
])
def test_a_period_series_header_is_a_kpi_header(cells: list[str]) -> None:
    header = read_header(cells)
    assert header is not None and header.kind == "kpi", header


@pytest.mark.parametrize("cells", [
    # no printed id: a table of figures by quarter about anything
    ["Indicator", "Q1", "Q2", "Q3"],
    # one period only: a list of indicators with this quarter's figure
    ["Ref", "Indicator", "Q3"],
    # columns of another kind beside the periods (money, an unnamed column)
    ["Ref", "Indicator", "Q1", "Q2", "Budget (£000)"],
    ["Ref", "Measure", "Q1", "Q2", ""],
    # no indicator named: a budget's services by quarter
    ["Ref", "Service", "Q1", "Q2", "Q3"],
])
def test_guard_other_tables_by_period_are_no_kpi_header(cells: list[str]) -> None:
    header = read_header(cells)
    assert header is None or header.kind != "kpi", header


REGISTER_ROWS = [
    ["Ref", "Contract", "Lot", "Provider", "Start", "End", "Extension", "Annual (£)",
     "Whole-life value (£)"],
    ["AB/2025/011", "Highway drainage cleansing", "-", "Gullysweep Environmental Ltd",
     "01/04/2025", "31/03/2028", "1 year", "120,000", "480,000"],
    ["AB/2025/014", "Affordable housing legal advice", "-", "Pemberton Conveyancing LLP",
     "01/05/2025", "30/04/2027", "None", "60,000", "120,000"],
    ["AB/2026/002", "Cemetery grounds maintenance", "Lot 1",
     "Stonebridge Horticultural Services Ltd", "01/01/2026", "31/12/2028", "2 years",
     "210,000", "1,050,000"],
    ["AB/2026/007", "Payroll bureau", "-", "Bank of Ashcombe Payroll and Pensions",
     "01/02/2026", "31/01/2029", "None", "80,000", "240,000"],
]
REGISTER = """\
## Ashcombe Borough Council
Report to:\tAudit and Governance Committee
Date of meeting:\t14 October 2026
** 1. The register
1.1 The contracts in force over £50,000, with the provider of each and its whole-life value.
""" + "".join(f"| {' | '.join(row)} |\n" for row in REGISTER_ROWS)


def test_regression_a_name_cut_by_a_narrow_cell_is_mended(tmp_path: Path) -> None:
    """A provider's name wider than its cell is cut where the line is full ("Gullysweep
    Environme" / "ntal Ltd"): in a name in title case a line going on in lower case goes on
    with the word cut (round 10: 'Ledgerpoi' / 'nt', 'Landscap' / 'es'); the other cells,
    wrapped between words, keep their spaces."""
    assert _tables(REGISTER, tmp_path) == [REGISTER_ROWS]


@pytest.mark.parametrize(("before", "after", "cell", "cut"), [
    ("Landscap", "es Ltd", "Greenstaff Landscap\nes Ltd", True),
    ("Occupatio", "nal Health LLP", "WellWork\nOccupatio\nnal Health LLP", True),
    # a particle a name leaves in lower case wraps whole
    ("Payroll", "and Pensions", "Bank of Ashcombe Payroll\nand Pensions", False),
    # a cell in sentence case wraps between words
    ("Affordable", "housing legal advice", "Affordable\nhousing legal advice", False),
    # a name of two words: too little to tell its case from a sentence's first capital
    ("Acme", "tools", "Acme\ntools", False),
])
def test_a_lower_case_line_in_a_title_case_name_goes_on_with_its_word(
        before: str, after: str, cell: str, cut: bool) -> None:
    from kcc_papers.load.pdf_fast import _in_a_name

    assert _in_a_name(before[-1], after, cell) is cut


@pytest.mark.parametrize("font", ["", "%% font serif\n"])
def test_renderer_a_bold_line_set_word_by_word_leaves_the_next_line_regular(
        font: str, tmp_path: Path) -> None:
    """The renderer (``%% nospaces``) drew a line after one wholly in bold in bold too, its
    words placed at their regular widths so their gaps closed ("to approvethe awardof"):
    fpdf2 took the bold word's font for local to its text object, a PDF keeps it set past it
    (round 10: a mayoral decision's "(i) to approve the award of a contract ... to Voltaris
    Infrastructure Ltd" lost its contract)."""
    paper = (f"%% nospaces\n{font}## Decision notice\n**The Leader has decided:**\n"
             "(i) to award the contract for street lighting to Lumenway Ltd for £84,000.\n")
    with load_pdf(_pdf(paper, tmp_path), "0" * 64) as src:
        lines = {ln.text: ln.bold for ln in src.pages[0].lines}
    assert lines.get("(i) to award the contract for street lighting to Lumenway Ltd for "
                     "£84,000.") is False, lines
