"""Regression tests for the KPI and risk table misses of held-out round 9's blind batches (L,
M, N: agenda packs whose appendices hold KPI scorecards and risk registers), each named after
the bug, on small papers written in the held-out markup in other councils' words, with guards
of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import contexts
from heldout_support import below_floor, heldout_accuracy
from kcc_papers.errors import CorruptPdfError
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.kpis.columns import role_of
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.load.unruled import read_words
from kcc_papers.models import Kpi, Risk

KpiRow = tuple[str | None, float | None, str | None]
RiskRow = tuple[str | None, int | None, int | None, float | None]


# The batches' papers with KPI or risk rows expected.
TABLE_PAPERS = {
    "r9l_fire_rescue_authority_pack.pdfsrc",
    "r9l_london_audit_governance_pack.pdfsrc",
    "r9l_national_park_authority_risk_pack.pdfsrc",
    "r9l_police_crime_panel_pack.pdfsrc",
    "r9l_unitary_cabinet_pack.pdfsrc",
    "r9m_integration_joint_board_pack.pdfsrc",
    "r9m_joint_waste_partnership_pack.pdfsrc",
    "r9m_nhs_trust_board_pack.pdfsrc",
    "r9m_ni_district_council_committee_pack.txt",
    "r9m_scottish_council_cmis_pack.pdfsrc",
    "r9m_town_council_finance_pack.txt",
    "r9m_welsh_county_scrutiny_pack.pdfsrc",
    "r9n_county_pension_fund_committee_exempt_pack.pdfsrc",
    "r9n_crematorium_joint_committee_pack.pdfsrc",
    "r9n_prosperity_board_performance_pack.pdfsrc",
    "r9n_regional_park_supplementary_lots_award.pdfsrc",
    "r9n_welsh_cjc_transport_pack.pdfsrc",
}
TABLE_CLASSES = {"kpis", "risks"}


def test_the_blind_batches_kpi_and_risk_papers_are_above_the_floor() -> None:
    low = below_floor(TABLE_PAPERS)
    assert not {c: f for c, f in low.items() if c in TABLE_CLASSES}, low


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _pdf_kpis(source: str, tmp_path: Path) -> list[KpiRow]:
    return [(k.ref, k.latest_value, k.latest_rag)
            for ctx in contexts(_pdf(source, tmp_path), "performance_report")
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _pdf_risks(source: str, tmp_path: Path) -> list[RiskRow]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(_pdf(source, tmp_path), "risk_register")
            for r in risks.extract(ctx) if isinstance(r, Risk)]


# ------------------------------------------------ tables printed without rules ("|- " markup)

UNRULED_RISKS = """## Borough of Ashgrove
** Strategic Risk Register - Quarter 2 2026/27
Report to:	Governance and Audit Committee
Risks are scored for likelihood and impact from 1 to 5; the risk score is their product.
--- page ---
** Appendix 2 - Strategic Risk Register
|- Risk No. | Risk description | Risk owner | Likelihood | Impact | Risk score | Direction |
| SR1 | Failure to set a balanced budget | Chief Finance Officer | 4 | 4 | 16 | Stable |
| SR2 | Loss of IT services | Head of ICT | 2 | 5 | 10 | Falling |
| SR3 | Planning officers not recruited or retained | Head of Planning | 3 | 3 | 9 | Rising |
Scores are reviewed by the Senior Leadership Team each quarter.
"""


def test_regression_unruled_risk_register_read_by_its_texts_places(tmp_path: Path) -> None:
    assert _pdf_risks(UNRULED_RISKS, tmp_path) == [
        ("SR1", 4, 4, 16.0), ("SR2", 2, 5, 10.0), ("SR3", 3, 3, 9.0)]


UNRULED_SCORECARD = """## Marlow Vale Health and Social Care Partnership
** Performance Report - Quarter 2 2026/27
Report by:	Chief Officer
The scorecard at Appendix 1 shows the partnership's measures against their targets.
--- page landscape ---
** Appendix 1 - Performance scorecard
|- Code | Indicator | Target | Q1 | Q2 | Status |
| HS1 | Emergency admissions per 1,000 people aged 65+ | 48.0 | 49.2 | 51.6 | Off track |
| HS2 | Delayed discharges | 30 | 28 | 26 | On track |
| HS3 | Carers supported (number) | 900 | 870 | 884 | Slightly off track |
"""


def test_regression_unruled_kpi_scorecard_read_by_its_texts_places(tmp_path: Path) -> None:
    assert _pdf_kpis(UNRULED_SCORECARD, tmp_path) == [
        ("HS1", 51.6, "red"), ("HS2", 26.0, "green"), ("HS3", 884.0, "amber")]


# A row of one line between rows of three (cells set in the middle of their rows): its
# neighbours' wrapped lines are as near its line as their own, and still theirs.
UNRULED_SHORT_ROW = """## Teifi Valley Joint Committee
** Transport Plan delivery report 2025/26
Report of:	Head of Transport
--- page landscape ---
** Appendix A: delivery framework
|- Ref | Measure | Unit | Target 2025/26 | Outturn | RAG |
| TV1 | Bus passenger journeys on supported routes | million | 5.00 | 5.11 | Green |
| TV2 | Rail footfall | million | 2.40 | 2.26 | Red |
| TV3 | Active travel routes delivered since 2022 (cumulative) | km | 50.0 | 48.6 | Amber |
"""


def test_regression_unruled_row_of_one_line_between_wrapped_rows(tmp_path: Path) -> None:
    pdf = _pdf(UNRULED_SHORT_ROW, tmp_path)
    (ctx,) = contexts(pdf, "performance_report")
    found = [(k.ref, k.description, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
             if isinstance(k, Kpi)]
    assert [(ref, desc) for ref, desc, _, _ in found] == [
        ("TV1", "Bus passenger journeys on supported routes"),
        ("TV2", "Rail footfall"),
        ("TV3", "Active travel routes delivered since 2022 (cumulative)")]
    assert [(ref, value, rag) for ref, _, value, rag in found] == [
        ("TV1", 5.11, "green"), ("TV2", 2.26, "red"), ("TV3", 48.6, "amber")]


def _word(text: str, x0: float, top: float, size: float = 9.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + len(text) * size * 0.5, "top": top,
            "bottom": top + size, "size": size}


def _line(top: float, *cells: tuple[float, str]) -> list[dict[str, Any]]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(_word(word, x, top))
            x += (len(word) + 1) * 4.5
    return out


def test_regression_unruled_cells_set_at_the_top_of_their_rows() -> None:
    """A word processor's table sets each cell at its row's top: a wrapped cell's lines go on
    the row above, never the next."""
    words = [
        *_line(100, (60, "Ref"), (110, "Risk"), (300, "L"), (330, "I"), (360, "Score")),
        *_line(115, (60, "R1"), (110, "Loss of the depot"), (300, "3"), (330, "4"), (360, "12")),
        *_line(126, (110, "to flooding")),
        *_line(137, (60, "R2"), (110, "Fraud"), (300, "1"), (330, "3"), (360, "3")),
    ]
    (table,) = read_words(words, [100], 1)
    assert table.texts() == [["Ref", "Risk", "L", "I", "Score"],
                             ["R1", "Loss of the depot to flooding", "3", "4", "12"],
                             ["R2", "Fraud", "1", "3", "3"]]


def _right(right: float, top: float, text: str) -> list[dict[str, Any]]:
    """A cell set to the right, ending at ``right``."""
    return _line(top, (right - len(text) * 4.5, text))


def test_unruled_figures_set_to_the_right_under_their_headings() -> None:
    """Figures right-aligned under right-aligned headings ("Target 2025/26" ending where the
    figures end): a column of its own, however much wider a figure is than its heading."""
    words = [
        *_line(100, (60, "Ref"), (110, "Measure")), *_right(330, 100, "Target 2025/26"),
        *_right(390, 100, "Actual"), *_line(100, (400, "RAG")),
        *_line(115, (60, "P1"), (110, "Visits")), *_right(330, 115, "12,500"),
        *_right(390, 115, "13,105"), *_line(115, (400, "Green")),
        *_line(130, (60, "P2"), (110, "Deaths")), *_right(330, 130, "0"),
        *_right(390, 130, "2"), *_line(130, (400, "Red")),
    ]
    (table,) = read_words(words, [100], 1)
    assert table.texts() == [["Ref", "Measure", "Target 2025/26", "Actual", "RAG"],
                             ["P1", "Visits", "12,500", "13,105", "Green"],
                             ["P2", "Deaths", "0", "2", "Red"]]


def test_regression_unruled_table_runs_on_without_its_header() -> None:
    """Broken over a page with its header not printed again: the rows at the next page's head
    (past its running header) are set out under the columns of the table the page ended with."""
    first = [
        *_line(100, (60, "Ref"), (110, "Measure"), (300, "Target"), (350, "Actual"),
               (400, "RAG")),
        *_line(115, (60, "K1"), (110, "Visits"), (300, "900"), (350, "950"), (400, "Green")),
    ]
    (table,) = read_words(first, [100], 1)
    rest = [
        *_line(40, (60, "Appendix B (continued) - performance measures for the year")),
        *_line(60, (60, "K2"), (110, "Complaints upheld"), (300, "10"), (350, "14"), (400, "Red")),
        *_line(75, (60, "K3"), (110, "Calls answered"), (300, "95"), (350, "93"),
               (400, "Amber")),
    ]
    (carried,) = read_words(rest, [], 2, table.columns)
    assert carried.texts() == [["K2", "Complaints upheld", "10", "14", "Red"],
                               ["K3", "Calls answered", "95", "93", "Amber"]]
    prose = [*_line(60, (60, "The report was noted by the committee after a short debate.")),
             *_line(75, (60, "Officers will report again in the autumn."))]
    assert read_words(prose, [], 2, table.columns) == []


def test_unruled_bold_caption_just_above_the_header_is_no_columns_name() -> None:
    words = [
        *_line(88, (60, "Appendix 1 - Corporate Risk Register for the quarter to September 2026")),
        *_line(100, (60, "Ref"), (110, "Risk"), (300, "L"), (330, "I"), (360, "Score")),
        *_line(115, (60, "R1"), (110, "Depot flooding"), (300, "3"), (330, "4"), (360, "12")),
        *_line(130, (60, "R2"), (110, "Fraud"), (300, "1"), (330, "3"), (360, "3")),
    ]
    (table,) = read_words(words, [88, 100], 1)
    assert table.texts()[0] == ["Ref", "Risk", "L", "I", "Score"]
    assert table.texts()[1] == ["R1", "Depot flooding", "3", "4", "12"]


def test_regression_unruled_middle_set_rows_after_a_first_row_of_one_line() -> None:
    """Cells set in the middle of their rows, the first row one line high: the line above the
    second row's first cell is the second row's (its cell of two lines sits either side of the
    row's middle, where the other cells are)."""
    words = [
        *_line(100, (60, "Ref"), (110, "Risk"), (300, "L"), (330, "I"), (360, "Score")),
        *_line(115, (60, "R1"), (110, "Fraud"), (300, "1"), (330, "3"), (360, "3")),
        *_line(130, (110, "Loss of the depot")),
        *_line(137, (60, "R2"), (300, "3"), (330, "4"), (360, "12")),
        *_line(144, (110, "to flooding")),
        *_line(159, (60, "R3"), (110, "Cyber attack"), (300, "2"), (330, "5"), (360, "10")),
    ]
    (table,) = read_words(words, [100], 1)
    assert table.texts()[1:] == [["R1", "Fraud", "1", "3", "3"],
                                 ["R2", "Loss of the depot to flooding", "3", "4", "12"],
                                 ["R3", "Cyber attack", "2", "5", "10"]]


def test_a_bold_heading_over_prose_or_a_list_is_no_table() -> None:
    words = [
        *_line(100, (60, "Item 1 Welcome, Item 2 Declarations of Interest Item 3 Minutes")),
        *_line(115, (60, "Apologies"), (200, "Enquiries: Clerk")),
        *_line(130, (60, "The"), (200, "Board")),
        *_line(160, (60, "Background to the report")),
        *_line(175, (60, "The board agreed the plan in May and asked for a report.")),
    ]
    assert read_words(words, [100, 160], 1) == []


# ------------------------------------------------------------- columns named by a year alone

def test_regression_column_named_by_its_year_alone_is_the_value() -> None:
    header = read_header(["Ref", "Indicator", "Good performance is", "2024/25",
                          "Target 2025/26", "2025/26", "RAG"])
    assert header is not None
    assert header.roles[3:] == ["previous_year", "target", "latest", "rag"]
    assert role_of("2025-26") == "latest"


def test_a_year_spanning_period_columns_names_a_group_not_a_value() -> None:
    # "2025/26" over "Q1 | Q2 | Q3": the row below names the columns
    assert read_header(["Ref", "Indicator", "Target", "2025/26", "", "", "Status"]) is None
    assert read_header(["Ref", "Indicator", "2024/25", "2024/25", "2025/26", "RAG"]) is None


FIRE_YEARS = """## Wyeford Fire and Rescue Authority
** Annual Performance Report 2025/26
Report of:	Chief Fire Officer
--- page landscape ---
** Appendix A - Service Plan measures
|# Ref | Measure | Better is | 2024/25 | 2025/26 | Target | RAG |
| WF1 | Accidental dwelling fires | Lower | 410 | 388 | 400 | Green |
| WF2 | Staff sickness (days per person) | Lower | 8.1 | 9.0 | 7.5 | Red |
"""


def test_regression_scorecard_with_year_columns_read(tmp_path: Path) -> None:
    assert _pdf_kpis(FIRE_YEARS, tmp_path) == [("WF1", 388.0, "green"), ("WF2", 9.0, "red")]


# ------------------------------------------------------------- period columns in two languages

WELSH_QUARTERS = """## Cyngor Bwrdeistref Sirol Aberhonddu / Aberhonddu County Borough Council
** Adroddiad Perfformiad / Performance Report - Chwarter 3 / Quarter 3
Adroddiad gan / Report by:	Pennaeth Perfformiad / Head of Performance
--- page landscape ---
** Atodiad 1 / Appendix 1
|# Cyf / Ref | Mesur / Measure | Targed / Target | Ch1 / Q1 | Ch2 / Q2 | Ch3 / Q3 | Statws |
| AB/01 | Percentage of waste recycled | 64.0 | 66.1 | 65.0 | 61.2 | Amber |
| AB/02 | Average days to process a housing benefit claim | 20 | 18 | 17 | 25 | Red |
"""


def test_regression_latest_of_bilingual_period_columns_is_the_last(tmp_path: Path) -> None:
    assert _pdf_kpis(WELSH_QUARTERS, tmp_path) == [("AB/01", 61.2, "amber"),
                                                   ("AB/02", 25.0, "red")]


# ------------------------------------------------ a table of notes after the dashboard

NOTES_AFTER = """## Exe Valley Economic Partnership
** Performance Report - Quarter 4
Report of:	Director of Place
--- page landscape ---
** Appendix A - scorecard
| Ref | Indicator | Target | Q4 | RAG |
| EV01 | New business start-ups | 120 | 131 | Green |
| EV02 | Apprenticeship starts | 1,250 | 1,162 | Red |
** Appendix A (continued) - notes on the indicators
| Ref | Source | Frequency of update | Responsible officer |
| EV01 | Growth Hub records of new businesses | Quarterly | Growth Hub Manager |
| EV02 | Department for Education data releases | Annual | Skills Lead |
"""


def test_regression_notes_table_after_a_dashboard_gives_no_kpis(tmp_path: Path) -> None:
    assert _pdf_kpis(NOTES_AFTER, tmp_path) == [("EV01", 131.0, "green"),
                                                ("EV02", 1162.0, "red")]


# ----------------------------------------------- review: a page's layout that cannot be read

RULED_AND_UNRULED_RISKS = """## Borough of Ashgrove
** Strategic Risk Register - Quarter 2 2026/27
Report to:	Governance and Audit Committee
--- page ---
** Appendix 2 - Strategic Risk Register
| Risk No. | Risk description | Risk owner | Likelihood | Impact | Risk score |
| SR1 | Failure to set a balanced budget | Chief Finance Officer | 4 | 4 | 16 |
| SR2 | Loss of IT services | Head of ICT | 2 | 5 | 10 |
--- page ---
** Appendix 3 - Risks closed in the quarter
|- Risk No. | Risk description | Risk owner | Likelihood | Impact | Risk score |
| SR7 | Pay award not funded | Chief Finance Officer | 1 | 3 | 3 |
| SR8 | Depot lease not renewed | Head of Waste | 1 | 2 | 2 |
"""


def test_regression_unreadable_page_layout_lost_every_risk_of_the_register(
        tmp_path: Path) -> None:
    """The words' places of a page without ruled tables are read through the file's layout
    layer, which a damaged file may not give: that costs that page's table printed without
    rules, not the rows of the register's ruled tables (as in the KPI reader)."""
    (ctx,) = contexts(_pdf(RULED_AND_UNRULED_RISKS, tmp_path), "risk_register")
    read = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert [row[0] for row in read] == ["SR1", "SR2", "SR7", "SR8"]

    def damaged(number: int) -> Any:
        raise CorruptPdfError("cannot read the page layout", page=number)

    ctx.source.layout = damaged
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating) for r in risks.extract(ctx)
            if isinstance(r, Risk)] == read[:2]


# ------------------------------------- review: a year column beside a column with no heading

UNNAMED_AFTER_YEAR = """## Wyeford Fire and Rescue Authority
** Annual Performance Report 2025/26
Report of:	Chief Fire Officer
--- page landscape ---
** Appendix A - Service Plan measures
|# Ref | Measure | Target 2025/26 | Actual | 2024/25 |  | RAG |
| WF1 | Accidental dwelling fires | 400 | 388 | 410 | Improving | Green |
| WF2 | Staff sickness (days per person) | 7.5 | 9.0 | 8.1 | Worsening | Red |
"""


def test_regression_year_column_before_an_unnamed_column_lost_the_scorecard(
        tmp_path: Path) -> None:
    """A year's heading with a blank heading after it spans that column only where the row
    below names the columns it spans; over a row of figures the blank heads a column of its
    own (a direction of travel), and the header is the scorecard's."""
    assert _pdf_kpis(UNNAMED_AFTER_YEAR, tmp_path) == [("WF1", 388.0, "green"),
                                                      ("WF2", 9.0, "red")]
    header = ["Ref", "Measure", "Target 2025/26", "Actual", "2024/25", "", "RAG"]
    assert read_header(header, ["WF1", "Fires", "400", "388", "410", "Improving", "Green"])
    assert read_header(["Ref", "Indicator", "Target", "2025/26", "", "", "Status"],
                       ["", "", "", "Q1", "Q2", "Q3", ""]) is None


# -------------------------------- review: a first column wrapped in a table printed without rules

UNRULED_WRAPPED_NAMES = """## Marlow Vale Health and Social Care Partnership
** Performance Report - Quarter 2 2026/27
Report by:	Chief Officer
The scorecard at Appendix 1 shows the partnership's measures against their targets.
--- page landscape ---
** Appendix 1 - Performance scorecard
|- Indicator | Target | Q1 | Q2 | Status |
| Emergency admissions per 1,000 people aged 65 and over living in the partnership area | 48.0 | 49.2 | 51.6 | Off track |
| Delayed discharges | 30 | 28 | 26 | On track |
| Carers supported (number of carers with a support plan agreed in the quarter) | 900 | 870 | 884 | Slightly off track |
"""  # noqa: E501


def test_regression_unruled_first_column_wrapped_cut_the_names_into_rows(
        tmp_path: Path) -> None:
    """A scorecard without refs, its indicators' names wrapped in the first column: a line
    with words in that column alone is the name going on, not a row of its own (the name was
    cut to its middle line, 'people aged 65 and over living in')."""
    (ctx,) = contexts(_pdf(UNRULED_WRAPPED_NAMES, tmp_path), "performance_report")
    assert [(k.description, k.latest_value) for k in kpis.extract(ctx) if isinstance(k, Kpi)] == [
        ("Emergency admissions per 1,000 people aged 65 and over living in the partnership area",
         51.6),
        ("Delayed discharges", 26.0),
        ("Carers supported (number of carers with a support plan agreed in the quarter)", 884.0)]


def test_regression_unruled_first_column_wrapped_below_a_row_set_at_the_top() -> None:
    words = [
        *_line(100, (60, "Measure"), (250, "Target"), (300, "Actual"), (350, "RAG")),
        *_line(115, (60, "Calls answered"), (250, "90"), (300, "88"), (350, "Amber")),
        *_line(126, (60, "within 20 seconds")),
        *_line(137, (60, "Complaints upheld"), (250, "10"), (300, "14"), (350, "Red")),
    ]
    (table,) = read_words(words, [100], 1)
    assert table.texts()[1:] == [["Calls answered within 20 seconds", "90", "88", "Amber"],
                                 ["Complaints upheld", "10", "14", "Red"]]
