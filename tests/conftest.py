"""Shared fixtures. Corpus tests read ../shared/corpus and skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from kcc_papers.extract import Context
from kcc_papers.load import load
from kcc_papers.models import Document
from kcc_papers.segment import segment

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def corpus_file(relative: str) -> Path:
    """Path to a real paper; skips the test when the corpus is not beside the project."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"corpus file {relative} not available")
    return path


def contexts(path: Path, kind: str | None = None) -> list[Context]:
    """Load and segment a file, and return a Context per document (of ``kind`` if given),
    with its sibling documents filled in as the pipeline does."""
    source = load(path)
    segs = segment(source)
    docs = [
        Document(
            document_id=f"{source.sha256[:16]}-{n:02d}",
            path=str(path),
            sha256=source.sha256,
            kind=seg.kind,  # type: ignore[arg-type]
            format=source.format,
            title=seg.title,
            pages=seg.page_to - seg.page_from + 1,
            page_from=seg.page_from,
            page_to=seg.page_to,
        )
        for n, seg in enumerate(segs)
    ]
    return [
        Context(source, seg, doc, siblings=docs)
        for seg, doc in zip(segs, docs, strict=True)
        if kind is None or seg.kind == kind
    ]


def text_contexts(text: str, kind: str | None = None, tmp: Path | None = None) -> list[Context]:
    """Contexts for a paper given as text (written to a temporary file)."""
    import tempfile

    folder = Path(tmp or tempfile.mkdtemp())
    path = folder / "paper.txt"
    path.write_text(text)
    return contexts(path, kind)
