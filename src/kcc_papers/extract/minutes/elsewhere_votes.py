"""A vote told as another meeting's: "The Leader reported that at Cabinet on 4 March a motion
to reopen the depot was put to the vote and lost", "The Clerk reported that at the Council
meeting a motion ... was lost". The minute records a report of another body's vote, not a
decision of its own (as carried_votes' _ELSEWHERE refuses a carried one told so). Read from
the words of its sentence before the motion: where the vote was, or someone's report of it
and when."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.moving_sentence import PROPOSED
from kcc_papers.extract.minutes.resolution_marks import _SAID
from kcc_papers.normalise.outcomes import MONTH_NAME

# Someone telling the meeting of it: a verb of saying in the past ("reported", "explained"),
# or one of informing ("informed members that", "advised", "updated").
_REPORTED = re.compile(rf"\b(?:{_SAID}|informed|advised|told|updated|confirmed)\b", re.I)
# Another meeting named by where the vote was, whoever tells it: "at its last meeting", "at
# the previous meeting", "at full Council" (this meeting is never its own last or previous).
_AT_EARLIER = re.compile(
    r"\bat\s+(?:its|their|the|a)\s+(?:last|previous|recent|earlier)\b|\bat\s+full\s+(?-i:[A-Z])"
    r"|\blast\s+(?:week|month|year)\b|\bpreviously\b", re.I)
# ... or by the body or meeting it was at, or its date, told in someone's report: "reported
# that at Cabinet on 4 March", "... that at the Council meeting", "... that on 4 March": a
# report to this meeting is of what happened elsewhere (its own votes are minuted, not
# reported to it).
_AT_A_MEETING = re.compile(
    r"\bat\s+(?:(?:the|a|its)\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+){0,5}?"
    r"(?:meeting|(?-i:Council|Cabinet|Committee|Board|Panel|Forum|Executive|Assembly))\b"
    rf"|\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}})\b", re.I)


def told_elsewhere(head: str) -> bool:
    """Whether ``head``, the words of a sentence before the motion it tells of (lost or
    moved), places its vote at another meeting: an earlier one named (_AT_EARLIER), or a
    meeting, body or date after someone's report (_AT_A_MEETING after _REPORTED)."""
    if _AT_EARLIER.search(head):
        return True
    reported = _REPORTED.search(head)
    return reported is not None and _AT_A_MEETING.search(head, reported.end()) is not None


def moved_elsewhere(moved: str) -> bool:
    """Whether ``moved``, the sentences from a motion's moving to its defeat (moved_before_lost),
    tell it as moved at another meeting, before its moving verb ("The Leader reported that at
    Cabinet on 4 March Councillor Cole moved that ..."): the defeat after it is that meeting's,
    told on in the report."""
    verb = PROPOSED.search(moved)
    return verb is not None and told_elsewhere(moved[:verb.start()])
