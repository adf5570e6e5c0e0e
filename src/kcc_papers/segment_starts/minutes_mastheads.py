"""Minutes headed by their body's name on a line of its own, the meeting's when and where on
the lines below: "MINUTES OF ŌHINEMATA DISTRICT COUNCIL" over "ORDINARY COUNCIL MEETING" over
"HELD AT THE COUNCIL CHAMBERS, ..." over "ON THURSDAY, 23 OCTOBER 2025 AT 9.30AM", as a New
Zealand council's Infocouncil export heads them (the "held" a British heading prints on its
line, heading_kinds.MINUTES_OF_BODY, comes lines below).
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import _set_as_heading

# "MINUTES OF [THE] <name> COUNCIL": the body's name in a few words (a Māori name's macrons
# among its letters), the line ending on the body's word.
MINUTES_OF_NAMED_BODY = re.compile(
    r"^\s*MINUTES?\s+OF\s+(?:THE\s+)?(?:[^\W\d_][\w&'’-]*\s+){1,6}"
    r"(?:COUNCIL|COMMITTEE|SUB-COMMITTEE|BOARD|PANEL|CABINET|FORUM|COMMISSION|AUTHORITY)\s*$",
    re.I)
# The meeting's where or when under it: "HELD AT ...", "HELD ON ...", "ON THURSDAY, 23 ...".
HELD_LINE = re.compile(
    r"^\s*(?:HELD\b|ON\s+(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b)", re.I)
# ... within this many lines below the heading (the meeting's name on a line between).
HELD_WITHIN = 3


def minutes_over_held(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` heads minutes by their body's name, the line saying where or when
    the meeting was held a line or two below it."""
    if MINUTES_OF_NAMED_BODY.match(flat[i][2].text) is None:
        return False
    below = flat[i + 1 : i + 1 + HELD_WITHIN]
    return any(HELD_LINE.match(line.text) for _, _, line in below)


# An American council's minutes by their name there, alone on their line: "ACTION MINUTES",
# "SUMMARY ACTION MINUTES", "Summary Minutes" (what the meeting did, item by item).
ACTION_MINUTES = re.compile(r"^\s*(?:Summary\s+(?:Action\s+)?|Action\s+)Minutes\s*$", re.I)
# ... their meeting's date within this many lines below (the meeting's name between).
ACTION_DATE_WITHIN = 2


def action_minutes(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` heads an American council's action minutes, their meeting's date
    just below ("ACTION MINUTES" over "Tuesday, October 14, 2025 - 6:30 PM"; "SUMMARY ACTION
    MINUTES" over "BOARD OF SUPERVISORS - REGULAR MEETING - OCTOBER 21, 2025")."""
    if ACTION_MINUTES.match(flat[i][2].text) is None:
        return False
    below = flat[i + 1 : i + 1 + ACTION_DATE_WITHIN]
    return any(find_date(line.text) is not None for _, _, line in below)


# An agenda's item confirming the last meeting's minutes: "5 CONFIRMATION OF MINUTES",
# "4. Adoption of the Previous Minutes".
CONFIRMATION_ITEM = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2})?\.?\s+(?:Confirmation|Adoption|Approval)\s+of\s+(?:the\s+)?"
    r"(?:Previous\s+)?Minutes\b", re.I)


def minutes_to_confirm(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is the sentence under an agenda's confirmation item naming the
    minutes it confirms ("5 CONFIRMATION OF MINUTES" over "Minutes of the Ordinary Meeting of
    Council held on Tuesday, 23 September 2025."), in a PDF's body type: the item's words, not
    the minutes' heading (which is set as one, and ends in no full stop)."""
    line = flat[i][2]
    if i == 0 or line.size is None or not line.text.rstrip().endswith("."):
        return False
    above = flat[i - 1]
    return (above[0] == flat[i][0] and CONFIRMATION_ITEM.match(above[2].text) is not None
            and not _set_as_heading(flat, i))


# Minutes titled by their body's name, then the word after a dash: "Executive Group - Minutes"
# (a safeguarding partnership's group, under the partnership's name), the meeting's sentence
# and who was present below. The name is a few capitalised words, as a heading prints it.
BODY_DASH_MINUTES = re.compile(
    r"^[^\S\n]*(?:[A-Z][\w&'’-]*[^\S\n]+(?:(?:and|of|the|for|&)[^\S\n]+)?){0,7}[A-Z][\w&'’-]*"
    r"[^\S\n]+[–—-][^\S\n]+Minutes?[^\S\n]*$")


def body_dash_minutes(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, set as a heading, titles minutes by their body's name and the word
    after a dash ("Executive Group - Minutes"); the caller looks for "Present:" below."""
    return (BODY_DASH_MINUTES.match(flat[i][2].text) is not None
            and _set_as_heading(flat, i))


# A board's notes titled by the word, its name and its date, as a project board keeps notes,
# not minutes: "Notes of the Project Board - 7 November 2028" (over who attended: the caller
# looks for "Attendees:" below). The name is a few capitalised words ending in a body's word.
NOTES_OF_BODY_DATED = re.compile(
    r"^[^\S\n]*Notes[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w&'’-]*[^\S\n]+){0,6}"
    r"(?:Committee|Board|Panel|Forum|Group)[^\S\n]*[–—,:-][^\S\n]*(?:[A-Z][a-z]+day,?[^\S\n]+)?"
    r"\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{4}[^\S\n]*$")


# The notes' title heads their page: above it at most a running head and the paper's letter
# or stamp ("Paper A"). Lower down, a report quotes a group's notes under its own head
# ("Report of the Head of Planning" ... "Notes of the Local Plan Working Group - <date>").
NOTES_TITLE_TOP = 4


def notes_of_body_dated(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, set as a heading at its page's top, titles a board's notes by its
    name and date."""
    return (flat[i][1] < NOTES_TITLE_TOP and NOTES_OF_BODY_DATED.match(flat[i][2].text) is not None
            and _set_as_heading(flat, i))


# ... or by the word and its name alone, the meeting's date on the line under it: "Notes of
# the Partnership Board" over "Held on Wednesday 16 February 2028 at The Assembly Rooms" (over
# who was present: the caller looks for "Present:" below). An agenda's item "Notes of the last
# meeting" names no body; nor is its row set as a heading over a "Held on" line.
NOTES_OF_BODY = re.compile(
    r"^[^\S\n]*Notes[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w&'’-]*[^\S\n]+){0,6}"
    r"(?:Committee|Board|Panel|Forum|Group|Partnership)[^\S\n]*$")
HELD_ON_DATE = re.compile(
    r"^[^\S\n]*Held[^\S\n]+on[^\S\n]+(?:[A-Z][a-z]+day,?[^\S\n]+)?\d{1,2}(?:st|nd|rd|th)?"
    r"[^\S\n]+[A-Z][a-z]+[^\S\n]+\d{4}\b", re.I)


def notes_of_body_over_held(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, set as a heading, titles a board's notes by its name, over the
    line saying when the meeting was held."""
    if NOTES_OF_BODY.match(flat[i][2].text) is None or not _set_as_heading(flat, i):
        return False
    below = flat[i + 1] if i + 1 < len(flat) else None
    return below is not None and below[0] == flat[i][0] and bool(HELD_ON_DATE.match(below[2].text))


# ... or by the word, its name and "meeting held on" in one sentence, as a collaboration
# board or a resilience forum heads its notes: "Notes of the Blue Light Collaboration Board
# meeting held on Wednesday 4 July 2029 at ...", "Notes of the Executive Group meeting held
# on ..." (over who attended: the caller looks for "Present:" below). The name is a few
# capitalised words ending in a body's word; "Notes of the meeting held on" names none
# (heading_kinds.MINUTES_HELD reads that form). In any case, as a title is set ("Notes of the
# Executive Group Meeting held on", "NOTES OF THE ... BOARD MEETING HELD"), and with the time
# or place before the date ("... meeting held at 2.00 pm on ..."), as the heading's reader
# (minutes_heading._MINUTES_OF) takes it.
NOTES_OF_BODY_MEETING = re.compile(
    r"^[^\S\n]*Notes[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?-i:[A-Z])[\w&'’-]*[^\S\n]+){0,6}"
    r"(?:Committee|Board|Panel|Forum|Group|Partnership)[^\S\n]+meeting[^\S\n]+held\b", re.I)


def notes_of_body_meeting(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, set as a heading, titles a board's notes by its name and the
    meeting's sentence."""
    return (NOTES_OF_BODY_MEETING.match(flat[i][2].text) is not None
            and _set_as_heading(flat, i))
