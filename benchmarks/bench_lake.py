"""Lake benchmark: the same files through the single-machine ingest, lake-ingest with the
local engine and lake-ingest on a Dask LocalCluster, each a whole CLI process on a fresh
database or lake, in the same run; then loading the lake into a fresh DuckDB file.

    python benchmarks/bench_lake.py [FOLDER] [--workers N] [--rounds N]

FOLDER defaults to ../shared/corpus/pdfs (the real papers), else data/raw. Prints seconds and
pages/s per pass, pages/s per worker (the figure docs/scale.md sizes a cluster from), the
Dask overhead against the local engine (of which the cluster's start and stop, measured on
an empty folder), and the lake's size in parts and bytes against the DuckDB file's. Each pass
is run ``--rounds`` times, interleaved, and its best time kept: on a shared machine the
load of the moment moves a single run by a factor of two.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"
CLI = "import sys; from kcc_papers.cli import main; sys.argv[0] = 'kcc-papers'; main()"


def run(*args: str) -> tuple[float, str]:
    """A kcc-papers command in a child process: (seconds, stdout)."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True,
                          check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"kcc-papers {args[0]} failed:\n{done.stderr}")
    return seconds, done.stdout


def pages_of(stdout: str) -> int:
    return int(json.loads(stdout.splitlines()[-1])["pages"])


def size(path: Path) -> tuple[int, int]:
    """(files, bytes) under ``path``."""
    files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
    return len(files), sum(p.stat().st_size for p in files)


def one_round(folder: Path, workers: str) -> dict[str, float]:
    """Every pass once, on a fresh database and fresh lakes: seconds per pass and sizes."""
    with tempfile.TemporaryDirectory(prefix="bench-lake-") as tmp:
        t = Path(tmp)
        ingest_s, out = run("ingest", str(folder), "--db", str(t / "single.duckdb"),
                            "--workers", workers, "--quiet", "--json")
        pages = pages_of(out)
        local_s, _ = run("lake-ingest", str(folder), "--out", str(t / "lake-local"),
                         "--workers", workers, "--json")
        dask_s, out = run("lake-ingest", str(folder), "--out", str(t / "lake-dask"),
                          "--engine", "dask", "--workers", workers, "--json")
        assert pages_of(out) == pages, "the engines read different pages"
        (t / "empty").mkdir()
        start_stop_s, _ = run("lake-ingest", str(t / "empty"), "--out", str(t / "lake-empty"),
                              "--engine", "dask", "--workers", workers, "--json")
        load_s, _ = run("load", str(t / "lake-dask"), "--db", str(t / "loaded.duckdb"))
        parts, lake_bytes = size(t / "lake-dask")
        _, db_bytes = size(t / "single.duckdb")
    return {"ingest": ingest_s, "local": local_s, "dask": dask_s, "start_stop": start_stop_s,
            "load": load_s, "pages": pages, "parts": parts, "lake_bytes": lake_bytes,
            "db_bytes": db_bytes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=CORPUS if CORPUS.is_dir() else ROOT / "data" / "raw")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, seconds in one_round(args.folder, str(args.workers)).items():
            best[name] = min(best.get(name, seconds), seconds)
    pages = int(best.pop("pages"))
    parts, lake_bytes, db_bytes = (int(best.pop(k)) for k in ("parts", "lake_bytes",
                                                                "db_bytes"))
    ingest_s, local_s, dask_s = best["ingest"], best["local"], best["dask"]
    start_stop_s, load_s = best["start_stop"], best["load"]
    n = args.workers
    print(f"{args.folder}: {pages} pages, {n} workers on {os.cpu_count()} cores, best of "
          f"{args.rounds} rounds, load average {os.getloadavg()[0]:.1f}")
    print(f"{'pass':<44} {'seconds':>8} {'pages/s':>8} {'per worker':>10}")
    for name, s in (("ingest (single machine, DuckDB file)", ingest_s),
                    ("lake-ingest --engine local", local_s),
                    ("lake-ingest --engine dask (LocalCluster)", dask_s)):
        print(f"{name:<44} {s:8.2f} {pages / s:8.1f} {pages / s / n:10.1f}")
    print(f"{'  of which cluster start and stop':<44} {start_stop_s:8.2f}")
    print(f"{'load (lake -> fresh DuckDB file)':<44} {load_s:8.2f}")
    print(f"dask overhead vs the local engine: {dask_s - local_s:+.2f} s "
          f"({dask_s / local_s:.2f}x); without the cluster's start and stop: "
          f"{dask_s - start_stop_s - local_s:+.2f} s")
    print(f"lake: {parts} files ({parts / max(pages, 1):.2f} per page), {lake_bytes / 1e6:.1f} MB;"
          f" the DuckDB file: {db_bytes / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
