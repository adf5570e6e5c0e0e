"""Mutated real files into the loaders (and the whole per-file pipeline): only typed errors
may come out. The seeds are the committed samples in data/raw, so this runs anywhere."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from badfiles import GOOD
from kcc_papers.errors import FileError
from kcc_papers.load import load
from kcc_papers.pipeline import process_file

SEEDS = {p.name: p.read_bytes() for p in GOOD}
# KCC_FUZZ_EXAMPLES=2000 for a long hunt; the suite's default stays quick.
EXAMPLES = int(os.environ.get("KCC_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


Edit = tuple[str, float, float, bytes]
EDIT = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "delete", "splice", "nul"]),
    st.floats(0, 1), st.floats(0, 1), st.binary(min_size=1, max_size=64),
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    """A sample and a few byte-level edits at relative positions (a short repr when a case
    fails; the bytes are rebuilt by :func:`apply`)."""
    return draw(st.sampled_from(sorted(SEEDS))), draw(st.lists(EDIT, min_size=1, max_size=4))


def apply(name: str, edits: list[Edit]) -> bytes:
    """Flips, cuts, inserts, deletions, NUL runs and splices of the file's own bytes (which
    keep PDF syntax plausible and so reach deeper than random noise)."""
    data = bytearray(SEEDS[name])
    for op, where, other, blob in edits:
        if not data:
            break
        i, j = int(where * (len(data) - 1)), int(other * (len(data) - 1))
        if op == "flip":
            data[i] = blob[0]
        elif op == "cut":
            del data[i:]
        elif op == "insert":
            data[i:i] = blob
        elif op == "delete":
            del data[i : i + 1 + j % 512]
        elif op == "splice":
            data[i : i + 64] = data[j : j + 64]
        else:
            data[i : i + 8] = b"\x00" * 8
    return bytes(data)


def write(name: str, data: bytes, folder: str) -> Path:
    path = Path(folder) / f"fuzzed{Path(name).suffix}"
    path.write_bytes(data)
    return path


def load_fully(path: Path) -> None:
    """Load, and touch what extractors touch first: text of every page, tables of page 1."""
    with load(path) as source:
        assert source.pages
        source.iter_text()
        source.pages[0].tables  # noqa: B018


@FUZZ
@given(mutated())
def test_mutated_samples_load_or_raise_typed_errors(case: tuple[str, list[Edit]]) -> None:
    name, edits = case
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_fully(write(name, apply(name, edits), folder))
        except FileError as exc:
            assert exc.kind != "internal_error"
            assert exc.path and exc.message


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".pdf", ".txt", ".html", ""]))
def test_arbitrary_bytes_load_or_raise_typed_errors(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder, contextlib.suppress(FileError):
        load_fully(write(f"x{suffix}", data, folder))


@settings(max_examples=max(1, EXAMPLES * 2 // 3), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_mutated_samples_never_crash_the_pipeline(case: tuple[str, list[Edit]]) -> None:
    """Past the loader, segmenting and extracting junk may find little, but a bug there
    would surface as an internal_error: there must be none."""
    name, edits = case
    with tempfile.TemporaryDirectory() as folder:
        result = process_file(str(write(name, apply(name, edits), folder)))
    assert result.error is None or result.error.error_kind != "internal_error", result.error
    if result.error is None:
        assert result.documents
        crashed = [f for f in result.findings if f.check == "extractor_failed"]
        assert not crashed, crashed[0].message
