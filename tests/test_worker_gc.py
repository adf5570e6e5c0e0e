"""A worker process collects cyclic garbage less often than Python's default (its reading
churns through short-lived page structures), and still collects it."""

from __future__ import annotations

import gc
from pathlib import Path

from kcc_papers import workers
from kcc_papers.errors import FileError


def thresholds(path: str, sha: str) -> tuple[int, ...]:
    """Run in a worker: its collector's thresholds, once a cycle it made is gone."""
    made: list[object] = []
    made.append(made)  # a cycle, freed by the collector alone
    del made
    return (*gc.get_threshold(), gc.collect())


def failed(path: str, sha: str, exc: FileError) -> tuple[int, ...]:
    raise AssertionError(f"{path}: {exc}")


def test_regression_workers_collect_young_garbage_less_often(tmp_path: Path) -> None:
    todo = [(str(tmp_path / f"f{i}.pdf"), "") for i in range(2)]
    results = list(workers.run_tasks(todo, thresholds, workers=2, kwargs={},
                                     failed=failed,
                                     limits=workers.Limits(file_timeout=60.0)))
    assert len(results) == len(todo)
    for first, *_, collected in results:
        assert first == workers.WORKER_GC_THRESHOLD
        assert collected >= 1  # the cycle: collection still runs
    assert gc.get_threshold()[0] != workers.WORKER_GC_THRESHOLD  # this process is left alone
