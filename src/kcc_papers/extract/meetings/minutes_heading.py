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

from .body_names import (
    BODY_FIRST,
    GROUP,
    MASTHEAD_LINES,
    SOLE_BODY,
    is_masthead_name,
    owned_committee,
)
from .council import COUNCIL, OF_COUNCIL, as_printed
from .held_when import TIME, held_at, held_on, labelled_date, norm_time, yearless
from .name_lines import name_to_line_end
from .titled_notes import body_before_notes

HEAD_LINES = 12


# (a programme's steering group too: "DIGITAL PROGRAMME STEERING GROUP" over its minutes)
BODY = (r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Executive|"
        rf"{GROUP})")
_COUNCIL_LINE = re.compile(
    r"^\s*(?:THE\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+){1,4}(?:Metropolitan\s+Borough|County|City|"
    r"Borough|District|Community|Town|Parish|Combined)\s+(?:Council|Authority))\s*$",
    re.I,
)
# A name ending in its body's word, just before a comma (one lookbehind a word: each is fixed).
_ENDS_IN_BODY = "|".join(rf"(?<={word},)" for word in (
    "Committee", "Cabinet", "Council", "Board", "Panel", "Forum", "Commission"))
_MINUTES_OF = re.compile(
    # Scottish councils print "Minute of Meeting held in ..."
    r"\b(?:MINUTES\s+of\s+(?:a|the)\s+|MINUTE\s+of\s+(?:a\s+|the\s+)?(?=meeting\b)"
    # no article before a capitalised name that ends in its body's word and is "held":
    # "Minutes of Environment Committee Meeting held on ..."
    r"|(?-i:MINUTES?|Minutes?)\s+of\s+(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Sub-Committee|Forum|Commission|Executive|Authority)\s+(?:Meeting\s+)?held\b)"
    # the notes of a members' briefing: "NOTES of the informal All Member Briefing held in
    # ..." (the briefing's name is what met, a portfolio holder's naming the portfolio in up to
    # five words: "Housing and Homelessness Portfolio Holder Briefing")
    r"|NOTES\s+of\s+(?:(?:the|an?)\s+)?(?:informal\s+)?(?=(?:[\w'’-]+\s+){0,5}?Briefing\s+held\b)"
    # or of a body that keeps notes, named before "meeting held": "Notes of the Executive
    # Group meeting held on ...", "Notes of the Blue Light Collaboration Board meeting held"
    r"|NOTES\s+of\s+(?:the\s+)?(?=(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}(?:Committee|Board|Panel|"
    r"Forum|Group|Partnership)\s+meeting\s+held\b))"
    # the meeting's number in the body's run of them: "the 62nd meeting of the Committee"
    r"(?:\d{1,4}(?:st|nd|rd|th)\s+)?"
    r"(?:(?:special|extraordinary|annual|ordinary|virtual|remote|"
    # (a licensing or appeals body sits as a hearing: "Minutes of the hearing of the
    # Licensing Sub-Committee held ...", the hearing's minutes under the same heading)
    r"hybrid|additional|reconvened)\s+)?(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?(?P<name>.+?)"
    # The ends that start with spaces are looked for only where the spaces start: one found
    # inside a run of them is found at its start too, and looking from every space of a run
    # read the rest of the run each time (1,000 spaces: seconds; now linear). A dash between
    # spaces is one optional group: two runs of spaces side by side split a run every way.
    r"(?=,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?<!\s)(?:\s+held\b|"
    r"\s+on\s+(?:\w+day\b|\d)|\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\s*(?:[–—-]\s*)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b|\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    # a comma ends the name, unless the name lists its parts before the body's word: "the
    # EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in ..."; one already ending in that
    # word is whole, the venue after it though a room is named for a body ("the Planning
    # Committee, Committee Room 2, Civic Centre")
    rf"|,(?:{_ENDS_IN_BODY}|(?!\s+(?:[\w&'’-]+\s+){{0,5}}?"
    r"(?:Committee|Board|Panel|Sub-Committee|Forum|Commission)\b))|\.(?:\s|$)|$)",
    re.I,
)
# The heading names no body: "MINUTES of a meeting held at ..." (a standards or licensing
# body's: "Minutes of a hearing held on ...").
_GENERIC = re.compile(r"^(?:meeting|hearing|the\s+(?:meeting|hearing)|minutes)?$", re.I)
# A body named by its kind alone: "the Board", "the Authority".
_BARE_BODY = re.compile(r"^(?:Committee|Board|Panel|Sub-Committee|Forum|Commission|Authority)$",
                        re.I)
# A body named after its members ("PORT ST CATHERINE COMMISSIONERS", "... Conservators"): its
# meeting is "of the Board" in the minutes line, the masthead names it.
# ("PORT OF KILMORY HARBOUR AUTHORITY" over "Minutes of the Board Meeting" too)
_MEMBERS_BODY = re.compile(r"^\s*[A-Z][\w'’ -]{2,60}\b(?:Commissioners|Conservators|Trustees|"
                           r"Harbour\s+Authority|Port\s+Authority)\s*$",
                           re.I)
# A local council's meeting named by its kind alone: "the Parish Council Meeting" (a county's
# "County Council" stays the meeting's name, as its full council is known).
_BARE_COUNCIL = re.compile(r"^(?:Parish|Town|Community)\s+Council$", re.I)
_ABOVE = re.compile(r"^(?:the\s+)?above(?:[\s-]named)?\s+(?P<what>\w+)$", re.I)
# "CORPORATE PARENTING PANEL– 29 October 2024", "Cabinet - Thursday 9 January 2025".
_NAME_DATE = re.compile(
    rf"^\s*(?P<name>[A-Za-z][\w&,'’ ]{{2,90}}?\b{BODY}\b[\w&'’ ]{{0,40}}?)"
    r"\s*[–—-]\s*(?P<date>\S.*)$",
    re.I,
)
# (a stroke parts the Welsh and English names: "PWYLLGOR CRAFFU / SCRUTINY COMMITTEE")
# ("CABINET" alone on its line names the body too)
_NAME_ONLY = re.compile(
    rf"^\s*(?:[A-Z][\w&,'’ /-]{{2,90}}\b|(?:THE\s+)?(?={BODY}\s*$)){BODY}\b[\w&'’ -]{{0,40}}$",
    re.I)
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on"}


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


# (from a run of spaces' first: "\s+" tried from each of its spaces is quadratic in it)
_LABEL_AFTER_NAME = re.compile(r"(?<!\s)\s+(?:Date|Time|Venue|Place)\s*:.*$", re.I)
_LABEL_IN_NAME = re.compile(r"\b(?:Present|Attendance|In\s+attendance|Apologies)\s*:", re.I)


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


# A company's body named with its company: "the Board of Oakfield Homes Ltd", "Audit Committee
# of Kingsmere Homes Limited": the body meets (the company is whose it is, as a council is).
_COMPANY_BODY = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'’-]*\s+){0,3}?(?:Board|Committee)(?:\s+of\s+Directors)?)\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){1,6}(?:Ltd|Limited|plc|PLC|CIC|LLP)\.?$")


# ... and a committee named with the board or authority it is a committee of: "the Audit and
# Risk Committee of the Strathallan Integration Joint Board" is the Audit and Risk Committee,
# as the notice of its meeting names it ("a meeting of the Audit and Risk Committee of ...").
_OWNED_BODY = re.compile(
    r"^(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+)?){1,6}?(?:Committee|Sub-Committee|Panel|Forum))"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:and\s+|of\s+)?){1,6}?"
    r"(?:Board|Authority|Partnership|Trust)$")


# A name in capitals that the heading's next line, in mixed case, runs on from: "MINUTE OF
# MEETING OF THE NET ZERO, ENVIRONMENT AND TRANSPORT COMMITTEE" over "Council Chambers,
# Municipal Buildings, ..." (the venue's first words no part of the name). Case-sensitive.
_CAPITALS_NAME = re.compile(
    r"^(?P<name>[A-Z0-9,&'’ -]*\b(?:COMMITTEE|CABINET|COUNCIL|BOARD|PANEL|FORUM|COMMISSION|"
    r"EXECUTIVE|AUTHORITY))\s(?=[A-Z][a-z])")


def _body_name(raw: str, head: list[str], council: str | None) -> str | None:
    name = re.sub(r"\s+", " ", raw).strip(" ,.–-")
    if capitals := _CAPITALS_NAME.match(name):
        name = capitals.group("name")
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    # the meeting's labelled line read on into the name ("the Board Meeting" over "Date: ...")
    name = _LABEL_AFTER_NAME.sub("", name)
    name = re.sub(r"\s+meeting$", "", name, flags=re.I)  # "the Planning Committee Meeting"
    if company := _COMPANY_BODY.match(name) or _OWNED_BODY.match(name):
        name = company.group("body")
    # "Minute of Meeting" over "Present: ...": a label's line names no body
    if _GENERIC.match(name) or _LABEL_IN_NAME.search(name):
        return None
    if _BARE_COUNCIL.match(name) and council:
        # "the Parish Council Meeting": the council the masthead names
        return council
    if _BARE_BODY.match(name):
        # "Minutes of the meeting of the Board": the board the masthead names in full
        word = name.split()[-1].lower()
        named = next((s for s in head if _NAME_ONLY.match(s) and not _MINUTES_OF.search(s)
                      and s.split()[-1].lower() == word and len(s.split()) > 1), None)
        named = named or next((s for s in head[:MASTHEAD_LINES] if _MEMBERS_BODY.match(s)), None)
        return _title_case(named) if named else _title_case(name)
    above = _ABOVE.match(name)
    if above:
        # "the above Council": the council in the masthead; "the above Committee": the
        # body-name line above the minutes line.
        if above.group("what").lower() == "council" and council:
            return council
        named = next((s for s in head if _NAME_ONLY.match(s) and not _MINUTES_OF.search(s)), None)
        return _title_case(named) if named else None
    return _title_case(name) if name.isupper() else name


# The word before a board's name in its notes' heading: "Notes of the Project Board".
_NOTES_OF = re.compile(r"^\s*Notes\s+of\s+(?:the\s+)?", re.I)


def _name_and_date(head: list[str], out: MinutesHeading) -> None:
    """A "NAME – date" line, or a masthead line naming the body."""
    for s in head:
        if _MINUTES_OF.search(s) or _COUNCIL_LINE.match(s):
            continue
        m = _NAME_DATE.match(s)
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
        before = next((n for n, s in enumerate(head)
                       if _MINUTES_OF.search(s) or _BODY_BEFORE_SENTENCE.match(s)), len(head))
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
        head = [_owned_or_line(_KIND_TAIL.sub("", s)) for s in head[:before]] + head[before:]
        named = [n for n, s in enumerate(head[:before])
                 if (_NAME_ONLY.match(s) or BODY_FIRST.match(s)) and _masthead_case(s)]
        if named and not _COUNCIL_LINE.match(head[named[-1]]):
            # (a board's notes titled by its name alone: "Notes of the Partnership Board")
            out.committee = _NOTES_OF.sub("", _title_case(
                _with_qualifier(*_wrapped_name(head, named[-1]))))


def _owned_or_line(s: str) -> str:
    """The committee a line names after its authority's name and a dash, else the line."""
    return owned_committee(s) or s


# What the paper is, printed after its body's name: " - Minutes", ": Draft Minutes", perhaps
# with the meeting's date after a comma as a web page's heading prints it (": minutes, 16
# January 2029"; the date is read from the line as printed).
_KIND_TAIL = re.compile(r"(?<=\S)\s*[–—:-]\s*(?:(?:Draft|Unconfirmed|Confirmed)\s+)?Minutes?"
                        r"(?:,\s*(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+"
                        r"\s+\d{4})?\s*$", re.I)
# The body's name before the minutes' sentence on its line, as a web page heads them: "Music
# Hub Board: minutes of the meeting held on Thursday 21 January 2027".
# (the name up to the dash whole, its blanks stripped after: a lazy name then "\s*" tried
# every split of a long run of blanks, quadratic)
_BODY_BEFORE_SENTENCE = re.compile(
    r"^(?P<body>[^:–—-]+)[–—:-]\s*(?:minutes|notes)\s+of\s+the\s+meeting\s+held\b", re.I)


# A line ending in one of these words breaks a phrase: the name goes on below it.
_CONNECTOR_END = re.compile(r"\b(?:and|of|for|the|&)\s*$", re.I)


def _wrapped_name(head: list[str], n: int) -> tuple[list[str], int]:
    """``head`` with the name at ``n`` joined to its first words wrapped onto the line above
    ("WESTMARCH AND FENBY JOINT HEALTH AND WELLBEING" over "BOARD", "... HEALTH AND" over
    "WELLBEING BOARD"): the line above breaks off mid-phrase or the name's line is its body's
    word alone. An organisation's whole name above a committee's ("BRACKENSHIRE PENSION FUND"
    over "LOCAL PENSION BOARD") is no part of it."""
    above = head[n - 1].strip() if n > 0 else ""
    name = head[n].strip()
    joined = f"{above} {name}"
    if not above or not (_CONNECTOR_END.search(above) or _BARE_BODY.match(name)):
        return head, n
    if above.isupper() == name.isupper() and (owned := owned_committee(joined)):
        # "WESTHAVEN FIRE AND RESCUE AUTHORITY - AUDIT" over "COMMITTEE": the authority's
        # committee, wrapped before its body's word
        return [*head[:n - 1], owned, *head[n + 1:]], n - 1
    if (above.isupper() != name.isupper() or _NAME_ONLY.match(above) or COUNCIL.fullmatch(above)
            or _COUNCIL_LINE.match(above) or re.search(r"[\d:]", above)
            or not is_masthead_name(joined)):
        return head, n
    return [*head[:n - 1], joined, *head[n + 1:]], n - 1


# A name's bracketed part wrapped onto the line below it: "BUS LANE AND PARKING ADJUDICATION
# JOINT COMMITTEE" over "(MIDLANDS AND NORTH)" (which of two like bodies); not the session's
# "(Public)" or "(Part 2)", nor the kind of meeting it is ("(SPECIAL MEETING)",
# "(Extraordinary)", "(Reconvened)", "(Budget)").
_QUALIFIER = re.compile(
    r"^\((?!(?:in\s+)?(?:public|private|part)\b)(?![^)]*\b(?:meeting|session|special|"
    r"extraordinary|reconvened|adjourned|annual|ordinary|urgent|informal|budget)\b)"
    r"[A-Za-z][\w&'’ ,-]{1,40}\)$", re.I)


def _with_qualifier(head: list[str], n: int) -> str:
    """The name with its bracketed part wrapped onto the line below: set as the name is (a
    name in capitals wraps in capitals)."""
    below = head[n + 1].strip() if n + 1 < len(head) else ""
    same_case = (below.upper() == below) == (head[n].upper() == head[n])
    return f"{head[n]} {below}" if same_case and _QUALIFIER.match(below) else head[n]


def _masthead_case(s: str) -> bool:
    """A name set in capitals, or in title case ("Communities and Housing Committee"), as a
    masthead prints it; a sentence has lower-case words."""
    return s.upper() == s or all(w[:1].isupper() or w.lower() in _SMALL_WORDS | {"&"}
                                 for w in s.split())


def _title_case(s: str) -> str:
    words = s.strip().split()
    if s.upper() != s:
        return " ".join(words)
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS else _capitalize(w)
        for i, w in enumerate(words)
    )


def _capitalize(word: str) -> str:
    """ "SUB-COMMITTEE" is "Sub-Committee": each part of a hyphenated word ("(MIDLANDS" is
    "(Midlands": its first letter, after a bracket)."""
    return "-".join(re.sub(r"^(\W*)(.*)$", lambda m: m[1] + m[2].capitalize(), part)
                    for part in word.split("-"))


# The looser masthead reading, for what the forms above leave unknown.
_MASTHEAD_MINUTES_OF = re.compile(
    # "Minute of Meeting" (a Scottish house style) as well as "Minutes of"
    r"(?:minutes|minute(?=\s+of\s+(?:a\s+|the\s+)?meeting\b))\s+of\s+(?:(?:a|an|the)\s+)?"
    r"(?:\d{1,4}(?:st|nd|rd|th)\s+)?(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?(?P<body>.+?)"
    r"(?:\s+held\s+(?:in|at)\s+(?P<venue>.+?))?(?:\s+on\s+(?P<date>[A-Z\d][^.]*?\d{4})|\s+\d{1,2}\s+\w+\s+\d{4}|$)",
    re.I | re.S,
)


def _masthead_forms(lines: list[str]) -> dict[str, object]:
    """The looser reading of a minutes masthead: "Minutes of <body> held in <venue> on <date>",
    or a body line above a heading that names none."""
    text = " ".join(lines[:MASTHEAD_LINES])
    m = _MASTHEAD_MINUTES_OF.search(text)
    out: dict[str, object] = {}
    if m:
        body = re.sub(r"\s+", " ", m.group("body")).strip(" ,.")
        # (in any case: "MINUTES OF THE MEETING HELD ON 7TH DECEMBER 2027" names no body)
        body = re.split(r"\s+(?:held|on)\b|\s+\d{1,2}\s+\w+\s+\d{4}", body, flags=re.I)[0]
        # "Minutes of the Cabinet Tuesday, ..."
        body = re.split(r",?\s+\w+day\b", body, flags=re.I)[0]
        body = _MEETING_WORDS.sub("", body.strip())  # "Extraordinary Meeting of the Council"
        if (own := OF_COUNCIL.search(body)) and own.start() > 0:
            out["council"] = as_printed(own.group(1))  # "... Committee of North Ayrshire Council"
            body = body[: own.start()]
        body = body or _body_above(lines[:MASTHEAD_LINES])  # "CABINET / Minutes of the meeting"
        if body:
            out["committee"] = as_printed(re.sub(r"(?i)^the\s+", "", body).strip())
        if m.group("venue"):
            out["venue"] = re.sub(r"(?i)^the\s+", "", m.group("venue").strip(" ,."))
    start = m.start() if m else 0
    if d := find_date(text[start:]):
        out["meeting_date"] = d
    if t := TIME.search(text[start:]):
        out["meeting_time"] = norm_time(t.group(1))
    return out


_MEETING_WORDS = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:extraordinary|annual|special|ordinary|budget|reconvened|"
    r"adjourned|additional)\s+)*(?:meeting|hearing)(?:\s+of\s+(?:the\s+)?|$)",
    re.I,
)


def _body_above(lines: list[str]) -> str:
    """The body a "Minutes of the meeting held on ..." belongs to: the masthead's body line
    ("CABINET"), or, under a council's name alone, the council itself."""
    names = [s.strip() for s in lines if (is_masthead_name(s) or SOLE_BODY.fullmatch(s.strip()))
             and not _MASTHEAD_MINUTES_OF.search(s)]
    own = [s for s in names if not COUNCIL.fullmatch(s)]
    if own:
        return own[0]
    return "Council" if names else ""
