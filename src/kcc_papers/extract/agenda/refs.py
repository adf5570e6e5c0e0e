"""An item's ref and the numbering it runs in: which ref follows which ("4" -> "5",
"A6" -> "B1", "4.1" after "4"), and what an item's line prints as its title.
"""

from __future__ import annotations

import re

from kcc_papers.extract.agenda.patterns import (
    INDENT_TOLERANCE,
    ITEM,
    LEADING_NOTE,
    MAX_REF_STEP,
    NOT_A_TITLE,
    PAGES,
    PRIVATE_NOTE,
)
from kcc_papers.load.model import Line


def _titled(m: re.Match[str]) -> str | None:
    """The title an item's line prints after its ref, a note before it ("(Exempt)") left out;
    None where what follows the ref is no title (a time, a date's month, a bare note)."""
    title = m.group("title")
    note = LEADING_NOTE.match(title)
    if note:
        title = title[note.end() :]
    return None if NOT_A_TITLE.match(title) else title


def _private(title: str) -> bool:
    """The note before the title says the item is taken in private ("(Exempt)", "(Part 2)")."""
    note = LEADING_NOTE.match(title)
    return bool(note and PRIVATE_NOTE.match(note.group("note")))


def _paged(text: str, ahead: list[str]) -> bool:
    """The item's line prints its page range, or the line under it starts with it (the range
    wrapped onto a line of its own)."""
    return bool(PAGES.search(text) or (ahead and PAGES.match(ahead[0])))


def _sequence_continues(ref: str, ahead: list[str]) -> bool:
    for text in ahead:
        m = ITEM.match(text)
        if m and _titled(m) is not None:
            return _follows(ref, m.group("ref")) and _step(ref, m.group("ref")) == 1
    return False


# The refs a list's own first item prints: before the first section marker a list starts at one.
LIST_STARTS = ("1", "A1", "1a")
# The first item of an agenda numbered within its sections ("1.1 Welcome and Apologies",
# "1.2 Declarations of Interest", ..., "2.1 Corporate Risk Register"), as a health board
# numbers its committees' business.
FIRST_SECTIONED = "1.1"
# ... when the next numbered line is the section's next item: a report's paragraph "1.1"
# over a sentence is no item's start unless "1.2" follows it as an item does.
NEXT_SECTIONED = "1.2"


def _sectioned_start(ref: str, ahead: list[str]) -> bool:
    """Whether ``ref`` starts an agenda numbered within its sections: "1.1", the next
    numbered line "1.2" (whose step is no whole number, so no running number continues), and
    no list's own first item ("1") below it (front notes "1.1", "1.2" over an agenda of
    "1 Apologies", "2 ...": the list starts at its "1", not at the notes)."""
    if ref != FIRST_SECTIONED:
        return False
    refs = [m.group("ref") for text in ahead
            if (m := ITEM.match(text)) and _titled(m) is not None]
    return refs[:1] == [NEXT_SECTIONED] and not any(r in LIST_STARTS for r in refs)


def _same_indent(a: Line | None, b: Line) -> bool:
    """Two lines at one indent (a clerk's repeated number, "2449. ... / 2449. ...")."""
    return bool(a and a.x0 is not None and b.x0 is not None
                and abs(a.x0 - b.x0) <= INDENT_TOLERANCE)


def _follows(prev: str, ref: str, limit: int | None = MAX_REF_STEP) -> bool:
    """Refs increase: 4 -> 5, A6 -> B1, 3 -> 3a. Guards against numbered description lines:
    a number more than ``limit`` past the last (None: any number) is no item's."""
    (pl, pn, ps), (rl, rn, rs) = _key(prev), _key(ref)
    if _YEARED.match(ref) and not _YEARED.match(prev):
        # a list numbered by year and running number ("25/040") is so from its first item: a
        # year's number under an item numbered plainly is a case's reference in its text (a
        # planning application's "28/0012 - Bryn Teg ..." under "7. Planning consultations")
        return False
    if pl != rl:
        return rl > pl and (not pl or rn == 1)
    return (rn, rs) > (pn, ps) and (limit is None or rn - pn <= limit)


# A ref numbered by year and running number: "25/040".
_YEARED = re.compile(r"\d{2}/")


def _step(prev: str, ref: str) -> int:
    return _key(ref)[1] - _key(prev)[1]


def _key(ref: str) -> tuple[str, int, str]:
    """A parish numbers its agenda by year and running number ("25/040"): the year stands
    where a letter would, so the items still run on within it."""
    m = re.match(r"(?:(\d{2})/)?([A-Z]?)(\d+)(?:\.(\d+))?\(?([a-zA-Z]?)", ref)
    assert m
    # "4.1" follows "4" and comes before "4.2" and "5" (its sub-number compared as a number);
    # "6(a)" is "6a"
    sub = f".{int(m.group(4)):03d}" if m.group(4) else ""
    # ("11A", an item added under 11, is "11a")
    return (m.group(1) or "") + m.group(2), int(m.group(3)), sub + m.group(5).lower()
