"""A contract merely mentioned as in force (limit round 40): "The service will be provided by
Northgate Care Ltd under a contract that ends on 31 March 2030", "... is provided by X Ltd
under a contract which runs until 2029", in a paper that lets nothing. By the set's
conventions such a contract gives no row: its holder is an outgoing holder only where the
paper replaces the contract, awarding, procuring or extending that service. Beside an award
("currently provided by X Ltd under a contract that ends ...; the contract has been awarded to
Y Ltd") the holder stays, the outgoing one.

A row is dropped only if its sentence says the firm provides the service under a contract
that ends or runs until a time, no other row of the paper names another firm, and the paper
says no word of letting (award, appoint, procure, tender, extend, vary, replace, renew)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.contract_ends import ENDS_VERB
from kcc_papers.extract.contracts.draft import Draft

# The words saying when a contract ends: "which ends", "that is due to expire", "which will run
# until", "which run to" (contracts with two firms), or with no "which": ", due to end in 2030".
_ENDS = (r"(?:(?:which|that)\s+(?:(?:is|are)\s+due\s+to\s+|will\s+)?|due\s+to\s+)"
         + ENDS_VERB + r"\b")
# The firm a service is provided by (or paid to), under a contract said to end: the contract
# in force.
IN_FORCE = re.compile(
    r"\b(?:(?:provided|delivered|supplied|run|operated|carried\s+out|undertaken)\s+by|"
    r"paid\s+to)\s+"
    r"[^.;]{1,120}?\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?contracts?\s+"
    + _ENDS +
    # ... or the firm the contract is held with, the sum paid under it told as a cost: "£212,000
    # paid under the camera maintenance contract with Opticross Traffic Systems Ltd, which runs
    # to 2031" (or "contracts held with X Ltd and Y Ltd, which run to 2030")
    r"|\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?contracts?\s+(?:held\s+)?with\s+"
    r"[^.;()]{1,120}?,?\s+" + _ENDS +
    # (or "The enforcement contract is held by X Ltd": the holder named in the passive, held-out
    # round 42's ``held_by_firms``, merely in force as well where nothing is let)
    r"|\bcontracts?\s+(?:is|are)\s+(?:(?:currently|now|still|presently|at\s+present)\s+)?"
    r"held\s+by\b", re.I)
# A word of the paper letting, or about to let, a contract: the holder's contract is being
# replaced (or extended, varied), and its holder is the outgoing one.
LETTING_WORD = re.compile(
    r"\b(?:award|appoint|procur|tender|re-?commission|commission|extend|extension|vari(?:ed|"
    r"ation|y)|replace|renew|re-?let|call[\s-]off|direct\s+award|new\s+contract)", re.I)


def without_contracts_merely_in_force(drafts: list[Draft], text: str) -> list[Draft]:
    """The rows, less the holders of contracts in force the paper lets nothing beside."""
    held = [d for d in drafts if d.text and d.provider and IN_FORCE.search(d.text)]
    if not held:
        return drafts
    providers = {d.provider for d in held}
    if any(d.provider not in providers for d in drafts) or LETTING_WORD.search(text):
        return drafts
    return [d for d in drafts if d not in held]
