"""ModernGov web pages, in their HTML and saved-text forms, say what they are in a heading of
their own ("Decision details", "Agenda and minutes", "Agenda item", "Meeting attendance",
"Issue details") and name their meeting in one line: "Environment & Transport Cabinet
Committee - Wednesday, 28th November, 2018 10.00 am" or "Meeting: 28/11/2018 - Cabinet (Item
124.)". Their labels ("Decision Maker:", "Date of decision:") are fields; dates are dd/mm/yyyy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kcc_papers.normalise.bilingual import halves, label_halves
from kcc_papers.normalise.dates import DAY_ORDINAL, find_date

# Page headings, each the whole of its line, and the kind of document each page is.
PAGE_KINDS = {
    "issue_details": "forward_plan",
    "decision_details": "decision",
    "agenda_item": "decision",
    "agenda_and_minutes": "minutes",
    "minutes": "minutes",
    "attendance": "minutes",
}
# "Agenda and minutes", "Agenda, decisions and minutes", "Agenda and draft minutes".
AGENDA_AND_MINUTES = r"Agenda(?:,\s*|\s+and\s+)(?:(?:draft|decisions)\s+(?:and\s+)?)*minutes"
PAGE_HEADING = re.compile(
    r"^\s*(?:(?P<issue_details>Issue\s+details)|(?P<decision_details>Decision\s+details)|"
    rf"(?P<agenda_item>Agenda\s+item)|(?P<agenda_and_minutes>{AGENDA_AND_MINUTES})|"
    r"(?P<attendance>Meeting\s+attendance|Attendance\s+details)|"
    # a meeting's minutes page: "Minutes:" over its meeting's line (see page_heading)
    # (the colon's spaces inside the optional part: "\s*:?\s*" would try every split of a
    # long run of spaces between its two "\s*")
    r"(?P<minutes>Minutes)(?:\s*:)?)\s*$",
    re.I,
)
# Site navigation printed above the page's own heading, in lines.
HEADING_WITHIN = 60

# The Welsh weekdays, a closed list: "Dydd" ("day") and the day's name.
WELSH_WEEKDAY = r"Dydd\s+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)"
BODY = r"(?:Committee|Cabinet|Council|Board|Panel|Sub-Committee|Forum|Commission|Executive)"
_TIME = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"
# "Licensing Committee - Tuesday, 8th October, 2024 7.00 pm"
# ... or its weekday after a comma: "Cabinet Procurement Committee, Monday 8 March 2027, 6.30 pm"
_NAME_THEN_DATE = re.compile(
    r"^(?:Meeting\s*:\s*)?(?P<body>[A-Z][\w&'’,() -]{1,160}?)"
    r"(?:\s+[-–]\s+|,\s+(?=[A-Z][a-z]+day\b))"
    rf"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Z][a-z]+,?\s+\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?(?P<time>{_TIME}))?",
)
# ... or a page's own title for its meeting's papers: "Agenda for Scrutiny Commission on
# Wednesday 12 March 2014, 5.30 pm" (its body named between "for" and "on", its article
# dropped: "Minutes for the Audit Committee on ...")
_PAPERS_FOR = re.compile(
    r"^(?:Agenda|Minutes|Decisions)\s+for\s+(?:the\s+)?(?P<body>[A-Z][\w&'’,() -]{1,160}?)\s+on\s+"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})"
    rf"(?:,?\s+(?:at\s+)?(?P<time>{_TIME}))?",
)
# "Meeting: 08/10/2024 - Licensing Committee (Item 3.)", "Decided at meeting: 10/09/2024 - Cabinet"
# ... an issue's history may print the date in words: "Meeting: Thursday, 26th March, 2026
# 10.00 am - Cabinet (Item 9.)"
# ... or on a Welsh council's site, its label or weekday in Welsh ("Cyfarfod: Dydd Iau, 9
# Mawrth, 2028 10.00 am - Cabinet"; the Welsh month is a word as the English is)
_DATE_THEN_NAME = re.compile(
    r"^(?:Meeting|Cyfarfod|Decided\s+at\s+meeting)\s*:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4}|"
    # (its day perhaps with its Welsh ordinal's ending: "Dydd Iau, 9fed Mawrth, 2028", dates)
    rf"(?:(?:[A-Z][a-z]+day|{WELSH_WEEKDAY}),?\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Z][a-z]+,?\s+"
    r"\d{4})"
    rf"(?:,?\s+(?:at\s+)?{_TIME})?\s+[-–]\s+"
    r"(?P<body>[^()\n]+?)\s*(?:\(\s*Item\s+(?P<item>[A-Z]?\d{1,4}[a-z]?)\.?\s*\))?\s*$",
    re.I,
)
# ... or a lettered part of an item, under a heading-only item ("6a", "6(b)")
ITEM_NUMBER_ALONE = re.compile(r"^\s*(?P<num>\d{1,4}(?:[a-z]|\([a-z]\))?)\.?\s*$")
ITEM_NUMBER_FIRST = re.compile(r"^\s*\d{1,4}\.\s+[A-Z]")
MINUTES_LABEL = re.compile(r"^\s*Minutes\s*:\s*(?P<rest>.*)$", re.I)


@dataclass(slots=True)
class MeetingHeading:
    committee: str
    date: dt.date | None
    time: str | None = None
    item: str | None = None


def page_heading(text: str, following: str = "") -> re.Match[str] | None:
    """The page's own heading, in either language of a bilingual site's line ("Manylion y
    penderfyniad / Decision details"). "Minutes" alone is a page's heading only over the line
    naming its meeting and date (``following``): elsewhere it is an item's label or a word of
    a paper."""
    found = PAGE_HEADING.match(text)
    if not found and " / " in text:
        found = next((m for half in halves(text, before_capital=True)
                      if (m := PAGE_HEADING.match(half))), None)
    if found and found.lastgroup == "minutes" and not _names_meeting(following):
        return None
    return found


def _names_meeting(following: str) -> bool:
    """Whether the lines under a heading (one or two, parted by a newline) name its meeting
    and the meeting's date."""
    heading = meeting_under_heading(following.split("\n")) if following.strip() else None
    return heading is not None and heading.date is not None


def _heading_at(texts: list[str], n: int) -> re.Match[str] | None:
    """Line ``n``'s page heading, judged with the lines under it (a "Minutes" heading's)."""
    return page_heading(texts[n], "\n".join(texts[n + 1 : n + 1 + MEETING_LINES]))


# The meeting's name over its date, as a page sets them under its heading: "Hartcombe and
# Lowmoor Integrated Care Partnership" over "Monday 28 February 2028 2.30 pm".
MEETING_LINES = 2
_NAME_ALONE = re.compile(r"^\s*[A-Z][\w&'’,() -]{1,160}$")
_DATE_ALONE = re.compile(
    rf"^\s*(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{{1,2}}{DAY_ORDINAL}?\s+[A-Z][a-z]+,?\s+\d{{4}})"
    rf"(?:,?\s+(?:at\s+)?(?P<time>{_TIME}))?\s*$")


# A sentence saying where the meeting was held, wrapped before its date ("Minutes of the
# meeting of Cabinet held in the Council Chamber ... on Tuesday," over "2nd February 2027"):
# the minutes' own heading under their title, no meeting's name over its date.
_HELD_SENTENCE = re.compile(r"\sheld\s+(?:in|at|on)\s", re.I)


def meeting_under_heading(lines: list[str]) -> MeetingHeading | None:
    """The meeting named by the line under a page's heading, or by that line and the next
    (its name, then its date)."""
    if not lines:
        return None
    heading = _meeting_line(lines[0])
    if heading or len(lines) < MEETING_LINES:
        return heading
    date = _DATE_ALONE.match(lines[1])
    if not (date and _NAME_ALONE.match(lines[0])) or _DATE_ALONE.match(lines[0]):
        return None
    if _HELD_SENTENCE.search(lines[0]):
        return None
    time = date.group("time")
    return MeetingHeading(lines[0].strip(), find_date(date.group("date")),
                          re.sub(r"\s+", " ", time).lower() if time else None)


def page_type(texts: list[str]) -> str | None:
    """Which ModernGov page this is, from its heading near the top."""
    for n in range(min(len(texts), HEADING_WITHIN)):
        m = _heading_at(texts, n)
        if m:
            return m.lastgroup
    return None


def heading_index(texts: list[str]) -> int | None:
    return next((n for n in range(min(len(texts), HEADING_WITHIN)) if _heading_at(texts, n)),
                None)


# The label over what a meeting decided on an issue's page, the section of its meeting line.
_DECISION_LABEL = re.compile(r"^\s*Decision\s*:", re.I)


def meeting_heading(texts: list[str]) -> MeetingHeading | None:
    """The meeting a page names, from the first line that names one; on an issue's history,
    which lists each meeting that took the issue, the one whose entry prints the decision."""
    found = [(n, heading) for n, text in enumerate(texts[:HEADING_WITHIN])
             if (heading := _meeting_line(text))]
    if not found:
        at = heading_index(texts)
        return None if at is None else meeting_under_heading(texts[at + 1 : at + 1 + MEETING_LINES])
    for k, (n, heading) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(texts)
        if len(found) > 1 and any(_DECISION_LABEL.match(t) for t in texts[n + 1 : end]):
            return heading
    return found[0][1]


def _meeting_line(text: str) -> MeetingHeading | None:
    """The meeting one line names, in either language of a bilingual line ("Cyfarfod /
    Meeting: 11/02/2025 - Cabinet", "Meeting / Cyfarfod: 11/02/2025 - Cabinet")."""
    text = text.strip()
    parts = [text, *halves(text, before_capital=True)[1:], *label_halves(text)]
    return next((h for part in parts if (h := _one_meeting_line(part.strip()))), None)


def dated_meeting_label(text: str) -> MeetingHeading | None:
    """The meeting a "Meeting:" label names when its value is the meeting's date, then its body
    ("Meeting: Tuesday, 12th October, 2027 10.30 am - Cabinet", as an issue's page prints the
    meeting that took it): the label says which part is the date and which the body."""
    m = _DATE_THEN_NAME.match(text.strip())
    if not m:
        return None
    return MeetingHeading(m.group("body").strip(), find_date(m.group("date")),
                          item=m.group("item"))


def _one_meeting_line(text: str) -> MeetingHeading | None:
    m = _DATE_THEN_NAME.match(text)
    if m:
        return MeetingHeading(m.group("body").strip(), find_date(m.group("date")),
                              item=m.group("item"))
    m = _NAME_THEN_DATE.match(text) or _PAPERS_FOR.match(text)
    if m and re.search(rf"\b{BODY}\b", m.group("body")):
        time = m.group("time")
        return MeetingHeading(
            m.group("body").strip(), find_date(m.group("date")),
            re.sub(r"\s+", " ", time).lower() if time else None,
        )
    return None


def minute_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An "Agenda and minutes" page as minutes: the item number printed in its own cell
    ("124.") joins its title, and what the agenda printed under the title (its description,
    "PDF 98 KB" links) gives way to the item's "Minutes:" text."""
    out: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] | None = None  # agenda text of the item, until "Minutes:"
    n = 0
    while n < len(lines):
        page, text = lines[n]
        number = ITEM_NUMBER_ALONE.match(text)
        if number and n + 1 < len(lines) and lines[n + 1][1].strip():
            out += pending or []
            num = number.group("num")
            stop = "." if num[-1].isdigit() else ""  # a part's letter is printed as it is
            out.append((page, f"{num}{stop} {lines[n + 1][1].strip()}"))
            pending, n = [], n + 2
            continue
        if ITEM_NUMBER_FIRST.match(text):
            out += pending or []
            out.append((page, text))
            pending, n = [], n + 1
            continue
        label = MINUTES_LABEL.match(text)
        if label:
            pending = None  # the agenda's own text of the item is dropped
            if label.group("rest").strip():
                out.append((page, label.group("rest").strip()))
        elif pending is not None:
            pending.append((page, text))
        else:
            out.append((page, text))
        n += 1
    return out + (pending or [])
