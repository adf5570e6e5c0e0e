"""Minute numbers of a shape the document itself shows: a short token at the start of a line
("M26/01", "1.0", "FC25/101", "2026.14", "CAB 121", "P/26/12", "(a)", "iv."), after a label
word or not ("Minute 25/045 -", "Item 5", "Cofnod 41 -"), followed by a title on its line or,
the token alone, on the next. No one shape is known in advance: the tokens are grouped by their
skeleton (every run of digits, every letter and every roman numeral a slot; a label word is
part of the skeleton but not of the number), and the longest chain of a group whose tokens
differ in exactly ONE slot, that slot running up, is the paper's numbering. Tokens of the
group that do not fit the chain (the "(i)" of a list under minute "(d)") are passed over.

A title printed run-in ("Minute 25/045 - Apologies for Absence. Apologies were received ...")
ends at its first full stop; the rest of the line is the minute's text.

This is the reader of last resort: the known styles (candidates.py) go first, and a shape is
tried only where they find no numbering (items.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from kcc_papers.extract.minutes.candidates import Candidate
from kcc_papers.extract.minutes.patterns import (
    MAX_HEAD_WORDS,
    MAX_TITLE_WORDS,
    SENTENCE,
    TITLE_NOISE,
    roman_value,
    tidy_title,
)
from kcc_papers.extract.minutes.title_splits import split_dash

# A label word before the number ("Minute", "Item", "Cofnod", "Min."), "No." after it.
_LABEL = r"(?:(?P<label>[A-Z][a-z]{1,11})\.?\s+(?:No\.?\s*)?)?"
_TOKEN = (
    # up to four capitals, then digits parted by strokes, dots or hyphens: the capitals may be
    # parted from the digits by a stop, a stroke or a space ("C.145/26", "P/26/12", "CAB 121")
    r"(?P<token>(?:[A-Z]{1,4}(?:[./]|\s(?=\d))?)?\d{1,4}(?:[./-]\d{1,4}){0,2}"
    # or a letter or roman numeral with its bracket or stop: "(a)", "b)", "C.", "(iv)"; a
    # small roman numeral after the body's code of capitals and a space ("HC iv.", a heritage
    # coast joint committee's), the code a fixed part of the shape
    r"|(?P<letter>(?:[A-Z]{2,4}\s(?=[ivx]{1,5}\.))?\(?(?:[a-z]|[A-Z]|[ivx]{1,5}|[IVX]{1,5})[.)]))"
)
# A title may open with a planning application's number ("PC26/37 26/00231/FUL - Science
# Park"): figures, strokes and a letter code, never a date ("14/01/2026").
_APPLICATION = r"\d{1,4}/(?:\d{3,6}/[\dA-Z]{2,6}|\d{2,6}/[A-Z]{2,6})\b"
# ... or with a figure and the unit or code glued to it ("JTB 35 20MPH SPEED LIMIT, ...",
# "20mph Zones", "3G Pitch"): a figure followed by a word is a sentence's count, not a title.
_FIGURED_WORD = r"\d{1,4}(?:[A-Z]{1,4}|mph)\b"
# ... or with the financial year it is of ("HTB 8 2025/26 BUDGET MONITORING", "2026-27 Fees
# and Charges"): a year and the next one's last figures, no date nor count.
_FINANCIAL_YEAR = r"(?:19|20)\d{2}[/-](?:\d{2}|(?:19|20)\d{2})\b"
_TITLE_START = re.compile(r"[A-Z'\"‘“]|" + _APPLICATION + "|" + _FIGURED_WORD + "|"
                          + _FINANCIAL_YEAR)
_TOKEN_LINE = re.compile(
    r"^" + _LABEL + _TOKEN + r"(?(letter)|[.:)]?)(?:\s+[-–—])?\s+(?P<title>(?:"
    + _TITLE_START.pattern + r").*)$"
)
_TOKEN_ALONE = re.compile(r"^" + _LABEL + _TOKEN + r"(?(letter)|[.:)]?)\s*$")
# "Apologies for Absence. Apologies were received from ...": a title run into its text.
_RUN_IN = re.compile(r"^(?P<head>.+?[\w)’'])\.\s+(?P<rest>[A-Z(£\d].*)$")
_PIECE = re.compile(r"\d+|(?<![A-Za-z])(?:[ivx]{1,5}|[IVX]{1,5}|[A-Za-z])(?![A-Za-z])")
_DIGITS = re.compile(r"\d+")
# A shape is believed only when this many headings carry it, in one running sequence.
MIN_SHAPED_HEADINGS = 3
# ... with at most this many steps that are not +1 (a minute published elsewhere).
_MAX_IRREGULAR_STEPS = 1
_MAX_STEP = 3
# "118/25-26": a running number and the municipal year; more slots are no minute number.
_MAX_SLOTS = 3
# "14/01/2026", "14.01.26": a date starts lines too, and is no minute number.
_DATE_TOKEN = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(?:\d{2}|\d{4})$")


@dataclass(slots=True, frozen=True)
class _Token:
    index: int
    slots: tuple[int, ...]  # each slot's value: a number, a letter's place, a numeral's value
    skeleton: str  # the label and token with each slot a "#", "l", "L" or "r"
    number: str  # the number as printed, without its label and brackets
    title: str
    title_lines: int = 1
    inline_body: str | None = None
    # its title reads like a sentence ("Members' declarations ..."): taken only to fill the
    # one number missing between two headings of the chain
    weak: bool = False


def shaped_candidates(texts: list[str]) -> list[Candidate]:
    """The headings of the document's own numbering shape, or none when no shape shows."""
    groups: dict[str, list[_Token]] = defaultdict(list)
    for i in range(len(texts)):
        for token in _tokens(texts, i):
            groups[token.skeleton].append(token)
    best: tuple[tuple[int, int], list[_Token], int] = ((0, 0), [], 0)
    for tokens in groups.values():
        for slot in range(len(tokens[0].slots)):
            chain = _fill_gaps(_chain([t for t in tokens if not t.weak], slot), tokens, slot)
            # the longer chain; of two alike, the one running in the leading slot ("2.0"
            # over "1.2": the major number, not its paragraphs)
            rank = (len(chain), -slot)
            if len(chain) >= MIN_SHAPED_HEADINGS and rank > best[0]:
                best = (rank, chain, slot)
    _, chain, slot = best
    return [
        Candidate(t.index, t.slots[slot], "shape:" + t.number.replace("{", "{{").replace(
            "}", "}}"), t.title, None, t.title_lines, inline_body=t.inline_body)
        for t in chain
    ]


def _tokens(texts: list[str], index: int) -> list[_Token]:
    """The line's leading token, read every way its letters allow ("i" is a letter and a
    roman numeral), with its title: on the line, or on the next line under a token alone."""
    text = texts[index]
    m = _TOKEN_LINE.match(text)
    lines, inline = 1, None
    if m:
        following = texts[index + 1] if index + 1 < len(texts) else ""
        title, inline = _run_in(m.group("title").strip(), following)
    elif (alone := _TOKEN_ALONE.match(text)) and index + 1 < len(texts):
        # (a web page's link after the title, "Minutes PDF 98 KB", is no labelled number)
        m, title, lines = alone, TITLE_NOISE.sub("", texts[index + 1]).strip(), 2
        if _numbered_alike(alone, title):
            return []
    else:
        return []
    if not _TITLE_START.match(title):
        return []
    token = m.group("token") or m.group("letter")
    label = m.group("label") or ""
    number = token.strip("()") if m.group("letter") else token
    out = []
    for roman in (False, True):
        shape = _shape(token, roman, lettered=bool(m.group("letter")))
        if shape is not None:
            skeleton, slots = shape
            out.append(_Token(index, slots, f"{label}|{skeleton}", number.rstrip("."),
                              tidy_title(title), lines, inline, weak=not _titleish(title)))
    return list(dict.fromkeys(out))


def _numbered_alike(alone: re.Match[str], title: str) -> bool:
    """The line under a number alone is a numbered line of the same kind (another heading's
    number, not this one's title): its number printed with the label this one prints, or
    with none as this one prints none. A title opening on a word and a figure ("Quarter 2
    Performance Report" under "PR 61") reads as a label and its number only so: the word is
    no label the number alone over it prints."""
    other = _TOKEN_LINE.match(title) or _TOKEN_ALONE.match(title)
    # (and with the code this one prints before its figures: a road's "A20 Corridor" under
    # "JTB 35", "M20 Junction 5" under "35" are titles, not numbers of another kind)
    return (other is not None and other.group("label") == alone.group("label")
            and _code(other) == _code(alone))


def _code(m: re.Match[str]) -> str:
    """The letters a token prints before its first figure ("JTB " of "JTB 35", "" of "35")."""
    token = m.group("token") or m.group("letter") or ""
    return _DIGITS.split(token, maxsplit=1)[0]


def _run_in(title: str, following: str) -> tuple[str, str | None]:
    """A title and the text run in after its full stop or dash, or the title alone."""
    head, rest = split_dash(title, following)
    if rest is not None:
        return head, rest
    m = _RUN_IN.match(title)
    if m and len(m.group("head").split()) <= MAX_HEAD_WORDS:
        return m.group("head"), m.group("rest")
    return title, None


def _titleish(title: str) -> bool:
    return (bool(_TITLE_START.match(title)) and not SENTENCE.match(title)
            and len(title.split()) <= MAX_TITLE_WORDS and not title.endswith("."))


def _shape(token: str, roman: bool, lettered: bool) -> tuple[str, tuple[int, ...]] | None:
    """The token's skeleton and slot values, its letters read as roman numerals or not. In a
    token of digits the capitals are its fixed part ("P/26/12"); in "(a)" the letter runs."""
    skeleton, slots, last = "", [], 0
    for piece in (_PIECE if lettered else _DIGITS).finditer(token):
        value = piece.group()
        if value.isdigit():
            kind, number = "#", int(value)
        elif roman and all(c in "ivxIVX" for c in value):
            kind, number = "r", roman_value(value.upper())
        elif len(value) == 1 and value.isalpha():
            kind, number = ("l" if value.islower() else "L"), ord(value.lower()) - ord("a") + 1
        else:
            return None
        skeleton += token[last : piece.start()] + kind
        slots.append(number)
        last = piece.end()
    skeleton += token[last:]
    if not slots or len(slots) > _MAX_SLOTS or _DATE_TOKEN.match(token):
        return None
    return skeleton, tuple(slots)


def _chain(tokens: list[_Token], slot: int) -> list[_Token]:
    """The longest chain of ``tokens`` (in document order, passing over those that do not
    fit) running up in ``slot``, the other slots constant: steps of 1 to 3, at most one of
    them not 1."""
    # best[i][u]: (length, previous) of the longest chain ending at i with u irregular steps
    best: list[list[tuple[int, int | None]]] = []
    for i, b in enumerate(tokens):
        row: list[tuple[int, int | None]] = [(1, None), (0, None)]
        for j in range(i):
            a = tokens[j]
            if any(x != y for k, (x, y) in enumerate(zip(a.slots, b.slots, strict=True))
                   if k != slot):
                continue
            step = b.slots[slot] - a.slots[slot]
            if step == 1:
                for u in (0, 1):
                    if best[j][u][0] and best[j][u][0] + 1 > row[u][0]:
                        row[u] = (best[j][u][0] + 1, j)
            elif 1 < step <= _MAX_STEP and best[j][0][0] + 1 > row[1][0]:
                row[1] = (best[j][0][0] + 1, j)
        best.append(row)
    if not best:
        return []
    end, used = max(((i, u) for i in range(len(best)) for u in (0, 1)),
                    key=lambda iu: (best[iu[0]][iu[1]][0], -iu[1]))
    chain: list[_Token] = []
    at: int | None = end
    while at is not None:
        chain.append(tokens[at])
        prev = best[at][used][1]
        if prev is not None and used == 1 and tokens[at].slots[slot] - tokens[prev].slots[
                slot] != 1:
            used = 0  # the one irregular step is behind us
        at = prev
    return chain[::-1]


def _fill_gaps(chain: list[_Token], tokens: list[_Token], slot: int) -> list[_Token]:
    """A weak heading whose number is exactly the one missing between two chain neighbours
    (and between them on the page) joins the chain."""
    out = chain[:1]
    for a, b in pairwise(chain):
        want = a.slots[slot] + 1
        if b.slots[slot] == want + 1:
            fit = [t for t in tokens if a.index < t.index < b.index and t.slots[slot] == want
                   and t.slots[:slot] + t.slots[slot + 1:] == a.slots[:slot] + a.slots[slot + 1:]]
            out += fit[:1] if len(fit) == 1 else []
        out.append(b)
    return out


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
