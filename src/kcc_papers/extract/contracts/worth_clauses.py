"""A contract's worth said in a second clause of the sentence naming it: "The contract is for
5 years from 1 April 2027 and is worth £2,960,000", "The contract will run for three years
and is valued at £480,000". VALUE_CUE (``value_drafts``) reads "the contract is worth £X" only
with nothing between the contract and its worth; here a clause about its term comes first, and
"and is worth" gives the value of the same contract, its subject.

Only the contract the sentence is about: one in place or before ("The current contract runs
to March and is worth £X") is not the one let, and a sum said of anything else ("we estimated
the contract at £3,200,000", "the budget of £610,000") is no worth the clause gives."""

from __future__ import annotations

import re

# How long the clause between the contract and "and is worth" may be ("is for 5 years from
# 1 April 2027": a term and a start date), no sum or stop in it.
CLAUSE_CHARS = 60
# The words of a contract in place, or one before it, just before "contract".
IN_PLACE = re.compile(r"\b(?:current|existing|incumbent|previous|former|present|original)\s+$",
                      re.I)
CLAUSE_WORTH = re.compile(
    r"\bcontract\s+(?:is|will\s+(?:be|run|last)|runs|lasts)\b"
    rf"[^.;£]{{0,{CLAUSE_CHARS}}}?\band\s+(?:is|will\s+be)\s+(?:worth|valued\s+at)"
    r"\s*(?:up\s+to\s+)?\W{0,2}$",
    re.I,
)


def worth_after_clause(before: str) -> bool:
    """Whether the text just before a sum ends "the contract <clause> and is worth", the
    contract not one in place (``IN_PLACE``)."""
    m = CLAUSE_WORTH.search(before)
    return m is not None and not IN_PLACE.search(before, 0, m.start())
