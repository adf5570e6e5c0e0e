"""A sum several contracts add up to, said of them by their count (held-out round 25): "In
addition, 23 contracts of £25,000 to £100,000 were awarded by officers in the quarter, with a
total value of £1.28 million. These are ... not listed here." The sum names no firm and is no
one contract's value (``reader``), as a total of the rows a paper prints is not
(``merge._total_of``)."""

from __future__ import annotations

import re

from kcc_papers.extract.contracts.draft import Draft

# A count of contracts said before the sum: "23 contracts", "twelve smaller contracts", "a
# further 14 call-off contracts" (a figure of two or more, or a number's word, and up to
# COUNTED_WORDS words of what they are between).
COUNTED_WORDS = 3
_COUNT = r"(?:[2-9]|[1-9]\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
COUNTED_CONTRACTS = re.compile(
    rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,{COUNTED_WORDS}}}?contracts\b", re.I)
# Any contract the sentence speaks of: the sum is the counted set's only if the count is the
# last one named before it ("the service is spread over 3 contracts, ... a single new contract
# ... with an estimated value of £4.2m" prices the one contract, not the three).
CONTRACT_NOUN = re.compile(r"\bcontracts?\b", re.I)
# ... or a form's tally field, its count then the sum (held-out round 29): "Number of waivers
# approved this financial year (to date): 23, total value £1,904,300", "Number of contracts
# let: 12, with a total value of £3.4m". The sum is the counted things' total, whatever they
# are (waivers, orders, awards), not one contract's value. (Bounded: up to TALLY_LABEL_CHARS of
# label between "Number of" and its colon.)
TALLY_LABEL_CHARS = 120
COUNTED_TALLY = re.compile(
    rf"\bnumber\s+of\s+[^.;:]{{1,{TALLY_LABEL_CHARS}}}:\s*(?:\d[\d,]*|{_COUNT})\s*,?\s*"
    r"(?:with\s+|at\s+|and\s+)?(?:an?\s+|the\s+)?(?:total|combined|aggregate)\s+"
    r"(?:value|cost|spend|sum)?\s*(?:of\s+)?$", re.I)


def _counted_total(draft: Draft) -> bool:
    """Whether a reading is a sum without a firm that its sentence, before the sum, gives as
    that of a number of contracts, or that a tally field gives as its count's total."""
    if draft.provider or draft.origin != "text" or draft.value_gbp is None:
        return False
    text = draft.text or ""
    at = text.find(draft.value_text) if draft.value_text else -1
    before = text[:at] if at >= 0 else text
    if COUNTED_TALLY.search(before):
        return True
    nouns = [m.end() for m in CONTRACT_NOUN.finditer(before)]
    return bool(nouns) and any(m.end() == nouns[-1] for m in COUNTED_CONTRACTS.finditer(before))


def without_counted_totals(drafts: list[Draft]) -> list[Draft]:
    """The readings but those that are a counted set of contracts' total."""
    return [d for d in drafts if not _counted_total(d)]
