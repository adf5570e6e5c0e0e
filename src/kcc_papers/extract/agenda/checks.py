"""Check a pack's split against its own agenda: an item that promises "(Pages 7 - 14)" should
have a document there. Printed page numbers are compared where the pack prints them; a text
export without page numbers is checked by title instead."""

from __future__ import annotations

import re

from kcc_papers.models import AgendaItem, Document, Finding

# An agenda item and a document are about the same subject when this share of the shorter
# title's words is in both.
SAME_SUBJECT_SHARE = 0.5
STOP = {"the", "of", "and", "for", "a", "an", "on", "to", "in", "update", "report", "-", "–"}


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOP}


def _same_subject(item: AgendaItem, doc: Document) -> bool:
    if item.title.lower().startswith("minutes") and doc.kind == "minutes":
        return True
    a, b = _words(item.title), _words(doc.title)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME_SUBJECT_SHARE


def check_split(items: list[AgendaItem], documents: list[Document], pack_id: str) -> list[Finding]:
    papers = [i for i in items if i.page_from is not None]
    if not papers:
        return []
    printed = any(d.printed_page_from is not None for d in documents)
    findings = []
    for item in papers:
        if printed:
            problem = _page_problem(item, documents)
        elif not any(_same_subject(item, d) for d in documents):
            problem = f"no document in the pack matches item {item.item_ref} '{item.title}'"
        else:
            problem = None
        if problem:
            findings.append(
                Finding(
                    document_id=pack_id, record_table="agenda_items", record_ref=item.item_ref,
                    check="agenda_split_mismatch", severity="warning", message=problem,
                    page=item.page,
                )
            )
    return findings


def _page_problem(item: AgendaItem, documents: list[Document]) -> str | None:
    starting = [d for d in documents if d.printed_page_from == item.page_from]
    if not starting:
        return (f"item {item.item_ref} says pages {item.page_from}-{item.page_to}, but no "
                f"document in the pack starts on printed page {item.page_from}")
    doc = starting[0]
    assert doc.printed_page_from is not None
    end = doc.printed_page_from + doc.pages - 1
    # The agenda range may include a trailing "intentionally left blank" page we dropped.
    if item.page_to is not None and not end <= item.page_to <= end + 1:
        return (f"item {item.item_ref} says pages {item.page_from}-{item.page_to}, but the "
                f"document found there runs to printed page {end}")
    return None
