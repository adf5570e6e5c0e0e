"""A report's head labelling its meeting by the kind of body it goes to ("Panel: Corporate
Performance Panel", "Board: Health and Wellbeing Board") and dating it by a "Meeting:" label
whose value is a date alone ("Meeting: 8 December 2026")."""

from __future__ import annotations

import re

from .masthead_names import SESSION_BRACKET, without_session

# A label naming the kind of body ("Panel:", "Board:", "Forum:"): "Committee:" is read with
# the "To:" labels (addressed.TO_LINE). Its value names the meeting only where it is a body of
# that kind, its name ending in the label's word: "Board:" over a board's members ("Board: Cllr
# Penlow (Chair, Severnside County Council); ...") lists people, and names no meeting.
KIND_LABEL = re.compile(
    r"^\s*(?P<kind>Sub[\s-]?Committee|Panel|Board|Forum|Commission)\s*:\s*(?P<value>\S.*)$", re.I)
# A weekday's name as a date's head prints it ("Tuesday 8 December 2026").
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# Where a body's name ends in its value: before a date or a dash ("Corporate Performance
# Panel, 8 December 2026", "... Panel – 8 December"), perhaps after "on" or its weekday
# ("Police and Crime Panel on 8 December 2026", "... Panel Tuesday 8 December 2026").
_NAME_END = re.compile(
    rf"\s*(?:[,–—]|\s-\s|(?:\s+on)?(?:\s+{WEEKDAY})?"
    r"\s\d{1,2}(?:st|nd|rd|th)?\s).*$", re.I)
# A sub-committee's word however spelt ("Sub Committee", "Subcommittee", "Sub-Committee").
_SUB_COMMITTEE = re.compile(r"\bsub[\s-]?committee\b", re.I)
# A "Meeting:" label whose value is a date alone (perhaps its weekday before it, its time
# after): the meeting's date, where another label names its body.
MEETING_DATED = re.compile(
    rf"^\s*Meeting\s*:\s*(?P<value>(?:{WEEKDAY},?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}\b.*)$", re.I)


def body_kind_value(s: str) -> str | None:
    """The value of a label naming the kind of body a report goes to, where that value names a
    body of the kind ("Panel: Corporate Performance Panel"); None for any other line."""
    m = KIND_LABEL.match(s)
    if not m:
        return None
    # (the session its meeting is, after the name, is no part of it: "Corporate Performance
    # Panel (Public)", "... Board – Part 1")
    name = _NAME_END.sub("", m.group("value")).strip()
    name = without_session(SESSION_BRACKET.sub("", name)).strip()
    kind = _SUB_COMMITTEE.sub("sub-committee", m.group("kind")).lower()
    words = _SUB_COMMITTEE.sub("sub-committee", name).lower().split()
    # (more than the kind's word alone: "Board: Board" names no body)
    return m.group("value").strip() if len(words) > 1 and words[-1] == kind else None
