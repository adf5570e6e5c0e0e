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

* "It has been managed since 2027 by Quillon Licensing Ltd, the current licensing solution
  partner, whose contract ends with the agreement": the firm's role in apposition between its
  name and "whose" (held-out round 29);
* "The design team, Parr Leadbetter Associates Ltd, appointed in 2030 under its own contract":
  a firm appointed under a contract of its own (by the council, or by no one said) holds a
  contract in place;
* "The previous contract with Meridian Hydrographic Ltd ends on 31 March 2029" over a tender
  table naming the same firm among the bids: the outgoing holder's bid prices the contract to
  come, never the one that ends (``held_before``, read by ``merge.price_from_bids``).

Only names with a legal form, but for the aside's (any name). ``provider_drafts`` reads them
with the specific patterns. The award by another body, no contract in place, stays in this
list so that it is read where it always was: among ``award_phrasings``' patterns it would be
read once and after these, no plain move."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.agreement_phrasings import NOT_BOUGHT_WORDS
from kcc_papers.extract.contracts.draft import Draft, Status
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
# The words between "whose" and its contract ("whose current", "whose supply and maintenance
# contract ends", held-out r34a): a few, the kind of the work bought.
WHOSE_QUALIFIER_WORDS = 3
_ANY_LEAD = r"(?:^|\b[a-z]+\s+)"
# An agreement of a kind that buys nothing ("whose grant agreement with the council ends",
# "whose lease agreement", "whose data sharing agreement"): a grant, a loan, a letting of the
# council's land or its data, as ``agreement_phrasings`` reads them, is no contract in place.
_BUYS_NOTHING = "|".join((*NOT_BOUGHT_WORDS, "sharing", "tenancy"))
# (its kind anywhere among the WHOSE_QUALIFIER_WORDS: "whose grant and support agreement")
_KIND_GAP = rf"(?:[\w-]+\s+){{0,{WHOSE_QUALIFIER_WORDS - 1}}}?"
_NOT_BOUGHT_KIND = (rf"(?!{_KIND_GAP}(?i:{_BUYS_NOTHING})\s+{_KIND_GAP}"
                    r"(?i:agreements?|contracts?)\b)")
# The firm a service is bought from: "provided by", "delivered by" (a name ending in a firm's
# word, "Fenwold Audit Partnership", holds an agreement as a contract only so: a council agrees
# with its partners too, "the work of Eastgate Community Partnership, whose agreement ...").
PROVIDED_BY = r"\b(?i:provided|delivered|supplied|undertaken|carried\s+out)\s+(?i:by)\s+"
# A contract said to end, expire or run out.
ENDS = r"(?P<ends>(?i:ends?|expires?|runs?\s+(?:to|until)|terminates?))\b"


# A holder's name with "and" inside it: "Hartwell Land and Property Ltd", "Hearth and Home
# Trust" (held-out round 41). Read only as far as the first "and", the name failed its end
# from the lead before it ("by"), and the lead "and" then gave its tail, "Property Ltd"; read
# whole, ``names._split_names`` keeps one name whose legal form only its last part carries,
# and parts two firms that each carry theirs ("Alpha Ltd and Beta Ltd, whose contracts end").
JOINED_PARTS = 2
_JOINED_NAME = rf"{_NAME}(?:\s+and\s+{_NAME}){{0,{JOINED_PARTS}}}"


def _whose_ends(lead: str, name_end: str, noun: str) -> re.Pattern[str]:
    """ "<lead> X, whose [current] <noun> [with the council] [is due to] ends": X, its name
    ending in ``name_end`` (an "and" inside it, _JOINED_NAME), holds the contract in place."""
    return re.compile(
        rf"{lead}(?P<name>{_JOINED_NAME}){name_end},\s+(?i:whose)\s+{_NOT_BOUGHT_KIND}"
        rf"(?:[\w-]+\s+){{0,{WHOSE_QUALIFIER_WORDS}}}?(?i:{noun})\s+"
        rf"(?:(?i:with)\s+(?:[\w-]+\s+){{0,{WITH_PARTY_WORDS}}}?)?(?:(?i:is|are)\s+due\s+to\s+)?"
        rf"{ENDS}")


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
    rf"{ENDS}")

# How long the clause saying when the contract began may be ("started in July 2017",
# "commenced on 1 April 2019 following a tender"): a clause, not a sentence running on.
START_CLAUSE_CHARS = 80
CONTRACT_ASIDE_THEN_START = re.compile(
    rf"\b[Cc]ontracts?,\s+with\s+(?P<name>{NAMES}),\s+"
    rf"(?i:started|began|commenced)\b[^.;]{{0,{START_CLAUSE_CHARS}}}?\s+and\s+"
    r"(?:(?:will|would|is\s+due\s+to)\s+)?(?P<ends>ends?|expires?|runs?\s+until)\b")

# The role in apposition: "the current licensing solution partner" (a few words at most).
ROLE_WORDS = 4
# ... after a word saying it is held now (shared with ``outgoing_holders``).
ROLE_HELD_NOW = (r"(?i:the|its|our|their)\s+(?i:current|present|existing|incumbent|outgoing)\s+"
                 rf"(?:[\w-]+\s+){{0,{ROLE_WORDS}}}?[\w-]+")
WHOSE_CONTRACT_ENDS_AFTER_ROLE = re.compile(
    rf"(?:^|\b[a-z]+\s+)(?P<name>{_NAME}){LEGAL_END},\s+{ROLE_HELD_NOW},\s+"
    r"(?i:whose)\s+(?:[\w-]+\s+){0,2}?(?i:contracts?)\s+"
    r"(?:(?i:is|are)\s+due\s+to\s+)?"
    rf"{ENDS}")

# When the firm was appointed ("in 2030", "for the design stages"): a clause, no more.
APPOINTED_WHEN_CHARS = 60
# ... by the council, or by no one said: a firm another party appoints ("appointed by the
# developer", "under a contract with the academy trust") holds that party's contract, not one
# of the council's (as a firm's own subcontracts are not).
_COUNCIL = r"(?:(?i:the)\s+)?(?:[A-Z][\w-]*\s+){0,4}?(?:Council|Authority|Cabinet|Executive)\b"
# "appointed [in 2030] under": by the council or by no one said (shared with ``outgoing_holders``).
APPOINTED_BY_COUNCIL_UNDER = (
    rf"(?i:appointed)\b(?![^.;,]{{0,{APPOINTED_WHEN_CHARS}}}?\b(?i:by)\s+(?!{_COUNCIL}))"
    rf"[^.;,]{{0,{APPOINTED_WHEN_CHARS}}}?\s(?i:under)\s+")
# ... "contract" not said to be with another party ("with the academy trust").
WITH_NO_OTHER_PARTY = rf"(?!\s+(?i:with)\s+(?!{_COUNCIL}))"
APPOINTED_UNDER_OWN_CONTRACT = re.compile(
    rf",\s+(?P<name>{_NAME}){LEGAL_END},\s+(?:(?i:who|which)\s+(?i:was|were)\s+)?"
    rf"{APPOINTED_BY_COUNCIL_UNDER}"
    r"(?i:its|their|a|an)\s+(?:(?i:own|separate)\s+)?(?i:contracts?)\b"
    rf"{WITH_NO_OTHER_PARTY}")


IN_PLACE_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (AWARD_BY_BODY, "new"),
    (WHOSE_CONTRACT_ENDS, "current"),
    (WHOSE_AGREEMENT_ENDS, "current"),
    (PROVIDER_WHOSE_AGREEMENT_ENDS, "current"),
    (CONTRACT_WITH_WHICH_ENDS, "current"),
    (CONTRACT_ASIDE_THEN_START, None),
    (WHOSE_CONTRACT_ENDS_AFTER_ROLE, "current"),
    (APPOINTED_UNDER_OWN_CONTRACT, "current"),
)


# "the previous contract with X", "the outgoing contract with X": the contract that ends.
HELD_BEFORE = r"\b(?:previous|outgoing|expiring|former)\s+(?:[\w-]+\s+){0,3}?" \
    r"(?:contracts?|agreements?),?\s+with\s+"


def held_before(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether a reading of no status names its firm as the holder of the contract that ends
    ("The previous contract with X Ltd ends on ..."), where the paper lets the contract to come
    to another firm. Where it names no other (the holder "be appointed" again, in words no
    reader marks as an award), the holder's bid may well be the new contract's price."""
    if draft.status is not None or not draft.provider or not draft.text:
        return False
    if not any(d.status == "new" and d.provider and d.provider != draft.provider
               for d in drafts):
        return False
    return re.search(HELD_BEFORE + re.escape(draft.provider), draft.text, re.I) is not None
