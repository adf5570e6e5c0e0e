"""A commission, a system in place, an arrangement extended (held-out round 28), apart from
``provider_patterns`` and ``provider_phrasings`` (blocks of data grown to their size):

* "Transport modelling for the main modifications was commissioned from Vectis Transport
  Planning LLP in March 2028 under delegated powers, at a cost of £48,250": a piece of work
  bought from a firm, priced in its own clause (a modelling or programme officer commission
  reported to a committee for information);
* "The current system, supplied by Meridian Planning Systems Ltd, is hosted on the Council's
  own servers and its support contract expires on 31 March 2029": the firm that supplies what
  the council has now, named in apposition, holds the contract in place the sentence says
  ends, whose value the paper need not give;
* "That the Committee agrees to extend the arrangement with Scillonian Freight Services Ltd
  ... at a total cost of £424,000": an arrangement with a firm extended, its contract let
  again.

Only names with a legal form: work may be commissioned from a person or another council, and
a system supplied by a department. ``provider_drafts`` reads them with the specific patterns."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contract_cue import EXTENDED_ARRANGEMENT_WITH
from kcc_papers.extract.contracts.contract_ends import ENDS_VERB
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# How far after "commissioned from" its clause may say the work was paid for by a grant
# ("commissioned from Citizens Advice Kent Ltd as a grant"): funding given, no contract (a
# grant named before the verb: ``provider_drafts.GRANTED``).
GRANT_AFTER_CHARS = 120
NOT_A_GRANT_AFTER = rf"(?![^.;]{{0,{GRANT_AFTER_CHARS}}}\b(?i:grants?)\b)"
GRANT_COMMISSION = re.compile(
    rf"\bcommissioned\s+from\b(?=[^.;]{{0,{GRANT_AFTER_CHARS}}}\bgrants?\b)", re.I)


def without_grant_commissions(sentence: str) -> str:
    """The sentence with its "commissioned from" left out where a grant is what was given, for
    CONTRACT_CUE to look at (it looks at nothing around its match, so cannot tell)."""
    return GRANT_COMMISSION.sub(" ", sentence) if "ommissioned" in sentence else sentence


# "was commissioned from (the) X Ltd": the passive of buying a piece of work from a firm. The
# empty ``accepts`` group asks ``provider_drafts`` for the price in the firm's own clause. Not
# a grant's (NOT_A_GRANT_AFTER).
COMMISSIONED_FROM = re.compile(
    r"\b(?i:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+be|be)\s+"
    r"(?:(?i:jointly|separately|also|then)\s+)?(?i:commissioned|procured|bought|purchased)\s+"
    rf"(?i:from)\s+(?:(?i:the)\s+)?(?P<name>{_NAME}){LEGAL_END}"
    rf"{NOT_A_GRANT_AFTER}(?P<accepts>)")

# How far after the firm its contract may be said to end, in the same sentence ("is hosted on
# the Council's own servers and its support contract expires").
ENDS_CHARS = 160
# What the council has now, and the firm that supplies it, in apposition: "The current
# system, supplied by X Ltd, ...", "the existing service, provided by X Ltd, ...", with the
# contract (its "support contract", "maintenance contract") said to end later in the sentence.
SUPPLIED_IN_PLACE = re.compile(
    r"\b(?i:current|existing|present)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+"
    r"(?i:supplied|provided|maintained|operated|run|hosted|delivered)\s+(?i:by)\s+"
    rf"(?P<name>{_NAME}){LEGAL_END},"
    rf"(?=[^.;]{{0,{ENDS_CHARS}}}?\b(?i:contracts?|licen[cs]es?|agreements?)\s+"
    rf"(?i:{ENDS_VERB})\b)")

# "That the Committee agrees to extend the arrangement with Scillonian Freight Services Ltd for
# the shipping of ... for two years ..., at a total cost of £424,000": an arrangement with a
# firm extended is its contract let again (only a firm by its legal form: a council extends
# arrangements with its partners and other councils too).
EXTENDED_ARRANGEMENT = re.compile(rf"{EXTENDED_ARRANGEMENT_WITH}(?P<name>{_NAME}){LEGAL_END}")

COMMISSION_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (COMMISSIONED_FROM, None),
    (SUPPLIED_IN_PLACE, "current"),
    (EXTENDED_ARRANGEMENT, "new"),
)
