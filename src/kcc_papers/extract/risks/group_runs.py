"""A register's header printed over two rows, stages over their factors ("Inherent | Current |
Target" over "L | I | Score" under each), whose lower row the reader gave without the blank
cells before it: the sub-headings then stand under the id and title columns ("L | I | Score |
L | ..." from the first column), not under the groups they belong to.

The header says where they belong itself: a lower row that is one run of sub-headings repeated
once per group of the row above, the groups printed that run's width apart, is the groups'
sub-headings, each run under its group."""

from __future__ import annotations

from itertools import pairwise

# A run is two sub-headings at least (a factor and a score), repeated for two groups at least.
MIN_RUN = 2
MIN_GROUPS = 2


def under_groups(top: list[str], sub: list[str]) -> list[str] | None:
    """``sub`` set under ``top``'s groups where it repeats one run once per group but stands
    elsewhere; None where it is not such a row or already stands under them."""
    subs = [" ".join(c.split()) for c in sub]
    filled = [c for c in subs if c]
    headings = _groups(top)
    # the runs stand under the first groups; a column of its own may follow them ("Owner",
    # printed on the top row only), its heading straight after the last run
    for count in range(len(headings), MIN_GROUPS - 1, -1):
        groups, after = headings[:count], headings[count:]
        if len(filled) % count:
            continue
        width = len(filled) // count
        run = filled[:width]
        if width < MIN_RUN or filled != run * count:
            continue
        # the groups stand a run's width apart, the cells between them blank (each group's
        # heading spans its run's columns)
        if any(b - a != width for a, b in pairwise([*groups, *after[:1]])):
            continue
        break
    else:
        return None
    first = groups[0]
    placed = [""] * first + run * len(groups)
    if subs[: len(placed)] == placed:
        return None  # already under its groups: the header reads as printed
    return placed


def _groups(top: list[str]) -> list[int]:
    """The columns of the row's last headings that are each followed by blank cells up to the
    next (its groups, each spanning the columns up to the next one); the last group's blank
    cells may be left off the row's end."""
    cells = [" ".join(c.split()) for c in top]
    filled = [i for i, c in enumerate(cells) if c]
    # the groups are the filled cells after the last one with a filled cell straight after it
    # (the id and title columns, printed side by side, stand before them)
    start = 0
    for k in range(len(filled) - 1):
        if filled[k + 1] == filled[k] + 1:
            start = k + 1
    return filled[start:]
