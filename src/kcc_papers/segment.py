"""Split a file into its documents and classify each one.

An agenda pack is an agenda, the minutes of the last meeting and a report per item (with its
appendices). Documents are found by what they say about themselves: an "AGENDA" heading, a
"MINUTES of a meeting" line, a report's "From:/To:/Subject:" block, a "RECORD OF DECISION";
and by what its publisher stamps on it: "Agenda Item 5" (CMIS: "Item 5") at the top of an
item's first page, an appendix headed in the type of the pack's paper titles.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kcc_papers.load.model import Line, Page, Source, Table
from kcc_papers.normalise import moderngov
from kcc_papers.normalise.bilingual import halves
from kcc_papers.normalise.needles import lowered

# A document heading counts only near the top of a PDF page; text exports lose page breaks.
TOP_OF_PAGE = 12
BLANK_PAGE = re.compile(r"this page is intentionally left blank", re.I)

AGENDA = re.compile(
    # (not a report's "AGENDA ITEM 5: ..." line, but "AGENDA ITEMS" over an agenda's items)
    r"^\s*(AGENDA|Agenda)\s*$|^\s*AGENDA\b(?!\s+item)(?!\s+ITEM\s+(?:NO\.?\s*)?[A-Z]?\d)"
    r"|^\s*A\s+G\s+E\s+N\s+D\s+A\s*$", re.M
)
# A summons cover, its title wrapped over several lines: "Summons to and / Agenda for an /
# Extraordinary / Meeting on ...".
AGENDA_COVER = re.compile(
    r"^\s*(?:Summons\s+to\s+and\s+)?Agenda\s+for\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?Meeting\b",
    re.I,
)
COVER_TITLE_LINES = 5
# A cover, then the agenda itself a page or two on: one document, not two.
COVER_LINES = 30
# A heading of the same kind this close below the last one repeats it.
RUNNING_HEAD_LINES = 8
# "Minutes of the previous/last meeting" is an agenda item, not a heading.
MINUTES = re.compile(
    # Scottish councils print the singular: "MINUTE OF MEETING of the ... held"; minutes not
    # yet confirmed say so first: "DRAFT MINUTES of the Ordinary Meeting of ..."
    r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s+of\s+(?:(a|an|the)\s+|(?=Meeting\s+of\b))"
    # (nor is it wrapped before its date: "Minutes of the meeting held" in a table's cell)
    r"(?!(?:the\s+)?(?:(?:previous|last)\b|meeting\s+held(?:\s+on\b|\s*$)))\S",
    re.I,
)
# The word alone on its line, the rest of the heading's sentence on the next.
MINUTES_WORD = re.compile(r"^\s*(?:(?:DRAFT|UNCONFIRMED|UNAPPROVED)\s+)?MINUTES?\s*$", re.I)
# "From:" can end a line when a text export glued two pages together.
REPORT_FROM = re.compile(r"^\s*(From|By)\s*:?\s+\S|\sFrom:\s+[A-Z]")
# What every match of REPORT_FROM prints (as written): a line without either is not searched.
REPORT_FROM_WORDS = ("From", "By")
REPORT_TO = re.compile(r"^\s*To\s*:?\s+\S|^\s*REPORT\s+TO\s*:", re.I)
# The label, not a sentence that starts "subject to the following amendment".
SUBJECT = re.compile(r"^\s*(Subject|TITLE|Report\s+title)(?!\s+to\b)\s*:?\s*(.*)$", re.I)
# A form a pack encloses after a report that is no committee paper itself: it heads its own
# first page (within FORM_TOP lines) and yields no records.
NOT_A_PAPER = re.compile(
    r"^\s*(?:EQIA\s+Submission\s+Form|Equality\s+(?:Impact\s+)?(?:Assessment|Analysis)"
    r"(?:\s+(?:Form|Template))?)\s*$",
    re.I,
)
FORM_TOP = 3
# The labelled header block other councils open a report with; REPORT_LABELS_MIN of them
# within LABEL_WINDOW lines start one.
_REPORT_LABEL_WORDS = (
    r"(?:Report\s+to|Meeting(?:\s+date)?|Committee|Date\s+of\s+(?:the\s+)?meeting|Report\s+of|"
    r"Responsible\s+(?:executive|director|officer)|Report\s+"
    r"(?:author|by|title)|Author|Lead\s+officer|Title(?:\s+of\s+(?:the\s+)?report)?|Subject|Wards?\s+affected|"
    r"Key\s+decision|Classification|Portfolio(?:\s+holder)?|Cabinet\s+Member|Decision\s+maker|"
    r"Purpose(?:\s+of\s+(?:the\s+)?report)?)")
REPORT_LABEL = re.compile(rf"^\s*{_REPORT_LABEL_WORDS}\s*:", re.I)
REPORT_LABELS_MIN = 3
# The same labels as a cover sheet's table prints them, label and value in two columns and
# no colon ("Meeting | Corporate Parenting Panel", "Report by | ..."): LABEL_ROWS_MIN such
# rows within LABEL_WINDOW lines of a page's top start a report (more than the colon's
# REPORT_LABELS_MIN, as a bare word may start a line of prose).
REPORT_LABEL_ROW = re.compile(rf"^\s*(?P<label>{_REPORT_LABEL_WORDS})(?:\s+\S.*)?$", re.I)
LABEL_ROWS_MIN = 4
LABEL_WINDOW = 10
COMMITTEE_REPORT = re.compile(r"^\s*(Committee\s+Report|REPORT\s+TO\s*:)", re.I)
# A report's heading naming the meeting it goes to, on a line of its own: "Report to Corporate
# Resources Scrutiny Panel - 16th March 2026" (the body's name, then perhaps the date).
REPORT_TO_MEETING = re.compile(
    r"^\s*Report\s+to\s+(?:the\s+)?(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Council|Board|"
    r"Panel|Forum|Commission|Authority)(?:\s*[–—,-]\s*(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]+,?\s+\d{4})?\s*$"
)
# "Minutes of the meeting held on <date>" is an agenda's item, unless who was present follows
# within PRESENT_WITHIN lines: then it heads the minutes themselves (under their masthead).
MINUTES_HELD = re.compile(r"^\s*Minutes\s+of\s+the\s+meeting\s+held\s+on\b", re.I)
PRESENT_LABEL = re.compile(r"^\s*(?:Members\s+)?Present\s*:", re.I)
PRESENT_WITHIN = 3
RECORD_OF_DECISION = re.compile(
    r"^[\w\s–-]*\b(PROPOSED\s+)?RECORD\s+OF\s+DECISION\s*$|^\s*Decision\s+Recording\s+Form\s*$"
    # who took it between: "RECORD OF AN OFFICER KEY DECISION", "Record of Executive Decision"
    r"|^\s*RECORD\s+OF\s+(?:(?:AN?|THE)\s+)?(?:(?:OFFICER|EXECUTIVE|KEY|DELEGATED|INDIVIDUAL|"
    r"CABINET\s+MEMBER|PORTFOLIO\s+HOLDER|LEADER'?S?|MAYORAL|NON-KEY)\s+){1,3}DECISION\s*$",
    re.I,
)
# A hearing's outcome set as a heading of its own: "NOTICE OF DETERMINATION", "Notice of
# Decision", "DECISION NOTICE" (a licensing sub-committee's, a planning authority's).
DECISION_NOTICE = re.compile(
    r"^\s*(?:NOTICE\s+OF\s+(?:THE\s+)?(?:[\w-]+\s+)?(?:DETERMINATION|DECISION)|"
    r"(?:DECISION|DETERMINATION)\s+NOTICE)\s*$", re.I)
# Minutes titled by their body, then the word: "Housing Scrutiny Committee - Minutes"; not
# numbered as an agenda's item ("5. Audit Committee - minutes").
BODY_MINUTES = re.compile(
    r"^\s*(?:[A-Z][\w&'’-]*\s+){0,7}(?:Committee|Sub-Committee|Board|Panel|Council|Cabinet|"
    r"Forum|Commission|Authority)\s*[–—:-]\s*(?:(?:DRAFT|UNCONFIRMED)\s+)?Minutes?\s*$", re.I)
ISSUE_DETAILS = re.compile(r"^\s*(Issue\s+details|Decision\s+details)\s*$", re.I)
# How far below a heading line the labels that confirm it are looked for: a report's "To:"
# within HEADING_TO_LINES lines of its "From:", its "Subject:" within HEADING_WINDOW.
HEADING_WINDOW = 14
HEADING_TO_LINES = 10
# A heading is a short line: longer, "record of decision" or "agenda" is a sentence using it.
DECISION_HEADING_CHARS = 80
AGENDA_HEADING_CHARS = 60
# Front matter before the first heading that is only a masthead: a few short lines (a long one
# is body text, unless it is the notice of the meeting).
MASTHEAD_MAX_LINES = 12
MASTHEAD_LINE_CHARS = 120
# In text (no page breaks), a masthead is at most this many short capitalised lines above a
# heading; a longer capitalised line is a heading or body text of its own.
TEXT_MASTHEAD_LINES = 3
TEXT_MASTHEAD_CHARS = 80
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

    def tables_on(self, page: Page) -> list[Table]:
        """The tables of one of the segment's pages that lie inside the segment: on its first
        and last page, a table above its first line or below its last belongs to a neighbour."""
        first_line = self.flat[self.start][1] if self.end > self.start else 0
        last_line = self.flat[self.end - 1][1] if self.end > self.start else 0
        out = []
        for table in page.tables:
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
    starts, web_page = _find_starts(flat, paged)
    blanks = _blank_pages(flat)
    if not starts or starts[0][0] > 0:
        # Front matter before the first heading belongs to the first document (or is the file).
        first_kind = starts[0][1] if starts and (
            _front_matter_only(flat, starts[0][0]) or _cover_letter(flat, starts[0])) else None
        if first_kind:
            starts[0] = (0, first_kind)
        else:
            starts.insert(0, (0, ""))
    segments = []
    for n, (begin, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        while end > begin and (end - 1) in blanks:
            end -= 1
        segments.append(Segment(source, kind, begin, end, flat))
    # What the file's own cover says it is (a statement of accounts) weighs on every part.
    cover = title_lines(segments[0])
    for seg in segments:
        hint = seg.kind
        seg.kind = classify(seg.text, seg.kind, title_lines(seg), cover)
        if web_page and seg.kind == OTHER:
            seg.kind = hint  # a ModernGov page's own heading says what it is, word for word
        seg.title = title_of(seg)
    return [s for s in segments if s.end > s.start] or segments[:1]


def _blank_pages(flat: list[tuple[int, int, Line]]) -> set[int]:
    """The lines saying the page is left blank. The words never wrap onto a second line, so
    a file without them anywhere (most) is looked at once, not line by line."""
    if not BLANK_PAGE.search("\n".join(line.text for _, _, line in flat)):
        return set()
    return {i for i, (_, _, line) in enumerate(flat) if BLANK_PAGE.search(line.text)}


def _front_matter_only(flat: list[tuple[int, int, Line]], first: int) -> bool:
    """A few short lines (committee, date, venue, the notice of the meeting) before the first
    heading are its masthead."""
    before = flat[:first]
    return len(before) <= MASTHEAD_MAX_LINES and all(
        len(line.text) < MASTHEAD_LINE_CHARS or MEETING_NOTICE.search(line.text)
        for _, _, line in before
    )


def _cover_letter(flat: list[tuple[int, int, Line]], start: tuple[int, str]) -> bool:
    """A despatch letter over an agenda ("Dear Member, ... You are invited to attend a
    meeting of the ... Joint Committee to be held ..."), its notice's sentence wrapped over
    lines: the agenda's cover, not a document of its own."""
    first, kind = start
    text = " ".join(line.text for _, _, line in flat[:first])
    return kind == "agenda" and first <= COVER_LINES and bool(MEETING_NOTICE.search(text))


# "A meeting of the Panel will be held at <venue> on <date>": a notice's masthead sentence,
# however long, names the meeting the agenda below it is for.
MEETING_NOTICE = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?[A-Z][^.]{0,120}?\b(?:will|to)\s+be\s+held\b"
    # a summons: "You are hereby summoned to attend the meeting of ... to be held in ..."
    r"|\bsummoned\s+to\s+attend\b")


# The stamp a pack's publisher prints at the top of an item's first page, alone on its line
# ("Agenda Item 5", "Agenda Item 5a"); the pages after it, and an appendix stamped with the
# same number, are that item's.
# CMIS prints "Item 4", and "Item 6 - Appendix 1" over the item's appendix.
ITEM_STAMP = re.compile(
    # (a planning pack's sub-items: "Item 6.1", one application each)
    r"^\s*(?P<agenda>Agenda\s+)?Item\s+(?:No\.?\s*)?(?P<item>[A-Z]?(?P<number>\d{1,3})"
    r"(?:\.\d{1,2})?[a-z]?)(?:\s*[-–—:]\s*(?:Appendix|Annex)\b.*)?\s*$", re.I)
# ... within the first lines of its page (above the masthead, or a running head above it).
ITEM_STAMP_TOP = 3


def _item_stamp(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> str | None:
    """The item number line ``i`` stamps, if it is a publisher's stamp at a page's top. "Item
    4" without "Agenda" is a stamp only in the page's body type, not bold: so set, it is no
    minute's heading. A publisher stamps a page once: a page with more such lines lists items
    (an agenda printing "Item 11" over each title, running onto a page of its own)."""
    _, idx, line = flat[i]
    if not paged or idx >= ITEM_STAMP_TOP or "item" not in line.text.lower():
        return None
    # a bilingual stamp prints either language first: "Eitem Agenda / Agenda Item 4"
    m = next(filter(None, (ITEM_STAMP.match(half) for half in halves(line.text))), None)
    if not m:
        return None
    page = _page_lines(flat, i)
    if sum(bool(ITEM_STAMP.match(other.text)) for other in page) > 1:
        return None
    if not m.group("agenda") and not _over_labels(flat, i):
        sizes = sorted(other.size for other in page if other.size)
        if line.bold or not line.size or line.size > sizes[len(sizes) // 2]:
            return None
    return m.group("item").lower()


# A report's labelled header: "Application number:<tab>NP/26/0088/FUL", "Case officer: ...".
LABELLED_LINE = re.compile(r"^\s*(?:[\w.()/&'’-]+[ \t]+){0,3}[\w.()/&'’-]+:[ \t]+\S")


def _over_labels(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether an "Item 6.1" heading stands over a labelled block of its own page (a
    planning application's "Application number:", "Site:", "Proposal:" ...): a report's
    header, however the item line is set; a minute's "Item 4" heading has its title and
    prose under it."""
    below = [line.text for page, _, line in flat[i + 1 : i + 1 + LABEL_WINDOW]
             if page == flat[i][0]]
    return sum(bool(LABELLED_LINE.match(text)) for text in below) >= REPORT_LABELS_MIN


def _page_lines(flat: list[tuple[int, int, Line]], i: int) -> list[Line]:
    """The lines of line ``i``'s page (a page's lines are together in ``flat``)."""
    page, idx, _ = flat[i]
    end = i
    while end < len(flat) and flat[end][0] == page:
        end += 1
    return [line for _, _, line in flat[i - idx : end]]


# An appendix's heading ("Appendix A - Performance scorecard", "APPENDIX 1"); a page that
# carries one on ("Appendix 1 (continued)") is no new start.
APPENDIX_HEADING = re.compile(
    r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b(?!.*\bcont(?:inued|\.|d)\b)", re.I)


# A paper tabled with the pack, titled as one ("Update Sheet - Planning Committee 7 May
# 2026", "Late Representations", "Supplementary Information", "Addendum Report"); set in
# title type at its page's top, it is its own document like an appendix so headed.
TABLED_PAPER = re.compile(
    r"^\s*(?:(?:Committee\s+|Planning\s+)?Update\s+(?:Sheet|Report|Note)|"
    r"(?:Late|Supplementary|Additional)\s+(?:Representations|Information|Items?|Papers?|"
    r"Reports?|Observations)|Addendum(?:\s+(?:Sheet|Report))?|Amendments?\s+Sheet)\b", re.I)
TABLED_WORDS = ("update", "late", "supplementary", "additional", "addendum", "amendment")


def _appendix_title(flat: list[tuple[int, int, Line]], i: int, heading: int | None,
                    paged: bool) -> bool:
    """Whether line ``i`` heads an appendix printed as a paper of its own: at its page's top,
    in the title type of the document before it (as large as the largest line on that
    document's first page). One headed in the type of a section heading is part of its
    report. A paper tabled with the pack (see TABLED_PAPER) says what it is in its title's
    words: in type as large as any on that first page and set apart from its own page's
    text, it is its own even after a report with no title type."""
    page, idx, line = flat[i]
    if not paged or heading is None or idx >= ITEM_STAMP_TOP or not line.size:
        return False
    lower = line.text.lower()
    appendix = ("app" in lower or "annex" in lower) and bool(APPENDIX_HEADING.match(line.text))
    if not appendix and not (any(word in lower for word in TABLED_WORDS)
                             and TABLED_PAPER.match(line.text)):
        return False
    first_page = flat[heading][0]
    if page == first_page:
        return False
    # the document's title type: the largest on its first page, if set apart from its body
    # (a report headed by its labels in body type has none, and its appendices are its own)
    first = sorted(other.size for p, _, other in flat if p == first_page and other.size)
    if not first or (appendix and first[-1] < HEADING_SIZE_RATIO * first[len(first) // 2]):
        return False
    if appendix and _sections_in(flat, first_page, first[-1]):
        return False  # its title in its sections' type: the appendix so headed is one more
    sizes = sorted(other.size for n, (p, _, other) in enumerate(flat)
                   if p == page and other.size and (appendix or n != i))
    if not sizes:
        return False
    return line.size >= first[-1] and line.size >= TITLE_SIZE_RATIO * sizes[len(sizes) // 2]


# A report's numbered section heading: "1. Purpose of the report", "2 Recommendation".
SECTION_HEADING = re.compile(r"^\s*\d{1,2}\.?\s+[A-Z][^.;:]{0,60}$")
# Type sizes this close (points) are one type.
SAME_SIZE_POINTS = 0.2


def _sections_in(flat: list[tuple[int, int, Line]], page: int, size: float) -> bool:
    """Whether a numbered section heading on ``page`` is set in type of ``size``."""
    return any(p == page and other.size and abs(other.size - size) < SAME_SIZE_POINTS
               and SECTION_HEADING.match(other.text) for p, _, other in flat)


def _agenda_under_cover(flat: list[tuple[int, int, Line]], i: int,
                        starts: list[tuple[int, str]]) -> bool:
    """An "AGENDA" heading further down the file's first page than a heading is looked for,
    under the letter that summons the members (its start is the letter's, see
    ``_cover_letter``)."""
    page, idx, line = flat[i]
    # (a bilingual heading may put the other language first: "RHAGLEN / AGENDA")
    return (not starts and page == flat[0][0] and idx < COVER_LINES
            and len(line.text) < AGENDA_HEADING_CHARS
            and any(AGENDA.match(half) for half in halves(line.text)))


# In text (no pages), a report's head: the meeting's masthead in capitals, then its item and
# title on one line ("AGENDA ITEM 5: CLERK'S FINANCE REPORT - MARCH 2026").
TITLED_STAMP = re.compile(
    r"^\s*Agenda\s+Item\s+(?:No\.?\s*)?[A-Z]?(?P<number>\d{1,3})[a-z]?\s*[:.–—-]\s+\S", re.I)
# A masthead line names a body ("ASHCOMBE REGIS TOWN COUNCIL", "FINANCE AND GENERAL PURPOSES
# COMMITTEE - 20.04.26").
MASTHEAD_BODY = re.compile(r"\b(?:COMMITTEE|COUNCIL|CABINET|BOARD|PANEL|FORUM|COMMISSION|"
                           r"AUTHORITY|PARTNERSHIP)\b")


def _titled_stamp(flat: list[tuple[int, int, Line]], i: int, agenda: int | None) -> bool:
    """Whether line ``i`` of a text file is a report's item and title under the masthead of
    its meeting (an agenda listing its items so has its heading, not a masthead, above; nor
    is a heading of its items in capitals a masthead: "MATTERS FOR DECISION BY THE COUNCIL"
    over the next item of the list, ``agenda`` the line that started that agenda)."""
    text = flat[i][2].text
    if "item" not in text.lower() or not (m := TITLED_STAMP.match(text)):
        return False
    start = _masthead_start(flat, i, False)
    if not (start < i and any(MASTHEAD_BODY.search(line.text) for _, _, line in flat[start:i])):
        return False
    return agenda is None or not _goes_on_from(flat[agenda:start], int(m.group("number")),
                                               TITLED_STAMP)


def _goes_on_from(lines: list[tuple[int, int, Line]], number: int,
                  stamp: re.Pattern[str]) -> bool:
    """Whether item ``number`` is past every item an agenda's ``lines`` list in its form
    (``stamp``: "Agenda Item 3: ...", "Item 3"): the list's next item. An item's paper after
    the agenda has one of the numbers it listed."""
    listed = [int(m.group("number")) for _, _, line in lines if (m := stamp.match(line.text))]
    return bool(listed) and number > max(listed)


# A report's head at a page's top where its publisher stamps no item: its title, then (within
# REPORT_HEAD_BELOW lines) whose report it is ("Report of the Licensing Manager", "Report by
# Gillian Nairn, Chief Officer", "Report author: ...") or which item of which meeting it is for
# ("Meeting of the Parish Council, 8th June 2026, agenda item 6").
REPORT_BY = re.compile(
    r"^\s*(?:Report\s+(?:of|by|from)\s*:?\s+(?:the\s+)?[A-Z]|Report\s+author\s*:\s*\S"
    # a clerk's or treasurer's paper: "TREASURER'S REPORT" over "Prepared by: Hamish Duthie"
    r"|Prepared\s+by\s*:\s*\S)"
    r"(?!.*[.;]\s*$)", re.I)
REPORT_FOR_ITEM = re.compile(
    r"^\s*(?:(?:Meeting|Report)\s+(?:of|to)\b|[^\n]{0,60}\b(?:Council|Committee|Board|Panel|"
    r"Cabinet)\b)[^\n]{0,80}?[,–—-]\s*(?:agenda\s+)?item\s+(?:No\.?\s*)?[A-Z]?\d{1,3}[a-z]?\s*$",
    re.I)
REPORT_HEAD_TOP = 6
# What every match of REPORT_BY or REPORT_FOR_ITEM holds (a line without any is not searched).
REPORT_HEAD_WORDS = ("report", "item", "prepared")
REPORT_HEAD_BELOW = 2
# A minute's or an agenda's heading is numbered ("M31 Allocations policy", "6. Budget"): its
# item's "Report of ..." line under it is no paper of its own.
NUMBERED_HEADING = re.compile(r"^\s*(?:[A-Z]{0,4}\s?\d[\d/.]*[a-z]?\b|\(?[a-z]\)|[ivx]+\.)", re.I)


def _report_head(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, says whose report it is or which item it is
    for, under a title line: an unnumbered heading (bold or larger than the page's body; in
    text, which has no type, in capitals)."""
    page, idx, line = flat[i]
    lower = line.text.lower()
    if idx >= REPORT_HEAD_TOP or not any(word in lower for word in REPORT_HEAD_WORDS):
        return False
    if not (REPORT_BY.match(line.text) or REPORT_FOR_ITEM.match(line.text)):
        return False
    sizes = sorted(other.size for p, _, other in flat[i - idx : i + TOP_OF_PAGE]
                   if p == page and other.size)
    body = sizes[len(sizes) // 2] if sizes else None
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


def _find_starts(flat: list[tuple[int, int, Line]],
                 paged: bool) -> tuple[list[tuple[int, str]], bool]:
    """Where each document starts and its kind by its heading; and whether the file is one
    ModernGov web page (by its page heading near the top)."""
    starts: list[tuple[int, str]] = []
    last_kind = None
    heading: int | None = None  # the line that started the current document
    stamp: str | None = None  # the item number last stamped at a page's top
    for i, (_, idx, line) in enumerate(flat):
        if paged and idx >= TOP_OF_PAGE and not _agenda_under_cover(flat, i, starts):
            continue
        page = (moderngov.page_heading(line.text)
                if i < moderngov.HEADING_WITHIN and not starts else None)
        if page:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, _page_kind(page.lastgroup or "", flat))], True
        if not paged and _titled_stamp(flat, i, heading if last_kind == "agenda" else None):
            starts.append((_masthead_start(flat, i, paged), "report"))
            last_kind, heading = "report", i
            continue
        item = _item_stamp(flat, i, paged)
        if item is not None and last_kind == "agenda" and _goes_on_from(
                flat[heading or 0 : i], int(re.sub(r"\D", "", item.split(".")[0])), ITEM_STAMP):
            continue  # the agenda's list goes on onto a page of its own ("Item 11")
        if item is not None:
            if item != stamp and starts:
                # a new item's paper; the heading under the stamp, if any, names its kind
                starts.append((i - idx, "report"))
                last_kind, heading = "report", i
            stamp = item
            continue
        if (paged and last_kind not in (None, "agenda") and starts and starts[-1][0] < i - idx
                and _report_head(flat, i)):
            starts.append((i - idx, "report"))  # a paper of its own, its publisher's stamp or not
            last_kind, heading = "report", i
            continue
        if paged and starts and starts[-1][0] < i - idx and _label_rows(flat, i):
            starts.append((i - idx, "report"))  # a cover sheet's table of labels
            last_kind, heading = "report", i
            continue
        if last_kind != "agenda" and _appendix_title(flat, i, heading, paged):
            starts.append((i - idx, "report"))  # its own words say what it is
            last_kind, heading = "report", i
            continue
        kind = _heading_kind(flat, i, heading if last_kind == "agenda" else None)
        if not kind:
            continue
        if starts and starts[-1][0] == i - idx and flat[heading or 0][0] == flat[i][0] and (
                paged and _item_stamp(flat, heading or 0, paged) is not None):
            # the heading under an item's stamp on the same page says what the paper is
            starts[-1] = (starts[-1][0], kind)
            last_kind, heading = kind, i
            continue
        if (kind == "report" and starts and i - starts[-1][0] <= LABEL_WINDOW
                and flat[i][0] == flat[starts[-1][0]][0] and _report_label(line.text)):
            continue  # the labelled block under a heading on its page is that document's header
        if kind == "appendix_like" or (starts and kind == last_kind and _same_document(
                kind, i - starts[-1][0], flat[i][0] != flat[starts[-1][0]][0])):
            continue
        starts.append((_masthead_start(flat, i, paged), kind))
        last_kind, heading = kind, i
    return starts, False


def _page_kind(page: str, flat: list[tuple[int, int, Line]]) -> str:
    """The kind of a ModernGov page; an "Agenda and (draft) minutes" page whose items hold no
    "Minutes:" yet is the agenda, and an issue's page that prints the decision taken is that
    decision (a forward plan's entry says only what is to be decided, and when)."""
    if page == "agenda_and_minutes" and not any(
            AGENDA_ITEM_MINUTES.match(line.text) for _, _, line in flat):
        return "agenda"
    if page == "issue_details" and _decision_printed([line.text for _, _, line in flat]):
        return "decision"
    return moderngov.PAGE_KINDS[page]


# An issue page's "Decision:" label, its text on the line or the next; and its "Decision
# status:" when it says the decision is still to come.
DECISION_LABEL = re.compile(r"^\s*Decision\s*:\s*(?P<text>.*)$", re.I)
PENDING_STATUS = re.compile(
    r"^\s*Decision\s+status\s*:.*\b(?:pending|for\s+determination|not\s+yet|deferred|"
    r"withdrawn|abandoned|called\s+in)\b", re.I)
# A decision's text is a sentence, not a one-word value ("Decision: Key").
DECISION_TEXT_WORDS = 4


def _decision_printed(texts: list[str]) -> bool:
    """Whether an issue's page prints the decision taken: a "Decision:" label over the words
    of the decision, and no status saying it is yet to be taken."""
    if any(PENDING_STATUS.match(t) for t in texts):
        return False
    for n, text in enumerate(texts):
        label = DECISION_LABEL.match(text)
        if not label:
            continue
        words = label.group("text").strip() or (texts[n + 1].strip() if n + 1 < len(texts) else "")
        if len(words.split()) >= DECISION_TEXT_WORDS or words.endswith(":"):
            return True
    return False


def _same_document(kind: str, lines_since_start: int, new_page: bool) -> bool:
    """A heading repeated close below the last (a running head, an agenda after its cover);
    but a short report's successor on the next page is a document of its own."""
    if kind == "agenda":
        return lines_since_start < COVER_LINES
    return lines_since_start < RUNNING_HEAD_LINES and not new_page


def _masthead_start(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> int:
    """Where a document whose heading is line ``i`` really starts. In a PDF documents start on
    a new page, so the lines above the heading ("KENT COUNTY COUNCIL", "CABINET") are its
    masthead; in text, up to three short capitalised lines just above it are."""
    if paged:
        return i - flat[i][1]
    start = i
    while start > 0 and i - start < TEXT_MASTHEAD_LINES:
        above = flat[start - 1][2].text.strip()
        # (the body's name in capitals may be dated in words: "COMMITTEE - 20 April 2026")
        name = MASTHEAD_DATE_SPLIT.split(above, maxsplit=1)[0]
        if not (above and name.upper() == name and len(above) < TEXT_MASTHEAD_CHARS
                and re.search("[A-Z]", above)):
            break
        start -= 1
    return start


# Where a masthead line's name ends and its date begins: "COMMITTEE - 20 April 2026".
MASTHEAD_DATE_SPLIT = re.compile(r"\s+[–—-]\s+(?=(?:\w+day,?\s+)?\d)")


def _other_languages(text: str) -> list[str]:
    """The later halves of a bilingual heading (the first is the line itself): "Cofnodion y
    cyfarfod ... / Minutes of the meeting held on ..."."""
    return halves(text, before_capital=True)[1:]


# A line printing two languages parted by a stroke ("Presennol / Present:").
BILINGUAL_LINE = re.compile(r"^.*\S\s+/\s+[A-Z].*$", re.M)
# What every such line holds: a stroke with space either side.
_STROKE = re.compile(r"\s/\s")


def _each_language(text: str) -> str:
    """``text`` with each bilingual line followed by its later halves as lines of their own,
    so a clue anchored at a line's start ("Present:", "The meeting ended at") reads every
    language of it."""
    if not _STROKE.search(text):  # most documents: no line to part
        return text
    return BILINGUAL_LINE.sub(
        lambda m: "\n".join([m.group(0), *_other_languages(m.group(0))]), text)


# What a document calls itself in its title type (a web page's main heading, a PDF's large
# title): "Minutes", "Minute of Meeting", "Portfolio Holder Decision PHD 26/031", "Executive -
# decisions taken on 5 March 2026". Only a line set larger than its page's body text counts:
# "Minutes" in body type is an agenda's item.
TYPESET_KINDS = (
    ("minutes", re.compile(
        r"^\s*(?:(?:draft|unconfirmed|approved|confirmed|printed)\s+)?minutes?"
        r"(?:\s+of\s+(?:the\s+)?meeting)?\s*$", re.I)),
    ("decision", re.compile(
        r"^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:(?:portfolio\s+holder|cabinet\s+member|"
        r"executive\s+member|individual\s+(?:cabinet\s+|executive\s+)?member|officer|"
        r"delegated|leader'?s?|urgent)\s+decisions?\b|decisions?\s+(?:taken|made|"
        r"notice|sheet|list|record)\b|record\s+of\s+(?:the\s+)?(?:executive\s+)?decisions?\b)"
        # a label ("Key decision: Yes") is a field of some paper, not its title
        r"(?!\s*[:?])(?!.*:\s).{0,60}$|^\s*(?:[\w&'’,]+\s+){0,5}?(?:[–—-]\s*)?(?:portfolio\s+"
        r"holder|cabinet\s+member|executive\s+member|officer|delegated|leader'?s?|urgent)\s+"
        r"decisions?\s*$", re.I)),
)
# The word each of them names itself by (every line near a page's top is asked).
_TYPESET_WORDS = {"minutes": "minute", "decision": "decision"}
# A title line is at least this much larger than the median line of its page.
TITLE_SIZE_RATIO = 1.3
# ... and it is near the top of its page (a web page's top), or the largest type on it: further
# down, in type no larger than the rest, "Minutes" or "Urgent decisions" is a paper's item.
TITLE_TOP_LINES = TOP_OF_PAGE


def _typeset_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None, lower: str | None = None) -> str | None:
    """The kind a line set as a title names (see TYPESET_KINDS). While the current document
    is an agenda (``agenda_heading``, the line that started it), its items may be set as
    headings, so only a title on a later page than that heading, set larger than it, starts
    a new document (the minutes after an agenda in a pack)."""
    page, idx, line = flat[i]
    lower = lowered(line.text) if lower is None else lower
    kind = next((k for k, pattern in TYPESET_KINDS
                 if _TYPESET_WORDS[k] in lower and pattern.match(line.text)), None)
    if kind is None or not line.size:
        return None
    sizes = sorted(other.size for p, _, other in flat if p == page and other.size)
    if line.size < TITLE_SIZE_RATIO * sizes[len(sizes) // 2]:
        return None
    if idx >= TITLE_TOP_LINES and line.size < sizes[-1]:
        return None
    if agenda_heading is not None:
        page_of_agenda, _, agenda_line = flat[agenda_heading]
        if page == page_of_agenda or line.size <= (agenda_line.size or 0):
            return None
    return kind


def _heading_kind(flat: list[tuple[int, int, Line]], i: int,
                  agenda_heading: int | None = None) -> str | None:
    """The kind of document line ``i`` starts, if it is a heading (``agenda_heading``: the
    line that started the current document, when that is an agenda)."""
    text = flat[i][2].text
    # Every line near the top of every page is asked: the patterns below each need their
    # word in the line ("minute", "decision"), and the lines under it are read only when the
    # line itself may start a heading.
    lower = lowered(text)
    if flat[i][1] < FORM_TOP and NOT_A_PAPER.match(text):
        return OTHER
    if kind := _typeset_kind(flat, i, agenda_heading, lower):
        return kind
    if ("decision" in lower and RECORD_OF_DECISION.search(text)
            and len(text) < DECISION_HEADING_CHARS):
        return "decision"
    if ("notice" in lower and DECISION_NOTICE.match(text)
            and _set_as_heading(flat, i)):
        return "decision"
    if ISSUE_DETAILS.match(text):
        return "forward_plan"
    if "minute" in lower and BODY_MINUTES.match(text) and _set_as_heading(flat, i):
        return "minutes"
    if "minute" in lower and (MINUTES.match(text) or any(
            MINUTES.match(half) for half in _other_languages(text))):
        return "minutes"
    if (MINUTES_WORD.match(text) and i + 1 < len(flat) and flat[i + 1][0] == flat[i][0]
            and MINUTES.match(f"{text.strip()} {flat[i + 1][2].text.strip()}")):
        return "minutes"  # "MINUTES" set as a title over "of the meeting of ... held on"
    if MINUTES_HELD.match(text) and any(
            PRESENT_LABEL.match(w) for w in _window(flat, i + 1, PRESENT_WITHIN)):
        return "minutes"
    # a bilingual heading may put the other language first: "RHAGLEN / AGENDA"
    if len(text) < AGENDA_HEADING_CHARS and (
            AGENDA.match(text) or any(AGENDA.match(half) for half in _other_languages(text))):
        return "agenda"
    if AGENDA_COVER.match(" ".join(_window(flat, i, COVER_TITLE_LINES))):
        return "agenda"
    if COMMITTEE_REPORT.match(text) or REPORT_TO_MEETING.match(text):
        return "report"
    if (any(word in text for word in REPORT_FROM_WORDS) and REPORT_FROM.search(text)
            and any(REPORT_TO.match(w) for w in _window(flat, i + 1, HEADING_TO_LINES - 1))
            and any(SUBJECT.match(w) for w in _window(flat, i + 1, HEADING_WINDOW - 1))):
        return "report"
    if _report_label(text) and sum(
        _report_label(w) for w in _window(flat, i, LABEL_WINDOW)
    ) >= REPORT_LABELS_MIN:
        return "report"  # another council's header block: "Report to:", "Date:", "Report of:"
    return None


def _set_as_heading(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i`` is set as a heading: bold or larger than its page's body (in text,
    which has no type, any line alone may be)."""
    page, _, line = flat[i]
    if line.size is None:
        return True
    sizes = sorted(other.size for p, _, other in flat if p == page and other.size)
    return line.bold or line.size >= HEADING_SIZE_RATIO * sizes[len(sizes) // 2]


def _label_rows(flat: list[tuple[int, int, Line]], i: int) -> bool:
    """Whether line ``i``, near its page's top, is the first of a cover sheet's rows of
    labels (see REPORT_LABEL_ROW) on its page: LABEL_ROWS_MIN different labels (a table's
    cells wrapped onto lines of their own each say "Committee" again)."""
    page, idx, line = flat[i]
    if idx >= ITEM_STAMP_TOP or not REPORT_LABEL_ROW.match(line.text):
        return False
    if any(REPORT_LABEL_ROW.match(above.text) for _, _, above in flat[i - idx : i]):
        return False
    labels = {" ".join(m.group("label").lower().split())
              for p, _, other in flat[i : i + LABEL_WINDOW]
              if p == page and (m := REPORT_LABEL_ROW.match(other.text))}
    return len(labels) >= LABEL_ROWS_MIN


def _report_label(text: str) -> bool:
    """Whether a line is a report header's label, in either language of a bilingual one
    ("Adroddiad i / Report to: ...")."""
    return bool(REPORT_LABEL.match(text)) or (
        "/" in text and any(REPORT_LABEL.match(half) for half in _other_languages(text)))


def _window(flat: list[tuple[int, int, Line]], start: int, count: int) -> list[str]:
    """The texts of ``count`` lines from ``start`` (fewer at the end of the file)."""
    return [line.text for _, _, line in flat[start : start + count]]


PERFORMANCE = re.compile(
    r"performance\s+(dashboard|report)|Key\s+Performance\s+Indicators|\bKPIs?\b.*\bRAG\b", re.I
)
# An NHS body's Board Assurance Framework is its register of principal risks.
RISK_REGISTER = re.compile(
    r"risk\s+register|risk\s+profile|Budget\s+Risks|Board\s+Assurance\s+Framework", re.I)
# A risk card prints its id and its owner; two cards make a register even without a heading.
RISK_CARD = re.compile(r"\bRisk\s*(?:ID|Ref(?:erence)?|No\.?)\b[\s\S]{0,400}?\bRisk\s+Owner", re.I)
# The factors named in words, or by their letters alone as a column's heading ("L | I"), on a
# line that names the id column too: in any order, as registers print their columns. Or the
# id, the risk and its score ("No. | Risk | Current Score | Owner").
# "No" is the id column's only as "No." or set apart as a column ("No<tab>Risk"): "No risk
# rating available", "Risk score no change" are sentences.
_RISK_ID_CELL = (r"(?=[^\n]*?(?:^|(?<=\s))(?:Risk[ \t]*)?(?:Ref(?:erence)?|ID|No\.|"
                 r"No(?=\t|[ ]{2}|[ \t]*\||[ \t]*$))(?!\w))")
# A header line, not a sentence about the columns: no closing stop, no comma, no verb.
_NOT_PROSE = (r"(?![^\n]*[.;:,]\s*$)(?![^\n]*,\s)"
              r"(?![^\n]*\b(?:the|are|was|were|has|have|will)\b)")
RISK_TABLE_HEADER = re.compile(
    r"^(?=[^\n]{0,200}$)" + _NOT_PROSE + _RISK_ID_CELL +
    r"(?:(?=[^\n]*?(?:\b(?:Likelihood|Probability|Prob)\b|(?<!\S)(?-i:[LP])(?!\S)))"
    r"(?=[^\n]*?(?:\b(?:Impact|Severity|Consequence)\b|(?<!\S)(?-i:[IC])(?!\S)))"
    r"|(?=[^\n]*?\bRisk(?:\s+(?:title|description|name))?(?:\t|\s{2,}|\s*\||\s+(?=\S)|\s*$))"
    r"(?=[^\n]*?\b(?:Score|Rating|[LI]\s*x\s*[IL])\b))", re.I | re.M)
# A dashboard's header line: the indicator column, a target and a value or rating, in any
# order and in any of their families' words ("Ref | Measure | Aim | Q3 result | BRAG"); not
# a sentence about them.
_KPI_HEADER_ANY_ORDER = (
    r"^(?=[^\n]{0,200}$)" + _NOT_PROSE +
    r"(?=[^\n]*?\b(?:indicators?|measures?|KPIs?|PIs?)\b)"
    r"(?=[^\n]*?\b(?:target|tgt|aim|goal)\b)"
    r"(?=[^\n]*?\b(?:actual|outturn|result|performance|latest|current|value|achieved|Q[1-4]|"
    r"B?RAG|status|rating)\b)")
# A KPI table's header row: the indicator's column first ("Ref", "PI code", "Indicator",
# "Measure"), then a target or status column and a value column (a period, the latest figure,
# a baseline), names capitalised as headers print them. The header may be printed over two or
# three lines (a group's year over its columns, a PDF cell wrapped), so the line that opens with
# the indicator's column and the lines either side of it are read together. A register's header
# (risk, likelihood, impact) is the register's.
_KPI_WINDOW = r"[^\n]*(?:\n[^\n]*){0,2}"
# A label and its value ("Status: For information", "Target date: 31 Mar 2026") is a field of
# a report's head, not a column's name: such lines of the window are not read as the header.
_LABEL_LINE = r"[ \t]*(?:[\w.()/&'’-]+[ \t]+){0,3}[\w.()/&'’-]+:[ \t]+\S"
# The window's lines one at a time, the label lines passed over.
_KPI_HEADER_LINE = rf"(?:[^\n]*\n){{0,2}}(?!{_LABEL_LINE})"
_KPI_TARGET = r"\b(?:[Tt]arget|RAG|Status|Rating|Assessment|[Aa]im|[Gg]oal)\b"
_KPI_VALUE = (r"(?:\b(?:Latest|Actual|Outturn|Current|Baseline|Value|Q[1-4]|Quarter|Qtr|YTD|Jan|"
              r"Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b20\d\d/\d\d\b)")
_KPI_OPENER = r"\b(?:Ref(?:erence)?|Code|No\.|(?i:Indicator|Measure|Metric)|KPIs?|PIs?)\b"
# A header line parts its columns (a tab, a run of spaces, a rule) or names several of them:
# the line naming the target or status column names another column too, or is set in columns.
_KPI_COLUMNS = (rf"(?:[^\n]*?(?:\t|[ ]{{3}}|\|)|[^\n]*?(?:{_KPI_TARGET}|{_KPI_VALUE}|{_KPI_OPENER})"
                rf"[^\n]*?(?:{_KPI_TARGET}|{_KPI_VALUE}|{_KPI_OPENER}))")
_KPI_HEADER_OVER_LINES = (
    rf"^(?=(?:[^\n]*\n)?(?!{_LABEL_LINE})[ \t]*(?:[A-Z][\w.]*[ \t]+){{0,2}}?"
    # (not a sentence: a header line ends in no full stop)
    rf"{_KPI_OPENER}(?![^\n]*\bRisks?\b)(?![^\n]*\.[ \t]*$)[^\n]{{0,200}}$)"
    rf"(?!{_KPI_WINDOW}\b(?:Likelihood|Impact|Probability)\b)"
    rf"(?={_KPI_HEADER_LINE}(?=[^\n]*?{_KPI_TARGET}){_KPI_COLUMNS})"
    rf"(?={_KPI_HEADER_LINE}[^\n]*?{_KPI_VALUE})")
# Either reading: a dashboard's header
# in any column order on one line, or one opening with the indicator's column over up to three.
KPI_TABLE_HEADER = re.compile(f"(?i:{_KPI_HEADER_ANY_ORDER})|{_KPI_HEADER_OVER_LINES}", re.M)
RESOLVED = re.compile(r"\bRESOLVED\b|\bResolved\s+that\b", re.I)
AGENDA_ITEM_MINUTES = re.compile(r"^\s*Minutes\s*:", re.M)
# The header row of an agenda's table of items: "Item No. / Title / Presenting / Pages".
AGENDA_TABLE_HEADER = re.compile(
    # a planning committee's items are its applications: "No. / Application / Ward / Pages"
    # ("Agenda Item / Subject / Lead Officer / Pages" names the column in full)
    r"^\s*(?:(?:Agenda\s+)?Item\s*(?:No\.?)?|No\.?)\s+(?:Item|Title|Subject|Business|Applications?)\b.*"
    # the last column: pages, presenter, lead, or the item's paper ("A", "B")
    r"\b(?:Pages?|Papers?|Present(?:ing|er)|Lead(?:\s+Member)?)\s*$", re.I | re.M
)
# The header row of a table of decisions: "Item / Subject / Decision", "No. Title Decision taken".
DECISION_TABLE_HEADER = re.compile(
    r"^\s*(?:Item|No\.?|Ref(?:erence)?|Minute)\b[^\n]{0,60}\b(?:Decisions?(?:\s+(?:taken|made))?|"
    # ... perhaps with a few short columns after it ("Key decision", "Call-in")
    r"Resolutions?|Outcome)(?:\s+[\w?-]+){0,4}\s*$", re.I | re.M)
# A timed agenda's row: a time of day, an item's ref, a title (three such rows make one).
TIMED_ITEM = re.compile(r"^\s*(?:[01]?\d|2[0-3])[.:][0-5]\d\s+[A-Z]{0,4}\s?\d{1,3}(?:\.\d{1,2})?"
                        r"[.)]?\s+[A-Z]", re.M)
TIMED_ITEMS_MIN = 3
# Each branch opens with its letter, the capitals' word boundary looked back for after it (as
# "\bRECOMMENDATIONS?\b" reads): the engine then skips to an "R" or a "C" of a whole text.
RECOMMEND = re.compile(
    r"R(?:ecommendations?(\(s\))?\s*:|(?<!\wR)ECOMMENDATIONS?\b)|Cabinet\s+is\s+asked")


# ---------------------------------------------------------------------------- classification
# A document's kind is weighed, not matched: each clue below speaks for a kind (or, for
# OTHER, against the document being a committee paper at all) with a weight, and is looked
# for in the document's title (its heading lines), its head or its whole text. The heading
# that started the document counts HEADING_WEIGHT for its kind, but a heading alone is not
# enough: the best kind wins only with MIN_SCORE, MIN_SUPPORT from the document's own words
# besides that heading, and a lead of MIN_MARGIN over the evidence against; otherwise the
# document is "other", which no record extractor reads (but the contracts reader, only the
# tables of a document naming itself a contracts register): a missing record beats an
# invented one.

OTHER = "other"
# The head of a document (its first HEAD_CHARS characters) is where a paper says what it is;
# words further down (an appendix, a quoted report) must not decide its kind.
HEAD_CHARS = 3000
# A clue's weight: WEAK ones only add up, a FAIR one needs support, a STRONG one all but decides.
WEAK, FAIR, STRONG = 1, 2, 3
HEADING_WEIGHT = STRONG
MIN_SCORE = 2
MIN_SUPPORT = 1
MIN_MARGIN = 2
# Without a committee, cabinet, council, board or panel named at its head, a document is
# unlikely to be a committee paper.
NO_BODY_WEIGHT = 1
BODY_NAMED = re.compile(
    r"\b(Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority)\b", re.I
)
RISK_CARDS_FOR_A_REGISTER = 2
# A paper may cite a background file or two; a head naming this many files lists papers.
FILE_NAMES_FOR_A_CATALOGUE = 5
# ... and it describes them in the words of papers (KPIs, minutes, risks), so that evidence
# must not outweigh it.
CATALOGUE_WEIGHT = 3 * STRONG
FILE_NAME = re.compile(r"\b[\w-]+\.(?:pdf|txt|html?|docx?|xlsx?|csv)\b", re.I)
# Headings labelled "Minute No. 45": more than one, or it may be a report citing a minute.
MINUTE_LABELS_MIN = 2


@dataclass(frozen=True, slots=True)
class Clue:
    kind: str  # the kind it speaks for, or OTHER
    pattern: re.Pattern[str]
    weight: int
    scope: str = "head"  # "title", "head" or "text"
    requires: re.Pattern[str] | None = None  # must also be found in the text
    min_count: int = 1
    # the very line the segmenter starts a document at: not counted again for that kind
    heading: bool = False
    # Words (lower case) every match holds one of: where none is, the pattern is not run (a
    # whole document's scan for a clue it cannot hold). ``test_clue_needs_are_in_every_match``.
    needs: tuple[str, ...] = ()


# The other language's half of a bilingual label, before the stroke: "Lleoliad / " Venue:.
OTHER_LABEL = r"(?:[^\n/:]{1,30}/\s*)?"


# The words PERFORMANCE and RISK_REGISTER (and every match of them) hold one of.
_PERFORMANCE_WORDS = ("performance", "kpi")
_REGISTER_WORDS = ("risk", "assurance")


def _rx(pattern: str, flags: int = re.I | re.M) -> re.Pattern[str]:
    return re.compile(pattern, flags)


CLUES: tuple[Clue, ...] = (
    # agenda: a summons, "(Pages x - y)" references, business to be transacted
    # "Members of the ... Committee are summoned to attend" as well as "you are summoned"
    # ... or "requested / invited / required to attend the meeting"; a parish's "Councillors
    # are summoned to attend the Ordinary Meeting"
    Clue("agenda", _rx(r"(?:you|(?:members|councillors)\b[^.]{0,80}?)\s+are\s+(?:hereby\s+)?"
                       r"(?:summoned|(?:requested|invited|required)\s+to\s+attend\b)|\bSummons\s+to\b"),
         FAIR, needs=("summon", "attend")),
    Clue("agenda", _rx(r"will\s+be\s+held\b[\s\S]{0,160}?\b(?:business|purpose)"), WEAK,
         needs=("held",)),
    # "AGENDA for the meeting of the Parish Council to be held on ...": the word in capitals
    # opening the title line, however long the line runs
    Clue("agenda", _rx(r"^\s*AGENDA\s+(?:for|of)\s+(?:the\s+|a\s+)?(?:[\w,&'’-]+\s+){0,4}?"
                       r"meeting\b", re.M), STRONG, "title"),
    # "Notice is hereby given that a meeting of the ... will be held": a summons by another name
    Clue("agenda", _rx(r"notice\s+is\s+hereby\s+given\s+that\s+(?:a|the)\s+(?:[\w&,'’-]+\s+){0,12}?"
                       r"meeting\b[\s\S]{0,200}?\bwill\s+be\s+held\b"), FAIR, needs=("hereby",)),
    # "BUSINESS" / "ORDER OF BUSINESS" in capitals over the items (Scottish notices)
    Clue("agenda", _rx(r"^\s*(?:ORDER\s+OF\s+)?BUSINESS\s*$", re.M), FAIR, "title"),
    # "Items of Business" / "Order of Proceedings" over the items, in any case
    Clue("agenda", _rx(r"^\s*(?:Items|Order)\s+of\s+(?:Business|Proceedings)\s*$"), FAIR, "title"),
    Clue("agenda", _rx(r"\(Pages?\s+\d+\s*[-–]\s*\d+\)"), WEAK),
    Clue("agenda", _rx(r"^\s*(?:Notice\s+of\s+(?:the\s+)?Meeting\b|(?:[\w,&\' -]{0,60}\s)?"
                       r"Agenda\s*$)"), FAIR, "title"),
    # a front sheet's meeting block ("Time:" over "Venue:"), and the header of its table of
    # items ("Item No. / Title / Presenting / Pages"): minutes say "held on", reports "Date:"
    # (bilingual labels print the other language's word first: "Amser / Time:")
    Clue("agenda", _rx(rf"^\s*{OTHER_LABEL}Time\s*:.*\n(?:.*\n){{0,3}}?\s*{OTHER_LABEL}"
                       r"(?:Venue|Place|Location)\s*:"), FAIR),
    Clue("agenda", AGENDA_TABLE_HEADER, FAIR),
    # a running order: lines that start with a time of day, then an item's ref and its title
    # ("18:30  LC1  Apologies", "10.35  2  Declarations"); minutes and reports do not time
    # their paragraphs
    Clue("agenda", TIMED_ITEM, FAIR, min_count=TIMED_ITEMS_MIN),
    # a notice's date line at its head, its weekday and its time alone: "Tuesday 24 March 2026
    # at 10.00 am" (minutes say "held on", a report's date has no time)
    Clue("agenda", _rx(r"^\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|"
                       r"th)?\s+[A-Z][a-z]+,?\s+\d{4},?\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*"
                       r"(?:am|pm|a\.m\.|p\.m\.)\s*$"), FAIR, "title"),
    # minutes: the "MINUTES of a meeting" line, who was present, what was resolved
    Clue("minutes", _rx(MINUTES.pattern), FAIR, heading=True),
    # "Minutes" alone as the document's title, over its committee and date (a Scottish house
    # style); numbered "2. Minutes" is an agenda's item and never matches
    Clue("minutes", _rx(r"^\s*Minutes?\s*$"), FAIR, "title"),
    Clue("minutes", _rx(r"\((?:in\s+the\s+)?(?:Chairman|Chair|Vice-Chair(?:man)?|Mayor|Convener|"
                        r"Provost)\)"), WEAK),
    # "Minutes of the meeting held on ..." as the document's title (an agenda numbers it as an
    # item, which never matches), and minutes labelled "Minute No. 45" through the text
    Clue("minutes", _rx(r"^\s*Minutes\s+of\s+the\s+meeting\s+held\s+on\b"), FAIR, "title"),
    Clue("minutes", _rx(r"^\s*Min(?:ute)?\.?\s*No\.?\s*\d+\b"), WEAK, "text",
         min_count=MINUTE_LABELS_MIN),
    Clue("minutes", _rx(r"^\s*(?:Members\s+)?Present\s*:?-?"), WEAK),
    Clue("minutes", RESOLVED, WEAK, "text", needs=("resolved",)),
    # how every set of minutes ends: "The meeting closed / terminated at 7.48 pm"
    Clue("minutes", _rx(r"^\s*(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded|terminated|"
                        r"rose)\s+at\b"), WEAK, "text"),
    # a ModernGov attendance page: its table of attendees
    Clue("minutes", _rx(r"^\s*Attendee\b.*\bAttendance\b|^\s*Attendance\s+details\s*$"), WEAK),
    # report: recommendations, what the body is asked to do, who it is addressed to
    Clue("report", RECOMMEND, WEAK, "text", needs=("recommendation", "cabinet")),
    Clue("report", _rx(r"\b(?:Cabinet|Committee|Council|Board|Panel)\s+(?:is|are)\s+"
                       r"(?:asked|recommended|invited|requested)\s+to|^\s*(?:\d+(?:\.\d+)?\.?\s+)?"
                       r"That\s+(?:the\s+)?(?:Cabinet|Committee|Council|Board|Panel)\s+(?:approves?|"
                       r"agrees?|notes?|endorses?|recommends?|considers?)\b"), WEAK),
    Clue("report", _rx(r"^\s*(?:\d+(?:\.\d+)?\.?\s+)?Recommendations?\s*$"), WEAK),
    # the meeting named at the head: "CABINET" over "5 November 2024", or on one line
    Clue("report", _rx(r"^\s*(?:[A-Z][\w&\'-]*\s+){0,6}(?:Committee|Cabinet|Board|Panel|Forum|"
                       r"Commission)\s*(?:[–—,-]\s*|\n\s*)(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?"
                       r"\s+[A-Za-z]+,?\s+\d{4}\s*$"), WEAK),
    Clue("report", _rx(r"^\s*(?:Purpose\s+of\s+(?:the\s+|this\s+)?Report|Reasons?\s+for\s+"
                       r"(?:the\s+)?Recommendations?|Report\s+(?:of|by|author)\b|Issue\s+for\s+"
                       r"Decision|Executive\s+Summary|Summary\s*:)"), WEAK),
    # "Appendix A: Exemptions from Contract Procedure Rules" as its title: a part of a
    # committee's paper (with the meeting named at the head, a report)
    Clue("report", _rx(r"^\s*(?:Appendix|Annex)\s+(?:[A-Z]|\d{1,2})\b"), WEAK, "title"),
    # "Update Sheet - Planning Committee 7 May 2026": a paper tabled for the meeting's items
    Clue("report", _rx(TABLED_PAPER.pattern), WEAK, "title", needs=TABLED_WORDS),
    Clue("report", _rx(r"^\s*(?:To|REPORT\s+TO|COMMITTEE)\s*:?\s+(?:[\w&,\' -]{0,80}?\s)?"
                       r"(?:Committee|Cabinet|Council|Board|Panel|Forum|Commission)\b"), FAIR),
    # decision notices and forward plans
    Clue("decision", _rx(RECORD_OF_DECISION.pattern), STRONG, heading=True, needs=("decision",)),
    Clue("decision", AGENDA_ITEM_MINUTES, STRONG, requires=RESOLVED),
    Clue("decision", _rx(r"Decision\s+type\s*:"), FAIR),
    # a ModernGov page's labels: "Decision Maker:", "Decided at meeting:", "Minutes:"
    Clue("decision", _rx(r"^\s*(?:Decision\s+Maker|Decision\s+status|Decided\s+at\s+meeting|"
                         r"Minutes)\s*:"), WEAK),
    Clue("decision", _rx(r"^\s*(?:Decisions?\s*:|Reasons?\s+for\s+(?:the\s+)?decision|Decision\s+"
                         r"(?:determined|taken|made)\b|Decision\s+(?:taker|maker)\s*:|Date\s+of\s+"
                         r"decision|Alternative\s+options\s+considered)"), WEAK),
    Clue("decision", _rx(r"\bRecord\s+of\s+(?:[\w-]+\s+){0,2}Decisions?\b|\bDecision\s+(?:Notice|"
                         r"Record|Sheet)\b|\bNotice\s+of\s+(?:[\w-]+\s+)?(?:Decision|Determination)\b"
                         # "INDIVIDUAL CABINET MEMBER DECISION", "Portfolio Holder Decision"
                         # ... and a minister's: "MINISTERIAL DECISION" (island governments)
                         r"|^\s*(?:Individual\s+)?(?:Cabinet\s+Member|Portfolio\s+Holder|"
                         r"Executive\s+Member|Delegated|Ministerial)\s+Decisions?\s*$"
                         # a register of decisions taken ("Decisions register: Mayor and
                         # officer decisions", "Register of Delegated Decisions"); a register
                         # of KEY or FORTHCOMING decisions is the forward plan's, of
                         # decisions to come
                         r"|(?<!Key\s)(?<!Forthcoming\s)\bDecisions?\s+Register\b|\bRegister\s+"
                         r"of\s+(?:(?!Key\b|Forthcoming\b)[\w-]+\s+){0,2}Decisions\b"),
         STRONG, "title"),
    # what a decision calls itself in its title, however its page sets it
    Clue("decision", _rx(TYPESET_KINDS[1][1].pattern), STRONG, "title"),
    # a table of decisions: its header names the item and, last, the decision column
    Clue("decision", DECISION_TABLE_HEADER, WEAK),
    Clue("forward_plan", _rx(r"Decision\s+due\s*:"), STRONG),
    # "Register of Forthcoming Decisions", "Forthcoming Key Decisions": decisions to come
    Clue("forward_plan", _rx(r"\bForthcoming\s+(?:Key\s+|Executive\s+)?Decisions\b"), STRONG,
         "title"),
    Clue("forward_plan", _rx(ISSUE_DETAILS.pattern), WEAK, heading=True),
    # performance reports and risk registers
    Clue("performance_report", PERFORMANCE, STRONG, "title", needs=_PERFORMANCE_WORDS),
    Clue("performance_report", PERFORMANCE, WEAK, needs=_PERFORMANCE_WORDS),
    Clue("performance_report", _rx(r"\bperformance\s+(?:[\w-]+\s+){0,2}(?:dashboard|report|"
                                   r"scorecard|monitoring)\b|\bscorecard\b"), STRONG, "title"),
    Clue("performance_report", _rx(r"Quarterly\s+Performance\s+Report"), STRONG),
    # the body a KPI table: its header row, within the head
    Clue("performance_report", KPI_TABLE_HEADER, FAIR),
    Clue("risk_register", RISK_REGISTER, STRONG, "title", needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_REGISTER, WEAK, needs=_REGISTER_WORDS),
    Clue("risk_register", RISK_CARD, STRONG, "text", min_count=RISK_CARDS_FOR_A_REGISTER,
         needs=("owner",)),
    # a register's table header: its ids, then likelihood and impact columns
    Clue("risk_register", RISK_TABLE_HEADER, FAIR),
    # against: statements of accounts, strategies, consultations, brochures and news. Only
    # at the head (a cover, a contents page): a report may carry the accounts as an appendix.
    Clue(OTHER, _rx(r"Statement\s+of\s+(?:the\s+)?Accounts"), STRONG, needs=("statement",)),
    Clue(OTHER, _rx(r"Notes\s+to\s+the\s+(?:Core\s+)?(?:Financial\s+Statements|Accounts)"), FAIR,
         needs=("notes",)),
    Clue(OTHER, _rx(r"^\s*(?:Note\s+)?\d{1,2}\.?\s+Accounting\s+Policies"), FAIR,
         needs=("accounting",)),
    Clue(OTHER, _rx(r"Comprehensive\s+Income\s+and\s+Expenditure\s+Statement|Movement\s+in\s+"
                    r"Reserves\s+Statement"), FAIR, needs=("statement",)),
    Clue(OTHER, _rx(r"Independent\s+auditor\W?s\s+report"), WEAK, needs=("auditor",)),
    Clue(OTHER, _rx(r"\bStrategy\b|\bStrategic\s+Plan\b|\bPolicy\s+Framework\b"), FAIR, "title"),
    Clue(OTHER, _rx(r"\bConsultation\s+(?:document|report|response|questionnaire|summary|"
                    r"findings)|have\s+your\s+say|you\s+said,?\s+we\s+did"), FAIR,
         needs=("consultation", "say", "said")),
    Clue(OTHER, _rx(r"\b(?:press\s+release|brochure|newsletter|news)\b"), FAIR, "title"),
    # a catalogue of files (a folder's README, an index page): it names papers, it is none
    Clue(OTHER, FILE_NAME, CATALOGUE_WEIGHT, "head", min_count=FILE_NAMES_FOR_A_CATALOGUE,
         needs=(".pdf", ".txt", ".htm", ".doc", ".xls", ".csv")),
)


def _clue_text(clue: Clue, title: str, head: str, text: str) -> str:
    return {"title": title, "head": head, "text": text}[clue.scope]


def _found(pattern: re.Pattern[str], text: str, count: int) -> bool:
    """Whether ``pattern`` matches ``text`` at least ``count`` times (findall's matches,
    counted only as far as needed: most clues need one, and a long document's scan can stop
    there)."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), count)) >= count


class _Lowered:
    """Each text a document's clues are looked for in, in lower case, made once."""

    def __init__(self) -> None:
        self._texts: dict[str, str] = {}

    def holds(self, text: str, words: tuple[str, ...]) -> bool:
        lower = self._texts.get(text)
        if lower is None:
            lower = self._texts[text] = lowered(text)
        return any(word in lower for word in words)


def weigh(text: str, hint: str = "", title: str | None = None, cover: str = "") -> Counter[str]:
    """The evidence for each kind (and against all, under OTHER) in a document; ``cover``,
    the title lines of the file it is part of, can speak against it too."""
    text = _each_language(text)
    head = text[:HEAD_CHARS]
    title = title if title is not None else _first_lines(text)
    # each language of a bilingual title line is read as a line of its own
    title = "\n".join([title, *(half for line in title.splitlines()
                                for half in _other_languages(line))])
    scores: Counter[str] = Counter()
    if hint:
        scores[hint] += HEADING_WEIGHT
    lowered = _Lowered()
    for clue in CLUES:
        if clue.heading and clue.kind == hint:
            continue
        where = _clue_text(clue, title, head, text)
        if clue.kind == OTHER and clue.scope != "text" and cover:
            where = f"{where}\n{cover}"
        if clue.needs and not lowered.holds(where, clue.needs):
            continue
        if _found(clue.pattern, where, clue.min_count) and (
                clue.requires is None or clue.requires.search(text)):
            scores[clue.kind] += clue.weight
    if not BODY_NAMED.search(head):
        scores[OTHER] += NO_BODY_WEIGHT
    return scores


def classify(text: str, hint: str = "", title: str | None = None, cover: str = "") -> str:
    """Kind of a document from its heading (hint), its title lines and its own words, and
    what the cover of its file says against its being a paper."""
    scores = weigh(text, hint, title, cover)
    against = scores.pop(OTHER, 0)
    if not scores:
        return OTHER
    # On a tie the document's own heading decides.
    kind, score = max(scores.items(), key=lambda ks: (ks[1], ks[0] == hint))
    support = score - (HEADING_WEIGHT if kind == hint else 0)
    if score < MIN_SCORE or support < MIN_SUPPORT or score - against < MIN_MARGIN:
        return OTHER
    if kind == "report":
        return _report_kind(text[:HEAD_CHARS])
    return kind


def _report_kind(head: str) -> str:
    """A report whose subject is a dashboard or a register is one: its "Subject:" line, or
    else its title among the first lines ("Corporate Risk Register - Quarter 4 update",
    "Agenda item 8: Council Plan Performance Scorecard")."""
    subject = _subject(head.splitlines())
    titles = [subject] if subject else [
        line for line in _first_lines(head).splitlines() if len(line) <= MAX_TITLE_CHARS]
    if any(PERFORMANCE.search(t) or re.search(r"dashboard|scorecard", t, re.I)
           or PERFORMANCE_TITLE.search(t) for t in titles):
        return "performance_report"
    if any(RISK_REGISTER.search(t) for t in titles):
        return "risk_register"
    # whatever its title calls it ("Key measures"), a report whose head holds a KPI table's
    # header is a performance report
    if KPI_TABLE_HEADER.search(head) or RATED_MEASURES.search(head):
        return "performance_report"
    # ... and one whose head holds a register's table ("Ref | Risk | Likelihood | Impact |
    # Score"), however its title calls it ("Financial risk assessment"), a risk register
    if RISK_TABLE_HEADER.search(head):
        return "risk_register"
    return "report"


def _subject(lines: list[str]) -> str:
    """The report's "Subject:" (or a label cell "Subject" over its value on the next line,
    as a web page's label table reads)."""
    for n, line in enumerate(lines):
        m = SUBJECT.match(line)
        if m:
            value = m.group(2).strip()
            return value or (lines[n + 1].strip() if n + 1 < len(lines) else "")
    return ""


# A title naming performance and what it is measured by: "Quarter 3 performance: corporate
# measures", "Corporate Performance Indicators: Quarter 3".
PERFORMANCE_TITLE = re.compile(
    r"\bperformance\b.*\b(?:measures?|indicators?|KPIs?|PIs?)\b"
    r"|\b(?:measures?|indicators?|KPIs?|PIs?)\b.*\bperformance\b", re.I)
# A report that counts its measures by their ratings reports performance, its table perhaps
# an appendix of its own: "Of the twelve measures ... five are rated Green, five Amber and two
# Red", "3 indicators are rated red". Targets of money are a budget's: a finance report rates
# the delivery of its savings so ("Of the 24 savings targets, 18 are rated Green").
FINANCIAL_TARGETS = ("savings", "saving", "efficiency", "income", "budget")
RATED_MEASURES = re.compile(
    r"\b(?:measures|indicators|KPIs|PIs|"
    + "".join(rf"(?<!{word}\s)" for word in FINANCIAL_TARGETS)
    + r"targets)\b[^.]{0,120}?\b(?:are|were|is)\s+rated\s+(?:Green|Amber|Red)\b", re.I)
# A title is a line of a few words; a longer one is prose that may mention a register.
MAX_TITLE_CHARS = 100


TITLE_LINES = 6


def _first_lines(text: str) -> str:
    return "\n".join([s for s in text.splitlines() if s.strip()][:TITLE_LINES])


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


# Heading lines are larger than the body text of their page, or bold.
HEADING_SIZE_RATIO = 1.15
TITLE_SCAN = 15


def title_lines(seg: Segment) -> str:
    """The heading lines at the top of a document's first page: in a PDF those in larger or
    bold type (a cover's title, a masthead); in text, its first few lines."""
    lines = [line for _, line in seg.lines[:TITLE_SCAN] if line.text.strip()]
    sizes = sorted(line.size for page in seg.pages[:1] for line in page.lines if line.size)
    if not sizes:
        return "\n".join(line.text for line in lines[:TITLE_LINES])
    body = sizes[len(sizes) // 2]
    heads = [s.text for s in lines if s.bold or (s.size or 0) >= body * HEADING_SIZE_RATIO]
    # A cover in one type size has no larger lines: all of it is title.
    return "\n".join((heads or [line.text for line in lines])[:TITLE_LINES])


MINUTES_LINE = re.compile(r"^\s*Minutes\s+of\s+the\s+meeting\b", re.I)
# The body alone ("CABINET"), a date alone, "Agenda item 6": what a paper is for, not its title.
NOT_A_TITLE = re.compile(
    r"^\s*(?:(?:[A-Z][\w&\'-]*,?\s+){0,6}(?:Committee|Cabinet|Board|Panel|Council|Forum)|"
    r"(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|(?:Agenda\s+)?item\s+(?:No\.?\s*)?\w+)"
    r"\s*$",
    re.I,
)


def title_of(seg: Segment) -> str | None:
    lines = [line.text for _, line in seg.lines[:TITLE_SEARCH_LINES]]
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
        heading = next((s for s in lines if MINUTES.match(s) or MINUTES_LINE.match(s)), None)
        if heading:
            return heading.strip()[:TITLE_MAX_CHARS]
    for s in lines:
        if COUNCIL_LINE.match(s) or MEETING_MASTHEAD.match(s):
            continue  # "Kent County Council" above "Quarterly Performance Report" is not a title
        if seg.kind != "agenda" and any(NOT_A_TITLE.match(half) for half in halves(s)):
            continue  # an agenda is titled by its meeting; a report by its subject
        if s.strip() and not re.match(r"^\s*(Page\s+\d+|\d+)\s*$", s):
            return s.strip()[:TITLE_MAX_CHARS]
    return None
