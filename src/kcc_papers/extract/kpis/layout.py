"""The reading order of a performance report as one stream of text lines and table rows.

Dashboards put KPIs in tables, service names and dates in the text around them. PDF tables are
read (slowly, through pdfplumber) only on pages whose text says they hold KPIs; everywhere else
the stream is text lines only."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from kcc_papers.load.aligned import page_tables
from kcc_papers.load.model import LayoutReader, Line, Page, Table
from kcc_papers.load.page_tables import pdf_tables
from kcc_papers.segment import Segment

# Lines that only appear on pages holding KPI tables, boxes or RAG summaries. Prose words
# ("floor standard") are not enough: reading a page's tables is slow.
KPI_PAGE = re.compile(
    r"^\s*Latest\s*(:|\s*[-£\d.(])|\bTarget\b.*\bFloor\b|\bKPI\s+Summary\b|\bGREEN\s+AMBER\s+RED\b|^\s*G\s+A\s+R\b"
    r"|^\s*(?:Ref|Code)\b.*\bIndicator|\bExpected\s+(Upper|Activity)|^.{0,50}\bRAG\s+rating\b.{0,40}$"
)
# A table header line names several KPI columns ("Measure | Target | Actual | RAG").
HEADER_WORD = re.compile(
    r"\b(target|actual|RAG|floor|latest|indicator|measure|YTD|year\s+to\s+date|previous|DoT"
    r"|direction|status"
    # the abbreviations and other words the grid reader knows columns by ("Ref | KPI | Tgt |
    # Perf. | RAG", "Outturn", "Q3", "Rating")
    r"|KPIs?|tgt|perf|outturn|result|rating|Q[1-4]"
    # the other words of those columns' families (columns.ROLES): "Aim", "BRAG", "Achieved", a
    # plan's aim, an assessment against it, a baseline, a rolling year ("12 months to")
    r"|aim|goal|ambition|BRAG|achieved|reference|metric|assessment|baseline"
    # the NHS's words for a target and a direction of travel ("Standard", "Trend")
    r"|standard|trend"
    # a rating column asking its question ("On track?", "Met?")
    r"|on\s+t(?:rack|arget)(?=\s*\?)|met(?=\s*\?)"
    # a fund's or a service's return rated against its benchmark or comparator ("Fund return
    # 12 months (%) | Benchmark (%) | RAG")
    r"|benchmark|comparator|returns?"
    # ... or compared with the nation's or its neighbours' figure, as columns.ROLES names a
    # comparator ("Holmesdale 2030 | National 2030 | Statistical neighbours 2030 | Rating")
    r"|national|england|neighbours?"
    # a public health outcome compared with England's, within its confidence interval
    # ("Indicator | Period | Ashgrove | 95% CI | England | Compared with England")
    r"|compared|\d{2}(?:\.\d)?%\s+CI"
    r"|\d+\s+months\s+to|quarter\s+[1-4]"
    # a quarter's column named by its months ("Apr-Jun", "Oct - Dec")
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s*[-–]\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b",
    re.I,
)


# A table header's cells wrap ("Performance" / "PI Ref  Nov  Dec  Rating" / "indicator"): its
# words are counted over a few short lines together, as the risk reader's are.
HEADER_WINDOW_LINES = 3
HEADER_LINE_CHARS = 200
# A window of lines naming this many of those words is a KPI table's header.
HEADER_WORDS_MIN = 3


# The id column as printed short ("Ref | Standard | Standard level | 2030/31 | Rating": a
# charter's standards, whose other columns' names are few KPI words) counts as a KPI column's
# name on a line that names a rating column too: "Ref" alone heads a register or a list of
# anything, and a table of standards with a "Note" column rates nothing.
REF_HEADING = re.compile(r"\bRef\b")
RATING_HEADING = re.compile(r"\b(?:B?RAG|Rating|Status)\b")


def header_words(text: str, spaced: bool = True) -> set[str]:
    """The KPI columns' words a line names (``HEADER_WORD``), in lower case (their spaces
    made one, where ``spaced``), and "ref" where it names its id column beside a rating
    column."""
    found = HEADER_WORD.findall(text)
    words = {" ".join(m.lower().split()) for m in found} if spaced else {m.lower() for m in found}
    if "Ref" in text and REF_HEADING.search(text) and RATING_HEADING.search(text):
        words.add("ref")
    return words


def kpi_page(texts: list[str]) -> bool:
    short = [t if len(t) < HEADER_LINE_CHARS else "" for t in texts]
    if any(KPI_PAGE.search(t) for t in short):
        return True
    # each line's words found once, not once for each window it is in
    words = [header_words(t, spaced=False) if t else set() for t in short]
    return any(len(set().union(*words[i:i + HEADER_WINDOW_LINES])) >= HEADER_WORDS_MIN
               for i in range(len(short)))


WORDY = re.compile(r"[A-Za-z]{2,}")


@dataclass(slots=True)
class Row:
    page: int
    cells: list[str]
    fills: list[str | None] = field(default_factory=list)
    table: int = 0  # rows of one table share this id

    def fill(self, i: int) -> str | None:
        return self.fills[i] if i < len(self.fills) else None


@dataclass(slots=True)
class Text:
    page: int
    text: str
    header: bool = False  # running header or printed page number
    in_table: bool = False  # also read as a table row; kept for headings a table swallowed
    # where a PDF prints the line (None elsewhere): its left edge and top, and whether it is
    # bold; the tile reader (``tiles``) parts a page's side-by-side columns of cards by them
    x0: float | None = None
    top: float | None = None
    bold: bool | None = None
    # the pieces one column's gap parts the line into (``load.model.Line.parts``), and its
    # runs where it joins several (``Line.spans``): the tile reader parts columns by them
    parts: list[tuple[float, str]] | None = None
    spans: list[tuple[float, str]] | None = None
    # the cells of a borderless table's row drawn as one text object (``Line.cells``), where
    # no table was read there: the tile reader reads a row of tiles by them
    cells: list[tuple[float, str]] | None = None
    # where a PDF's line ends (None elsewhere): the big-figure tiles' reader (``figures``)
    # tells by it a line running across two tiles' columns, its gap not seen
    x1: float | None = None
    # a text file's line parted where a column's gap is (a tab, or a run of spaces:
    # ``load.text.columns``): "Target: 95.0%" beside "Polarity: Higher is better", two fields
    # of a card (``cards``); None in a PDF, whose runs part words anywhere
    columns: list[str] | None = None
    # a web page's line's type size (a heading's by its level, None elsewhere): the tile
    # reader tells a section's heading from a tile's name under it by it
    size: float | None = None


Item = Row | Text
# Told of a page whose tables could not be read (the page, the error), to say so: the page's
# rows are lost, and a silent loss would pass for a page without a dashboard.
Unreadable = Callable[[Page, Exception], None]


def is_wordy(cell: str) -> bool:
    """A cell of words (a description or a name), not a number, glyph or stray mark."""
    return len(WORDY.findall(cell)) >= 2


def stream(seg: Segment, pages: Collection[int] | None, unreadable: Unreadable) -> list[Item]:
    """Lines and table rows of the segment in reading order; only ``pages``' tables, where
    given (the rest of the pages as lines). A page whose tables cannot be read is told to
    ``unreadable`` and read as lines."""
    headers = running_headers(seg)
    out: list[Item] = []
    table_id = 0
    pdf = seg.source.format == "pdf"
    flat = seg.flat[seg.start : seg.end]
    by_page: dict[int, list[tuple[int, str, float | None]]] = {}
    looks: dict[tuple[int, int], Line] = {}
    for page_no, idx, line in flat:
        by_page.setdefault(page_no, []).append((idx, line.text, line.top))
        looks[page_no, idx] = line
    continued = False  # the page before held tables: this one's may carry on from them
    before: Page | None = None
    tables: list[Table] = []
    for page in seg.pages:
        lines = by_page.get(page.number, [])
        carried = tables[-1] if continued else None
        tables = (_tables(page, lines, pdf, continued, before, seg.source.layout, carried,
                          unreadable)
                  if pages is None or page.number in pages else [])
        continued, before = bool(tables), page
        placed: list[tuple[float, int, Item]] = []
        covered: set[int] = set()
        own = {idx for idx, _, _ in lines}
        for table in tables:
            key, rows = _place(page, table)
            if not rows & own:  # the table belongs to a neighbouring document on the page
                continue
            table_id += 1
            covered |= rows
            for n, row in enumerate(table.rows):
                cells = [c.text for c in row]
                fills = [c.fill for c in row]
                placed.append((key, n, Row(page.number, cells, fills, table_id)))
        for idx, text, top in lines:
            key = top if pdf and top is not None else float(idx)
            is_header = text.strip() in headers or bool(re.fullmatch(r"\s*\d{1,3}\s*", text))
            at = Text(page.number, text, is_header, idx in covered)
            if pdf:
                look = looks[page.number, idx]
                at.x0, at.top, at.bold, at.parts = look.x0, top, look.bold, look.parts
                at.cells = look.cells
                at.x1 = look.x1
                at.spans = look.spans if len(look.spans) > 1 else None
            else:
                # (where a text file's line, and each of its columns, starts, in a
                # character's points: the big-figure tiles' reader sets its columns of tiles
                # by them; with no top, the tile reader leaves the line be)
                at.x0 = looks[page.number, idx].x0
                if seg.source.format == "html":
                    # (a web page's headings, bold and sized by level: its tiles' names)
                    at.bold, at.size = looks[page.number, idx].bold, looks[page.number, idx].size
                if len(spans := looks[page.number, idx].spans) > 1:
                    at.columns = [run for _, run in spans]
                    at.spans = spans
            placed.append((key, -1, at))
        placed.sort(key=lambda p: (p[0], p[1]))
        out.extend(item for _, _, item in placed)
    return out


def _tables(page: Page, lines: list[tuple[int, str, float | None]], pdf: bool,
            continued: bool, before: Page | None, layout: LayoutReader | None,
            carried: Table | None, unreadable: Unreadable) -> list[Table]:
    """The page's tables where its text shows KPI columns, or where the page before held a
    table (a dashboard broken over pages without its header printed again). A PDF's table
    printed without rules is read from its words' places (its rest on this page under the
    columns of ``carried``, the table the page before ended with)."""
    if pdf and not continued and not kpi_page([text for _, text, _ in lines]):
        return []
    try:
        # a text paper's table may be set out in spaces rather than tabs
        if pdf:
            return pdf_tables(page, layout, carried)
        return page_tables(page, before)
    except MemoryError:  # the file's size, not the page: the file fails (``reading``)
        raise
    except Exception as exc:  # a table reader crash costs the tables of one page, not the records
        unreadable(page, exc)
        return []


def _place(page: Page, table: Table) -> tuple[float, set[int]]:
    """Sort key of a table and the indexes of the page lines it covers."""
    if table.bbox is None:
        first = table.first_line or 0
        last = table.last_line if table.last_line is not None else first + len(table.rows) - 1
        return float(first), set(range(first, last + 1))
    x0, top, x1, bottom = table.bbox
    covered = {
        i
        for i, line in enumerate(page.lines)
        if line.top is not None
        and top - 1 <= (line.top + (line.bottom or line.top)) / 2 <= bottom + 1
        and (line.x0 or 0) >= x0 - 2
        and (line.x1 or 0) <= x1 + 2
    }
    return top, covered


def running_headers(seg: Segment) -> set[str]:
    """Texts printed at the top of many pages ("Appendix 1"): never part of a record."""
    pages = seg.pages
    if len(pages) < 3:
        return set()
    counts = Counter(
        line.text.strip() for page in pages for line in page.lines[:2] if line.text.strip()
    )
    return {t for t, n in counts.items() if n >= max(3, len(pages) // 3)}


def tables_of(items: list[Item]) -> list[list[Row]]:
    """Each table's rows, in the order the tables first print (a table's rows may come
    between other items, as a table run on over a page does)."""
    tables: dict[int, list[Row]] = {}
    for item in items:
        if isinstance(item, Row):
            tables.setdefault(item.table, []).append(item)
    return list(tables.values())
