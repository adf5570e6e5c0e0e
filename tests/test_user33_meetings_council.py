"""`meetings --committee cabinet` lists every council's Cabinet once papers of several councils
share a database, and `meetings` had no `--council` although `report` has one: an analyst
could not list one council's meetings without SQL. It takes the report's rule: any part of
the council's name."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("meetings") / "papers.duckdb"
    result = runner.invoke(app, ["ingest", str(ROOT / "data" / "raw"), "--db", str(db),
                                 "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def _meetings(db: Path, *options: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["meetings", "--db", str(db), "-f", "csv", *options])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_council_option_keeps_that_councils_meetings(samples_db: Path) -> None:
    cabinets = _meetings(samples_db, "--committee", "cabinet")
    assert len({row["council"] for row in cabinets}) > 1
    kent = _meetings(samples_db, "--committee", "cabinet", "--council", "kent")
    assert kent and {row["council"] for row in kent} == {"Kent County Council"}
    assert {row["meeting_id"] for row in kent} < {row["meeting_id"] for row in cabinets}


def test_council_option_alone_and_unknown(samples_db: Path) -> None:
    fernbridge = _meetings(samples_db, "--council", "Fernbridge Borough Council")
    assert len(fernbridge) == 3
    assert _meetings(samples_db, "--council", "nowhere") == []
