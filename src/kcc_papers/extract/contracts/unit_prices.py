"""A bids table's price of one unit, not of the contract (held-out round 26): a framework's
further competition prices what it buys by the item or a sample basket ("Supplier | Price per
appliance | Quality score", "Supplier | Basket price | ..."). The contract's value is the
total the paper gives apart ("The contract value is £9,640,000 over four years"); a bid's
unit price given to the award would stand for it."""

from __future__ import annotations

import re

# A price column's header naming the unit it prices: "Price per appliance", "Cost per
# vehicle", "Unit price", "Unit rate", "Price each", "Basket price" (a priced sample of
# titles), "Hourly rate". Not "Price per annum" nor "per year": a year's price is a period's,
# read as such (``draft.set_value``).
UNIT_PRICE_HEADER = re.compile(
    r"\b(?:per|each)\s+(?!(?:annum|year|month|week|quarter|term|contract)\b)[a-z]|"
    r"\b(?:unit|basket|hourly|daily)\s+(?:price|rate|cost)\b|\bprice\s+each\b",
    re.I)


def unit_priced(value_header: str) -> bool:
    """Whether a table's value column prices one unit of what is bought, not the contract."""
    return bool(UNIT_PRICE_HEADER.search(value_header))
