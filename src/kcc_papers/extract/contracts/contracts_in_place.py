"""Contracts in place named in prose, and an award made by another body (held-out round 28),
apart from ``provider_patterns`` and ``provider_phrasings`` (blocks of data grown to their
size):

* "endorses the award by Wealdmere County Council, as the LRF's lead authority for
  procurement, of the training and exercising support contract to Castlegate Resilience
  Consulting Ltd ... at a total value of £148,600": an award made by another body (a lead
  authority, a partner buying for a forum or a partnership), that body named between "award"
  and what it awards;
* "The programme has been supported since 2025 by Beaconhurst Emergency Planning Ltd, whose
  contract ends on 31 August 2029": a firm whose contract is said to end, in apposition, holds
  the contract in place, whose value the paper need not give; so does the firm of "a contract
  with X Ltd which expires on ...";
* "The current contract, with Parkgate Leisure Trust, started in July 2017 and expires on 30
  June 2029": the firm of the contract in place named between commas before the contract's
  start and end, as "The current contract, with X Ltd, expires" names it
  (``provider_patterns``); a clause saying when the contract began may stand between the
  aside and its end. Listed with no value, as a contract in place is when the paper gives
  none.

Only names with a legal form, but for the aside's (any name). ``provider_drafts`` reads them
with the specific patterns. The award by another body, no contract in place, stays in this
list so that it is read where it always was: among ``award_phrasings``' patterns it would be
read once and after these, no plain move."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.agreement_phrasings import NOT_BOUGHT_WORDS
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.in_place_c2 import IN_PLACE_C2_PATTERNS
from kcc_papers.extract.contracts.names import _FIRM_END, _FIRM_WORD_END, _NAME, LEGAL_END, NAMES

# How long the awarding body and its aside may be ("by Wealdmere County Council, as the LRF's
# lead authority for procurement,"), and what the contract is for, each in one clause.
AWARDING_BODY_CHARS = 120
AWARDED_FOR_CHARS = 100
# "the award by <body>[, <aside>,] of the <service> contract to X Ltd": the empty ``accepts``
# group asks ``provider_drafts`` for the price in the firm's own clause.
AWARD_BY_BODY = re.compile(
    rf"\b(?i:award)\s+(?i:by)\s+[A-Z][^.;]{{0,{AWARDING_BODY_CHARS}}}?\s+(?i:of)\s+"
    r"(?i:the|a|an)\s+"
    rf"(?P<service>[^.;]{{0,{AWARDED_FOR_CHARS}}}?)\s*(?i:contracts?)\s+(?i:to)\s+"
    rf"(?P<name>{_NAME}){LEGAL_END}(?P<accepts>)")

# "by X Ltd, whose contract ends on ...", "X Ltd, whose current contract expires": the firm
# opens after a word in small letters (or the sentence's start), not inside another name.
# (held-out r29a: "currently provided by Fenwold Audit Partnership, whose agreement with the
# council ends on ...": the party it is with in at most WITH_PARTY_WORDS words)
WITH_PARTY_WORDS = 2
_ANY_LEAD = r"(?:^|\b[a-z]+\s+)"
# An agreement of a kind that buys nothing ("whose grant agreement with the council ends",
# "whose lease agreement", "whose data sharing agreement"): a grant, a loan, a letting of the
# council's land or its data, as ``agreement_phrasings`` reads them, is no contract in place.
_BUYS_NOTHING = "|".join((*NOT_BOUGHT_WORDS, "sharing", "tenancy"))
_NOT_BOUGHT_KIND = (rf"(?!(?:[\w-]+\s+){{0,2}}?(?i:{_BUYS_NOTHING})\s+(?:[\w-]+\s+)?"
                    r"(?i:agreements?|contracts?)\b)")
# The firm a service is bought from: "provided by", "delivered by" (a name ending in a firm's
# word, "Fenwold Audit Partnership", holds an agreement as a contract only so: a council agrees
# with its partners too, "the work of Eastgate Community Partnership, whose agreement ...").
PROVIDED_BY = r"\b(?i:provided|delivered|supplied|undertaken|carried\s+out)\s+(?i:by)\s+"


def _whose_ends(lead: str, name_end: str, noun: str) -> re.Pattern[str]:
    """ "<lead> X, whose [current] <noun> [with the council] [is due to] ends": X, its name
    ending in ``name_end``, holds the contract in place."""
    return re.compile(
        rf"{lead}(?P<name>{_NAME}){name_end},\s+(?i:whose)\s+{_NOT_BOUGHT_KIND}"
        rf"(?:[\w-]+\s+){{0,2}}?(?i:{noun})\s+"
        rf"(?:(?i:with)\s+(?:[\w-]+\s+){{0,{WITH_PARTY_WORDS}}}?)?(?:(?i:is|are)\s+due\s+to\s+)?"
        r"(?P<ends>(?i:ends?|expires?|runs?\s+(?:to|until)|terminates?))\b")


# a contract held by a firm (a legal form or a firm's word); an agreement by a firm with a
# legal form, or by one ending in a firm's word that provides the service
WHOSE_CONTRACT_ENDS = _whose_ends(_ANY_LEAD, _FIRM_END, "contracts?")
WHOSE_AGREEMENT_ENDS = _whose_ends(_ANY_LEAD, LEGAL_END, "agreements?")
PROVIDER_WHOSE_AGREEMENT_ENDS = _whose_ends(PROVIDED_BY, _FIRM_WORD_END, "agreements?")

# "The council now buys electricity and gas through fixed-price contracts with Vantage
# Utilities Ltd, which were let in 2024 and which end on 31 March 2028": the firm's contracts
# said to end, a clause of their history between (at most HISTORY_CHARS); "The Authority's
# buildings are maintained under a contract with Hearthstone Property Maintenance Ltd which
# expires on 30 September 2028". Each the contract in place ("current": the firm's bid in the
# tender table beside prices the contract to come, not this one, ``merge.price_from_bids``).
HISTORY_CHARS = 60
CONTRACT_WITH_WHICH_ENDS = re.compile(
    rf"\b(?i:contracts?)\s+(?i:with)\s+(?P<name>{_NAME}){LEGAL_END},?\s+(?i:which|that)\s+"
    rf"(?:[^.;]{{0,{HISTORY_CHARS}}}?\s(?i:and\s+)?(?i:which|that)\s+)?"
    r"(?:(?i:is|are|was|were)\s+due\s+to\s+|(?i:will)\s+)?"
    r"(?P<ends>(?i:ends?|expires?|runs?\s+(?:to|until)|terminates?))\b")

# How long the clause saying when the contract began may be ("started in July 2017",
# "commenced on 1 April 2019 following a tender"): a clause, not a sentence running on.
START_CLAUSE_CHARS = 80
CONTRACT_ASIDE_THEN_START = re.compile(
    rf"\b[Cc]ontracts?,\s+with\s+(?P<name>{NAMES}),\s+"
    rf"(?i:started|began|commenced)\b[^.;]{{0,{START_CLAUSE_CHARS}}}?\s+and\s+"
    r"(?:(?:will|would|is\s+due\s+to)\s+)?(?P<ends>ends?|expires?|runs?\s+until)\b")

IN_PLACE_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (AWARD_BY_BODY, "new"),
    (WHOSE_CONTRACT_ENDS, "current"),
    (WHOSE_AGREEMENT_ENDS, "current"),
    (PROVIDER_WHOSE_AGREEMENT_ENDS, "current"),
    (CONTRACT_WITH_WHICH_ENDS, "current"),
    (CONTRACT_ASIDE_THEN_START, None),
    *IN_PLACE_C2_PATTERNS,
)
