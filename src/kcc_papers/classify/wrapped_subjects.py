"""A report's "Subject:" value wrapped onto the next line: "Subject: Growth, Environment and
Transport Directorate Risk" over "Register" (a long title in a header's value column). The
line under it is the title's tail where it is a few words in title type, no label of its own
("Classification: Unrestricted") and no numbered heading or sentence: the kind the title
names ("... Risk Register") is read from the whole title."""

from __future__ import annotations

import re

# A wrapped title's tail: at most this many words.
WRAPPED_TAIL_WORDS = 3
# ... starting with a capital letter, holding no label's colon, ending on no full stop.
TAIL = re.compile(r"^\s*[A-Z][^:]*(?<!\.)\s*$")


def with_wrapped_tail(value: str, below: str | None) -> str:
    """The subject's value, with its tail from the line below where it wrapped there. (A
    value ending on a colon wrapped at its title's parts, "Joint Health and Wellbeing
    Strategy:" over "Outcomes Dashboard": the tail is the title's second part.)"""
    if below is None or value.rstrip().endswith(".") or not TAIL.match(below):
        return value
    if len(below.split()) > WRAPPED_TAIL_WORDS:
        return value
    return f"{value} {below.strip()}"
