"""Where ingest's CPU goes: cProfile over a real ingest, in one process.

    python benchmarks/profile_ingest.py [FOLDER] [--top N] [--sort cumulative|tottime] [--cold]

Reads every file of FOLDER (default ../shared/corpus/pdfs, else data/raw) with the workers'
own ``process_file``, once unprofiled to import everything and time the CPU, then under
cProfile; then a whole ``pipeline.ingest`` into a fresh database with the files read in this
process, to show the parent's share (writing). CPU seconds (``time.process_time``), not wall
time: the machine is shared. The top lines are what benchmarks/NOTES.md quotes.

The warm pass hides what a worker pays on its first file of each kind (patterns compiled at
run time, the models' validators built, caches filled): ``--cold`` instead prepares the
process as the workers' server does (its patterns installed, collection held off during the
imports and then frozen, a worker's collection threshold) and profiles the first pass.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "pdfs"


def read_all(files: list[Path]) -> int:
    from kcc_papers.reading import process_file

    pages = 0
    for f in files:
        result = process_file(str(f))
        if result.error:
            raise SystemExit(f"{f}: {result.error.message}")
        pages += result.pages
    return pages


def as_a_worker() -> None:
    """This process as a forked worker starts: the server's preload, a worker's collector."""
    import gc
    from importlib import import_module

    from kcc_papers import pattern_cache, workers

    gc.disable()
    pattern_cache.install()
    for name in pattern_cache.READERS:
        import_module(name)
    gc.freeze()
    gc.enable()
    gc.set_threshold(workers.WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def ingest_all(folder: Path, db: Path) -> None:
    from kcc_papers.pipeline import ingest

    ingest([folder], db, workers=1)


def top(profile: cProfile.Profile, sort: str, count: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats(sort).print_stats(count)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--cold", action="store_true",
                        help="profile the first pass of a process prepared as a worker")
    args = parser.parse_args()
    folder = args.folder or (CORPUS if CORPUS.exists() else ROOT / "data" / "raw")
    files = sorted(folder.rglob("*.pdf"))
    if args.cold:
        as_a_worker()
        profile = cProfile.Profile()
        profile.runcall(read_all, files)
        print(f"reading {len(files)} files once, as a worker (first pass, profiled)")
        print(top(profile, args.sort, args.top))
        return

    read_all(files)  # imports, and the files in the page cache
    started = time.process_time()
    pages = read_all(files)
    print(f"reading {len(files)} files, {pages} pages: {time.process_time() - started:.2f} s CPU "
          "(one process, unprofiled)")
    profile = cProfile.Profile()
    profile.runcall(read_all, files)
    print(top(profile, args.sort, args.top))

    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        ingest_all(folder, Path(tmp) / "warm.duckdb")
        print(f"whole ingest into a fresh database, files read in this process: "
              f"{time.process_time() - started:.2f} s CPU (unprofiled)")
        profile = cProfile.Profile()
        profile.runcall(ingest_all, folder, Path(tmp) / "profiled.duckdb")
    print(top(profile, args.sort, args.top))


if __name__ == "__main__":
    main()
