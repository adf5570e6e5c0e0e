"""Regression tests for the KPI misses of held-out round 34 (family K, KPI tables and
performance reports): a text minutes' table set out in spaces whose first heading stands over
a measure's code and its name; a rated table naming no measure's column ("Risk category |
Due in Q1 | Completed | % completed | Target % | Rating"), its rows named by a class's letter
("Category B"); and a report whose head holds such a table, saying before it that it reports
performance, classed as a performance report. Small papers in other councils' words, each with
a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import KpiRow, documents_of, kpi_rows, rendered, source_lines
from kcc_papers.classify.rated_tables import rated_table_at, reports_performance
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.grid_rows import _class_named
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Kpi

# ------------------------------------------------ a code and its name under one text heading


def _waste_minutes(first_row: str) -> str:
    return "\n".join((
        "ASHCOMBE WASTE PARTNERSHIP JOINT COMMITTEE",
        "",
        "MINUTES of a meeting of the Ashcombe Waste Partnership Joint Committee held at the",
        "Town Hall, Ashcombe on Tuesday, 3 March 2026 at 2.00 pm",
        "",
        "WP/14 CONTRACT MONITORING - QUARTER 3",
        "",
        "The Partnership Manager presented the monitoring report. Each measure was rated",
        "against its contract standard (G: met; A: within 3 points; R: missed by more):",
        "",
        "  Measure                                      Standard   Quarter 3   Rating",
        first_row,
        "  WM2  Missed bins put right within 24 hours     95.0%      91.4%       A",
        "  WM3  Fly-tips cleared within 5 days            90.0%      82.0%       R",
        "",
        "RESOLVED: That the contract monitoring report be noted.",
        "",
    ))


WASTE_FIRST_ROW = "  WM1  Household waste sent for recycling      55.0%      57.3%       G"


def _text_kpis(text: str, tmp_path: Path) -> list[KpiRow]:
    found = [k for ctx in text_contexts(text, None, tmp_path) if ctx.document.kind in kpis.KINDS
             for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return [(k.description, k.latest_value, k.latest_rag) for k in found]


def test_code_and_name_under_one_heading_is_a_row(tmp_path: Path) -> None:
    """Before, the first row's name, set in from its code under the one heading "Measure",
    started under no column's name, and the table was never read (the rows after it line up
    with the cells read above them, the first has none)."""
    assert _text_kpis(_waste_minutes(WASTE_FIRST_ROW), tmp_path) == [
        ("WM1 Household waste sent for recycling", 57.3, "green"),
        ("WM2 Missed bins put right within 24 hours", 91.4, "amber"),
        ("WM3 Fly-tips cleared within 5 days", 82.0, "red")]


def test_name_running_across_the_next_heading_is_no_row(tmp_path: Path) -> None:
    """Guard: a cell set in from the first column that runs on across the next column's name
    lies in no column (prose, or another table's line): the table is not read from it."""
    spilt = "  WM1  Household waste sent for recycling and composting  55.0%  57.3%  G"
    assert _text_kpis(_waste_minutes(spilt), tmp_path) == []


# ------------------------------------------------ a rated table naming no measure's column

# (the rows named by their class; the figure rated is the share done, beside its target)
_VISITS_TABLE = (
    "|% 30 14 14 14 14 14",
    "| Premises risk band | Due in Q2 | Visited | % visited | Target % | Rating |",
    "| Band A (highest risk) | 8 | 8 | 100 | 100 | {#00b050}Green |",
    "| Band B | 40 | 29 | 72.5 | 100 | {#ff0000}Red |",
    "| Band C | 75 | 70 | 93.3 | 100 | {#ffc000}Amber |",
    "| Unrated new premises visited within 20 days | 22 | 21 | 95.5 | 90 | {#00b050}Green |",
)


def _visits_report(purpose: str) -> str:
    return source_lines(
        "## Fenmoor District Council",
        "## Licensing and Regulatory Committee",
        "Date of meeting:\t14 October 2026",
        "!! Licensed Premises Compliance Visits 2026/27",
        "Report of:\tLicensing Manager",
        "** 1. Purpose",
        f"1.1 {purpose}",
        "** 2. Recommendation",
        "2.1 That the Committee notes the report.",
        "** 3. Visits due and made",
        *_VISITS_TABLE,
    )


PERFORMANCE_PURPOSE = ("To report the licensing team's performance against its compliance "
                       "visit targets for July to September 2026.")
OTHER_PURPOSE = ("To update the Committee on the programme of compliance visits to licensed "
                 "premises and the new arrangements for booking them.")


def test_rated_table_by_subject_reads_each_class(tmp_path: Path) -> None:
    """Before, the header named no measure's column and no value's, and was never read with
    the row below it; its "risk band" made it a table of risks; and "Band B" (a word and a
    letter) was no measure's name."""
    assert kpi_rows(_visits_report(PERFORMANCE_PURPOSE), tmp_path) == [
        ("Band A (highest risk)", 100.0, "green"), ("Band B", 72.5, "red"),
        ("Band C", 93.3, "amber"), ("Unrated new premises visited within 20 days", 95.5, "green")]


def test_a_column_naming_its_rows_as_risks_stays_out() -> None:
    """Guard: a header whose column names each row a risk ("Key risk") heads a register,
    whatever its target and rating: its figures rate no measure."""
    below = ["Loss of the case system", "Head of IT", "12", "6", "Amber"]
    assert read_header(["Key risk", "Owner", "Current", "Target", "Rating"], below) is None


def test_class_name_is_a_word_and_its_letter_not_a_period() -> None:
    """Guard: a period's name ("Quarter 3", "Month 9") names no class of a set."""
    assert _class_named("Band B") and _class_named("Category 2")
    assert not _class_named("Quarter 3") and not _class_named("Month 9")
    assert not _class_named("Total")


# ------------------------------------------------ a report opening on performance and such a table


def test_report_saying_it_reports_performance_over_rated_table(tmp_path: Path) -> None:
    """Before, a report whose rated table names its rows by their subject (no "Indicator"
    or "Ref" column) stayed a report, though it says it reports performance against targets."""
    docs = documents_of(rendered(_visits_report(PERFORMANCE_PURPOSE), tmp_path))
    assert docs == [("performance_report", "2026-10-14", "Licensing and Regulatory Committee")]


def test_report_of_another_subject_over_rated_table_stays_a_report(tmp_path: Path) -> None:
    """Guard: the same table under a report saying nothing of performance or targets before
    it is that report's evidence: a report."""
    docs = documents_of(rendered(_visits_report(OTHER_PURPOSE), tmp_path))
    assert docs == [("report", "2026-10-14", "Licensing and Regulatory Committee")]


def test_rating_key_line_is_no_rated_header() -> None:
    """Guard: a rating key's sentence naming targets ("Rating: green on target; red below")
    heads no table, and a heading's label speaks no performance."""
    head = "Rating: green on target; amber within 5%; red below target.\nSome prose here.\n"
    assert rated_table_at(head) is None
    assert not reports_performance("Report of:\tHead of Performance and Improvement\n")
