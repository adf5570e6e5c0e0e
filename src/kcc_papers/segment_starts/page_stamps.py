"""Stamps that number a file's pages, not its items: "Agenda Item 1" overprinted on the agenda's
own page, "Agenda Item 2" on the next, and so on to the last page, each page's number. An
agenda is no item of itself, and an item's paper running onto a second page keeps its item's
stamp: stamps that count every page from 1 say where a page is, not which paper it is."""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.item_stamps import ITEM_STAMP
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP

# A run of this many pages at least: two or three stamps may by chance follow the pages.
PAGE_STAMPS_MIN_PAGES = 4


def stamps_number_pages(flat: list[tuple[int, int, Line]]) -> bool:
    """Whether every page of a file of PAGE_STAMPS_MIN_PAGES pages or more carries an item
    stamp near its top whose number is the page's own number."""
    pages = sorted({page for page, _, _ in flat})
    if len(pages) < PAGE_STAMPS_MIN_PAGES or pages[0] != 1:
        return False
    stamped: dict[int, str] = {}
    for page, idx, line in flat:
        if idx < ITEM_STAMP_TOP and page not in stamped and "item" in line.text.lower() and (
                m := ITEM_STAMP.match(line.text)):
            stamped[page] = m.group("item")
    return all(stamped.get(page) == str(page) for page in pages)
