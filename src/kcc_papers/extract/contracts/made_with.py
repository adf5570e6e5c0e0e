"""Contracts let told by who they were made with or bought through (held-out round 36), beside
``award_phrasings``:

* "The call-off was made with Trackwise Fleet Systems Ltd on 22 October 2025 for £88,500": a
  call-off (a contract made under a framework) said to be made, placed or entered into with a
  firm is let to that firm;
* "The Council's enterprise licensing agreement for Microsoft 365 was renewed on 1 November
  2025 for three years through Softcat plc, the Council's licensing reseller": an agreement, a
  contract, a licence or a subscription renewed, extended, bought or placed through a firm (a
  reseller, a broker) is the firm's to supply.

Both only of a firm by its legal form (a call-off "made with the framework's lead
authority", a renewal "through the ESPO framework" or "through the Council's Procurement
Team" names no supplier), and only a contract let: nothing here reads an estimate or a
framework's ceiling ("call-offs of up to £2 million each" says no firm)."""

from __future__ import annotations

from kcc_papers.extract.contracts.agreement_phrasings import _NOT_BOUGHT_BEFORE
from kcc_papers.extract.contracts.names import LEGAL_END, NAMES

# A legal form that ends the name's last word (as ``award_phrasings._FORM_END``).
_FORM_END = LEGAL_END + r"(?!\w)"
_PASSIVE = r"(?i:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|be)"
# The call-off the sentence's subject, not a preposition's object: "Payments under the call-off
# were made with X Ltd's fuel card", "Orders under the call-off were placed with X Ltd" say how
# it was paid or used, no call-off made with X Ltd.
_PREPOSITIONS = ("under", "of", "for", "on", "to", "from", "within", "against", "through", "in")
_DETERMINERS = ("the", "this", "that", "each", "any", "a", "its")
CALL_OFF_SUBJECT = "".join(rf"(?<!\b{p}\s{d}\s)" for p in _PREPOSITIONS
                           for d in _DETERMINERS) + "".join(rf"(?<!\b{p}\s)"
                                                           for p in _PREPOSITIONS)
# "The call-off was made with X Ltd", "a call-off contract has been placed with X plc".
# (the cheap look at "call" first: the many looks behind, tried at every place of a sentence,
# were a fifth of a whole ingest's reading)
CALL_OFF_MADE_WITH = (
    rf"\b(?=(?i:call[\s-]))(?i:{CALL_OFF_SUBJECT})(?i:call[\s-]+offs?)\s+(?:(?i:contract|order)s?\s+)?"
    rf"{_PASSIVE}\s+(?i:made|placed|agreed|entered\s+into)\s+(?i:with)\s+"
    rf"(?P<name>{NAMES}){_FORM_END}")
# How far what is renewed may run before its verb ("for Microsoft 365"), and the verb's
# date and term before "through" ("on 1 November 2025 for three years"): a clause each.
RENEWED_WHAT_CHARS = 100
RENEWED_WHEN_CHARS = 80
# A go-between, not the supplier: a firm called the council's broker or agent ("placed through
# Marsh Ltd, the Council's insurance broker"), or one the contract is placed through with
# another named after it ("through Marsh Ltd with Zurich Municipal": the insurer's contract).
_GO_BETWEEN = (r"(?!,?\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?i:brokers?|agents?)\b)"
               r"(?![^.;]{0,80}?\s(?i:with)\s+[A-Z])")
# The verb's own date and term, not a clause of its own: "The grant agreement was extended to
# 2027 and the funds are paid through X plc" pays through X plc, no renewal through it.
_SAME_CLAUSE = r"(?:(?!\s(?i:and|but|while|whilst|which|where|whereas)\b)[^.;])"
# "... agreement for ... was renewed on 1 November 2025 for three years through Softcat plc"
# (not a grant's, a loan's or a lease's, which buy nothing: "The loan agreement was extended
# through Lloyds Bank plc", as ``agreement_phrasings`` reads them)
RENEWED_THROUGH = (
    rf"{_NOT_BOUGHT_BEFORE}\b(?i:agreements?|contracts?|licen[cs]es?|subscriptions?)\b"
    rf"[^.;]{{0,{RENEWED_WHAT_CHARS}}}?\s{_PASSIVE}\s+"
    r"(?i:renewed|extended|bought|purchased|placed)\b"
    rf"{_SAME_CLAUSE}{{0,{RENEWED_WHEN_CHARS}}}?\s(?i:through|via)\s+(?P<name>{NAMES}){_FORM_END}"
    rf"{_GO_BETWEEN}")
