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
# collection", "the present enforcement"): a few.
KIND_WORDS = 4
# "is held by", "are currently held by", "is at present held by"
_IS_HELD = (r"(?i:is|are)\s+(?:(?i:currently|now|still|presently|at\s+present)\s+)?"
            r"(?i:held)\s+(?i:by)\s+")
CONTRACT_IS_HELD_BY = re.compile(
    rf"\b(?i:contracts?)\s+{_IS_HELD}(?P<name>{_NAME}){LEGAL_END}")
# How far the first holder's name may run before the second clause's "and": one name.
FIRST_HOLDER_CHARS = 120
# "... held by X Ltd and the cash collection contract by Y Ltd": the second clause, its verb
# left out, after the first within one clause of the sentence.
SECOND_HOLDER_BY = re.compile(
    rf"\b(?i:contracts?)\s+{_IS_HELD}[^.;]{{1,{FIRST_HOLDER_CHARS}}}?{LEGAL_END},?\s+"
    rf"(?i:and)\s+(?i:the|its|their)\s+(?:[\w-]+\s+){{0,{KIND_WORDS}}}?(?i:contracts?)\s+"
    rf"(?i:by)\s+(?P<name>{_NAME}){LEGAL_END}")

HELD_BY_FIRM_PATTERNS: tuple[tuple[re.Pattern[str], Status], ...] = (
    (CONTRACT_IS_HELD_BY, "current"),
    (SECOND_HOLDER_BY, "current"),
)
