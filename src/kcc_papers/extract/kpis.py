"""KPIs and activity indicators from performance reports, with RAG cross-checks.

Two layouts are read, and both run on every performance report (each finds nothing in the
other's layout): dashboards of table rows under a named header row (``kpi_grid``) and KPI
boxes of "Latest: / Target: / Floor: / Previous:" (``kpi_boxes``). The report's own
statements about itself (totals in prose, RAG-by-service tables) are then checked against the
rows extracted."""

from __future__ import annotations

from kcc_papers.extract import Context
from kcc_papers.extract.kpi_boxes import read_boxes
from kcc_papers.extract.kpi_common import Parsed
from kcc_papers.extract.kpi_grid import read_grid
from kcc_papers.extract.kpi_layout import Text, stream
from kcc_papers.extract.kpi_summary import (
    check_service_counts,
    check_summary_rags,
    count_tables,
    rag_summaries,
)
from kcc_papers.models import Record
from kcc_papers.normalise.kpi_checks import (
    check_colour,
    check_other_totals,
    check_rag,
    check_totals,
    check_values,
)
from kcc_papers.normalise.kpi_counts import report_totals, stated_dots, stated_ytd_rags

KINDS = {"performance_report"}


def extract(ctx: Context) -> list[Record]:
    items = stream(ctx.segment)
    grid = read_grid(items)
    boxes, sections = read_boxes(items)
    parsed: list[Parsed] = grid.kpis + boxes.kpis
    kpis = [p.kpi for p in parsed]
    for p in parsed:
        check_values(p.kpi, p.raw, ctx.finding)
        check_rag(p.kpi, p.raw, ctx.finding)
        check_colour(p.kpi, ctx.finding)
    prose = "\n".join(i.text for i in items if isinstance(i, Text) and not i.in_table)
    # A cover report states totals but holds no rows: only papers with rows are compared.
    check_totals(kpis, report_totals(prose), ctx.finding)
    check_other_totals(kpis, stated_ytd_rags(prose), stated_dots(prose), ctx.finding)
    box_kpis = [p.kpi for p in boxes.kpis]
    check_service_counts(box_kpis, count_tables(items), sections, ctx.finding)
    check_summary_rags(box_kpis, rag_summaries(items), ctx.finding)
    if not parsed and _promises_kpis(prose):
        ctx.finding(
            "kpi_layout_unrecognised",
            "the report speaks of KPIs with targets but no KPI rows could be read",
            severity="info",
            record_table="kpis",
        )
    return [*kpis, *grid.activity, *boxes.activity]


def _promises_kpis(prose: str) -> bool:
    return any(
        line.strip().startswith(("Latest:", "Ref")) or ("Target" in line and "Floor" in line)
        for line in prose.splitlines()
    )
