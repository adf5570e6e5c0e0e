"""A firm's agreement for the work before a building contract, apart from the contract itself
(held-out round 25): "that a pre-construction services agreement for Foundry Wharf Phase 2 be
entered into with Haddow Pemberton Construction Ltd at a fee of £164,500" and, months later,
"the award of the contract for the design and construction of Foundry Wharf Phase 2 to Haddow
Pemberton Construction Ltd ... for a contract sum of £21,386,750" are two contracts with one
firm, not two readings of one (``merge`` within a document, ``pack`` across a pack's documents:
the agreement in the minutes, the award in its own report)."""

from __future__ import annotations

import re
from typing import Protocol

# The agreement a contractor is appointed under to design and price the works before the
# building contract is let (its usual name, its short form).
PRE_CONSTRUCTION = re.compile(
    r"\bpre[\s-]?construction\s+services?\s+agreements?\b|\bPCSA\b", re.I)


class Priced(Protocol):
    """A reading of a contract: a draft within a document (``merge``) or a document's contract
    within a pack (``pack``)."""

    @property
    def text(self) -> str | None: ...

    @property
    def value_gbp(self) -> float | None: ...


def _pre_construction(reading: Priced) -> bool:
    return bool(PRE_CONSTRUCTION.search(reading.text or ""))


def apart_from_building_contract(a: Priced, b: Priced) -> bool:
    """Whether two readings of one firm are its pre-construction agreement and another
    contract: one sentence names the agreement, the other does not, and each prices what it
    names at a sum of its own (a reading without a value may be either, and joins as before)."""
    if a.value_gbp is None or b.value_gbp is None or a.value_gbp == b.value_gbp:
        return False
    return _pre_construction(a) != _pre_construction(b)
