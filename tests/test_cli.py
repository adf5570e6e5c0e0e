"""One test per CLI command; `--format json` equals the library's own result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app
from kcc_papers.export import run_query

RAW = ROOT / "data" / "raw"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "papers.duckdb"
    result = runner.invoke(app, ["ingest", str(RAW), "--db", str(path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    # every committed sample, whatever their number (each branch adds its own)
    n = len([p for p in RAW.iterdir() if not p.name.startswith(".")])
    assert f"{n} files: {n} ingested" in result.output
    assert "agenda_items" in result.output
    return path


def test_ingest_exits_1_and_names_a_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(RAW / "sample_news.txt", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1
    assert "broken.pdf" in result.output and "Traceback" not in result.output


def test_ingest_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_query_json_equals_library_result(db: Path) -> None:
    sql = "SELECT item_ref, title, page_from, page_to FROM agenda_items ORDER BY item_ref"
    result = runner.invoke(app, ["query", sql, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == run_query(db, sql).records()


def test_query_csv_and_table(db: Path) -> None:
    sql = "SELECT kind, count(*) AS n FROM documents GROUP BY kind ORDER BY kind"
    csv_out = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "csv"]).output
    assert csv_out.splitlines()[0] == "kind,n" and "agenda,2" in csv_out
    table_out = runner.invoke(app, ["query", sql, "--db", str(db)]).output
    assert "performance_report" in table_out and "rows" in table_out


def test_query_is_read_only(db: Path) -> None:
    result = runner.invoke(app, ["query", "DELETE FROM documents", "--db", str(db)])
    assert result.exit_code == 2
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] > 0
    con.close()


def test_query_without_database_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "run 'kcc-papers ingest' first" in result.output


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json"])
def test_export_writes_each_table(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out),
                                 "--table", "documents", "--table", "agenda_items"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"agenda_items.{fmt}", f"documents.{fmt}"]
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{out / ('documents.' + fmt)}'").fetchone()
    assert n == run_query(db, "SELECT count(*) FROM documents").rows[0]


def test_export_unknown_table(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path), "--table",
                                 "nope"])
    assert result.exit_code == 2 and "no such table: nope" in result.output


def test_tables_lists_row_counts(db: Path) -> None:
    result = runner.invoke(app, ["tables", "--db", str(db)])
    assert result.exit_code == 0
    for table in ("documents", "agenda_items", "findings", "ingest_errors", "kpis", "risks"):
        assert table in result.output


def test_schemas_command_writes_json_schema(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schemas", "--out", str(tmp_path)])
    assert result.exit_code == 0
    schema = json.loads((tmp_path / "agenda_items.schema.json").read_text())
    assert "item_ref" in schema["properties"]


def test_ingest_json_parses_and_matches_the_database(tmp_path: Path) -> None:
    from kcc_papers.pipeline import ingest as library_ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample_news.txt", "sample_panel_report.pdf"):
        shutil.copy(RAW / name, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    db, log = tmp_path / "x.duckdb", tmp_path / "run.jsonl"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--json",
                                 "--log-file", str(log), "--workers", "1"])
    assert result.exit_code == 1
    # stdout is the JSON object alone; the human line about the bad file is on stderr
    got = json.loads(result.stdout)
    assert "broken.pdf" in result.stderr and "broken.pdf" not in result.stdout.split("{")[0]
    expected = library_ingest([folder], tmp_path / "lib.duckdb", workers=1).to_dict()
    strip = {"seconds", "outcomes", "errors"}
    assert {k: v for k, v in got.items() if k not in strip} == \
        {k: v for k, v in expected.items() if k not in strip}
    assert sorted((o["path"], o["status"], o["error_kind"]) for o in got["outcomes"]) == \
        sorted((o["path"], o["status"], o["error_kind"]) for o in expected["outcomes"])
    with duckdb.connect(str(db), read_only=True) as con:
        files = dict(con.execute("SELECT path, status FROM files").fetchall())
        errors = dict(con.execute("SELECT path, error_kind FROM ingest_errors").fetchall())
        for table, n in got["rows"].items():
            assert con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] == n
    assert {o["path"]: o["status"] for o in got["outcomes"]} == files
    assert {e["path"]: e["error_kind"] for e in got["errors"]} == errors
    assert got["files"] == 3 and got["ingested"] == 2 and got["failed"] == 1
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert sorted(line["path"] for line in lines) == sorted(files)
    # a second run appends one line per file (now unchanged, the broken one named again)
    again = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--json",
                                "--log-file", str(log)])
    assert json.loads(again.stdout)["unchanged"] == 2
    assert len(log.read_text().splitlines()) == 6
