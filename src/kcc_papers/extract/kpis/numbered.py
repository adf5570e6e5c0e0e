"""Keys rating by number: a table of two columns defining each rating a dashboard prints as a
number ("Rating | Meaning": "1 | On or better than target (green)", "2 | Up to 5% worse than
target (amber)", "3 | More than 5% worse than target (red)", "4 | No target set - monitoring
only"), printed where a council replaced its traffic lights with figures a screen reader can
read. The rating column then prints the number alone; the key says which colour each stands
for."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.keys import KeyRow, _two_column_blocks
from kcc_papers.extract.kpis.layout import Item
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import COLOURS, target_meaning_rag

# A rating's number: one figure. A key numbers its ratings 1, 2, 3... in order, each once: a
# table of figures beside words that does not (a list of priorities, a table of counts) is
# no key.
RATING_NUMBER = re.compile(r"^\s*(?P<n>[1-9])\s*$")
FIRST_RATING = 1
# A key rates two ways at least, in as many colours (a list of one rating is no key).
MIN_NUMBERED_RATINGS = 2
# The colour the meaning names ("... (amber)"): where it names one only, that is the rating.
COLOUR_NAME = re.compile(r"\b(green|amber|red)\b", re.I)
# A key's heading row names what its numbers are ("Rating | Meaning", "Score | Description"):
# a numbered table under any other ("No. | Recommendation": "1 | Notes the indicators that met
# their target", "2 | Notes those below target") speaks of the target but rates nothing.
KEY_HEADING = re.compile(r"\b(?:rating|score|grade|key|rag|status)s?\b", re.I)


def numbered_key(items: list[Item]) -> dict[str, Rag]:
    """Each rating number's colour, from a two-column key numbering its ratings from 1 in
    order ("1 | On or better than target (green)"); a number whose meaning rates nothing ("4 |
    No target set") is left out, so its rows carry no rating."""
    key: dict[str, Rag] = {}
    for rows in _two_column_blocks(items):
        key.update(_numbers_rated(rows))
    return key


def _numbers_rated(rows: list[KeyRow]) -> dict[str, Rag]:
    """The rated numbers of one block's rows, when the block numbers every row (its heading
    row aside, "Rating | Meaning"), from 1 in order, the meanings rate in two colours or
    more, and the block says it is a key: its heading names a rating, or each rated meaning
    names its colour."""
    heading = rows[0] if rows and not RATING_NUMBER.match(rows[0][0]) else None
    meanings = _numbered_meanings(rows[1:] if heading else rows)
    rated = {str(n): rag for n, meaning in meanings.items() if (rag := _meaning_colour(meaning))}
    if len(set(rated.values())) < MIN_NUMBERED_RATINGS:
        return {}
    named = heading is not None and bool(KEY_HEADING.search(" ".join(heading)))
    coloured = all(COLOUR_NAME.search(meanings[int(n)]) for n in rated)
    return rated if named or coloured else {}


def _numbered_meanings(rows: list[KeyRow]) -> dict[int, str]:
    """Each row's meaning by its number, where the rows are numbered from 1 in order (none
    else)."""
    numbers = [RATING_NUMBER.match(mark) for mark, _ in rows]
    if not rows or not all(numbers):
        return {}
    order = [int(m.group("n")) for m in numbers if m]
    if order != list(range(FIRST_RATING, FIRST_RATING + len(order))):
        return {}
    return {n: " ".join(meaning.split()) for n, (_, meaning) in zip(order, rows, strict=True)}


def _meaning_colour(meaning: str) -> Rag | None:
    """The colour a key's meaning names, where it names one; else what it says of the target
    ("On or better than target")."""
    colours = {COLOURS[m.lower()] for m in COLOUR_NAME.findall(meaning)}
    if len(colours) == 1:
        return colours.pop()
    return target_meaning_rag(meaning) if not colours else None
