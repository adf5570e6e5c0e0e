"""A contract in place said to be held by a firm, in the passive (held-out round 42): "The
enforcement contract is held by Redfern Civil Patrol Ltd and the cash collection contract by
Ostler Secure Transit Ltd; neither may be extended further."

* "<the> [kind] contract is [currently] held by X Ltd": the firm holds the contract in place
  (``held_roles.HELD_BY_THEN_ENDS`` reads "..., held by X Ltd, ends" between commas; this is
  the plain clause, whether or not its end is said in the sentence);
* "... and the <kind> contract by Y Ltd": a second contract and its holder, the verb "is held"
  left out as English leaves it out of a second clause of the same shape.

Only a firm by its legal form: "The signed contract is held by Legal Services" keeps the
document, and a council's team or a person holds no contract let. Each is the contract in
place ("current"), priced by nothing the sentence says (an outgoing holder's row carries no
value); in a paper that lets nothing it is merely in force (``merely_in_force``)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Status
from kcc_papers.extract.contracts.names import _NAME, LEGAL_END

# The words naming the contract's kind between its article and "contract" ("the cash
# collection", "the present enforcement", "the waste collection and street cleansing"): a few.
KIND_WORDS = 6
# The contract is the clause's subject, not the object of a thing held ("The parent company
# guarantee for the contract is held by X Group plc", "The sealed original of the contract is
# held by Y LLP", "A performance bond under the new contract is held by Z plc": a guarantor,
# the solicitors keeping the document, an insurer): its article after no preposition, and no
# preposition or article among its kind words (each lookbehind a fixed width, tried only at
# an article).
_NOT_AFTER_PREPOSITION = "".join(
    rf"(?<!\b{word}\s)" for word in ("for", "of", "under", "to", "with", "in", "on", "by"))
_KIND_WORD = r"(?!(?i:for|of|under|to|with|in|on|by|the|a|an)\s)[\w'’-]+\s+"
_SUBJECT = (rf"{_NOT_AFTER_PREPOSITION}\b(?i:the|its|their|this|each)\s+"
            rf"(?:{_KIND_WORD}){{0,{KIND_WORDS}}}?(?i:contracts?)\s+")
# "is held by", "are currently held by", "is at present held by"
_IS_HELD = (r"(?i:is|are)\s+(?:(?i:currently|now|still|presently|at\s+present)\s+)?"
            r"(?i:held)\s+(?i:by)\s+")
CONTRACT_IS_HELD_BY = re.compile(rf"{_SUBJECT}{_IS_HELD}(?P<name>{_NAME}){LEGAL_END}")
# How far the first holder's name may run before the second clause's "and": one name.
FIRST_HOLDER_CHARS = 120
# "... held by X Ltd and the cash collection contract by Y Ltd" (or "...; the cash collection
# contract by Y Ltd"): the second clause, its verb left out, after the first within one
# sentence.
SECOND_HOLDER_BY = re.compile(
    rf"{_SUBJECT}{_IS_HELD}[^.;]{{1,{FIRST_HOLDER_CHARS}}}?{LEGAL_END}(?:,?\s+(?i:and)|;)\s+"
    rf"(?i:the|its|their)\s+(?:{_KIND_WORD}){{0,{KIND_WORDS}}}?(?i:contracts?)\s+"
    rf"(?i:by)\s+(?P<name>{_NAME}){LEGAL_END}")
# "The enforcement and cash collection contracts are held by X Ltd and Y Ltd respectively"
# (or jointly): the second firm named straight after the first.
CO_HOLDER_BY = re.compile(
    rf"{_SUBJECT}{_IS_HELD}{_NAME}{LEGAL_END},?\s+(?i:and)\s+(?P<name>{_NAME}){LEGAL_END}")

HELD_BY_FIRM_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONTRACT_IS_HELD_BY, "current"),
    (SECOND_HOLDER_BY, "current"),
    (CO_HOLDER_BY, "current"),
)
