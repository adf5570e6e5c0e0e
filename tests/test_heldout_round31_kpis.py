"""Regression tests for the KPI misses of held-out round 31: a registration service's
performance report whose tender evaluation ("Tenderer | Four-year price | Quality (50) |
Total (100)") follows its dashboard, read on as the dashboard's rows. Small papers in other
councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import KpiRow, kpi_rows, source_lines
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.extract.kpis.layout import header_words
from kcc_papers.extract.kpis.period_names import named_with_number
from kcc_papers.extract.kpis.word_years import word_year_series
from kcc_papers.load.row_order import in_order, split_figures
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

# ---------------------------------------------------------------- a tender's marks after a
# dashboard rated by coloured glyphs

DASHBOARD = (
    "|% 8 40 12 12 12 16",
    "| Ref | Measure | Standard | 2028/29 | 2029/30 | RAG |",
    "| BDS1 | Planning applications validated within 5 days | 90% | 88.0% | 92.5% "
    "| {ding#00b050} |",
    "| BDS2 | Building control plans checked within 15 days | 95% | 90.1% | 84.2% "
    "| {ding#ff0000} |",
    "| BDS3 | Land charges searches returned within 10 days | 98% | 97.0% | 96.9% "
    "| {ding#ffc000} |",
)
TENDER = (
    "** 6. Digital mailroom: contract award",
    "6.1 Three tenders were received and evaluated on price and quality.",
    "|- Tenderer | Three-year price | Quality (60) | Total (100) |",
    "| Northgate Scanning Ltd | £212,000 | 51 | 88.4 |",
    "| Fenwick Document Services | £198,500 | 42 | 81.0 |",
    "| Carrow Digital Ltd | £236,900 | 47 | 79.6 |",
)


def _service_report(after: tuple[str, ...]) -> str:
    return source_lines(
        "%% header Wexcombe Borough Council",
        "%% ligatures",
        "%% justify",
        "** Report to: Resources Scrutiny Committee",
        "## Building and Development Services: Annual Performance Report 2029/30",
        "** 5. Performance against standards",
        "5.1 Ratings are shown by a coloured symbol: green standard met; amber within 2 "
        "points; red more than 2 points short. The 2028/29 column is not rated.",
        *DASHBOARD,
        *after,
    )


DASHBOARD_KPIS = [("BDS1", 92.5, "green"), ("BDS2", 84.2, "red"), ("BDS3", 96.9, "amber")]


def test_tender_marks_after_a_dashboard_are_no_kpis(tmp_path: Path) -> None:
    """Before, the tender table's header ("Quality (60)", "Total (100)" read as figures) was
    taken for a row of the dashboard's, and each tenderer for a KPI."""
    assert kpi_rows(_service_report(TENDER), tmp_path) == DASHBOARD_KPIS


def test_marked_out_of_names_a_column_not_a_code() -> None:
    """Guard: a score's column named with its most is a name; a code or a figure is not."""
    assert named_with_number("Quality (60)") and named_with_number("Price (max 40)")
    assert not named_with_number("KPI 1") and not named_with_number("(60)")
    assert not named_with_number("92.5%")


# ---------------------------------------------------------------- one word's years as the
# value columns ("Canvass 2030 | Canvass 2031"), on a rotated page rated by fill alone


def _survey_report(first: str, second: str) -> str:
    return source_lines(
        "%% header Ashbury District Council | Community Safety Partnership Board",
        "** CSP 4",
        "| To: | Community Safety Partnership Board |",
        "| Date of meeting: | 14 November 2030 |",
        "| Subject: | Residents' Safety Survey 2030: Results |",
        "** 1. Recommendation",
        "1.1 That the Board notes the survey's results against the partnership's targets.",
        "--- page rotated ---",
        "** APPENDIX: SURVEY MEASURES",
        f"|# Code | Measure | {{up}}Target | {{up}}{first} | {{up}}{second} | {{up}}RAG |",
        "| RS01 | Residents feeling safe in their area after dark (%) | 70.0 | 66.2 | 71.5 "
        "| {#00b050} |",
        "| RS02 | Residents aware of how to report anti-social behaviour (%) | 80.0 | 77.9 "
        "| 76.4 | {#ffc000} |",
        "| RS03 | Residents who say ASB is a big problem (%) | 10.0 | 14.8 | 16.1 | {#ff0000} |",
        "| RS04 | Survey responses received | - | 1,812 | 1,954 | |",
    )


def test_one_words_years_name_the_value_columns(tmp_path: Path) -> None:
    """Before, "Survey 2029 | Survey 2030" named no column the reader knew: the table had no
    value column and none of its rows were read. The later year's is the value, the unrated
    count a KPI with no rating (the set's rule for a rated table's unrated row)."""
    assert kpi_rows(_survey_report("Survey 2029", "Survey 2030"), tmp_path) == [
        ("RS01", 71.5, "green"), ("RS02", 76.4, "amber"), ("RS03", 16.1, "red"),
        ("RS04", 1954.0, None)]


def test_a_words_one_year_names_no_series() -> None:
    """Guard: one column of a word and its year ("Budget 2031/32"), or the same year twice, is
    no series of years."""
    cells = ["Code", "Line", "Budget 2031/32", "Forecast 2031/32"]
    roles: list[str | None] = ["ref", "description", None, None]
    assert word_year_series(cells, roles) == roles
    twice = ["Code", "Line", "Budget 2031/32", "Budget 2031/32"]
    assert word_year_series(twice, roles) == roles
    series = ["Code", "Measure", "Census 2011", "Census 2021"]
    assert word_year_series(series, roles) == ["ref", "description", "latest", "latest"]


# ---------------------------------------------------------------- a charter's standards: "Ref
# | Standard | Standard level | 2030/31 | Rating", rated by fill alone, split with the header
# repeated

STANDARDS = (
    ("MS1", "Funerals starting within 10 minutes of the booked time (%)", "97%", "98.4%",
     "#00b050"),
    ("MS2", "Burial plots prepared two working days before the funeral (%)", "100%", "96.0%",
     "#ffc000"),
    ("MS3", "Enquiries answered within 3 working days (%)", "95%", "82.7%", "#ff0000"),
    ("MS4", "Memorial safety inspections completed to schedule (%)", "90%", "91.5%",
     "#00b050"),
)
STANDARDS_HEADER = "| Ref | Standard | Standard level | 2029/30 | Rating |"


def _standards_pack() -> str:
    rows = [f"| {ref} | {name} | {level} | {value} | {{{colour}}} |"
            for ref, name, level, value, colour in STANDARDS]
    return source_lines(
        "%% header Lowmoor Cemeteries Joint Committee - 18 June 2030",
        "** Agenda Item 5",
        "## Lowmoor Cemeteries Joint Committee",
        "** Annual Report of the Cemeteries Manager 2029/30",
        "** 1. Recommendation",
        "1.1 That the Joint Committee notes the report.",
        "** 3. Service standards",
        "3.1 The rating is shown by the cell colour: green met, amber within 5% of the "
        "standard, red below that.",
        "|% 2 8 2 2 2",
        STANDARDS_HEADER,
        *rows[:2],
        "| --- page --- |",
        *rows[2:],
        "3.2 Enquiries were delayed by a vacancy now filled.",
    )


def test_standard_and_its_level_name_a_dashboard(tmp_path: Path) -> None:
    """Before, the header's words ("Ref", "Standard", "Rating") were too few KPI words for the
    page to be read as a dashboard's, and "Standard level" named no column: the standards
    were no KPIs."""
    assert kpi_rows(_standards_pack(), tmp_path) == [
        ("MS1", 98.4, "green"), ("MS2", 96.0, "amber"), ("MS3", 82.7, "red"),
        ("MS4", 91.5, "green")]


def test_standard_level_beside_a_target_is_no_target() -> None:
    """Guard: "Standard level" is the target and the bare "Standard" the measure; with a
    "Target" column, "Standard" is still no target."""
    below = ["MS1", "Funerals starting within 10 minutes (%)", "97%", "98.4%", ""]
    header = read_header(STANDARDS_HEADER.strip("| ").split(" | "), below)
    assert header is not None
    assert header.roles == ["ref", "description", "target", "latest", "rag"]
    other = read_header(["Ref", "Standard", "Target", "Q1", "Rating"], below)
    assert other is not None and other.roles[1:3] == ["description", "target"]


# ---------------------------------------------------------------- a text pack's outcomes set
# out in spaces, one row's figures a single space apart, another set off its columns

OUTCOMES_TEXT = """\
Southwark and Lambeth Partnership Grants Sub-Committee

Item no: 6

Report by:     Amara Quist             Job title:  Head of Grants

Date:          12 November 2031

Title:         Partnership Grants 2031-35: Performance Report April to
               September 2031

Recommendations: The Sub-Committee is asked to note the performance of
               the grants programme, as set out in Appendix 1.


1.   Performance

1.1  Each outcome has a six-month target. The RAG rating compares the
     achieved figure with the target. Priority 3 outcomes are reported
     for information only and are not rated.

Appendix 1: Outcomes, April to September 2031

Ref    Outcome                                   Target  Achieved   RAG
-----  ----------------------------------------  ------  --------  -----
G1.1   Older people given befriending support       1,200     1,318   Green
G1.2   Carers given a short break                     450       366   Red
       from caring
G2.1   Volunteer hours given to partner projects    9,000     8,102   Amber
G2.2   Match funding secured by partners (£)       1,500,000 1,644,200   Green
G3.1   Community groups given governance advice          -         188     -

Source: partner monitoring returns.
"""


def _text_kpi_rows(text: str, tmp_path: Path) -> list[KpiRow]:
    """(ref; latest value; latest RAG) of each KPI the pipeline finds in a text paper."""
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return [(k.ref, k.latest_value, k.latest_rag) for k in process_file(str(path)).records
            if isinstance(k, Kpi)]


def test_spaced_outcomes_read_one_cell_a_column(tmp_path: Path) -> None:
    """Before, G2.2's target and result (a single space apart, each wider than its column)
    were one cell under "Target", and G3.1's cells, set a few characters right of their
    columns, put its result and its rating's dash together under "RAG": neither had a
    value."""
    assert _text_kpi_rows(OUTCOMES_TEXT, tmp_path) == [
        ("G1.1", 1318.0, "green"), ("G1.2", 366.0, "red"), ("G2.1", 8102.0, "amber"),
        ("G2.2", 1644200.0, "green"), ("G3.1", 188.0, None)]


def test_row_order_guards() -> None:
    """Guard: a row whose cells each take a column of their own keeps them there, a row short
    of cells is not read in order, and only two figures a single space apart are parted."""
    texts = ["P4.1", "Organisations given capacity", "412", "-"]
    assert in_order([0, 1, 2, 3], texts, 4) is None
    assert in_order([0, 1, 3], texts[:3], 4) is None
    assert in_order([0, 1, 3, 3], texts, 4) == [0, 1, 2, 3]
    spans = [(0.0, "A1"), (42.0, "Budget 2031/32 lines"), (300.0, "1,500,000 1,644,200")]
    def by_x(x: float, _text: str) -> int:  # columns 60 points wide
        return int(x // 60)

    assert split_figures(spans, 4, 6.0, by_x)[2:] == [(300.0, "1,500,000"),
                                                      (360.0, "1,644,200")]
    worded = [(0.0, "A1"), (42.0, "Budget"), (300.0, "Q3 2031")]
    assert split_figures(worded, 4, 6.0, by_x) == worded


def test_ref_counts_only_beside_a_rating_heading() -> None:
    """Guard: "Ref" is a KPI header's word only on a line naming a rating column too; a
    register's or a list's "Ref", or standards under a "Note", name no dashboard."""
    assert "ref" in header_words("Ref Standard Standard level 2030/31 Rating")
    assert "ref" not in header_words("Ref Statutory indicator Standard 2025/26 2026/27 Note")
    assert "ref" not in header_words("The scheme's reference was agreed (ref: rating panel)")
