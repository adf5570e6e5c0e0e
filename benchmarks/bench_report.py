"""Report benchmark: the report of the corpus and the samples builds in seconds, and a meeting
page stays bounded in size.

    python benchmarks/bench_report.py [--db DB]

Without --db it ingests ../shared/corpus/pdfs (when present) and data/raw into a temporary
database first. Prints the seconds to write the report (best of a few runs), the pages
written, the total size and the largest meeting page; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kcc_papers.pipeline import ingest
from kcc_papers.report import write_report

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"
RUNS = 3
# Targets: the corpus + samples report in seconds, and no meeting page a burden to open.
TARGET_SECONDS = 5.0
TARGET_MEETING_PAGE_BYTES = 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "papers.duckdb"
            folders = [p for p in (CORPUS, ROOT / "data" / "raw") if p.exists()]
            ingest(folders, db, workers=2)
        best = float("inf")
        for _ in range(RUNS):
            started = time.perf_counter()
            summary = write_report(db, Path(tmp) / "report")
            best = min(best, time.perf_counter() - started)
        sizes = {p.name: p.stat().st_size for p in summary.pages}
        meeting = max((s, n) for n, s in sizes.items() if n.startswith("meeting_"))
    print(f"report: {len(summary.pages)} pages ({summary.meetings} meetings), "
          f"{sum(sizes.values()) / 1e3:.0f} kB, best of {RUNS}: {best:.2f}s "
          f"(target < {TARGET_SECONDS:.0f}s)")
    print(f"largest meeting page: {meeting[1]} {meeting[0] / 1e3:.0f} kB "
          f"(target < {TARGET_MEETING_PAGE_BYTES / 1e6:.0f} MB)")
    return 0 if best < TARGET_SECONDS and meeting[0] < TARGET_MEETING_PAGE_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
