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

from kcc_papers.extract.contracts.names import LEGAL_END, NAMES

# A legal form that ends the name's last word (as ``award_phrasings._FORM_END``).
_FORM_END = LEGAL_END + r"(?!\w)"
_PASSIVE = r"(?i:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|be)"
# "The call-off was made with X Ltd", "a call-off contract has been placed with X plc".
CALL_OFF_MADE_WITH = (
    r"\b(?i:call[\s-]+offs?)\s+(?:(?i:contract|order)s?\s+)?"
    rf"{_PASSIVE}\s+(?i:made|placed|agreed|entered\s+into)\s+(?i:with)\s+"
    rf"(?P<name>{NAMES}){_FORM_END}")
# How far what is renewed may run before its verb ("for Microsoft 365"), and the verb's
# date and term before "through" ("on 1 November 2025 for three years"): a clause each.
RENEWED_WHAT_CHARS = 100
RENEWED_WHEN_CHARS = 80
# "... agreement for ... was renewed on 1 November 2025 for three years through Softcat plc"
RENEWED_THROUGH = (
    r"\b(?i:agreements?|contracts?|licen[cs]es?|subscriptions?)\b"
    rf"[^.;]{{0,{RENEWED_WHAT_CHARS}}}?\s{_PASSIVE}\s+"
    r"(?i:renewed|extended|bought|purchased|placed)\b"
    rf"[^.;]{{0,{RENEWED_WHEN_CHARS}}}?\s(?i:through|via)\s+(?P<name>{NAMES}){_FORM_END}")
