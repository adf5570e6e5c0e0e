"""A subcontract let (held-out round 28, an FE college corporation): "approve the award of a
subcontract for the delivery of level 2 and level 3 healthcare support apprenticeships to
Northfold Training Ltd for 2031/32 at a value of £265,000". A subcontract is a contract the
body lets to a firm, for a part of work it is funded or engaged to do; the cues and provider
patterns look for the word "contract" on its own, so the word is read as "sub contract" (the
provider patterns take "sub" as one of the words naming the contract, as "call-off
contract"). The policy or the practice ("subcontracting policy") lets nothing, and is left.

Nor is a subcontract the body's when a firm lets it: "Kier Construction Ltd has let a
subcontract for the mechanical works to Ace Electrical Ltd", "the contractor's subcontract
with ...". A subcontract after a firm (a name with its legal form) or a contractor in its own
sentence is the firm's, and is left as it is.
"""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.names import LEGAL_FORMS

SUBCONTRACT = re.compile(r"\b([Ss]ub)-?(contracts?)\b")
# How far back in its sentence the firm letting a subcontract is looked for.
LETTER_CHARS = 200
# The firm that lets a subcontract, standing before it: a main contractor, or a name by its
# legal form.
_FIRM_LETS = re.compile(r"\bcontractor(?:'s|’s|s'|s’)?(?!\w)|\b(?:"
                        + "|".join(re.escape(form) for form in LEGAL_FORMS) + r")(?!\w)")
_SENTENCE_END = re.compile(r"[.;:!?]\s")


def _firms_own(text: str, start: int) -> bool:
    """Whether a firm stands before the subcontract at ``start`` in its sentence."""
    before = text[max(0, start - LETTER_CHARS):start]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return _FIRM_LETS.search(before[ends[-1] if ends else 0:]) is not None


def _spaced(m: re.Match[str]) -> str:
    return m.group(0) if _firms_own(m.string, m.start()) else f"{m.group(1)} {m.group(2)}"


def with_subcontracts_spaced(text: str) -> str:
    """The text with each "subcontract" the body lets read as "sub contract"."""
    return SUBCONTRACT.sub(_spaced, text) if "ubcontract" in text or "ub-contract" in text \
        else text
