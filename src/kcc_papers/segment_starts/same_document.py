"""Whether a heading belongs to the document the walk is in: the labelled block under a
heading on its page, a notice's labelled entry, a section or a continued page of the
minutes, a running head repeated close below the last heading or at a page's top."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.agenda_mastheads import _another_meetings_agenda
from kcc_papers.segment_starts.header_labels import LABEL_WINDOW, _records_decision, _report_label
from kcc_papers.segment_starts.heading_kinds import COVER_LINES, continued_minutes
from kcc_papers.segment_starts.layout import SAME_SIZE_POINTS
from kcc_papers.segment_starts.notes_sections import agenda_notes_section
from kcc_papers.segment_starts.walk_state import _Walk

# A heading of the same kind this close below the last one repeats it.
RUNNING_HEAD_LINES = 8

# The kinds a meeting has one paper of: its minutes' dated heading repeated at a page's top is
# their running head. A report's dated masthead ("Report to Cabinet - 14 July 2027") is every
# report's of that meeting, so repeated it may head the next report.
ONE_PER_MEETING = ("minutes",)


def _part_of_current(walk: _Walk, i: int, kind: str, line: Line) -> bool:
    """Whether a heading of ``kind`` at line ``i`` belongs to the current document: the
    labelled block under a heading on its page is that document's header, a notice's entry
    is labelled like a report's header under the notice, and a heading repeated close below
    the last is a running head (see ``_same_document``)."""
    flat, starts, last_kind = walk.flat, walk.starts, walk.last_kind
    if (kind == "report" and starts and i - starts[-1][0] <= LABEL_WINDOW
            and flat[i][0] == flat[starts[-1][0]][0] and _report_label(line.text)):
        return True
    if kind == "report" and last_kind == "decision" and _records_decision(flat, i):
        return True
    if agenda_notes_section(flat, starts, last_kind, i, kind):
        return True  # a section of the agenda's notes page (notes_sections)
    if kind == "agenda" and last_kind == "agenda" and _another_meetings_agenda(
            flat, walk.heading, i):
        return False
    if kind == "minutes" and last_kind == "minutes" and continued_minutes(flat, i):
        return True
    if kind == "minutes" and last_kind == "minutes" and _minutes_section(flat, walk.heading, i):
        return True
    if kind == "minutes" and last_kind == "minutes" and _begun_after(flat, walk.heading, i):
        # the minutes' own heading names them from here: a later minutes heading is another
        # meeting's (a sub-committee's minutes after them), however their pages are headed
        walk.heading = i
        return True
    return kind == "appendix_like" or bool(starts and kind == last_kind and (
        _same_document(kind, i - starts[-1][0], flat[i][0] != flat[starts[-1][0]][0])
        or (kind in ONE_PER_MEETING and _repeats_dated_heading(flat, walk.heading, i))))


# "Minutes" (or "Minutes:") alone on its line: the word a page heads its record's section with.
MINUTES_SECTION = re.compile(r"^\s*Minutes?\s*:?\s*$", re.I)


def _minutes_section(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether line ``i``, the word "Minutes" alone, heads a section of the minutes headed at
    line ``heading`` on the same page in larger type ("Adult Social Care Scrutiny Committee -
    minutes" over "Attendance", then "Minutes" over the numbered minutes, as a council's web
    page sets its sections): the record under the page's title, not a second paper."""
    if heading is None or heading >= i or flat[heading][0] != flat[i][0]:
        return False
    line, title = flat[i][2], flat[heading][2]
    return (MINUTES_SECTION.match(line.text) is not None and line.size is not None
            and title.size is not None and line.size < title.size - SAME_SIZE_POINTS)


def _begun_after(flat: list[tuple[int, int, Line]], heading: int | None, i: int) -> bool:
    """Whether the minutes headed at line ``i`` are the beginning of the current minutes, put
    after their later pages: those opened on a page saying the minutes go on from an earlier
    one ("Minutes - 18 January 2028 (continued)"), of the same meeting's date where it prints
    one."""
    if heading is None or heading >= i or not continued_minutes(flat, heading):
        return False
    said = find_date(flat[heading][2].text)
    if said is None:
        return True
    below = " ".join(line.text for _, _, line in flat[i : i + MINUTES_DATE_LINES])
    return find_date(below) in (None, said)


# The minutes' own heading prints their meeting's date within this many lines.
MINUTES_DATE_LINES = 3


def _repeats_dated_heading(flat: list[tuple[int, int, Line]], heading: int | None,
                           i: int) -> bool:
    """Whether line ``i``, its page's first, prints word for word the dated heading that
    started the current document at its own page's top ("Minutes of the County Council - 9th
    December 2027" as every page's running head): one meeting's paper on its next page, not a
    second paper of that meeting. (A labelled line lower down, "Meeting(s): Harbour Board, 4
    March 2027", is each of that meeting's reports' own header.)"""
    if heading is None or heading >= i or flat[heading][1] or flat[i][1]:
        return False
    text = flat[heading][2].text
    return (" ".join(text.split()) == " ".join(flat[i][2].text.split())
            and find_date(text) is not None)


def _same_document(kind: str, lines_since_start: int, new_page: bool) -> bool:
    """A heading repeated close below the last (a running head, an agenda after its cover);
    but a short report's successor on the next page is a document of its own."""
    if kind == "agenda":
        return lines_since_start < COVER_LINES
    return lines_since_start < RUNNING_HEAD_LINES and not new_page
