"""A contract's worth said in a second clause of the sentence naming it: "The contract is for
5 years from 1 April 2027 and is worth £2,960,000", "The contract will run for three years
and is valued at £480,000". VALUE_CUE (``value_drafts``) reads "the contract is worth £X" only
with nothing between the contract and its worth; here a clause about its term comes first, and
"and is worth" gives the value of the same contract, its subject; and a worth in apposition
after the firm a contract is let to ("to X Ltd, worth £420,000").

Only the contract the sentence is about: one in place or before ("The current contract runs
to March and is worth £X") is not the one let, and a sum said of anything else ("we estimated
the contract at £3,200,000", "the budget of £610,000") is no worth the clause gives."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.agreement_phrasings import NOT_BOUGHT_WORDS
from kcc_papers.extract.contracts.names import LEGAL_END

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


# "awarded a two-year contract for ... to X Ltd, worth £420,000, after a mini-competition"
# (held-out r34c): the worth in apposition just after the firm's name (a legal form) is that
# of the contract let to it, as "the contract, worth" is (VALUE_CUE).
FIRM_WORTH_CUE = re.compile(rf"{LEGAL_END},\s+(?:worth|valued\s+at)\s*\W{{0,2}}$")
# ... not a worth the sum is said to have to a place or its people ("awarded to X Ltd, worth
# £2m a year to the local economy"): what the contract brings the area, no price of it.
WORTH_TO_PLACE_CHARS = 40
WORTH_TO_PLACE_AFTER = re.compile(
    rf"^[^.;,£]{{0,{WORTH_TO_PLACE_CHARS}}}?\bto\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:economy|economies|area|community|communities|region|town|city|county|borough|"
    r"district|residents|businesses)\b", re.I)


# ... nor the worth of what the firm is given that buys nothing ("a contract for cleaning to
# Shine Ltd and a grant to Tidewater Homes Ltd, worth £50,000"): a grant, funding, loan or
# lease named after the last contract the words before the sum name ("a contract for the lease
# of refuse vehicles to X Ltd, worth": what the contract is for buys a lease, still its worth).
_GIVEN_NOT_BOUGHT = re.compile(
    rf"(?<!\bfor\s)(?<!\bfor\sthe\s)\b(?:{'|'.join(NOT_BOUGHT_WORDS)})s?\b", re.I)
_CONTRACT_NOUN = re.compile(r"\b(?:contract|agreement|framework|call[\s-]off)s?\b", re.I)


def firm_worth(before: str, after: str) -> bool:
    """Whether the sum is a contract's worth in apposition after its firm (FIRM_WORTH_CUE),
    not the worth of it to a place (WORTH_TO_PLACE_AFTER) nor of a grant, loan or lease given
    the firm (_GIVEN_NOT_BOUGHT after the last contract's noun)."""
    if not FIRM_WORTH_CUE.search(before) or WORTH_TO_PLACE_AFTER.match(after):
        return False
    given = [m.start() for m in _GIVEN_NOT_BOUGHT.finditer(before)]
    bought = [m.start() for m in _CONTRACT_NOUN.finditer(before)]
    return not given or bool(bought and bought[-1] > given[-1])
