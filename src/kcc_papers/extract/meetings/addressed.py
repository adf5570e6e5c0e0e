"""A paper addressed to its meeting by labels: a report's "To:" block, a notice's masthead, in
one language of a bilingual paper (a "Decision maker:" label: decision_makers)."""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.moderngov import dated_meeting_label
from kcc_papers.normalise.runs import LAST_SPACES as _LAST_SPACES

from .agenda_front import VENUE_WORDS
from .body_names import (
    BODY_NAME,
    BODY_WORD,
    COMMITTEE_NAME_CHARS,
    SESSION_BRACKET,
    SOLE_BODY,
    a_council,
    is_body_name,
    is_masthead_name,
)
from .column_labels import _before_next_label, in_one_language
from .council import title_case
from .issue_dates import issue_dated
from .kind_labels import MEETING_DATED, WEEKDAY, body_kind_value

# How long a report's author may be named before "to the <body>": a post and its service.
AUTHOR_CHARS = 120
TO_LINE = re.compile(
    # ("Meeting(s): Harbour Board, 4 March 2027": the meetings a report goes to, this one first)
    # ("Reported to: Town Centre Strategy Working Group, 6 June 2028": a standing register's
    # label, the meeting this issue of it went to)
    r"^\s*(?:To|REPORT(?:\s+FOR|(?:ED)?\s+TO)|PRESENTED\s+TO|COMMITTEE|MEETING(?:\s*\(S\)|S)?(?:\s+OF)?|NAME\s+OF\s+(?:THE\s+)?(?:COMMITTEE|MEETING)|"
    r"DECISION\s+TO\s+BE\s+TAKEN\s+BY)\s*:\s*(.*)$"
    # a report's masthead: "Report to Cabinet"
    # ("Report to the Policy and Resources Committee": the body without its article)
    # (its word capitalised: "report to County Council on 17th December" starting a line is a
    # sentence wrapped there, "... and recommends the" over it)
    # (perhaps after its council's name: "Tarnbeck Council - Report to Housing Committee")
    r"|^\s*(?:(?:[A-Z][\w'’&-]*[ \t]+){1,5}?(?:Council|Authority)[ \t]+[–—-][ \t]+)?"
    r"(?-i:R)eport\s+to\s+(?!be\b)(?:the\s+)?([A-Z].*)$"
    # or after its author: "Report of the Assistant Chief Executive (Policy and Performance)
    # to the Overview and Scrutiny Management Board, 18 June 2026" (the body capitalised, as
    # a name is: "Report of the Director to review ..." is no address; and named, not by its
    # kind alone: "Report of the Clerk to the Board" leaves the board to its masthead)
    rf"|^\s*(?-i:R)eport\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{{0,{AUTHOR_CHARS}}}?\s+to\s+"
    # ("to the Committee on 4 March 2027", its date after the kind, leaves it so too; and
    # "to the Chair of the Audit Committee", "to the Audit Committee Chair" is to a person)
    r"(?!be\b)(?:the\s+)?(?!(?:Committee|Board|Panel|Sub-Committee|Forum|Commission|"
    r"Authority)(?:\s*(?:[,–—-]|$)|\s+(?:on\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)))"
    r"(?!(?:Vice[- ])?Chair(?:man|person|woman)?\b(?!\s+and\s+Members\b))"
    r"(?![^,–—]*\bChair(?:man|person|woman)?\s*(?:[,–—-]|$))((?-i:[A-Z]).*)$"
    # a cover's "To Cabinet – 30 January 2025" has no colon, but has its date
    r"|^\s*To\s+(?!be\b)(.*\S\s*[–—,-]\s*\d{1,2}\s.*\d{4}.*)$"
    # an older paper's line under its title, no label's colon: "Presented to the Audit
    # Committee, 28 June 2010" (the whole line the body and its date, as no sentence is);
    # a register's own paper says the same "Reported to the Audit and Governance Committee,
    # 20 January 2028"
    # (not to a body's chair, a person: "Reported to the Chair of the Audit Committee, ...")
    r"|^\s*(?:(?-i:P)resent|(?-i:R)eport)ed\s+to\s+(?:the\s+)?"
    r"(?!(?:Vice[- ])?Chair(?:man|person|woman)?\s+of\b)"
    # (the date perhaps straight after the body's name: "Reported to the Audit Committee 20
    # January 2028", the line still ending on it)
    r"((?-i:[A-Z])[^.;:]{0,120}?(?:,|\s+on|\s+[–—-])?\s+"
    r"(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\s*\.?\s*$",
    re.I,
)
# A report addressed to a person ("To: Director of Finance", "Cabinet Member for Housing"):
# the decision maker, not a meeting. A company's "Board of Directors" is its board, a body.
# ("Presented to: Leader of the Council": the leader, not the council the name ends on)
PERSON = re.compile(r"Cabinet\s+Member|(?<!Board\sof\s)Director|Officer|\bLeader\s+of\b",
                    re.I)
# (a person as PERSON reads one, a company's "Board of Directors" no director; so is a body's
# chair deciding alone, as under urgency, or a head of service or councillor acting for it,
# whatever body their words name: "Decision taken by: Chair of the Licensing Committee",
# "Head of Planning for the Planning Committee"; the body's clerk: "Clerk to the Commissioners")
A_PERSON = re.compile(rf"{PERSON.pattern}|Portfolio\s+Holder|Leader|Mayor|\bClerk\b|"
                      r"\b(?:Vice[- ]?)?Chair(?:man|woman|person)?\b|\bHead\s+of\b|\bCouncillor\b|"
                      r"\bCllr\b",
                      re.I)
# An authority meeting as a whole, named in full: "Meeting: Stourvale Combined Fire Authority"
# (its words capitalised, as a name is; "the Authority" alone names none).
AUTHORITY_NAME = re.compile(r"(?:[A-Z][\w&'’-]*[ \t]+(?:(?:and|of)[ \t]+)?){1,6}Authority")
# "To: All Members of the County Council": the body is the County Council.
MEMBERS_OF = re.compile(r"^\s*(?:All\s+)?Members\s+of\s+(?:the\s+)?", re.I)
# Where a committee's name ends and its date begins: "Cabinet – 30 January 2025", "Cabinet, 4".
NAME_END = re.compile(
    # (each tried from a run of spaces' first only, "(?<!\s)": a "\s+" or "\s*" tried from
    # each of its spaces is quadratic in the run, and the earliest end is the same)
    # (the date perhaps after "on", its month in capitals as the line is: "REPORT TO: FINANCE
    # AND RESOURCES COMMITTEE ON 2 JUNE 2027")
    r"(?<!\s)(?:\s*[–-]\s*\d|\s+[–-]\s+|,\s*\d|\s+(?:(?i:on)\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:[A-Z][a-z]+|[A-Z]{3,9})\s+\d{4}"
    # "Report to the Audit Committee, Tuesday 15 October 2024": the weekday starts the date
    # (perhaps after "on": "Reported to the Audit Committee on Thursday 20th January 2028")
    rf"|,?\s+(?:(?i:on)\s+)?(?={WEEKDAY},?\s+\d))"
)
DATE_LINE = re.compile(
    # (a text layer without spaces may glue the value's first word into the label: "Date of
    # Dyddmeeting: Mawrth, 16 Mehefin 2026 / Tuesday, 16 June 2026")
    r"^\s*(?:DATE(?:\s+OF\s+(?:THE\s+)?(?:\w{1,12}?)?(?:MEETING|HEARING))?|(?:MEETING|HEARING)\s+DATE)"
    r"\s*:\s*(.+)$", re.I
)
# (Each run of spaces read once, as contracts.provider_patterns reads "contract for ...": the body's
# name opens on the run's last few spaces at most (the rest skipped eight at a time) and ends on its
# third character or a word's end, not inside spaces. Read from each split of the run, "made at" and
# 500 spaces took a tenth of a second.)
DETERMINED_AT = re.compile(
    rf"(?:determined|taken|made)\s+at{_LAST_SPACES}\s+(?:the{_LAST_SPACES}\s+)?"
    r"(.{3}(?:.{0,97}?(?<!\s))??)\s++meeting\s+(?:held\s+)?on\s+(.{6,40})",
    re.I,
)
# A date line of a masthead: the date, perhaps its weekday and time, nothing else.
DATE_ONLY_CHARS = 45
# "To:" / "COMMITTEE:" labels of a report are within its first lines.
ADDRESS_LINES = 40
# The last word of a committee's name wrapped onto the next line, alone or before the
# meeting's date: "Committee", "Sub-Committee - 19 January 2027" (not "Committee Room 2").
WRAPPED_NAME_END = re.compile(
    r"^\s*((?:Sub-)?(?:Committee|Board|Panel|Forum|Commission))(?=\s*$|\s*[–-]\s*\d|\s+[–-]\s|"
    r",?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})")
# "Determined at the meeting of ..." may wrap over this many lines.
DETERMINED_AT_LINES = 3


def _names_a_body(s: str) -> bool:
    """Whether a line under a bare "Report to:" label starts with a body's name (its date may
    follow: "Cabinet – 30 January 2025")."""
    name = MEMBERS_OF.sub("", NAME_END.split(s)[0]).removeprefix("The ").strip(" ,–-")
    return is_masthead_name(name) or is_body_name(name) or bool(SOLE_BODY.fullmatch(name))


# A line that opens with a label of its own ("Dyddiad y cyfarfod / Date of meeting: ..."
# however its words were jumbled): the next field, not the wrapped end of the one above.
LABEL_OF_ITS_OWN = re.compile(r"^\s*[^\d\s:][^:]{0,60}:\s")


# TO_LINE's group of "Report of <author> to <body>": the report's own heading sentence only
# above its text, not a paper it lists ("Background Papers" over "Report of the Director of
# Resources to Cabinet, 14 July 2025"), nor a sentence citing one.
AUTHOR_TO_GROUP = 3
# Where a report's text has begun: a paragraph numbered "1.1" (not a time, "6.30 pm"), a
# background papers' label, or a sentence (ten words or more ending in a full stop).
TEXT_BEGUN = re.compile(
    r"^\s*(?:\d{1,2}\.\d{1,2}\.?\s+(?![ap]\.?m\b)|(?:list\s+of\s+)?background\s+(?:papers|documents)\b"
    r"|(?:\S+\s+){9,}.*\.\s*$)", re.I)


def addressed_to(lines: list[str]) -> dict[str, object]:
    """Reports and decisions: "To: Cabinet – 30 January 2025", "COMMITTEE: ..." / "DATE: ..."."""
    out: dict[str, object] = {}
    lines = [_labelled_half(s) for s in lines[:ADDRESS_LINES + 1]]
    begun = next((n for n, s in enumerate(lines) if TEXT_BEGUN.match(s)), len(lines))
    for n, s in enumerate(lines[:ADDRESS_LINES]):
        if "committee" not in out and (meeting := dated_meeting_label(s)) and (
                BODY_WORD.search(meeting.committee) or SOLE_BODY.fullmatch(meeting.committee)
        ) and not VENUE_WORDS.search(meeting.committee):
            # "Meeting: Tuesday, 12th October, 2027 10.30 am - Cabinet": its date, then its body
            # (not its place, though a room is named for a body: "- Council Chamber",
            # "- Committee Room 1", "- Board Room")
            out["committee"] = meeting.committee
            if meeting.date:
                out["meeting_date"] = meeting.date
            continue
        m = TO_LINE.match(s)
        if m and m.lastindex == AUTHOR_TO_GROUP and n > begun:
            m = None  # a report of another's, listed or cited in the text (see above)
        # ("Panel: Corporate Performance Panel": a label of the body's kind, see kind_labels)
        kind_value = None if m else body_kind_value(s)
        if (m or kind_value) and "committee" not in out:
            value = kind_value or (next((g for g in m.groups() if g), "").strip() if m else "")
            bare = not value
            if (bare and n + 1 < len(lines) and not _names_a_body(lines[n + 1])
                    and not (value := _wrapped_under_label(lines, n))):
                # a bare label over a line that is no body's name: the text runs in another
                # order than the page (a footer, a sentence's end after "Report to:")
                continue
            # the line below the value: below the label's own line, or below the line (two, a
            # cell wrapped) a bare label's value is on ("Report to:" over "Audit Committee"
            # over "14 March 2028": its date)
            under = n + 1 if not bare else n + 3 if value else n + 2
            value = MEMBERS_OF.sub("", value or (lines[n + 1] if n + 1 < len(lines) else ""))
            if value and not BODY_WORD.search(value) and n + 1 < len(lines) and (
                    is_body_name(lines[n + 1]) or _names_a_body(lines[n + 1])):
                # (or wrapped before its body's words: "To: Highways, Transport and
                # Environmental" over "Services Cabinet Committee - 11 February 2027")
                value, under = f"{value} {lines[n + 1]}", n + 2
            if PERSON.search(" ".join(value.split())):  # (a justified line's gaps folded)
                continue  # addressed to a person: the decision maker, not a meeting
            below = lines[under] if under < len(lines) else ""
            if not find_date(value) and (tail := WRAPPED_NAME_END.match(below)):
                # "To: Children's ... Cabinet" over "Committee - 19 January 2027": the name's
                # last word wrapped onto the date's line
                value, below = f"{value} {tail.group(1)}", below[tail.end():]
            if (not find_date(value) and len(below.strip()) <= DATE_ONLY_CHARS
                    and find_date(below) and not issue_dated(below)):
                value = f"{value} – {below.strip()}"  # "To: <committee>" over its date
            elif (not find_date(value) and not DATE_LINE.match(below) and not issue_dated(below)
                  and not LABEL_OF_ITS_OWN.match(below)
                  and find_date(f"{value} {below.strip()}")):
                # a heading wrapped before its year; a "Date of Meeting:" line under it is
                # a label of its own, read below
                value = f"{value} {below.strip()}"
            name = _unbracketed(_before_next_label(NAME_END.split(value)[0]))
            # "Meeting: ICB Board (Public)": which session, not the body's name (as a
            # masthead's is read)
            name = SESSION_BRACKET.sub("", name).removeprefix("The ").strip(" ,–-")
            # "Report to: Executive": the executive is a body too (SOLE_BODY)
            if (BODY_WORD.search(name) or SOLE_BODY.fullmatch(name)
                    or AUTHORITY_NAME.fullmatch(name)) and len(name) < COMMITTEE_NAME_CHARS:
                out["committee"] = title_case(name) if name.isupper() else name
                if d := find_date(value):
                    out["meeting_date"] = d
        dm = DATE_LINE.match(s) or MEETING_DATED.match(s)
        at = DETERMINED_AT.search(" ".join(lines[n : n + DETERMINED_AT_LINES]))
        if at and "committee" not in out:
            out["committee"] = " ".join(at.group(1).split())
            out["meeting_date"] = find_date(at.group(2))
        if dm and "meeting_date" not in out and (d := find_date(dm.group(1))):
            out["meeting_date"] = d
    if "committee" not in out:
        out.pop("meeting_date", None)  # a "Date:" alone dates a letter, not a meeting
    elif "meeting_date" not in out and (d := _dated_label_of(lines, str(out["committee"]))):
        out["meeting_date"] = d
    return out


# The last words of a body's name wrapped onto a line of their own in a narrow cell: a few
# capitalised words ending in the body's word ("Committee", "Joint Committee").
WRAPPED_CELL_TAIL = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+){0,2}(?:Sub-)?(?:Committee|Board|Panel|Forum|Commission)\s*$")


def _wrapped_under_label(lines: list[str], n: int) -> str:
    """The value of the bare label ``lines[n]`` wrapped in its table cell before the body's
    last words: "Report to:" over "Eastmarch Local Government Reorganisation Joint" over
    "Committee" (a long name in a narrow cell, the label set beside its middle); "" where the
    two lines under the label make no name."""
    if n + 2 >= len(lines) or not WRAPPED_CELL_TAIL.match(lines[n + 2]):
        return ""
    joined = f"{lines[n + 1].strip()} {lines[n + 2].strip()}"
    return joined if _names_a_body(joined) else ""


def _unbracketed(name: str) -> str:
    """A name without a bracket its date opened and the date's split left unclosed ("Audit
    Committee (meeting" of a memo's "To: Audit Committee (meeting 26 September 2007)"): the
    bracket says which meeting, it is no part of the body's name."""
    opened = name.rfind("(")
    return name[:opened].rstrip() if opened > 0 and ")" not in name[opened:] else name


def _dated_label_of(lines: list[str], committee: str) -> dt.date | None:
    """The date a later label gives the meeting of the body a report's masthead named
    undated ("Report to Executive" over "Meeting: Executive, Wednesday 9th February 2028
    7.30 pm"): the same body, so its meeting."""
    for s in lines[:ADDRESS_LINES]:
        m = TO_LINE.match(s)
        value = next((g for g in m.groups() if g), "").strip() if m else ""
        name = NAME_END.split(value)[0].removeprefix("The ").strip(" ,–-")
        if value and name.lower() == committee.lower() and (d := find_date(value)):
            return d
    return None


# A notice of a hearing's outcome names its body alone in its masthead ("LICENSING
# SUB-COMMITTEE" over "NOTICE OF DETERMINATION") and dates it by a label ("Date of hearing:").
NOTICE_MASTHEAD_LINES = 3
# The body and what the paper is on one masthead line: "Licensing Sub-Committee: Notice of
# Decision", "Regulatory Panel - Notice of Determination", "Licensing Committee – Decision Notice".
# (it starts where a run of spaces does, never inside one: tried from each space of a long run,
# its opening ``\s*`` made it quadratic)
_NOTICE_TITLE = re.compile(
    r"(?<!\s)\s*(?::|\s[–—-])\s*(?:(?:Notice|Record|Statement)\s+of\s+(?:the\s+)?"
    r"(?:Decisions?|Determinations?)|(?:Decision|Determination)\s+Notice)\s*$", re.I)


# The notice's title naming its body after what it is: "Notice of Determination of the
# Licensing Sub-Committee", "Record of Decision by the Regulatory Panel"; a title under the
# council's name and the Act it is made under, within its first lines.
_NOTICE_OF_BODY = re.compile(
    r"^\s*(?:Notice|Record|Statement)\s+of\s+(?:the\s+)?(?:Decisions?|Determinations?)\s+"
    r"(?:of|by)\s+(?:the\s+)?(?P<body>[A-Z].*?)\s*$", re.I)
# ... or after what it is and a colon or dash: "Notice of Decisions: Cabinet", "Record of
# Decision – Licensing Sub-Committee" (the masthead's other order of the two).
_NOTICE_THEN_BODY = re.compile(
    r"^\s*(?:Notice|Record|Statement)\s+of\s+(?:the\s+)?(?:Decisions?|Determinations?)"
    r"\s*(?::|\s[–—-])\s*(?:the\s+)?(?P<body>[A-Z].*?)\s*$", re.I)
# ... or naming it before what it is: "Record of Cabinet decisions" (the body's name known by
# its capitals, as titles capitalise their other words as they please).
_NOTICE_BODY_FIRST = re.compile(
    rf"^\s*(?i:(?:Notice|Record|Statement|Schedule)\s+of\s+(?:the\s+)?)(?P<body>{BODY_NAME})"
    r"(?:'s)?\s+(?i:Decisions?|Determinations?)\s*$")
NOTICE_TITLE_LINES = 8


def notice_masthead(lines: list[str]) -> dict[str, object]:
    """A decision notice's body (its masthead's name alone, not a council's, or the one its
    title names) and the date its "Date of hearing:" or "Date of meeting:" label gives."""
    # (a title naming its body after what it is, "Notice of Determination of the Licensing
    # Sub-Committee", among them names that body)
    # (after the colon, a person's office is no body: "Notice of Decisions: Leader of the
    # Council", "Record of Decision - Chair of the Licensing Committee")
    heads = [(m.group("body") if (m := _NOTICE_OF_BODY.match(s) or _NOTICE_THEN_BODY.match(s))
              else _NOTICE_TITLE.sub("", s)).strip() for s in lines[:NOTICE_MASTHEAD_LINES]
             if not ((t := _NOTICE_THEN_BODY.match(s)) and A_PERSON.search(t.group("body")))]
    # (the name after the title's colon is read whole, so a body known by one word,
    # "Notice of Decisions: Executive", is one; so is the name after "of the" to the title's
    # end: "NOTICE OF DECISIONS OF THE EXECUTIVE")
    after = {m.group("body").strip() for s in lines[:NOTICE_MASTHEAD_LINES]
             if (m := _NOTICE_THEN_BODY.match(s) or _NOTICE_OF_BODY.match(s))}
    name = next((s for s in heads if (is_masthead_name(s) or (
        s in after and SOLE_BODY.fullmatch(s))) and not a_council(s)), None)
    if name is None:
        titled = (m.group("body") for s in lines[:NOTICE_TITLE_LINES]
                  if (m := _NOTICE_OF_BODY.match(s)))
        name = next((s for s in titled if is_masthead_name(s) and not a_council(s)), None)
    if name is None:
        # (the body's name is read whole by the title's pattern: "Executive" alone is one)
        first = (m.group("body") for s in lines[:NOTICE_TITLE_LINES]
                 if (m := _NOTICE_BODY_FIRST.match(s)))
        name = next((s for s in first if not a_council(s)), None)
    if name is None:
        return {}
    for s in lines[:ADDRESS_LINES]:
        dm = DATE_LINE.match(_labelled_half(s)) or HELD_ON_LABEL.match(s)
        if dm and (d := find_date(dm.group(1))):
            return {"committee": title_case(name) if name.isupper() else name, "meeting_date": d}
    return {}


# A notice's label saying when its meeting was held: "Meeting held on: Wednesday 10 February
# 2027" (beside "Date of publication:", the notice's own date, which is not read).
HELD_ON_LABEL = re.compile(r"^\s*(?:Meeting\s+)?held\s+on\s*:\s*(.+)$", re.I)


def _labelled_half(s: str) -> str:
    s = WELSH_REPORT_TO_BESIDE.sub("", s, count=1)
    s = _label_beside(s)
    return in_one_language(s, lambda h: TO_LINE.match(h) or DATE_LINE.match(h), rest=True)


# A label further along a line, capitalised: "... Meeting: Cabinet", "... Date: Wednesday".
LABEL_FURTHER = re.compile(r"\s(?=[A-Z][A-Za-z]*(?:\s+[a-z]+){0,3}\s*:\s)")


def _label_beside(s: str) -> str:
    """A header's label and its value in two languages side by side, read as one line without
    a stroke between ("Cyfarfod: Cabinet Meeting: Cabinet", "Dyddiad: Dydd Mercher, 14eg
    Ebrill 2027 Date: Wednesday, 14th April 2027"): the half from the label read (a meeting's,
    a date's), where the line's own first label is none; else the line as is."""
    if not LABEL_OF_ITS_OWN.match(s) or TO_LINE.match(s) or DATE_LINE.match(s):
        return s
    # (a label after the first one's value: not the first label's own last word, "Reason for
    # Committee:", "That the Committee:")
    for m in LABEL_FURTHER.finditer(s, s.index(":") + 1):
        # (sliced: their "^" holds at the string's start only)
        if TO_LINE.match(half := s[m.end() :]) or DATE_LINE.match(half):
            return half
    return s


# A report's address in Welsh and English set side by side in two columns and read as one line
# without a stroke between: "ADRODDIAD I'R CABINET REPORT TO CABINET". The English half, from
# its own "Report to", is the address read.
WELSH_REPORT_TO_BESIDE = re.compile(
    r"^\s*Adroddiad\s+(?:i['’]r|i)\s+\S.{0,80}?\s+(?=Report\s+to\s)", re.I)
