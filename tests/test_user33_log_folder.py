"""`ingest --log-file logs/ingest.jsonl` failed the whole run (exit 2, "cannot open the log
file") when logs/ did not exist yet, although `--db` makes its own folder: a new nightly job
failed on its first night. The log's folder is made too; a path that cannot be a log file
still says so in one line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kcc_papers.cli import app

runner = CliRunner()


def _papers(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.txt").write_text("Cabinet\nMinutes of the meeting held on 30 January "
                                        "2025\n1. Apologies\nNone.\n")
    return folder


def test_log_file_in_a_new_folder_is_written(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "nightly" / "ingest.jsonl"
    result = runner.invoke(app, ["ingest", str(_papers(tmp_path)), "--db",
                                 str(tmp_path / "out" / "papers.duckdb"), "--quiet",
                                 "--log-file", str(log)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    assert [line["status"] for line in lines] == ["ingested"]


def test_log_file_under_a_file_is_one_error_line(tmp_path: Path) -> None:
    blocker = tmp_path / "logs"
    blocker.write_text("a file where the folder would be")
    result = runner.invoke(app, ["ingest", str(_papers(tmp_path)), "--db",
                                 str(tmp_path / "papers.duckdb"), "--quiet",
                                 "--log-file", str(blocker / "ingest.jsonl")])
    assert result.exit_code == 2
    assert result.output.count("error:") == 1 and "cannot open the log file" in result.output
