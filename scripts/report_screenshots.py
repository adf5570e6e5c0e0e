"""Refresh the README's screenshots of the report (docs/report-*.png) from the samples:
ingest data/raw into a temporary database, write the report, and let headless Chromium
photograph one page of each type."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from kcc_papers.pipeline import ingest
from kcc_papers.report import data, write_report

ROOT = Path(__file__).resolve().parents[1]
PAGES = {"overview": "index.html",
         "meeting": data.page_name("-/policy-and-resources-cabinet-committee/2025-01-15"),
         "kpis": "kpis.html", "risks": "risks.html", "findings": "findings.html"}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--hide-scrollbars"]
# Tall enough for each page's charts; the meeting page down to its decisions and votes.
HEIGHTS = {"meeting": 2300, "risks": 1900}
DEFAULT_HEIGHT = 1100
TIMEOUT_SECONDS = 90


def main() -> int:
    browser = shutil.which("chromium")
    if browser is None:
        print("chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        return 1
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "papers.duckdb"
        ingest([ROOT / "data" / "raw"], db, workers=1)
        site = write_report(db, Path(tmp) / "report").out
        for kind, name in PAGES.items():
            shot = docs / f"report-{kind}.png"
            subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp}/profile",
                            f"--screenshot={shot}",
                            f"--window-size=1280,{HEIGHTS.get(kind, DEFAULT_HEIGHT)}",
                            (site / name).as_uri()],
                           check=True, capture_output=True, timeout=TIMEOUT_SECONDS)
            print(shot.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
