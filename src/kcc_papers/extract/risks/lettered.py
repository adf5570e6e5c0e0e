"""A register whose header names no id column by the usual words ("Ref", "Risk No.") but heads
its columns "Risk | Description | Owner | L | I | Score": the id column is headed "Risk", and
the factors by their letters alone, with the score they make beside them. The letters side by
side as words of their own and a score's word on one short line are a register's header, not
prose; the paper must say it is about risks as well."""

from __future__ import annotations

import re

# The factors' letters side by side as words of their own ("L I", "P I", "L C"), then a
# score's word on the same line ("Owner  L  I  Score  Trend").
LETTERS_AND_SCORE = re.compile(r"(?<!\S)(?-i:[LP])[ \t]+(?-i:[IC])(?!\S)[^\n]*?"
                               r"\b(?:Score|Rating)\b", re.I)
RISK_WORD = re.compile(r"\brisks?\b", re.I)
# A header is a short line; a longer one is prose that happens to hold the letters.
HEADER_LINE_CHARS = 120


def lettered_header(text: str) -> bool:
    """Whether a short line heads the factors' columns by their letters beside a score."""
    if not RISK_WORD.search(text):
        return False
    for m in LETTERS_AND_SCORE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if len(line) <= HEADER_LINE_CHARS:
            return True
    return False
