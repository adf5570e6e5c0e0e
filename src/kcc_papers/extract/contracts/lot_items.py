"""Lots let one to a bullet of a list, the firm described after its name (held-out round 30):
a decision page's "decided to award the contracts for the Community Wellbeing Navigation
Service for three years ..., as follows:" over the bullets "Lot 1 (North Ashenshire: Carrick,
Fellhead and Wray districts) to Pathways Wellbeing CIC, a community interest company, at a
contract value of £612,000 for the initial three years; and" and "Lot 2 (...) to Thornvale
Mind, a registered charity, at a contract value of £587,400 ...".

Each item opens on its lot (after a bullet or a list mark, if any), says what the lot covers
in brackets, and lets it to a body at a sum; the body may be described between commas or in
brackets ("a community interest company", "a registered charity"), and its term may stand
before the sum. No item holds an award's verb (the lead-in says it), and a voluntary body's
name has no legal form ("Thornvale Mind"), so neither ``award_parts`` nor ``listed_lots``
reads it. As in ``listed_lots``, the lead-in (the text above the list) must let the contracts
and not refuse or suppose them. A web page's bullets, or a PDF's wrapped items, reach the
reader as the lines of one paragraph: an item is its opening line and the lines after it, up to
the next item."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.award_parts import PART_SUM, let_draft
from kcc_papers.extract.contracts.draft import Draft
from kcc_papers.extract.contracts.listed_lots import LIST_MARK, NOT_A_FIRM, lets_listed
from kcc_papers.extract.contracts.lone_lots import OWN_TERM, TERM_CHARS
from kcc_papers.extract.contracts.names import _NAME, SUM, organisation
from kcc_papers.extract.contracts.sentences import PART, PART_MARK

# A bullet as a page prints it, or a list's mark ("(a)", "2)").
_MARK = rf"(?:[•▪◦●·*–-]\s*|{LIST_MARK}\s+)?"
ITEM_START = re.compile(rf"^\s*{_MARK}{PART_MARK}")
# What the body is, said after its name: "a community interest company", "a registered
# charity", "(a social enterprise)": a short phrase, no sum.
ASIDE_CHARS = 60
_ASIDE = (rf"(?:,\s+(?i:a|an|the)\s+[^,;£()]{{3,{ASIDE_CHARS}}}?,|"
          rf"\s*\((?i:a|an|the)\s+[^;£()]{{3,{ASIDE_CHARS}}}\),?)")
LOT_ITEM = re.compile(
    rf"^\s*{_MARK}(?P<service>{PART})\s+(?i:to)\s+(?P<name>{_NAME}){_ASIDE}?"
    rf"(?:\s+(?!\s){OWN_TERM}{{1,{TERM_CHARS}}}?(?<!\s))??,?\s+{PART_SUM}(?P<value>{SUM})")


def _chunks(paragraph: str) -> list[str]:
    """A paragraph's text before its first item, then each item: its opening line and those
    after it up to the next item's. (Lines gathered in lists and joined once: a paragraph of
    thousands of lines, a text pack with no blank line, grown a line at a time took seconds.)"""
    chunks: list[list[str]] = []
    for line in paragraph.split("\n"):
        if not chunks or ITEM_START.match(line):
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return ["\n".join(lines) for lines in chunks]


def lot_item_drafts(paragraphs: Sequence[tuple[int, str]]) -> list[Draft]:
    """The contract of each item that lets a lot to a body at a sum, under a lead-in that lets
    the contracts (judged once per lead-in, not again for each item under it)."""
    out: list[Draft] = []
    lets = False
    for page, paragraph in paragraphs:
        for chunk in _chunks(paragraph):
            if not ITEM_START.match(chunk):
                lets = lets_listed(" ".join(chunk.split()))
                continue
            if not lets:
                continue
            text = " ".join(chunk.split())
            m = LOT_ITEM.match(text)
            # (a lot kept in house or met by direct payments goes to no firm: NOT_A_FIRM)
            if m is not None and organisation(m["name"]) and not NOT_A_FIRM.search(m["name"]):
                out.append(let_draft(m, text, page))
    return out
