"""The price of a contract in force told with no firm beside it (held-out round 41): "The current
contract value is about £158,000 a year", "The contract, which runs to 31 March 2029, has an
annual value of £236,000". A row of it is dropped where it is no contract of its own:

* the paper names the holder of the contract in place ("The current contract, held by Medilink
  Workplace Health Ltd, expires on 30 June 2028"): the price is that contract's, one contract
  and one row, and by the set's conventions the holder replaced is listed without a value;
* the paper lets no contract (no row of a contract let now): a contract merely in force gives
  no row, as ``merely_in_force`` drops its named holder's ("The occupational health provider
  received 412 referrals ... The contract, which runs to 31 March 2029, has an annual value of
  £236,000; it is not being re-let").

Beside an award that names no holder of the contract it replaces ("award the towage contract
to X Ltd ... The current contract value is £4,200,000") the price stays a row of its own, the
only record of the contract in place (held-out rounds 13 and 16)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# The contract in place, before its sum: "the current contract", "the existing catering
# contract", "the outgoing agreement" (a few words of its kind between), or the contract said
# to run to or end on a date in a clause of its own ("The contract, which runs to 31 March
# 2029, has ...", "which is due to end on"), or said to be in place.
IN_FORCE_KIND_WORDS = 3
IN_FORCE = re.compile(
    r"\b(?:current|existing|present|incumbent|outgoing|expiring)\s+"
    rf"(?:[\w-]+\s+){{0,{IN_FORCE_KIND_WORDS}}}?(?:contract|agreement)s?\b"
    r"|\b(?:contract|agreement)s?,?\s+(?:which|that)\s+(?:currently\s+)?"
    r"(?:(?:is|are)\s+due\s+to\s+)?(?:runs?\s+(?:to|until)|ends?|expires?)\b"
    # (or "The contract currently in place has an annual value of ...": r41 review)
    r"|\b(?:contract|agreement)s?\s+(?:currently\s+)?in\s+place\b",
    re.I)
# A word letting a contract before the sum: the price is then of what the sentence lets
# ("approves a new contract, which runs to 31 March 2031, at a total value of £88,000").
LETS_NOW = re.compile(r"\b(?:approv(?:e|es|ed|ing)|agree(?:s|d|ing)?|award(?:s|ed|ing)?|"
                      r"appoint(?:s|ed|ing)?|new|will|(?:is|are)\s+(?:asked|recommended))\b",
                      re.I)


def _price_in_force(draft: Draft) -> bool:
    """Whether a row naming no firm is priced by a sentence telling of a contract in force
    (IN_FORCE before the sum) and letting none (LETS_NOW) before it."""
    text, sum_text = draft.text or "", draft.value_text or ""
    if draft.provider or not text or not sum_text:
        return False
    at = text.find(sum_text)
    return (at >= 0 and IN_FORCE.search(text, 0, at) is not None
            and LETS_NOW.search(text, 0, at) is None)


def without_prices_in_force(drafts: list[Draft]) -> list[Draft]:
    """The rows, less the prices of a contract in force that is no contract of its own: its
    holder is named (a row of a contract in place), or nothing is let (no row let now)."""
    if not any(_price_in_force(d) for d in drafts):
        return drafts
    holder_named = any(d.provider and d.status == "current" for d in drafts)
    lets = any(d.status == "new" and not _price_in_force(d) for d in drafts)
    if lets and not holder_named:
        return drafts
    return [d for d in drafts if not _price_in_force(d)]
