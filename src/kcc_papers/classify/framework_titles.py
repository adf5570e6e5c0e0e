"""Titles naming a report on a set of performance indicators by the set's own name: a national
outcomes framework ("Public Health Outcomes Framework: Annual Position 2028", the Adult Social
Care Outcomes Framework, the NHS Outcomes Framework: each a published set of indicators a
council's values are compared against), or the council's statutory assessment of its own
performance ("Performance Improvement: Annual Self-Assessment 2026/27" under Part 12 of the
Local Government Act (Northern Ireland) 2014, "Self-Assessment of Performance" as Welsh
councils title theirs). Such a paper reports performance, whatever it asks its meeting to do
with it (approve the self-assessment for publication)."""

from __future__ import annotations

import re

# (the words of one title: "performance" and "self-assessment" within 40 characters, no
# sentence between)
FRAMEWORK_TITLE = re.compile(
    r"\bOutcomes\s+Framework\b"
    r"|\bperformance\b[^.;]{0,40}\bself[\s-]assessment\b"
    r"|\bself[\s-]assessment\s+of\s+(?:the\s+council['’]s\s+)?performance\b", re.I)


def names_indicator_set(title: str) -> bool:
    """Whether a title names a report on an indicator framework or a performance
    self-assessment (see the module)."""
    return FRAMEWORK_TITLE.search(title) is not None
