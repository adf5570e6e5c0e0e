"""A pack's running foot: the line its publisher prints at the foot of every page ("YJS
Management Board | 25 January 2029 | 7"), the page's number aside. It names the pack's meeting
in the publisher's short form; a paper's masthead read from its first lines never includes it,
though a short paper's first lines reach it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kcc_papers.load.model import Page

# A running foot is the last line of at least this many pages.
RUNNING_FOOT_PAGES = 2

_DIGITS = re.compile(r"\d+")


def _key(text: str) -> str:
    """A foot's words without its numbers: the page's number changes from page to page."""
    return " ".join(_DIGITS.sub("#", text).lower().split())


def running_feet(pages: Sequence[Page]) -> set[tuple[int, int]]:
    """Where the running foot stands: (page number, line index) of each page's last line whose
    words end RUNNING_FOOT_PAGES pages or more. Only that line is the foot: the same words
    higher on a page are the paper's own, a masthead printing the meeting as its foot does
    ("Cabinet - 11 June 2026" over a report and at each page's foot)."""
    ends = {page.number: _key(page.lines[-1].text) for page in pages if page.lines}
    seen = Counter(ends.values())
    repeated = {key for key, n in seen.items() if n >= RUNNING_FOOT_PAGES and key.strip("# ")}
    return {(page.number, len(page.lines) - 1) for page in pages
            if page.lines and ends[page.number] in repeated}
