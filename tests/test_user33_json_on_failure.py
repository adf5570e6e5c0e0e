"""README: "`ingest --json` prints one JSON object on stdout". A run that stopped (exit 2: a
missing path, a damaged or busy database) printed nothing there, so a nightly job parsing
stdout met an empty file instead of the reason. It now prints `{"ok": false, "error":
{kind, message, exit}}`; the `error:` line on stderr and the exit status are as before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# bytes that are no DuckDB file: the database named is damaged
NOT_A_DATABASE = b"\x00not a duckdb file\xff" * 300


def _ingest_json(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kcc_papers", "ingest", "--json", "--quiet",
                           *args], capture_output=True, text=True, cwd=ROOT, check=False,
                          timeout=120)


def _papers(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "minutes.txt").write_text("Cabinet\nMinutes of the meeting held on 30 January "
                                        "2025\n1. Apologies\nNone.\n")
    return folder


def test_a_missing_path_is_one_json_object_with_the_reason(tmp_path: Path) -> None:
    run = _ingest_json(str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb"))
    assert run.returncode == 2
    got = json.loads(run.stdout)
    assert got["ok"] is False and got["error"]["kind"] == "usage" and got["error"]["exit"] == 2
    assert "nowhere" in got["error"]["message"]
    assert run.stderr.startswith("error: ") and len(run.stderr.splitlines()) == 1


def test_a_damaged_database_is_one_json_object_with_the_reason(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    db.write_bytes(NOT_A_DATABASE)
    run = _ingest_json(str(_papers(tmp_path)), "--db", str(db))
    assert run.returncode == 2
    got = json.loads(run.stdout)
    assert got == {"ok": False, "error": {"kind": "database_damaged",
                                          "message": got["error"]["message"], "exit": 2}}
    assert "damaged" in got["error"]["message"]


def test_a_good_run_prints_only_its_summary(tmp_path: Path) -> None:
    run = _ingest_json(str(_papers(tmp_path)), "--db", str(tmp_path / "x.duckdb"))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["ok"] is True
