"""Minutes: attendance, declarations of interest, every numbered minute item with its
resolution, recorded votes, and one ``source="minutes"`` Decision per resolution."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TypeVar

from kcc_papers.extract import Context
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.minutes.action_logs import action_log_after_minutes
from kcc_papers.extract.minutes.attendance import (
    Attendee,
    apologies_in,
    parse_attendance,
    substitutes_in,
)
from kcc_papers.extract.minutes.columns import one_column
from kcc_papers.extract.minutes.footnotes import footnote_lines
from kcc_papers.extract.minutes.items import (
    ITEM_REF,
    Layout,
    MinuteBlock,
    SplitMinutes,
    split_minutes,
)
from kcc_papers.extract.minutes.layout import SIZE_STEP, stood_alone
from kcc_papers.extract.minutes.margin_numbers import numbers_to_headings
from kcc_papers.extract.minutes.moved_motions import lead_motions
from kcc_papers.extract.minutes.noted import body_initials, chairing_office
from kcc_papers.extract.minutes.number_column import headed_numbers
from kcc_papers.extract.minutes.page_attendance import attendance_rows
from kcc_papers.extract.minutes.resolution_marks import Resolution
from kcc_papers.extract.minutes.resolutions import find_resolutions, formal
from kcc_papers.extract.minutes.tabled import (
    HEADER_LINE,
    Row,
    record_split,
    rows_as_lines,
    table_rows,
)
from kcc_papers.extract.minutes.two_up import halves_in_order
from kcc_papers.extract.minutes.votes import (
    VoteInfo,
    named_votes,
    parse_votes,
    recorded_votes,
    tallies,
)
from kcc_papers.load.model import Line
from kcc_papers.models import Attendance, Decision, Declaration, Minute, Record, Vote
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.outcomes import Outcome, classify_outcome
from kcc_papers.normalise.textclean import clean_text, furniture, is_furniture, join_lines
from kcc_papers.segment_starts.heading_kinds import in_printed_order

KINDS = {"minutes"}
T = TypeVar("T")
# A heading's wrapped line sits less than this many times its type's height below the line
# above (line spacing, no paragraph's space).
WRAP_GAP_LINES = 1.0

_DECISION_NO = re.compile(r"^(\d{2}/\d{5})\s*[-–]?\s*")
_DECLARATIONS = re.compile(
    r"declarations?\s+of\s+(?:\w+\s+)?interests?|disclosures?\s+of\s+interest", re.I
)
_NONE_DECLARED = re.compile(
    r"^(?:There\s+were\s+(?:no|none)|No\s+(?:declarations|interests|disclosures)|None\b|Nil\b)",
    re.I,
)
_MEMBER = re.compile(
    r"\b((?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+(?:[A-Z]\.?\s+){0,3}[A-Z][\w'’-]+"
    r"(?:-[A-Z][\w'’-]+)?)"
)
_ITEM_WORD = re.compile(r"\b[Ii]tem\s+(?:No\.?\s*)?([A-Z]?\d{1,3}[a-z]?)\b")


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
    # (and the office-holder who decides alone there, where he chairs it)
    initials = (body_initials(committee, ctx.document.committee)
                + chairing_office([t for _, t in split.header]))
    # A motion moved above the first minute (a consent calendar's) is that minute's decision.
    lead = lead_motions(split.header)
    for item in split.items:
        resolutions = [*lead, *find_resolutions(item.body, motions_only, initials)]
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


def _lines(ctx: Context) -> tuple[list[tuple[int, str]], list[Layout | None], list[bool]]:
    """(page, cleaned text) of every line that is not page furniture, how each is set, and
    whether it ends short of the next (layout.stood_alone)."""
    keys = furniture(ctx.source.pages)
    lines: list[tuple[int, str]] = []
    layout: list[Layout | None] = []
    kept: list[tuple[int, Line]] = []
    shares: list[float] = []
    previous_page = ctx.segment.page_from
    widths = {page.number: page.width for page in ctx.segment.pages}
    sheets = {page.number: (page.width or 0.0, page.height or 0.0)
              for page in ctx.segment.pages}
    read, headed = headed_numbers(halves_in_order(
        one_column(in_printed_order(ctx.segment.lines), widths), sheets))
    for page, line, share in numbers_to_headings(_headings_apart(read), headed is not None):
        top = page != previous_page
        previous_page = page
        if ((is_furniture(line.text, keys) and not _heading_wrapped(kept, page, line))
                or (top and _running_header(line.text))):
            continue
        text = clean_text(line.text)
        if text:
            lines.append((page, text))
            known = line.size is not None
            # (a number in a "Minute" column weighs as the bold title beside it)
            bold = line.bold or id(line) in (headed or ())
            layout.append(Layout(line.size, bold, line.x0, share, line.x1) if known else None)
            kept.append((page, line))
            shares.append(share)
    notes = footnote_lines(kept)
    if notes:
        # (a sentence running over the page break is read past its page's footnotes)
        lines, layout = _without(lines, notes), _without(layout, notes)
        kept, shares = _without(kept, notes), _without(shares, notes)
    return _coded_numbers_joined(lines, layout, stood_alone(kept, shares))


# A minute's number glued to its committee's letters, alone on its line: "CS.17", "AG34" (as
# NUM_FIRST reads the code before a title).
_CODED_NUMBER_ALONE = re.compile(r"[A-Z]{2,4}\.?[1-9]\d{0,3}")


def _coded_numbers_joined(lines: list[tuple[int, str]], layout: list[Layout | None],
                          alone: list[bool]
                          ) -> tuple[list[tuple[int, str]], list[Layout | None], list[bool]]:
    """A web page's table of minutes that prints the number in a cell of its own: where the
    title's cell holds paragraphs the page reads the number alone on its line, over the
    title ("CS.17" over "TOWN CENTRE CCTV - MAINTENANCE CONTRACT"), where the rows of short
    cells read "CS.14 APOLOGIES FOR ABSENCE". The number joins the title under it, on its
    page, set as it is (bold, or no type known), so each row reads one way."""
    out: list[tuple[int, str]] = []
    out_layout: list[Layout | None] = []
    out_alone: list[bool] = []
    k = 0
    while k < len(lines):
        page, text = lines[k]
        if (k + 1 < len(lines) and lines[k + 1][0] == page
                and _CODED_NUMBER_ALONE.fullmatch(text.strip())
                and lines[k + 1][1][:1].isupper()
                and _number_set_as_title(layout[k], layout[k + 1])):
            out.append((page, f"{text.strip()} {lines[k + 1][1]}"))
            out_layout.append(layout[k])
            out_alone.append(alone[k + 1])
            k += 2
            continue
        out.append((page, text))
        out_layout.append(layout[k])
        out_alone.append(alone[k])
        k += 1
    return out, out_layout, out_alone


def _number_set_as_title(number: Layout | None, title: Layout | None) -> bool:
    """The number and the title under it set in one type: both bold (a heading), or no type
    known for either."""
    if number is None or title is None:
        return number is None and title is None
    return bool(number.bold) and bool(title.bold)


def _without(items: list[T], dropped: set[int]) -> list[T]:
    return [x for k, x in enumerate(items) if k not in dropped]


# A span starting within this many points of where the next line starts is that line's column.
SAME_COLUMN_POINTS = 4.0


def _headings_apart(lines: list[tuple[int, Line, float]]) -> list[tuple[int, Line, float]]:
    """Minutes that print each minute's heading in a left-hand gutter, its text in a column
    right of it: a bold heading's line that holds the first line of its text too (a piece of
    its own, the next line of text starting where it does: ``Line.beside``) read as the
    heading over the text."""
    out: list[tuple[int, Line, float]] = []
    for k, (page, line, share) in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if line.beside and nxt is not None and _text_beside(page, line, nxt):
            (x, head), (gutter, text) = line.beside
            out.append((page, replace(line, text=head, x1=gutter, spans=[(x, head)]), share))
            out.append((page, replace(line, text=text, x0=gutter, spans=[(gutter, text)],
                                      bold=False), share))
        else:
            out.append((page, line, share))
    return out


def _text_beside(page: int, line: Line, nxt: tuple[int, Line, float]) -> bool:
    """Whether the regular text beside ``line``'s bold heading runs on in the next line, set
    like it where it starts; not a label and its value ("Present: ..."), read as printed."""
    assert line.beside
    (_, head), (gutter, _) = line.beside
    below = nxt[1]
    return (nxt[0] == page and not below.bold and below.x0 is not None
            and abs(below.x0 - gutter) <= SAME_COLUMN_POINTS and not head.rstrip().endswith(":"))


def _heading_wrapped(kept: list[tuple[int, Line]], page: int, line: Line) -> bool:
    """Whether a line that reads as a page number ("2026") is the end of the heading just
    above it, wrapped in a narrow column ("2. MINUTE OF MEETING OF 25 MARCH" over "2026"):
    set bold in the heading's size, on its page, one line below it. A page number is set
    apart from the text, never in a heading's type."""
    if not kept or kept[-1][0] != page or not line.bold:
        return False
    above = kept[-1][1]
    if not above.bold or above.size is None or line.size is None or above.bottom is None:
        return False
    if line.top is None or abs(above.size - line.size) >= SIZE_STEP:
        return False
    return line.top - above.bottom < WRAP_GAP_LINES * line.size


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
    if at is None or action_log_after_minutes(lines, layout, alone, at):
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


# "Planning Committee - 21 January 2026" as the first line of a later page: the meeting's
# running header (furniture() needs it on two pages or more; a two-page paper prints it once).
_HEADER = re.compile(
    r"^\s*[A-Z][\w&,'’ -]{2,90}\b(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|"
    r"Commission|Executive|Authority)\s*[–—-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+\s+\d{4}\s*$"
)


def _running_header(text: str) -> bool:
    return bool(_HEADER.match(text))


def _attendance(a: Attendee, page: int | None) -> Attendance:
    return Attendance(
        name=a.name,
        category=a.category,
        role=a.role,
        substitute_for=a.substitute_for,
        page=page,
    )


def _body_text(item: MinuteBlock) -> str:
    return "\n".join(t for _, t in item.body)


def _minute(
    item: MinuteBlock, resolutions: list[Resolution], date: dt.date | None, committee: str | None
) -> Minute:
    return Minute(
        minute_number=item.number,
        title=item.title,
        item_ref=item.item_ref,
        body=_body_text(item) or None,
        resolution="\n\n".join(r.text for r in resolutions) or None,
        exempt=item.exempt,
        meeting_date=date,
        committee=committee,
        page=item.page,
    )


def _apologies(item: MinuteBlock, attendees: list[Attendee]) -> list[Record]:
    if not re.search(r"apolog", item.title, re.I):
        return []
    known = {a.name for a in attendees if a.category == "apologies"}
    text = join_lines(t for _, t in item.body)
    absent = apologies_in(text)
    # "Councillor Jos Clark attended as substitute": completes the attendee already listed.
    for name, replaced in substitutes_in(text, absent).items():
        for a in attendees:
            if a.category == "present" and a.substitute_for is None and _same_person(a.name, name):
                a.substitute_for = replaced
    return [
        Attendance(name=name, category="apologies", page=item.page)
        for name in absent
        if name not in known
    ]


def _same_person(listed: str, named: str) -> bool:
    """Whether a listed attendee ("Jos Clark", "Mrs M E Crabtree") is the one named in a minute
    ("Councillor Jos Clark", "Mrs Crabtree")."""
    strip = r"^(?:Councillors?|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+"
    listed_name = re.sub(strip, "", listed).split(",")[0].strip()
    named_name = re.sub(strip, "", named).strip()
    if listed_name == named_name:
        return True
    # A surname alone matches the listed person with that surname.
    return len(named_name.split()) == 1 and listed_name.split()[-1:] == [named_name]


def _declarations(item: MinuteBlock) -> list[Record]:
    if not _DECLARATIONS.search(item.title):
        return []
    paragraphs: list[list[tuple[int, str]]] = []
    for page, text in item.body:
        if not paragraphs or re.match(
            r"^(?:[-•]\s*)?(?:\(\d+\)|\d+\.)\s|^(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\b", text
        ):
            paragraphs.append([(page, text)])
        else:
            paragraphs[-1].append((page, text))
    out: list[Record] = []
    for para in paragraphs:
        text = join_lines(t for _, t in para)
        if not text or _NONE_DECLARED.match(text):
            continue
        member = _MEMBER.search(text)
        ref = ITEM_REF.search(text) or _ITEM_WORD.search(text)
        out.append(
            Declaration(
                member=member.group(1) if member else None,
                item_ref=ref.group(1).replace(" ", "").upper() if ref else None,
                text=text,
                page=para[0][0],
            )
        )
    return out


def _votes(ctx: Context, item: MinuteBlock, present: int) -> list[Record]:
    text = join_lines(t for _, t in item.body)
    found = parse_votes(text)
    named = named_votes([t for _, t in item.body])
    if named:
        _merge_named(ctx, item, found, named)
    found.extend(recorded_votes([t for _, t in item.body]))
    for counts in tallies([t for _, t in item.body]):
        # A tally completes the vote it follows, or stands as a vote of its own.
        target = next((v for v in reversed(found) if v.votes_for is None), None)
        if target is None:
            target = VoteInfo(motion=None, outcome="recorded")
            found.append(target)
        target.votes_for, target.votes_against, target.abstentions = counts
    out: list[Record] = []
    for v in found:
        _check_names(ctx, item, v)
        total = sum(n for n in (v.votes_for, v.votes_against, v.abstentions) if n is not None)
        if present and total > present:
            ctx.finding(
                "vote_total_exceeds_present",
                f"minute {item.number}: {total} votes recorded but {present} members present",
                record_table="votes",
                record_ref=item.number,
                page=item.page,
            )
        out.append(
            Vote(
                minute_number=item.number,
                motion=v.motion,
                votes_for=v.votes_for,
                votes_against=v.votes_against,
                abstentions=v.abstentions,
                names_for=v.names_for,
                names_against=v.names_against,
                names_abstain=v.names_abstain,
                outcome=v.outcome,
                page=item.page,
            )
        )
    return out


def _merge_named(
    ctx: Context, item: MinuteBlock, found: list[VoteInfo], named: dict[str, list[str]]
) -> None:
    """Named lists belong to the vote printed before them (or are a recorded vote alone);
    a printed count that disagrees with its list of names is a finding, not a fix."""
    target = found[-1] if found else VoteInfo(motion=None, outcome="recorded")
    if not found:
        found.append(target)
    target.names_for = named.get("for", [])
    target.names_against = named.get("against", [])
    target.names_abstain = named.get("abstain", [])
    for side, attr in (
        ("for", "votes_for"),
        ("against", "votes_against"),
        ("abstain", "abstentions"),
    ):
        if side not in named:
            continue
        if getattr(target, attr) is None:
            setattr(target, attr, len(named[side]))


def _check_names(ctx: Context, item: MinuteBlock, vote: VoteInfo) -> None:
    """A printed count that disagrees with its list of names is a finding, not a fix: for
    named lists ("For: A, B") and recorded votes ("For (7)" over the names) alike."""
    for side, count, names in (("for", vote.votes_for, vote.names_for),
                               ("against", vote.votes_against, vote.names_against),
                               ("abstain", vote.abstentions, vote.names_abstain)):
        if names and count is not None and count != len(names):
            ctx.finding(
                "vote_names_count_mismatch",
                f"minute {item.number}: {count} {side} but {len(names)} names listed",
                record_table="votes",
                record_ref=item.number,
                page=item.page,
            )


_CARRIED = re.compile(r"\b(?:carried|all\s+approved)\b", re.I)


def _outcome(res: Resolution) -> Outcome:
    """A motion printed as proposed, seconded and carried was approved, whatever its words."""
    if res.kind == "inline" and _CARRIED.search(res.text):
        return "approved"
    if res.kind == "lost":
        return "rejected"  # a motion voted down (moved_motions), whatever its words
    return classify_outcome(res.text)


def _decision(
    item: MinuteBlock, res: Resolution, date: dt.date | None, committee: str | None
) -> Decision:
    number = _DECISION_NO.match(item.title)
    return Decision(
        source="minutes",
        ref=item.number,
        title=item.title,
        decision_text=res.text,
        outcome=_outcome(res),
        decision_date=date,
        decision_maker=committee,
        decision_number=number.group(1) if number else None,
        agenda_item_ref=item.item_ref,
        minute_number=item.number,
        page=res.page,
    )
