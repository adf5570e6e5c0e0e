"""A report's title letter-spaced, as a serif pack sets its headings ("I T E M 5 : P O R T R I S K
R E G I S T E R"): extracted, the letters come one space apart and the words' own spaces are
lost, so the title's kind is read from its letters run together ("ITEM5:PORTRISKREGISTER")."""

from __future__ import annotations

import re

from kcc_papers.segment_starts.layout import SPACED_ONLY

# What a title's letters run together say of its kind, by the words that name it.
# (a register or a dashboard's words, as report_kinds reads them from a title set plainly; only
# words the plain rules find without a word's end after them: run together, the next word's
# letters follow on, so "performance report" would be found in "Performance Reporting
# Framework", which set plainly is a report)
_RUN_TOGETHER_KINDS = (
    ("performance_report", ("dashboard", "scorecard")),
    ("risk_register", ("riskregister",)),
)


def spaced_title_kind(titles: list[str]) -> str | None:
    """The kind a letter-spaced title among ``titles`` names, or None."""
    for title in titles:
        if not SPACED_ONLY.match(title):
            continue
        letters = "".join(title.split()).lower()
        for kind, words in _RUN_TOGETHER_KINDS:
            if any(word in letters for word in words):
                return kind
    return None


# A decision's record named by a letter-spaced title, its letters run together: "R E C O R D
# O F E X E C U T I V E D E C I S I O N" ("recordofexecutivedecision"), as the plain title
# clue reads "Record of (two words at most) Decision" and "Decision Notice / Record". (Two
# words run together are at most this many letters: "Executive", "Cabinet Member".)
_MAX_BETWEEN_LETTERS = 24
_RUN_TOGETHER_DECISION = re.compile(
    rf"recordof[a-z]{{0,{_MAX_BETWEEN_LETTERS}}}?decisions?(?![a-z])|decision(?:notice|record)$")


def spaced_title_names_decision(title: str) -> bool:
    """Whether a letter-spaced line of ``title`` (with the spaced lines under it, where its
    last word wrapped: "... D E C I S" over "I O N") names a decision's record."""
    lines = title.splitlines()
    for i, line in enumerate(lines):
        if not SPACED_ONLY.match(line) or len(line.split()) < 2:
            continue
        run = [line]
        for nxt in lines[i + 1:]:
            if not SPACED_ONLY.match(nxt):
                break
            run.append(nxt)
        letters = "".join("".join(run).split()).lower()
        if _RUN_TOGETHER_DECISION.search(letters):
            return True
    return False
