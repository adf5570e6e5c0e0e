"""A table scoring each risk at several reviews side by side ("BAF ref | Q1 score | Q2 score |
Reason", "Sep 2025 | Dec 2025"): the last period's column is the risk as it stands, the earlier
ones are previous scores, as a "Previous score" heading would say."""

from __future__ import annotations

import re

# A heading naming the review period its score is of: a quarter ("Q1 score", "Quarter 2"), a
# month ("Sep score", "December 2025") or a year ("2024/25 score").
_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
PERIOD = re.compile(rf"^(?:q[1-4]|quarter\s+[1-4]|(?:{_MONTH})(?:\s+\d{{2,4}})?"
                    r"|\d{4}(?:[-/]\d{2,4})?)\b", re.I)
# The score word the period's heading must carry, or be alone: "Q1 score", "Q2 rating", "Q3".
SCORE_WORD = re.compile(r"^(?:(?:risk\s+)?(?:score|rating))?$", re.I)
# Two periods at least make a history; one dated column is the score as it stands.
MIN_PERIODS = 2
# The word that marks an earlier review's column (summary.INHERENT reads it as no role).
EARLIER = "Previous"


def mark_earlier_periods(parts: list[list[str]]) -> list[list[str]]:
    """The headings with each period's score but the last named as a previous one."""
    periods = [i for i, ps in enumerate(parts) if any(_period_score(p) for p in ps)]
    if len(periods) < MIN_PERIODS:
        return parts
    earlier = set(periods[:-1])
    return [[f"{EARLIER} {p}" for p in ps] if i in earlier else ps
            for i, ps in enumerate(parts)]


def _period_score(heading: str) -> bool:
    m = PERIOD.match(heading.strip())
    return m is not None and SCORE_WORD.match(heading.strip()[m.end():].strip()) is not None
