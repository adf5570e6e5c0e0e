"""A masthead naming its body in spaced letters over lines ("C O R P O R A T E   R E S O U R
C E S" over "C O M M I T T E E"), extracted with its letters one space apart and the wider gaps
between its words lost: "C O R P O R A T E R E S O U R C E S". Its words are told by another
line of the file that spells the same letters as a body's name, its running foot ("Corporate
Resources Committee | 20 November 2018 | 3"), printed in plain words."""

from __future__ import annotations

from .body_names import is_masthead_name
from .spelt_names import RUNNING_PARTS, letters

# A line of spaced letters: single characters one space apart, at least this many.
MIN_SPACED_LETTERS = 4
# The masthead's spaced name runs over this many lines at most.
MAX_SPACED_LINES = 3


def _spaced(line: str) -> bool:
    tokens = line.split()
    return len(tokens) >= MIN_SPACED_LETTERS and all(len(t) == 1 for t in tokens)


def _runs(head: list[str]) -> list[list[str]]:
    """Each run of consecutive spaced-letter lines in ``head``."""
    runs: list[list[str]] = [[]]
    for line in head:
        if _spaced(line):
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _candidates(runs: list[list[str]]) -> list[str]:
    """The letters each run's last lines spell, longest first: the body meeting is named last,
    nearest its date, under the council's name in the same spaced letters ("B R A C K E N S H
    I R E ..." over "C O R P O R A T E   R E S O U R C E S" over "C O M M I T T E E")."""
    return [letters(" ".join(run[-size:])) for run in runs
            for size in range(min(len(run), MAX_SPACED_LINES), 0, -1)]


def _pieces(text: str, wanted: set[str]) -> dict[str, str]:
    """Each line piece of ``text`` spelling ``wanted`` letters as a masthead's name, by its
    letters (the first found)."""
    named: dict[str, str] = {}
    for line in text.splitlines():
        for piece in RUNNING_PARTS.split(line):
            name = " ".join(piece.split())
            if (spelt := letters(name)) in wanted and spelt not in named and (
                    is_masthead_name(name)):
                named[spelt] = name
    return named


def spaced_name(head: list[str], text: str) -> dict[str, object]:
    """The body's name (as ``committee``) a run of spaced-letter lines in ``head`` spells, as a
    line of the file's ``text`` (a piece of it) prints it in words, a masthead's name; nothing
    where no run does or no line spells it."""
    candidates = _candidates(_runs(head))
    if not candidates:
        return {}
    named = _pieces(text, set(candidates))
    return next(({"committee": named[c]} for c in candidates if c in named), {})
