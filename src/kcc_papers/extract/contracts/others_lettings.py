"""Contracts another body lets, reported to the council (held-out round 39): a council-owned
company's update says what the company bought for itself - "For information, the company has
appointed X Ltd as its main contractor ... under a JCT design and build contract of £5.2
million", "The company had appointed X Ltd as its gas servicing subcontractor", "the company
had let its own contract for car park cleaning to X Ltd". The council let none of these: the
sentence's subject, the body that appointed the firm, is the company (a trust, a contractor
itself), not the council or its decision-maker. A row whose sentence has such a body, as the
subject of a verb of letting in the perfect ("has appointed", "had let": a report of what it
did, not a decision the paper takes), before the firm it names, is that body's contract; so is
one the body is the agent of in the passive ("the contract has been awarded by the trust to X
Ltd").

A company's own board deciding ("The Board approved the award of the contract to X Ltd",
"RESOLVED that the contract be awarded to X Ltd") is no such report and keeps its row. Nor is
a body named only inside another's phrase ("the Council, as shareholder of the company, has
awarded": the council lets), nor one letting "on behalf of the Council" (the council's
contract, let by its agent)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# The body other than the council that lets: "the company", "its trading company", "the
# trust", "the contractor (itself)" - the body named by its kind, the council never so.
# (how many words may qualify the kind: "the housing company", "the leisure trust")
KIND_WORDS = 2
_KINDS = r"(?:company|trust|contractor|operator|partnership|charity|subsidiary)"
OTHER_BODY = (rf"\b(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,{KIND_WORDS}}}?"
              rf"(?P<kind>{_KINDS})"
              r"(?:\s+itself)?")
_LETTING = r"(?:appointed|let|awarded|extended|engaged|procured|commissioned|entered\s+into)\b"
# ... the subject of a verb of letting in the perfect: what the body has done, reported.
LET_BY_IT = re.compile(
    rf"{OTHER_BODY},?\s+(?:has|had|have)\s+(?:(?:now|already|recently|also|since)\s+)?"
    + _LETTING, re.I)
# ... or its agent in the passive: "has been awarded by the trust (to X Ltd)".
LET_BY_IT_PASSIVE = re.compile(
    rf"\b(?:has|had|have)\s+(?:now\s+|already\s+|recently\s+|also\s+)?been\s+{_LETTING}"
    rf"\s+by\s+{OTHER_BODY}", re.I)
# A body named after a preposition ("as shareholder of the company", "acting for the trust")
# or joined to the council ("the Council and its company") is not the one that lets.
NOT_SUBJECT = re.compile(
    r"(?:\b(?:of|for|with|by|to|from|under|through|via|behalf\s+of)"
    r"|\b(?:Council|Authority|Cabinet)\b[^,.;]{0,40}\band)\s*$", re.I)
# How far before the body the words that make it not the subject are looked for.
BEFORE_CHARS = 60
# A body letting "on behalf of the Council" (or "on the Council's behalf") lets its contract.
FOR_THE_COUNCIL = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Council|Authority)\b"
    r"|\bon\s+(?:the\s+)?(?:Council|Authority)['’]s\s+behalf\b", re.I)


# The paper's own body, named by its masthead (its first line): "Ashvale Community Health NHS
# Trust" heads the trust's own minutes, and there "the Trust has appointed X Ltd" is the body
# letting its own contract (limit round 40). Only a masthead naming no council: a council's
# report about its trust or company is headed by the council, and the trust there is another.
MASTHEAD_KIND = re.compile(rf"\b{_KINDS}\b", re.I)
COUNCIL_WORD = re.compile(r"\b(?:council|authority|borough|county)\b", re.I)


def own_kinds(text: str) -> frozenset[str]:
    """The kinds of body (lower case) the paper's masthead names as its own, if it names no
    council."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if COUNCIL_WORD.search(first):
        return frozenset()
    return frozenset(m.group(0).lower() for m in MASTHEAD_KIND.finditer(first))


def _let_by_another(draft: Draft, own: frozenset[str] = frozenset()) -> bool:
    """Whether the row's sentence has another body let its contract to the row's firm (named
    after the verb, in the same sentence, or before it in the passive)."""
    text = draft.text or ""
    if not draft.provider or not text or FOR_THE_COUNCIL.search(text):
        return False
    if any((draft.provider in text[:m.start()] or draft.provider in text[m.end():])
           and m.group("kind").lower() not in own
           for m in LET_BY_IT_PASSIVE.finditer(text)):
        return True
    return any(draft.provider in text[m.end():] and m.group("kind").lower() not in own
               and not NOT_SUBJECT.search(text[max(0, m.start() - BEFORE_CHARS):m.start()])
               for m in LET_BY_IT.finditer(text))


def without_others_lettings(drafts: list[Draft], text: str = "") -> list[Draft]:
    """The rows, less those another body (a company, a trust, a contractor) says it let: not
    the paper's own body (``text``, the paper's, names it in its masthead)."""
    own = own_kinds(text) if drafts else frozenset()
    return [d for d in drafts if not _let_by_another(d, own)]
