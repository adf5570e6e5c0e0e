"""The kind "report" a heading names: "Committee Report", "Report to <the meeting>" or to a
body's members, a "From:/To:/Subject:" block (or "To:" over "By:"), another council's
labelled header block."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.header_labels import (
    LABEL_WINDOW,
    REPORT_LABELS_MIN,
    _header_labels,
    _report_label,
)
from kcc_papers.segment_starts.layout import TEXT_RULE, _set_as_heading, _window
from kcc_papers.segment_starts.meeting_headed_labels import meeting_headed_labels

# "From:" can end a line when a text export glued two pages together.
REPORT_FROM = re.compile(r"^\s*(From|By)\s*:?\s+\S|\sFrom:\s+[A-Z]")
# What every match of REPORT_FROM prints (as written): a line without either is not searched.
REPORT_FROM_WORDS = ("From", "By")
REPORT_TO = re.compile(r"^\s*To\s*:?\s+\S|^\s*REPORT\s+TO\s*:", re.I)
# The label, not a sentence that starts "subject to the following amendment".
# (the label a word of its own: a register's row wrapped onto "subjects (maths, physics)" is
# no "Subject" label, though its colon may be left off)
# (an integration joint board's cover table labels it "Title of report": the label whole)
SUBJECT = re.compile(r"^\s*(Subject|Title(?:\s+of\s+(?:the\s+)?report\b)?|Report\s+title)\b"
                     r"(?!\s+to\b)\s*:?\s*(.*)$", re.I)
COMMITTEE_REPORT = re.compile(r"^\s*(Committee\s+Report|REPORT\s+TO\s*:)", re.I)
# A report's heading naming the meeting it goes to, on a line of its own: "Report to Corporate
# Resources Scrutiny Panel - 16th March 2026" (the body's name, then perhaps the date).
REPORT_TO_MEETING = re.compile(
    # (a body's name joins its words with small ones: "Resources Overview and Scrutiny")
    r"^\s*Report\s+to\s+(?:the\s+)?(?:(?:(?:[A-Z][\w&\'-]*|and|of|for|the|&)\s+){0,8}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Forum|Commission|Authority)(?:\s*[–—,-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4})?"
    # (then perhaps its item on the agenda, as a town council heads its reports: "Report to
    # the Finance and General Purposes Committee, 9 January 2029: Item 5")
    r"(?:\s*[:–—-]\s*(?:Agenda\s+)?Item\s+(?:No\.?\s*)?\d{1,3}[a-z]?)?"
    # ... or the members at their meeting, by its kind and date, as a council meeting as a
    # whole is addressed: "Report to the Members - Monthly Meeting 14th June 2027", "Report to
    # the Monthly Meeting, 14th June 2027" (Irish councils)
    r"|(?:Members\s*[–—,-]\s*)?(?:[A-Z][a-z]+\s+)?Meeting(?:,\s*|\s*[–—-]\s*|\s+)"
    r"(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\s*$"
)
# ... or to a body's members by its name, alone on its line: "REPORT TO THE MEMBERS OF ARDNAGH
# MUNICIPAL DISTRICT" (an Irish municipal district's members meet as the district), "Report
# to the Members of the Planning Committee". (Each word of the name after its spaces: a run of
# spaces is crossed one way only.)
REPORT_TO_MEMBERS = re.compile(
    r"^[^\S\n]*Report[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?Members[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
    r"(?-i:[A-Z])[\w&'’-]*(?:[^\S\n]+(?:(?-i:[A-Z])[\w&'’-]*|and|of|for|&)){0,8}[^\S\n]*$", re.I)
# How far below a heading line the labels that confirm it are looked for: a report's "To:"
# within HEADING_TO_LINES lines of its "From:", its "Subject:" within HEADING_WINDOW.
HEADING_WINDOW = 14
HEADING_TO_LINES = 10


def _report_kind(flat: list[tuple[int, int, Line]], i: int, text: str) -> str | None:
    """The kind "report" for a report's heading: "Committee Report", "Report to <the meeting>", a
    "From:/To:/Subject:" block (or "To:" over "By:"), another council's labelled header."""
    if COMMITTEE_REPORT.match(text) or REPORT_TO_MEETING.match(text) or (
            "members" in text.lower() and REPORT_TO_MEMBERS.match(text)):
        return "report"
    if (any(word in text for word in REPORT_FROM_WORDS) and REPORT_FROM.search(text)
            and any(REPORT_TO.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))
            and (any(SUBJECT.match(w) for w in _window(flat, i + 1, HEADING_WINDOW - 1))
                 or _titled_above(flat, i))
            and not any(EMAIL_SENT.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))):
        return "report"
    if text.lstrip()[:3].lower() == "to:" and _to_over_by(flat, i):
        return "report"
    if "committee" in text.lower() and _committee_over_author(flat, i):
        return "report"
    # (the block is on the line's own page: a report's closing "Author:" over the next
    # paper's header block is not one; nor, in a text export, past the rule it draws between
    # its papers)
    if _report_label(text) and _header_labels(_block_from(flat, i)) >= REPORT_LABELS_MIN:
        return "report"  # another council's header block: "Report to:", "Date:", "Report of:"
    # ... or its title and author labelled under a heading naming the meeting (a two-label
    # head: meeting_headed_labels)
    if meeting_headed_labels(flat, i):
        return "report"
    return None


# An email's printed header: "From:" over "Sent: 02 September 2027 16:41" (then "To:",
# "Subject:"), as a mail program prints a message a report encloses: no memo's header.
EMAIL_SENT = re.compile(r"^\s*Sent\s*:\s*\S")


def _block_from(flat: list[tuple[int, int, Line]], i: int) -> list[Line]:
    """The LABEL_WINDOW lines from line ``i`` that are on its page and above any rule a text
    export draws across between its papers (TEXT_RULE)."""
    out: list[Line] = []
    for pg, _, line in flat[i : i + LABEL_WINDOW]:
        if pg != flat[i][0] or (line.size is None and TEXT_RULE.match(line.text)):
            break
        out.append(line)
    return out


# The labels the other way round, as some councils print them: "To:" the meeting, then "By:"
# (or "From:") whose paper it is, both with their colons, under the paper's title.
TO_LABEL = re.compile(r"^\s*To\s*:\s*\S")
BY_LABEL = re.compile(r"^\s*(?:From|By)\s*:\s*\S")


def _to_over_by(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "To:" line under a title in heading type has a "By:" or "From:" label below
    it on its page (within HEADING_TO_LINES): a report's header block."""
    if not TO_LABEL.match(flat[i][2].text) or not _titled_above(flat, i):
        return False
    return any(BY_LABEL.match(line.text)
               for p, _, line in flat[i + 1 : i + HEADING_TO_LINES] if p == flat[i][0])


# ... or the meeting by its body, then who wrote the paper: "Committee: Audit and Standards
# Committee" over "Date: 25 November 2026" over "Author: Head of Internal Audit", under the
# paper's title. A report's closing "Author:" alone is no head; under a title, beside the
# meeting it goes to, it is.
# (the label's value is the body's name, "Audit and Standards Committee", no more: a hearing's
# record listing "Committee: Councillors Hale, Brook and Ling", or a minute's sentence after
# the label, names no meeting a paper goes to)
COMMITTEE_LABEL = re.compile(
    r"^\s*Committee\s*:\s*(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,8}"
    r"(?:Committee|Sub-Committee|Cabinet|Board|Panel|Forum|Council|Commission|Authority)"
    r"(?:\s*[–—,:-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})?\s*$",
    re.I)
AUTHOR_LABEL = re.compile(r"^\s*(?:Author|Lead\s+officer|Report\s+(?:author|of|by))\s*:\s*\S",
                          re.I)


def _committee_over_author(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "Committee:" line under a title in heading type has an author's label below
    it on its page (within HEADING_TO_LINES): a report's header block."""
    if not COMMITTEE_LABEL.match(flat[i][2].text) or not _titled_above(flat, i):
        return False
    return any(AUTHOR_LABEL.match(line.text)
               for p, _, line in flat[i + 1 : i + HEADING_TO_LINES] if p == flat[i][0])


def _titled_above(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a "From:" line's paper is titled by the heading just above it on its page (a
    title in heading type where another council prints "Subject:"), in a PDF, whose type
    tells a title from the line of prose a text file would have there."""
    if i == 0 or flat[i - 1][0] != flat[i][0] or flat[i][2].size is None:
        return False
    above = flat[i - 1][2]
    return not _report_label(above.text) and _set_as_heading(flat, i - 1)
