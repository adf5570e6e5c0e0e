"""A decision notice's heading letter-spaced, as a serif pack sets its headings ("D E C I S I O N
N O T I C E" over a police and crime commissioner's notice appended to a panel's pack):
extracted, the letters come one space apart and the words' own space is lost, so the heading
is read from its letters run together ("DECISIONNOTICE"), as ``classify.spaced_titles`` reads
a report's."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import SPACED_ONLY, _set_as_heading

# A notice's or record's heading, its letters run together (see decision_headings.DECISION_NOTICE
# and RECORD_OF_DECISION set plainly), perhaps its maker's word first ("MAYORAL DECISION
# NOTICE", as a combined authority's mayor decides alone).
RUN_TOGETHER_NOTICE = re.compile(
    r"^(?:(?:mayoral|mayors?|officers?|executive|delegated|leaders?|urgent|cabinetmember|"
    r"portfolioholder)?(?:decision|determination)notice"
    r"|recordof(?:an?|the)?(?:[a-z]+)?decision)$")


def spaced_decision_notice(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is a decision notice's heading set letter-spaced, in heading type."""
    text = flat[i][2].text.strip()
    # (most lines: their second character is no space)
    if len(text) < 3 or text[1] != " " or not SPACED_ONLY.match(text):
        return False
    return (RUN_TOGETHER_NOTICE.match("".join(text.split()).lower()) is not None
            and _set_as_heading(flat, i))


# A paper's title letter-spaced at its page's top, its kind by its last word run together:
# "H I G H L I G H T   R E P O R T" a report, "R I S K   L O G" a risk register (a project
# board's pack sets each paper's title so over the board's name).
RUN_TOGETHER_PAPERS = (
    ("report", re.compile(r"^[a-z]{0,30}report$")),
    ("risk_register", re.compile(r"^risk(?:log|register)$")),
)
# ... on one of its page's first lines (lower, a spaced line is a section's heading).
SPACED_TITLE_TOP = 2


def spaced_paper_kind(flat: list[tuple[int, int, Line]], i: int) -> str | None:
    """The kind a paper's letter-spaced title at its page's top names, in heading type."""
    text = flat[i][2].text.strip()
    if flat[i][1] >= SPACED_TITLE_TOP or len(text) < 3 or text[1] != " ":
        return None
    if not SPACED_ONLY.match(text):
        return None
    letters = "".join(text.split()).lower()
    kind = next((k for k, words in RUN_TOGETHER_PAPERS if words.match(letters)), None)
    if kind is None or _atop_page_before(flat, i, letters):
        return None
    return kind if _set_as_heading(flat, i) else None


def _atop_page_before(flat: list[tuple[int, int, Line]], i: int, letters: str) -> bool:
    """Whether the page before line ``i``'s prints the same letters on its first lines: the
    title is the paper's running banner, atop each of its pages ("H I G H L I G H T R E P O R T"
    over its second page too), not the next paper's."""
    last = i - flat[i][1] - 1
    if last < 0:
        return False
    first = last - flat[last][1]
    return any("".join(flat[n][2].text.split()).lower() == letters
               for n in range(first, min(first + SPACED_TITLE_TOP, last + 1)))
