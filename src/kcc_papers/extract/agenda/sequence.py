"""Agenda items by the document's own numbering: the lines whose leading token is of one shape
and runs up as one sequence ("A." "B." "C.", "i." "ii." "iii.", "PB 26/01" "PB 26/02",
"Item 01 -" "Item 02 -"). No ref style is known in advance: each leading token is turned into
a skeleton and its slots (a run of digits, a capital letter or a roman numeral is a slot), and
the tokens of one skeleton that differ in one running slot are the items (the rule the minutes
reader applies to minute numbers, minutes/shapes.running_slot).

The reader of last resort: it is tried only where the known ref styles (reader.py) find no
item list, so no agenda the known styles read changes."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from kcc_papers.extract.agenda.lettered_parts import lettered_parts
from kcc_papers.extract.agenda.patterns import MARGIN_TOLERANCE
from kcc_papers.extract.minutes.shapes import MIN_SHAPED_HEADINGS, running_slot
from kcc_papers.load.model import Line

# A leading token, after an optional "Item" label or a start time ("18:30 LC1"): letters and
# digits with strokes or dots, a capital letter alone, or a roman numeral. Then a stop, colon,
# bracket or dash, and a title that starts with a capital.
_LEAD = re.compile(
    r"^(?:(?:Agenda\s+)?Item\s+(?:No\.?\s*)?)?(?:(?:[01]?\d|2[0-3])[.:][0-5]\d\s+)?"
    # a code's letters (in its own case: "BoD 26/030") and its numbers parted by a space, stroke
    # or dot ("PE/26/21", "LC1")
    r"(?P<token>[A-Z][A-Za-z]{0,3}[\s/.]?\d{1,4}(?:[./]\d{1,4}){0,2}|\d{1,4}(?:[./]\d{1,4})?|[A-Z]"
    r"|[ivx]{1,5}"
    r"|[IVX]{2,5})"
    r"(?:[.:)]|\s+[-–])?\s+"
    # a timed agenda's start time after the ref ("SDP 4  10.15  Serious violence duty")
    r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d\s+)?(?P<title>[A-Z'‘\"“].*)$"
)
_PIECE = re.compile(r"\d+|(?<![A-Za-z])(?:[ivx]{1,5}|[IVX]{1,5}|[A-Z])(?![A-Za-z])")
_ROMAN = {"i": 1, "v": 5, "x": 10}
# A title that runs this many words is a sentence of the text, not an item's title.
MAX_TITLE_WORDS = 16
# Points a wrapped title line's start may lie off the title's column (a text character).
WRAP_TOLERANCE = 6.0
# A title line ending so was wrapped: a joining word or mark ends no title, nor a bracket
# left open ("... tender award (Lots 1" over "and 2)").
OPEN_END = re.compile(r"(?:\b(?:and|of|the|for|to|on|in|with|a|an|by|at|from)|[-–:,&])\s*$"
                      r"|\([^()]*$", re.I)
# A title wraps onto at most this many lines under its row.
MAX_WRAPPED_LINES = 2
# A text-layer row's columns are parted by this many spaces: the title is the first one.
_COLUMN_GAP = re.compile(r"\s{3,}")


def led_by_a_ref(text: str) -> bool:
    """Whether a line starts with a leading token of some numbering ("PB2 Minutes ..."), the
    shape this reader reads items by."""
    return bool(_LEAD.match(text.strip()))


@dataclass(slots=True, frozen=True)
class SequencedItem:
    ref: str
    title: str
    page: int


@dataclass(slots=True, frozen=True)
class _Token:
    index: int
    ref: str
    skeleton: str
    slots: tuple[str, ...]  # each slot's value as a number
    title: str


def sequenced_items(lines: list[tuple[int, Line]],
                    edges: dict[int, float] | None = None) -> list[SequencedItem]:
    """The longest run of lines whose leading tokens share a shape and run up, or none.
    ``edges``: each PDF page's right margin (title_lines._right_edges), where a title's line
    may be broken unfinished."""
    groups: dict[str, list[_Token]] = defaultdict(list)
    for i, (_, line) in enumerate(lines):
        for token in _tokens(i, line):
            groups[token.skeleton].append(token)
    best: list[_Token] = []
    for tokens in groups.values():
        run = _first_run(tokens)
        if len(run) > len(best) and not _particulars(run):
            best = run
    return _with_parts(lines, best, edges or {})


def _with_parts(lines: list[tuple[int, Line]], run: list[_Token],
                edges: dict[int, float]) -> list[SequencedItem]:
    """The run's items, each followed by its lettered parts printed between it and the next
    ("vi" then "vi(a)", "vi(b)": lettered_parts), each item's title wrapped up to the next
    line the list prints an item or part on."""
    if not run:
        return []
    texts = [line.text for _, line in lines]
    heads: list[_Token] = []
    for t, end in zip(run, [t.index for t in run[1:]] + [len(lines)], strict=True):
        heads.append(t)
        heads.extend(_Token(i, ref, t.skeleton, t.slots, _title(lines[i][1], title))
                     for i, ref, title in lettered_parts(texts, t.ref, t.index, end))
    ends = [t.index for t in heads[1:]] + [len(lines)]
    return [SequencedItem(t.ref, _wrapped(lines, t, end, edges), lines[t.index][0])
            for t, end in zip(heads, ends, strict=True)]


# A notice set as a form letters its fields ("A. Body", "B. Date and time", "C. Venue", "D.
# Clerk", "E. Public access", "F. Business", round 29's joint waste committee): a run whose
# titles are mostly the meeting's particulars is the form's fields, not its business (listed
# under the last field in a numbering of its own). At least PARTICULARS_SHARE of the run.
# The field's label stands alone or before its value ("Date and time Wednesday 11 March
# 2030"), not before words that make it an item's title ("Date and Time of Next Meeting",
# "Chairman's Announcements", "Membership of the Committee": a lettered agenda's business).
PARTICULARS = re.compile(
    r"^(?:Body|Meeting|Date(?:\s+and\s+time)?|Time|Venue|Place|Location|Clerk|Chair(?:man)?|"
    r"Contact(?:\s+officer)?|Public\s+access|Membership|Members|Quorum)"
    r"(?!['’]s\b|\s+(?:of|for|to|and|in|on|at|the|from|with)\b)(?:\s|$)", re.I)
PARTICULARS_SHARE = 0.5


def _particulars(run: list[_Token]) -> bool:
    """Whether a run's titles are mostly a meeting's particulars (see PARTICULARS)."""
    return sum(1 for t in run if PARTICULARS.match(t.title)) >= PARTICULARS_SHARE * len(run)


def full_line(last: Line, line: Line, edge: float | None) -> bool:
    """``last`` ran so near the right margin ``edge`` that ``line``'s first word would not have
    fitted after it: a line broken there by the margin, not by its writer."""
    words = line.text.split()
    if edge is None or last.x1 is None or line.x0 is None or line.x1 is None or not words:
        return False
    per_char = (line.x1 - line.x0) / max(len(line.text.strip()), 1)
    return last.x1 + per_char * (len(words[0]) + 1) > edge - MARGIN_TOLERANCE


def _wrapped(lines: list[tuple[int, Line]], token: _Token, end: int,
             edges: dict[int, float]) -> str:
    """The title with the lines it wrapped onto: lines under it that start in the title's own
    column and go on in lower case ("Serious violence duty - annual review of the" over
    "response strategy"), or under a line the right margin broke ("... Pres: Tender" over
    "Report"). Lines wholly right of that column are the later columns' wrapped cells (the
    lead's name); a line starting left of it (a "Break" row's time, a note) ends the row."""
    page, first = lines[token.index]
    x = _title_x(first, token.title)
    title = [token.title]
    if x is None:
        return token.title
    above = first
    for _, line in lines[token.index + 1 : end]:
        start, text = _first_cell(line)
        if start is None or start < x - WRAP_TOLERANCE:
            break
        if start > x + WRAP_TOLERANCE:
            continue
        if not (_goes_on(title[-1], text) or full_line(above, line, edges.get(page))) or len(
                title) > MAX_WRAPPED_LINES:
            break
        title.append(text)
        above = line
    return " ".join(title)


def _goes_on(before: str, text: str) -> bool:
    """A title's line goes on on the next: that one starts in lower case or with a figure
    ("the 2026 refresh"), or the line before ends on a word no title ends with ("... of the")."""
    return text[:1].islower() or text[:1].isdigit() or bool(OPEN_END.search(before))


def _title_x(line: Line, title: str) -> float | None:
    """Where the title's column starts: the run of the row that begins with the title (or
    the piece of a run that does, the ref's cell and the title's drawn as one run across a
    column's gap: ``Line.beside``)."""
    pieces = [*line.spans, *(line.beside or [])]
    return next((x for x, text in pieces if text.strip() and title.startswith(text.strip())),
                None)


def _first_cell(line: Line) -> tuple[float | None, str]:
    for x, text in line.spans:
        if text.strip():
            return x, text.strip()
    return line.x0, line.text.strip()


def _tokens(index: int, line: Line) -> list[_Token]:
    """The line's leading token, read every way its letters allow ("C" is a letter, and
    "ii" a roman numeral; a capital "I" or "V" alone may be either)."""
    text = line.text.strip()
    m = _LEAD.match(text)
    if not m:
        return []
    title = _title(line, m.group("title"))
    if not title or len(title.split()) > MAX_TITLE_WORDS or title.endswith("."):
        return []
    token = m.group("token")
    readings: list[_Token] = []
    for roman in (False, True):
        skeleton, slots = _shape(token, roman)
        if skeleton is not None:
            readings.append(_Token(index, token, skeleton, slots, title))
    return list(dict.fromkeys(readings))  # one reading where both read it alike


def _title(line: Line, title: str) -> str:
    """The title alone: a row's later columns (the presenter, the time) are not part of it."""
    spans = [text.strip() for _, text in line.spans if text.strip()]
    if len(spans) > 1 and title.startswith(spans[1]):
        return spans[1]
    return _COLUMN_GAP.split(title.strip())[0]


def _shape(token: str, roman: bool) -> tuple[str | None, tuple[str, ...]]:
    skeleton, slots, last = "", [], 0
    for piece in _PIECE.finditer(token):
        value = piece.group()
        number: int | None
        if value.isdigit():
            kind, number = "#", int(value)
        elif roman or value.islower() or len(value) > 1:
            kind, number = "R", _roman(value.lower())
        else:
            kind, number = "L", ord(value) - ord("A") + 1
        if number is None:
            return None, ()
        skeleton += token[last : piece.start()] + kind
        slots.append(str(number))
        last = piece.end()
    skeleton += token[last:]
    return (skeleton, tuple(slots)) if slots else (None, ())


def _roman(text: str) -> int | None:
    if any(c not in _ROMAN for c in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        value = _ROMAN[a]
        total += -value if b in _ROMAN and _ROMAN[b] > value else value
    return total


def _first_run(tokens: list[_Token]) -> list[_Token]:
    """The longest stretch of ``tokens`` (in document order) that runs up in one slot, each
    stretch grown from its start while it still runs up."""
    best: list[_Token] = []
    for start in range(len(tokens)):
        end = start + 1
        while end < len(tokens) and _runs(tokens[start : end + 1]):
            end += 1
        if max(len(best), MIN_SHAPED_HEADINGS - 1) < end - start and _runs(tokens[start:end]):
            best = tokens[start:end]
    return best


def _runs(run: list[_Token]) -> bool:
    if len(run) >= MIN_SHAPED_HEADINGS:
        return running_slot([t.slots for t in run]) is not None
    # a stretch too short to be believed yet may still grow into one
    return all(_steps_up(a.slots, b.slots) for a, b in pairwise(run))


def _steps_up(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    differ = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 1 and int(b[differ[0]]) > int(a[differ[0]])
