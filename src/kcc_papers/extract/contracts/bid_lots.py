"""A bidder who bid for more than one lot prices only the lot the paper lets to it: "That
Cabinet approves the award of the contract for Lot 2 (Bryngarw school routes) to X Ltd" over a
bids table where X Ltd bid for Lot 1 (lost) and Lot 2 (won) takes Lot 2's price, not the first
row naming X Ltd."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# A lot by its number or letter: "Lot 2", "LOT B".
_LOT = re.compile(r"\blot\s+(\d{1,2}|[A-Z])\b", re.I)


def _lots(text: str | None) -> set[str]:
    return {m.group(1).upper() for m in _LOT.finditer(text or "")}


def other_lot(award: Draft, bid: Draft) -> bool:
    """Whether ``bid`` is for another lot than the one ``award`` lets: the award names one lot
    (in what it lets, or its sentence), the bid's row its own, and they differ."""
    named = _lots(award.area) or _lots(award.service) or _lots(award.text)
    bid_lot = _lots(bid.area) or _lots(bid.service)
    return len(named) == 1 and len(bid_lot) == 1 and named != bid_lot
