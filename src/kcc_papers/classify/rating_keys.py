"""A report that says its measures are rated and keys the ratings to their targets: "The
measures are rated by colour in the final column of Appendix 1: green, target met; amber,
within 5%; red, target missed by more than 5%." Its measures' table is an appendix beyond
its head, but the key says what the table is: measures rated against targets, a performance
report (as one counting its measures by rating is, report_kinds.RATED_MEASURES)."""

from __future__ import annotations

import re

# The key's words after "rated", at most, within the one sentence (a decimal point is no stop).
_MAX_KEY_CHARS = 160
_RATED_KEY = re.compile(
    r"\b(?:measures|indicators|KPIs|PIs)\s+(?:are|were|have\s+been)\s+rated\b"
    rf"(?:[^.]|(?<=\d)\.(?=\d)){{0,{_MAX_KEY_CHARS}}}?"
    r"\bgreen\s*[,:;=(–-]\s*(?:the\s+|their\s+)?target\s+(?:met|achieved|reached)\b", re.I)


def rated_against_targets(head: str) -> bool:
    """Whether ``head`` says its measures are rated, green keyed to a target met."""
    return _RATED_KEY.search(head) is not None
