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


# A field's label, near its line's start: "Membership:", "Church representatives (voting on
# proposals affecting church" / "schools): ...". A sentence wrapped over lines ("You are
# invited to attend a meeting of the Committee to be held in the" / "Banqueting Suite on ...")
# is prose before a paper's heading, no field: its lines count as they are.
_LABEL = re.compile(r"^[^:.]{1,60}:(?:\s|$)")


def wrapped_field_lines(texts: list[str]) -> int:
    """How many of a masthead's lines ``texts`` go on from the line above, a labelled field's
    value wrapped (blank lines between the two are passed over; a line going on from one
    that went on counts too; a run of lines counts only when one of them prints the label)."""
    wrapped = 0
    run: list[str] = []  # a line and the lines going on from it
    for text in texts:
        if not text.strip():
            continue
        above = run[-1] if run else None
        if above is not None and (_OPEN_END.search(above) or _unclosed(above)
                                  or _GOES_ON.match(text)):
            run.append(text)
            continue
        wrapped += _field_wraps(run)
        run = [text]
    return wrapped + _field_wraps(run)


def _field_wraps(run: list[str]) -> int:
    """The lines a run wrapped onto, where the run is a labelled field (_LABEL)."""
    return len(run) - 1 if any(_LABEL.match(line) for line in run) else 0
