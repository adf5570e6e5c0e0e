"""A register whose header names no id column by the usual words ("Ref", "Risk No.") but heads
its columns "Risk | Description | Owner | L | I | Score": the id column is headed "Risk", and
the factors by their letters alone, with the score they make beside them. The letters side by
side as words of their own and a score's word on one short line are a register's header, not
prose (the reader asks as well that the paper says it is about risks)."""

from __future__ import annotations

import re

# The factors' letters side by side as words of their own ("L I", "P I", "L C"), in capitals
# as a header prints them, whatever case the pattern they go into is matched in.
FACTOR_LETTER_WORDS = r"(?<!\S)(?-i:[LP])[ \t]+(?-i:[IC])(?!\S)"
# ... then a score's word on the same line ("Owner  L  I  Score  Trend").
LETTERS_AND_SCORE = re.compile(FACTOR_LETTER_WORDS + r"[^\n]*?\b(?:Score|Rating)\b", re.I)


def lettered_header(text: str, max_chars: int) -> bool:
    """Whether a line of at most ``max_chars`` (a header's, not prose's) heads the factors'
    columns by their letters beside a score."""
    for m in LETTERS_AND_SCORE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if (end if end >= 0 else len(text)) - start <= max_chars:
            return True
    return False
