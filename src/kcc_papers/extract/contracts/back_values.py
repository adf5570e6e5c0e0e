"""A contract's value said in a sentence of its own that refers back to the contract a sentence
before named by its firm (held-out round 33): "X Ltd submitted the most advantageous tender.
Its price is £240k p.a. for 5 years (£1.2m).", "Three tenders were received and X Ltd scored
highest. ... The total value of the award, including the extension option, is £6.9m.", "...
by direct award to X Ltd. The call-off is for three years and is worth up to £3m.", "... be
extended with X Trust. ... The extension would be at a total cost of £825,000". The value
sentence names no firm and says no contract's cue of the kind ``value_drafts`` reads; its
subject ("Its price", "The total value of the award", "The call-off ... worth") is the contract
the nearest sentence naming a firm spoke of (``paragraphs.sentence_drafts``).

Only the contract of a firm already read as let (awarded, extended: no contract in place, no
bid) with no value yet, and only where that nearest sentence names no other firm: a losing
bidder's price ("Y Ltd's tender was lower. Its price was £1.1m") or a contract of another
named in between is no value of it. A pre-tender estimate, a budget or an annual cost opens
its sentence with its own noun, and is no reference back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kcc_papers.extract.contracts.draft import Draft, set_value
from kcc_papers.extract.contracts.names import LEGAL_FORMS
from kcc_papers.normalise.money import find_money

# How far back the sentence naming the firm may be: at most this many sentences (a term or an
# option said between), in the value sentence's paragraph or those just before it.
LOOK_BACK_SENTENCES = 3
# How long the clause between a contract's subject and its worth may be ("is for three years
# and", an aside "including the extension option").
CLAUSE_CHARS = 80
_QUALIFIER = r"(?:(?:total|overall|whole[\s-]life|full|tendered|contract)\s+)?"
_CONTRACT = r"(?:contract|call[\s-]off|award|extension|agreement)"
_VERB = r"(?:is|was|will\s+be|would\s+be)"
# The words of a sentence opening on the contract's value, just before its sum:
BACK_VALUE = re.compile(
    r"^\W{0,3}(?:\d+(?:\.\d+)*\s+)?(?:"
    # "Its price is", "Its total value will be"
    rf"its\s+{_QUALIFIER}(?:price|value|cost|sum)\s+{_VERB}|"
    # "The total value of the award, including the extension option, is"
    rf"the\s+{_QUALIFIER}(?:value|cost|price)\s+of\s+(?:the|this)\s+{_CONTRACT}"
    rf"(?:,[^,.;£]{{1,{CLAUSE_CHARS}}},)?\s+{_VERB}|"
    # "The call-off is for three years and is worth", "The extension would be at a total cost of"
    rf"(?:the|this)\s+(?:(?:new|proposed)\s+)?{_CONTRACT}\s+{_VERB}\b[^.;£]{{0,{CLAUSE_CHARS}}}?"
    r"(?:\bworth|\bvalued\s+at|\bat\s+an?\s+(?:total\s+)?(?:cost|value|price)\s+of))"
    r"\s*(?:up\s+to\s+)?\W{0,2}$", re.I)
# A sum in brackets just after the value ("£240k p.a. for 5 years (£1.2m)", "£825,000 (£412,500
# a year)"): read with it, the whole term's (``draft.whole_term``).
# Words around the sum that make it no value of the contract let: a difference ("Its value is
# £50,000 lower than the current contract", "an increase of"), or the contract before it ("The
# contract was last tendered ... valued at", "The cost of the contract was £250,000 last year").
NOT_ITS_VALUE = re.compile(
    r"\b(?:lower|higher|less|more|greater|cheaper|dearer)\s+than\b|"
    r"\b(?:saving|savings|increase|reduction|decrease|difference)\b|"
    r"\b(?:previous(?:ly)?|existing|incumbent|former|last|in\s+place)\b|"
    r"\bcurrent\s+(?:contract|provider|arrangement|service)s?\b", re.I)
# The clause the sum ends (up to its next comma, stop or bracket).
CLAUSE_AFTER = re.compile(r"[^,;.()]*")
# A sentence naming no firm the look back may pass over: one still speaking of the contract ("The
# contract is for an initial four-year term", "The contract allows a single extension"). One
# speaking of something else (a service run in-house, a grant, a lease, a bidder named without
# its legal form) is what a sentence after it refers back to.
OF_THE_CONTRACT = re.compile(rf"\b(?:{_CONTRACT}|option|term)s?\b", re.I)
# A value opening on a pronoun ("Its price is") refers to the sentence just before it alone.
PRONOUN_OPENING = re.compile(r"^\W{0,3}(?:\d+(?:\.\d+)*\s+)?its\b", re.I)
BRACKET_AFTER = re.compile(r"\s*\((?=[^()]{0,80}£)[^()]{1,80}\)")
# A firm's name: a legal form ends it (any firm, not only one read, so that a losing bidder or
# another contract's firm named nearer stops the look back).
FIRM = re.compile(r"\b(?:" + "|".join(re.escape(f.rstrip(".")) for f in LEGAL_FORMS) + r"|GmbH)\b")


def back_value(sentence: str, page: int | None) -> Draft | None:
    """The value a sentence opening on a reference back to a contract gives, or None."""
    if "£" not in sentence:
        return None
    money = find_money(sentence)
    if not money or not BACK_VALUE.search(sentence[: money[0].start]):
        return None
    bracket = BRACKET_AFTER.match(sentence, money[0].end)
    after = CLAUSE_AFTER.match(sentence, bracket.end() if bracket else money[0].end)
    if NOT_ITS_VALUE.search(sentence[: money[0].start]) or (
            after and NOT_ITS_VALUE.search(after.group(0))):
        return None
    draft = Draft(page=page, text=sentence)
    if bracket:
        set_value(draft, money[0].text + bracket.group(0))
    if draft.value_gbp is None:
        draft = Draft(page=page, text=sentence)
        set_value(draft, money[0].text)
    return draft if draft.value_gbp is not None else None


def _let_unpriced(draft: Draft) -> bool:
    return bool(draft.provider) and draft.value_gbp is None and not draft.bid and (
        draft.status != "current")


def referred_contract(earlier: Sequence[str], read: Sequence[Draft],
                      value_sentence: str = "") -> list[Draft]:
    """The readings of the one contract a value sentence refers back to: that of the firm the
    nearest of the ``earlier`` sentences (nearest last) naming a firm names, when it names that
    firm alone and the firm's contract was ``read`` as let with no value; else none. A
    sentence between may name no firm only when it speaks of the contract, and none may stand
    between a ``value_sentence`` opening on "Its" and the firm's."""
    pronoun = bool(PRONOUN_OPENING.match(value_sentence))
    firms = {d.provider for d in read if d.provider and _let_unpriced(d)}
    for sentence in list(earlier)[::-1][:LOOK_BACK_SENTENCES]:
        named = [f for f in firms if f and f in sentence]
        rest = sentence
        for firm in named:
            rest = rest.replace(firm, " ")
        if len(named) == 1 and not FIRM.search(rest):
            return [d for d in read if d.provider == named[0] and _let_unpriced(d)]
        if named or FIRM.search(sentence) or pronoun or not OF_THE_CONTRACT.search(sentence):
            return []
    return []
