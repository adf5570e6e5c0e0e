"""`ingest --log-file` and `--json` wrote `at` as a bare "2026-12-04T21:58:08": UTC, but a log
reader (or a spreadsheet, or datetime.fromisoformat) takes a time with no zone as local, so a
nightly log read anywhere but UTC was hours off. Both now carry the offset."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()
# A run's times are now, give or take the run itself.
RUN_SLACK = dt.timedelta(minutes=5)


def _aware_and_now(stamp: str) -> None:
    at = dt.datetime.fromisoformat(stamp)
    assert at.utcoffset() == dt.timedelta(0), stamp
    assert abs(dt.datetime.now(dt.UTC) - at) < RUN_SLACK


def test_log_file_and_json_times_say_they_are_utc(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.txt").write_text("Cabinet\nMinutes of the meeting held on 30 January "
                                        "2025\n1. Apologies\nNone.\n")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    db, log = tmp_path / "x.duckdb", tmp_path / "run.jsonl"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--json", "--quiet",
                                 "--log-file", str(log), "--workers", "1"])
    assert result.exit_code == 1, result.output
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(lines) == 2
    for line in lines:
        _aware_and_now(line["at"])
    errors = json.loads(result.stdout)["errors"]
    assert [e["error_kind"] for e in errors] == ["corrupt_pdf"]
    _aware_and_now(errors[0]["at"])
