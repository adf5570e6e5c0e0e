"""The report: the page data behind each page on the samples, the chart geometry, hostile text
kept as text, source links, and the CLI command."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers import store
from kcc_papers.cli import app
from kcc_papers.pipeline import ingest
from kcc_papers.report import charts, data, write_report
from kcc_papers.report.data import Scope, Source
from kcc_papers.report.render import source_href
from report_papers import (
    HOSTILE_MEETING,
    HOSTILE_RESOLUTION,
    HOSTILE_TITLE,
    LONG_TITLE,
    parse,
    write_hostile,
)

RAW = ROOT / "data" / "raw"
PACK_MEETING = "-/policy-and-resources-cabinet-committee/2025-01-15"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "papers.duckdb"
    assert ingest([RAW], path, workers=1).ok
    return path


@pytest.fixture()
def con(db: Path):
    with store.connect(db, read_only=True) as connection:
        yield connection


def scalar(con: duckdb.DuckDBPyConnection, sql: str) -> object:
    return con.execute(sql).fetchall()[0][0]


# --- page data -------------------------------------------------------------------------------


def test_overview_counts_every_meeting_record_and_finding(con) -> None:
    page = data.overview(con, Scope())
    assert len(page["meetings"]) == scalar(con, "SELECT count(*) FROM meetings")
    assert [m["meeting_date"] for m in page["meetings"]] == sorted(
        m["meeting_date"] for m in page["meetings"])
    assert page["counts"]["kpis"] == scalar(con, "SELECT count(*) FROM kpis") == 16
    assert page["counts"]["risks"] == scalar(con, "SELECT count(*) FROM risks")
    assert sum(page["findings"].values()) == scalar(con, "SELECT count(*) FROM findings")
    assert ("Kent County Council", 2) in page["councils"]
    assert ("Fernbridge Borough Council", "Cabinet", 1) in page["committees"]


def test_overview_of_one_council_from_a_date_counts_only_its_meetings(con) -> None:
    page = data.overview(con, Scope(council="Kent", date_from=dt.date(2025, 1, 1)))
    kent = "kent-county-council/cabinet/2025-02-06"
    assert [m["meeting_id"] for m in page["meetings"]] == [kent]
    assert page["counts"]["minutes"] == scalar(
        con, f"SELECT count(*) FROM minutes WHERE meeting_id = '{kent}'")
    assert page["counts"]["kpis"] == 0  # the dashboards belong to other meetings or none


def test_committee_filter_takes_any_spelling(con) -> None:
    page = data.overview(con, Scope(committee="the Policy & Resources Cabinet Cttee"))
    assert {m["committee"] for m in page["meetings"]} == {
        "Policy and Resources Cabinet Committee"}
    assert len(page["meetings"]) == 2


def test_meeting_page_has_agenda_minutes_decisions_with_sources(con) -> None:
    page = data.meeting(con, PACK_MEETING)
    assert [a["item_ref"] for a in page["agenda_items"]] == [
        "A1", "A2", "A3", "A4", "B1", "C1", "C2", "D1"]
    assert [n["minute_number"] for n in page["minutes"]] == ["41", "42", "43"]
    assert page["minutes"][1]["resolution"].startswith("RESOLVED that the proposed decision")
    outcomes = {(c["ref"], c["via"]): c["outcome"] for c in page["decisions"]}
    assert outcomes[("24/00123", "minutes")] == "endorsed"
    assert page["truncated"] == []
    for row in page["agenda_items"] + page["decisions"]:
        assert (ROOT / row["source"].path).exists()
    assert page["agenda_items"][0]["source"] == Source(
        str(RAW / "sample_agenda_pack.pdf"), 1, "pdf")


def test_meeting_pages_read_together_equal_each_read_alone(con) -> None:
    ids = [r[0] for r in con.execute("SELECT meeting_id FROM meetings").fetchall()]
    together = data.meeting_pages(con, ids)
    assert list(together) == ids
    for mid in ids:
        assert together[mid] == data.meeting(con, mid)
    assert sum(len(p["minutes"]) for p in together.values()) == scalar(
        con, "SELECT count(*) FROM minutes WHERE meeting_id IS NOT NULL")


def test_meeting_page_is_bounded(con, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "MAX_ROWS_PER_SECTION", 3)
    monkeypatch.setattr(data, "MAX_BODY_CHARS", 20)
    page = data.meeting(con, PACK_MEETING)
    assert len(page["agenda_items"]) == 3
    assert "agenda_items" in page["truncated"]
    assert all(len(n["body"] or "") <= 20 for n in page["minutes"])
    assert any(n["body_truncated"] for n in page["minutes"])


def test_kpi_grid_has_a_column_per_period_and_the_printed_rag(con) -> None:
    page = data.kpis(con, Scope())
    assert [c["label"] for c in page["columns"]] == ["Dec 2024", "Mar 2025"]
    cs02 = next(r for r in page["rows"] if r["ref"] == "CS02")
    assert [cs02["cells"][c]["rag"] for c in ("2024-12-31", "2025-03-31")] == ["amber", "red"]
    assert (cs02["target"], cs02["floor_standard"]) == (90.0, 85.0)
    assert page["mismatches"] == 0


def test_kpi_rag_mismatch_finding_marks_its_cell(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "papers.duckdb"
    shutil.copy(db, copy)
    with duckdb.connect(str(copy)) as c:
        doc = c.execute("SELECT document_id FROM kpis WHERE ref = 'CS02' AND period_date = "
                        "'2025-03-31'").fetchall()[0][0]
        c.execute("""INSERT INTO findings (document_id, record_table, record_ref, "check",
                     severity, message, page) VALUES (?, 'kpis', 'CS02', 'kpi_rag_mismatch',
                     'warning', 'CS02: latest value 84 is printed RED but implies AMBER', 1)""",
                  [doc])
    with store.connect(copy, read_only=True) as c:
        page = data.kpis(c, Scope())
    cs02 = next(r for r in page["rows"] if r["ref"] == "CS02")
    assert "implies AMBER" in cs02["cells"]["2025-03-31"]["mismatch"]
    assert cs02["cells"]["2024-12-31"]["mismatch"] is None
    assert page["mismatches"] == 1
    summary = write_report(copy, tmp_path / "out")
    cell = next(td for td in parse((summary.out / "kpis.html").read_text()).find_all(
        "td", data_period="2025-03-31")
        if td.parent and td.parent.attrs.get("data-kpi") == "-/CS02")
    assert "mismatch" in cell.classes() and "implies AMBER" in cell.attrs["title"]


def test_risk_registers_sorted_by_rating_with_places_and_targets(con) -> None:
    registers = {r["name"]: r for r in data.risks(con, Scope())}
    strategic = registers["Risk Management - Strategic Risk Register"]
    assert [r["current_rating"] for r in strategic["risks"]] == [25, 20, 16, 12, 9, 8]
    assert [(r["risk_id"], r["likelihood"], r["impact"]) for r in strategic["placed"]] == [
        ("CRR 01", 4, 4)]
    assert [(r["target_likelihood"], r["target_impact"]) for r in strategic["targets"]] == [
        (2, 4)]
    assert len(strategic["unplaced"]) == 5


def test_budget_register_exposure_by_directorate_and_changes(con) -> None:
    budget = next(r for r in data.risks(con, Scope()) if r["name"] == "Budget Risks Register")
    exposure = dict(budget["exposure"])
    assert exposure["CYPE"] == pytest.approx(71.5e6 + 8.9e6)
    assert budget["exposure"][0][0] == "CYPE"
    changes = {r["risk_id"]: r["change"] for r in budget["changes"]}
    assert changes == {"High Needs Spending": "up", "Non-delivery of Savings": "down",
                       "Care Market Insolvency": "new",
                       "Capital Programme Cost Inflation": "closed"}
    assert "Capital Programme Cost Inflation" not in {r["risk_id"] for r in budget["risks"]}


def test_findings_errors_first_with_their_documents(con) -> None:
    rows = data.findings(con, Scope())
    assert len(rows) == scalar(con, "SELECT count(*) FROM findings")
    order = [data.SEVERITIES.index(r["severity"]) for r in rows]
    assert order == sorted(order)
    assert all((ROOT / r["source"].path).exists() for r in rows)


# --- charts ----------------------------------------------------------------------------------


def test_heatmap_has_25_cells_and_places_risks_and_targets() -> None:
    risk = {"risk_id": "R1", "likelihood": 4, "impact": 2, "target_likelihood": 1,
            "target_impact": 2}
    hm = charts.heatmap([risk], [risk])
    assert len(hm["cells"]) == 25
    cells = {(c.likelihood, c.impact): c for c in hm["cells"]}
    assert [m["risk_id"] for m in cells[(4, 2)].markers] == ["R1"]
    assert cells[(1, 2)].markers[0]["ghost"]
    assert cells[(5, 5)].band == "high" and cells[(2, 4)].band == "medium"
    assert cells[(2, 3)].band == "low"
    # impact 5 is the top row, likelihood 1 the left column
    assert cells[(1, 5)].y == 0 and cells[(1, 5)].x < cells[(2, 5)].x
    assert hm["arrows"][0]["from"] == charts.cell_centre(4, 2)


def test_heatmap_cell_lists_a_few_risks_then_says_how_many_more() -> None:
    crowd = [{"risk_id": f"R{n}", "likelihood": 3, "impact": 3} for n in range(7)]
    cell = next(c for c in charts.heatmap(crowd, [])["cells"] if c.score == 9)
    assert len(cell.markers) == charts.MAX_MARKERS_PER_CELL
    assert cell.more == 7 - charts.MAX_MARKERS_PER_CELL


def test_sparkline_scales_values_target_and_floor_into_the_box() -> None:
    points = [{"value": v, "rag": "green", "value_text": str(v)} for v in (80.0, 90.0)]
    s = charts.sparkline(points, 95.0, 70.0)
    assert s is not None
    ys = [d["y"] for d in s["dots"]] + [s["target"], s["floor"]]
    assert all(charts.SPARK_PAD <= y <= charts.SPARK_H - charts.SPARK_PAD for y in ys)
    assert s["target"] < s["dots"][1]["y"] < s["dots"][0]["y"] < s["floor"]  # up is higher
    assert charts.sparkline([{"value": None, "rag": None, "value_text": "n/a"}], 1, 0) is None


def test_bars_longest_first_scaled_to_the_largest() -> None:
    b = charts.bars([("A", 10e6), ("B", 5e6)])
    assert b is not None
    assert [r["width"] for r in b["rows"]] == [charts.BAR_MAX_W, charts.BAR_MAX_W // 2]
    assert charts.bars([]) is None


# --- rendering -------------------------------------------------------------------------------


def test_source_links_are_relative_and_point_at_the_page(tmp_path: Path) -> None:
    out = tmp_path / "report"
    pdf = Source(str(RAW / "sample_agenda_pack.pdf"), 13, "pdf")
    href = source_href(pdf, out)
    assert href.endswith("sample_agenda_pack.pdf#page=13") and not href.startswith("/")
    assert (out / href.split("#")[0]).resolve() == (RAW / "sample_agenda_pack.pdf").resolve()
    text = Source(str(RAW / "sample_news.txt"), 1, "text")
    assert "#" not in source_href(text, out)


def test_hostile_text_appears_as_text(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    assert ingest([write_hostile(tmp_path / "papers")], db, workers=1).ok
    summary = write_report(db, tmp_path / "out")
    html = (summary.out / data.page_name(HOSTILE_MEETING)).read_text()
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;" in html
    tree = parse(html)
    headings = [h.text for h in tree.find_all("h3")]
    assert any(HOSTILE_TITLE in h for h in headings)
    assert any(LONG_TITLE[:150] in h for h in headings)
    assert HOSTILE_RESOLUTION in tree.find_all("div", cls="resolution")[0].text
    for name in ("index.html", "findings.html", "kpis.html", "risks.html"):
        assert "<script" not in (summary.out / name).read_text().lower()


def test_report_removes_meeting_pages_of_an_earlier_report(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_report(db, out)
    narrow = write_report(db, out, Scope(council="Fernbridge"))
    assert sorted(p.name for p in out.glob("meeting_*.html")) == sorted(
        p.name for p in narrow.pages if p.name.startswith("meeting_"))
    assert narrow.meetings == 3


# --- CLI -------------------------------------------------------------------------------------


def test_cli_report_writes_the_site(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out / "index.html") in result.output
    for name in ("index.html", "kpis.html", "risks.html", "findings.html",
                 data.page_name(PACK_MEETING)):
        assert (out / name).stat().st_size > 0
    index = parse((out / "index.html").read_text())
    linked = {a.attrs["href"] for a in index.find_all("a") if a.attrs["href"].startswith(
        "meeting_")}
    assert linked == {p.name for p in out.glob("meeting_*.html")}


def test_cli_report_filters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(out), "--committee",
                                 "cabinet", "--from", "2025-01-01", "--to", "2025-12-31"])
    assert result.exit_code == 0, result.output
    assert "(4 meetings)" in result.output  # "cabinet" is in four committees
    assert "committee “cabinet”" in (out / "index.html").read_text()


def test_cli_report_without_a_database_is_one_line_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb"), "--out",
                                 str(tmp_path / "site")])
    assert result.exit_code == 2
    assert "no database here" in result.output
    assert "Traceback" not in result.output


# --- colours ---------------------------------------------------------------------------------

# WCAG AA for normal text.
MIN_CONTRAST = 4.5
# Text colour on each background the stylesheet pairs them with.
PAIRS = [("#fff", "red"), ("ink", "amber"), ("#fff", "green"), ("#fff", "grey"),
         ("ink", "high"), ("ink", "medium"), ("ink", "low"), ("link", "bg"), ("muted", "bg")]


def luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_colour_pairs_pass_wcag_aa_contrast() -> None:
    css = (ROOT / "src/kcc_papers/report/templates/style.css").read_text()
    palette = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{3,6})", css))
    for fg, bg in PAIRS:
        a, b = (luminance(palette.get(c, c)) for c in (fg, bg))
        ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
        assert ratio >= MIN_CONTRAST, (fg, bg, ratio)


def test_regression_report_from_after_to_showed_no_meetings_instead_of_saying_so(
        db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "site"),
                                 "--from", "2025-12-31", "--to", "2025-01-01"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "--from 2025-12-31 is after --to 2025-01-01" in result.output
    assert not (tmp_path / "site").exists()


def test_regression_report_counted_one_meeting_as_1_meetings(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "site"),
                                 "--from", "2025-01-15", "--to", "2025-01-15"])
    assert result.exit_code == 0, result.output
    assert "(1 meeting)" in result.output
