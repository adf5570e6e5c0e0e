"""A register whose header names no id column by the usual words ("Ref", "Risk No.") but heads
its columns "Risk | Description | Owner | L | I | Score": the id column is headed "Risk", and
the factors by their letters alone, with the score they make beside them. The letters side by
side as words of their own and a score's word on one short line are a register's header, not
prose (the reader asks as well that the paper says it is about risks)."""

from __future__ import annotations

import functools
import re

# The factors' letters side by side as words of their own ("L I", "P I", "L C"), in capitals
# as a header prints them, whatever case the pattern they go into is matched in.
FACTOR_LETTER_WORDS = r"(?<!\S)(?-i:[LP])[ \t]+(?-i:[IC])(?!\S)"


@functools.cache
def _letters_and_score(max_chars: int) -> re.Pattern[str]:
    """A line of at most ``max_chars`` (a header's, not prose's) holding the letters, then a
    score's word ("Owner  L  I  Score  Trend"). The line's length is looked at first: a look
    along the line from each pair of letters would cost a long line of them (a letter-spaced
    heading, a grid of "L I") its length once per pair."""
    return re.compile(rf"^(?=[^\n]{{0,{max_chars}}}$)[^\n]*?{FACTOR_LETTER_WORDS}"
                      r"[^\n]*?\b(?:Score|Rating)\b", re.I | re.M)


def lettered_header(text: str, max_chars: int) -> bool:
    """Whether a line of at most ``max_chars`` heads the factors' columns by their letters
    beside a score."""
    return bool(_letters_and_score(max_chars).search(text))
