"""Whether an agenda heading on a later page is another meeting's agenda: under a masthead
of its own naming a body or a date the current agenda's does not."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import _set_as_heading

# A heading saying its paper goes on from the page before: "AGENDA (continued)", "Agenda
# cont'd".
CONTINUED = re.compile(r"\bcont(?:inued|['’]d|\.)", re.I)
# A masthead is at least this many lines set as headings above the agenda's heading (the
# body's name, its date, perhaps the council's name and the venue).
MASTHEAD_MIN_LINES = 2
# A masthead's line naming a body: a few words ending on the body's word, perhaps a word in
# brackets after it, perhaps its date after a dash or a comma ("CABINET (HOUSING) SUB-COMMITTEE",
# "Thornleigh Borough Council", "CABINET - 9 MARCH 2027"; not the venue, "Council Chamber,
# Westhaven House").
MASTHEAD_BODY = re.compile(
    r"^(?P<body>(?:[\w&'’(),-]+ ){0,8}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|"
    r"Forum|Commission|Authority|Executive)(?: \([\w -]{1,40}\))?)(?: ?[,–—-] (?=.*\d).*)?$",
    re.I)


def _another_meetings_agenda(flat: list[tuple[int, int, Line]], heading: int | None,
                             i: int) -> bool:
    """Whether the agenda heading at line ``i``, on a later page than the current agenda's
    ``heading``, is another meeting's agenda: under a masthead of its own naming a body or a
    date the current agenda's does not ("CABINET (HOUSING) SUB-COMMITTEE" over "Tuesday 9
    March 2027 at the rise of the Cabinet", after the Cabinet's agenda). (An agenda going on
    onto its next page repeats its masthead, perhaps shorter, or prints none over the
    heading.)"""
    if heading is None or heading >= i or flat[heading][0] == flat[i][0]:
        return False
    if CONTINUED.search(flat[i][2].text):
        return False  # "AGENDA (continued)": the same agenda, whatever its page's masthead
    before, after = _masthead_above(flat, heading), _masthead_above(flat, i)
    if len(before) < MASTHEAD_MIN_LINES or len(after) < MASTHEAD_MIN_LINES:
        return False
    return not _meeting_named(after) <= _meeting_named(before)


def _masthead_above(flat: list[tuple[int, int, Line]], i: int) -> set[str]:
    """The lines set as headings above line ``i`` on its page (a running head, in small
    type, is none)."""
    return {" ".join(flat[n][2].text.split()) for n in range(i - flat[i][1], i)
            if flat[n][2].text.strip() and _set_as_heading(flat, n)}


def _meeting_named(masthead: set[str]) -> set[str]:
    """The bodies (in lower case) and the dates a masthead's lines name: the meeting it heads,
    however it prints them (a date with its day and time or without)."""
    return ({m.group("body").lower() for line in masthead if (m := MASTHEAD_BODY.match(line))}
            | {d.isoformat() for line in masthead if (d := find_date(line)) is not None})
