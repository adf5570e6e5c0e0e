"""A report that says its measures are rated and keys the ratings to their targets: "The
measures are rated by colour in the final column of Appendix 1: green, target met; amber,
within 5%; red, target missed by more than 5%." Its measures' table is an appendix beyond
its head, but the key says what the table is: measures rated against targets, a performance
report (as one counting its measures by rating is, report_kinds.RATED_MEASURES)."""

from __future__ import annotations

import re

# Targets of money are a budget's: a finance report rates the delivery of its savings so
# ("Of the 24 savings targets, 18 are rated Green"; "The savings measures are rated ...:
# green, target met"), no service's measures.
FINANCIAL_TARGETS = ("savings", "saving", "efficiency", "income", "budget")
# (a lookbehind for each: the rated subject is not one of money)
NOT_FINANCIAL = "".join(rf"(?<!{word}\s)" for word in FINANCIAL_TARGETS)
# What a key calls green, however a council words it: "target met", "their target achieved",
# "on target", "at or above target", "met the target".
_TARGET_MET = (r"(?:the\s+|their\s+|its\s+)?target\s+(?:met|achieved|reached|exceeded)"
               r"|on\s+target|(?:at|on)\s+or\s+(?:above|better\s+than)\s+(?:the\s+)?target"
               r"|met\s+(?:the|its|their)\s+target")
# The key's words after "rated", at most, within the one sentence (a decimal point is no stop).
_MAX_KEY_CHARS = 160
_RATED_KEY = re.compile(
    rf"\b{NOT_FINANCIAL}(?:measures|indicators|KPIs|PIs)\s+(?:are|were|have\s+been)\s+rated\b"
    rf"(?:[^.]|(?<=\d)\.(?=\d)){{0,{_MAX_KEY_CHARS}}}?"
    rf"\bgreen\s*[,:;=(–-]\s*(?:{_TARGET_MET})\b", re.I)


def rated_against_targets(head: str) -> bool:
    """Whether ``head`` says its measures are rated, green keyed to a target met."""
    return _RATED_KEY.search(head) is not None
