"""Contracts in place named in prose (held-out round 29, beside ``contracts_in_place``):

* "It has been managed since 2027 by Quillon Licensing Ltd, the current licensing solution
  partner, whose contract ends with the agreement": a firm whose contract is said to end, its
  role in apposition between the name and "whose" (the round 28 rule reads the name followed
  at once by "whose");
* "The design team, Parr Leadbetter Associates Ltd, appointed in 2030 under its own contract,
  will act as the Council's contract administrator": a firm in apposition said to have been
  appointed under a contract of its own holds a contract in place, whose value the paper need
  not give;
* "The previous contract with Meridian Hydrographic Ltd ends on 31 March 2029" over a tender
  table naming the same firm among the bids: the outgoing holder's bid prices the contract to
  come, never the one that ends (``held_before``, read by ``merge.price_from_bids``).

Only names with a legal form, as ``contracts_in_place``'s."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, Status
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# The role in apposition: "the current licensing solution partner" (a few words at most).
ROLE_WORDS = 4
WHOSE_CONTRACT_ENDS_AFTER_ROLE = re.compile(
    rf"(?:^|\b[a-z]+\s+)(?P<name>{_NAME}){LEGAL_END},\s+(?i:the|its|our|their)\s+"
    rf"(?i:current|present|existing|incumbent|outgoing)\s+(?:[\w-]+\s+){{0,{ROLE_WORDS}}}?"
    r"[\w-]+,\s+(?i:whose)\s+(?:[\w-]+\s+){0,2}?(?i:contracts?)\s+"
    r"(?:(?i:is|are)\s+due\s+to\s+)?"
    r"(?P<ends>(?i:ends?|expires?|runs?\s+(?:to|until)|terminates?))\b")

# When the firm was appointed ("in 2030", "for the design stages"): a clause, no more.
APPOINTED_WHEN_CHARS = 60
# ... by the council, or by no one said: a firm another party appoints ("appointed by the
# developer", "under a contract with the academy trust") holds that party's contract, not one
# of the council's (as a firm's own subcontracts are not).
_COUNCIL = r"(?:(?i:the)\s+)?(?:[A-Z][\w-]*\s+){0,4}?(?:Council|Authority|Cabinet|Executive)\b"
APPOINTED_UNDER_OWN_CONTRACT = re.compile(
    rf",\s+(?P<name>{_NAME}){LEGAL_END},\s+(?:(?i:who|which)\s+(?i:was|were)\s+)?"
    rf"(?i:appointed)\b(?![^.;,]{{0,{APPOINTED_WHEN_CHARS}}}?\b(?i:by)\s+(?!{_COUNCIL}))"
    rf"[^.;,]{{0,{APPOINTED_WHEN_CHARS}}}?\s(?i:under)\s+"
    r"(?i:its|their|a|an)\s+(?:(?i:own|separate)\s+)?(?i:contracts?)\b"
    rf"(?!\s+(?i:with)\s+(?!{_COUNCIL}))")

IN_PLACE_C2_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
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
