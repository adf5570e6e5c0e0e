"""The key of a designed report's rated indicator tables ("Indicator | 2028 | Compared with |
Our rating"), written in a sentence as a list of the rating words, each with its meaning in
brackets after it ("STRONG (better than the comparison), STEADY (within 2% of it) or NEEDS
ATTENTION (worse)"; "Good (...), Fair (...) or Watch (...)")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.status import meaning_rag

# A rating word (a word or a few, capitalised as a key prints its words: "STRONG", "Needs
# attention"), its meaning in brackets after it, where a list of them has it: after a
# colon, a comma or a semicolon, or "or" / "and" (a word in a sentence, "rated Strong (...)",
# is not told from the words before it).
PAIR = re.compile(r"(?:^|[:;,]\s*|\s(?:or|and)\s+)"
                  r"(?P<word>[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s*\((?P<meaning>[^()]{3,60})\)")
# Pairs of one key stand this close (characters between them: ", ", " or ", "; and ").
MAX_GAP = 8
# A key rates at least two ways.
MIN_PAIRS = 2


def bracketed_key(lines: Iterable[str]) -> dict[str, Rag]:
    """The key of the rating words the paper defines in brackets, its lines read as one text
    (a key's sentence may wrap)."""
    text = " ".join(" ".join(lines).split())
    key: dict[str, Rag] = {}
    run: dict[str, Rag] = {}
    end = -1
    for m in PAIR.finditer(text):
        if end >= 0 and m.start("word") - end > MAX_GAP:
            key |= _key_of(run)
            run = {}
        rag = meaning_rag(m.group("meaning"))
        if rag is not None:
            run[m.group("word").lower()] = rag
        end = m.end()
    return key | _key_of(run)


def _key_of(run: dict[str, Rag]) -> dict[str, Rag]:
    """A run of pairs as a key, where it rates at least two ways."""
    return run if len(run) >= MIN_PAIRS and len(set(run.values())) >= MIN_PAIRS else {}
