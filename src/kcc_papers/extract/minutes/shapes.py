"""Minute numbers of a shape the document itself shows: a short token of letters, digits,
strokes and dots at the start of a line ("M26/01", "1.0", "FC25/101", "2026.14"), followed by a
title. No one shape is known in advance: the tokens are grouped by their skeleton (every run
of digits a slot), and a group whose tokens differ in exactly ONE slot, that slot running up
as one sequence through the document, is the paper's numbering. The constant slots are the
shape's fixed part ("M26/" and "/" in "M26/01"), the varying slot the running number.

This is the reader of last resort: the known styles (candidates.py) go first, and a shape is
tried only where they find no numbering (items.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.patterns import MAX_TITLE_WORDS, SENTENCE, tidy_title

# A token: up to four letters, then digits parted by strokes, dots or hyphens; a closing
# dot, colon or bracket may follow. A title starting with a capital comes after it.
_TOKEN_LINE = re.compile(
    # a label word may come first: "Min 26.07 Apologies"
    r"^(?:(?:Min(?:ute)?s?|Item)\.?\s*(?:No\.?\s*)?)?"
    # the letters may be parted from the digits by a stop or stroke: "C.145/26"
    r"(?P<token>(?:[A-Z]{1,4}[./]?)?\d{1,4}(?:[./-]\d{1,4}){0,2})"
    r"[.:)]?\s+(?P<title>[A-Z'\"‘“].*)$"
)
_SLOT = re.compile(r"\d+")
# A shape is believed only when this many headings carry it, in one running sequence.
MIN_SHAPED_HEADINGS = 3
# ... with at most this many steps that are not +1 (a minute published elsewhere).
_MAX_IRREGULAR_STEPS = 1
_MAX_STEP = 3
# "10.00 am", "14/01/2026": times and dates start lines too; a date's three slots never form
# a shape (three slots, two of them constant, is rejected as too date-like).
_MAX_SLOTS = 2


@dataclass(slots=True, frozen=True)
class _Token:
    index: int
    slots: tuple[str, ...]  # the digit runs as printed
    skeleton: str  # the token with each digit run a "#"
    title: str


def shaped_candidates(texts: list[str]) -> list[Candidate]:
    """The headings of the document's own numbering shape, or none when no shape shows."""
    groups: dict[str, list[_Token]] = defaultdict(list)
    for i, text in enumerate(texts):
        if token := _token(i, text):
            groups[token.skeleton].append(token)
    best: list[Candidate] = []
    for tokens in groups.values():
        found = _sequence(tokens)
        if len(found) > len(best):
            best = found
    return best


def _token(index: int, text: str) -> _Token | None:
    m = _TOKEN_LINE.match(text)
    if not m:
        return None
    title = m.group("title").strip()
    if SENTENCE.match(title) or len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
        return None
    slots = tuple(_SLOT.findall(m.group("token")))
    if len(slots) > _MAX_SLOTS:
        return None
    skeleton = _SLOT.sub("#", m.group("token"))
    return _Token(index, slots, skeleton, title)


def _sequence(tokens: list[_Token]) -> list[Candidate]:
    """The tokens as one running sequence in their one varying slot, or nothing."""
    slot = running_slot([t.slots for t in tokens])
    if slot is None:
        return []
    numbers = [int(t.slots[slot]) for t in tokens]
    template = _template(tokens, slot)
    return [
        Candidate(t.index, n, template, tidy_title(t.title), None, 1)
        for t, n in zip(tokens, numbers, strict=True)
    ]


def running_slot(rows: list[tuple[str, ...]]) -> int | None:
    """The one slot in which tokens of one skeleton differ, when it runs up as one sequence
    (steps of 1 to 3, at most one of them not 1) over enough headings; else None. Shared with
    the agenda reader, whose refs are letters and roman numerals as well as digits."""
    if len(rows) < MIN_SHAPED_HEADINGS:
        return None
    varying = [k for k in range(len(rows[0])) if len({r[k] for r in rows}) > 1]
    if len(varying) != 1:
        return None
    slot = varying[0]
    steps = [int(b[slot]) - int(a[slot]) for a, b in pairwise(rows)]
    if any(not 1 <= s <= _MAX_STEP for s in steps):
        return None
    if sum(1 for s in steps if s != 1) > _MAX_IRREGULAR_STEPS:
        return None
    return slot


def _template(tokens: list[_Token], slot: int) -> str:
    """The style of a shape: "shape:" then the token with its running slot as "{}" (or
    "{:02d}" where the number is printed zero-padded); Candidate.label prints it."""
    first = tokens[0]
    padded = any(t.slots[slot].startswith("0") for t in tokens)
    running = f"{{:0{len(first.slots[slot])}d}}" if padded else "{}"
    parts = first.skeleton.split("#")
    out = parts[0]
    for k, value in enumerate(first.slots):
        out += (running if k == slot else value) + parts[k + 1]
    return "shape:" + out
