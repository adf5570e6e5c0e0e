"""A firm named as the one doing the work now, whose contract is said to end (held-out round
28): "Testing has been carried out since 2026 by Ridgeway Garage Services Ltd, whose contract
expires on 31 March 2031", "The service is provided on Friday and Saturday nights ... by
Quietwatch Services Ltd, whose contract ends on 31 March 2031." The firm holds the contract in
place, which the paper's award replaces: a contract, at no value the paper gives.
(``provider_patterns`` reads the same firm named by its role, "contractor, X Ltd, whose
contract runs to ..."; ``provider_drafts`` reads this one with the specific patterns.)
"""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAMES

# How many words may name the contract between "whose" and "contract" ("whose current
# testing contract").
CONTRACT_WORDS = 2

WHOSE_CONTRACT_ENDS = re.compile(
    rf"\b(?i:by)\s+(?P<name>{_NAMES}),\s+whose\s+(?:[\w-]+\s+){{0,{CONTRACT_WORDS}}}?"
    r"[Cc]ontract\s+(?P<ends>runs?\s+(?:to|until)|ends?|expires?)\b")

WHOSE_CONTRACT_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (WHOSE_CONTRACT_ENDS, None),
)
