"""OCR benchmark: scanned copies of text papers (pages rendered to images, an image-only PDF
written, as tests/scanned.py builds them) read back at each render DPI, with the time per
page and the F1 of their records against the originals' (minute numbers, titles,
resolutions; agenda item refs and titles); then OCR pages/s of a whole `kcc-papers ingest`
of the scanned copies (workers and all).

    python benchmarks/bench_ocr.py [--dpi 200,300] [--workers N]

Uses the first pages of a few corpus minutes and agendas (../shared/corpus/pdfs), else the
samples in data/raw. Needs Tesseract (scripts/system-deps.sh).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the scanned-copy builder the tests use

from kcc_papers import pipeline  # noqa: E402
from kcc_papers.load import ocr  # noqa: E402
from scanned import f1, record_keys, scan_copy, text_copy  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"
# (file, 0-based pages): short stretches, so a run takes minutes, not hours
CORPUS_PAPERS = [
    ("kent_cabinet_2025-01-09_minutes.pdf", [0, 1, 2]),
    ("kent_cabinet_2025-01-30_agenda_frontsheet.pdf", [0, 1]),
    ("bristol_tcpc_2024-09-12_printed_minutes.pdf", [0, 1, 2]),
    ("kent_county_council_2025-01-09_agenda_frontsheet.pdf", [0]),
]
SAMPLE_PAPERS = [
    ("sample_printed_minutes.pdf", [0, 1, 2]),
    ("sample_agenda_pack.pdf", [0, 1]),
]


def papers() -> list[tuple[Path, list[int]]]:
    if CORPUS.exists():
        return [(CORPUS / name, pages) for name, pages in CORPUS_PAPERS]
    return [(ROOT / "data" / "raw" / name, pages) for name, pages in SAMPLE_PAPERS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", default="200,300", help="render resolutions to compare")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not ocr.available():
        sys.exit("Tesseract is not installed (scripts/system-deps.sh; pip install '.[ocr]')")
    chosen = papers()
    default_dpi = ocr.DPI
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "scans"
        folder.mkdir()
        expected, scans = [], []
        for n, (src, pages) in enumerate(chosen):
            original = pipeline.process_file(str(text_copy(src, Path(tmp) / f"o{n}.pdf", pages)))
            expected.append(record_keys(original.records))
            scans.append(scan_copy(src, folder / f"{src.stem}.pdf", pages))
        pages_total = sum(len(p) for _, p in chosen)
        print(f"OCR benchmark: {len(chosen)} scanned copies, {pages_total} pages, "
              f"{os.cpu_count()} cores")
        print(f"\n{'dpi':>5}{'s/page':>9}{'mean F1':>9}{'min F1':>8}  per paper")
        for dpi in (int(d) for d in args.dpi.split(",")):
            ocr.DPI = dpi
            started = time.perf_counter()
            scores = [f1(exp, record_keys(pipeline.process_file(str(scan)).records))
                      for exp, scan in zip(expected, scans, strict=True)]
            per_page = (time.perf_counter() - started) / pages_total
            detail = " ".join(f"{s:.2f}" for s in scores)
            print(f"{dpi:>5}{per_page:>9.2f}{sum(scores) / len(scores):>9.3f}"
                  f"{min(scores):>8.2f}  {detail}")
        ocr.DPI = default_dpi
        from bench_ingest import cli_ingest

        seconds, rss = cli_ingest([folder], Path(tmp) / "ocr.duckdb", args.workers)
        print(f"\nkcc-papers ingest of the scans ({args.workers} workers, DPI {ocr.DPI}): "
              f"{pages_total / seconds:.2f} OCR pages/s ({seconds:.1f}s), peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
