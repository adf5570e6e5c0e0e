"""Split a file into its documents and classify each one.

An agenda pack is an agenda, the minutes of the last meeting and a report per item (with its
appendices). Where each document starts (its heading, its publisher's stamp) is decided in
segment_starts; here the spans between starts become Segments (front matter that is only a
masthead or a cover letter joins the first document, blank pages are dropped), classify
weighs the kind of each, and each is given its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from kcc_papers.classify import (
    AGENDA_TABLE_HEADER,
    DATED_AGENDA,
    HEAD_CHARS,
    TITLE_LINES,
    classify,
)
from kcc_papers.classify.decision_records import RECOMMENDATION_HEADING
from kcc_papers.load.model import Line, Page, Source, Table
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.segment_starts import _find_starts
from kcc_papers.segment_starts.browser_prints import find_print_starts
from kcc_papers.segment_starts.covers import (
    CONTENTS_COVER,
    MASTHEAD_LIST_LABEL,
    contents_page,
    listed_under_label,
)
from kcc_papers.segment_starts.exempt_notes import withheld_note_page
from kcc_papers.segment_starts.exempt_sentences import withheld_sentence_page
from kcc_papers.segment_starts.header_labels import rejoin_wrapped_labels
from kcc_papers.segment_starts.heading_kinds import (
    COVER_LINES,
    MINUTES,
    MINUTES_OF_BODY,
    OTHER,
    SUBJECT,
)
from kcc_papers.segment_starts.layout import HEADING_SIZE_RATIO, _body_size, _spaced_heading
from kcc_papers.segment_starts.next_meeting_pages import next_meeting_page
from kcc_papers.segment_starts.paged_contents import (
    lists_items,
    meeting_named_again,
    paged_contents,
)
from kcc_papers.segment_starts.report_heads import MEETING_DATED
from kcc_papers.segment_starts.stand_in_notices import correction_titled, notice_stand_in
from kcc_papers.segment_starts.wrapped_fields import wrapped_field_lines

BLANK_PAGE = re.compile(r"this page is intentionally left blank", re.I)
# The words a stand-in's title may name its paper by before "to follow" ("Minutes of 8th May
# 2028 -"): more, and the line is a sentence.
PLACEHOLDER_NAME_WORDS = 6
# A paper's stand-in, titled as to follow: "MINUTES TO FOLLOW", "Report to follow", "Item 2 -
# Minutes to follow", "Appendix 2 to follow" (a few words naming the paper, its number or its
# item's among them, then the words).
PLACEHOLDER_TITLE = re.compile(
    rf"^[^\S\n]*(?:\S+[^\S\n]+){{0,{PLACEHOLDER_NAME_WORDS}}}?to[^\S\n]+follow\W*$", re.I)
# ... on a page of no more lines than these (its stamp, title, a sentence, running heads).
PLACEHOLDER_MAX_LINES = 8
# Front matter before the first heading that is only a masthead: a few short lines (a long one
# is body text, unless it is the notice of the meeting).
MASTHEAD_MAX_LINES = 12
MASTHEAD_LINE_CHARS = 120
# A title is looked for among a document's first TITLE_SEARCH_LINES lines and cut to
# TITLE_MAX_CHARS (a run-on line that swallowed body text is no longer a title).
TITLE_SEARCH_LINES = 40
TITLE_MAX_CHARS = 200


@dataclass(slots=True)
class Segment:
    """A document inside a file: a span of lines, with the pages it covers."""

    source: Source
    kind: str
    start: int  # index into the flat line list of the source
    end: int  # exclusive
    flat: list[tuple[int, int, Line]] = field(repr=False)
    title: str | None = None
    # the line whose words named the document's kind (its "AGENDA" heading), if one did
    heading: int | None = None

    @property
    def lines(self) -> list[tuple[int, Line]]:
        return [(p, line) for p, _, line in self.flat[self.start : self.end]]

    @property
    def text(self) -> str:
        return "\n".join(line.text for _, _, line in self.flat[self.start : self.end])

    @property
    def stream_lines(self) -> list[str]:
        """Lines in content-stream order (PDF pages of the segment); same as lines otherwise."""
        if self.source.format != "pdf":
            return [line.text for _, line in self.lines]
        return [s for page in self.pages for s in page.stream_lines]

    @property
    def page_from(self) -> int:
        return self.flat[self.start][0] if self.end > self.start else 1

    @property
    def page_to(self) -> int:
        return self.flat[self.end - 1][0] if self.end > self.start else 1

    @property
    def pages(self) -> list[Page]:
        return [p for p in self.source.pages if self.page_from <= p.number <= self.page_to]

    def tables(self) -> Iterator[Table]:
        """Tables inside the segment (text tables by line, PDF tables by page)."""
        for page in self.pages:
            yield from self.tables_on(page)

    def tables_on(self, page: Page, tables: list[Table] | None = None) -> list[Table]:
        """The tables of one of the segment's pages (or ``tables``, read from the page another
        way) that lie inside the segment: on its first and last page, a table above its first
        line or below its last belongs to a neighbour."""
        first_line = self.flat[self.start][1] if self.end > self.start else 0
        last_line = self.flat[self.end - 1][1] if self.end > self.start else 0
        out = []
        for table in page.tables if tables is None else tables:
            at = _table_line(page, table)
            if page.number == self.page_from and at is not None and at < first_line:
                continue
            if page.number == self.page_to and at is not None and at > last_line:
                continue
            out.append(table)
        return out


def _table_line(page: Page, table: Table) -> int | None:
    if table.bbox is None:
        return table.first_line
    top = table.bbox[1]
    for i, line in enumerate(page.lines):
        if line.top is not None and line.top >= top - 1:
            return i
    return len(page.lines)


def flatten(source: Source) -> list[tuple[int, int, Line]]:
    return [(page.number, i, line) for page in source.pages for i, line in enumerate(page.lines)]


def segment(source: Source) -> list[Segment]:
    """Split a source into documents. One segment means the file is a single document."""
    flat = flatten(source)
    paged = source.format == "pdf" or len(source.pages) > 1
    headings: dict[int, int] = {}
    by_number = {page.number: page for page in source.pages}
    # (a page's tables read only if asked: reading them is slow, and may fail on a damaged page)
    tables = lambda n: by_number[n].tables  # noqa: E731
    # (a run of web pages printed from a browser: each print split as a file of its own)
    prints = find_print_starts(flat, paged, headings, tables, _find_starts)
    if prints is None:
        starts, web_page = _find_starts(flat, paged, headings, tables)
        web_pages = {0} if web_page else set()
    else:
        starts, web_pages = prints
    blanks = _blank_pages(flat)
    if not starts or starts[0][0] > 0:
        # Front matter before the first heading belongs to the first document (or is the file).
        first_kind = starts[0][1] if starts and (
            _front_matter_only(flat, starts[0][0]) or _cover_letter(flat, starts[0])) else None
        if first_kind:
            if starts[0][0] in headings:
                headings[0] = headings.pop(starts[0][0])
            starts[0] = (0, first_kind)
        elif starts and starts[0][1] == "agenda" and contents_page(
                [line.text for _, _, line in flat[:starts[0][0]]]):
            # the pack's cover listing its papers before the agenda: no document (the agenda
            # names the papers; its items are read from the agenda, not the cover)
            starts.insert(0, (0, CONTENTS_COVER))
        else:
            starts.insert(0, (0, ""))
    segments = []
    for n, (begin, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        while end > begin and (end - 1) in blanks:
            end -= 1
        segments.append(Segment(source, kind, begin, end, flat, heading=headings.get(begin)))
    # What the file's own cover says it is (a statement of accounts) weighs on every part.
    cover = title_lines(segments[0])
    for seg in segments:
        # A ModernGov page's own heading says what it is, word for word, whatever its subject's
        # clues say: an agenda item's page is the item's decision, a performance report's
        # item printing its scorecard too.
        if not (seg.start in web_pages and seg.kind) and seg.kind != CONTENTS_COVER:
            seg.kind = classify(seg.text, seg.kind, title_lines(seg), cover, _own_head(seg))
        seg.title = title_of(seg)
        # (a paper reissued under the word, printing its recommendation under its heading,
        # is still the report it was)
        if correction_titled(seg.title) and not RECOMMENDATION_HEADING.search(seg.text):
            seg.kind = OTHER
    _join_contents_cover(segments)
    return [s for s in segments if s.end > s.start and not _placeholder(s)
            and not _exempt_stand_in(s) and s.kind != CONTENTS_COVER] or segments[:1]


def _join_contents_cover(segments: list[Segment]) -> None:
    """The pack's first part, its cover and contents page in a page column (paged_contents),
    read as a document before the agenda it lists the papers of: no document of its own (the
    agenda names the papers) but the agenda's cover, whose masthead names the meeting; where
    its entries are numbered as the agenda's items and the pack's running head names the
    meeting over the agenda too, it is dropped instead (joined, each item was read twice)."""
    lines = segments[0].text.splitlines() if len(segments) > 1 else []
    if not (lines and segments[1].kind == "agenda" and segments[0].kind in ("agenda", OTHER)
            and paged_contents(lines)):
        return
    if not (lists_items(lines) and meeting_named_again(
            segments[0].flat, segments[0].start, segments[1].start)):
        segments[1].start = segments[0].start
    segments[0].kind = CONTENTS_COVER


def _placeholder(seg: Segment) -> bool:
    """A page standing in for an item's paper not yet published ("MINUTES TO FOLLOW" over
    "The minutes ... will be circulated separately"): its title says the paper is to follow,
    and it has no more than a few lines. It is no document (the agenda's item names the
    paper); the paper, when it comes, is one."""
    if seg.end - seg.start > PLACEHOLDER_MAX_LINES:
        return False
    titled = seg.title is not None and PLACEHOLDER_TITLE.match(seg.title) is not None
    # (or the notice under the item's own title: "REPORT TO FOLLOW", "NOT FOR PUBLICATION";
    # not a short agenda's, whose "4 Clerk's report to follow" is one of the items it lists)
    # (or the page of the next meeting's item, its date alone: the agenda names it)
    return titled or (seg.kind != "agenda" and (notice_stand_in(seg.text)
                                                or next_meeting_page(seg.text)))


# A pack's page standing in for its exempt business: the motion to exclude the press and
# public ("RECOMMENDED - that the press and public be excluded for item 8") over the exempt
# item's heading and its note that its paper is not published ("NOT FOR PUBLICATION").
EXCLUSION_MOTION = re.compile(
    r"\bpublic\s+be\s+excluded\b|\bexclu(?:sion|de)\s+(?:of\s+)?the\s+(?:press\s+and\s+)?public\b",
    re.I)
RESTRICTED = re.compile(r"\bdocument\s+is\s+restricted\b", re.I)
NOT_PUBLISHED = re.compile(r"\bnot\s+for\s+publication\b"
                           # (or none to exclude for: "There is no exempt business on this
                           # agenda", the item kept in case some arises)
                           r"|\bno\s+exempt\s+(?:business|items?|information)\b"
                           # (or ModernGov's "Document is Restricted")
                           rf"|{RESTRICTED.pattern}", re.I)
# Or ModernGov's own stand-in: the exempt-information paragraphs the item is withheld under
# ("By virtue of paragraphs 1 and 4 of Part 1 of Schedule 12A of the ... Act 1972") over
# "Document is Restricted". The citation alone is no stand-in: a short public report cites
# it for its exempt appendix ("Appendix B is not for publication by virtue of paragraph 3").
EXEMPT_PARAGRAPHS = re.compile(
    r"\bby\s+virtue\s+of\s+paragraphs?\b[^.\n]{0,80}\bSchedule\s+12A\b", re.I)
# ... on a page of no more lines than these (running heads, two headings, a sentence each)
EXEMPT_STAND_IN_MAX_LINES = 12


def _exempt_stand_in(seg: Segment) -> bool:
    """A few lines moving the exclusion of the press and public over an exempt item whose
    paper is not published: the agenda names those items, and nothing of them is printed,
    so the page is no document of its own (like a paper's stand-in "to follow")."""
    if seg.end - seg.start > EXEMPT_STAND_IN_MAX_LINES:
        return False
    text = seg.text
    if (EXEMPT_PARAGRAPHS.search(text) and RESTRICTED.search(text)) or withheld_note_page(
            text) or withheld_sentence_page(text):
        return True
    return EXCLUSION_MOTION.search(text) is not None and NOT_PUBLISHED.search(text) is not None


def _blank_pages(flat: list[tuple[int, int, Line]]) -> set[int]:
    """The lines saying the page is left blank. The words never wrap onto a second line, so
    a file without them anywhere (most) is looked at once, not line by line."""
    if not BLANK_PAGE.search("\n".join(line.text for _, _, line in flat)):
        return set()
    return {i for i, (_, _, line) in enumerate(flat) if BLANK_PAGE.search(line.text)}


def _front_matter_only(flat: list[tuple[int, int, Line]], first: int) -> bool:
    """A few short lines (committee, date, venue, the notice of the meeting) before the first
    heading are its masthead; not a table of items under its header row ("No. | Item |
    Report No."), which is an agenda of its own, however short."""
    before = flat[:first]
    # (a membership list's entries on lines of their own under its label are one item of it)
    listed = listed_under_label([line.text for _, _, line in before])
    # (and a field's value wrapped onto the lines below its label's is one field of it)
    listed += wrapped_field_lines([line.text for _, _, line in before])
    return len(before) - listed <= MASTHEAD_MAX_LINES and not any(
        AGENDA_TABLE_HEADER.match(line.text) for _, _, line in before) and all(
        len(line.text) < MASTHEAD_LINE_CHARS or MEETING_NOTICE.search(line.text)
        or MASTHEAD_LIST_LABEL.match(line.text)
        for _, _, line in before
    )


def _cover_letter(flat: list[tuple[int, int, Line]], start: tuple[int, str]) -> bool:
    """A despatch letter over an agenda ("Dear Member, ... You are invited to attend a
    meeting of the ... Joint Committee to be held ..."), its notice's sentence wrapped over
    lines, a notice titled as one ("NOTICE OF MEETING"), or a web page's masthead naming its
    dated agenda: the agenda's cover, not a document of its own."""
    first, kind = start
    if kind != "agenda" or first > COVER_LINES:
        return False
    text = " ".join(line.text for _, _, line in flat[:first])
    return bool(MEETING_NOTICE.search(text)) or any(
        DATED_AGENDA.match(line.text) or NOTICE_TITLE.match(line.text)
        for _, _, line in flat[:first]) or any(
        NOTICE_DATE_LINE.match(line.text) for _, _, line in flat[:min(first, NOTICE_DATE_TOP)])


# "A meeting of the Panel will be held at <venue> on <date>": a notice's masthead sentence,
# however long, names the meeting the agenda below it is for.
MEETING_NOTICE = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?[A-Z][^.]{0,120}?\b(?:will|to)\s+be\s+held\b"
    # a summons: "You are hereby summoned to attend the meeting of ... to be held in ..."
    r"|\bsummoned\s+to\s+attend\b")


# A notice titled as one ("NOTICE OF MEETING") over the meeting's labelled block and its
# members: the agenda's cover, however many lines the members take.
NOTICE_TITLE = re.compile(r"^\s*Notice\s+of\s+(?:the\s+)?Meeting\s*$", re.I)


# A notice's date line in its masthead, the meeting's weekday, date and time ("Wednesday 20th
# October 2027 at 10.00 am", "Date: Wednesday 20 October 2027, 10:00", "... 2027 - 2.00 pm")
# under the body's name: the masthead of the agenda below it, however many lines its members
# and contacts take (a report's or minutes' date has no time).
NOTICE_DATE_LINE = re.compile(
    r"^[^\S\n]*(?:Date(?:[^\S\n]+and[^\S\n]+time)?[^\S\n]*:[^\S\n]*)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+\d{1,2}(?:st|nd|rd|th)?"
    r"[^\S\n]+[A-Z][a-z]+,?[^\S\n]+\d{4}[^\S\n]*(?:(?:,|[-–—]|at\b)[^\S\n]*)?(?:at[^\S\n]+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}\b)", re.I)
# ... among the masthead's first lines.
NOTICE_DATE_TOP = 5


COUNCIL_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+\s+){1,4}(?:County|City|Borough|District|Community|Town|Parish)\s+"
    r"Council\s*$",
    re.I,
)
# "CORPORATE PARENTING PANEL– 14 November 2025": the meeting a paper is for, not its title.
MEETING_MASTHEAD = re.compile(
    r"^\s*(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Council|Board|Panel|Forum|Commission)"
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
        if s.strip() and not re.match(r"^\s*(Page\s+\d+|\d+)\s*$", s):
            return s.strip()[:TITLE_MAX_CHARS]
    return None
