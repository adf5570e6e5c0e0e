"""Minutes: attendance, declarations of interest, every numbered minute item with its
resolution, recorded votes, and one ``source="minutes"`` Decision per resolution."""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.minutes.action_logs import action_log_after_minutes
from kcc_papers.extract.minutes.attendance import parse_attendance
from kcc_papers.extract.minutes.decision_schedules import scheduled_resolutions
from kcc_papers.extract.minutes.items import Layout, SplitMinutes, split_minutes
from kcc_papers.extract.minutes.minute_lines import _lines
from kcc_papers.extract.minutes.minute_records import (
    _apologies,
    _attendance,
    _decision,
    _declarations,
    _minute,
    _votes,
)
from kcc_papers.extract.minutes.moved_motions import lead_motions
from kcc_papers.extract.minutes.noted import body_initials, body_names, chairing_office
from kcc_papers.extract.minutes.page_attendance import attendance_rows
from kcc_papers.extract.minutes.received_business import marks_resolutions, without_received
from kcc_papers.extract.minutes.resolutions import find_resolutions, formal
from kcc_papers.extract.minutes.tabled import (
    HEADER_LINE,
    Row,
    record_split,
    rows_as_lines,
    table_rows,
)
from kcc_papers.extract.minutes.tables_inside import table_inside_minutes
from kcc_papers.models import Record
from kcc_papers.normalise import moderngov

KINDS = {"minutes"}


def extract(ctx: Context) -> list[Record]:
    lines, layout, alone = _lines(ctx)
    page_type = moderngov.page_type([t for _, t in lines])
    if page_type == "attendance":
        rows = attendance_rows(list(ctx.segment.tables()), ctx.segment.page_from)
        if not rows:
            ctx.finding(
                "layout_unrecognised",
                "meeting attendance page without an Attendee/Attendance table",
                record_table="attendance",
                page=ctx.segment.page_from,
            )
        return list(rows)
    split = _split(ctx, lines, layout, alone, page_type)
    if not split.items:
        return []  # the pipeline's one layout_unrecognised check says so
    for after, before in split.gaps:
        ctx.finding(
            "minute_number_gap",
            f"minute numbers jump from {after} to {before}",
            severity="info",
            record_table="minutes",
            record_ref=str(before),
        )
    for number in split.repeats:
        ctx.finding(
            "minute_number_repeated",
            f"minute number {number} is printed on two headings",
            severity="info",
            record_table="minutes",
            record_ref=str(number),
        )
    heading = minutes_heading([t for _, t in split.header], ctx.source.iter_text())
    meeting_date, committee = heading.meeting_date, heading.committee
    page_heading = moderngov.meeting_heading([t for _, t in split.header]) if page_type else None
    if page_heading:  # a ModernGov page names its meeting in one line: "Cabinet - Tuesday, ..."
        committee, meeting_date = page_heading.committee, page_heading.date or meeting_date
    attendees = parse_attendance([t for _, t in split.header])
    present = sum(1 for a in attendees if a.category == "present")
    records: list[Record] = []
    motions_only = formal([item.body for item in split.items],
                          [*_top_lines(ctx), *_heading_lines(split.header), committee])
    # (a paper received is no decision where the minutes mark theirs: received_business)
    marked = marks_resolutions([item.body for item in split.items])
    # (and the office-holder who decides alone there, where he chairs it)
    # (or by its own name's closing words, where _NOTED knows no word of it: "The Executive")
    initials = (body_initials(committee, ctx.document.committee)
                + body_names(committee, ctx.document.committee)
                + chairing_office([t for _, t in split.header]))
    # A motion moved above the first minute (a consent calendar's) is that minute's decision.
    lead = lead_motions(split.header)
    # (resolutions gathered in a schedule after the last minute: decision_schedules)
    scheduled = scheduled_resolutions(
        split.items, lambda: (table.texts() for table in ctx.segment.tables()))
    for index, item in enumerate(split.items):
        own = scheduled.get(index)
        resolutions = [*lead, *(own if own is not None
                                else without_received(find_resolutions(
                                    item.body, motions_only, initials), marked))]
        lead = []
        records.append(_minute(item, resolutions, meeting_date, committee))
        records += _apologies(item, attendees)
        records += _declarations(item)
        records += _votes(ctx, item, present)
        for res in resolutions:
            records.append(_decision(item, res, meeting_date, committee))
    # Attendees last made: an Apologies minute can say whom a substitute stood in for.
    page = split.header[0][0] if split.header else None
    return [*(_attendance(a, page) for a in attendees), *records]


# The line that opens the attendance ends the minutes' heading: the bodies named below it
# ("Also present: Cllr A (Ashby Town Council)") are others'. It may name who was present
# first ("Councillors Present:", "Members:"), or open on the others or on the apologies.
_ATTENDANCE_OPENS = re.compile(
    r"^(?:(?:Members|Councillors?|Cllrs|Also|Officers)\s+)?(?:Present|In\s+attendance)\b"
    r"|^(?:Presennol|Attendance|Apologies)\b|^(?:Attendees|Councillors|Members)\s*:", re.I)


# The lines at the top of the minutes' first page that may name their body: the running
# header the page furniture drops ("Cyngor Tref Llanfeiriog / Llanfeiriog Town Council") and
# the masthead under it.
TOP_LINES = 3


def _top_lines(ctx: Context) -> list[str]:
    return _heading_lines([(page, line.text) for page, line in ctx.segment.lines[:TOP_LINES]])


def _heading_lines(header: list[tuple[int, str]]) -> list[str]:
    """The lines of the minutes' heading, above their attendance."""
    out: list[str] = []
    for _, text in header:
        if _ATTENDANCE_OPENS.match(text):
            break
        out.append(text)
    return out


def _split(ctx: Context, lines: list[tuple[int, str]], layout: list[Layout | None],
           alone: list[bool], page_type: str | None) -> SplitMinutes:
    """The header and minutes of the document: a record's table row by row, another table of
    minutes as heading and text lines, a web page's minutes as its lines; the heading reader
    parts all but the first."""
    if tabled := _tabled(ctx, lines, layout, alone):
        above, rows, record = tabled
        if record:
            return record_split(above, rows)
        lines = above + rows_as_lines(rows)
        layout, alone = [None] * len(lines), [False] * len(lines)
    if page_type == "agenda_and_minutes":
        lines = moderngov.minute_lines(lines)
        layout = [None] * len(lines)  # a web page: its lines carry no type
        alone = [False] * len(lines)
    return split_minutes(lines, layout, alone)


def _tabled(ctx: Context, lines: list[tuple[int, str]], layout: list[Layout | None],
            alone: list[bool]) -> tuple[list[tuple[int, str]], list[Row], bool] | None:
    """Minutes printed as a table of rows (tabled.py): the lines above the table, its rows,
    and whether it is a record's. Tables are read only when the text shows their header. A
    web page's table runs a row's short cells into one line as a PDF's text layer does
    ("23. Apologies for Absence 00:00:48 Apologies were received ..."), and so does a text
    export's tab-parted row once its tabs are cleaned away: all are read by their table's
    cells. A web page or text file prints its minutes as text and a log of actions as a
    table beside them ("No. | Item | Action | Status"): there only a table with a column of
    what was minuted is the minutes (read as them, the text after it would be lost). A PDF's
    log of actions after minutes printed under headings is none either (action_logs.py)."""
    at = next((k for k, (_, t) in enumerate(lines) if HEADER_LINE.match(t)), None)
    if at is None or action_log_after_minutes(lines, layout, alone, at) or table_inside_minutes(
            lines, layout, alone, at):
        return None
    read = table_rows(ctx.segment.tables(), _leads(ctx),
                      minuted_column=ctx.source.format != "pdf")
    return (lines[:at], *read) if read else None


def _leads(ctx: Context) -> dict[int, list[str]]:
    """The bold run-ins of the document's lines (``Line.lead``), by page: the titles a
    record's table runs into its cells."""
    leads: dict[int, list[str]] = {}
    for page, line in ctx.segment.lines:
        if line.lead:
            leads.setdefault(page, []).append(" ".join(line.lead.split()))
    return leads


