"""A report's title letter-spaced, as a serif pack sets its headings ("I T E M 5 : P O R T R I S K
R E G I S T E R"): extracted, the letters come one space apart and the words' own spaces are
lost, so the title's kind is read from its letters run together ("ITEM5:PORTRISKREGISTER")."""

from __future__ import annotations

from kcc_papers.segment_starts.layout import SPACED_ONLY

# What a title's letters run together say of its kind, by the words that name it.
# (a register or a dashboard's words, as report_kinds reads them from a title set plainly)
_RUN_TOGETHER_KINDS = (
    ("performance_report", ("dashboard", "scorecard", "performancereport")),
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
