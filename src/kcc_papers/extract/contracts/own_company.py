"""A council-owned company's own service agreement, said by the company's board as "the
company" (held-out round 30): "The Managing Director presented the draft service agreement under
which the company would continue to provide waste collection ... services to the Council for five
years ..., a total of £31,200,000 over the term." The sentence names no firm, yet the paper
names the company whose board meets ("Minutes of a meeting of the Board of Directors of
Wendmere Environmental Services Limited"): a sum the company is to be paid for serving its
council is that company's contract. Only a row with no provider, in a paper of a company's
board (a meeting of it, a report to it), whose sentence has "the company" provide to the
council under the agreement it prices ("under which the company would ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# The company a board's paper is of: "(Minutes of) a meeting of the Board of Directors of X
# Limited", "Report to: Board of Directors, X Ltd" (a company's name ends in its legal form).
# The paper must say the board is the one it is of or is written to: a council's report that
# mentions a board ("was considered by the Board of Directors of X Ltd") is no paper of it,
# and "the company" it speaks of may be another.
BOARD_OF_COMPANY = re.compile(
    r"\b(?i:meeting\s+of|report\s+to:?|papers?\s+(?:of|for|to):?|agenda\s+(?:of|for):?)\s+"
    r"(?:(?i:the)\s+)?(?i:board)(?:\s+(?i:of\s+directors))?(?:\s+(?i:of)|\s*,)\s+"
    rf"(?P<name>{_NAME}){LEGAL_END}")
# How far a company's board may be named from the paper's start: its masthead or its minutes'
# opening line, not a company mentioned further on.
OPENING_CHARS = 1500
# How far the service may stand between "provide" and "to the Council".
PROVIDED_CHARS = 160
# "under which the company would continue to provide ... to the Council", "an agreement for
# the company to provide ... for the Council": the company serves its council under the
# agreement the sentence prices. Said only of the agreement it serves under: a board's own
# purchase is often justified by the service ("a contract for tyres ...; with it the company
# will continue to provide ... to the Council"), and there the company buys.
COMPANY_PROVIDES = re.compile(
    r"\b(?:(?:under|by)\s+which|whereby|(?:agreement|contract)\s+for)\s+"
    r"the\s+company\s+(?:would|will|is\s+to|shall|to)\s+(?:continue\s+to\s+)?"
    rf"(?:provide|deliver|carry\s+out)\b[^.;]{{1,{PROVIDED_CHARS}}}?"
    r"\b(?:to|for)\s+the\s+Council\b", re.I)


def board_company(text: str) -> str | None:
    """The company whose board the paper is of, named near its start (None where none is)."""
    m = BOARD_OF_COMPANY.search(text[:OPENING_CHARS])
    return m.group("name") if m else None


def with_own_company(drafts: Sequence[Draft], text: str) -> list[Draft]:
    """The rows, each unnamed one whose sentence has the company serve its council given the
    company the paper's board is of as its provider."""
    out = list(drafts)
    if not any(d.provider is None and d.text and COMPANY_PROVIDES.search(d.text) for d in out):
        return out
    company = board_company(text)
    if company is None:
        return out
    for draft in out:
        if draft.provider is None and draft.text and COMPANY_PROVIDES.search(draft.text):
            draft.provider = company
    return out
