"""Whether two recommendation blocks of a report are one recommendation printed twice (in the
summary and in the body, or a draft and its final wording) or two of their own.

Near-copies are the same block: difflib's ratio of their texts at least ``SAME_BLOCK_RATIO``,
or one inside the other. But a report that decides several schemes alike words each one's
recommendation alike ("That the Board overrules the objections and that the ... (St Mary's Gate,
Lunecaster) ... Order 2028 be made" and the same for "(Kiln Lane, Halton Mill)"): blocks that
each name things the other does not are two recommendations, however alike the rest. A repeat
names nothing new (a summary's short form names fewer things, a subset of the body's)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# Two recommendation blocks this alike (difflib's ratio) are the same block printed twice.
SAME_BLOCK_RATIO = 0.5
# Each of two alike blocks names at least this many things the other does not: two schemes,
# two sites, two orders (one differing name is a repeat's variant spelling or a date).
MIN_OWN_NAMES = 2
# A name: a capitalised word or a figure; the first word of a line is capitalised anyway.
_NAME = re.compile(r"(?<!^)(?<![.:;]\s)\b(?:[A-Z][\w'’-]*|\d[\d/.-]*\d|\d)\b", re.M)


def same_block(a: str, b: str) -> bool:
    """Whether blocks ``a`` and ``b`` are one recommendation printed twice."""
    if a.lower() in b.lower() or b.lower() in a.lower():
        return True
    if SequenceMatcher(None, a.lower(), b.lower()).ratio() < SAME_BLOCK_RATIO:
        return False
    return not _named_apart(a, b)


def _named_apart(a: str, b: str) -> bool:
    names_a, names_b = _names(a), _names(b)
    return len(names_a - names_b) >= MIN_OWN_NAMES and len(names_b - names_a) >= MIN_OWN_NAMES


def _names(text: str) -> set[str]:
    return {m.group(0).lower() for m in _NAME.finditer(text)}
