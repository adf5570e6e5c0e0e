"""A masthead naming its body in spaced letters over lines ("C O R P O R A T E   R E S O U R
C E S" over "C O M M I T T E E"), extracted with its letters one space apart and the wider gaps
between its words lost: "C O R P O R A T E R E S O U R C E S". Its words are told by another
line of the file that spells the same letters as a body's name, its running foot ("Corporate
Resources Committee | 20 November 2018 | 3"), printed in plain words."""

from __future__ import annotations

import re

from .body_names import is_masthead_name

# A line of spaced letters: single characters one space apart, at least this many.
MIN_SPACED_LETTERS = 4
# The masthead's spaced name runs over this many lines at most.
MAX_SPACED_LINES = 3
# Where a running foot's or header's pieces part: "Name | date | page", "Name - date".
PIECE_BREAK = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _spaced(line: str) -> bool:
    tokens = line.split()
    return len(tokens) >= MIN_SPACED_LETTERS and all(len(t) == 1 for t in tokens)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def spaced_name(head: list[str], text: str) -> dict[str, object]:
    """The body's name (as ``committee``) a run of spaced-letter lines in ``head`` spells, as a
    line of the file's ``text`` (a piece of it) prints it in words, a masthead's name; nothing
    where no run does or no line spells it."""
    runs: list[list[str]] = []
    for line in head:
        if _spaced(line) and runs and runs[-1] and len(runs[-1]) < MAX_SPACED_LINES:
            runs[-1].append(line)
        elif _spaced(line):
            runs.append([line])
        else:
            runs.append([])
    wanted = {_letters(" ".join(run)) for run in runs if run}
    if not wanted:
        return {}
    for line in text.splitlines():
        for piece in PIECE_BREAK.split(line):
            name = " ".join(piece.split())
            if _letters(name) in wanted and is_masthead_name(name):
                return {"committee": name}
    return {}
