"""A notice that a meeting will not take place: "NOTICE OF CANCELLATION OF MEETING" over
"Notice is hereby given that the meeting of the Planning and Highways Committee which was to
have been held on Monday 6 March 2028 ... has been CANCELLED." The notice belongs to the
meeting it cancels: that meeting's body and date, not the next meeting's it may announce
("The next meeting ... is scheduled for Monday 3 April 2028")."""

from __future__ import annotations

import re

from kcc_papers.normalise.dates import find_date

from .body_names import ABOVE_BODY, MASTHEAD_LINES, fuller_name
from .sentences import MEETING_OF, meeting_on

# The words that make a paper a notice of cancellation (or of postponement: the meeting named
# is the one that will not be held on its day).
CANCELLED = re.compile(r"\b(?:cancell?(?:ed|ation)|postpone(?:d|ment))\b", re.I)

# The cancelled meeting as the notice names it: "the meeting of the <body> (which) was to have
# been held on <date>" / "(which) was (due|scheduled|arranged) to (be held|take place) on".
# Only a meeting that "was" to be held is the cancelled one: "the meeting of the Cabinet
# scheduled to be held on 12 June" in a note whose project was postponed is a meeting to come,
# and "the next meeting ... is scheduled for <date>" another.
CANCELLED_MEETING = re.compile(
    MEETING_OF
    + r",?\s+(?:(?:which|that)\s+)?was\s+(?:to\s+have\s+been|(?:due|scheduled|arranged)\s+to"
    r"\s+(?:be|take\s+place))(?:\s+held)?(?:\s+(?:in|at)\s+[^.]{3,160}?)?"
    r"\s+on\s+(?P<when>(?:[^.]|\.\d){6,80})")
# Where the sentence goes on to what befell the meeting ("... on Monday 6 March has been
# postponed to Monday 13 March 2028"): the day it moves to is no date of the meeting named.
WHAT_BEFELL = re.compile(r",?\s+(?:has|have|had|is|was|will)\s.*", re.I)

# Lines of the notice's head read for its word and its sentence: a one-page notice says both
# within its first dozen lines (masthead, title, the sentence).
NOTICE_LINES = 12


def cancelled_meeting(lines: list[str]) -> dict[str, object]:
    """The body and date (and time) of the meeting a notice of cancellation cancels, from
    the first NOTICE_LINES of ``lines``; nothing where they name no cancellation. A date
    without its year gives the body alone (the year is the paper's, found elsewhere)."""
    head = " ".join(lines[:NOTICE_LINES])
    if not CANCELLED.search(head) or not (m := CANCELLED_MEETING.search(" ".join(head.split()))):
        return {}
    # "the meeting of the (above) Committee": the body the notice's heading names
    body = fuller_name(" ".join(m.group("body").split()), lines[:MASTHEAD_LINES],
                       words_left_out=True)
    if ABOVE_BODY.match(body):
        return {}  # no heading names it
    when = WHAT_BEFELL.sub("", m.group("when"))
    if not find_date(when):
        return {"committee": body}
    return meeting_on(body, when)
