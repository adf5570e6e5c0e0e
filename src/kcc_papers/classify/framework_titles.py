"""Titles naming a report on a set of performance indicators by the set's own name: a national
outcomes framework ("Public Health Outcomes Framework: Annual Position 2028", the Adult Social
Care Outcomes Framework, the NHS Outcomes Framework: each a published set of indicators a
council's values are compared against), or the council's statutory assessment of its own
performance ("Performance Improvement: Annual Self-Assessment 2026/27" under Part 12 of the
Local Government Act (Northern Ireland) 2014, "Self-Assessment of Performance" as Welsh
councils title theirs).

A self-assessment reports performance whatever it asks its meeting to do with it (approve it
for publication). A framework's name says less: a report may be on the framework itself, a
consultation on it or a draft of it ("Consultation on the Draft Children's Outcomes
Framework"), or ask its meeting to adopt one of the council's own; only a title not saying so,
over a report asking no decision, reports the council's position against it."""

from __future__ import annotations

import re

# (the words of one title: "performance" and "self-assessment" within 40 characters, no
# sentence between)
SELF_ASSESSMENT_TITLE = re.compile(
    r"\bperformance\b[^.;]{0,40}\bself[\s-]assessment\b"
    r"|\bself[\s-]assessment\s+of\s+(?:the\s+council['’]s\s+)?performance\b", re.I)
FRAMEWORK_TITLE = re.compile(r"\bOutcomes\s+Framework\b", re.I)
# A title naming the framework as one still being made: consulted on, drafted, proposed.
FRAMEWORK_IN_MAKING = re.compile(r"\b(?:consultation|draft|proposed|proposals?)\b", re.I)


def assesses_own_performance(title: str) -> bool:
    """Whether a title names the council's self-assessment of its performance (see the
    module)."""
    return SELF_ASSESSMENT_TITLE.search(title) is not None


def names_indicator_set(title: str) -> bool:
    """Whether a title names an outcomes framework, not as one being consulted on or drafted
    (see the module): read only for a report asking no decision."""
    return FRAMEWORK_TITLE.search(title) is not None and not FRAMEWORK_IN_MAKING.search(title)
