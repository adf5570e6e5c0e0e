"""A consultant in place, named in apposition (held-out round 26): "The present consultant,
Ambrose Kettering Associates Ltd, was appointed for the development phase and its commission
ends on 30 April 2029." The firm holds the engagement a new appointment replaces: a contract
in place, whose value the paper need not give. Only a name with a legal form: a consultant
may be a person ("the current consultant, Dr Helen Marsh,"), engaged by any arrangement.
``provider_drafts`` reads it with the specific patterns."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contract_cue import CONSULTANT_IN_PLACE
from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# The name ends in a legal form and closes the apposition (its comma, or the clause's end).
CONSULTANT_NAMED = re.compile(
    rf"(?i:{CONSULTANT_IN_PLACE})(?P<name>{_NAME}){LEGAL_END}(?=\s*[,.;]|$)")

CONSULTANT_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONSULTANT_NAMED, None),
)
