"""Contracts another body lets, reported to the council (held-out round 39): a council-owned
company's update says what the company bought for itself - "For information, the company has
appointed X Ltd as its main contractor ... under a JCT design and build contract of £5.2
million", "The company had appointed X Ltd as its gas servicing subcontractor", "the company
had let its own contract for car park cleaning to X Ltd". The council let none of these: the
sentence's subject, the body that appointed the firm, is the company (a trust, a contractor
itself), not the council or its decision-maker. A row whose sentence has such a body, as the
subject of a verb of letting in the perfect ("has appointed", "had let": a report of what it
did, not a decision the paper takes), before the firm it names, is that body's contract.

A company's own board deciding ("The Board approved the award of the contract to X Ltd",
"RESOLVED that the contract be awarded to X Ltd") is no such report and keeps its row."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# The body other than the council that lets: "the company", "its trading company", "the
# trust", "the contractor (itself)" - the body named by its kind, the council never so.
# (how many words may qualify the kind: "the housing company", "the leisure trust")
KIND_WORDS = 2
OTHER_BODY = (rf"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,{KIND_WORDS}}}?"
              r"(?:company|trust|contractor|operator|partnership|charity|subsidiary)"
              r"(?:\s+itself)?")
# ... the subject of a verb of letting in the perfect: what the body has done, reported.
LET_BY_IT = re.compile(
    rf"{OTHER_BODY},?\s+(?:has|had|have)\s+(?:(?:now|already|recently|also|since)\s+)?"
    r"(?:appointed|let|awarded|extended|engaged|procured|commissioned|entered\s+into)\b",
    re.I)


def _let_by_another(draft: Draft) -> bool:
    """Whether the row's sentence has another body let its contract to the row's firm (named
    after the verb, in the same sentence)."""
    text = draft.text or ""
    if not draft.provider or not text:
        return False
    return any(draft.provider in text[m.end():] for m in LET_BY_IT.finditer(text))


def without_others_lettings(drafts: list[Draft]) -> list[Draft]:
    """The rows, less those another body (a company, a trust, a contractor) says it let."""
    return [d for d in drafts if not _let_by_another(d)]
