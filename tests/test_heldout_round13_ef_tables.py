"""Regression tests for the table misses of held-out round 13's carry-over batches E and F: a
register's residual columns headed in abbreviations ("Res. L | Res. I | Res. score"), a KPI
scorecard's rows taken for a risk register's header (a polarity "L", a RAG dot read as "l"),
a RAG dot glyph on the first row after a page break with no header repeated, and a rotated
dashboard whose rating column's heading the text layer ran into the one before
("TargetStatus"). Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, scored_risks, source_lines
from kcc_papers.extract import kpis, risks
from kcc_papers.models import Kpi, Risk

KpiRow = tuple[str | None, float | None, str | None]


def _kpis(source: str, tmp_path: Path) -> list[KpiRow]:
    found: list[KpiRow] = []
    for ctx in contexts(rendered(source, tmp_path)):
        if ctx.document.kind in kpis.KINDS:
            found += [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
                      if isinstance(k, Kpi)]
    return found


def _risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    found: list[ScoredRisk] = []
    for ctx in contexts(rendered(source, tmp_path)):
        if ctx.document.kind in risks.KINDS:
            found += [(r.risk_id, r.likelihood, r.impact, r.current_rating)
                      for r in risks.extract(ctx) if isinstance(r, Risk)]
    return found


def test_regression_abbreviated_residual_likelihood_and_impact_columns_unread(
        tmp_path: Path) -> None:
    """"Res. L" and "Res. I" are the residual likelihood and impact, "Res. score" their
    product, as "Residual L" would be; the inherent score before them is not the risk as it
    stands."""
    text = (
        "Strategic Risk Register\n"
        "Ref\tRisk\tInherent score\tControls in place\tRes. L\tRes. I\tRes. score\tTarget\n"
        "HB01\tLoss of the harbour crane during the grain season\t20\tSpare parts held\t"
        "3\t4\t12\t6\n"
        "HB02\tDredging contractor fails to finish before the spring tides\t16\t"
        "Weekly progress meetings\t2\t5\t10\t5\n"
    )
    assert scored_risks(text, tmp_path) == [("HB01", 3, 4, 12), ("HB02", 2, 5, 10)]


SCORECARD = """\
## Eastmoor County Council
!! Adult Social Care Cabinet Committee
** Adult Social Care Performance Scorecard
Report to:	Adult Social Care Cabinet Committee
Date of meeting:	21 January 2027
** 1. Summary
1.1 Polarity: whether a higher (H) or lower (L) value is better. A dot rates each measure.
** 2. Scorecard
|% 8 40 9 9 9 9 8 8
|~ Ref | Indicator | Polarity | Sep-26 | Oct-26 | Nov-26 | Target | RAG |
| ASC01 | Care plans reviewed on time | H | 81.0% | 82.4% | 83.9% | 85% | {ding#ffc000} |
| ASC02 | Delayed transfers per 100,000 | L | 12.1% | 11.8% | 12.6% | 10% | {ding#ff0000} |
| ASC03 | Carers assessed within 28 days | H | 64.2% | 66.0% | 71.3% | 70% | {ding#00b050} |
| ASC04 | Admissions to residential care per 100,000 | L | 402 | 417 | 388 | 420 | {ding#00b050} |
| --- page, header not repeated --- |
| ASC05 | Enquiries concluded in 60 days | H | 77.5% | 79.2% | 81.0% | 80% | {ding#00b050} |
| ASC06 | Users on direct payments | H | 24.0% | 24.3% | 24.1% | 28% | {ding#ff0000} |
"""


def test_regression_kpi_scorecard_rows_read_as_a_risk_registers_header(tmp_path: Path) -> None:
    """A row of figures is no header: a scorecard's "L" polarity (lower is better), or a RAG
    dot glyph read as "l", never heads a likelihood column, so no indicator is a risk."""
    assert _risks(SCORECARD, tmp_path) == []


def test_regression_rag_dot_lost_on_first_row_after_page_break_without_header(
        tmp_path: Path) -> None:
    """The first row of a page the table carries on to, its header not repeated, keeps its
    colour-only rating: the dot glyph's colour is the cell's, as on every other row."""
    assert _kpis(SCORECARD, tmp_path) == [
        ("ASC01", 83.9, "amber"), ("ASC02", 12.6, "red"), ("ASC03", 71.3, "green"),
        ("ASC04", 388.0, "green"), ("ASC05", 81.0, "green"), ("ASC06", 24.1, "red")]


ROTATED = source_lines(
    "%% header Westfold Joint Waste Partnership",
    "%% footer Joint Committee | 9 March 2027 | Item 5 | {page}",
    "%% hyphenate",
    "%% ligatures",
    "## Westfold Joint Waste Partnership",
    "!! Performance Monitoring Report: Quarter 3, 2026/27",
    "Meeting:\tJoint Committee",
    "Date:\t9 March 2027",
    "Report by:\tPartnership Manager",
    "Agenda item:\t5",
    "** 1. Purpose",
    "1.1 This report sets out the Partnership's key performance indicators for the third "
    "quarter of 2026/27, measured against the targets of the Joint Waste Strategy.",
    "** 2. Recommendation",
    "2.1 The Committee is asked to note the performance set out in the dashboard below.",
    "--- page rotated ---",
    "** 3. Dashboard - Quarter 3 2026/27",
    "|% 11 7 31 8 8 8 8 8 11",
    "|# Stream | Ref | Indicator | {up}Q3 2025/26 | {up}Q1 2026/27 | {up}Q2 2026/27 "
    "| {up}Q3 2026/27 | {up}Target | Status |",
    "| Dry | WP1 | Dry recycling collected (tonnes) | 4,020 | 4,150 | 4,210 | 4,388 | 4,300 "
    "| {dot#00b050}G |",
    "| ^ | WP2 | Contamination of dry recycling (%) | 8.8 | 9.0 | 9.1 | 11.4 | 8.0 "
    "| {dot#ff0000}R |",
    "| Food | WP3 | Food waste collected (tonnes) | 1,850 | 1,880 | 1,902 | 1,877 | 1,950 "
    "| {dot#ffc000}A |",
    "| --- page --- |",
    "| Garden | WP4 | Garden waste subscribers | 30,100 | 30,900 | 31,400 | 31,950 | 31,000 "
    "| {dot#00b050}G |",
    "| Sites | WP5 | Recycling centre visits rated good (%) | 89.5 | 90.2 | 88.0 | 84.5 | 90.0 "
    "| {dot#ffc000}A |",
    "--- page ---",
    "** 4. Actions",
    "4.1 WP2: a contamination campaign starts in April 2027.",
)


def test_regression_rotated_dashboards_second_page_lost_to_glued_status_heading(
        tmp_path: Path) -> None:
    """A turned "Target" heading beside an upright "Status" runs together in the text layer
    ("TargetStatus"): still a rated dashboard's header, so both rotated pages are read."""
    assert _kpis(ROTATED, tmp_path) == [
        ("WP1", 4388.0, "green"), ("WP2", 11.4, "red"), ("WP3", 1877.0, "amber"),
        ("WP4", 31950.0, "green"), ("WP5", 84.5, "amber")]
