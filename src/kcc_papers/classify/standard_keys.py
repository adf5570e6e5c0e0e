"""A report that keys each of its rated things to its target in the words of a rule: "A
standard is Green where the target is met, Amber within 5% of it and Red below that", "Each
indicator is rated green if its target is achieved". What is rated is a service's standard or
measure against its target: the key says its table is one of measures, a performance report,
as rating_keys' "The measures are rated ...: green, target met" does."""

from __future__ import annotations

import re

from kcc_papers.classify.rating_keys import FINANCIAL_TARGETS, NOT_FINANCIAL

# What is rated: a service standard or a measure (never a saving: rating_keys.NOT_FINANCIAL).
_RATED = r"(?:standards?|measures?|indicators?|KPIs?|PIs?)"
# Green given to it where its target is met: "is Green where the target is met", "are rated
# green if their target is achieved", "is green when it meets its target".
_TARGET_MET = (
    r"(?:the|its|their)\s+targets?\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:met|achieved|reached|exceeded)"
    r"|(?:it|they)\s+(?:meets?|achieves?|reach(?:es)?)\s+(?:the|its|their)\s+targets?")
STANDARD_KEY = re.compile(
    rf"\b{NOT_FINANCIAL}{_RATED}\s+(?:is|are)\s+(?:rated\s+)?green\s+(?:where|if|when)\s+"
    rf"(?:{_TARGET_MET})\b", re.I)

# A key over a table of money: its own line or the table under it names savings, a budget or
# income ("Each of the savings below is shown as a measure. A measure is Green where ...",
# "Savings measure | Target £000 | Forecast £000 | Status"), a finance report's delivery of
# its savings, not a service's measures.
MONEY_WORDS = re.compile(rf"\b(?:{'|'.join(FINANCIAL_TARGETS)})\b|£\s*000\b", re.I)
# The lines read for the key's table: its own, and the table's header just under it.
KEY_TABLE_LINES = 3


def keyed_to_targets(head: str) -> bool:
    """Whether ``head`` keys its standards' or measures' green to their target met, over no
    table of money (MONEY_WORDS)."""
    for m in STANDARD_KEY.finditer(head):
        start = head.rfind("\n", 0, m.start()) + 1
        near = "\n".join(head[start:].split("\n", KEY_TABLE_LINES)[:KEY_TABLE_LINES])
        if not MONEY_WORDS.search(near):
            return True
    return False
