"""Lots let one to an item of a lettered list (held-out round 28): "That the Committee awards
the contracts for pest control and dog warden services as follows: (a) Lot 1, domestic and
commercial pest control, to Verminex Environmental Ltd for four years from 1 April 2031 at a
total value of £612,800; and (b) Lot 2, dog warden ..., to Greyfield Kennels and Animal Welfare
Ltd for four years ... at a total value of £448,000." Each item a paragraph of its own, it
holds no award's verb nor the word "contract" (the lead-in above says them), so neither the
cues nor ``lone_lots`` read it. An item that opens on its list mark and a lot, says what the lot
covers between commas (or brackets), and lets the lot to a firm at a sum, is that lot's
contract: only a tender's award lets a numbered lot to a firm at a sum. (The firm's name ends
in its legal form, and may hold "and": "Greyfield Kennels and Animal Welfare Ltd".) The list's
lead-in, the paragraph above its items, must let the contracts ("awards the contracts ... as
follows:", "That the contracts be awarded:"), and not refuse them or say how they would have
gone: a list of lots "as they would have gone on price alone", or of "proposed awards ...
rejected", lets nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.award_parts import PART_SUM, let_draft
from kcc_papers.extract.contracts.contract_pages import LETS_CONTRACTS
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.lone_lots import OWN_TERM, TERM_CHARS
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END, NAMES, SUM, organisation
from kcc_papers.extract.contracts.sentences import PART_MARK

# What a lot covers: a clause between commas after its mark (a list of its own perhaps: "dog
# warden, stray dog collection and kennelling,"), or bracketed.
COVER_CHARS = 80
# A list's mark: "(a)", "a)", "(ii)", "(3)".
LIST_MARK = r"\(?(?:[a-z]{1,3}|\d{1,2})\)"

LISTED_LOT = re.compile(
    rf"^\s*{LIST_MARK}\s+(?P<service>{PART_MARK}(?:,\s+[^;£()]{{3,{COVER_CHARS}}}?,"
    rf"|\s*\([^()]{{3,{COVER_CHARS}}}\))?)\s+(?i:to)\s+(?P<name>{NAMES}){LEGAL_END}"
    rf"(?:\s+(?!\s){OWN_TERM}{{1,{TERM_CHARS}}}?(?<!\s))??\s+{PART_SUM}(?P<value>{SUM})")
# An insurer often trades under a name with no legal form ("Lot 1 (property) to Zurich
# Municipal at a total premium of £4,236,000"): under a lead-in that lets the contracts, a
# list item letting a numbered lot to a run of capitalised words at a sum, said straight after
# them, lets it to that firm (the mark, the lot, the sum and the lead-in make it an award).
BARE_LISTED_LOT = re.compile(
    rf"^\s*{LIST_MARK}\s+(?P<service>{PART_MARK}\s*\([^()]{{3,{COVER_CHARS}}}\))\s+"
    rf"(?i:to)\s+(?P<name>{_NAME})\s+{PART_SUM}(?P<value>{SUM})")
# What a lot may go to that is a way of providing it, no firm, though capitalised as a name
# ("Lot 2 (learning disabilities) to In-House Provision", "to Direct Payments"): with no legal
# form to say otherwise, such a name lets nothing.
NOT_A_FIRM = re.compile(r"\b(?:in[\s-]house|direct\s+payments?|personal\s+budgets?)\b", re.I)
ITEM = re.compile(rf"^\s*{LIST_MARK}\s")
# A lead-in that lets the contracts listed below it: the cue of a page that lets contracts, or
# a resolution's passive ("That the contracts be awarded as follows:")...
LETS_LISTED = re.compile(rf"{LETS_CONTRACTS.pattern}|\bcontracts?\s+(?:be|are\s+to\s+be)\s+"
                         r"(?:awarded|let)\b", re.I)
# ... and that neither refuses them nor supposes them ("would have gone as follows").
NOT_LET = re.compile(r"\b(?:not|reject\w*|refus\w*|declin\w*|defer\w*|would\s+have)\b", re.I)


def lets_listed(lead_in: str) -> bool:
    return bool(LETS_LISTED.search(lead_in)) and not NOT_LET.search(lead_in)


def listed_lot_drafts(paragraphs: Sequence[tuple[int, str]]) -> list[Draft]:
    """The contract of each list item that lets a lot to a firm at a sum, under a lead-in
    that lets the contracts."""
    out = []
    lead_in = ""
    for page, paragraph in paragraphs:
        if not ITEM.match(paragraph):
            lead_in = paragraph
            continue
        if "Lot" not in paragraph or not lets_listed(lead_in):
            continue
        text = " ".join(paragraph.split())
        m = LISTED_LOT.match(text) or _bare_listed_lot(text)
        if m is not None and organisation(m.group("name")):
            out.append(let_draft(m, text, page))
    return out


def _bare_listed_lot(text: str) -> re.Match[str] | None:
    """A list item letting its lot to a name with no legal form, unless the name says the lot
    is provided in house or by the person served (NOT_A_FIRM)."""
    m = BARE_LISTED_LOT.match(text)
    return None if m is None or NOT_A_FIRM.search(m.group("name")) else m
