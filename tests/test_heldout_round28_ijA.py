"""Regression tests for the documents, minutes, agenda and decisions misses of held-out round
28's batches I and J (papers received as plain text, e-mail and web pages, and one London
borough's ModernGov week), each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.models import AgendaItem, Decision, Document, Minute
from kcc_papers.pipeline import process_file

MARKDOWN_EXPORT = """---
title: "Meeting papers - Parish Council, 14 May 2029"
layout: meeting
---

# Oakhurst Parish Council

## Agenda

You are summoned to attend a meeting of **Oakhurst Parish Council** on
**Monday 14 May 2029 at 7.30 pm** in the Village Hall.

| No. | Item |
|----:|------|
| 1 | Apologies for absence |
| 2 | Minutes of the meeting held on 16 April 2029 |
| 3 | Allotments |

---

# Oakhurst Parish Council

## Minutes of the Parish Council Meeting

**Held on:** Monday 16 April 2029 at 7.30 pm
**Present:** Cllr A Dunmore (Chair), Cllr B Fenwick, Cllr C Hollis

### 29/041 Apologies for absence

Apologies were received from Cllr D Pratt.

### 29/042 Allotment rents

**Resolved:** that allotment rents rise to £40 a plot from 1 October 2029.

### 29/043 Bus shelter

**Resolved:** to accept the quotation of Shelterco Ltd of £4,200 excluding VAT.

*The meeting closed at 8.40 pm.*
"""


def _read(text: str, tmp_path: Path) -> tuple[list[Document], list[object]]:
    """The documents split out of a text paper (the pack itself left out) and its records."""
    path = tmp_path / "paper.txt"
    path.write_text(text)
    result = process_file(str(path))
    docs = result.documents[1:] if len(result.documents) > 1 else result.documents
    return docs, list(result.records)


def test_markdown_export_reads_as_its_agenda_and_minutes(tmp_path: Path) -> None:
    """A Markdown export's "###" minute headings, "**Resolved:**" lines, pipe-table agenda and
    "---" document breaks read as the plain text they stand for (load/markdown.py)."""
    docs, records = _read(MARKDOWN_EXPORT, tmp_path)
    kinds = sorted((d.kind, str(d.meeting_date)) for d in docs)
    assert kinds == [("agenda", "2029-05-14"), ("minutes", "2029-04-16")]
    items = [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)]
    assert items == [("1", "Apologies for absence"),
                     ("2", "Minutes of the meeting held on 16 April 2029"),
                     ("3", "Allotments")]
    minutes = [(m.minute_number, m.title) for m in records if isinstance(m, Minute)]
    assert minutes == [("29/041", "Apologies for absence"), ("29/042", "Allotment rents"),
                       ("29/043", "Bus shelter")]
    decisions = [d.decision_text for d in records if isinstance(d, Decision)]
    assert len(decisions) == 2 and "allotment rents rise" in decisions[0]
