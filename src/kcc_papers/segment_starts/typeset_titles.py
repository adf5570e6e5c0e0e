"""The kind a line set as a title names (a web page's main heading, a PDF's large title):
"Minutes", a portfolio holder's or a body's decisions, "Report"; only in type larger than
its page's body text."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.needles import lowered
from kcc_papers.segment_starts.layout import TITLE_SIZE_RATIO, TOP_OF_PAGE

# What a document calls itself in its title type (a web page's main heading, a PDF's large
# title): "Minutes" (or "Minutes:", a page's heading over its meeting's line), "Minute of
# Meeting", "Portfolio Holder Decision PHD 26/031", "MAYORAL DECISION - MD27/014" (a combined
# authority's mayor decides alone, as a portfolio holder does; and an officer under the
# mayor's delegation: "DIRECTOR'S DECISION - DD2690", as the GLA's forms title a director's),
# "Executive - decisions taken on 5 March 2026", "Report". Only a line set larger than its
# page's body text counts: "Minutes" in body type is an agenda's item.
# A director's decision is a form's title where it names the kind ("Director's Decision",
# "Record of Executive Director Decision"), not one decision: "Appeal against the Director's
# decision", "Review of the Director's decision on ..." title a report about it.
_DIRECTORS = r"(?<!\bthe\s)director['’]?s?"
TYPESET_KINDS = (
    ("minutes", re.compile(
        r"^\s*(?:(?:draft|unconfirmed|approved|confirmed|printed)\s+)?minutes?"
        r"(?:\s+of\s+(?:the\s+)?meeting)?\s*:?\s*$", re.I)),
    ("decision", re.compile(
        r"^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:(?:portfolio\s+holder|cabinet\s+member|"
        r"executive\s+member|individual\s+(?:cabinet\s+|executive\s+)?member|officer|"
        r"delegated|leader'?s?|mayoral|mayor'?s|" + _DIRECTORS + r"|urgent)\s+decisions?\b|"
        r"decisions?\s+(?:taken|made|"
        r"notice|sheet|list|record)\b|record\s+of\s+(?:the\s+)?(?:executive\s+)?decisions?\b)"
        # a label ("Key decision: Yes") is a field of some paper, not its title
        r"(?!\s*[:?])(?!.*:\s).{0,60}$|^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:portfolio\s+"
        r"holder|cabinet\s+member|executive\s+member|officer|delegated|leader'?s?|mayoral|"
        r"mayor'?s|" + _DIRECTORS + r"|urgent)\s+decisions?\s*$"
        # a body's decisions of a day, as a web page titles them: "Cabinet decisions: 2
        # December 2027", "Executive Decisions - 5 March 2026" (the body named by its word:
        # "Forward Plan of Key Decisions: 1 March 2028" is a plan of decisions to come)
        r"|^\s*(?:[\w&'’]+\s+){0,4}?(?:Cabinet|Executive|Committee|Sub-Committee|Council|Board|"
        r"Panel|Forum|Authority|Commission)\s+decisions\s*[:–—-]?\s*(?:\w+day,?\s+)?"
        r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\s*$", re.I)),
    # the word alone over a report's header table ("Report to | Date of Meeting | Subject")
    ("report", re.compile(r"^\s*report\s*$", re.I)),
)
# The word each of them names itself by (every line near a page's top is asked).
_TYPESET_WORDS = {"minutes": "minute", "decision": "decision", "report": "report"}

# A title line is set larger than its page's median line (layout.TITLE_SIZE_RATIO) and it is
# near the top of its page (a web page's top), or the largest type on it: further
# down, in type no larger than the rest, "Minutes" or "Urgent decisions" is a paper's item.
TITLE_TOP_LINES = TOP_OF_PAGE


def _typeset_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None, lower: str | None = None) -> str | None:
    """The kind a line set as a title names (see TYPESET_KINDS). While the current document
    is an agenda (``agenda_heading``, the line that started it), its items may be set as
    headings, so only a title on a later page than that heading, set larger than it, starts
    a new document (the minutes after an agenda in a pack)."""
    page, idx, line = flat[i]
    lower = lowered(line.text) if lower is None else lower
    kind = next((k for k, pattern in TYPESET_KINDS
                 if _TYPESET_WORDS[k] in lower and pattern.match(line.text)), None)
    if kind is None or not line.size:
        return None
    sizes = sorted(other.size for p, _, other in flat if p == page and other.size)
    if line.size < TITLE_SIZE_RATIO * sizes[len(sizes) // 2]:
        return None
    if idx >= TITLE_TOP_LINES and line.size < sizes[-1]:
        return None
    if agenda_heading is not None:
        page_of_agenda, _, agenda_line = flat[agenda_heading]
        if page == page_of_agenda or line.size <= (agenda_line.size or 0):
            return None
    return kind
