"""One lot of a tender awarded in a sentence of its own, at its own sum (held-out round 26):
a recommendations table prints a row per lot ("1  Cabinet awards Lot 1 (minibus routes,
north) to Cheviot Passenger Services Ltd for 4 years from 1 January 2029 at an estimated
value of £3,840,000."), so no sentence names the two bidders ``award_parts`` reads together,
and the term said between the firm and its sum parts them for the part patterns."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.award_parts import PART_SUM, let_draft
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END, SUM, organisation
from kcc_papers.extract.contracts.sentences import PART, PART_MARK

# How much may be said between the firm and the words that introduce its sum: its term and
# start ("for 4 years from 1 January 2029"), a clause, no sum of its own.
TERM_CHARS = 100
# A character of what is said between: none after another firm's legal form, nor opening
# another lot ("to X Ltd, which will sub-let two routes to Y Ltd at a cost of £y", "to X Ltd
# for four years, and Lot 2 (escorts) to the Z Partnership at an estimated value of £y": the
# sum is that firm's, or that lot's).
OWN_TERM = rf"(?:(?!{LEGAL_END}\b|{PART_MARK})[^.;£])"
# "awards Lot 1 (minibus routes, north) to X Ltd for 4 years ... at an estimated value of £y":
# the lot (what it covers bracketed), the firm, and the sum the lot is let at. (What is said
# between ends on a word, so that a run of spaces after it is crossed once, not from each of
# its spaces: "to X Ltd for" and 40,000 spaces took 0.2 s.)
LONE_LOT_AWARD = re.compile(
    rf"\b(?i:award(?:s|ed|ing)?)\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?(?P<service>{PART})\s+"
    rf"(?i:to)\s+(?P<name>{_NAME})(?:\s+(?!\s){OWN_TERM}{{1,{TERM_CHARS}}}?(?<!\s))??"
    rf"\s+{PART_SUM}(?P<value>{SUM})")


def lone_lot_award(sentence: str, page: int | None) -> list[Draft]:
    """The contract a sentence lets by awarding one lot to a firm at a sum (none where the
    party is no organisation: a lot is let to a firm)."""
    m = LONE_LOT_AWARD.search(sentence)
    if m is None or not organisation(m.group("name")):
        return []
    return [let_draft(m, sentence, page)]
