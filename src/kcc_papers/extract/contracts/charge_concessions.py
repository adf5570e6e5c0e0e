"""A concession of a charge, relief the council grants, not a service it lets: kept apart so
the readers of contracts in place (``held_roles``) and the contract cue (``contract_cue``) can
both tell it from a concession to run a service."""

from __future__ import annotations

# A concession of a charge, relief the council grants ("approves the award of a 12-month
# rent concession to Riverside Cafe Ltd", "a business rates concession", "a fee concession"):
# no service let, whatever firm it is awarded to. Put before "concession" in a pattern (each
# a fixed-width look-behind: Python's are).
CHARGE_WORDS = ("rent", "rental", "rate", "rates", "fare", "fares", "fee", "fees", "tax",
                "charge", "charges", "travel", "discount", "price")
NOT_OF_A_CHARGE = "(?i:" + "".join(rf"(?<!\b{word}\s)" for word in CHARGE_WORDS) + ")"
