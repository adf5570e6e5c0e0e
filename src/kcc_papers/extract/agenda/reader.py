"""Agenda items: ref ("A4", "5"), title, "(Pages 7 - 14)", section, exempt, decision number.

Items start with their ref at the beginning of a line ("A4 Minutes of ...", "5. 24/00108 -
Revenue ...", "2453. Accounts for payment" where a community council numbers its agenda like its
minutes). The items are one numbering sequence: a list starts at "1"/"A1", or at any number the
next numbered line continues. A title may run over several lines when the page range closes it
a line or two later, or (PDFs) when it wraps onto the item's hanging indent in the title's own
type; lines after a closed title are the item's description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kcc_papers.classify import AGENDA_TABLE_HEADER, PAGE_COLUMN_HEADER
from kcc_papers.extract import Context
from kcc_papers.extract.agenda.columns import (
    aligned_rows,
    header_line,
    may_head_a_table,
    ruled_rows,
    title_columns,
)
from kcc_papers.extract.agenda.other_cells import other_columns, title_end
from kcc_papers.extract.agenda.sequence import OPEN_END, led_by_a_ref, sequenced_items
from kcc_papers.extract.agenda.side_columns import ColumnEdges
from kcc_papers.load.model import Line, Table
from kcc_papers.load.text import CHAR_POINTS
from kcc_papers.models import AgendaItem, Record
from kcc_papers.normalise.textclean import furniture, is_furniture
from kcc_papers.segment import Segment

KINDS = {"agenda"}

ITEM = re.compile(
    # "4.1 Revenue Monitoring": an item under the heading "4. Reports"
    # the label in the paper's own case: "Item 4", "ITEM 4"
    r"^(?:[-•]\s*)?(?:(?:Agenda\s+|AGENDA\s+)?(?:Item|ITEM)\s+)?"
    # a board's timed agenda: "10.05   2.  Declarations of interest" (the time, then the item)
    r"(?:(?:[01]?\d|2[0-3])[.:][0-5]\d\s+(?=\d{1,3}[.)]?\s))?"
    # "(1) Declarations of Interest": the ref in brackets, as Scottish councils print it
    r"(?P<open>\((?=\d{1,3}[a-z]?\)))?"
    # (a sub-item's number may close with a stop too: "5.1. Performance Report")
    r"(?P<ref>\d{2}/\d{2,4}|[A-Z]\d{1,2}|\d{1,3}\.\d{1,2}(?=\.?\s)|"
    # an item's lettered part with its letter in brackets: "Item 6(a)" under "Item 6", "5(a)."
    # with the stop its items print
    r"\d{1,3}\([a-z]\)(?=\.?\s)|"
    r"\d{1,4}[a-z]?)(?(open)\)|(?:\.|\)|:|\s))\s*"
    r"(?P<title>\S.*)$"
)
# A lettered part of an item ("(a)  25/01873/FUL - Land at ...", "a)  To approve the
# payments"): the item's description, never its title wrapped.
SUB_ITEM = re.compile(r"^\(?[a-z]\)\s+\S")
# An item's part printed as an item under it: "(a)  Schedule of payments" (the item's number
# left to the line above), or "5 (i)  Grazing licence" (printed again before the part).
SUB_PART = re.compile(r"^(?:(?P<number>\d{1,3})(?P<gap>\s?))?\((?P<part>[a-z]|[ivx]{1,4})\)\s+"
                      r"(?P<title>[A-Z].*)$")
SUB_PART_STARTS = ("(", *"0123456789")
# A part's ref, "6(b)" or "5 (ii)": the item's number and its part.
PART_OF_REF = re.compile(r"^(.+?)\s?\(([a-z]|[ivx]{1,4})\)$")
ROMAN_PARTS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# "(Pages 7 - 14)", in Welsh "(Tudalennau 7 - 14)", in both "(Tudalennau / Pages 7 - 14)"
_PAGES_WORD = r"(?:Pages?|Tudalen(?:nau)?)(?:\s*/\s*(?:Pages?|Tudalen(?:nau)?))?"
PAGES = re.compile(rf"\(\s*{_PAGES_WORD}\s+(\d{{1,4}})(?:\s*(?:-|–|to|i)?\s*(\d{{1,4}}))?"
                   r"\s*\)", re.I)
# A bracketed note on the item's paper, not part of its title: "(attached)", "(copy attached)",
# "(To Follow)", "(verbal)", "(verbal update)", "(tabled)", "(exempt: paragraph 3)"; whose
# paper it is ("(Clerk's report attached)") and what the meeting is to do with it ("(attached,
# to receive)", "(enclosed, for approval)").
NOTE = re.compile(
    r"\s*\((?:(?:[a-z'’]+\s+){0,2}(?:attached|enclosed|herewith|to\s+follow)"
    r"(?:\s*,\s*(?:to|for)\s+[a-z]+(?:\s+[a-z]+)?)?|tabled|"
    r"verbal(?:\s+(?:report|update|item))?|exempt(?:\s*(?:[-–:]\s*)?(?:paragraphs?|para\.?)"
    r"\s+\d+(?:\s*(?:,|and)\s*\d+)*)?)\)", re.I)
# A title's tail naming the report's author: "- Report by the Head of Housing".
PRESENTER = re.compile(r"\s+[-–]\s+(Reports?\s+(?:of|by|from)\s+(?:the\s+)?[A-Z].*)$")
# A page range the margin broke before it closed: "(Pages", "(Pages 45" (its "- 58)" on the
# line below).
OPEN_PAGES = re.compile(rf"\(\s*{_PAGES_WORD}(?:\s+\d{{1,4}}(?:\s*(?:-|–|to|i))?)?\s*$", re.I)
SECTION = re.compile(r"^(?:Part\s+)?(?P<letter>[A-Z])\s*[-–]\s+(?P<name>[A-Z].{3,})$")
EXEMPT = re.compile(r"^\s*(EXEMPT\s+ITEMS?|PART\s+(2|II)\b|EXEMPT\s+INFORMATION)", re.I)
UNRESTRICTED = re.compile(r"^\s*(UNRESTRICTED\s+ITEMS?|PART\s+(1|I)\b|OPEN\s+ITEMS?)", re.I)
# "24/00108", not a planning application's "24/01234/FUL".
DECISION_NO = re.compile(r"\b(\d{2}/\d{5})\b(?!/\w)")
# A web page's link to the item's papers ("PDF 310 KB", "(PDF, 402KB)"): not the item's
# description; printed after the item's title, on its line, it is the link's size, not the title.
DOCUMENT_LINK = re.compile(
    r"(?:^|\s)[(\[]?(?:PDF|Word|HTML|Excel)\s*,?\s+\d+(?:\.\d+)?\s*[KM]B[)\]]?\s*$", re.I)
# Lines of the masthead or the footer that merely look like items ("10.00 am", phone numbers).
# A start time's minutes after the hour read as the ref ("1.30pm in Committee Room 2").
# A month and its year alone are a date's, its day read as the ref: "5 October 2027" wrapped
# from the title above ("... the minutes of the meeting held on").
NOT_A_TITLE = re.compile(r"^(\d{1,2}[.:]\d{2}|\d{2}\s?[ap]\.?m\b|am\b|pm\b|[.:(])|^[\d\W]*$"
                         r"|^(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December),?\s+\d{4}\W*$", re.I)

# A note printed before the title on how the meeting takes the item: "6 (Exempt) Disposal of
# land at Mill Lane", "(Part 2)", "(Confidential)", "(Key decision)". The note is no part of the
# title; a title follows it on its line (capitalised, as titles are), so a line that only
# brackets a note ("27 (to follow)", a year's end wrapped with the title's note) is no item.
LEADING_NOTE = re.compile(
    r"^[(\[]\s*(?P<note>(?i:exempt|confidential|private|restricted|not\s+for\s+publication"
    r"|part\s+(?:[12]|ii?|one|two)|key\s+decision|urgent)\b[^()\[\]]{0,40}?)\s*[)\]]"
    r"\s*(?=[A-Z\d\"'‘“])")
# Of those, the notes that the item is taken in private.
PRIVATE_NOTE = re.compile(
    r"^(?:exempt|confidential|private|restricted|not\s+for\s+publication|part\s+(?:2|ii|two))\b",
    re.I)


# "Item 4" alone on its line over the title, too
NUMBER_ALONE = re.compile(
    r"^\s*(?:(?:Agenda\s+|AGENDA\s+)?(?:Item|ITEM)\s+(?:No\.?\s*)?)?(?:[A-Z]\d{1,2}|\d{1,4}[a-z]?"
    # an item's lettered part, its letter in brackets: "5(a)" under "5"
    r"|\d{1,3}\([a-z]\))\.?\s*$")
# A row's number in a cell of its own beside its other columns: a sub-item's "5.1" too (a time,
# "10.30", is never printed in the number's cell with the row's lead beside it).
NUMBER_IN_ITS_CELL = re.compile(rf"{NUMBER_ALONE.pattern}|^\d{{1,3}}\.\d{{1,2}}\.?$")
# A sub-item's number alone beside its title's wrapped cell ("3.2"): one figure after the stop,
# never a clock time ("10.30" beside a title is its start time).
SUB_NUMBER_ALONE = re.compile(r"^\s*\d{1,3}\.\d\.?\s*$")
# A title line this long that ends without a full stop was wrapped, not finished.
WRAP_MIN_CHARS = 40
# Points a wrapped title line sits right of its item's ref (its hanging indent).
INDENT_TOLERANCE = 2.0
# Points of slack at the right margin when judging whether a word would have fitted a line.
MARGIN_TOLERANCE = 2.0
# Numbered lines looked at ahead for the one that continues a list's first number.
LOOKAHEAD_LINES = 12
# A line this far right of the items' refs is the clerk's signature block, not an item's text.
SIGNATURE_OFFSET = 100.0
# An item's title runs to at most this many lines; past them, lines are its description.
MAX_TITLE_LINES = 3
# Lines each side of a centred number looked through when a later column's wrapped cell is read
# between its title's lines (one of the title's and one of that column's each, at most).
SIDE_WINDOW = 2 * MAX_TITLE_LINES
# Points two lines' type sizes may differ by and be one size: a bold face's box is a little
# taller than its plain one's.
SIZE_TOLERANCE = 0.5
# A row's number, the middle line of its title or none, and its pages in their columns, the
# title's cell wrapped beside them.
PAGED_ROW_SPANS = (2, 3)
# Characters a row's word boundary may lie off where the header's last column starts, each
# character's place estimated from the run's width, and still be where that column begins.
COLUMN_SLACK_CHARS = 2
# Points between a cell's text and the next column's at most: the two cells' padding.
CELL_GAP = 6.0
# A line with at least this many letters, none in lower case, is set in capitals.
MIN_CAPITALS = 4
# Words of a line in capitals that make it a heading, not an acronym wrapped from a title.
MIN_HEADING_WORDS = 2
# How many lines ahead a title is followed to the page range that closes it.
CLOSING_LOOKAHEAD = 3
# An agenda table's item row has a ref, a title and a pages cell.
ITEM_ROW_CELLS = 3
# Refs run on: a "number" more than this past the last item is a numbered line in its text.
MAX_REF_STEP = 3
# A sentence about an item, not its heading: "Item 7 contains exempt information ...", "Item 4
# will be taken after item 6" (the label, its number, then a word in lower case).
MENTIONED = re.compile(r"^(?:[-•]\s*)?(?:(?i:agenda)\s+)?(?i:item)\s+\S+\s+[a-z]")
# ModernGov item descriptions: "To receive ...", "To consider and approve ...".
DESCRIPTION = re.compile(r"^To\s+[a-z]")
# The labelled lines under a title ("Ward: Harnham", "Report of the Head of Planning"): the
# item's description even when the page range that closes the title comes after them.
LABELLED = re.compile(
    r"^(?:(?:Wards?|Electoral\s+divisions?|Divisions?)(?:\s+affected)?|Lead\s+(?:officer|member)|"
    r"Presenting\s+officer|Contact(?:\s+officer)?|Author|Portfolio(?:\s+holder)?|"
    # what the item is for: "Purpose: For decision (Pages 5 - 12)", "Recommendation: To note"
    r"Purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|Summary|Recommendations?)\s*:"
    r"|^Report\s+(?:of|by)\s+(?:the\s+)?[A-Z]"
)


@dataclass
class _Item:
    ref: str
    title_lines: list[str]
    page: int
    section: str | None
    exempt: bool
    closed: bool = False  # the title is complete
    ended: bool = False  # a heading followed: later lines are not its description
    description: list[str] = field(default_factory=list)
    line: Line | None = None  # the line the item starts on (its layout)
    last: Line | None = None  # the title's last line so far


def extract(ctx: Context) -> list[Record]:
    items: list[_Item] = []
    section: str | None = None
    exempt = False
    started = False
    edges = _right_edges(ctx.segment)
    # (a title beside another column, a bilingual agenda's, wraps at its column's edge)
    columns = ColumnEdges((p.number, p.lines) for p in ctx.segment.pages)
    running = furniture(ctx.source.pages)
    lines = _numbers_joined(_table_rows(ctx.segment), edges)
    for n, (page, line) in enumerate(lines):
        text = line.text.strip()
        if EXEMPT.match(text) or UNRESTRICTED.match(text):
            exempt, started = bool(EXEMPT.match(text)), True
            _close_last(items)
            continue
        if SECTION.match(text) and not ITEM.match(text):
            section, started = text, True
            _close_last(items)
            continue
        part = _sub_item(line, page, items)
        if part:
            items.append(part)
            continue
        ahead = [s.text.strip() for _, s in lines[n + 1 : n + 1 + LOOKAHEAD_LINES]]
        item = _new_item(line, page, section, exempt, started, items, ahead)
        if item:
            started = True
            items.append(item)
            item.closed = _closes(item, text)
            continue
        if not items:
            continue
        current = items[-1]
        if current.ended:
            continue
        edge = _edge_for(line, columns.edge(page, current.last), edges.get(page))
        # (read once: whether a page range closes the title here tells both a line broken at
        # a colon and one that goes on)
        continues = not current.closed and _continues(
            current, text, [s.text for _, s in lines[n : n + CLOSING_LOOKAHEAD]])
        broken = not current.closed and _broken_at_margin(
            current, line, edge, continues)
        if _signature(current, line) and not broken:
            current.closed = current.ended = True
            continue
        wraps = _wraps(current, line, edge, _ends_before_next(current, lines[n + 1 : n + 2]))
        if wraps or (
            not current.closed
            and (broken or not _set_apart(current, line))
            and (continues
                 # broken by the margin on a word no title ends with ("... and the"): it goes
                 # on though no page range closes it
                 or (broken and bool(OPEN_END.search(current.title_lines[-1]))))
        ):
            current.title_lines.append(text)
            current.last = line
            current.closed = _closes(current, text)
        elif not DOCUMENT_LINK.search(text):
            current.closed = True
            # (the page's running footer under the last item is no part of its description)
            if not is_furniture(text, running):
                current.description.append(text)
    if not items:
        # No known ref style: the document's own numbering, if it shows one.
        items = [_Item(s.ref, [s.title], s.page, None, False, closed=True)
                 for s in sequenced_items(lines)]
    # No items: the pipeline's one layout_unrecognised check says so.
    return [_record(item) for item in items]


# A table's pages cell: "13 - 30", "7", or nothing to print ("None", "-", "N/A", "Verbal").
# The last of a table's column names, over the papers' pages: "Page", "Pages".
PAGES_COLUMN_NAME = re.compile(r"^Pages?$", re.I)
# A row's closing page range in the pages column: "... 13 - 18" (a pack's pages run to three
# figures: a title closing on years, "2026 - 2027", has none).
TRAILING_RANGE = re.compile(r"\s(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$")
# A pack's page number alone in the pages column (a pack runs to hundreds of pages, not more).
PAGE_FIGURE = re.compile(r"\d{1,3}")
PAGES_CELL = re.compile(r"^(?:(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?|None|Nil|N/?A|[-–]|Verbal)$", re.I)


def _table_rows(segment: Segment) -> list[tuple[int, Line]]:
    """Under a table header ("Item No. / Title / Presenting / Pages") an item's line is a row
    of columns: its title is the column after the number, and its pages the last column, read
    as "(Pages x - y)"; the presenter's column is not part of the title. A ruled table (PDF)
    gives its rows as read by the table reader, its wrapped cells whole."""
    ruled = _ruled_agenda_tables(segment)
    out: list[tuple[int, Line]] = []
    in_table = named = False
    paged_on: int | None = None  # the page of a table header naming its pages column last
    done: set[int] = set()
    # (only on a page whose table has a header row: elsewhere a wide gap may be a title's
    # hanging indent beside its number, read as before)
    headed = {page for page, line in segment.lines
              if AGENDA_TABLE_HEADER.match(line.text) or PAGE_COLUMN_HEADER.match(line.text)
              or (line.cells and header_line(_in_cells(line)))}
    lines = [(page, _in_cells(line) if page in headed else line) for page, line in segment.lines]
    lines = _last_cells_parted(lines, headed)
    aligned = aligned_rows([line for _, line in lines],
                           lambda line: bool(ITEM.match(line.text.strip())))
    for n, (page, line) in enumerate(lines):
        table = next((t for t in ruled.get(page, []) if _inside(line, t)), None)
        if table is not None:
            if id(table) not in done:
                done.add(id(table))
                out += [(page, Line(text, line.x0, line.top, line.x1, line.bottom,
                                    size=line.size, bold=line.bold))
                        for text in _ruled_item_rows(table)]
            continue
        if AGENDA_TABLE_HEADER.match(line.text) or PAGE_COLUMN_HEADER.match(line.text):
            in_table = True
            paged_on = page if PAGES_COLUMN_NAME.match(line.text.split()[-1]) else paged_on
            continue
        if not in_table and header_line(line):
            # the paper's own column names ("Time / Item / Subject / Presenter")
            named = True
            continue
        cells = [text for _, text in line.spans]
        # (a ref of the paper's own code, "PB2", as well: its numbering is read later)
        if page == paged_on and len(cells) <= 1 and (ITEM.match(line.text.strip())
                                                     or led_by_a_ref(line.text)):
            line = _pages_cell_read(line)
        elif in_table and len(cells) >= ITEM_ROW_CELLS and _is_item_row(cells):
            # its runs kept: the number may be centred beside a title wrapped in its cell
            line = Line(_row_text(cells), line.x0, line.top, line.x1, line.bottom, line.spans,
                        size=line.size, bold=line.bold)
        elif (named or n in aligned or any(_cut_short(line, t) for t in ruled.get(page, []))) \
                and cells:
            # (a row the table reader cut short is read in the table's columns too)
            line = _with_columns(line, title_columns(line))
        out.append((page, line))
    return out


def _last_cells_parted(lines: list[tuple[int, Line]],
                       headed: set[int]) -> list[tuple[int, Line]]:
    """A row whose title ran up to the next column (its lead, "Chair") is read as one run, the
    column's gap too narrow to part its cells. Where it ends with a later column's text that
    another row of the page prints as its own cell, ending at the same point (so starting in
    that column), that text is parted from the title as the other rows' cells are; else, a
    row reaching past where the header names its last column holds that column's text from
    there (a title's cell never runs into the next column)."""
    # (each page's last cells apart: a row is parted by its own page's cells only, and a long
    # pack's rows are not each matched against every page's)
    ends: dict[int, dict[str, list[float]]] = {}
    last_column: dict[int, float] = {}
    title_column: dict[int, float] = {}  # where the header names the column after the number's
    for page, line in lines:
        if page not in headed:
            continue
        if len(line.spans) < ITEM_ROW_CELLS:
            if line.x1 is not None and _number_beside_a_column(line):
                ends.setdefault(page, {}).setdefault(line.spans[-1][1].strip(), []).append(line.x1)
            continue
        if AGENDA_TABLE_HEADER.match(line.text) or header_line(line):
            last_column.setdefault(page, line.spans[-1][0])
            title_column.setdefault(page, line.spans[1][0])
        elif line.x1 is not None:
            ends.setdefault(page, {}).setdefault(line.spans[-1][1].strip(), []).append(line.x1)
    if not ends and not last_column:
        return lines
    out = []
    for page, line in lines:
        if page in headed and len(line.spans) <= 1 and line.x1 is not None:
            cells = list(ends.get(page, {}).items())
            line = (_last_cell_parted(line, cells) or _page_figure_parted(line, cells)
                    or _parted_at_column(line, last_column.get(page), title_column.get(page))
                    or line)
        out.append((page, line))
    return out


def _number_beside_a_column(line: Line) -> bool:
    """A row's number and one later column's cell on its line, the title wrapped in its own
    cell above and below them ("5" ... "Chief Internal Auditor"): that cell is the column's,
    printed in other rows after their titles too."""
    return len(line.spans) == 2 and bool(NUMBER_IN_ITS_CELL.match(line.spans[0][1].strip()))


def _last_cell_parted(line: Line, cells: list[tuple[str, list[float]]]) -> Line | None:
    text = line.text.rstrip()
    for cell, x1s in cells:
        head = text.removesuffix(f" {cell}")
        if (head == text or not ITEM.match(head.strip()) or line.x1 is None
                or not any(abs(line.x1 - x1) <= INDENT_TOLERANCE for x1 in x1s)):
            continue
        return _parted(line, len(head))
    return None


def _page_figure_parted(line: Line, cells: list[tuple[str, list[float]]]) -> Line | None:
    """A row read as one run whose last word is a page number ending where another row's
    page number, read as a cell of its own, ends: it is the pages column's, not the title's
    (a borderless table's header, "Item  Page", read as one run too, tells not where that
    column starts). A column of figures ends them at one place, set right-aligned, or those
    of as many digits, set left-aligned: figures are all one width."""
    head, _, last = line.text.rstrip().rpartition(" ")
    if line.x1 is None or not PAGE_FIGURE.fullmatch(last) or not ITEM.match(head.strip()):
        return None
    if not any(PAGE_FIGURE.fullmatch(cell) and abs(line.x1 - x1) <= INDENT_TOLERANCE
               for cell, x1s in cells for x1 in x1s):
        return None
    return _parted(line, len(head))


def _parted_at_column(line: Line, column: float | None,
                      title_x: float | None = None) -> Line | None:
    """The row parted at the word boundary nearest where the last column starts (each
    character's place estimated at the run's mean width), if one lies near it. Where the
    header names the title's column, the row's number ("3.") is set before it, past a gap no
    character's width tells: the title's characters are measured from there."""
    text = line.text.rstrip()
    if (column is None or line.x0 is None or line.x1 is None or not text
            or not line.x0 < column < line.x1 - CELL_GAP):
        return None
    x0, start = line.x0, 0
    first = text.split(maxsplit=1)
    if (title_x is not None and len(first) == 2 and line.x0 < title_x < column
            and NUMBER_IN_ITS_CELL.match(first[0])):
        x0, start = title_x, len(text) - len(first[1])
    per_char = (line.x1 - x0) / max(len(text) - start, 1)
    def at(k: int) -> float:
        return x0 + (k + 1 - start) * per_char
    best = min((k for k, c in enumerate(text) if c == " " and k >= start),
               key=lambda k: abs(at(k) - column), default=None)
    if best is None or abs(at(best) - column) > COLUMN_SLACK_CHARS * per_char:
        return None
    if not ITEM.match(text[:best]) or not text[best + 1 :][:1].isupper():
        return None
    return _parted(line, best)


def _parted(line: Line, at: int) -> Line:
    """``line`` as its first ``at`` characters (the title's cell) and the cell after them."""
    text = line.text.rstrip()
    head, cell = text[:at].rstrip(), text[at:].strip()
    x0 = line.x0 or 0.0
    per_char = ((line.x1 or x0) - x0) / max(len(text), 1)
    # (where the title ends is not known: the next cell's start less its padding, near enough)
    x1 = x0 + (len(text) - len(cell)) * per_char - CELL_GAP
    return replace(line, text=head, x1=x1, spans=[(x0, head), (x1 + CELL_GAP, cell)])


def _in_cells(line: Line) -> Line:
    """A table row PDFium read as one run ("3  Minutes of the meeting held on ...  Chair
    Approval") as its cells, where the text layer shows them (``Line.cells``)."""
    return line if not line.cells else replace(line, spans=line.cells)


def _pages_cell_read(line: Line) -> Line:
    """An item row read as one run under a pages column ("3 Minutes 1 - 6"): its closing
    range is the paper's pages, "(Pages 1 - 6)". A figure alone is left (a year or a count
    ends titles too)."""
    m = TRAILING_RANGE.search(line.text)
    if m is None:
        return line
    text = f"{line.text[: m.start()].rstrip()} (Pages {m.group(1)} - {m.group(2)})"
    return Line(text, line.x0, line.top, line.x1, line.bottom, line.spans, size=line.size,
                bold=line.bold)


def _with_columns(raw: Line, row: Line) -> Line:
    """A text row's columns joined keep the runs they were read from (where the title's
    column ends and the next begins)."""
    if row is raw:
        return row
    return Line(row.text, row.x0, row.top, row.x1, row.bottom, raw.spans, size=row.size,
                bold=row.bold)


def _ruled_item_rows(table: Table) -> list[str]:
    """A ruled table's item rows as lines: under a known header its first two columns, under
    the paper's own column names its ref column and the title after it."""
    texts = table.texts()
    if AGENDA_TABLE_HEADER.match(" ".join(texts[0])):
        return [_row_text(cells) for cells in texts[1:] if _is_item_row(cells)]
    return ruled_rows(table) or []


def _ruled_agenda_tables(segment: Segment) -> dict[int, list[Table]]:
    """A PDF's ruled tables (read only where the page prints an items table header)."""
    if segment.source.format != "pdf":
        return {}
    found: dict[int, list[Table]] = {}
    for page in segment.pages:
        if not any(AGENDA_TABLE_HEADER.match(line.text) or may_head_a_table(line)
                   for line in page.lines):
            continue
        for table in page.tables:
            texts = table.texts()
            if table.bbox and texts and (AGENDA_TABLE_HEADER.match(" ".join(texts[0]))
                                         or ruled_rows(table)):
                found.setdefault(page.number, []).append(table)
    return found


def _inside(line: Line, table: Table) -> bool:
    """The line lies within the table's box: a line that runs on below it is a row the table
    reader cut short (a zebra table's last, unshaded row), read as the page's text."""
    if table.bbox is None or line.top is None:
        return False
    bottom = line.bottom if line.bottom is not None else line.top
    return table.bbox[1] - 1 <= line.top and bottom <= table.bbox[3] + 1


def _cut_short(line: Line, table: Table) -> bool:
    """The line starts within the table's box and runs on below it (see _inside)."""
    return (table.bbox is not None and line.top is not None and line.bottom is not None
            and table.bbox[1] - 1 <= line.top <= table.bbox[3] + 1 < line.bottom)


def _is_item_row(cells: list[str]) -> bool:
    cells = [" ".join(c.split()) for c in cells]
    return len(cells) >= 2 and bool(ITEM.match(f"{cells[0]} {cells[1]}"))


def _row_text(cells: list[str]) -> str:
    cells = [" ".join(c.split()) for c in cells]
    text = f"{cells[0]} {cells[1]}"
    pages = PAGES_CELL.match(cells[-1]) if len(cells) >= ITEM_ROW_CELLS else None
    if pages and pages.group(1):
        text += f" (Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})"
    return text


def _numbers_joined(lines: list[tuple[int, Line]],
                    edges: dict[int, float]) -> list[tuple[int, Line]]:
    """A web agenda prints each item's number in a cell of its own ("1." above "Apologies"):
    the number joins the title line below it. A table row whose title wrapped in its cell
    prints the number centred beside the cell's lines: the number joins them all."""
    out: list[tuple[int, Line]] = []
    skip = 0
    for n, (page, line) in enumerate(lines):
        if skip:
            skip -= 1
            continue
        below = [ln for p, ln in lines[n + 1 : n + 1 + MAX_TITLE_LINES] if p == page]
        above = [ln for p, ln in reversed(out[-MAX_TITLE_LINES:]) if p == page]
        centred = _centred_row(line, above, below, edges.get(page))
        if centred:
            half, joined = centred
            del out[-half:]
            out.append((page, joined))
            skip = half
            continue
        beside = _centred_beside_other_cells(n, lines, out, edges.get(page))
        if beside:
            kept, skip, joined = beside
            del out[kept:]
            out.append((page, joined))
            continue
        nxt = lines[n + 1][1] if n + 1 < len(lines) else None
        if (NUMBER_ALONE.match(line.text) and nxt and nxt.text.strip() and not ITEM.match(nxt.text)
                and not _far_left_of(nxt, line)):
            joined = Line(f"{line.text.strip()} {nxt.text.strip()}", line.x0, line.top,
                          nxt.x1, nxt.bottom, size=nxt.size, bold=nxt.bold)
            out.append((page, joined))
            skip = 1
            continue
        out.append((page, line))
    return out


def _centred_row(line: Line, above: list[Line], below: list[Line],
                 page_edge: float | None) -> tuple[int, Line] | None:
    """A row's number centred beside its title's wrapped cell: how many of the cell's lines
    lie on each side of it (``above`` and ``below``, nearest first) and the row as one line."""
    number, pages, pages_x = _paged_number(line)
    if NUMBER_ALONE.match(number.text) or SUB_NUMBER_ALONE.match(number.text):
        half = _centred_cell(number, above, below)
        if half:
            cell = above[:half][::-1] + below[:half]
            return half, _cell_joined(number, cell, pages)
    half = _centred_among_columns(line, above, below)
    if half:
        cell = above[:half][::-1] + below[:half]
        return half, _cell_joined(_number_part(line), cell, _pages_of(line))
    # a row's title ends where its pages' column begins, not at the page's margin
    edge = pages_x - CELL_GAP if pages_x is not None else page_edge
    half = _centred_on_a_line(number, above, below, edge)
    if half:
        cell = [*above[:half][::-1], _title_part(number), *below[:half]]
        return half, _cell_joined(_number_part(number), cell, pages)
    return None


def _centred_beside_other_cells(n: int, lines: list[tuple[int, Line]],
                                out: list[tuple[int, Line]],
                                page_edge: float | None) -> tuple[int, int, Line] | None:
    """A centred row (see _centred_row) whose later column (its lead, "Assistant Director,
    Legal and / Democratic Services") wrapped too, its lines read between the title's: the
    title's cell read past them, they being the row's other cells, not its title. Returns how
    many lines already read are kept, how many after the number's line are taken, and the
    row; or None."""
    page, line = lines[n]
    if not line.spans or not NUMBER_IN_ITS_CELL.match(line.spans[0][1].strip()):
        return None
    above_at = [k for k in range(len(out) - 1, max(len(out) - SIDE_WINDOW, 0) - 1, -1)
                if out[k][0] == page]
    below_at = [k for k in range(n + 1, min(n + 1 + SIDE_WINDOW, len(lines)))
                if lines[k][0] == page]
    window = [out[k][1] for k in above_at] + [lines[k][1] for k in below_at]
    side = other_columns(line, window)
    if not side:
        return None
    above_at = [k for k in above_at if id(out[k][1]) not in side]
    below_at = [k for k in below_at if id(lines[k][1]) not in side]
    centred = _centred_row(line, [out[k][1] for k in above_at],
                           [lines[k][1] for k in below_at], page_edge)
    if centred is None:
        return None
    half, joined = centred
    return above_at[half - 1], below_at[half - 1] - n, joined


def _far_left_of(line: Line, number: Line) -> bool:
    """``line`` starts far left of ``number``: not the title of an item numbered there but
    the page's text under a label in its corner ("Item 4" printed at the top right of each of
    a pack's papers)."""
    return (line.x0 is not None and number.x0 is not None
            and number.x0 - line.x0 >= SIGNATURE_OFFSET)


def _centred_cell(number: Line, above: list[Line], below: list[Line]) -> int:
    """How many of a wrapped cell's lines lie on each side of a number centred beside them (a
    borderless table's row: "Police and Crime ... Report -" / "5." / "Quarter 1 (Pages 6 - 9)"),
    or 0. The number's line overlaps the lines next to it above and below (it sits between
    them, not on a line of its own), and those lines start in one column right of it; the cell
    runs on above and below through lines of that column that are no items."""
    if not above or not below or number.x1 is None or number.top is None:
        return 0
    column = below[0].x0
    first_above, first_below = above[0], below[0]
    if (column is None or column <= number.x1 or first_above.bottom is None
            or first_below.top is None or number.bottom is None):
        return 0
    if not (first_above.bottom > number.top and first_below.top < number.bottom):
        return 0
    ref = number.text.split()[-1].rstrip(".")
    return min(_column_run(above, column, ref), _column_run(below, column, ref, below=True))


def _centred_among_columns(line: Line, above: list[Line], below: list[Line]) -> int:
    """Like _centred_cell, for a row printing other columns (lead, purpose, paper) on the
    number's line: "1  Chair  -" between "Apologies and declarations" and "of interest". The
    title's column is empty on the number's line, its next run starting right of where the
    cell's lines above and below start; the row's other columns are not the title."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    if (len(spans) < 2 or not NUMBER_IN_ITS_CELL.match(spans[0][1]) or not above or not below
            or line.top is None or line.bottom is None):
        return 0
    first_above, first_below = above[0], below[0]
    column = first_below.x0
    if (column is None or first_above.x0 is None or first_above.bottom is None
            or first_below.top is None
            or abs(first_above.x0 - column) > INDENT_TOLERANCE
            or not spans[0][0] < column < spans[1][0] - CELL_GAP):
        return 0
    if not (first_above.bottom > line.top and first_below.top < line.bottom):
        return 0
    # (a title's last line that opens with a figure, "28 May 2026" under "9", is no item)
    ref = spans[0][1].rstrip(".")
    return min(_column_run(above, column, ref), _column_run(below, column, ref, below=True))


def _pages_of(line: Line) -> str:
    """A row's pages printed in its last column, as "(Pages 7 - 12)", or nothing."""
    spans = [t.strip() for _, t in line.spans if t.strip()]
    pages = PAGES_CELL.match(spans[-1]) if len(spans) >= ITEM_ROW_CELLS else None
    if pages is None or not pages.group(1):
        return ""
    return f"(Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})"


def _column_run(side: list[Line], column: float, ref: str | None = None, *,
                below: bool = False) -> int:
    """How many of ``side``'s lines, nearest first, start in ``column`` and are no items. With
    the centred number's ``ref``, a line in the title's column whose figure is no neighbour of
    it in the numbering is the title's words ("10 July 2026" under "3"), not an item; the
    numbering runs down the page, so under the number (``below``) only a figure after it is
    the next item, above it only one before it ("4 and Year End 2021/22" under "7" is its
    title's wrapped words)."""
    count = 0
    for ln in side:
        if ln.x0 is None or abs(ln.x0 - column) > INDENT_TOLERANCE:
            break
        m = ITEM.match(ln.text)
        if m and (ref is None or _neighbours(ref, m.group("ref"), below=below)):
            break
        count += 1
    return count


def _neighbours(ref: str, other: str, *, below: bool) -> bool:
    """Whether ``other``, a figure opening a line below (or above) item ``ref``'s line, is
    the item next to it on that side in the numbering (or ``ref`` again)."""
    return ref == other or (_follows(ref, other) if below else _follows(other, ref))


def _centred_on_a_line(line: Line, above: list[Line], below: list[Line],
                       edge: float | None) -> int:
    """Like _centred_cell, for a cell of an odd number of lines: the centred number is read
    onto the cell's middle line ("2" and "Reserves Strategy and the ..." in two runs of one
    line), as many of the cell's lines above it as below, in the middle line's column. The
    line above was broken by the right margin (a description under the last item is not)."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    if len(spans) < 2 or not NUMBER_ALONE.match(spans[0][1]) or not above or not below:
        return 0
    column = spans[1][0]
    # (a line of the title's that opens with a figure, "2026 and matters arising" under "2",
    # is no item: only a neighbour of the number in the numbering is)
    ref = spans[0][1].rstrip(".")
    half = min(_column_run(above, column, ref), _column_run(below, column, ref, below=True))
    # a title's page range closes it: a line above that prints one ends the item before, and
    # the number starts its own title on its line (a label column's row, not a centred one)
    if any(PAGES.search(ln.text) for ln in above[:half]):
        return 0
    if not half:
        return 0
    # a cell of a table printed without a pages column wraps at its column's right edge, the
    # furthest its neighbours in that column reach, not at the page's margin
    # (a line that holds a later column's run as well ends before it)
    cell_edge = max((end for ln in [*above, *below] if ln.x0 is not None
                     and abs(ln.x0 - column) <= INDENT_TOLERANCE
                     and (end := title_end(ln)) is not None), default=None)
    middle = _title_part(line)
    if middle.x1 is None and middle.x0 is not None and above[0].x0 is not None \
            and above[0].x1 is not None:
        # other columns follow it: its end estimated at the width of the cell's line above
        per_char = (above[0].x1 - above[0].x0) / max(len(above[0].text.strip()), 1)
        middle.x1 = middle.x0 + per_char * len(middle.text)
    if not any(_full_line(above[0], middle, e) for e in (edge, cell_edge)):
        return 0
    return half


def _number_part(line: Line) -> Line:
    return Line(line.spans[0][1].strip(), line.x0, line.top, None, line.bottom, size=line.size,
                bold=line.bold)


def _title_part(line: Line) -> Line:
    """The middle line of a centred row's title: the run after its number; the runs after it
    are the row's other columns (lead, purpose), where its own end is not known."""
    x, text = line.spans[1]
    x1 = line.x1 if len(line.spans) == 2 else None
    return Line(text.strip(), x, line.top, x1, line.bottom, size=line.size, bold=line.bold)


def _paged_number(line: Line) -> tuple[Line, str, float | None]:
    """A row's number (and the middle line of its title) with, printed on its line in a
    column of its own, the paper's pages ("4" ... "7 - 12" beside a title wrapped above and
    below them): the line without its pages, them as "(Pages 7 - 12)" and where their
    column starts; or the line itself and no pages."""
    spans = [(x, t.strip()) for x, t in line.spans if t.strip()]
    pages = PAGES_CELL.match(spans[-1][1]) if len(spans) in PAGED_ROW_SPANS else None
    if pages is None or not pages.group(1) or not NUMBER_ALONE.match(spans[0][1]):
        return line, "", None
    kept = spans[:-1]
    # a run's end is not kept apart: a title's ends before the pages' column, a number
    # alone (a figure or two) where it starts, near enough
    end = spans[-1][0] - CELL_GAP if len(kept) > 1 else kept[0][0]
    row = Line(" ".join(t for _, t in kept), line.x0, line.top, end, line.bottom, kept,
               size=line.size, bold=line.bold)
    return row, f"(Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})", spans[-1][0]


def _cell_joined(number: Line, cell: list[Line], pages: str = "") -> Line:
    text = " ".join([number.text.strip()] + [ln.text.strip() for ln in cell] + [pages]).strip()
    last = cell[-1]
    return Line(text, number.x0, cell[0].top, last.x1, last.bottom, size=last.size, bold=last.bold)


def _close_last(items: list[_Item]) -> None:
    if items:
        items[-1].closed = items[-1].ended = True


def _new_item(
    line: Line,
    page: int,
    section: str | None,
    exempt: bool,
    started: bool,
    items: list[_Item],
    ahead: list[str],
) -> _Item | None:
    text = line.text.strip()
    m = ITEM.match(text)
    title = _titled(m) if m else None
    if m is None or title is None:
        return None
    ref = m.group("ref")
    if MENTIONED.match(text):
        return None
    if items:
        prev = items[-1]
        # a clerk's number printed again over the item's next part, never a sentence going on
        # from it ("7 contains exempt information")
        repeated = (ref == prev.ref and _same_indent(prev.line, line)
                    and not title[:1].islower())
        if not (_follows(prev.ref, ref) or repeated):
            return None
    elif (not started and ref not in ("1", "A1", "1a") and not _sequence_continues(ref, ahead)
          and not _paged(text, ahead)):
        # Before the first section marker a list starts at "1"/"A1", or at a number (a
        # community council's running minute number) that the next numbered line continues,
        # or at an item printed with its page range (a supplementary agenda's one item "8.",
        # numbered as on the agenda it supplements).
        return None
    private = _private(m.group("title"))
    return _Item(ref, [title], page, section, exempt or private, line=line, last=line)


def _titled(m: re.Match[str]) -> str | None:
    """The title an item's line prints after its ref, a note before it ("(Exempt)") left out;
    None where what follows the ref is no title (a time, a date's month, a bare note)."""
    title = m.group("title")
    note = LEADING_NOTE.match(title)
    if note:
        title = title[note.end() :]
    return None if NOT_A_TITLE.match(title) else title


def _private(title: str) -> bool:
    """The note before the title says the item is taken in private ("(Exempt)", "(Part 2)")."""
    note = LEADING_NOTE.match(title)
    return bool(note and PRIVATE_NOTE.match(note.group("note")))


def _sub_item(line: Line, page: int, items: list[_Item]) -> _Item | None:
    """An item's lettered or numbered part printed as an item of its own under it ("6. Finance"
    over "(a) Schedule of payments", "(b) Bank reconciliation"; "5 (i) Grazing licence"): a
    title in capitals' case, its part the next of the item's one run of parts ("a", "b", ...
    or "i", "ii", ...). A part worded as what the meeting does ("(a) to approve the payments")
    or a recommendation's limbs are the item's description."""
    text = line.text.strip()
    if not items or items[-1].ended or not text.startswith(SUB_PART_STARTS):
        return None
    m = SUB_PART.match(text)
    if m is None or DESCRIPTION.match(m.group("title")) or m.group("title").endswith((";", ".")):
        return None
    current = items[-1]
    parent, before = _parent_and_part(current.ref)
    number = m.group("number")
    if number is not None and number != parent:
        return None
    if not _next_part(before, m.group("part")):
        return None
    # (the part's ref as printed: "5 (i)", "5(a)"; an item's number left to the line above
    # joins its part unspaced, "6(a)")
    ref = f"{parent}{m.group('gap') or ''}({m.group('part')})"
    current.closed = current.ended = True
    return _Item(ref, [m.group("title")], page, current.section, current.exempt, line=line,
                 last=line)


def _parent_and_part(ref: str) -> tuple[str, str | None]:
    """"6(b)" is item 6's part "b"; "6" is an item with no part yet."""
    m = PART_OF_REF.match(ref)
    return (m.group(1), m.group(2)) if m else (ref, None)


def _next_part(before: str | None, part: str) -> bool:
    """``part`` comes next after ``before`` in its run: "a" or "i" first, then "b" after "a",
    "ii" after "i" (a roman run read as such from its "i": "v" follows "iv", not "u")."""
    if before is None:
        return part in ("a", "i")
    if before in ROMAN_PARTS:
        index = ROMAN_PARTS.index(before)
        if index + 1 < len(ROMAN_PARTS) and part == ROMAN_PARTS[index + 1]:
            return True
    return len(before) == 1 and len(part) == 1 and ord(part) == ord(before) + 1


def _paged(text: str, ahead: list[str]) -> bool:
    """The item's line prints its page range, or the line under it starts with it (the range
    wrapped onto a line of its own)."""
    return bool(PAGES.search(text) or (ahead and PAGES.match(ahead[0])))


def _sequence_continues(ref: str, ahead: list[str]) -> bool:
    for text in ahead:
        m = ITEM.match(text)
        if m and _titled(m) is not None:
            return _follows(ref, m.group("ref")) and _step(ref, m.group("ref")) == 1
    return False


def _same_indent(a: Line | None, b: Line) -> bool:
    """Two lines at one indent (a clerk's repeated number, "2449. ... / 2449. ...")."""
    return bool(a and a.x0 is not None and b.x0 is not None
                and abs(a.x0 - b.x0) <= INDENT_TOLERANCE)


def _right_edges(segment: Segment) -> dict[int, float]:
    """Where each PDF page's lines end at the right: its width less its left margin (the
    leftmost line), margins being alike on both sides."""
    edges = {}
    for page in segment.pages:
        lefts = [line.x0 for line in page.lines if line.x0 is not None]
        if page.width and lefts:
            edges[page.number] = page.width - min(lefts)
    return edges


def _word_wrapped(last: Line, line: Line, edge: float | None) -> bool:
    """``line`` starts where the title did, but its first word would not have fitted at the
    end of the title's line before the right margin: the line was wrapped there."""
    if last.x0 is None or line.x0 is None or abs(line.x0 - last.x0) > INDENT_TOLERANCE:
        return False
    return _full_line(last, line, edge)


def _full_line(last: Line, line: Line, edge: float | None) -> bool:
    """``last`` ran so near the right margin that ``line``'s first word would not have fitted
    after it: a line broken there by the margin, not by its writer."""
    words = line.text.split()
    if edge is None or last.x1 is None or line.x0 is None or line.x1 is None or not words:
        return False
    per_char = (line.x1 - line.x0) / max(len(line.text.strip()), 1)
    return last.x1 + per_char * (len(words[0]) + 1) > edge - MARGIN_TOLERANCE


def _broken_at_margin(item: _Item, line: Line, edge: float | None, ranged: bool = False) -> bool:
    """The title's line was broken by the right margin, unfinished, and ``line`` goes on under
    the title's words (right of the ref): the title's last words, whatever their type (a bold
    ref and its title merged into one line may read as bold over a plain wrapped line). A line
    ending on a colon is unfinished only where the lines under it go on to the title's page
    range (``ranged``: "Former Depot, Marston Lane:" over "demolition of ... (pages 5 - 7)");
    elsewhere the colon introduces a list."""
    first, last = item.line, item.last
    if first is None or last is None or first.x0 is None or line.x0 is None:
        return False
    previous = PAGES.sub("", last.text).strip()
    ends = (".",) if ranged else (".", ":")
    return (line.x0 > first.x0 + INDENT_TOLERANCE and not previous.endswith(ends)
            and _full_line(last, line, edge))


def _room_before_column(last: Line, line: Line) -> bool:
    """A text title line set beside a column (its pages): the next line's first word would have
    fitted between the title's end and that column, so the title was not wrapped there."""
    words = line.text.split()
    if last.x1 is not None or len(last.spans) < 2 or not words:
        return False
    (title_x, title), (column_x, _) = last.spans[-2], last.spans[-1]
    if OPEN_END.search(title):
        # "Waste ... Performance -" beside its "(Pages 3 - 4)": a title broken after its dash
        # (or "and") goes on below, whatever room was left on its line
        return False
    return title_x + (len(title) + 1 + len(words[0])) * CHAR_POINTS <= column_x


def _wraps(item: _Item, line: Line, edge: float | None = None, last_line: bool = False) -> bool:
    """A PDF title wrapped onto the item's hanging indent: the line sits right of the item's
    ref, in the title's own size and weight, under a title line that ran to the margin (the
    page range may already be printed at the end of the first line). Without a hanging
    indent, a line at the title's own indent whose first word would not have fitted on the
    title's line is wrapped too. A title line ending on a colon introduces a list, unless the
    margin broke it and the line under it is the item's last (``last_line``: the next item
    follows it), as in "Winter Service Plan 2026/27:" over "Mid-Season Review"."""
    first, last = item.line, item.last
    if item.ended or item.description or first is None or last is None:
        return False
    if first.x0 is None or line.x0 is None:
        return False
    word_wrapped = _word_wrapped(last, line, edge)
    if line.x0 <= first.x0 + INDENT_TOLERANCE and not word_wrapped:
        return False
    text = line.text.strip()
    capitals = _in_capitals(PAGES.sub("", last.text))
    if capitals and not _in_capitals(text):
        return False  # a title in capitals goes on in capitals: a sentence under it describes it
    if not capitals and _in_capitals(text) and len(text.split()) >= MIN_HEADING_WORDS:
        return False  # nor does one in small letters: "REPORTS FOR NOTING" heads the next items
    # a line in capitals under one is the title going on, whatever room its column left
    if not capitals and _room_before_column(last, line):
        return False
    same_type = (line.size, line.bold) == (last.size, last.bold) or _weight_of_its_ref(
        last, line, edge)
    if not same_type or len(item.title_lines) > MAX_TITLE_LINES:
        return False
    numbered = ITEM.match(text)
    if numbered and _follows(item.ref, numbered.group("ref")) and _titled(numbered) is not None:
        return False  # the next item ("2025 and, ..." is the title's year, not an item)
    if SUB_ITEM.match(text):
        return False  # the item's first lettered part
    if text.startswith(("-", "–")) or DESCRIPTION.match(text) or LABELLED.match(text):
        return False
    previous = PAGES.sub("", last.text).strip()
    if OPEN_PAGES.search(previous) or PAGES.search(text):
        return False  # the page range closes the title: handled by _continues
    # (a title broken after a dash or "and" goes on, however short its line)
    if previous.endswith(":") and word_wrapped and last_line:
        return True
    # (a line the margin broke is unfinished however short: a narrow column's are)
    return ((len(previous) >= WRAP_MIN_CHARS or word_wrapped or bool(OPEN_END.search(previous)))
            and not previous.endswith((".", ":", ":-")))


def _edge_for(line: Line, column_edge: float | None, page_edge: float | None) -> float | None:
    """The right edge the title's last line was set to, as ``line`` is judged against it: its
    column's where another column stands beside it and ``line`` starts within that column (a
    line starting past it is the other column's text, judged as on any page)."""
    if column_edge is None or line.x0 is None or line.x0 >= column_edge:
        return page_edge
    return column_edge


def _ends_before_next(item: _Item, after: list[tuple[int, Line]]) -> bool:
    """The line after the one read is the next item's (so the one read is the item's last)."""
    if not after:
        return False
    m = ITEM.match(after[0][1].text.strip())
    return m is not None and _follows(item.ref, m.group("ref"))


def _weight_of_its_ref(last: Line, line: Line, edge: float | None) -> bool:
    """A title line that starts with its ref ("B1" or "10" in a bold label column, the title
    in plain type beside it) weighs as its ref: a line's weight is its first run's. The title
    is not known to change type when the line under it starts right of the ref (on the
    title's hanging indent), in its size, under a title line broken by the right margin."""
    if line.size is None or last.size is None or abs(line.size - last.size) > SIZE_TOLERANCE:
        return False
    return (bool(ITEM.match(last.text.strip())) and line.x0 is not None and last.x0 is not None
            and line.x0 > last.x0 + INDENT_TOLERANCE and _full_line(last, line, edge))


def _in_capitals(text: str) -> bool:
    """A line set in capitals ("HOUSEHOLD WASTE RECYCLING CENTRES - PERFORMANCE AND")."""
    return sum(c.isalpha() for c in text) >= MIN_CAPITALS and text.upper() == text


def _signature(item: _Item, line: Line) -> bool:
    first = item.line
    return bool(first and first.x0 is not None and line.x0 is not None
                and line.x0 - first.x0 >= SIGNATURE_OFFSET)


def _follows(prev: str, ref: str) -> bool:
    """Refs increase: 4 -> 5, A6 -> B1, 3 -> 3a. Guards against numbered description lines."""
    (pl, pn, ps), (rl, rn, rs) = _key(prev), _key(ref)
    if pl != rl:
        return rl > pl and (not pl or rn == 1)
    return (rn, rs) > (pn, ps) and rn - pn <= MAX_REF_STEP


def _step(prev: str, ref: str) -> int:
    return _key(ref)[1] - _key(prev)[1]


def _key(ref: str) -> tuple[str, int, str]:
    """A parish numbers its agenda by year and running number ("25/040"): the year stands
    where a letter would, so the items still run on within it."""
    m = re.match(r"(?:(\d{2})/)?([A-Z]?)(\d+)(?:\.(\d+))?\(?([a-z]?)", ref)
    assert m
    # "4.1" follows "4" and comes before "4.2" and "5" (its sub-number compared as a number);
    # "6(a)" is "6a"
    sub = f".{int(m.group(4)):03d}" if m.group(4) else ""
    return (m.group(1) or "") + m.group(2), int(m.group(3)), sub + m.group(5)


def _closes(item: _Item, text: str) -> bool:
    return bool(PAGES.search(text)) or (not OPEN_PAGES.search(text)
                                           and len(item.title_lines) > MAX_TITLE_LINES)


def _set_apart(item: _Item, line: Line) -> bool:
    """A line under the title that is not more of it, whatever page range it holds: one worded
    as what the meeting does with the item ("To confirm the minutes (pages 1 - 10)."), or, in a
    PDF, one set in another size or weight than the title's last line (a bold title over its
    plain "Report of ... (pages 11 - 34)" line)."""
    if DESCRIPTION.match(line.text.strip()):
        return True
    last = item.last
    return (last is not None and last.size is not None and line.size is not None
            and (line.size, line.bold) != (last.size, last.bold))


def _continues(item: _Item, text: str, ahead: list[str]) -> bool:
    """A line continues the title when it holds, or the next line holds, the page range that
    closes the title. ``ahead[0]`` is ``text``."""
    if LABELLED.match(text):
        return False
    # (a range opened at the line's end, "... bedspaces (pages", is closed on the next)
    if OPEN_PAGES.search(item.title_lines[-1]) or PAGES.search(text) or OPEN_PAGES.search(text):
        return True
    following = ahead[1] if len(ahead) > 1 else ""
    return bool(PAGES.search(following)) and not ITEM.match(following)


def _record(item: _Item) -> AgendaItem:
    title = " ".join(item.title_lines)
    # the page range may close the labelled lines under the title instead
    pages = PAGES.search(title) or PAGES.search(" ".join(item.description))
    page_from = int(pages.group(1)) if pages else None
    page_to = int(pages.group(2)) if pages and pages.group(2) else page_from
    # "Accounts for payment:-": the colon introduces the sub-items of the description.
    exempt = item.exempt or any("exempt" in n.group().lower() for n in NOTE.finditer(title))
    title = NOTE.sub("", PAGES.sub("", DOCUMENT_LINK.sub("", title)))
    title = title.strip(" -–").removesuffix(":-").rstrip(" :")
    # "Tenant Participation Strategy - Report by the Head of Housing": who presents it
    presenter = PRESENTER.search(title)
    if presenter:
        title = title[: presenter.start()]
    decision = DECISION_NO.search(title)
    if decision and title.startswith(decision.group(1)):
        title = title[len(decision.group(1)) :].strip(" -–")
    return AgendaItem(
        item_ref=item.ref,
        title=" ".join(title.split()),
        page_from=page_from,
        page_to=page_to,
        section=item.section,
        exempt=exempt,
        decision_number=decision.group(1) if decision else None,
        description=" ".join(item.description) or (presenter.group(1) if presenter else None),
        page=item.page,
    )
