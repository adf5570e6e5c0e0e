"""A document's title lines (the heading lines at its top, which classify weighs) and its
title (the line that names its subject), and its own head without the stamps printed
over it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice, pairwise

from kcc_papers.classify import HEAD_CHARS, TITLE_LINES
from kcc_papers.load.model import Line
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.segment_span import Segment
from kcc_papers.segment_starts.header_labels import rejoin_wrapped_labels
from kcc_papers.segment_starts.heading_kinds import MINUTES, MINUTES_OF_BODY, SUBJECT
from kcc_papers.segment_starts.layout import HEADING_SIZE_RATIO, _body_size, _spaced_heading
from kcc_papers.segment_starts.report_heads import MEETING_DATED

# A title is looked for among a document's first TITLE_SEARCH_LINES lines and cut to
# TITLE_MAX_CHARS (a run-on line that swallowed body text is no longer a title).
TITLE_SEARCH_LINES = 40
TITLE_MAX_CHARS = 200


COUNCIL_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+\s+){1,4}(?:County|City|Borough|District|Community|Town|Parish)\s+"
    r"Council\s*$",
    re.I,
)
# "CORPORATE PARENTING PANEL– 14 November 2025": the meeting a paper is for, not its title
# (a word of the body's name may be bracketed: "Cabinet (Housing) Sub-Committee - 9 March 2027").
MEETING_MASTHEAD = re.compile(
    r"^\s*(?:\(?[A-Z][\w&\'-]*\)?\s+){0,6}"
    r"(?:(?:Sub-)?Committee|Cabinet|Council|Board|Panel|Forum|Commission)"
    r"\s*[–—,-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\s*$",
    re.I,
)


TITLE_SCAN = 15


def title_lines(seg: Segment) -> str:
    """The heading lines at the top of a document's first page: in a PDF those in larger or
    bold type (a cover's title, a masthead); in text, its first few lines."""
    lines = [line for line in _own_first(
        (line for _, line in seg.lines), TITLE_SCAN) if line.text.strip()]
    sizes = sorted(line.size for page in seg.pages[:1] for line in page.lines if line.size)
    if sizes:
        body = sizes[len(sizes) // 2]
        heads = [s for s in lines if s.bold or (s.size or 0) >= body * HEADING_SIZE_RATIO]
        # A cover in one type size has no larger lines: all of it is title.
        lines = heads or lines
    title = _with_heading(lines, seg)
    if seg.heading is None:
        return "\n".join(line.text for line in title)
    if seg.kind == "minutes":
        title = _without_minuted_items(title, seg)
    heading = seg.flat[seg.heading][2]
    # (the heading as a whole: a letter-spaced one wrapped onto the line below it)
    return "\n".join(_spaced_heading(seg.flat, seg.heading) if line is heading else line.text
                     for line in title)


# A minute's numbered heading: "20. SERVICE PERFORMANCE REPORT: QUARTER 4 2026/27", "C12 Budget",
# or its item's number after the word, as a web page heads them: "Item 4: Hub performance report".
MINUTE_HEADING = re.compile(r"^\s*(?:Item\s+)?[A-Z]{0,4}\d{1,3}(?:/\d{2,4})?[.:)]?\s+[A-Za-z]")


def _without_minuted_items(title: list[Line], seg: Segment) -> list[Line]:
    """Minutes' title lines without the numbered minutes' headings under their heading (set
    bold as a masthead is, they are among the larger lines): the items the meeting took
    ("20. Service Performance Report") title the minutes' parts, not what the paper is."""
    heading = seg.heading if seg.heading is not None else seg.start
    below = {id(line) for _, _, line in seg.flat[heading + 1 : seg.end]}
    return [line for line in title
            if not (id(line) in below and MINUTE_HEADING.match(line.text))]


def _with_heading(lines: list[Line], seg: Segment) -> list[Line]:
    """The first TITLE_LINES of ``lines`` (the heading lines near the top) and, below them,
    the heading that named the document's kind if it is among ``lines`` but a long masthead
    (a bilingual one prints every line twice) pushed it past them: a careful reader sees
    "AGENDA" under the meeting's date and venue however many lines those take."""
    title = _own_first(lines, TITLE_LINES)
    if seg.heading is None:
        return title
    number, _, heading = seg.flat[seg.heading]
    # (below the lines scanned, only a heading in bold on the document's first page: an
    # agenda's under a masthead printed in two languages side by side, or a summons letter)
    if any(line is heading for line in title) or not (
            any(line is heading for line in lines)
            or (heading.bold and number == seg.page_from)):
        return title
    # set as a heading against its page's prose, not against a table's smaller cells (a
    # prose line wrapped onto "forward procurement plan for 2026/27." is no title)
    if heading.size is not None and not heading.bold and heading.size < HEADING_SIZE_RATIO * (
            _body_size(next(p.lines for p in seg.pages if p.number == number))):
        return title
    return [*title, heading]


def _own_head(seg: Segment) -> str | None:
    """The segment's first lines (as many characters as a document's head is read over)
    without the stamps printed over them; None where it holds no stamp there."""
    own: list[str] = []
    chars = 0
    stamped = False
    for _, _, line in islice(seg.flat, seg.start, seg.end):
        if chars >= HEAD_CHARS:
            break
        if line.stamp:
            stamped = True
            continue
        own.append(line.text)
        chars += len(line.text) + 1  # and its newline
    return "\n".join(own) if stamped else None


def _own_first(lines: Iterable[Line], count: int) -> list[Line]:
    """The first ``count`` of the document's own lines, with the stamps printed among them. A
    stamp over the first line ("Board Members Only", bold) takes no line's place: counted, it
    pushed a masthead's last heading ("Agenda") out of the title lines. It is kept, as its
    words may say what the paper is ("Appendix B", "Agenda Item 5")."""
    first: list[Line] = []
    own = 0
    for line in lines:
        if own == count:
            break
        first.append(line)
        own += not line.stamp
    return first


MINUTES_LINE = re.compile(r"^\s*Minutes\s+of\s+the\s+meeting\b", re.I)
# The body alone ("CABINET"), a date alone (perhaps after its time: "10.00 am, Thursday 1
# October 2026"), "Agenda item 6" (a town council's "Agenda item 24/124"), "Paper B" (its
# letter in the agenda's "Paper" column): what a paper is for, not its title.
NOT_A_TITLE = re.compile(
    r"^\s*(?:(?:[A-Z][\w&\'-]*,?\s+){0,6}(?:Committee|Cabinet|Board|Panel|Council|Forum)|"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm),?\s+)?(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|(?:Agenda\s+)?item\s+(?:No\.?\s*)?\w+(?:[./]\w+)?"
    r"|Paper\s+(?:[A-Z]|\d{1,3}))"
    r"\s*$",
    re.I,
)


def title_of(seg: Segment) -> str | None:
    # a stamp over the first line ("Board Members Only") is no title
    # (a label cell wrapped over two lines, "REPORT" over "TITLE:", read as its one line)
    lines = [line.text for _, line in rejoin_wrapped_labels(seg.lines[:TITLE_SEARCH_LINES])
             if not line.stamp]
    at = moderngov.heading_index(lines)
    if at is not None and at + 1 < len(lines):
        # a ModernGov page's title follows its heading
        return lines[at + 1].strip()[:TITLE_MAX_CHARS]
    for n, s in enumerate(lines):
        if re.match(r"^\s*Subject\s+Matter\s*/\s*Title\s+of\s+Decision", s, re.I):
            rest = s.split(":", 1)[1].strip() if ":" in s else ""
            following = lines[n + 1].strip() if n + 1 < len(lines) else ""
            if rest.endswith(("–", "-", ",", "and", "of")):  # the title wraps onto the next line
                return f"{rest} {following}"
            return rest or following or None
        m = SUBJECT.match(s)
        if m:
            value = m.group(2).strip()
            if not value and n + 1 < len(lines):
                value = lines[n + 1].strip()
            if value:
                return value
    if seg.kind == "minutes":
        heading = next((s for s in lines if MINUTES.match(s) or MINUTES_LINE.match(s)
                        or MINUTES_OF_BODY.match(s)), None)
        if heading:
            return heading.strip()[:TITLE_MAX_CHARS]
    for s in lines:
        if COUNCIL_LINE.match(s) or MEETING_MASTHEAD.match(s) or MEETING_DATED.match(s):
            continue  # "Kent County Council" above "Quarterly Performance Report" is not a title
        if seg.kind != "agenda" and any(NOT_A_TITLE.match(half) for half in halves(s)):
            continue  # an agenda is titled by its meeting; a report by its subject
        if _running_head(s):
            continue
        if s.strip() and not re.match(r"^\s*(Page\s+\d+|\d+)\s*$", s):
            return s.strip()[:TITLE_MAX_CHARS]
    return None


# A pack's running head over every page, its parts set off by strokes: "Okebourne County
# Council | Cabinet | 25 January 2028", "City of Banksia Heights | Audit, Risk and Improvement
# Committee | Thursday, 20 November 2025": the meeting, never a paper's subject. It names the
# body and the date side by side (a title naming its subject between them, "Cabinet | Budget
# 2027 | 25 January 2028", is the paper's own).
RUNNING_HEAD_STROKE = re.compile(r"\s+\|\s+")
_DATE_ALONE = re.compile(
    r"^(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}$")


def _body_alone(part: str) -> bool:
    return bool(NOT_A_TITLE.match(part)) and not _DATE_ALONE.match(part)


def _running_head(text: str) -> bool:
    """Whether a line is a pack's running head of meeting and date ("Council | Cabinet |
    25 January 2028"): two neighbouring parts, one the body's name and one the date alone."""
    parts = [part.strip() for part in RUNNING_HEAD_STROKE.split(text.strip())]
    return any(_body_alone(body) and _DATE_ALONE.match(date)
               for pair in pairwise(parts) for body, date in (pair, pair[::-1]))
