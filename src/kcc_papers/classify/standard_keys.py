"""A report that keys each of its rated things to its target in the words of a rule: "A
standard is Green where the target is met, Amber within 5% of it and Red below that", "Each
indicator is rated green if its target is achieved". What is rated is a service's standard or
measure against its target: the key says its table is one of measures, a performance report,
as rating_keys' "The measures are rated ...: green, target met" does."""

from __future__ import annotations

import re

from kcc_papers.classify.rating_keys import NOT_FINANCIAL

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


def keyed_to_targets(head: str) -> bool:
    """Whether ``head`` keys its standards' or measures' green to their target met."""
    return STANDARD_KEY.search(head) is not None
