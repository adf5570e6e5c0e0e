"""A comparison with a comparator ("Compared with England": "Significantly worse | Similar |
Significantly better") rates nothing of the council's own: its measures are KPIs, unrated
(round 21's convention), unless the paper gives the comparison's words a rating, a key
naming each rating by the comparison it stands for ("Green = significantly better than
England; Amber = similar to England; Red = significantly worse than England", a footnote
of a public health report: held-out r33e). The key's words are the cells' words and what
they are compared with. A key of the column's colours in words of another form ("green,
significantly better than England": held-out r27b), or none (r21h), leaves the measures
unrated; so does any key where the paper says its comparisons are no ratings ("The
comparison is not a performance rating": r27b; "These comparisons are statistical and are
not performance ratings": r21h), whatever the key's form."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.extract.kpis.rag import Rag, parse_rag

# One entry of such a key: a rating's colour, "=", a colon or a dash, and what it stands
# for, up to the entry's end (a semicolon, a comma before the next colour's entry, a full
# stop, the text's end). A footnote's key wraps over lines: the lines are read as one text.
COLOUR_ENTRY = re.compile(r"\b(?P<colour>green|amber|red)\s*(?:=|:|\s[-–]\s)\s*"
                          r"(?P<meaning>[A-Za-z][^;=:\n]{0,80}?)\s*"
                          r"(?=;|,\s*(?:green|amber|red)\b|\.(?:\s|$)|$)", re.I)
# A key rates two ways at least (one colour's entry is some other line's words).
MIN_COLOURS = 2
# What a key's meaning goes on with after the cell's words: what they are compared with
# ("similar to England", "significantly worse than England").
COMPARED_TO = re.compile(r"^(?:than|to|with|from)\b")
# The paper's word that its comparisons rate nothing: the key, if any, describes colours.
NOT_RATINGS = re.compile(r"\bcomparisons?\b[^.;]{0,60}?\b(?:is|are)\s+not\s+(?:an?\s+)?"
                         r"(?:\w+\s+)?ratings?\b", re.I)


def comparison_key(texts: Iterable[str]) -> dict[str, Rag]:
    """The paper's key of ratings by what each says of a comparison, each meaning (lower
    case, spaces single) to its rating; empty where the paper prints none."""
    text = " ".join(" ".join(t.split()) for t in texts)
    if NOT_RATINGS.search(text):
        return {}
    pairs: dict[str, Rag] = {}
    for m in COLOUR_ENTRY.finditer(text):
        rag = parse_rag(m.group("colour"))
        if rag:
            pairs[" ".join(m.group("meaning").lower().split())] = rag
    return pairs if len(set(pairs.values())) >= MIN_COLOURS else {}


def compared_rag(cell: str, key: dict[str, Rag]) -> Rag | None:
    """The rating the key gives a comparison column's cell: the one meaning that is the
    cell's words, or those words and what they are compared with."""
    words = " ".join(cell.lower().split()).strip(" .")
    if not words:
        return None
    found = {rag for meaning, rag in key.items()
             if meaning == words or (meaning.startswith(words + " ")
                                     and COMPARED_TO.match(meaning[len(words) + 1:]))}
    return found.pop() if len(found) == 1 else None
