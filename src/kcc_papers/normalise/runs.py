"""Pattern fragments that read a run of whitespace once, not once from each of its characters
or lines: a pattern searched over a long run of spaces or blank lines otherwise tries every
split of it (a text layer of 10,000 spaces took seconds to minutes)."""

from __future__ import annotations


def last_spaces(kept: int) -> str:
    """A run of spaces crossed whole but for its last ``kept`` - 1, read one by one: what
    follows may open on those, and a match opening further back in the run opens on one of
    them as well. The rest of the run is skipped eight spaces at a time, possessively."""
    return rf"(?:\s{{8}}(?=\s{{{kept}}}))*+"


# How many of a run's last spaces a field after it may open on, plus one ("contract for   was
# awarded": a service of three spaces).
SPACES_KEPT = 5
LAST_SPACES = last_spaces(SPACES_KEPT)

# A line's start inside a run of blank lines (up to BLANK_LOOKBACK spaces on each) is no start
# for a pattern opening on "^\s*": the run's first line start reads the same from there, so a
# long run is read once, not from each of its lines.
BLANK_LOOKBACK = 3
AFTER_NO_BLANK_LINE = "".join(rf"(?<!\n\s{{{k}}}\n)" for k in range(BLANK_LOOKBACK + 1))
LINE_START = "^" + AFTER_NO_BLANK_LINE
