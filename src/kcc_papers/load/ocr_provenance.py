"""What OCR leaves on the records: where a document's text came from, and a finding for
each page read with too little confidence to trust."""

from __future__ import annotations

from collections.abc import Sequence

from kcc_papers.load.model import Page, Source
from kcc_papers.load.ocr import CONFIDENCE_FLOOR
from kcc_papers.models import Document, Finding, TextSource


def text_source(pages: Sequence[Page]) -> TextSource:
    """text_layer, ocr (every page OCR'd) or mixed."""
    read = [p.ocr_confidence is not None for p in pages]
    if read and all(read):
        return "ocr"
    return "mixed" if any(read) else "text_layer"


def ocr_findings(source: Source, documents: list[Document],
                 floor: float = CONFIDENCE_FLOOR) -> list[Finding]:
    """An ``ocr_low_confidence`` finding for every OCR'd page below ``floor``, on the
    document the page belongs to (the innermost, not the pack)."""
    out = []
    scanned = [page for page in source.pages if page.ocr_confidence is not None]
    if scanned and not source.iter_text().strip():
        return [Finding(
            document_id=documents[0].document_id, record_table="documents",
            record_ref=documents[0].document_id, check="ocr_low_confidence", severity="warning",
            page=scanned[0].number,
            message=f"OCR found no text in the {len(scanned)} scanned page(s) of this file: "
                    "no records could be read from it",
        )]
    for page in scanned:
        words = len(page.text.split())
        # A scanned blank page among others has no words to distrust.
        if page.ocr_confidence is None or page.ocr_confidence >= floor or not words:
            continue
        doc = _document_of(documents, page.number)
        out.append(Finding(
            document_id=doc.document_id, record_table="documents", record_ref=doc.document_id,
            check="ocr_low_confidence", severity="warning", page=page.number,
            message=f"page {page.number} was read by OCR with a mean word confidence of "
                    f"{page.ocr_confidence:.0f} (floor {floor:.0f}; {words} words): its text "
                    "and any records from it may be wrong",
        ))
    return out


def _document_of(documents: list[Document], number: int) -> Document:
    children = documents[1:] or documents
    for doc in children:
        if doc.page_from is not None and doc.page_to is not None \
                and doc.page_from <= number <= doc.page_to:
            return doc
    return documents[0]
