"""The front matter before a file's first heading that joins the first document rather than
being one: a masthead of a few short lines, or an agenda's cover (a despatch letter, a
notice of the meeting, a web page's masthead naming its dated agenda)."""

from __future__ import annotations

import re

from kcc_papers.classify import AGENDA_TABLE_HEADER, DATED_AGENDA
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.covers import MASTHEAD_LIST_LABEL, listed_under_label
from kcc_papers.segment_starts.heading_kinds import COVER_LINES
from kcc_papers.segment_starts.wrapped_fields import wrapped_field_lines

# Front matter before the first heading that is only a masthead: a few short lines (a long one
# is body text, unless it is the notice of the meeting).
MASTHEAD_MAX_LINES = 12
MASTHEAD_LINE_CHARS = 120


def _front_matter_only(flat: list[tuple[int, int, Line]], first: int) -> bool:
    """A few short lines (committee, date, venue, the notice of the meeting) before the first
    heading are its masthead; not a table of items under its header row ("No. | Item |
    Report No."), which is an agenda of its own, however short."""
    before = flat[:first]
    # (a membership list's entries on lines of their own under its label are one item of it)
    listed = listed_under_label([line.text for _, _, line in before])
    # (and a field's value wrapped onto the lines below its label's is one field of it)
    listed += wrapped_field_lines([line.text for _, _, line in before])
    return len(before) - listed <= MASTHEAD_MAX_LINES and not any(
        AGENDA_TABLE_HEADER.match(line.text) for _, _, line in before) and all(
        len(line.text) < MASTHEAD_LINE_CHARS or MEETING_NOTICE.search(line.text)
        or MASTHEAD_LIST_LABEL.match(line.text) or PAGE_REPRODUCES.match(line.text)
        for _, _, line in before
    )


def _cover_letter(flat: list[tuple[int, int, Line]], start: tuple[int, str]) -> bool:
    """A despatch letter over an agenda ("Dear Member, ... You are invited to attend a
    meeting of the ... Joint Committee to be held ..."), its notice's sentence wrapped over
    lines, a notice titled as one ("NOTICE OF MEETING"), or a web page's masthead naming its
    dated agenda: the agenda's cover, not a document of its own."""
    first, kind = start
    if kind != "agenda" or first > COVER_LINES:
        return False
    text = " ".join(line.text for _, _, line in flat[:first])
    return bool(MEETING_NOTICE.search(text)) or any(
        DATED_AGENDA.match(line.text) or NOTICE_TITLE.match(line.text)
        for _, _, line in flat[:first]) or any(
        NOTICE_DATE_LINE.match(line.text) for _, _, line in flat[:min(first, NOTICE_DATE_TOP)])


# "A meeting of the Panel will be held at <venue> on <date>": a notice's masthead sentence,
# however long, names the meeting the agenda below it is for.
MEETING_NOTICE = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?[A-Z][^.]{0,120}?\b(?:will|to)\s+be\s+held\b"
    # a summons: "You are hereby summoned to attend the meeting of ... to be held in ..."
    r"|\bsummoned\s+to\s+attend\b")


# A web page's lead saying the page is the paper below it ("This page reproduces the
# performance framework report considered by the Combined Authority Board at its meeting on
# 19 November 2032. ..."): the page's introduction to that paper, however long, no paper.
# (or that it is another version of that paper, its lead before the paper's title: "Accessible
# version of the report for Item 6, Corporate Parenting Panel, ... The PDF version is
# available from the meeting page.")
PAGE_REPRODUCES = re.compile(
    r"^\s*(?:This\s+page\s+(?:reproduces|sets\s+out|contains|presents|publishes)\s+"
    r"|(?:An?\s+|The\s+)?(?:Accessible|HTML|Web|Plain[- ]text|Text[- ]only|Large[- ]print|"
    r"Easy[- ]read)\s+version\s+of\s+)"
    r"(?:the\s+|a\s+|this\s+)?[^.]{0,80}?\b(?:report|paper)\b", re.I)


# A notice titled as one ("NOTICE OF MEETING") over the meeting's labelled block and its
# members: the agenda's cover, however many lines the members take.
NOTICE_TITLE = re.compile(r"^\s*Notice\s+of\s+(?:the\s+)?Meeting\s*$", re.I)


# A notice's date line in its masthead, the meeting's weekday, date and time ("Wednesday 20th
# October 2027 at 10.00 am", "Date: Wednesday 20 October 2027, 10:00", "... 2027 - 2.00 pm")
# under the body's name: the masthead of the agenda below it, however many lines its members
# and contacts take (a report's or minutes' date has no time).
NOTICE_DATE_LINE = re.compile(
    r"^[^\S\n]*(?:Date(?:[^\S\n]+and[^\S\n]+time)?[^\S\n]*:[^\S\n]*)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?"
    r"[^\S\n]+[A-Z][a-z]+,?[^\S\n]+\d{4}[^\S\n]*(?:(?:,|[-–—]|at\b)[^\S\n]*)?(?:at[^\S\n]+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}\b)", re.I)
# ... among the masthead's first lines.
NOTICE_DATE_TOP = 5


# A web page's title naming the minutes it holds: "Minutes: Extraordinary Council", "Minutes -
# Planning Committee" (the page's heading, a label and the meeting's name, no sentence) ...
MINUTES_PAGE_TITLE = re.compile(r"^\s*Minutes\s*(?::|\s[–—-])\s*[A-Z][^.:]{0,80}$")
# ... among the page's first lines (a council's name may come before it).
MINUTES_TITLE_TOP = 4


def _minutes_head(flat: list[tuple[int, int, Line]], start: tuple[int, str]) -> bool:
    """Whether the lines before the first heading, a minutes heading ("Minutes" over the
    numbered minutes), are those minutes' own head: a web page titled "Minutes: Extraordinary
    Council" over its date, venue and status and the members present (however long the list
    of those present runs: no document of its own, no agenda)."""
    first, kind = start
    if kind != "minutes" or first > COVER_LINES:
        return False
    return any(MINUTES_PAGE_TITLE.match(line.text)
               for _, _, line in flat[:min(first, MINUTES_TITLE_TOP)])
