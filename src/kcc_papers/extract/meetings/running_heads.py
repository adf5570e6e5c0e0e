"""The running head a pack prints atop its pages: which lines are it, and the document's lines
without it (a masthead read below it, not the pack's label above).
"""

from __future__ import annotations

from collections import Counter

from kcc_papers.extract import Context
from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.textclean import furniture, is_furniture
from kcc_papers.segment_starts.heading_kinds import in_printed_order

# A running head is the first line of this many pages, in type smaller than their body text.
RUNNING_HEAD_PAGES = 2


def _running_heads(ctx: Context) -> set[str]:
    """The texts a PDF prints at the top of its pages as furniture: the same first line on
    several pages, set smaller than the page's body."""
    if ctx.source.format != "pdf":
        return set()
    seen: Counter[str] = Counter()
    for page in ctx.source.pages:
        sizes = sorted(line.size for line in page.lines if line.size)
        first = page.lines[0] if page.lines else None
        if first and first.size and first.size < sizes[len(sizes) // 2]:
            seen[first.text] += 1
    return {text for text, n in seen.items() if n >= RUNNING_HEAD_PAGES}


def _under_running_heads(ctx: Context, heads: set[str]) -> list[Line]:
    """The document's unstamped lines without the running head atop each page (the same
    words lower on the page, a masthead repeating it, are kept)."""
    out: list[Line] = []
    page = None
    # (a text file's running head is its furniture: the same line atop its pages; one that
    # dates the pack's meeting is dropped from minutes, whose heading then gives their date;
    # the council's name atop each page still names their body, and an agenda's masthead may
    # read its wrapped name whole from the head, "_printed_longer")
    keys = (furniture(ctx.source.pages)
            if ctx.source.format != "pdf" and ctx.document.kind == "minutes" else set())
    # (the minutes' pages bound out of order read from their own heading's page)
    for number, line in in_printed_order(ctx.segment.lines):
        top, page = number != page, number
        if not line.stamp and not (top and (line.text in heads or (
                keys and is_furniture(line.text, keys) and find_date(line.text)))):
            out.append(line)
    return out
