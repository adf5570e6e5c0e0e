"""The meeting a set of minutes records, from its heading, in the forms clerks print it:

- "MINUTES of a meeting of the Cabinet held in <venue> on Thursday, 9 January 2025."
- "Minutes of the Transport and Connectivity Policy Committee / 12 September 2024 at 5.00 pm"
- "CORPORATE PARENTING PANEL– 29 October 2024" (a name and a date, the dash glued or not)
- "TINTERN COMMUNITY COUNCIL / Minutes of a meeting of the above Council held on Monday 25th
  June at 7.00pm": "the above Council" is the council named above it, and a date printed
  without its year takes the year, among those the paper prints, on which that day falls on
  the weekday printed ("Monday 25th June" + "2018" elsewhere -> 2018-06-25); no weekday, or no
  single such year, and the date stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.ocr_words import legible

from .body_lines import (
    _BODY_BEFORE_SENTENCE,
    _KIND_HEAD,
    _KIND_TAIL,
    _owned_or_line,
    _with_qualifier,
    _wrapped_name,
)
from .body_names import BODY_FIRST
from .comma_dated import comma_dated
from .heading_body import (
    _COUNCIL_LINE,
    _NAME_DATE,
    _NAME_ONLY,
    _body_name,
    _masthead_case,
    _title_case,
)

# (the patterns' tests read these three from here)
from .heading_body import _ENDS_IN_BODY as _ENDS_IN_BODY
from .heading_body import _LABEL_AFTER_NAME as _LABEL_AFTER_NAME
from .heading_body import _MINUTES_OF as _MINUTES_OF
from .held_when import TIME, held_at, held_on, labelled_date, norm_time, yearless
from .masthead_forms import _masthead_forms
from .name_lines import name_to_line_end
from .titled_notes import body_before_notes
from .welsh_minutes_heading import as_english_frame

HEAD_LINES = 12


# Runs of a line set side by side: the heading's two languages in two columns.
COLUMNS = 2


def in_columns(rows: list[list[str]]) -> list[str]:
    """The lines of a head as read, each given as its runs: where the minutes' heading
    sentence starts a line's second run ("Cofnodion cyfarfod ..." left, "Minutes of the
    meeting of the ... Committee held on ..." right, a bilingual heading set in two columns
    with no stroke between), the block of two-run lines from there is read a column at a time,
    so the sentence is read whole and not interleaved with the other language's."""
    lines = [" ".join(row) for row in rows]
    start = next((n for n, row in enumerate(rows)
                  if len(row) == COLUMNS and _MINUTES_OF.match(row[1].strip())), None)
    if start is None:
        return lines
    end = start
    while end < len(rows) and len(rows[end]) == COLUMNS:
        end += 1
    block = rows[start:end]
    return [*lines[:start], *(row[0] for row in block), *(row[1] for row in block),
            *lines[end:]]


@dataclass(slots=True)
class MinutesHeading:
    committee: str | None = None
    council: str | None = None
    meeting_date: dt.date | None = None
    meeting_time: str | None = None
    venue: str | None = None


def minutes_heading(lines: list[str], whole_text: str = "") -> MinutesHeading:
    """The meeting named in the first lines of minutes, the one reader of it (for the minutes'
    rows and their Meeting alike). ``whole_text`` (the paper) lends the year to a heading date
    printed without one. The forms above are read first; what they leave unknown, the looser
    masthead reading fills, a committee and its date as a pair or not at all."""
    # (a scanned paper's text layer misreads the heading's words: read through them)
    lines = [_unspaced(legible(s)) for s in _above_attendance(lines)]
    # (a Welsh heading's frame read in English: "COFNODION CYFARFOD Y CABINET A GYNHALIWYD")
    lines = as_english_frame(lines)
    out = _printed_heading(lines, whole_text)
    more = _masthead_forms(lines)
    if out.committee is not None and "committee" in more and out.meeting_date is None:
        more.pop("meeting_date", None)
    for key, value in more.items():
        if getattr(out, key) is None:
            setattr(out, key, value)
    return out


# A word letter-spaced alone on its line, as a text export prints a spaced title: "M I N U T E S".
_LETTER_SPACED = re.compile(r"^[ \t]*\S(?:[ ]\S){2,}[ \t]*$")


def _unspaced(line: str) -> str:
    """A letter-spaced word's line as the word ("M I N U T E S" is "MINUTES"); others as is."""
    return "".join(line.split()) if _LETTER_SPACED.match(line) else line


# The list of those present ("Present: Councillor ...", "MEMBERS PRESENT", "In attendance:")
# follows the heading: the minutes' business starts there.
_ATTENDANCE = re.compile(
    r"^\s*(?:(?:Members|Councillors|Committee\s+Members)\s+)?(?:Present|In\s+attendance)\b"
    r"\s*(?::-|:|[–-]|$)", re.I)


def _above_attendance(lines: list[str]) -> list[str]:
    """The head's lines above its list of those present: a sentence below it is a minute's
    ("The minutes of the meeting held on 9 June were approved"), not the heading, and its date
    the last meeting's. A list first on the page (no heading above it) cuts nothing."""
    at = next((n for n, s in enumerate(lines[:HEAD_LINES]) if _ATTENDANCE.match(s)), None)
    return lines[:at] if at else lines


# A parish's or town's meeting of its electors, not its council's (the Annual Parish Meeting
# the law requires each spring): a masthead naming it ("BRAMPTON ABBOTTS ANNUAL PARISH
# MEETING") or the heading's sentence ("Notes of the Annual Parish Meeting held on ..."). The
# meeting is named by its kind; the place before it is the parish's, as a council's place
# before its committee's name is not part of that name.
_ELECTORS_MEETING = re.compile(
    r"^(?:(?:Notes|Minutes?)\s+of\s+the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?"
    r"(?P<name>(?:Annual\s+)?(?:Parish|Town|Community)\s+Meeting)(?:\s+held\b.*)?$", re.I)


def _electors_meeting(head: list[str]) -> str | None:
    """The electors' meeting a paper's head names (see _ELECTORS_MEETING), by its kind."""
    m = next(filter(None, (_ELECTORS_MEETING.match(s) for s in head)), None)
    return " ".join(w.capitalize() for w in m.group("name").split()) if m else None


def _printed_heading(lines: list[str], whole_text: str) -> MinutesHeading:
    head = [s.strip() for s in lines[:HEAD_LINES] if s.strip()]
    out = MinutesHeading(council=_council(head))
    text = " ".join(head)
    m = _heading_of(text)
    # "MINUTE OF MEETING" as a title over "Minute of the meeting of the Board held ...": the
    # sentence below names the body
    while m and (inner := _MINUTES_OF.search(text, m.start("name"), m.end("name"))):
        m = inner
    start = 0
    if m:
        start = m.start()
        # (the name ends with the line its body's word ends: a line after it is no part)
        name = text[m.start("name"):name_to_line_end(head, m.start("name"), m.end("name"))]
        out.committee = (_named_under_title(head, start)
                         or _body_name(name, head, out.council))
        out.venue = held_at(text[start:])
    if out.committee is None:
        # "Local Plan Member Working Group: notes of the meeting held on ..." (titled_notes)
        out.committee = body_before_notes(head)
    if out.committee is None or out.meeting_date is None:
        if not m:
            # minutes headed by their body ("Planning Committee: Minutes") over a "Date:"
            # line: that line dates the meeting, not a running head's "NAME - date" above
            # them (the date of the pack the minutes are printed in)
            out.meeting_date = next((d for s in head if (d := labelled_date(s))), None)
        _name_and_date(head, out)
        # the date the heading's own sentence gives ("Minutes of the meeting held on Monday
        # 15 June 2026") is the meeting's, not a running head's above it ("Joint Committee -
        # 7 September 2026", the date of the pack these minutes are part of)
        if m and (held := held_on(text, start)):
            out.meeting_date = held
    out.committee = out.committee or _electors_meeting(head)
    if out.council is None and out.committee and _COUNCIL_LINE.match(out.committee):
        out.council = out.committee  # the minutes of a council's own meeting
    if out.meeting_date is None:
        # a masthead's "Date:" line above a heading that gives none ("Minute of Meeting")
        labelled = next((d for s in head[:head.index(_line_of(head, start))]
                         if (d := labelled_date(s))), None) if m else None
        out.meeting_date = (labelled or find_date(text[start:])
                            or yearless(text[start:], whole_text))
    if t := TIME.search(text[start:]):
        out.meeting_time = norm_time(t.group(1))
    return out


# "Minute of Meeting" as a title on a line of its own (a Scottish house style), the body's name
# on the line under it and the venue and date under that.
_TITLE_ALONE = re.compile(r"^\s*Minutes?\s+of\s+(?:the\s+)?Meeting\s*$", re.I)


def _named_under_title(head: list[str], start: int) -> str | None:
    """The body a "Minute of Meeting" title line names on the line under it ("Harbour Board"),
    not the title read on through that line into the venue's ("Meeting Harbour Board Council
    Chamber", the venue's first words a body's); None where the heading is no such title."""
    line = _line_of(head, start)
    if not _TITLE_ALONE.match(line):
        return None
    n = head.index(line)
    below = head[n + 1] if n + 1 < len(head) else ""
    if (_NAME_ONLY.match(below) and _masthead_case(below) and not _MINUTES_OF.search(below)
            and not _COUNCIL_LINE.match(below) and not re.search(r"[\d:,]", below)):
        return _title_case(below) if below.isupper() else below.strip()
    return None


# A word in lower case just before "minutes of": the phrase is inside a sentence ("That the
# minutes of the meeting held on 24 February be approved"), not the heading; a number: it is
# an item's title ("102. Minutes of the previous meeting"), as after a minute's reference
# ("HWB/26/21 Minutes of the meeting held on 10 June 2026", "P/120/2026").
_MID_SENTENCE = re.compile(r"\b[a-z]+\s*$|(?:^|\s)\d{1,4}[.)]\s*$"
                           r"|(?:^|\s)[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})+\s*$")


def _heading_of(text: str) -> re.Match[str] | None:
    return next((m for m in _MINUTES_OF.finditer(text)
                 if not _MID_SENTENCE.search(text[max(0, m.start() - 40) : m.start()])), None)


def _line_of(head: list[str], offset: int) -> str:
    """The line of ``head`` (joined by single spaces) that holds character ``offset``."""
    at = 0
    for line in head:
        at += len(line) + 1
        if offset < at:
            return line
    return head[-1]


def _council(head: list[str]) -> str | None:
    for s in head:
        m = _COUNCIL_LINE.match(s)
        if m:
            return _title_case(m.group("name"))
    return None


# The word before a board's name in its notes' heading: "Notes of the Project Board"; or in
# a minutes page's title over its date line, no sentence: "Minutes of Policy and Resources
# Committee" over "Wednesday, 15th January, 2025" (what the page is, not the body's name).
_NOTES_OF = re.compile(r"^\s*(?:Notes|Minutes?)\s+of\s+(?:the\s+)?", re.I)
# The notes' own heading sentence naming no body, as "Minutes of the meeting held on ..." names
# none: "Notes of the meeting held on Tuesday 4 March 2031" under the masthead line that names
# the group ("Kestrel Bay Safety Advisory Group"). The masthead ends above it: a line below
# (a wrapped "Chair: ..., Kestrel" / "Bay Borough Council") is no body's name. (Only under a
# line naming the group: see _masthead_end.)
_NOTES_SENTENCE = re.compile(r"^\s*Notes\s+of\s+(?:the|a)\s+meeting\s+held\b", re.I)


# A "NAME - date" line that goes on to file the paper in that meeting's pack ("Shareholder
# Sub-Committee - 9 June 2027 - Agenda Item 6, Appendix B (for information)", held-out round
# 39): a cover line over another body's minutes (a company board's, appended for information)
# names the meeting they are sent to; the body and day they record are their own heading's.
_FILED_AS_APPENDIX = re.compile(r"\b(?:Appendix|Annex|Enclosure)\s+[A-Z0-9]{1,3}\b", re.I)


def _name_and_date(head: list[str], out: MinutesHeading) -> None:
    """A "NAME – date" line, or a masthead line naming the body."""
    _name_and_date_or_masthead(head, out)
    if out.committee is None and (filed := _filed_for(head)):
        # (no masthead names the body: a committee's own previous minutes filed in its next
        # meeting's pack, "Planning Committee - 2 July 2027 - Agenda Item 2, Appendix A" over
        # "Minutes of the meeting held on 4 June 2027", are that committee's)
        out.committee = _title_case(_NOTES_OF.sub("", filed).strip(" ,"))


def _filed_for(head: list[str]) -> str | None:
    """The body of a cover line filing the minutes as an appendix of its meeting, if any."""
    for s in head:
        if _MINUTES_OF.search(s) or _COUNCIL_LINE.match(s):
            continue
        m = _NAME_DATE.match(s) or comma_dated(s)
        if m and _FILED_AS_APPENDIX.search(m.group("date")) and find_date(m.group("date")):
            return m.group("name")
    return None


def _name_and_date_or_masthead(head: list[str], out: MinutesHeading) -> None:
    """A "NAME – date" line (not a cover line filing the paper), or a masthead line naming
    the body."""
    for s in head:
        if _MINUTES_OF.search(s) or _COUNCIL_LINE.match(s):
            continue
        # (or the name, a comma and the date: "Audit Committee, Thursday 18 September 2031")
        m = _NAME_DATE.match(s) or comma_dated(s)
        if m and _FILED_AS_APPENDIX.search(m.group("date")):
            continue  # the meeting the minutes are filed for, not the one they record
        if m and _COUNCIL_LINE.match(m.group("name")) and (
                (later := _NAME_DATE.match(m.group("date"))) and find_date(later.group("date"))):
            m = later  # "COUNCIL – AUDIT COMMITTEE – date": the body nearest the date meets
        if m and (d := find_date(m.group("date"))):
            if out.committee is None:
                # (a board's notes: "Notes of the Project Board - 7 November 2028")
                out.committee = _title_case(_NOTES_OF.sub("", m.group("name")).strip(" ,"))
            if out.meeting_date is None:
                out.meeting_date = d
            return
    if out.committee is None:
        # "BRAYMOUTH COUNCIL / STRATEGIC PLANNING COMMITTEE / MINUTES of the meeting held on":
        # the body named nearest above the minutes line is the committee, the first the council.
        # (or a group that keeps notes heads them so: "Events Safety Advisory Group: notes of
        # the meeting held on 3 March 2027")
        before = _masthead_end(head)
        body = _BODY_BEFORE_SENTENCE.match(head[before]) if before < len(head) else None
        name = body.group("body").strip() if body else ""
        if name and _NAME_ONLY.match(name) and _masthead_case(name):
            out.committee = name
            return
        # (a body's line may say what the paper is after the name: "Commercial and
        # Procurement Board - Minutes")
        # (an authority's name before its committee's, "WESTHAVEN FIRE AND RESCUE AUTHORITY -
        # AUDIT COMMITTEE": the committee meets, and its line names it; a council's name
        # on a line of its own above it is whose the paper is, not the meeting)
        head = [_masthead_line(s) for s in head[:before]] + head[before:]
        # (a joint body's masthead names its councils under its own name, "Joint Waste
        # Committee" over "Northby Borough Council and Eastdale District Council": whose it
        # is, not what meets)
        named = [n for n, s in enumerate(head[:before])
                 if _names_a_body(s) and not _councils_joined(s)]
        if named and not _COUNCIL_LINE.match(head[named[-1]]):
            # (a board's notes titled by its name alone: "Notes of the Partnership Board")
            out.committee = _NOTES_OF.sub("", _title_case(
                _with_qualifier(*_wrapped_name(head, named[-1]))))


# Councils named together on a line: "Northby Borough Council and Eastdale District Council"
# (joined after a council's name ends: "Brighton and Hove City Council and ..." is two).
_COUNCILS_JOIN = re.compile(r"(?:(?<=Council)|(?<=Authority))\s*(?:,|\band\b|&)\s*", re.I)


def _councils_joined(line: str) -> bool:
    """Whether a masthead line names two councils or more, joined, and nothing else."""
    parts = [p for p in _COUNCILS_JOIN.split(line.strip()) if p]
    return len(parts) > 1 and all(_COUNCIL_LINE.match(p) for p in parts)


def _masthead_line(line: str) -> str:
    """A masthead line without what it says the paper is ("Commercial and Procurement Board -
    Minutes", "Minutes: Harbour Board"), or its owner's name alone where it names the owner's
    committee after it."""
    return _owned_or_line(_KIND_HEAD.sub("", _KIND_TAIL.sub("", line)))


def _names_a_body(line: str) -> bool:
    """Whether a masthead line (see _masthead_line) names a body, alone or first."""
    return bool((_NAME_ONLY.match(line) or BODY_FIRST.match(line)) and _masthead_case(line))


def _masthead_end(head: list[str]) -> int:
    """The line a minutes' masthead ends above: the heading's own sentence ("MINUTES of the
    meeting held on", "Events Safety Advisory Group: notes of the meeting held on"), or a
    group's notes sentence naming no body ("Notes of the meeting held on ...") under a line
    naming one that is no council. A notes sentence printed as the title, over the group's
    name ("Notes of the meeting held on 4 March 2031" over "Harbour Project Board"), ends no
    masthead: the name is under it."""
    before = next((n for n, s in enumerate(head)
                   if _MINUTES_OF.search(s) or _BODY_BEFORE_SENTENCE.match(s)), len(head))
    notes = next((n for n, s in enumerate(head[:before]) if _NOTES_SENTENCE.match(s)), None)
    if notes is not None and any(
            _names_a_body(line) and not _COUNCIL_LINE.match(line)
            for line in map(_masthead_line, head[:notes])):
        return notes
    return before
