"""A contract novated from one firm to another (held-out round 35, an executive decision
notice): "the Leisure Management Contract ... be novated from Castlegate Leisure Ltd to Orwin
Leisure Partnership Ltd with effect from 1 May 2026, on the existing terms, for the remaining
term of the contract to 31 March 2031, with a remaining contract value of £6,875,000". The
contract passes to the incoming firm, at the value the sentence gives what passes (the rest
of the term); the outgoing firm is the holder of the contract being replaced, listed with no
value, however the paper priced that contract when it was first let to it ("The contract was
awarded to Castlegate Leisure Ltd in 2021 ... at a total contract value of £11,200,000")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END
from kcc_papers.normalise.money import find_money

# What is novated, between the verb and "from": "be novated", "the novation of the leisure
# contract for the three centres" (one clause).
NOVATED_WHAT_CHARS = 200
# "novated from X Ltd to Y Ltd", "novation of the contract from X Ltd to Y Ltd": both firms
# with a legal form (a council's own company or a person is no party let to here).
NOVATION = re.compile(
    rf"\b(?i:novat(?:e|es|ed|ing|ion))\b[^.;]{{0,{NOVATED_WHAT_CHARS}}}?\b(?i:from)\s+"
    rf"(?P<outgoing>{_NAME}){LEGAL_END}\s+(?i:to)\s+(?P<name>{_NAME}){LEGAL_END}")
# The sum the novated contract passes at, in the same clause after the firms: "with a remaining
# contract value of £6,875,000", "at a value of", "worth" (the words just before the sum).
VALUE_CUE = re.compile(r"(?:\b(?:value|price|sum|fee)\s+of|\bworth|\bat)\s+\W{0,2}$", re.I)
CLAUSE_END = re.compile(r";|\.(?:\s|$)")
SENTENCE_END = re.compile(r"\.(?:\s|$)")
# A novation weighed and set aside, said after it in its sentence ("Option 1 - novating the
# contract from X Ltd to Y Ltd: rejected because ..."): an option, nothing passes.
SET_ASIDE = re.compile(r"\b(?:rejected|refused|declined|discounted|not\s+(?:approved|agreed|"
                       r"pursued|recommended|supported|preferred))\b", re.I)


def _novations(text: str) -> list[re.Match[str]]:
    """The novations a text says, but those set aside in their sentence (SET_ASIDE)."""
    found = []
    for m in NOVATION.finditer(text):
        stop = SENTENCE_END.search(text, m.end())
        if not SET_ASIDE.search(text, m.end(), stop.start() if stop else len(text)):
            found.append(m)
    return found


def _one_line(name: str) -> str:
    """A firm's name as one line (a paragraph may wrap inside it)."""
    return " ".join(name.split())


def novation_drafts(paragraphs: Sequence[tuple[int, str]]) -> list[Draft]:
    """The incoming firm of each novation a paragraph says (priced where its clause gives the
    value passing) and the outgoing one, with no value."""
    out: list[Draft] = []
    for page, paragraph in paragraphs:
        if "ovat" not in paragraph:
            continue  # (most paragraphs: no novation)
        for m in _novations(paragraph):
            end = CLAUSE_END.search(paragraph, m.end())
            clause = paragraph[m.end(): end.start() if end else len(paragraph)]
            incoming = Draft(page=page, provider=_one_line(m["name"]), status="new",
                             text=paragraph[m.start(): m.end() + len(clause)])
            money = next((s for s in find_money(clause)
                          if VALUE_CUE.search(clause[: s.start])), None)
            if money is not None:
                set_value(incoming, money.text)
            out += [incoming, Draft(page=page, provider=_one_line(m["outgoing"]), status="current",
                                    text=incoming.text)]
    return out


def outgoing_firms(text: str) -> set[str]:
    """The firms a document says a contract is novated from (and to none)."""
    if "ovat" not in text:
        return set()
    found = _novations(text)
    return {_one_line(m["outgoing"]) for m in found} - {_one_line(m["name"]) for m in found}


def without_outgoing_values(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts, each firm a contract is novated from (``outgoing_firms``) without a value:
    what it was first let for is the replaced contract's price, no value of the record."""
    outgoing = outgoing_firms(text)
    for draft in drafts:
        if draft.provider in outgoing:
            draft.value_gbp = draft.value_text = draft.value_period = None
    return drafts
