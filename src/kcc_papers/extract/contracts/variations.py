"""A firm whose works are varied holds the contract in place (held-out round 25): "The Wharf
Road public realm works are being carried out by Ingleby Surfacing Ltd. A variation of £118,400
for additional drainage was agreed in February 2028 ..." The paper never says "contract", yet
only a contract is varied: the firm named doing the works in the sentence before holds one,
in place, and the variation's sum is no contract's value (``paragraphs.sentence_drafts``)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.names import LEGAL_END, NAMES, name_of
from kcc_papers.normalise.money import find_money

# How far a variation's sum may stand from the word "variation" ("A variation of £118,400",
# "A further variation to the drainage works of £12,000").
VARIATION_CHARS = 60

# Works a firm is doing, named with its legal form: "are being carried out by X Ltd", "is
# being delivered by", "were built by" ... then, in the next sentence, a variation of them at
# a price. (Only a name with a legal form: works "carried out by the Council's own team" are
# no firm's; and only a priced variation: a developer building its own scheme seeks "a
# variation of condition 4 (hours of working)", of a planning permission, not of a contract.)
VARIED_WORKS = re.compile(
    r"\b(?i:works?|scheme|project|construction|build)\b[^.;]{0,80}?"
    r"\b(?i:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:carried\s+out|delivered|undertaken|built|constructed))\s+(?i:by)\s+"
    rf"(?P<name>{NAMES}){LEGAL_END}\s*\.\s+(?i:an?|the)\s+(?:[\w-]+\s+)?(?i:variations?)\b"
    rf"[^.;£]{{0,{VARIATION_CHARS}}}£")


def varied_works(paragraph: str, page: int) -> list[Draft]:
    """The contracts in place a paragraph names by varying a firm's works (none commonly)."""
    if "ariation" not in paragraph:
        return []
    return [Draft(page=page, provider=m["name"], status="current", text=paragraph)
            for m in VARIED_WORKS.finditer(paragraph)]


# The value a variation lets, named so in the sentence varying a firm's contract (held-out round
# 35: "approves a variation to the Waste and Recycling Collection Contract with Corrigan
# Environmental Services Ltd ... at a variation value of £1,275,000"): what is let to the firm
# now, the row's value (as "at an additional cost of" is, ``value_drafts``), never the value
# the contract was first let at.
VARIATION_VALUE_CUE = re.compile(r"\b(?:at|with|for)\s+an?\s+(?:(?:total|estimated|maximum)\s+)?"
                                 r"variation\s+(?:value|cost|price|sum)\s+of\s*\W{0,2}$", re.I)


# A sentence opening on the variation a report seeks and its value (held-out round 36: "4.1 The
# variation is valued at £612,400, bringing the total value of the main works contract to
# £9,287,400."): the variation named as the one spoken of ("The", "This", "The proposed"), its
# value the first sum after the verb; the contract's new total after it is no value let now.
VARIATION_VALUED = re.compile(
    r"^\W{0,3}(?:\d+(?:\.\d+)*\s+)?(?:the|this)\s+(?:proposed\s+|recommended\s+)?variation\s+"
    r"(?:is|will\s+be|would\s+be)\s+(?:valued\s+at|worth|priced\s+at)\s+"
    r"(?P<sum>(?:approximately|about|around|some|circa|up\s+to|an\s+estimated)\s+)?(?=£)",
    re.I)  # (a sum qualified, "valued at approximately £X", "up to £X", read as printed)
# The firm delivering the contract varied, named in a sentence before the value's (a paragraph
# or a section before it: "It covers ... and is being delivered by X Ltd"): a name with a legal
# form only (works "carried out by the Council's own team" are no firm's).
DELIVERED_BY = re.compile(
    r"\b(?i:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?"
    r"(?:carried\s+out|delivered|undertaken|built|constructed))\s+(?i:by)\s+"
    rf"(?P<name>{NAMES}){LEGAL_END}")
# Whose delivering it is: the clause's subject the contract or its works ("The main works contract
# ...", "It covers ... and is being delivered by", "the works are being carried out by"), never a
# part of them or a study before them ("The design was carried out by X Architects Ltd", "The
# roofing is being undertaken by Y Ltd, a subcontractor": a designer's or subcontractor's own).
_SUBJECT_WORD = r"(?!(?:is|are|was|were|has|have|had|of|for)\b)[\w-]+\s+"
CONTRACT_SUBJECT = re.compile(
    r"^\W{0,3}(?:\d+(?:\.\d+)*\s+)?(?:it|they|which|(?:the|this|these|our|its)\s+"
    rf"(?:{_SUBJECT_WORD}){{0,5}}?(?:contracts?|works|scheme|programme|project))\b", re.I)
# The clause a verb stands in: after the last comma, semicolon or "and" before it.
_CLAUSE_BREAK = re.compile(r"[;,]\s+|\s+(?:and|but|while|whilst)\s+", re.I)
# "..., a subcontractor", "... (subcontractor to X Ltd)": the firm named is not the contract's.
_SUBCONTRACTOR_AFTER = re.compile(r"^.{0,40}?\bsub-?contract", re.I | re.S)
# A variation agreed before, the one "the variation" then speaks of ("In March 2025 the
# Committee approved a first variation ...", "A variation ... was agreed in 2025"): its value
# is a past one's, no contract let now.
PAST_VARIATION = re.compile(
    r"\b(?:approved|agreed)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?variation\b|"
    r"\bvariation\b[^.;]{0,80}?\b(?:was|were|had\s+been)\s+(?:approved|agreed)\b", re.I)
# How far back the firm's sentence may be: a few sentences (a heading between is no sentence).
VARIED_LOOK_BACK_SENTENCES = 3


def variation_priced_back(sentence: str, page: int, earlier: list[str]) -> Draft | None:
    """The contract a variation's value sentence prices (``earlier`` the sentences before it,
    nearest last, headings left out): the one firm the nearest sentence naming a firm delivering
    a contract names, at the variation's value (as a variation let with its firm in one
    sentence is, ``VARIATION_VALUE_CUE``); None when the sentence is no such one, or the firm
    is not that of a contract (the sentence and its paragraph say no "contract") or not one."""
    opening = VARIATION_VALUED.match(sentence)
    if opening is None or any(PAST_VARIATION.search(said) for said in [*earlier[-1:], sentence]):
        return None
    for before in reversed(earlier[-VARIED_LOOK_BACK_SENTENCES:]):
        firms = {name for m in DELIVERED_BY.finditer(before)
                 if _delivers_the_contract(before, m.start(), m.end())
                 and (name := name_of(m["name"]))}  # "... by X Ltd." at a sentence's end
        if not firms:
            continue
        if len(firms) != 1:
            return None
        draft = Draft(page=page, provider=firms.pop(), status="new", text=sentence)
        money = find_money(sentence[opening.end():])
        if not money:
            return None
        opens = opening.start("sum") if opening["sum"] else opening.end()
        set_value(draft, sentence[opens:opening.end() + money[0].end])
        return draft
    return None


def _delivers_the_contract(sentence: str, start: int, end: int) -> bool:
    """Whether a "delivered by X Ltd" at ``start`` says who delivers the contract (its clause's
    subject the contract, its works or "it"; a clause with no subject of its own, "..., and is
    being delivered by", has the sentence's), and X is not named a subcontractor."""
    if _SUBCONTRACTOR_AFTER.match(sentence, end):
        return False
    head = sentence[:start].rstrip()
    if not head or head.endswith(",") or re.search(r"\b(?:and|but)$", head, re.I):
        clause = sentence
    else:
        clause = _CLAUSE_BREAK.split(head)[-1]
    return CONTRACT_SUBJECT.match(clause) is not None
