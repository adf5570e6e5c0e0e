"""A subcontract let (held-out round 28, an FE college corporation): "approve the award of a
subcontract for the delivery of level 2 and level 3 healthcare support apprenticeships to
Northfold Training Ltd for 2031/32 at a value of £265,000". A subcontract is a contract the
body lets to a firm, for a part of work it is funded or engaged to do; the cues and provider
patterns look for the word "contract" on its own, so the word is read as "sub contract" (the
provider patterns take "sub" as one of the words naming the contract, as "call-off
contract"). The policy or the practice ("subcontracting policy") lets nothing, and is left."""

from __future__ import annotations

import re

SUBCONTRACT = re.compile(r"\b([Ss]ub)-?(contracts?)\b")


def with_subcontracts_spaced(text: str) -> str:
    """The text with each "subcontract" read as "sub contract"."""
    return SUBCONTRACT.sub(r"\1 \2", text) if "ubcontract" in text or "ub-contract" in text \
        else text
