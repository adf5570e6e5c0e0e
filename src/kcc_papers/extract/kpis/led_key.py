"""A key whose lines lead with the status word the table prints, run straight into what it
means and end in its colour in brackets, with no mark between word and meaning ("Slipping
behind the trajectory by up to 10% (amber)"): a web page's list of status badges, each
badge's text followed by its meaning. Where the word ends the key does not say, so each line
is kept whole and a status cell rated by the line it opens (``led_rag``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.extract.kpis.rag import Rag, parse_rag

# A key line: a letter first, a colour in brackets last. Up to MAX_LINE_WORDS words: a
# longer line is a sentence that happens to end in a colour, no key's.
LED_LINE = re.compile(r"^(?P<words>[A-Za-z][^()]*?)\s*\(\s*(?P<colour>green|amber|red)\s*\)\s*$",
                      re.I)
MAX_LINE_WORDS = 16
# A key rates two ways at least (one line ending in a colour is a sentence, no key).
MIN_COLOURS = 2
# The status word opens its line and the meaning follows: at least this many words of it.
MIN_MEANING_WORDS = 2


def led_key(lines: Iterable[str]) -> dict[str, Rag]:
    """Each key line, its colour taken off, with the colour it names; none where the lines
    name fewer than two colours."""
    pairs: dict[str, Rag] = {}
    for line in lines:
        m = LED_LINE.match(line.strip())
        if not m or len(m.group("words").split()) > MAX_LINE_WORDS:
            continue
        rag = parse_rag(m.group("colour"))
        if rag:
            pairs[" ".join(m.group("words").lower().split())] = rag
    return pairs if len(set(pairs.values())) >= MIN_COLOURS else {}


def led_rag(cell: str, key: dict[str, Rag]) -> Rag | None:
    """A status cell's rating by the one key line it opens, with a meaning of two words or
    more after it ("Slipping" opens "slipping behind the trajectory by up to 10%"); None
    where no line starts so, or lines of two colours do."""
    words = " ".join(cell.lower().split())
    if not words:
        return None
    led = {rag for line, rag in key.items() if line.startswith(words + " ")
           and len(line[len(words):].split()) >= MIN_MEANING_WORDS}
    return next(iter(led)) if len(led) == 1 else None
