"""Review of held-out round 26's KPI and risk fixes: small papers another council would
publish, misread by the new rules (tiles in a table's rows, a closed year's outturn beside the
year so far, a RAID log's Type column) before the review's mends."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import kpi_rows, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.kpis.reader import stream
from kcc_papers.extract.kpis.tile_rows import read_tile_rows
from kcc_papers.extract.risks.raid import type_column
from kcc_papers.models import Risk


def _report(*body: str) -> str:
    return source_lines(
        "%% header Ashcombe Borough Council",
        "!! Agenda Item 7",
        "## Customer Services Performance Report - Quarter 3 2028/29",
        "Report to:\tResources Scrutiny Committee",
        "Date of meeting:\t2 February 2029",
        "** 1. Recommendation",
        "1.1 That the committee notes the performance of the contact centre.",
        "** 2. Performance",
        *body,
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


# A measure's quarters set out as tiles across a borderless table: each column is a quarter of
# one measure, not a measure of its own.
QUARTER_TILES = (
    "** Calls answered within 60 seconds",
    "The contact centre's measure, quarter by quarter. Status: On track, Close, Off track.",
    "|- Q1 2028/29 | Q2 2028/29 | Q3 2028/29 |",
    "| 68% | 71% | 74% |",
    "| Target: 70% | Target: 70% | Target: 70% |",
    "| Close | On track | On track |",
)


def test_regression_quarters_across_a_band_are_no_tiles(tmp_path: Path) -> None:
    """A row of quarters ("Q1 2028/29 | Q2 2028/29 | ...") over a row of figures, of targets
    and of status words is one measure's periods: "Q1" is a quarter, no measure's code, and
    the row names no tiles."""
    assert kpi_rows(_report(*QUARTER_TILES), tmp_path) == []


def test_regression_coded_tiles_still_read_beside_quarters(tmp_path: Path) -> None:
    """Guard: the same band under coded measures' names is read as tiles."""
    coded = tuple(line.replace("Q1 2028/29", "CS01 Calls answered")
                  .replace("Q2 2028/29", "CS02 Emails answered")
                  .replace("Q3 2028/29", "CS03 Complaints closed")
                  for line in QUARTER_TILES)
    assert [ref for ref, _, _ in kpi_rows(_report(*coded), tmp_path)] == [
        "CS01", "CS02", "CS03"]


def _year_end_table(ytd_target: str, ytd_actual: str, outturn: str) -> tuple[str, ...]:
    return (
        "|% 10 40 14 14 14 8",
        f"| Ref | Measure | {ytd_target} | {ytd_actual} | {outturn} | RAG |",
        "| CS1 | Calls answered within 60 seconds (%) | 80 | 72 | 75 | Amber |",
        "| CS2 | Complaints answered within 10 days (%) | 85 | 91 | 93 | Green |",
    )


def test_regression_outturn_of_the_year_so_far_is_not_last_years(tmp_path: Path) -> None:
    """A year-end dashboard naming its year in each heading ("Q4 2028/29 YTD target | Q4
    2028/29 YTD actual | 2028/29 outturn"): the outturn is the same year's, its final figure,
    not last year's; only an outturn of an earlier year than the year so far is the figure
    before it."""
    table = _year_end_table("Q4 2028/29 YTD target", "Q4 2028/29 YTD actual",
                            "2028/29 outturn")
    assert kpi_rows(_report(*table), tmp_path) == [("CS1", 75.0, "amber"),
                                                   ("CS2", 93.0, "green")]


def test_regression_earlier_years_outturn_still_last_years(tmp_path: Path) -> None:
    """Guard: beside the year so far of 2028/29, the outturn of 2027/28 is last year's."""
    table = _year_end_table("Q3 2028/29 YTD target", "Q3 2028/29 YTD actual",
                            "2027/28 outturn")
    assert kpi_rows(_report(*table), tmp_path) == [("CS1", 72.0, "amber"),
                                                   ("CS2", 91.0, "green")]


RAID_LOG = """Leisure Transformation Board - RAID log
Only risks are scored, likelihood x impact.
Ref\tType\tDescription\tL\tI\tScore\tOwner
RD-01\tRisk\tCare providers leave the market in the north\t3\t4\t12\tCommissioning Lead
RD-02\tIssue\tThe grant for 2028/29 has not been confirmed by the\t\t\t\tFinance Lead
\t\tdepartment and the budget assumes it continues
RD-03\tRisk\tNew case management system goes live late\t2\t5\t10\tICT Lead
"""


def test_regression_wrapped_issue_text_not_added_to_the_risk_before(tmp_path: Path) -> None:
    """A RAID log's issue whose description wraps onto a row of its own: the wrapped words are
    the issue's, read past with it, not the end of the risk above's title."""
    (ctx,) = text_contexts(RAID_LOG, None, tmp_path)
    titles = {r.risk_id: r.title for r in risks.extract(ctx) if isinstance(r, Risk)}
    assert titles == {"RD-01": "Care providers leave the market in the north",
                      "RD-03": "New case management system goes live late"}


# A heading's pass over 20,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.2


def test_regression_type_heading_is_linear_in_a_run_of_spaces() -> None:
    """The Type column's heading pattern ("RAID type", "Type") tried every split of a long
    run of spaces between its two optional runs (7 s on 20,000 spaces); the space after the
    kind's word now goes with the word, and the run is read once."""
    for heading in (" " * 20_000 + "x", " " * 20_000 + "type!"):
        start = time.process_time()
        assert type_column([[heading]], set()) is None
        assert time.process_time() - start < LINEAR_SECONDS


def test_regression_type_headings_still_known() -> None:
    """Guard: "Type", "RAID type" and "Item type" name the column; "Risk type" does not."""
    assert [type_column([["Ref"], [h]], set()) for h in (
        "Type", "RAID type", "Item  type", "Risk type")] == [1, 1, 1, None]


def _risk_tiles(score_row: str) -> tuple[str, ...]:
    return (
        "** Strategic risks",
        "Each tile shows a strategic risk, its current score, its target score and its rating.",
        "--- page landscape ---",
        "| CR01 Financial sustainability | CR02 Social worker recruitment | CR03 Cyber attack |",
        score_row,
        "| Target score: 9 | Target score: 8 | Target score: 6 |",
        "| Red | Red | Amber |",
        "--- page ---",
    )


def test_regression_risk_tiles_in_table_rows_are_no_kpis(tmp_path: Path) -> None:
    """A performance report's strategic risks set out as tiles in a table's rows (a row of
    coded risks, their scores, "Target score: 9", a rating): a risk's score rates no measure,
    as a card printing a risk's fields is no KPI (``cards.sum_or_risk``). (The tile rows'
    reader is asked alone: the line tiles' reader reads this band too, its own matter.)"""
    for n, scores in enumerate(("| 20 | 16 | 12 |",
                                "| Current score: 20 | Current score: 16 | Current score: 12 |")):
        (tmp_path / str(n)).mkdir()
        source = rendered(_report(*_risk_tiles(scores)), tmp_path / str(n))
        (ctx,) = contexts(source)
        items = stream(ctx.segment, None, lambda page, exc: None)
        assert read_tile_rows(items, {}).kpis == []
