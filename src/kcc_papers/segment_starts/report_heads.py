"""A report's head where no "From:/To:" block starts it: a line under its title saying whose
report it is or which item it is for ("Report of the Licensing Manager", "Meeting of the
Parish Council, 8th June 2026, agenda item 6"), a header row naming the meeting and the
author, a council's name in title type over the meeting and the paper's title."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.layout import (
    HEADING_SIZE_RATIO,
    ITEM_STAMP_TOP,
    SAME_SIZE_POINTS,
    TOP_OF_PAGE,
    _body_size,
    _other_languages,
    _page_lines,
    _set_as_heading,
)
from kcc_papers.segment_starts.table_cells import in_table_column

# The meeting a paper was presented to, on the line under its title: the meeting named, perhaps
# dated, and nothing after ("Presented to the Annual Parish Meeting, 19 April 2028",
# "Presented to: Audit Committee"); not a minute's sentence ("Presented to the Committee by the
# Chief Finance Officer, the review showed ...").
PRESENTED_TO = (
    # (each run of spaces read one way: a colon, or the space, parts the label from its meeting)
    r"Presented\s+to\s*(?::\s*|\s)(?:the\s+)?(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}?"
    r"(?:Meeting|Committee|Cabinet|Council|Board|Panel|Forum|Commission)\b"
    r"(?:(?:\s*[,–—-]\s*|\s+)(?:on\s+)?(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?"
    r"\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}))?\s*$")

# A report's head at a page's top where its publisher stamps no item: its title, then (within
# REPORT_HEAD_BELOW lines) whose report it is ("Report of the Licensing Manager", "Report by
# Gillian Nairn, Chief Officer", "Report author: ...") or which item of which meeting it is for
# ("Meeting of the Parish Council, 8th June 2026, agenda item 6").
REPORT_BY = re.compile(
    r"^\s*(?:Report\s+(?:of|by|from)\s*:?\s+(?:the\s+)?[A-Z]|Report\s+author\s*:\s*\S"
    # the meeting it is addressed to, labelled: "Report to: Communities Scrutiny Committee"
    r"|Report\s+to\s*:\s*\S"
    # a clerk's or treasurer's paper: "TREASURER'S REPORT" over "Prepared by: Hamish Duthie"
    r"|Prepared\s+by\s*:\s*\S"
    # ... or an NHS board's paper: its title over "Presented by:   Jonathan Pryce, Chief
    # Delivery Officer", the labelled officer presenting it (held-out r25b's ICB text pack;
    # at a page's top, a cover sheet's field among others: ``_cover_field``)
    r"|Presented\s+by\s*:\s*\S"
    # the meeting it was presented to: "CHAIRMAN'S ANNUAL REPORT" over "Presented to the
    # Annual Parish Meeting, 19 April 2028"
    rf"|{PRESENTED_TO})"
    r"(?!.*[.;]\s*$)"
    # what the paper is for, labelled as a report's (its value a sentence: "Purpose of
    # report: To provide evidence to the Select Committee on ...")
    r"|^\s*Purpose\s+of\s+(?:the\s+|this\s+)?report\s*:\s*\S", re.I)
REPORT_FOR_ITEM = re.compile(
    r"^\s*(?:(?:Meeting|Report)\s+(?:of|to)\b|[^\n]{0,60}\b(?:Council|Committee|Board|Panel|"
    r"Cabinet)\b"
    # (in Welsh: "Cyfarfod y Cyngor: 14 Chwefror 2028 - Eitem 6", "Adroddiad i'r Pwyllgor ...")
    r"|(?:Cyfarfod|Adroddiad)\s+(?:y|yr|o|i|i['’]r)\s)"
    r"[^\n]{0,80}?[,–—-]\s*(?:agenda\s+|rhaglen\s+)?e?item\s+(?:No\.?\s*|Rhif\s*)?"
    r"[A-Z]?\d{1,3}[a-z]?\s*$"
    # a label row saying which item the paper is, under its title: "Item number<tab>5.1"
    r"|^\s*Item\s+(?:number|no\.?)\s*:?\s+[A-Z]?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*$"
    # ... or which body's meeting it goes to: "Meeting:<tab>Joint Fleet Committee, 9 September"
    r"|^\s*Meeting\s*:\s+[^\n]{0,80}?\b(?:Council|Committee|Board|Panel|Cabinet|Authority|"
    r"Forum|Commission)\b"
    # ... or the council's own meeting by its kind and date, as an Irish council's members
    # meet: "Meeting:<tab>Monthly Meeting, 11th October 2027" (the date ends the line)
    r"|^\s*Meeting\s*:\s+(?:[A-Z][a-z]+\s+)?Meeting,?\s+(?:\w+day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*$",
    re.I)
# A report's header naming, anywhere in its line, the meeting and whose report it is.
REPORT_TO_WORDS = re.compile(r"\bReport\s+to\b(?!\s+be\b)", re.I)
REPORT_BY_WORDS = re.compile(r"\bReport\s+(?:of|by|from)\b", re.I)
# ... the latter within this many lines below the former (the meeting's name may wrap, its
# date's line come between).
REPORT_BY_BELOW = 3
REPORT_HEAD_TOP = 6
# What every match of REPORT_BY or REPORT_FOR_ITEM holds (a line without any is not searched).
REPORT_HEAD_WORDS = ("report", "item", "prepared", "meeting", "presented")
REPORT_HEAD_BELOW = 2
# "Presented by:" labels a board paper's presenter on its cover sheet, among its other fields
# ("Purpose:   Decision" under it), and a minute's presenter too, over the minute's prose ("The
# Board received the month 6 report"): at a page's top under an unnumbered heading it heads a
# paper only where a cover sheet's next field follows (within COVER_FIELD_BELOW lines).
PRESENTED_BY = re.compile(r"^\s*Presented\s+by\s*:", re.I)
COVER_FIELD = re.compile(r"^\s*[A-Z][\w'’/&()-]*(?:\s+[\w'’/&()-]+){0,3}\s*:\s*\S")
COVER_FIELD_BELOW = 2
# A minute's or an agenda's heading is numbered ("M31 Allocations policy", "6. Budget"): its
# item's "Report of ..." line under it is no paper of its own.
NUMBERED_HEADING = re.compile(r"^\s*(?:[A-Z]{0,4}\s?\d[\d/.]*[a-z]?\b|\(?[a-z]\)|[ivx]+\.)", re.I)


def _report_head(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, says whose report it is or which item it is
    for, under a title line: an unnumbered heading (bold or larger than the page's body; in
    text, which has no type, in capitals)."""
    page, idx, line = flat[i]
    lower = line.text.lower()
    if idx >= TOP_OF_PAGE or not any(word in lower for word in REPORT_HEAD_WORDS):
        return False
    if not _report_head_line(line.text) and not _to_and_by(flat, i):
        return False
    if PRESENTED_BY.match(line.text) and not _cover_field(flat, i):
        return False
    if in_table_column(flat, i):
        # a table's wrapped cell ("Report of the Director of"), its header row above it
        return False
    sizes = sorted(other.size for p, _, other in flat[i - idx : i + TOP_OF_PAGE]
                   if p == page and other.size)
    body = sizes[len(sizes) // 2] if sizes else None
    if _rows_above(flat, i, body) >= REPORT_HEAD_TOP:
        return False
    for _, _, above in flat[max(i - idx, i - REPORT_HEAD_BELOW) : i]:
        text = above.text.strip()
        if not text or NUMBERED_HEADING.match(text):
            continue
        if body is None:
            if text.upper() == text and re.search("[A-Z]", text):
                return True
        elif above.bold or (above.size or 0) >= HEADING_SIZE_RATIO * body:
            return True
    return False


def _cover_field(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether a cover sheet's next field ("Purpose:   Decision") stands under line ``i`` on
    its page, within COVER_FIELD_BELOW non-blank lines."""
    page = flat[i][0]
    below = [other.text for p, _, other in flat[i + 1 :] if p == page and other.text.strip()]
    return any(COVER_FIELD.match(text) for text in below[:COVER_FIELD_BELOW])


def _rows_above(flat: list[tuple[int, int, Line]], i: int, body: float | None) -> int:
    """How many rows of its page stand above line ``i``, a heading wrapped over lines (each
    line set alike, larger than the page's ``body``) one row: a long committee's name and a
    long title over "Report from:" are two rows, not four. In text, which has no type, each
    line is a row."""
    idx = flat[i][1]
    if body is None:
        return idx
    rows, last = 0, None
    for _, _, above in flat[i - idx : i]:
        if not (last is not None and _wraps_heading(last, above, body)):
            rows += 1
        last = above
    return rows


def _wraps_heading(line: Line, below: Line, body: float) -> bool:
    """Whether ``below`` goes on with the heading ``line`` wrapped onto it: both set alike,
    larger than the page's ``body``."""
    if line.size is None or below.size is None or line.bold != below.bold:
        return False
    return (abs(line.size - below.size) <= SAME_SIZE_POINTS
            and line.size >= HEADING_SIZE_RATIO * body)


def _to_and_by(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` names the meeting a report goes to and, on it or just below, whose
    report it is, with no colons: a borderless header row ("Report to | Date | Report of"
    over its values), or a bilingual heading set in two columns ("ADRODDIAD I'R CABINET  REPORT
    TO CABINET" over "... Report by: Director of Education"). A sentence is no header."""
    page, _, line = flat[i]
    if not REPORT_TO_WORDS.search(line.text) or line.text.rstrip().endswith("."):
        return False
    return any(REPORT_BY_WORDS.search(other.text)
               for p, _, other in flat[i : i + 1 + REPORT_BY_BELOW] if p == page)


def _report_head_line(text: str) -> bool:
    """Whether a line says whose report it is or which item it is for, in either language of
    a bilingual one ("Adroddiad i / Report to: ..."), or in one sentence naming both its
    author and its meeting ("A report by ... to the ... Committee on ...")."""
    return REPORT_BY_TO.match(text) is not None or any(
        REPORT_BY.match(half) or REPORT_FOR_ITEM.match(half)
        for half in [text, *(_other_languages(text) if "/" in text else [])])


# A report's head in one sentence, as a county's committee papers print it under the title:
# "A report by the Head of Planning Applications to the Regulation Committee on Tuesday 14
# October 2025." Its author and the body it goes to, named: a minute's sentence about a report
# ("A report by the Director of Finance sought approval ...") names no body it goes to. The
# head ends at the body's name or at its meeting's date ("... on Tuesday 14 October 2025."),
# or breaks the line there: a minute saying "A report by the Director to the Committee was
# considered" goes on past the body and its date, and heads nothing.
REPORT_BY_TO = re.compile(
    r"^\s*A\s+report\s+(?:by|of|from)\s+(?:the\s+)?(?-i:[A-Z])[^\n.;]{0,120}?\bto\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w&'’-]*\s+){0,6}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|"
    r"Forum|Commission|Authority)\b"
    r"(?:[\s,]*(?:(?:at\s+its\s+meeting\s+)?on\b\s*)?(?:\w+day,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+[A-Za-z]+(?:,?\s+\d{4})?)?)?)?\s*\.?\s*$", re.I)


# A council's report header where no "Report to" block is printed (as Scottish councils set
# one): the council's name in title type at the page's top, the meeting the paper goes to
# (its body and date on one line, set as a heading), then, perhaps under its service's name,
# the paper's title, an unnumbered heading. A running head repeats no council name in title
# type, nor is a minute's numbered heading a title.
COUNCIL_NAME = re.compile(r"^\s*(?:(?-i:[A-Z])[\w&'’-]*\s+){1,5}Council\s*$", re.I)
MEETING_DATED = re.compile(
    r"^\s*(?:[\w&'’-]+\s+){0,8}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Forum|"
    r"Commission|Authority)\s*(?:[–—,:-]\s*)?(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]+,?\s+\d{4}\s*$", re.I)
# ... or, under the council's name, its own meeting by the meeting's kind alone: "Extraordinary
# Meeting - 29 November 2027" under "ASHCOMBE ST MARY TOWN COUNCIL" (the council the body).
COUNCILS_MEETING_DATED = re.compile(
    r"^\s*(?:(?:Extraordinary|Special|Annual|Ordinary|Budget)\s+)?(?:Council\s+)?Meeting\s*"
    r"[–—,:-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\s*$", re.I)
# A paper's own kind set as the heading under such a masthead: the agenda or minutes of that
# meeting, no report's title. The kind is the whole heading, or names the meeting after it
# ("Minutes of the Extraordinary Meeting", "Agenda - 29 November"): a report's title may
# start with the word ("Notice of Motion: Climate Emergency", "Minutes Review: Standing
# Orders", "Agenda item 3: ...").
KIND_TITLE = re.compile(
    r"^\s*(?:Agenda|Minutes|Summons|Notice\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?Meeting)"
    r"\s*(?:$|[–—:-]|(?:of|for)\b)", re.I)
# A minutes' title under the meeting's dated line ("MINUTES OF THE MEETING"), this many lines
# below it at most: the minutes' own heading starts them, no report under the masthead.
MINUTES_TITLE = re.compile(r"^\s*(?:(?:draft|unconfirmed|approved|confirmed)\s+)?minutes?\b",
                           re.I)
MINUTES_TITLE_BELOW = 2


def _meeting_over_report(lines: list[str]) -> bool:
    """Whether the first of ``lines`` is the dated line of the meeting a paper's masthead names
    ("Amenities Committee - 8 December 2027"), the paper under it no minutes."""
    return bool(lines) and bool(MEETING_DATED.match(lines[0])) and not any(
        MINUTES_TITLE.match(s) for s in lines[1 : 1 + MINUTES_TITLE_BELOW])


# A council's name inside a line, before the meeting's: "... DISTRICT COUNCIL - PLANNING".
COUNCIL_WORDS = re.compile(r"\bCouncil\s*[–—,:-]\s*\S", re.I)
# The meeting's line within this many lines under the council's name, the title within this
# many under the meeting's (a service's name may come between).
MASTHEAD_BELOW = 2
# The one line can be a running head, set bold atop every page of a paper: it heads a paper
# only where whose report it is is said within this many lines under it (the title, then
# "Report of the Development Manager", either way round, a service's name perhaps between).
ONE_LINE_BY_BELOW = 3


def _says_whose(lines: list[Line]) -> bool:
    """Whether one of ``lines`` says whose report it is ("REPORT OF THE TREE OFFICER")."""
    return any(REPORT_BY_WORDS.search(line.text) for line in lines)


def _council_masthead(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, at its page's top, is a council's name in title type over the
    meeting a paper goes to and the paper's title (see COUNCIL_NAME)."""
    _, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or not line.size or "council" not in line.text.lower():
        return False
    # (or the council's name and the meeting on one line, in title type: "ORLINGHAM DISTRICT
    # COUNCIL - PLANNING COMMITTEE - 19 JANUARY 2028", the title under it)
    one_line = bool(MEETING_DATED.match(line.text)) and bool(COUNCIL_WORDS.search(line.text))
    if not COUNCIL_NAME.match(line.text) and not one_line:
        return False
    lines = _page_lines(flat, i)
    if one_line and not _says_whose(lines[idx + 1 : idx + 1 + ONE_LINE_BY_BELOW]):
        return False
    # (the one line is set as a heading, in bold or large, as the check of the meeting's
    # line below has it: a page of few body lines has no body size to tell it by)
    if not one_line and line.size < HEADING_SIZE_RATIO * _body_size(lines):
        return False
    below = lines[idx + 1 : idx + 1 + MASTHEAD_BELOW]
    meeting = idx if one_line else next((n for n, other in enumerate(below, idx + 1)
                                         if MEETING_DATED.match(other.text)
                                         or COUNCILS_MEETING_DATED.match(other.text)), None)
    if meeting is None or not _set_as_heading(flat, i - idx + meeting):
        return False
    return any(_set_as_heading(flat, i - idx + n) and not NUMBERED_HEADING.match(other.text)
               and not MEETING_DATED.match(other.text) and not KIND_TITLE.match(other.text)
               for n, other in enumerate(lines[meeting + 1 : meeting + 1 + MASTHEAD_BELOW],
                                         meeting + 1))


# A label saying the page under an item's stamp replaces one of its report's published pages
# ("REPLACEMENT PAGE 2", "Replacement pages 3 and 4", "Revised page 5", "Amended pages 3 to 5",
# "Replacement page 3 of 12", "Pages 3, 4 and 5 (revised)"): the page is that report's,
# reissued, and so a paper of its own in the pack as the report's page would be.
_REISSUED = r"(?:Replacement|Revised|Substitute|Amended|Updated)"
_PAGE_NUMBERS = r"pages?\s+\d{1,3}[A-Z]?(?:\s*(?:,|-|–|to|and|&)\s*\d{1,3}[A-Z]?)*"
REPLACEMENT_PAGE = re.compile(
    rf"^\s*(?:{_REISSUED}\s+{_PAGE_NUMBERS}(?:\s+of\s+\d{{1,3}})?"
    rf"|{_PAGE_NUMBERS}\s*\(\s*{_REISSUED}\s*\))\s*$", re.I)


def replacement_page_label(text: str) -> bool:
    """Whether a line labels its page as a report's replacement page (REPLACEMENT_PAGE)."""
    return "page" in text.lower() and REPLACEMENT_PAGE.match(text) is not None
