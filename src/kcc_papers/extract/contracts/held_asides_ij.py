"""The firm holding the contract in place, named between commas before the contract's start
and end (held-out round 28): "The current contract, with Parkgate Leisure Trust, started in
July 2017 and expires on 30 June 2029." The aside names the contract's party as "The current
contract, with X Ltd, expires" does (``provider_patterns``); a clause saying when the contract
began may stand between the aside and its end. Listed with no value, as a contract in place
is when the paper gives none. ``provider_drafts`` reads it with the specific patterns."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAMES

# How long the clause saying when the contract began may be ("started in July 2017",
# "commenced on 1 April 2019 following a tender"): a clause, not a sentence running on.
START_CLAUSE_CHARS = 80
CONTRACT_ASIDE_THEN_START = re.compile(
    rf"\b[Cc]ontracts?,\s+with\s+(?P<name>{_NAMES}),\s+"
    rf"(?i:started|began|commenced)\b[^.;]{{0,{START_CLAUSE_CHARS}}}?\s+and\s+"
    r"(?:(?:will|would|is\s+due\s+to)\s+)?(?P<ends>ends?|expires?|runs?\s+until)\b")

ASIDE_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONTRACT_ASIDE_THEN_START, None),
)
