"""Regression tests for the KPI misses of held-out round 20: a text table whose one figure
column is the year so far ("YTD 2027/28") beside a target and a status. Small papers in other
councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import KpiRow
from kcc_papers.extract import kpis
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.models import Kpi


def _text_kpis(text: str, tmp_path: Path) -> list[Kpi]:
    path = tmp_path / "report.txt"
    path.write_text(text)
    return [k for ctx in contexts(path) if ctx.document.kind in kpis.KINDS
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]


def _rows(found: list[Kpi]) -> list[KpiRow]:
    return [(k.ref or k.description, k.latest_value, k.latest_rag) for k in found]


def _year_to_date_report(value_heading: str) -> str:
    return "\n".join([
        "WESTMARSH COMBINED FIRE AUTHORITY - 3 DECEMBER 2027",
        "",
        "PREVENTION PERFORMANCE: QUARTER 2 2027/28",
        "",
        "Report of the Chief Fire Officer",
        "",
        "1. RECOMMENDATION",
        "",
        "1.1 That the Authority notes the prevention performance for Quarter 2 2027/28.",
        "",
        "2. PERFORMANCE",
        "",
        "2.1 The position at 30 September 2027 against the plan's measures is shown below.",
        "",
        f"  Code   Measure                               Target    {value_heading:<12}  Status",
        "  -----  ------------------------------------  --------  ------------  ------",
        "  WP1    Fires in the home                     n/a       1,204         -",
        "  WP2    Smoke alarms fitted                   2,000     2,311         GREEN",
        "  WP3    Fire safety checks of care homes      120       97            RED",
        "         (per quarter)",
        "  WP4    School visits completed (%)           90%       84.5%         AMBER",
        "",
        "2.2 WP3 is red because two inspectors were on long-term leave.",
        "",
    ])


def test_year_to_date_column_unread_as_the_latest_value(tmp_path: Path) -> None:
    """Before, the only figure column, "YTD 2027/28", was read as a year-to-date figure
    beside no latest one: every row had no value and the unrated row ("n/a", "-") was lost."""
    found = _text_kpis(_year_to_date_report("YTD 2027/28"), tmp_path)
    assert _rows(found) == [("WP1", 1204.0, None), ("WP2", 2311.0, "green"),
                            ("WP3", 97.0, "red"), ("WP4", 84.5, "amber")]


def test_year_to_date_beside_a_latest_column_stays_the_year_so_far() -> None:
    """Guard: beside a column of the latest figure, the year so far is no latest value."""
    header = read_header(["Code", "Measure", "Target", "Quarter 2", "YTD 2027/28", "Status"])
    assert header is not None
    assert header.roles[3:] == ["latest", "ytd", "rag"]
