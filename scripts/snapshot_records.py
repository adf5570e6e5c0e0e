"""Write every table and view of a kcc-papers database as sorted CSV, without the columns that
change from run to run (timings and timestamps), so that two runs of different code over the same
papers can be compared with ``diff -r``: a refactor or a speed-up must leave them identical.

    python scripts/snapshot_records.py DB OUT_DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

# Columns whose values depend on when or how fast a run was, not on what the papers say.
VOLATILE = {"seconds", "ingested_at", "at"}


def snapshot(db: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db), read_only=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT starts_with(table_name, '_') "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]
    written = []
    for name in names:
        columns = [r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
            [name]).fetchall()]
        kept = ", ".join(f'"{c}"' for c in columns if c not in VOLATILE)
        target = out / f"{name}.csv"
        con.execute(f"COPY (SELECT {kept} FROM {name} ORDER BY ALL) TO '{target}' (HEADER)")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    files = snapshot(args.db, args.out)
    print(f"{len(files)} tables written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
