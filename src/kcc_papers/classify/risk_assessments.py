"""A parish or town council's annual risk assessment: titled so ("Item 6: Risk assessment
2029/30"), it scores each of its risks by likelihood and impact in a table of numbered risks
("R1 | Finance | Loss of cash or fraud | 1 | 4 | 4"). It is the council's risk register,
whatever its table's header (set in narrow columns, "Likeli" over "hood", it is read as no
register's header)."""

from __future__ import annotations

import re

# The title, among the document's title lines.
RISK_ASSESSMENT_TITLE = re.compile(r"\bRisk\s+Assessment\b", re.I)
# Its scoring, in its words: by likelihood and impact.
SCORED_BY = (re.compile(r"\blikelihood\b", re.I), re.compile(r"\bimpact\b", re.I))
# A numbered risk's row: its id ("R1", "FR3") at the line's start ...
RISK_ID = re.compile(r"^\s*[A-Z]{1,3}\s?\d{1,3}\b")
# ... and, on its line, its likelihood and impact then their product, its score ("1 4 4",
# "3 4 12"; tried at every figure): a row of quarters or budget lines' figures ("Q1 2029/30
# 412 12") has no score.
SCORES = re.compile(r"(?<!\S)(?=([1-9])\s+([1-9])\s+(\d{1,2})(?!\S))")
# ... at least this many of them in the head: a table of risks, not one risk named in prose.
MIN_RISK_ROWS = 3


def scored_risk_assessment(titles: list[str], head: str) -> bool:
    """Whether a paper titled as a risk assessment scores its numbered risks by likelihood
    and impact in its head."""
    return (any(RISK_ASSESSMENT_TITLE.search(t) for t in titles)
            and all(word.search(head) for word in SCORED_BY)
            and sum(_scored_row(line) for line in head.splitlines()) >= MIN_RISK_ROWS)


def _scored_row(line: str) -> bool:
    """Whether a line is a numbered risk's row scored likelihood x impact."""
    return RISK_ID.match(line) is not None and any(
        int(likelihood) * int(impact) == int(score)
        for likelihood, impact, score in SCORES.findall(line))
