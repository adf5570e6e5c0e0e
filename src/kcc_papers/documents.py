"""From a loaded file's segments to its Document rows and the extractors' contexts: the one
way of building them, used by the pipeline (reading.py) and by the tests alike."""

from __future__ import annotations

from kcc_papers.extract import Context
from kcc_papers.load import Source
from kcc_papers.load.ocr_provenance import text_source
from kcc_papers.models import Document
from kcc_papers.segment import Segment


def build_documents(source: Source, segments: list[Segment]) -> list[Document]:
    """One Document per segment; a file of several documents also gets a parent ``pack``,
    first in the list."""
    base = source.sha256[:16]

    def doc(n: int, kind: str, title: str | None, page_from: int, page_to: int,
            parent: str | None) -> Document:
        first = source.pages[page_from - 1] if page_from - 1 < len(source.pages) else None
        return Document(
            document_id=f"{base}-{n:02d}", path=source.path, sha256=source.sha256,
            kind=kind,  # type: ignore[arg-type]  # the classifier names a DocumentKind; pydantic checks
            format=source.format, title=title, pages=page_to - page_from + 1, parent_id=parent,
            page_from=page_from, page_to=page_to,
            printed_page_from=first.printed_number if first else None,
            text_source=text_source(source.pages[page_from - 1 : page_to]),
        )

    if len(segments) == 1:
        s = segments[0]
        return [doc(0, s.kind, s.title, 1, len(source.pages), None)]
    # A covering letter ("Direct Dial/Ext: ...") does not name a pack; its first paper does.
    named = next((s for s in segments if s.kind != "other" and s.title), segments[0])
    pack = doc(0, "pack", named.title, 1, len(source.pages), None)
    return [pack] + [
        doc(n, s.kind, s.title, s.page_from, s.page_to, pack.document_id)
        for n, s in enumerate(segments, start=1)
    ]


def papers(documents: list[Document]) -> list[Document]:
    """The documents extractors read: a pack's papers, not the pack itself."""
    return documents[1:] if len(documents) > 1 else documents


def build_contexts(source: Source, segments: list[Segment],
                   documents: list[Document]) -> list[Context]:
    """A Context per segment, each with the file's other papers as its siblings."""
    children = papers(documents)
    return [Context(source, seg, doc, siblings=children)
            for seg, doc in zip(segments, children, strict=True)]
