"""A notice that a meeting will not take place: "NOTICE OF CANCELLATION OF MEETING" over
"Notice is hereby given that the meeting of the Planning and Highways Committee which was to
have been held on Monday 6 March 2028 ... has been CANCELLED." The notice belongs to the
meeting it cancels: that meeting's body and date, not the next meeting's it may announce
("The next meeting ... is scheduled for Monday 3 April 2028")."""

from __future__ import annotations

import re

from kcc_papers.normalise.dates import find_date

from .council import as_printed
from .sentences import TIME, norm_time

# The words that make a paper a notice of cancellation (or of postponement: the meeting named
# is the one that will not be held on its day).
CANCELLED = re.compile(r"\b(?:cancell?(?:ed|ation)|postpone(?:d|ment))\b", re.I)

# The cancelled meeting as the notice names it: "the meeting of the <body> which was to have
# been held on <date>" / "(which was) (due|scheduled|arranged) to (be held|take place) on".
# Only a meeting that "was to have been" or was "due" names the cancelled one: "the next
# meeting ... is scheduled for <date>" names no body after "of" and says "for", not "on".
CANCELLED_MEETING = re.compile(
    r"\b[Mm]eeting\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'-]*,?\s+|and\s+|of\s+|for\s+|&\s+){0,8}?"
    r"(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority|"
    r"Partnership))\s+(?:(?:which|that)\s+)?(?:was\s+(?:to\s+have\s+been|due\s+to\s+be)"
    r"|(?:was\s+)?(?:due|scheduled|arranged)\s+to\s+(?:be|take\s+place))"
    r"(?:\s+held)?(?:\s+(?:in|at)\s+[^.]{3,160}?)?\s+on\s+(?P<when>(?:[^.]|\.\d){6,80})")

# Lines of the notice's head read for its word and its sentence: a one-page notice says both
# within its first dozen lines (masthead, title, the sentence).
NOTICE_LINES = 12


def cancelled_meeting(lines: list[str]) -> dict[str, object]:
    """The body and date (and time) of the meeting a notice of cancellation cancels, from
    the first NOTICE_LINES of ``lines``; nothing where they name no cancellation."""
    head = " ".join(lines[:NOTICE_LINES])
    if not CANCELLED.search(head):
        return {}
    m = CANCELLED_MEETING.search(" ".join(head.split()))
    if not m or not (d := find_date(m.group("when"))):
        return {}
    out: dict[str, object] = {"committee": as_printed(m.group("body")), "meeting_date": d}
    if t := TIME.search(m.group("when")):
        out["meeting_time"] = norm_time(t.group(1))
    return out
