"""A body's name printed in Welsh and English whose length wraps it over two lines of its
masthead: "Pwyllgor Craffu Lle a Chymunedau / Place and Communities" over "Scrutiny
Committee" (one column, the halves parted by a stroke), or the Welsh name in one column and the
English beside it, each wrapped ("Pwyllgor Craffu Amgylchedd, Tai a | Environment, Housing and
Communities" over "Chymunedau | Scrutiny Committee"). Read a line at a time, the name's last
line alone ("Scrutiny Committee") or its two languages' last words ("Chymunedau Scrutiny
Committee") were taken for the body. The name is given back as one line, "Welsh / English",
the form the masthead readers know (english_names keeps the English half as printed)."""

from __future__ import annotations

import re

# A Welsh body's name opens on its kind's word, perhaps after the article: "Pwyllgor",
# "Cyd-bwyllgor", "Is-bwyllgor", "Bwrdd", "Cyngor", "Fforwm", "Comisiwn", "Awdurdod", "Y
# Cabinet", "Panel" (a closed list: no English heading opens so).
_WELSH_BODY_OPENING = re.compile(
    r"^\s*(?:Yr?\s+)?(?:Pwyllgor|Cyd-?bwyllgor|Is-?bwyllgor|Bwrdd|Cyngor|Fforwm|Comisiwn|"
    r"Awdurdod|Cabinet|Panel)\b", re.I)
# An English body's name ends on its kind's word, as english_names reads a bilingual name.
_ENGLISH_BODY_END = re.compile(
    r"\b(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Authority)"
    r"\s*$", re.I)
# The stroke between a line's two languages, the English half after it opening on a capital.
_STROKE = re.compile(r"\s+/\s+(?=[A-Z])")
# A body's name wraps over this many lines at most (its two columns counted as one line).
NAME_LINES = 3
# A masthead name's line is short, though it prints two languages: a longer one is a sentence,
# no wrapped name.
NAME_LINE_CHARS = 120


def whole_names(lines: list[str], rows: list[list[str]]) -> list[str]:
    """``lines``, a masthead's lines, with a body's name wrapped over some of them in two
    languages given as its one line "Welsh / English"; ``rows`` are the same lines each given
    as its runs (two where two columns are read as one line). Other lines as printed."""
    out: list[str] = []
    n = 0
    while n < len(rows):
        found = _wrapped_name(rows, n)
        if found is None:
            out.append(lines[n])
            n += 1
            continue
        name, n = found
        out.append(name)
    return out


def _wrapped_name(rows: list[list[str]], start: int) -> tuple[str, int] | None:
    """The name "Welsh / English" wrapped over the lines from ``start``, and the line after it;
    None where those lines hold no such name."""
    first = rows[start]
    if (not first or not _WELSH_BODY_OPENING.match(first[0])
            or len(" ".join(first)) > NAME_LINE_CHARS):
        return None
    if len(first) == 1:
        return _stroke_wrapped(rows, start)
    if len(first) != 2:
        return None
    welsh, english = [first[0].strip()], [first[1].strip()]
    if _ENGLISH_BODY_END.search(first[1]):
        # (the name in two columns on one line, unwrapped: "Pwyllgor Craffu Plant a Phobl
        # Ifanc" beside "Children and Young People Scrutiny Committee")
        return f"{welsh[0]} / {english[0]}", start + 1
    for n in range(start + 1, min(len(rows), start + NAME_LINES)):
        row = rows[n]
        if len(row) != 2 or len(" ".join(row)) > NAME_LINE_CHARS:
            return None
        welsh.append(row[0].strip())
        english.append(row[1].strip())
        if _ENGLISH_BODY_END.search(row[1]):
            return f"{' '.join(welsh)} / {' '.join(english)}", n + 1
    return None


def _stroke_wrapped(rows: list[list[str]], start: int) -> tuple[str, int] | None:
    """"Pwyllgor Craffu Lle a Chymunedau / Place and Communities" over "Scrutiny Committee":
    the English half, wanting its body's word, goes on over the next lines of one run."""
    first = rows[start][0].strip()
    parts = _STROKE.split(first)
    if len(parts) != 2 or _ENGLISH_BODY_END.search(parts[1]) or ":" in first:
        return None
    english = [first]
    for n in range(start + 1, min(len(rows), start + NAME_LINES)):
        row = rows[n]
        if len(row) != 1 or len(row[0]) > NAME_LINE_CHARS or "/" in row[0] or ":" in row[0]:
            return None
        english.append(row[0].strip())
        if _ENGLISH_BODY_END.search(row[0]):
            return " ".join(english), n + 1
    return None
