"""Regression tests for held-out round 35's misses of family K2 (a landscape dashboard rated by
colour fill, and metrics rated in words): a report's head labelling its meeting by the kind of
body it goes to ("Panel: ...") and dating it by "Meeting: <date>"; a dashboard rating each
quarter in a status column of its own, an earlier quarter's status before the latest's; and
two zebra tables a caption apart, the second's header band cut at other columns. Small papers
in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from heldout_support import KpiRow, documents_of, kpi_rows, rendered, source_lines
from kcc_papers.extract.kpis.grid_values import period_status
from kcc_papers.extract.meetings.kind_labels import body_kind_value

# ------------------------------------------------ a meeting labelled by its body's kind


def _labelled_report(body_label: str, meeting_label: str) -> str:
    return source_lines(
        "!! ASHWORTH BOROUGH COUNCIL",
        "## Annual Review of Licensing Fees 2027/28",
        body_label,
        meeting_label,
        "Report author:\tHead of Licensing",
        "** Purpose",
        "To set the licensing fees for 2027/28.",
        "** Recommendation",
        "That the Forum recommends the fees in Appendix 1 for approval.",
        "** Background",
        "Fees are set each year to recover the cost of the licensing service.",
    )


def test_body_kind_label_names_the_meeting(tmp_path: Path) -> None:
    """Before, "Forum: ..." was no label the report's head was read for (only "To:",
    "Committee:", "Meeting:"), and "Meeting:" over a date alone dated nothing: the document
    had no committee and no date."""
    src = _labelled_report("Forum:\tLicensing Trade Forum", "Meeting:\tWednesday 3 March 2027")
    (doc,) = documents_of(rendered(src, tmp_path))
    assert doc[1:] == ("2027-03-03", "Licensing Trade Forum")


def test_body_kind_label_listing_members_names_no_meeting() -> None:
    """Guard: "Board:" over the board's members (a name ending in another word) or the kind's
    word alone names no body."""
    assert body_kind_value("Board:\tCllr Ruth Amberley (Chair, Hollins County Council)") is None
    assert body_kind_value("Panel:\tPanel") is None
    assert body_kind_value("Panel:\tPlaces Scrutiny Panel, 9 May 2027") == (
        "Places Scrutiny Panel, 9 May 2027")


# ------------------------------------------------ each quarter rated in its own status column

_FILL_DASHBOARD = source_lines(
    "## Quarter 3 Performance Scorecard 2027/28",
    "Committee:\tResources Scrutiny Committee",
    "Date of meeting:\t10 February 2028",
    "** Introduction",
    "This report presents the key performance indicators for quarter 3, each rated by the fill"
    " of its status cell (green met, amber near, red missed).",
    "--- page landscape ---",
    "** Scorecard",
    "|% 8 32 10 10 10 10 10",
    "|# Code | Indicator | Target | Q2 value | Q2 status | Q3 value | Q3 status |",
    "| RS 1 | Invoices paid within 30 days | 95% | 91% | {#ffc000} | 96% | {#00b050} |",
    "| RS 2 | Council tax collected | 82% | 80% | {#00b050} | 74% | {#ff0000} |",
    "| RS 3 | Calls answered within 2 minutes | 80% | 62% | {#ff0000} | | |",
    "| RS 4 | Staff in post | - | 611 | | 618 | |",
)


def test_latest_quarter_rated_by_its_own_status_column(tmp_path: Path) -> None:
    """Before, the first status column (the quarter before, as reported last time) gave every
    row its rating. A row whose latest quarter is blank keeps its last quarter's figure and
    rating; a data-only row is unrated."""
    assert kpi_rows(_FILL_DASHBOARD, tmp_path) == [
        ("RS 1", 96.0, "green"), ("RS 2", 74.0, "red"), ("RS 3", 62.0, "red"),
        ("RS 4", 618.0, None)]


def test_one_status_column_rates_the_row() -> None:
    """Guard: a table with one status column (after the quarters) rates the row as before,
    and a status column after no period's figure is left to the older rule."""
    roles: list[str | None] = ["ref", "description", "target", "latest", "latest", "rag"]
    periods: list[str | None] = [None, None, None, "Q1", "Q2", None]
    assert period_status(roles, periods, 5, 3) is None
    two: list[str | None] = ["ref", "description", "latest", "rag", "ytd", "rag"]
    assert period_status(two, [None, None, None, None, None, None], 3, 2) is None


_WORD_DASHBOARD = source_lines(
    "## Quarter 3 Performance Scorecard 2027/28",
    "Committee:\tResources Scrutiny Committee",
    "Date of meeting:\t10 February 2028",
    "** Introduction",
    "This report presents the key performance indicators for quarter 3.",
    "** Scorecard",
    "|# Code | Indicator | Target | Q2 value | Q2 status | Q3 value | Q3 status |",
    "| RS 1 | Invoices paid within 30 days | 95% | 91% | Amber | 96% | Green |",
    "| RS 2 | Council tax collected | 82% | 80% | Green | 74% | Red |",
)


def test_latest_quarter_rated_by_its_own_status_words(tmp_path: Path) -> None:
    """The same rule where the statuses are printed as words."""
    assert kpi_rows(_WORD_DASHBOARD, tmp_path) == [
        ("RS 1", 96.0, "green"), ("RS 2", 74.0, "red")]


# ------------------------------------------------ two zebra tables a caption apart


def _zebra_pair(second: tuple[str, ...]) -> str:
    return source_lines(
        "## Carers Support Plan 2027/28",
        "Meeting:\tHealth and Wellbeing Board, 15 April 2027",
        "** Purpose",
        "To agree the carers support plan and note progress on its measures.",
        "** Measures - position at quarter 4",
        "|~ Measure | 2025/26 actual | 2026/27 plan | Q4 2026/27 | Status |",
        "| Carers assessed within 28 days of referral (%) | 71.0 | 75.0 | 77.2 | On track |",
        "| Carers receiving a direct payment (number) | 410 | 450 | 432 | Off track |",
        "| Young carers known to schools (number) | 265 | 300 | 318 | On track |",
        "| Carers reporting a good quality of life (%) | 38.1 | 41.0 | 36.5 | Off track |",
        "| Carers breaks funded (number) | 1,120 | 1,200 | 1,244 | On track |",
        "** Allocation",
        *second,
    )


CARERS_KPIS: list[KpiRow] = [
    ("Carers assessed within 28 days of referral (%)", 77.2, "green"),
    ("Carers receiving a direct payment (number)", 432.0, "red"),
    ("Young carers known to schools (number)", 318.0, "green"),
    ("Carers reporting a good quality of life (%)", 36.5, "red"),
    ("Carers breaks funded (number)", 1244.0, "green"),
]


def test_next_zebra_table_under_a_caption_is_its_own(tmp_path: Path) -> None:
    """Before, the second table's pieces were joined to the first (a caption's line apart, the
    same right edge), its column edge cut the first's unshaded rows in two and those rows'
    figures stood under the wrong headings: two of the five metrics were lost."""
    src = _zebra_pair(("|~ Service | 2027/28 £000 |", "| Respite care | 2,410 |",
                       "| Carers centre grant | 880 |", "| Direct payments | 1,960 |",
                       "| Other support | 515 |"))
    assert kpi_rows(src, tmp_path) == CARERS_KPIS


def test_zebra_table_of_same_columns_under_a_caption_reads_alike(tmp_path: Path) -> None:
    """Guard: a second zebra table cut at the first's columns (its header at no other edge)
    is joined as before, and the first table's metrics are read as they were."""
    src = _zebra_pair(("|~ Service | 2025/26 | 2026/27 | 2027/28 | Change |",
                       "| Respite care | 2,210 | 2,300 | 2,410 | 110 |",
                       "| Carers centre grant | 850 | 860 | 880 | 20 |",
                       "| Direct payments | 1,800 | 1,900 | 1,960 | 60 |"))
    assert kpi_rows(src, tmp_path)[:5] == CARERS_KPIS
