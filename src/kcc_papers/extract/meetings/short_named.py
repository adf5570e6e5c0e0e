"""A masthead naming its organisation's meeting by the organisation's short name: "National
Park Authority meeting, 5 December 2028" under "Calderfell National Park Authority". The
line's words before "meeting" end the name of the organisation printed above it; the meeting
is that organisation's (its members meeting as a whole), on the line's date."""

from __future__ import annotations

import re

from .council import as_printed

# "<short name> meeting": the organisation's name without its place, then the word meeting.
# (a bare "Board meeting" or "Authority meeting" is mastheads.BARE_BODY_MEETING's: one word
# names no organisation's tail worth matching, so two words at least are asked for)
SHORT_NAMED_MEETING = re.compile(
    r"^\s*(?P<short>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|&))+)\s+meeting\s*$")
# The organisation's line above: a name without digits or a label's colon, of this many
# characters at most (a sentence above is no masthead).
ORGANISATION_CHARS = 80
# How many lines above the meeting's line the organisation's name may stand.
LINES_ABOVE = 3
# The small words a name joins its capitalised words with; any other word in lower case
# makes the line a sentence ("Report of the Chief Executive to the Licensing Committee").
NAME_JOINERS = {"and", "of", "the", "&", "for"}


def organisation_meeting(name: str, above: list[str]) -> str | None:
    """The organisation named in full above ``name`` when ``name`` is "<the end of that
    organisation's name> meeting"; None otherwise."""
    m = SHORT_NAMED_MEETING.match(name)
    if not m:
        return None
    short = " ".join(m.group("short").split()).lower()
    for line in reversed(above[-LINES_ABOVE:]):
        full = " ".join(line.split())
        if _a_name(full) and full.lower().endswith(" " + short):
            return as_printed(full)
    return None


def _a_name(line: str) -> bool:
    """Whether ``line`` is an organisation's name: short, no label's colon, no digits, each
    word capitalised or a joining word (a report's heading "... to the Licensing Committee"
    ends with a meeting's name but is a sentence, not the organisation)."""
    return (len(line) <= ORGANISATION_CHARS and ":" not in line
            and not any(c.isdigit() for c in line)
            and all(w[:1].isupper() or w in NAME_JOINERS for w in line.split()))
