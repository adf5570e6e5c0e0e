"""Session 26: the limits the last closing note listed and left. Each regression test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import rendered
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.kpis import layout as kpi_layout
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.extract.risks import rows as risk_rows
from kcc_papers.load import load
from kcc_papers.load.model import Page, Table
from kcc_papers.load.pdf import load_pdf
from kcc_papers.models import Kpi, Risk

# ------------------------------------- a table that cannot be read is said, not lost in silence

# A dashboard over two pages, each with its own header row.
DASHBOARD = """## SOUTH ARDEN DISTRICT COUNCIL
## Performance and Audit Scrutiny Committee - 22 January 2026
## Key Performance Indicators: Quarter 3 2025/26
The table sets out performance against the Council's key performance indicators.
| Code | Performance Indicator | Polarity | Target | Actual | RAG |
| SA-KPI-1 | Planning applications determined in time | High | 80% | 84% | Green |
| SA-KPI-2 | Average days to re-let void council homes | Low | 28 | 41 | Red |
--- page ---
** Environment
| Code | Performance Indicator | Polarity | Target | Actual | RAG |
| SA-KPI-3 | Percentage of household waste recycled | High | 50% | 47.5% | Amber |
| SA-KPI-4 | Number of missed bin collections per 100,000 | Low | 60 | 52 | Green |
"""

REGISTER = """## RIVERSLEY CITY COUNCIL
## Audit Committee - 29 January 2026
## Corporate Risk Register - January 2026
Each risk is scored for likelihood and impact on a scale of 1 to 5.
| Risk Ref | Risk Description | Risk Owner | Likelihood | Impact | Residual Score | Trend |
| CRR 1 | Insufficient funding | Director of Finance | 4 | 5 | 20 | Same |
| CRR 2 | Failure to safeguard children | Director of Children's Services | 2 | 5 | 10 | Same |
"""


def _broken_on_first_page(real: object) -> object:
    """``pdf_tables`` failing on page 1 only, as a damaged layout layer may."""
    def reader(page: Page, *args: object) -> object:
        if page.number == 1:
            raise ValueError("bounding box outside the page")
        return real(page, *args)  # type: ignore[operator]
    return reader


def test_regression_an_unreadable_kpi_table_is_a_finding_and_the_next_page_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kpi_layout, "pdf_tables", _broken_on_first_page(kpi_layout.pdf_tables))
    (ctx,) = contexts(rendered(DASHBOARD, tmp_path), "performance_report")
    refs = [k.ref for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert refs == ["SA-KPI-3", "SA-KPI-4"]
    lost = [(f.check, f.page, f.record_table) for f in ctx.findings
            if f.check == "kpi_table_unreadable"]
    assert lost == [("kpi_table_unreadable", 1, "kpis")]


def test_regression_an_unreadable_risk_table_is_a_finding_and_the_ruled_rows_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk_rows, "pdf_tables", _broken_on_first_page(risk_rows.pdf_tables))
    (ctx,) = contexts(rendered(REGISTER, tmp_path), "risk_register")
    scores = [(r.risk_id, r.current_rating) for r in risks.extract(ctx) if isinstance(r, Risk)]
    # the ruled table is read from the page's own tables; only the reading of a table without
    # rules is lost, and said
    assert scores == [("CRR 1", 20), ("CRR 2", 10)]
    lost = [(f.check, f.page, f.record_table) for f in ctx.findings
            if f.check == "risk_table_unreadable"]
    assert lost == [("risk_table_unreadable", 1, "risks")]


# A register over two pages, its header printed again on the second.
LONG_REGISTER = REGISTER + """| --- page --- |
| CRR 3 | Major incident | Chief Executive | 3 | 4 | 12 | Up |
"""


def test_regression_a_page_whose_whole_table_layer_fails_costs_that_page_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(number: int) -> list[Table]:
        raise ValueError(f"bounding box outside page {number}")

    monkeypatch.setattr(risk_rows, "pdf_tables", _broken_on_first_page(risk_rows.pdf_tables))
    (ctx,) = contexts(rendered(LONG_REGISTER, tmp_path), "risk_register")
    first = ctx.source.pages[0]
    first._tables, first._reader = None, broken  # its ruled tables cannot be read either
    scores = [(r.risk_id, r.current_rating) for r in risks.extract(ctx) if isinstance(r, Risk)]
    # the second page's risk is read; the first page's, lost, are said (once)
    assert ("CRR 3", 12) in scores
    assert [(f.check, f.page) for f in ctx.findings if f.check.endswith("_unreadable")] == [
        ("risk_table_unreadable", 1)]


@pytest.mark.parametrize(("module", "extractor", "source", "kind"), [
    (kpi_layout, kpis, DASHBOARD, "performance_report"),
    (risk_rows, risks, REGISTER, "risk_register"),
])
def test_a_memory_error_in_a_table_reader_still_fails_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: object, extractor: object,
        source: str, kind: str) -> None:
    def exhausted(*_args: object) -> object:
        raise MemoryError
    monkeypatch.setattr(module, "pdf_tables", exhausted)
    (ctx,) = contexts(rendered(source, tmp_path), kind)
    with pytest.raises(MemoryError):
        extractor.extract(ctx)  # type: ignore[attr-defined]


# -------------------------------- a money budget table is no dashboard, whatever its columns say

# A capital programme's schemes beside a fund's mandates on one page (the mandates' header
# sends the page to the table readers); ``{against}`` is what the schemes are set against.
BUDGET_PAPER = """!! Wexcombe District Council
!! Quarterly Performance and Finance Report
Report to:	Cabinet
Date of meeting:	14 October 2026
** 3. Capital schemes
|- Ref | Scheme | Budget (£000) | Forecast (£000) | {against} | RAG |
| CP01 | Leisure centre roof | 1,200 | 1,340 | 1,250 | Amber |
| CP02 | Depot electric vehicle charging | 450 | 430 | 480 | Green |
| CP03 | Town hall boilers | 800 | 1,050 | 820 | Red |
** 4. Pension fund mandates
|- Ref | Mandate | Manager | Value (£m) | Return 12 months (%) | Comparator (%) | Status |
| M1 | UK equities | Legal and General | 412.5 | 8.2 | 7.9 | Green |
| M2 | Property | CBRE | 120.4 | 1.1 | 2.6 | Red |
"""
MANDATES = [("M1", 8.2, "green"), ("M2", 1.1, "red")]


@pytest.mark.parametrize("against", ["Benchmark", "Target (£000)", "Benchmark (£)"])
def test_regression_a_budget_table_beside_a_benchmark_or_target_gives_no_kpis(
        tmp_path: Path, against: str) -> None:
    # the schemes were KPIs valued at their forecasts (1,340 / 430 / 1,050)
    pdf = rendered(BUDGET_PAPER.format(against=against), tmp_path)
    read = [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(pdf, "performance_report")
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert read == MANDATES


SCHEME = ["CP01", "Leisure centre roof", "1,200", "1,340", "1,250", "Amber"]


@pytest.mark.parametrize("cells", [
    ["Ref", "Scheme", "Budget (£000)", "Forecast (£000)", "Benchmark", "RAG"],
    ["Ref", "Scheme", "Target (£000)", "Forecast (£000)", "Variance (£000)", "RAG"],
    ["Ref", "Scheme", "Budget £m", "Forecast £m", "Benchmark", "Status"],
    # named as a dashboard's columns, but a budget's all the same
    ["Ref", "Indicator", "Budget", "Forecast", "Variance", "Target", "RAG"],
])
def test_regression_a_money_budget_header_heads_no_kpi_table(cells: list[str]) -> None:
    below = [*SCHEME, "Green"][:len(cells)]
    assert read_header(cells, below) is None


@pytest.mark.parametrize(("cells", "below", "value"), [
    # a rate of a budget spent is a measure
    (["Ref", "Indicator", "Actual", "Target", "Budget spent (%)", "RAG"],
     ["F1", "Invoices paid in 30 days", "96.1", "95", "71", "Green"], 2),
    # a sum collected against a sum targeted, no budget and no forecast: a measure still
    (["Ref", "Service", "Income collected (£m)", "Target (£m)", "RAG"],
     ["F2", "Council tax", "101.2", "100.0", "Green"], 2),
    # a forecast of a count is a measure's figure
    (["Ref", "Indicator", "Forecast", "Target", "RAG"],
     ["F3", "Missed bin collections", "52", "60", "Green"], 2),
])
def test_a_measure_of_money_or_a_forecast_is_still_a_kpi(
        cells: list[str], below: list[str], value: int) -> None:
    header = read_header(cells, below)
    assert header is not None and header.kind == "kpi"
    assert header.index("latest") == value


# ------------------------------------ a stamp over the first line takes no title line's place

# A report whose title is its sixth line, under a masthead and four label lines.
TITLED_SIXTH = """{stamp}!! Wexcombe District Council
Report to:	Audit and Governance Committee
Date of meeting:	14 October 2026
Report of:	Chief Finance Officer
Wards affected:	All
** {title}
** 1. Purpose
1.1 This report updates the committee at the end of the quarter.
** 2. Recommendation
2.1 That the committee notes the report.
"""


@pytest.mark.parametrize(("title", "kind"), [
    ("Corporate Risk Register - Quarter 2 update", "risk_register"),
    ("Council Plan Scorecard", "performance_report"),
])
@pytest.mark.parametrize("stamp", ["", "%% overprint OFFICIAL\n"])
def test_regression_an_overprinted_stamp_pushes_no_title_out_of_a_reports_kind(
        tmp_path: Path, title: str, kind: str, stamp: str) -> None:
    # with the stamp ("OFFICIAL") the title was the seventh of the lines weighed, and the
    # paper a plain report
    pdf = rendered(TITLED_SIXTH.format(stamp=stamp, title=title), tmp_path)
    assert [ctx.segment.kind for ctx in contexts(pdf)] == [kind]


# ------------------------------------------ a stamp at the top left is no part of the heading

HEADING_PT = 15.0
STAMP_PT = 10.5


def _top_left_stamped(tmp_path: Path, stamp: str, heading_x_mm: float | None,
                      stamp_last: bool = False) -> Path:
    """A page whose heading (centred, or at ``heading_x_mm``) shares its band with ``stamp``
    printed at the left margin in smaller bold type, as a protective marking is; written
    before the heading, or after it (``stamp_last``: over it, where the heading is at the
    margin)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_page()

    def print_stamp() -> None:
        pdf.set_font("helvetica", "B", STAMP_PT)
        pdf.set_xy(pdf.l_margin, pdf.t_margin)
        pdf.cell(40, 5.5, stamp)

    if not stamp_last:
        print_stamp()
    pdf.set_font("helvetica", "B", HEADING_PT)
    pdf.set_xy(heading_x_mm or pdf.l_margin, pdf.t_margin)
    pdf.cell(0 if heading_x_mm is None else 100, 8, "Wexcombe District Council",
             align="C" if heading_x_mm is None else "L")
    if stamp_last:
        print_stamp()
    pdf.set_xy(pdf.l_margin, pdf.t_margin + 10)
    pdf.set_font("helvetica", "", STAMP_PT)
    for text in ("Report to: Cabinet", "Date of meeting: 14 October 2026",
                 "1.1 This report sets out the council's performance at the end of the quarter."):
        pdf.cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "stamped.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(("heading_x_mm", "stamp_last"), [
    (None, False),  # beside a centred heading
    (60.0, False),  # beside an indented one
    (20.0, False),  # over a heading at the margin (20 mm: fpdf's margins are 10 mm)
    (10.0, True),  # ... written after it
])
def test_regression_a_stamp_at_the_top_left_is_kept_apart_from_the_heading(
        tmp_path: Path, heading_x_mm: float | None, stamp_last: bool) -> None:
    # it was read as the heading's first word, "OFFICIAL Wexcombe District Council", or last
    pdf = _top_left_stamped(tmp_path, "OFFICIAL", heading_x_mm, stamp_last)
    page = load(pdf).pages[0]
    assert [(line.text, line.stamp) for line in page.lines[:3]] == [
        ("OFFICIAL", True), ("Wexcombe District Council", False), ("Report to: Cabinet", False)]


@pytest.mark.parametrize("first", ["1.", "Report to:"])
def test_a_number_or_a_label_beside_a_larger_heading_is_no_stamp(
        tmp_path: Path, first: str) -> None:
    page = load(_top_left_stamped(tmp_path, first, None)).pages[0]
    assert not any(line.stamp for line in page.lines)
    assert page.lines[0].text == f"{first} Wexcombe District Council"


# ------------------------------- a sentence-case word cut at a narrow cell's edge is rejoined

CUT_ROWS = [
    ["Ref", "Contract", "Lot", "Provider", "Start", "End", "Extension", "Annual (£)",
     "Whole-life value (£)"],
    ["AB/2026/006", "Environmental enforcement", "Lot 2", "Lumenway Ltd", "01/01/2026",
     "31/12/2028", "2 years", "210,000", "1,050,000"],
    ["AB/2025/014", "Affordable housing legal advice", "-", "Pemberton Conveyancing LLP",
     "01/05/2025", "30/04/2027", "None", "60,000", "120,000"],
    ["AB/2026/004", "Streetlighting replacement programme", "Lot 2", "Lumenway Ltd",
     "01/01/2026", "31/12/2028", "2 years", "210,000", "1,050,000"],
]
CUT_REGISTER = """## Ashcombe Borough Council
Report to:\tAudit and Governance Committee
Date of meeting:\t14 October 2026
** 1. The register
1.1 The contracts in force over £50,000.
""" + "".join(f"| {' | '.join(row)} |\n" for row in CUT_ROWS)


def test_regression_a_sentence_case_word_cut_by_a_narrow_cell_is_rejoined(
        tmp_path: Path) -> None:
    # "Environmental" is wider than the contract column: it was read "Environme ntal
    # enforcement"; the titles wrapped between words keep their spaces
    with load_pdf(rendered(CUT_REGISTER, tmp_path), "0" * 64) as src:
        titles = [row[1] for page in src.pages for t in page.tables for row in t.texts()]
    assert titles == [row[1] for row in CUT_ROWS]


@pytest.mark.parametrize(("before", "after", "cut"), [
    ("Environme", "ntal enforcement", True),
    ("maintena", "nce", True),
    # a vowel or a pair a word starts with: no character tells a cut ("Occupation" / "al",
    # "enforcem" / "ent") from a wrap between words
    ("Affordable", "housing legal advice", False),
    ("Occupation", "al health", False),
    ("enforcem", "ent and", False),
    ("Parking", "street lighting", False),
    # Welsh words start with "ff", "ll", "dd", "ngh"
    ("gwasanaeth", "ffordd", False),
    ("cyngor", "llyfrgell", False),
    ("yng", "nghyngor", False),
    # an abbreviation of consonants alone is a whole word ("Budget vs actual")
    ("budget", "vs actual", False),
    # a capital or a figure after the line is no cut word's rest
    ("Environme", "Ntal", False),
    ("phase", "2b", False),
])
def test_a_lower_case_line_going_on_with_no_words_start_goes_on_inside_a_word(
        before: str, after: str, cut: bool) -> None:
    from kcc_papers.load.pdf_fast import _no_word_start

    assert _no_word_start(before[-1], after) is cut


# ---------------------------- a stamp at the foot of a page leaves the footer's page number be

FOOTER_PT = 9.0
FOOT_MM = 282.0  # A4 is 297 mm high


def _foot_stamped(tmp_path: Path, footer: str, stamp: str, stamp_align: str) -> Path:
    """A page whose footer (``footer``, centred or at the left) shares its band with ``stamp``
    in bold at the right or left margin (``stamp_align``)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", HEADING_PT)
    pdf.cell(0, 8, "Wexcombe District Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", STAMP_PT)
    pdf.cell(0, 5.5, "1.1 This report sets out the council's performance.")
    pdf.set_font("helvetica", "", FOOTER_PT)
    pdf.set_xy(pdf.l_margin, FOOT_MM)
    pdf.cell(0, 5, footer, align="C" if stamp_align == "L" else "L")
    pdf.set_font("helvetica", "B", STAMP_PT)
    pdf.set_xy(pdf.l_margin, FOOT_MM)
    pdf.cell(0, 5, stamp, align=stamp_align)
    path = tmp_path / "foot.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("stamp_align", ["R", "L"])
def test_regression_a_stamp_beside_the_footer_leaves_the_printed_page_number(
        tmp_path: Path, stamp_align: str) -> None:
    # it was read "Page 1 of 4 OFFICIAL" (or "OFFICIAL Page 1 of 4"): no printed page number
    page = load(_foot_stamped(tmp_path, "Page 1 of 4", "OFFICIAL", stamp_align)).pages[0]
    assert [(line.text, line.stamp) for line in page.lines[-2:]] == [
        ("OFFICIAL", True), ("Page 1 of 4", False)]
    assert page.printed_number == 1


def test_a_last_line_without_a_page_number_is_read_as_printed(tmp_path: Path) -> None:
    # a table's total or a footer of words beside another in other type is no stamp's band
    page = load(_foot_stamped(tmp_path, "Total spend", "£1,240,000", "R")).pages[0]
    assert not any(line.stamp for line in page.lines)
    assert page.lines[-1].text == "Total spend £1,240,000"
