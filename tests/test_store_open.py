"""The schema check's shortcut: a database set up by this source skips the check; a changed
source, or a database from an earlier version, gets its tables and columns brought up to date."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from kcc_papers.store_open import SCHEMA_TABLE, connect, tree_fingerprint


def _tree(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / "__pycache__").mkdir()
    (root / "a.py").write_text("A = 1\n")
    (root / "sub" / "b.py").write_text("B = 2\n")
    (root / "notes.txt").write_text("not a module\n")


def test_fingerprint_changes_when_a_module_is_edited(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = tree_fingerprint(tmp_path)
    assert tree_fingerprint(tmp_path) == before
    module = tmp_path / "sub" / "b.py"
    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert tree_fingerprint(tmp_path) != before


def test_fingerprint_ignores_bytecode_and_other_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    before = tree_fingerprint(tmp_path)
    (tmp_path / "__pycache__" / "a.cpython-311.py").write_text("cached\n")
    (tmp_path / "notes.txt").write_text("edited notes\n")
    assert tree_fingerprint(tmp_path) == before
    (tmp_path / "sub" / "c.py").write_text("C = 3\n")
    assert tree_fingerprint(tmp_path) != before


def test_database_of_an_earlier_version_gets_the_missing_column(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    with connect(db):
        pass
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE kpis DROP COLUMN cabinet_member")
    # an earlier version's marks: neither this source nor this schema's digest
    con.execute(f"DELETE FROM {SCHEMA_TABLE}")
    con.close()
    with connect(db) as con:
        names = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'kpis'").fetchall()}
    assert "cabinet_member" in names


def test_database_set_up_by_this_source_is_not_checked_again(tmp_path: Path) -> None:
    db = tmp_path / "papers.duckdb"
    with connect(db):
        pass
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE kpis DROP COLUMN cabinet_member")
    con.close()
    # the source mark is still there: the shortcut trusts it and leaves the table as found
    with connect(db) as con:
        names = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'kpis'").fetchall()}
    assert "cabinet_member" not in names
