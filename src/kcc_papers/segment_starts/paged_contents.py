"""A pack's contents page whose entries are set in a page column rather than led by dots to
their page (covers.contents_page): "Contents" over "Item | Paper | Page" rows, each entry's
line ending in its page or page range ("Minutes of the Council, 11 October 2029    3",
"Appendix 2: Consultation Responses 38 - 40"). Before the pack's agenda it is the pack's
cover, no document of its own: the agenda names the same papers, and its items are read
from the agenda (read from the cover too, each item was read twice)."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.covers import CONTENTS_TITLE

# An entry's line ending in its page or page range after a gap: "... 2029   3", "... 6 - 9",
# "... 38 – 40" (a line of the number alone is a page's printed number, not an entry).
PAGED_ENTRY = re.compile(r"\S\s+\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s*$")
# At least this many entries under the title: fewer, and "Contents" may be a heading of a
# paper whose lines end in figures by chance.
PAGED_ENTRIES_MIN = 3
# The entries are looked for within this many lines under the title (a pack's contents page
# lists a few dozen papers and appendices at most).
PAGED_ENTRY_LINES = 60


def paged_contents(lines: list[str]) -> bool:
    """Whether ``lines`` hold a contents page: its title on a line of its own, and at least
    PAGED_ENTRIES_MIN lines under it ending in a page or page range."""
    title = next((i for i, s in enumerate(lines) if CONTENTS_TITLE.match(s)), None)
    if title is None:
        return False
    entries = lines[title + 1: title + 1 + PAGED_ENTRY_LINES]
    return sum(1 for s in entries if PAGED_ENTRY.search(s)) >= PAGED_ENTRIES_MIN


# An entry numbered by its agenda item ("3. Minutes of the Meeting held on 20 March 2029 3",
# "6 6 - 9"): such a contents page lists the agenda's items over again.
ITEM_NUMBERED = re.compile(r"^\s*\d{1,2}\.?\s+\S")


def lists_items(lines: list[str]) -> bool:
    """Whether a contents page's entries are numbered as the agenda's items (at least
    PAGED_ENTRIES_MIN of them): joined to the agenda, its items would be read twice."""
    return sum(1 for s in lines if ITEM_NUMBERED.match(s)) >= PAGED_ENTRIES_MIN


def meeting_named_again(flat: list[tuple[int, int, Line]], cover: int, agenda: int) -> bool:
    """Whether the agenda starting at flat line ``agenda`` opens its own page under the line
    the cover at ``cover`` opens with: the pack's running head ("Calderbrook Fire and Rescue
    Authority | Audit and Governance Committee | 26 June 2029"), naming the meeting on the
    agenda's page as on the cover's. Only then is the cover's masthead no loss when its
    contents page, listing the agenda's items over again, is dropped: without it the
    masthead alone names the meeting, and the cover is joined to the agenda instead."""
    page = flat[agenda][0]
    first = next(i for i in range(agenda, -1, -1) if i == 0 or flat[i - 1][0] != page)
    return (flat[cover][0] != page
            and flat[first][2].text.strip() == flat[cover][2].text.strip() != "")
