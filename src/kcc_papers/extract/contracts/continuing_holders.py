"""A firm that carries on until the new contract starts (held-out round 29, an IJB's care at
home framework): "The current framework, let in 2025, ends on 30 November 2029. Most hours
are delivered by Glenmorrow Homecare Ltd, which will continue to provide care until the new
framework starts." A firm said to go on providing the service until a new contract,
framework or arrangement begins holds the one in place, whose value the paper need not
give. Only a name with a legal form (a council's own team or a partner body carries on too)
and only where the paper names what is new: a firm continuing "until further notice" or
"until March" may hold anything, a grant or a lease, as may one continuing until a new grant,
funding or lease agreement starts. ``provider_drafts`` reads it with the specific patterns;
``award_phrasings.AWARD_CUE`` takes it as a sentence worth reading (it need say no
"contract": "the new framework")."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contracts_in_place import _BUYS_NOTHING
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# What the firm goes on doing, in one clause ("provide care", "deliver the service in the
# north of the county"): a few words at most.
CONTINUED_WORK_WORDS = 8
# The thing that replaces it ("the new framework", "the new care at home contract", "the
# new arrangements"): its noun a few words after "new".
NEW_THING_WORDS = 3
# (each a word the sentence's cue needs, ``contract_cue.CUE_WORDS``)
_NEW_THING = r"(?i:contracts?|frameworks?|agreements?|arrangements?)"
# Not a new agreement of a kind that buys nothing ("until the new grant agreement starts", "the
# new lease agreement", "the new funding arrangement"): a grantee or a tenant carrying on holds
# no contract (``contracts_in_place``'s kinds).
_BOUGHT = rf"(?!(?:[\w-]+\s+){{0,{NEW_THING_WORDS}}}?(?i:{_BUYS_NOTHING})\b)"
_STARTS = r"(?i:starts?|begins?|commences?|is\s+in\s+place|takes?\s+effect|goes\s+live)"

# "X Ltd, which will continue to provide care until the new framework starts", "X Ltd will
# continue to deliver the service until the new contract begins": the firm opens after a word
# in small letters (or the sentence's start), not inside another name.
CONTINUES_UNTIL_NEW = re.compile(
    rf"(?:^|\b[a-z]+\s+)(?P<name>{_NAME}){LEGAL_END},?\s+(?:(?i:which|who)\s+)?"
    r"(?i:will|is\s+to|would)\s+(?i:continue|carry\s+on)\s+(?i:to\s+)?"
    r"(?i:provide|deliver|supply|run|operate|provid\w*|deliver\w*)\b"
    rf"(?:\s+[^\s.;,]+){{0,{CONTINUED_WORK_WORDS}}}?\s+(?i:until|till)\s+(?i:the)\s+"
    rf"(?i:new)\s+{_BOUGHT}(?:[\w-]+\s+){{0,{NEW_THING_WORDS}}}?{_NEW_THING}\s+{_STARTS}\b")

CONTINUING_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONTINUES_UNTIL_NEW, "current"),
)
