"""A masthead's field wrapped over lines: "Membership: Councillors Petra Langdon (Chair), Hugh
Ellery (Vice-" / "Chair), Sunita Bhatt, ..." / "and Yvonne Alder". The lines the field runs
on to are one field of the masthead, not lines of a paper before its heading."""

from __future__ import annotations

import re

# A line that leaves its sentence open: it ends on a hyphen, a comma, an open bracket or a
# joining word ("Councillors A, B" / "and C").
_OPEN_END = re.compile(r"(?:[-,(&/]|\b(?:and|or|of|the|for|to))\s*$", re.I)
# A line that goes on from the one above: it opens in lower case ("and Yvonne Alder",
# "schools): Canon ..."). (A line closing a bracket it did not open, "Chair), Sunita Bhatt",
# goes on from one that left it open, which _unclosed sees; by itself it is as often a
# numbered list's entry, "2) Minutes", which goes on from nothing.)
_GOES_ON = re.compile(r"^\s*[a-z]")


def _unclosed(text: str) -> bool:
    """Whether ``text`` opens a bracket it does not close ("Church representatives (voting
    on proposals affecting church")."""
    return text.count("(") > text.count(")")


def wrapped_field_lines(texts: list[str]) -> int:
    """How many of a masthead's lines ``texts`` go on from the line above, its field's
    value wrapped (blank lines between the two are passed over; a line going on from one
    that went on counts too)."""
    wrapped = 0
    above: str | None = None
    for text in texts:
        if not text.strip():
            continue
        if above is not None and (_OPEN_END.search(above) or _unclosed(above)
                                  or _GOES_ON.match(text)):
            wrapped += 1
        above = text
    return wrapped
