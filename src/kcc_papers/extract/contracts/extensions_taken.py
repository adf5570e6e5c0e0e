"""An extension taken up, priced in the sentence after the one naming the contract (held-out
round 25): "Since April 2025 the Council has bought body storage ... from Ravensfield Funeral
Care Ltd under a four-year contract with an option to extend by one year. The Cabinet Member
... took the decision on 19 October 2028 to use the extension, from 1 April 2029 to 31 March
2030, at a value of £418,000 for the year." The second sentence says no contract's word (no
cue lets it through), yet its sum is what the named contract is let on for: that contract's
value (``paragraphs.sentence_drafts``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.extract.contracts.draft import Draft

# How many words may qualify the extension taken ("the one-year extension", "the first
# optional extension").
EXTENSION_WORDS = 3
# Taking up an extension the contract provides for: "to use the extension", "take up the
# option to extend", "exercised the second extension".
TAKES_UP_EXTENSION = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|tak(?:e|es|en|ing)\s+up|took\s+up|exercis(?:e|es|ed|ing)|"
    r"invok(?:e|es|ed|ing))\s+(?:the|its|this|an?)\s+"
    rf"(?:[\w-]+\s+){{0,{EXTENSION_WORDS}}}?(?:extension|option\s+to\s+extend)\b", re.I)


def extension_price(sentence: str, named: list[Draft],
                    read: Callable[[str], list[Draft]]) -> Draft | None:
    """The value a sentence taking up an extension gives the one contract the sentence before
    named with its firm and no value (``read`` the sentence reader), or None: only where the
    sentence's one reading is a sum without a firm of its own."""
    if not TAKES_UP_EXTENSION.search(sentence):
        return None
    if len({d.provider for d in named}) != 1 or not all(
            d.provider and d.value_gbp is None and not d.bid for d in named):
        return None
    drafts = read(sentence)
    if len(drafts) != 1 or drafts[0].provider or drafts[0].value_gbp is None:
        return None
    return drafts[0]
