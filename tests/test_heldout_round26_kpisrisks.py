"""Regression tests for the KPI and risk misses of held-out round 26: a dashboard measuring the
year so far against its target for the year so far, last year's outturn beside it; a web
page's table naming its term by season and year ("Autumn 2026"); a landscape dashboard of
tiles set in a borderless table's rows (a row of coded names, then a row of figures, of
targets, of status words); a RAID log printed as one table with a Type column. Small papers
in other bodies' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, html_page, html_table, kpi_rows, scored_risks, source_lines
from kcc_papers.extract import kpis
from kcc_papers.models import Kpi

KpiRow = tuple[str | None, float | None, str | None]


def _report(*body: str) -> str:
    return source_lines(
        "%% header Hollinshead District Council",
        "!! Agenda Item 6",
        "## Regeneration Performance Report - Quarter 2 2028/29",
        "Report to:\tPlace Scrutiny Committee",
        "Date of meeting:\t14 November 2028",
        "** 1. Recommendation",
        "1.1 That the committee notes the performance of the regeneration measures.",
        "** 2. Performance",
        *body,
        "** 3. Financial implications",
        "3.1 There are none arising from this report.",
    )


# ------------------------------------------- the year so far, last year's outturn beside it

def _so_far_table(target_heading: str) -> tuple[str, ...]:
    return (
        "|% 10 40 14 14 14 8",
        f"| Ref | Measure | {target_heading} | Q2 YTD actual | 2027/28 outturn | RAG |",
        "| RG1 | Homes brought back into use | 40 | 36 | 91 | Amber |",
        "| RG2 | Apprenticeships started through council contracts | 25 | 31 | 58 | Green |",
    )


def test_past_outturn_beside_year_so_far_is_not_the_latest(tmp_path: Path) -> None:
    """Before, a dashboard of "Q2 YTD target | Q2 YTD actual | 2027/28 outturn | RAG" read the
    closed year's outturn as each measure's latest figure: the rating rates the year so far
    against its target for the year so far, and the outturn is last year's."""
    assert kpi_rows(_report(*_so_far_table("Q2 YTD target")), tmp_path) == [
        ("RG1", 36.0, "amber"), ("RG2", 31.0, "green")]


def test_outturn_beside_a_whole_year_target_is_left_alone(tmp_path: Path) -> None:
    """Guard: with a target for the whole year ("Target 2028/29"), not one for the year so
    far, nothing says the year so far is what the rating rates: the rule leaves the table as
    the reader read it before."""
    rows = kpi_rows(_report(*_so_far_table("Target 2028/29")), tmp_path)
    assert ("RG1", 36.0, "amber") not in rows


# ------------------------------------------------------------------ "Autumn 2026" on a web page

def _page_kpis(html: str, tmp_path: Path) -> list[KpiRow]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [(k.ref, k.latest_value, k.latest_rag) for ctx in contexts(path)
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _hub_page(period: str) -> str:
    return html_page(
        "<h1>Northfold Music Education Hub Board - minutes, 2 February 2027</h1>",
        "<h2>Item 3: Hub performance</h2>",
        "<p>3.1 The hub lead presented the delivery measures. Status: Green (on track), Amber"
        " (at risk), Red (off track).</p>",
        html_table(["Ref", "Measure", "Target 2026/27", period, "Status"], [
            ["NM1", "Schools taking whole class ensemble teaching (%)", "85", "88", "Green"],
            ["NM2", "Pupils continuing to learn after the first year (%)", "35", "29", "Red"],
        ]),
    )


def test_term_named_by_season_and_year_is_the_latest(tmp_path: Path) -> None:
    """Before, a music hub's table whose figure column was headed by its term's season and
    year ("Autumn 2026", no word "term") gave no KPI: the column was read as no figure."""
    assert _page_kpis(_hub_page("Autumn 2026"), tmp_path) == [
        ("NM1", 88.0, "green"), ("NM2", 29.0, "red")]


def test_season_without_a_year_is_no_period(tmp_path: Path) -> None:
    """Guard: a season alone ("Autumn") names no period of the dashboard."""
    assert _page_kpis(_hub_page("Autumn"), tmp_path) == []


# ------------------------------------------------------------ tiles in a borderless table's rows

TILES = (
    "** How to read the dashboard",
    "Each tile shows a measure, its result, its target and a status: On track, Close (within"
    " 5% of the target) or Off track.",
    "--- page landscape ---",
    "** Regeneration dashboard",
    "|- HR01 Empty shops in the town centre (%) | HR02 Footfall on the high street (weekly) "
    "| HR03 Business grants paid within 30 days |",
    "| 14.2% | 31,400 | 88% |",
    "| Target: 12% | Target: 30,000 | Target: 90% |",
    "| Off track | On track | Close |",
    "|- HR04 Market stalls let | HR05 New homes started on council land | HR06 Town centre "
    "events held |",
    "| 41 stalls | 63 | 12 |",
    "| Target: 45 | Target: 60 | Target: 10 |",
    "| Close | On track | On track |",
    "|- HR07 Planning enforcement cases closed | HR08 Grants to community groups paid | HR09 "
    "Shop front improvements completed |",
    "| 77% | 19 | 6 |",
    "| Target: 80% | Target: 25 | Target: 12 |",
    "| Close | Off track | Off track |",
    "--- page ---",
)


def test_tiles_in_table_rows_read_as_kpis(tmp_path: Path) -> None:
    """Before, a landscape dashboard of tiles printed as a borderless table, a row of the
    tiles' coded names over a row of figures, one of targets and one of status words, gave no
    KPI: each column of a band of rows is a tile."""
    assert kpi_rows(_report(*TILES), tmp_path) == [
        ("HR01", 14.2, "red"), ("HR02", 31400.0, "green"), ("HR03", 88.0, "amber"),
        ("HR04", 41.0, "amber"), ("HR05", 63.0, "green"), ("HR06", 12.0, "green"),
        ("HR07", 77.0, "amber"), ("HR08", 19.0, "red"), ("HR09", 6.0, "red")]


def test_tile_rows_with_no_target_or_status_give_none(tmp_path: Path) -> None:
    """Guard: the same bands with only the figures under the names (context measures, not
    targeted or rated) give no KPI."""
    unrated = tuple(line for line in TILES if "Target" not in line and "track" not in line)
    assert kpi_rows(_report(*unrated), tmp_path) == []


# --------------------------------------------------------------------- a RAID log in one table

RAID_LOG = """Transformation Programme Board - RAID log
Only risks are scored, likelihood x impact.
Ref\tType\tDescription\tL\tI\tScore\tOwner
RD-01\tRisk\tCare providers leave the market in the north\t3\t4\t12\tCommissioning Lead
RD-02\t{kind}\tGrant funding continues at the present level\t2\t2\t4\tFinance Lead
RD-03\tRisk\tNew case management system goes live late\t2\t5\t10\tICT Lead
"""


def test_raid_log_rows_other_than_risks_are_no_risks(tmp_path: Path) -> None:
    """Before, a RAID log printed as one table gave its assumptions, issues and dependencies
    as risks, scored or not: only the rows typed "Risk" are risks."""
    for kind in ("Assumption", "Issue", "Dependency"):
        want: list[ScoredRisk] = [("RD-01", 3, 4, 12.0), ("RD-03", 2, 5, 10.0)]
        (tmp_path / kind).mkdir()
        assert scored_risks(RAID_LOG.format(kind=kind), tmp_path / kind) == want


def test_raid_log_risk_rows_all_kept(tmp_path: Path) -> None:
    """Guard: a row typed "Risk" is a risk like any register's row."""
    assert scored_risks(RAID_LOG.format(kind="Risk"), tmp_path) == [
        ("RD-01", 3, 4, 12.0), ("RD-02", 2, 2, 4.0), ("RD-03", 2, 5, 10.0)]
