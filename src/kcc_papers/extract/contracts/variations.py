"""A firm whose works are varied holds the contract in place (held-out round 25): "The Wharf
Road public realm works are being carried out by Ingleby Surfacing Ltd. A variation of £118,400
for additional drainage was agreed in February 2028 ..." The paper never says "contract", yet
only a contract is varied: the firm named doing the works in the sentence before holds one,
in place, and the variation's sum is no contract's value (``paragraphs.sentence_drafts``)."""

from __future__ import annotations

import re
from dataclasses import replace

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

# The contract's new total, said in the sentence varying a firm's contract when it prints no
# value of the variation itself (held-out round 40: "approve a variation to the cleaning
# contract with X Ltd to add three buildings ..., increasing the total contract value from
# £1,240,000 to £1,415,500"): the value the contract is let at now, the row's value; the sum
# it is raised "from" is the value first let, no value read.
NEW_TOTAL_CUE = re.compile(
    r"\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought|tak(?:e|es|ing)|"
    r"took)\s+(?:the\s+|its\s+)?"
    # (the contract's whole value said by a word of its own, "the total contract value", or
    # as the contract's, "the contract value", "the contract sum", "the value of the contract")
    r"(?:(?:total|overall|revised|whole)\s+(?:contract\s+)?(?:value|sum|price|cost)"
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,4}?contract)?|contract\s+(?:value|sum|price|cost)|"
    r"(?:value|sum|price|cost)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?contract)\s+"
    r"(?:from\s+\W{0,2}£[\d,.]+(?:\s*(?:m|million|k|bn|billion)\b)?\s+)?to\s*\W{0,2}$",
    re.I)
# The variation priced in its own words ("The variation is valued at £612,400, bringing the
# total value ... to £9,287,400", "at an additional cost of"): then the variation's price is
# the value, as round 36 read it, and the new total after it none.
VARIATION_PRICED = re.compile(
    r"\bvariation\b[^.;£]{0,60}?\b(?:valued\s+at|worth|value\s+of|cost\s+of|costing|"
    r"priced\s+at)\s*\W{0,2}£|\b(?:additional|extra)\s+(?:(?:cost|value|sum|price)\s+of\s*)?"
    r"\W{0,2}£", re.I)
_VARIES = re.compile(r"\bvar(?:y|ies|ied|ying|iations?)\b", re.I)


def variation_value_cue(sentence: str, before: str, read: int) -> bool:
    """Whether the words ``before`` a sum name it the value a variation lets, in a sentence
    naming its firm: "at a variation value of" (``VARIATION_VALUE_CUE``), or the contract's
    new total (``NEW_TOTAL_CUE``) where the sentence varies a contract, prices no variation of
    its own and no sum before this one was read as a value (``read``: how many were)."""
    if VARIATION_VALUE_CUE.search(before):
        return True
    return (not read and NEW_TOTAL_CUE.search(before) is not None
            and _VARIES.search(sentence) is not None and not VARIATION_PRICED.search(sentence))


def new_totals_kept(drafts: list[Draft]) -> list[Draft]:
    """Readings of a firm's contract whose value is superseded by the new total a variation
    of it prints (``NEW_TOTAL_CUE``): "was awarded to X Ltd in April 2024 ... at a total value
    of £1,240,000" told before "a variation to the contract with X Ltd ..., increasing the
    total contract value from £1,240,000 to £1,415,500" is the contract as first let, and the
    first reading's value would otherwise win the merge. Its value is left out; the rest of
    it stays (its service, its term)."""
    totals = {d.provider for d in drafts if d.provider and _new_total(d)}
    if not totals:
        return drafts
    return [replace(d, value_gbp=None, value_text=None, value_period=None, approximate=False,
                    value_covers=None)
            if d.provider in totals and d.value_gbp is not None and not _new_total(d) else d
            for d in drafts]


def _new_total(draft: Draft) -> bool:
    """Whether a reading's value is the new total its sentence gives a varied contract."""
    text, value = draft.text or "", draft.value_text
    at = text.find(value) if value else -1
    return (at > 0 and draft.origin == "text" and _VARIES.search(text) is not None
            and NEW_TOTAL_CUE.search(text[:at]) is not None)


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
