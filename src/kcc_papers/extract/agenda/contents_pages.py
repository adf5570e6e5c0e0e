"""A pack's contents page read into its agenda: "Contents" over entries led by dots to their
page ("Agenda ........ 3", "Item 4: Housing Compliance Report ........ 6", "Appendix A: Key
performance indicators ........ 7"), bound between the pack's cover and the agenda where the
cover already starts the agenda's document. It lists the pack's papers, not the meeting's
business: an entry's item number printed with its page would start the list (a supplementary
agenda's one paged item) and the agenda's own "1.", "2.", "3." after it would not follow."""

from __future__ import annotations

from itertools import groupby

from kcc_papers.extract.agenda.patterns import ITEM
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.covers import contents_page

# The agenda's own list starts at its first item: "1." (or "A1" where its parts are lettered).
FIRST_REFS = ("1", "A1")


def without_contents_pages(rows: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """``rows`` (page, line) without the lines of a contents page (covers.contents_page: its
    title and its dotted entries) that lists no first item itself, where a later page that is
    none prints the agenda's first item (FIRST_REFS), the agenda proper. Otherwise the page is
    kept: an agenda may print its items so, under that title, and the page after it number
    its own paragraphs from "1." (notes for the public, a report's sections)."""
    pages = [(page, [line.text.strip() for _, line in group])
             for page, group in groupby(rows, key=lambda row: row[0])]
    first = [_lists_first_item(texts) for _, texts in pages]
    # (a contents page whose own entries start at the first item is the agenda, printed so)
    listing = [contents_page(texts) and not first[n] for n, (_, texts) in enumerate(pages)]
    dropped: set[int] = set()
    agenda_after = False  # a page after this one, no contents page, prints the first item
    # (read from the last page back, each page once: a long pack's pages are many)
    for n in reversed(range(len(pages))):
        if listing[n] and agenda_after:
            dropped.add(pages[n][0])
        agenda_after = agenda_after or (first[n] and not listing[n])
    if not dropped:
        return rows
    return [(page, line) for page, line in rows if page not in dropped]


def _lists_first_item(texts: list[str]) -> bool:
    return any((m := ITEM.match(text)) is not None and m.group("ref") in FIRST_REFS
               for text in texts)
