"""A run's summary line counts in English: "1 file: ... 1 page", not "1 files ... 1 pages"."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app

runner = CliRunner()
ONE_PAGE_PAPER = ROOT / "data" / "raw" / "sample_news.txt"


def _one_paper(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ONE_PAGE_PAPER, folder)
    return folder


def test_ingest_summary_of_one_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(_one_paper(tmp_path)), "--workers", "1",
                                 "--db", str(tmp_path / "p.duckdb")])
    assert result.exit_code == 0, result.output
    last = result.output.splitlines()[-1]
    assert last.startswith("1 file: 1 ingested") and "; 1 page in " in last


def test_lake_ingest_summary_of_one_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["lake-ingest", str(_one_paper(tmp_path)), "--workers", "1",
                                 "--out", str(tmp_path / "lake")])
    assert result.exit_code == 0, result.output
    last = result.output.splitlines()[-1]
    assert last.startswith("1 file: 1 ingested") and "; 1 page in " in last
