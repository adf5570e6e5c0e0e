"""A report's short labelled head under a heading naming its meeting: "Employment Committee -
1 February 2028 - Item 4" (or "KELDERBY COUNTY COUNCIL - SMALLHOLDINGS COMMITTEE - 3 FEBRUARY
2028") over "Title: Pay Policy Statement 2028/29" and "Report of: Chief People Officer". Two
labels only, fewer than another council's header block (header_labels.REPORT_LABELS_MIN), but
the heading above has said which meeting the paper goes to, as a "Report to:" label would: the
paper's title and its author under it make the report's head."""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise.dates import find_date
from kcc_papers.segment_starts.layout import _set_as_heading

# The label naming the report's title: "Title:", "Report title:", "Title of report:",
# "Subject:", with its colon and its value on the line.
TITLE_LABEL = re.compile(
    r"^\s*(?:Report\s+title|Title(?:\s+of\s+(?:the\s+)?report)?|Subject)\s*:\s*\S", re.I)
# The label naming whose report it is: "Report of:", "Report by:", "Author:", "Lead officer:".
AUTHOR_LABEL = re.compile(
    r"^\s*(?:Report\s+(?:of|by|author)|Author|Lead\s+officer|Responsible\s+officer)\s*:\s*\S",
    re.I)
# The author's label lies within this many lines under the title's (a wrapped title between).
AUTHOR_WITHIN = 3
# The heading names a body by its kind ("Employment Committee", "SMALLHOLDINGS COMMITTEE",
# "Cabinet"), in any case, as a page's heading sets it.
BODY_KIND = re.compile(
    r"\b(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority|"
    r"Executive)\b", re.I)
# A heading naming a meeting is shorter than this: the council's name, the body's, the date
# and perhaps the item ("KELDERBY COUNTY COUNCIL - SMALLHOLDINGS COMMITTEE - 3 FEBRUARY 2028");
# a longer line is prose that happens to name one.
MEETING_HEADING_CHARS = 100
# The heading may wrap: its date's year alone on the next line ("... - 3 FEBRUARY" / "2028").
MEETING_HEADING_LINES = 2
# A heading naming the meeting on this many other pages without a report's labels under it is
# a running head, printed on every page, not a report's own head.
RUNNING_HEAD_PAGES = 2


def _meeting_heading(text: str) -> bool:
    """Whether a line names a meeting, as a heading does: a body by its kind and a date, on a
    short line that is no sentence (no full stop at its end)."""
    text = text.strip()
    return (len(text) < MEETING_HEADING_CHARS and not text.endswith(".")
            and BODY_KIND.search(text) is not None and find_date(text) is not None)


def _label(text: str) -> bool:
    return TITLE_LABEL.match(text) is not None or AUTHOR_LABEL.match(text) is not None


def _running_head(flat: list[tuple[int, int, Line]], i: int, n: int) -> bool:
    """Whether the heading of ``n`` lines over line ``i`` is a running head: its first line
    stands on RUNNING_HEAD_PAGES other pages with no label under it (a report's continuation
    pages, an agenda's), as a page heading repeated through a paper does. A pack heading each
    report with the same line has its labels under it each time; an agenda's cover may print
    the line once."""
    page, first = flat[i][0], " ".join(flat[i - n][2].text.split()).lower()
    bare: set[int] = set()
    for j, (p, _, line) in enumerate(flat):
        if (p != page and " ".join(line.text.split()).lower() == first
                and not any(q == p and _label(under.text)
                            for q, _, under in flat[j + 1 : j + 2 + MEETING_HEADING_LINES])):
            bare.add(p)
    return len(bare) >= RUNNING_HEAD_PAGES


def meeting_headed_labels(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is a report's title label (see TITLE_LABEL) directly under a heading
    naming the meeting on its page, with its author's label (AUTHOR_LABEL) under it within
    AUTHOR_WITHIN lines of the same page: a report's head. Some councils print the author's
    label first, the title's under it: the same head, from the author's line."""
    page, text = flat[i][0], flat[i][2].text
    if i == 0 or flat[i - 1][0] != page:
        return False
    if AUTHOR_LABEL.match(text) and (title := _title_lines_above(flat, i)):
        # the title set as a heading where another council labels it "Title:"
        return _meeting_headed(flat, i - title)
    if TITLE_LABEL.match(text):
        other = AUTHOR_LABEL
    elif AUTHOR_LABEL.match(text):
        other = TITLE_LABEL
    else:
        return False
    if not any(p == page and other.match(line.text)
               for p, _, line in flat[i + 1 : i + 1 + AUTHOR_WITHIN]):
        return False
    return _meeting_headed(flat, i)


def _meeting_headed(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` stands directly under a heading naming the meeting on its page
    (of up to MEETING_HEADING_LINES lines) that is no running head."""
    page = flat[i][0]
    if i == 0 or flat[i - 1][0] != page:
        return False
    above = [line.text for p, _, line in flat[max(0, i - MEETING_HEADING_LINES) : i] if p == page]
    heading = next((n for n in range(1, len(above) + 1)
                    if _meeting_heading(" ".join(above[-n:]))), None)
    return heading is not None and not _running_head(flat, i, heading)


# A report's title set as a heading, under the heading naming its meeting and over its
# author's label ("Highways and Transport Committee - 6 July 2028" / "Bus Lane Enforcement
# Annual Report 2027/28" / "Report by: Director of Highways"), may wrap onto this many lines.
TITLE_LINES = 2
# ... each no longer than a title's line is (a longer one is a paragraph's).
TITLE_LINE_CHARS = 100
# A title may set its subject before a colon ("Bus Lane Enforcement: Annual Report 2027/28");
# a field of the meeting's or the report's prints a date, a time or a word or two after its
# colon ("Date: 14 November 2028", "Time: 7.00 pm", "Wards: All", "Key decision: No").
SUBTITLE_MIN_WORDS = 2
CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d{2}|\d{1,2}\s*[ap]\.?m", re.I)


def _field(text: str) -> bool:
    """Whether a line holding a colon is a field ("Date: ...", "Wards: All"), not a title
    naming its subject before a colon."""
    lead, _, value = text.partition(":")
    # (an item's number before the colon, "Item 4: Leisure Centre Contract", is the agenda's
    # field over the item, left to the agenda's readers: a pack's cover and its item's page)
    return (not lead.strip() or any(c.isdigit() for c in lead)
            or len(value.split()) < SUBTITLE_MIN_WORDS
            or find_date(value) is not None or CLOCK_TIME.search(value) is not None)


def _title_lines_above(flat: list[tuple[int, int, Line]], i: int) -> int:
    """How many lines (1 to TITLE_LINES) of a title set as a heading stand over the author's
    label at line ``i`` on its page, under a heading naming the meeting; 0 where none does.
    Each title line is short, no label nor field, no sentence and no meeting's heading
    itself."""
    page = flat[i][0]
    for n in range(1, TITLE_LINES + 1):
        j = i - n
        if j < 1 or flat[j][0] != page:
            return 0
        text = flat[j][2].text.strip()
        if (not text or len(text) >= TITLE_LINE_CHARS or text.endswith(".") or _label(text)
                or (":" in text and _field(text)) or _meeting_heading(text)
                or not _set_as_heading(flat, j)):
            return 0
        if _meeting_headed(flat, j):
            return 0 if _names_other_paper(flat, j) else n
    return 0


# A heading naming the meeting and another paper of it ("Decisions - Cabinet, Tuesday 9 March
# 2027", "Minutes of the Environment Committee - 14 November 2028") heads that paper: a
# heading under it, over an item's own field ("Report author: ..."), is that paper's item.
# (a report's own heading may name its place on the agenda: "... - Agenda Item 5")
OTHER_PAPER = re.compile(
    r"\b(?:decisions|decision\s+(?:notice|sheet|list)|minutes|agenda(?!\s+item)|summons)\b",
    re.I)


def _names_other_paper(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether the heading naming the meeting over line ``i`` names another paper of it."""
    page = flat[i][0]
    return any(p == page and OTHER_PAPER.search(line.text) is not None
               for p, _, line in flat[max(0, i - MEETING_HEADING_LINES) : i])
