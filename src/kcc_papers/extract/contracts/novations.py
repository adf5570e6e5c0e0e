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
from kcc_papers.normalise.money import Money, find_money

# What is novated, between the verb and "from": "be novated", "the novation of the leisure
# contract for the three centres" (one clause).
NOVATED_WHAT_CHARS = 200
# "novated from X Ltd to Y Ltd", "novation of the contract from X Ltd to Y Ltd": both firms
# with a legal form (a council's own company or a person is no party let to here). So is a
# contract "assigned from X Ltd to Y Ltd" (an assignment of the contract, as a paper may call
# the same transfer; the contract named before "from").
_NOVATE = r"\b(?i:novat(?:e|es|ed|ing|ion))\b"
_ASSIGN = r"\b(?i:contract|agreement)\b[^.;]{0,120}?\b(?i:assign(?:ed|ment))\b"
NOVATION = re.compile(
    rf"(?:{_NOVATE}|{_ASSIGN})[^.;]{{0,{NOVATED_WHAT_CHARS}}}?\b(?i:from)\s+"
    rf"(?P<outgoing>{_NAME}){LEGAL_END}\s+(?i:to)\s+(?P<name>{_NAME}){LEGAL_END}")
# ... or only to the incoming firm: "be novated to Y Ltd", "transferred by novation to Y Ltd",
# "the novation of the home care contract to Y Ltd" (what is novated said in a few words, no
# comma; not "novation, subject to Y Ltd's ..."); the outgoing firm, if any, named before the
# verb as the contract's holder ("the contract with X Ltd", "held by X Ltd").
NOVATED_TO_WHAT_CHARS = 120
NOVATED_TO = re.compile(
    rf"{_NOVATE}(?:(?!\b(?i:from|subject|due|according|prior|pursuant|owing|in\s+addition)\b)"
    rf"[^.;,]){{0,{NOVATED_TO_WHAT_CHARS}}}?\b(?i:to)\s+(?P<name>{_NAME}){LEGAL_END}")
HELD_BY = re.compile(rf"\b(?:(?i:contract|agreement)\b[^.;,]{{0,80}}?\bwith|"
                     rf"(?i:held|provided|delivered|run|operated)\s+by)\s+"
                     rf"(?P<outgoing>{_NAME}){LEGAL_END}")
# The sum the novated contract passes at, in the same clause after the firms: "with a remaining
# contract value of £6,875,000", "at a value of", "worth" (the words just before the sum) - not
# a guarantee's or a bond's sum in that clause ("with the parent company guarantee capped at
# £500,000"): the words since the clause's last comma name what the sum is.
VALUE_CUE = re.compile(r"(?:\b(?:value|price|sum|fee)\s+of|\bworth|\bat)\s+\W{0,2}$", re.I)
NOT_THE_CONTRACTS = re.compile(r"\b(?:guarantee|bond|insurance|indemnit(?:y|ies)|cap(?:ped)?|"
                               r"limit(?:ed)?|liabilit(?:y|ies)|grant|deposit|retention)\b", re.I)
CLAUSE_END = re.compile(r";|\.(?:\s|$)")
SENTENCE_END = re.compile(r"\.(?:\s|$)")
# A novation weighed and set aside, said after it in its clause ("Option 1 - novating the
# contract from X Ltd to Y Ltd: rejected because ..."), not in another clause of the sentence
# ("..., and that Y Ltd's request for a price increase be refused"); or before it ("Cabinet
# rejected the proposal that the contract be novated", "declined to novate", "It is not
# recommended that ..."); or denied ("No novation is needed", "will not be novated"): an
# option or a denial, nothing passes.
SET_ASIDE = re.compile(r"\b(?:rejected|refused|declined|discounted|not\s+(?:approved|agreed|"
                       r"pursued|recommended|supported|preferred))\b", re.I)
SET_ASIDE_BEFORE = re.compile(rf"(?:{SET_ASIDE.pattern}|\b(?:refusing|rather\s+than|"
                              r"instead\s+of))", re.I)
OTHER_CLAUSE = re.compile(r";|,?\s+and\s+that\b|\.(?:\s|$)", re.I)
NEGATED = re.compile(r"\b(?:no|not|never|without)\s+(?:(?:be|been|being|to|a|any|further)\s+)*$",
                     re.I)
# How far back in its sentence a novation may be set aside ("Cabinet rejected the proposal that
# the home care contract be").
SET_ASIDE_BEFORE_CHARS = 120


STOP = re.compile(r"[.;](?:\s|$)")


def _opening(text: str, at: int) -> int:
    """Where the sentence or clause holding ``at`` opens (after the last stop before it)."""
    return max((e.end() for e in STOP.finditer(text, 0, at)), default=0)


def _set_aside(text: str, m: re.Match[str]) -> bool:
    """Whether a novation a text says is set aside or denied (SET_ASIDE, NEGATED)."""
    stop = OTHER_CLAUSE.search(text, m.end())
    if SET_ASIDE.search(text, m.end(), stop.start() if stop else len(text)):
        return True
    opening = _opening(text, m.start())
    before = text[max(opening, m.start() - SET_ASIDE_BEFORE_CHARS): m.start()]
    return bool(SET_ASIDE_BEFORE.search(before) or NEGATED.search(before))


def _novations(text: str) -> list[re.Match[str]]:
    """The novations a text says, from one firm to another or only to one, but those set
    aside in their sentence (``_set_aside``)."""
    found = [m for m in NOVATION.finditer(text) if not _set_aside(text, m)]
    spans = [(m.start(), m.end()) for m in NOVATION.finditer(text)]
    found += [m for m in NOVATED_TO.finditer(text)
              if not any(a <= m.start() < b for a, b in spans) and not _set_aside(text, m)]
    return found


def _outgoing(text: str, m: re.Match[str]) -> str | None:
    """The firm a novation takes the contract from: named after "from", or as the contract's
    holder before the verb in its sentence ("the contract with X Ltd was transferred by
    novation to Y Ltd")."""
    if "outgoing" in m.re.groupindex:
        return _one_line(m["outgoing"])
    opening = _opening(text, m.start())
    held = [h for h in HELD_BY.finditer(text, opening, m.start())]
    return _one_line(held[-1]["outgoing"]) if held else None


def _one_line(name: str) -> str:
    """A firm's name as one line (a paragraph may wrap inside it), without the stop of a
    sentence it ends ("... to Orwin Leisure Ltd.")."""
    return " ".join(name.split()).removesuffix(".")


def _mentions(text: str) -> bool:
    """Whether a text may say a novation or an assignment (most say neither)."""
    return "ovat" in text or "ssign" in text


def _value_passing(clause: str) -> Money | None:
    """The sum a novation's clause gives the contract passing (VALUE_CUE), not a guarantee's
    or another sum the words since its comma name (NOT_THE_CONTRACTS)."""
    for money in find_money(clause):
        before = clause[: money.start]
        since_comma = before[before.rfind(",") + 1:]
        if VALUE_CUE.search(before) and not NOT_THE_CONTRACTS.search(since_comma):
            return money
    return None


def novation_drafts(paragraphs: Sequence[tuple[int, str]]) -> list[Draft]:
    """The incoming firm of each novation a paragraph says (priced where its clause gives the
    value passing) and the outgoing one, if named, with no value."""
    out: list[Draft] = []
    for page, paragraph in paragraphs:
        if not _mentions(paragraph):
            continue
        for m in _novations(paragraph):
            end = CLAUSE_END.search(paragraph, m.end())
            clause = paragraph[m.end(): end.start() if end else len(paragraph)]
            incoming = Draft(page=page, provider=_one_line(m["name"]), status="new",
                             text=paragraph[m.start(): m.end() + len(clause)])
            money = _value_passing(clause)
            if money is not None:
                set_value(incoming, money.text)
            out.append(incoming)
            outgoing = _outgoing(paragraph, m)
            if outgoing is not None and outgoing != incoming.provider:
                out.append(Draft(page=page, provider=outgoing, status="current",
                                 text=incoming.text))
    return out


def outgoing_firms(text: str) -> set[str]:
    """The firms a document says a contract is novated from (and to none)."""
    if not _mentions(text):
        return set()
    found = _novations(text)
    return ({o for m in found if (o := _outgoing(text, m)) is not None}
            - {_one_line(m["name"]) for m in found})


def without_outgoing_values(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts, each firm a contract is novated from (``outgoing_firms``) without a value:
    what it was first let for is the replaced contract's price, no value of the record."""
    outgoing = outgoing_firms(text)
    for draft in drafts:
        if draft.provider in outgoing:
            draft.value_gbp = draft.value_text = draft.value_period = None
    return drafts
