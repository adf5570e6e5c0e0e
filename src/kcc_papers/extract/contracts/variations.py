"""A firm whose works are varied holds the contract in place (held-out round 25): "The Wharf
Road public realm works are being carried out by Ingleby Surfacing Ltd. A variation of £118,400
for additional drainage was agreed in February 2028 ..." The paper never says "contract", yet
only a contract is varied: the firm named doing the works in the sentence before holds one,
in place, and the variation's sum is no contract's value (``paragraphs.sentence_drafts``)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.names import LEGAL_END, NAMES

# How far a variation's sum may stand from the word "variation" ("A variation of £118,400",
# "A further variation to the drainage works of £12,000").
VARIATION_CHARS = 60

# Works a firm is doing, named with its legal form: "are being carried out by X Ltd", "is
# being delivered by", "were built by" ... then, in the next sentence, a variation of them at
# a price. (Only a name with a legal form: works "carried out by the Council's own team" are
# no firm's; and only a priced variation: a developer building its own scheme seeks "a
# variation of condition 4 (hours of working)", of a planning permission, not of a contract.)
VARIED_WORKS = re.compile(
    r"\b(?i:works?|scheme|project|construction|build)\b[^.;]{0,80}?"
    r"\b(?i:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:carried\s+out|delivered|undertaken|built|constructed))\s+(?i:by)\s+"
    rf"(?P<name>{NAMES}){LEGAL_END}\s*\.\s+(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:variations?)\b"
    rf"[^.;£]{{0,{VARIATION_CHARS}}}£")


def varied_works(paragraph: str, page: int) -> list[Draft]:
    """The contracts in place a paragraph names by varying a firm's works (none commonly)."""
    if "ariation" not in paragraph:
        return []
    return [Draft(page=page, provider=m["name"], status="current", text=paragraph)
            for m in VARIED_WORKS.finditer(paragraph)]


# The value a variation lets, named so in the sentence varying a firm's contract (held-out round
# 35: "approves a variation to the Waste and Recycling Collection Contract with Corrigan
# Environmental Services Ltd ... at a variation value of £1,275,000"): what is let to the firm
# now, the row's value (as "at an additional cost of" is, ``value_drafts``), never the value
# the contract was first let at.
VARIATION_VALUE_CUE = re.compile(r"\b(?:at|with|for)\s+an?\s+(?:(?:total|estimated|maximum)\s+)?"
                                 r"variation\s+(?:value|cost|price|sum)\s+of\s*\W{0,2}$", re.I)
