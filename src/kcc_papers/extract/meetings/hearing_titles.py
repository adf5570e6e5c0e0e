"""A hearing's paper titled by the hearing alone ("Licensing Sub-Committee Hearing"): the body
is the one its title names before "Hearing", the meeting the hearing, dated by the line that
says when it was held ("Hearings held on 12 and 13 April 2027": the first day is the
meeting's, as it opened then)."""

from __future__ import annotations

import re

from kcc_papers.classify.hearing_titles import HEARING_TITLE
from kcc_papers.normalise.dates import find_date

from .council import title_case

# The title is among the paper's first lines (under the council's masthead, a reference).
HEARING_TITLE_LINES = 8
# Its date line is in its head, before the application and the parties' names run on.
HEARING_DATE_LINES = 20

# The word the title adds after the body's name, left out of the name.
_HEARING_WORD = re.compile(r"[^\S\n]+Hearings?[^\S\n]*$", re.I)
# A line saying when the hearing was held: "Hearing held on ...", "Hearings held on ...",
# "Date of hearing: ...", "Hearing date: ...", "Heard on ..."; or, under the title that names
# the hearing, the head's bare "Date: ..." or "Held on ..." (a label naming another date,
# "Date of notice:", "Date of decision:", is neither).
_HEARING_DATE = re.compile(
    r"^\s*(?:(?:Date\s+of\s+(?:the\s+)?hearings?|Hearings?\s+date)\s*:|Hearings?\s+(?:held\s+)?on\b"
    r"|Heard\s+on\b)\s*:?\s*(?P<when>.+)$", re.I)
_BARE_DATE = re.compile(r"^\s*(?:Date\s*:|(?:Held|Meeting\s+held)\s+on\b)\s*(?P<when>.+)$", re.I)
# Two days printed as a span of the month, "12-13 April 2027": the first day's.
_DAY_SPAN = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s*[–-]\s*\d{1,2}(?:st|nd|rd|th)?(?=\s+[A-Za-z])")


def without_hearing(name: str) -> str:
    """A body's name read from a title naming its hearing ("Licensing Sub-Committee
    Hearing"): the body's name without the word."""
    if HEARING_TITLE.fullmatch(name):
        return _HEARING_WORD.sub("", name)
    return name


def hearing_titled(lines: list[str]) -> dict[str, object]:
    """A hearing's paper titled by the hearing: its body and the day the hearing (its first
    day) was held ({} where either is missing)."""
    title = next((s.strip() for s in lines[:HEARING_TITLE_LINES] if HEARING_TITLE.fullmatch(s)),
                 None)
    if title is None:
        return {}
    head = lines[:HEARING_DATE_LINES]
    when = next((d for label in (_HEARING_DATE, _BARE_DATE) for s in head
                 if (m := label.match(s)) and (d := find_date(_DAY_SPAN.sub(r"\1", m["when"])))),
                None)
    if when is None:
        return {}
    name = _HEARING_WORD.sub("", title)
    return {"committee": title_case(name) if name.isupper() else name, "meeting_date": when}
