"""The KPI extractor on small papers built in the test: no corpus needed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_fixtures import GRID_DASHBOARD, box_pdf, grid_pdf

from conftest import contexts
from kcc_papers.extract import kpis
from kcc_papers.models import ActivityIndicator, Kpi


def extract(path: Path):
    [ctx] = [c for c in contexts(path) if c.segment.kind == "performance_report"]
    records = kpis.extract(ctx)
    rows = [r for r in records if isinstance(r, Kpi)]
    activity = [r for r in records if isinstance(r, ActivityIndicator)]
    return rows, activity, ctx.findings


def grid(tmp_path: Path, text: str = GRID_DASHBOARD) -> Path:
    path = tmp_path / "dashboard.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_grid_rows_with_legend_arrows_and_lower_is_better(tmp_path):
    rows, _, findings = extract(grid(tmp_path))
    assert [(k.ref, k.latest_value, k.latest_rag, k.dot, k.ytd_value, k.ytd_rag) for k in rows] == [
        ("LB01", 91.0, "green", "improved", 88.0, "amber"),
        ("LB02", 12.0, "amber", "fallen", 9.0, "green"),
        ("LB03", 1210.0, "green", None, 9800.0, "green"),
    ]
    lb02 = rows[1]
    assert (lb02.target, lb02.floor_standard, lb02.previous_year) == (10.0, 20.0, None)
    assert lb02.note == "Previous year: new indicator"
    assert rows[0].note == "Figures exclude mobile libraries."
    assert rows[2].unit == "number"
    assert {(k.service_area, k.director, k.cabinet_member) for k in rows} == {
        ("Libraries", "Jo Bloggs", "Sam Smith")
    }
    assert rows[0].period == "Latest Month: March 2016"
    assert rows[0].period_date == dt.date(2016, 3, 31)
    assert findings == []


def test_grid_activity_indicators(tmp_path):
    _, activity, _ = extract(grid(tmp_path))
    assert [
        (a.ref, a.description, a.ytd_value, a.in_expected_range, a.expected_upper,
         a.expected_lower, a.previous_ytd, a.unit)
        for a in activity
    ] == [
        ("LB10", "Number of new members", 5020.0, "High", 4800.0, 4000.0, 4400.0, "number"),
        (None, "Value of fines collected", 12500.0, None, None, None, 14000.0, "£"),
    ]


def test_stated_totals_including_none_are_compared(tmp_path):
    text = GRID_DASHBOARD.replace(
        "two are Green and one is Amber", "one is Green and two are Amber"
    )
    _, _, findings = extract(grid(tmp_path, text))
    assert sorted(f.message.split(" (")[0] for f in findings) == [
        "the paper states 1 GREEN KPIs but 2 rows are rated GREEN",
        "the paper states 2 AMBER KPIs but 1 rows are rated AMBER",
    ]


def test_columns_found_by_name_not_position(tmp_path):
    """Stray margin text in the first cell (a page number) does not shift the values."""
    text = GRID_DASHBOARD.replace("LB03\tNumber", "Page 12\tLB03\tNumber")
    rows, _, _ = extract(grid(tmp_path, text))
    assert (rows[2].ref, rows[2].latest_value, rows[2].target) == ("LB03", 1210.0, 1000.0)


def test_odd_layout_gives_fewer_rows_not_an_exception(tmp_path):
    text = "\n".join(
        [
            "Subject:\tPerformance Dashboard",
            "Ref\tIndicator description\tTarget\tFloor Standard",  # no latest column at all
            "X1\tSomething measured\t",
            "Latest: banana Target: , Floor",
        ]
    )
    rows, _, _ = extract(grid(tmp_path, text))
    assert all(isinstance(k, Kpi) for k in rows)


BOXES = [
    ("Percentage of phone calls answered", "GREEN", "#00ff00",
     "Latest: 94%|Target: 90%, Floor: 85%|Previous: 89% (Amber)"),
    ("Percentage of complaints answered in time", "GREEN", "#c00000",
     "Latest: 71%|Target: 85%, Floor: 80%|Previous: 71% (Red)"),
    ("Rate of first-time entrants per 100,000", "AMBER", "#ffc000",
     "Latest: 175|Target:180 Floor: 240|Previous: 190 (Amber)"),
]


def test_pdf_boxes_with_cell_colours(tmp_path):
    rows, _, findings = extract(box_pdf(tmp_path / "boxes.pdf", BOXES))
    assert [
        (k.description, k.latest_value, k.latest_rag, k.latest_rag_colour, k.target,
         k.floor_standard, k.previous_value, k.previous_rag)
        for k in rows
    ] == [
        ("Percentage of phone calls answered", 94.0, "green", "#00ff00", 90.0, 85.0, 89.0,
         "amber"),
        ("Percentage of complaints answered in time", 71.0, "green", "#c00000", 85.0, 80.0,
         71.0, "red"),
        ("Rate of first-time entrants per 100,000", 175.0, "amber", "#ffc000", 180.0, 240.0,
         190.0, "amber"),
    ]
    assert sorted((f.check, f.record_ref) for f in findings) == [
        ("kpi_rag_colour_mismatch", "Percentage of complaints answered in time"),
        ("kpi_rag_mismatch", "Percentage of complaints answered in time"),
        ("kpi_rag_mismatch", "Rate of first-time entrants per 100,000"),
    ]
    rate = next(f for f in findings if "entrants" in (f.record_ref or ""))
    assert "implies GREEN (lower is better" in rate.message


def test_text_boxes_without_tables(tmp_path):
    """A text export of a box layout: description, RAG at the line end, then the values."""
    text = "\n".join(
        [
            "Quarterly Performance Report",
            "Quarter 2, 2023/24",
            "Key Performance Indicators",
            "Percentage of potholes repaired within 28 days GREEN",
            "Latest: 92% Target: 90%, Floor: 80% Previous: 88% (Amber)",
            "Number of foster households",
            "RED",
            "Latest: 613 Target: 700 Floor: 650",
            "Previous: 612 (Red)",
        ]
    )
    path = tmp_path / "qpr.txt"
    path.write_text(text, encoding="utf-8")
    rows, _, findings = extract(path)
    assert [
        (k.description, k.latest_value, k.latest_rag, k.target, k.floor_standard,
         k.previous_value, k.previous_rag, k.period, k.period_date)
        for k in rows
    ] == [
        ("Percentage of potholes repaired within 28 days", 92.0, "green", 90.0, 80.0, 88.0,
         "amber", "Latest: Quarter 2 2023/24", dt.date(2023, 9, 30)),
        ("Number of foster households", 613.0, "red", 700.0, 650.0, 612.0, "red",
         "Latest: Quarter 2 2023/24", dt.date(2023, 9, 30)),
    ]
    assert findings == []


QPR_TEXT = [
    "Quarterly Performance Report",
    "Quarter 3, 2024/25",
    "\tG\tA\tR",
    "Customer Services\t1\t1\t",
    "TOTAL\t1\t1\t0",
    "Customer Services KPIs\tRAG rating\tDoT",
    "\tLatest\tPrevious",
    "% of phone calls answered\tGREEN\tAMBER",
    "% of complaints answered in time\tAMBER\tRED",
    "Customer Services",
    "KPI Summary",
    "The team shares the",
    "latest community safety updates and news with partners",
    "Key Performance Indicators",
    "Percentage of phone calls answered GREEN",
    "Latest: 94% Target: 90%, Floor: 85% Previous: 89% (Amber)",
    "Percentage of complaints answered in time AMBER",
    "Latest: 82% Target: 85%, Floor: 80% Previous: 79% (Red)",
]


def qpr(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "qpr.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_regression_summary_tables_are_not_kpi_boxes(tmp_path):
    """The "RAG rating | Latest | Previous" tables once became KPI rows of their own, and a
    prose line starting "latest community safety updates" a box."""
    rows, _, findings = extract(qpr(tmp_path, QPR_TEXT))
    assert [(k.description, k.service_area) for k in rows] == [
        ("Percentage of phone calls answered", "Customer Services"),
        ("Percentage of complaints answered in time", "Customer Services"),
    ]
    assert findings == []


def test_summary_tables_disagreeing_with_boxes(tmp_path):
    lines = [line.replace("\tAMBER\tRED", "\tRED\tRED") for line in QPR_TEXT]
    lines = [line.replace("TOTAL\t1\t1\t0", "TOTAL\t2\t0\t0") for line in lines]
    _, _, findings = extract(qpr(tmp_path, lines))
    assert sorted(f.check for f in findings) == [
        "kpi_service_count_mismatch",
        "kpi_service_count_mismatch",
        "kpi_summary_rag_mismatch",
    ]
    summary = next(f for f in findings if f.check == "kpi_summary_rag_mismatch")
    assert "gives the latest RAG as RED, the KPI itself (page 1) as AMBER" in summary.message


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data())
def test_mangled_dashboards_never_raise(tmp_path, data):
    """Dropped, repeated and cut cells give fewer or odder rows, never an exception."""
    lines = GRID_DASHBOARD.split("\n") + QPR_TEXT
    out = []
    for line in lines:
        cells = line.split("\t")
        action = data.draw(st.sampled_from(["keep", "keep", "drop_cell", "cut", "dup", "skip"]))
        if action == "drop_cell" and len(cells) > 1:
            del cells[data.draw(st.integers(0, len(cells) - 1))]
        elif action == "cut":
            cells = [c[: data.draw(st.integers(0, 8))] for c in cells]
        elif action == "dup":
            cells = cells + cells
        elif action == "skip":
            continue
        out.append("\t".join(cells))
    path = tmp_path / "mangled.txt"
    path.write_text("\n".join(out), encoding="utf-8")
    for ctx in contexts(path):
        records = kpis.extract(ctx)
        assert all(isinstance(r, Kpi | ActivityIndicator) for r in records)


def test_pdf_grid_with_coloured_rag_cells(tmp_path):
    header = ("Ref", "Indicator description", "Latest Month", "Month RAG", "Year to Date",
              "YTD RAG", "Target", "Floor Standard", "Previous Year")
    rows = [
        header,
        ("AB01", "Percentage of invoices paid on time", "96%", "GREEN", "95%", "GREEN", "95%",
         "90%", "94%"),
        ("AB02", "Percentage of calls answered", "84%", "AMBER", "88%", "AMBER", "90%", "85%",
         "91%"),
    ]
    path = grid_pdf(tmp_path / "grid.pdf", rows, {(1, 3): "#00ff00", (2, 3): "#00b050"})
    found, _, findings = extract(path)
    assert [(k.ref, k.latest_value, k.latest_rag, k.latest_rag_colour, k.period_date)
            for k in found] == [
        ("AB01", 96.0, "green", "#00ff00", dt.date(2016, 12, 31)),
        ("AB02", 84.0, "amber", "#00b050", dt.date(2016, 12, 31)),
    ]
    # AB02: 84% is below the 85% floor (RED), and its AMBER label sits on a green cell.
    assert sorted((f.check, f.record_ref) for f in findings) == [
        ("kpi_rag_colour_mismatch", "AB02"),
        ("kpi_rag_mismatch", "AB02"),
    ]


def test_pdf_grid_with_other_column_names(tmp_path):
    """Another council's words: "Measure | Actual | Status | Target"; no floor, so the RAG
    cannot be checked, and a missing target is reported."""
    rows = [
        ("Measure", "Actual", "Status", "Target"),
        ("Households in temporary accommodation", "1,020", "RED", "900"),
        ("Days to process benefit claims", "21 days", "GREEN", ""),
    ]
    found, _, findings = extract(grid_pdf(tmp_path / "other.pdf", rows, {}))
    assert [(k.description, k.latest_value, k.unit, k.latest_rag, k.target) for k in found] == [
        ("Households in temporary accommodation", 1020.0, "number", "red", 900.0),
        ("Days to process benefit claims", 21.0, "days", "green", None),
    ]
    assert [(f.check, f.record_ref) for f in findings] == [
        ("kpi_missing_target", "Days to process benefit claims")
    ]


def test_direction_of_travel_counts_when_arrows_are_readable(tmp_path):
    text = GRID_DASHBOARD.replace(
        "Results up to March 2016",
        "The Direction of Travel was positive for two KPIs and lower for one.\n"
        "Results up to March 2016",
    )
    _, _, findings = extract(grid(tmp_path, text))
    assert [(f.check, f.message.split(" (")[0]) for f in findings] == [
        ("kpi_dot_count_mismatch", "the paper states 2 direction-of-travel IMPROVED but 1 rows "
         "are IMPROVED"),
    ]


def test_unreadable_layout_gives_a_finding_not_rows(tmp_path):
    text = "\n".join(
        [
            "Subject: Performance Dashboard",
            "Ref Indicator description Latest Month Month RAG Target Floor Standard",
            "XX01 Percentage of something good 95% GREEN 90% 85%",
        ]
    )
    rows, _, findings = extract(grid(tmp_path, text))
    assert rows == []
    assert [f.check for f in findings] == ["kpi_layout_unrecognised"]
