"""Phrasings that name the firm an agreement is made with, said in the passive (held-out round
25), apart from ``provider_patterns`` and ``provider_phrasings`` (blocks of data grown to their
size): "that a pre-construction services agreement for Foundry Wharf Phase 2 be entered into
with Haddow Pemberton Construction Ltd at a fee of £164,500". ``provider_drafts`` reads them
with the specific patterns (the active "enters into a ... agreement with X" is one of
``provider_patterns``')."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAME, _WORD_START, LEGAL_END, NAMES

# How far the verb may stand from the agreement it makes: what the agreement is for ("for
# Foundry Wharf Phase 2", "for the design of the Cultural Hub to RIBA Stage 4").
ENTERED_CHARS = 120

# An agreement that lets nothing the council buys: it pays a grant or a loan, or lets its own
# land ("a grant funding agreement ... be entered into with X Ltd", "an agreement for lease be
# entered into with X Ltd"), as a grant awarded is no contract (``provider_drafts.GRANTED``).
NOT_BOUGHT_WORDS = ("grant", "funding", "loan", "lease")
_NOT_BOUGHT_BEFORE = "".join(rf"(?<![{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in NOT_BOUGHT_WORDS)
_NOT_BOUGHT_AFTER = r"(?!(?i:an?\s+|the\s+)?(?i:lease|grant|loan)\b)"

# "that a pre-construction services agreement for X be entered into with Y Ltd": the firm an
# agreement or contract is entered into with holds it. Only a name with a legal form (a
# council enters agreements with its partners too, as the active pattern says), and only in
# the agreement's own clause (no stop between).
# (each run of spaces read once, possessively, and what the agreement is for opening and
# ending on a word: a service that could open or end inside a run was tried from each space,
# 6 s on "contracts for" and 1,000 spaces)
ENTERED_INTO_WITH = re.compile(
    rf"\b{_NOT_BOUGHT_BEFORE}(?i:agreements?|contracts?)\b"
    rf"(?:\s++(?i:for)\s++{_NOT_BOUGHT_AFTER}"
    r"(?P<service>[^\s.;](?:[^.;]{1," + str(ENTERED_CHARS - 2) + r"}?(?<!\s))?))?"
    r"\s++(?i:be|is|was|been|being|to\s+be)\s+(?i:entered)\s+(?i:into)\s+(?i:with)\s+"
    rf"(?P<name>{NAMES}){LEGAL_END}")

# How far the agreement may stand from the work a firm has done under it: what the work was
# and since when ("has worked on the design since January 2030").
WORKED_CHARS = 120
# "Brackwell Construction Ltd has worked on the design since January 2030 under a
# pre-construction services agreement entered into at a fee of £236,000": a firm, the
# sentence's subject, that has worked (or been working) under an agreement or contract holds
# it, in place. Only a name with a legal form at the sentence's start (after its paragraph's
# number, "2.2"), and only in one clause.
# (from a word's start, the verb looked for before the name's end, as award_phrasings'
# APPOINTED_FOR_FEE: a long run of capitalised words is read once)
# No word of the agreement's own name may be a grant, a loan or a lease ("a grant funding
# agreement", "a loan facility agreement": money given or lent, no service bought), nor say
# it is like another ("a similar contract for Eastmere Council": a bidder's reference).
_NOT_HELD_WORD = r"(?!(?i:lease|grant|loan|similar|comparable|equivalent)\b)"
WORKED_UNDER = re.compile(
    rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?{_WORD_START}(?P<name>{_NAME})(?=\s+(?i:has|have)\s){LEGAL_END}\s+"
    r"(?i:has|have)\s+(?i:been\s+)?(?i:work(?:ed|ing)|engaged|acting|acted)\b"
    rf"[^.;]{{0,{WORKED_CHARS}}}?\b(?i:under)\s+(?i:an?|the|its)\s+"
    rf"(?:{_NOT_HELD_WORD}[\w-]+\s+){{0,4}}?(?i:agreement|contract)\b"
    # ... not one "with" another firm ("under a contract with Kier Highways Ltd, the Council's
    # term contractor": the firm works for that one, as its subcontractor)
    rf"(?!\s+(?i:with)\s+{_WORD_START}{NAMES}{LEGAL_END})")

AGREEMENT_PROVIDER_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (ENTERED_INTO_WITH, "new"),
    (WORKED_UNDER, "current"),
)
