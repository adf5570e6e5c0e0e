"""Whether a paper calls what it lists risks, or only uses the word to rate something else's
status. A savings tracker's or a scorecard's RAG key glosses its colours with the word ("Amber -
some risk to delivery", "Red: high risk of slippage"), and "at risk" is the status of a saving,
a measure or a child, not a register's item: neither says the paper lists risks."""

from __future__ import annotations

import re

# "at risk" rates an item's status (the look-behind reads one separating character, so a
# line break or a justified line's run of spaces between the words is folded first)
RISK_WORD = re.compile(r"(?<!\bat\s)\brisks?\b", re.I)
SPACES = re.compile(r"\s+")
# A RAG key's gloss of a colour: the colour, a dash, colon or equals sign, and its words up to
# the entry's end (";", ".", the line's end). The gloss is bounded so that a key printed
# without stops does not swallow the table after it.
RAG_GLOSS_CHARS = 80
RAG_GLOSS = re.compile(rf"\b(?:Green|Amber|Red|Blue)\s*[-–—:=]\s*[^;.\n]{{0,{RAG_GLOSS_CHARS}}}",
                       re.I)


def says_risk(text: str) -> bool:
    """Whether ``text`` calls something a risk outside a status key's glosses."""
    unglossed = RAG_GLOSS.sub(" ", text)
    return bool(RISK_WORD.search(SPACES.sub(" ", unglossed)))
