"""An estimate is no contract (held-out round 39): a procurement strategy says what the contract
to come may cost - "The estimated value of the new contract is £6.5m over ten years" - and
names no firm, for none is chosen. A row left with no provider, once every reading has been
joined (an award naming its firm elsewhere takes its sum first), whose sum its sentence calls
an estimate, prices a contract not yet let, and is none of the paper's contracts."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# How far before its sum the sentence may call it an estimate: the clause that introduces it
# ("the estimated value of the new contract is", "estimated at around").
ESTIMATE_CHARS = 80
ESTIMATED = re.compile(
    rf"\b(?:estimated|estimates?|pre-tender)\b[^.;£]{{0,{ESTIMATE_CHARS}}}$", re.I)


def _estimate(draft: Draft) -> bool:
    """Whether an unnamed row's sum is one its sentence calls an estimate."""
    text, sum_text = draft.text or "", draft.value_text or ""
    if draft.provider or not text or not sum_text:
        return False
    at = text.find(sum_text)
    return at >= 0 and ESTIMATED.search(text[:at]) is not None


def without_unnamed_estimates(drafts: list[Draft]) -> list[Draft]:
    """The rows, less those naming no firm whose sum is an estimate."""
    return [d for d in drafts if not _estimate(d)]
