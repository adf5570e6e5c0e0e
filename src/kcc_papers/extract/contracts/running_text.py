"""A contract document's running text and tables as the contracts reader takes them: its
paragraphs (a PDF's lines run on to a blank line or a numbered line, a text file's to a line
ending a sentence; a text page's two columns of prose each read whole), the lines tables were
read from left out, and the tables of the pages that may hold contracts, a page whose tables
cannot be read costing that page only."""

from __future__ import annotations

import re

from kcc_papers.extract import Context
from kcc_papers.extract.contracts.contract_pages import contract_page
from kcc_papers.extract.contracts.page_breaks import page_margins
from kcc_papers.extract.contracts.tab_paragraphs import parted_runs, prose_rows
from kcc_papers.extract.contracts.text_columns import column_order
from kcc_papers.load.aligned import page_tables
from kcc_papers.load.html import BODY_SIZE
from kcc_papers.load.model import Page, Table
from kcc_papers.load.page_tables import pdf_tables
from kcc_papers.segment import Segment

# A paragraph's line ending a sentence: the next line starts a paragraph of its own.
SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# A numbered, lettered or bulleted line starts a paragraph: "3.1 ", "4. ", "(b) ", "b) ", "• ".
# A bare number ("1 April 2021 for a term ...", "2022. Missed ...") is a wrapped line of the
# paragraph before unless that paragraph had ended.
# (a bracketed mark is letters or figures, "(b)", "(iv)", "(12)", "(3a)"; a letter then a
# figure, "(A1) between Bel Royal and ...", may be a road's number wrapped onto the line,
# held-out r28b: LETTER_FIGURE_MARK)
PARAGRAPH_START = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d+)+\.?\s|\d{1,3}\.\s(?!\d)|[•▪●◦·-]\s|\((?![A-Za-z]+\d)\w{1,3}\)\s|"
    r"(?:[a-z]|[ivx]{1,4})\)\s)"
)
BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s+[A-Z]")
# A bracketed letter then figure, "(A1)", "(R2)": a road's number wrapped to the line's start
# runs on, unless the paragraph before had ended or one of its lines opened with such a mark
# too (a list of recommendations "(R1)", "(R2)", each item a paragraph, its wrapped last
# words no sentence's end).
LETTER_FIGURE_MARK = re.compile(r"^\s*\((?=[A-Za-z]+\d)\w{1,3}\)\s", re.M)
MONTH_AFTER_NUMBER = re.compile(
    r"^\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def running_paragraphs(ctx: Context, tables: list[Table]) -> list[tuple[int, str]]:
    """(page, paragraph) of the document's running text. PDF lines run on until a blank line or
    a numbered or bulleted line starts a new one; text files usually hold a paragraph a line,
    so a text line runs on only when the one before stops mid-sentence (a hard-wrapped export).
    A web page's list item or heading is a block of its own, as a PDF's bulleted line is (its
    text carries no bullet): no line runs on into it or out of it (held-out r29a: a slide's bullets,
    "Preferred bidder: X Ltd, ... £3,450,000" over "Routes ... run by Y Ltd under a contract
    that ends ...", each without a stop, ran on as one sentence and the incumbent took the new
    contract's value); its other lines run on as a text file's do (a sentence broken by a
    <br>, or set in two <p> for layout, is one sentence).
    Lines text tables were read from are rows, not sentences, and are left out."""
    pdf = ctx.source.format == "pdf"
    blocks = _web_blocks(ctx)  # (a web page's list items and headings: see above)
    in_tables = _pdf_table_lines(ctx, tables) if pdf else table_lines(ctx)
    out: list[tuple[int, str]] = []
    flat = ctx.segment.flat[ctx.segment.start : ctx.segment.end]
    margins = page_margins(flat) if pdf else set()
    # (a text page's two columns of prose set side by side, each read whole: ``text_columns``)
    placed = ([(page, index, line.text) for page, index, line in flat]
              if ctx.source.format != "text" else column_order(flat))
    # the margins a sentence broken over a page's end runs on past, read after the text
    aside: list[tuple[int, str]] = []
    last = (0, -1)  # the line the paragraph so far ends with
    for page, index, said in placed:
        text = said.strip()
        if not text or (page, index) in in_tables:
            out.append((page, ""))
            continue
        previous = out[-1][1] if out else ""
        if (page, index) in margins and previous and not SENTENCE_END.search(previous):
            _set_aside(aside, page, text)
            continue
        starts = PARAGRAPH_START.match(text) or (
            BARE_NUMBER.match(text)
            and SENTENCE_END.search(previous)
            and not MONTH_AFTER_NUMBER.match(text)
        ) or (
            LETTER_FIGURE_MARK.match(text)
            and (SENTENCE_END.search(previous) or LETTER_FIGURE_MARK.search(previous))
        )
        runs_on = bool(previous) and not starts and (
            blocks.get((page, index)) == blocks.get(last))
        if runs_on and (pdf or not SENTENCE_END.search(previous)):
            out[-1] = (out[-1][0], f"{previous}\n{text}")
        else:
            out.append((page, text))
        last = (page, index)
    return [(p, t) for p, t in out + aside if t]


# A field of an entry printed as a label and its value ("Cause: The waste contract with X Ltd
# ends in 2030", "Risk owner: Head of Waste"): a label of a few words, then a colon. (A
# sentence with a colon in it, "The main change this quarter: ...", has more words before it.)
MAX_FIELD_LABEL_WORDS = 4
FIELD_LINE = re.compile(rf"^\s*[A-Z][A-Za-z()/&'-]*(?:[ \t]+[A-Za-z()/&'-]+)"
                        rf"{{0,{MAX_FIELD_LABEL_WORDS - 1}}}\s*:\s+\S")


def before_fields(text: str) -> str:
    """A paragraph's lines before its first labelled field (FIELD_LINE). A register's entry
    printed as label lines ("Risk Ref: CR01" / "Cause: ..." / "Risk owner: ...") runs on as
    one paragraph, none of its lines ending a sentence; from its first label on, the lines
    are the entry's fields and their values wrapped, a register's cells, not running text."""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if FIELD_LINE.match(line)), len(lines))
    return "\n".join(lines[:at])


def _web_blocks(ctx: Context) -> dict[tuple[int, int], tuple[str, int]]:
    """(page, line index) -> the block of its own a web page's line is in: a list's item
    (``Line.item``), or a heading (set larger than the body: <h1>-<h6>, a title's class), each
    its own line; empty for other formats and for a web page's other lines."""
    if ctx.source.format != "html":
        return {}
    seg = ctx.segment
    out: dict[tuple[int, int], tuple[str, int]] = {}
    for page, index, line in seg.flat[seg.start : seg.end]:
        if line.item is not None:
            out[(page, index)] = ("item", line.item)
        elif line.size is not None and line.size > BODY_SIZE:
            out[(page, index)] = ("heading", index)
    return out


def _set_aside(aside: list[tuple[int, str]], page: int, text: str) -> None:
    """A margin's line, joined to the one set aside before it on its page (a footnote's
    lines, a footer's): each page's margin one paragraph."""
    if aside and aside[-1][0] == page:
        aside[-1] = (page, f"{aside[-1][1]}\n{text}")
    else:
        aside.append((page, text))


def contract_tables(ctx: Context) -> list[Table]:
    """The segment's tables, as ``Segment.tables`` gives them, but a page whose tables cannot be
    read costs that page only (with a finding), not the document's contracts."""
    seg = ctx.segment
    out: list[Table] = []
    said_before = False
    before: Page | None = None
    carried: Table | None = None  # the unruled table the page before ended with
    for page in seg.pages:
        says = contract_page([line.text for line in page.lines])
        # Reading PDF tables is slow: skip a page that never says "contract" or "provider",
        # unless the page before did (its table may run on over this one).
        if ctx.source.format == "pdf" and not (says or said_before):
            carried = None
            continue
        said_before = says
        try:
            if ctx.source.format == "pdf":
                read = _pdf_page_tables(ctx, page, carried)
                carried = read[-1] if read else None
                out.extend(seg.tables_on(page, read))
            else:
                out.extend(_text_tables(seg, page, before))
            before = page
        except MemoryError:  # the file's size, not the page: the file fails (``reading``)
            raise
        except Exception as exc:  # a loader failure on one page must not cost the rest
            ctx.finding(
                "contract_table_unreadable",
                f"tables on page {page.number} could not be read: {exc}",
                page=page.number,
                record_table="contracts",
            )
    return out


def _pdf_page_tables(ctx: Context, page: Page, carried: Table | None) -> list[Table]:
    """The page's ruled tables and those printed without rules (a word processor's table with
    its borders off), read from its words' places as the KPI and risk readers read them, also
    beside a ruled table on the page (a bids table boxed, the contracts let under it
    unruled); an unruled table's rest on the next page under the columns of ``carried``. A
    damaged layout layer (or a bug in the reader) costs this page's unruled tables only, not
    the ruled ones or the sentences, and is said, as ``contract_tables`` says a page it cannot read:
    rows lost without a word would pass for a page without a register."""
    ruled = page.tables  # read first: a failure here is the page's, said by ``contract_tables``
    try:
        return pdf_tables(page, ctx.source.layout, carried)
    except MemoryError:  # the file's size, not the page: the file fails (``reading``)
        raise
    except Exception as exc:
        ctx.finding(
            "contract_table_unreadable",
            f"the table without rules on page {page.number} could not be read: "
            f"{type(exc).__name__}: {exc}",
            page=page.number,
            record_table="contracts",
        )
    return ruled


def _text_tables(seg: Segment, page: Page, before: Page | None) -> list[Table]:
    """A text page's tables inside the segment: separated by tabs, or set out in columns of
    spaces (as the KPI and risk readers read them), carried on from the page ``before``; a
    run of tab lines holding a table among numbered paragraphs parted (``tab_paragraphs``)."""
    if page.tables:
        return parted_runs(seg.tables_on(page))
    flat = seg.flat[seg.start : seg.end]
    mine = {i for p, i, _ in flat if p == page.number}
    return [t for t in page_tables(page, before) if t.first_line is None or t.first_line in mine]


def _pdf_table_lines(ctx: Context, tables: list[Table]) -> set[tuple[int, int]]:
    """(page, line index) of PDF lines inside a table the table reader reads: its rows are
    read there ("Estimated contract value | £64,800"), and run together as a sentence they
    would give the row's value again without its provider. Pages whose tables are not read
    (no contract words on them) keep all their lines. A line is inside by its top or by its
    middle: a table read from its words starts at their tops, which may lie below the top of
    the line they make (a header's "Value (£)", its bracket taller than its letters), and its
    header line, left out of the box, ran on as a sentence ("Contract Awarded to Value")."""
    boxes_on: dict[int, list[tuple[float, float, float, float]]] = {}
    for table in tables:
        if table.bbox:
            boxes_on.setdefault(table.page, []).append(table.bbox)
    out: set[tuple[int, int]] = set()
    for page in ctx.segment.pages:
        boxes = boxes_on.get(page.number, [])
        for index, line in enumerate(page.lines):
            top, x0 = line.top, line.x0
            if top is None or x0 is None:
                continue
            middle = (top + (line.bottom if line.bottom is not None else top)) / 2
            if any((b[1] - 1 <= top <= b[3] + 1 or b[1] <= middle <= b[3])
                   and b[0] - 1 <= x0 <= b[2] + 1 for b in boxes):
                out.add((page.number, index))
    return out


def table_lines(ctx: Context) -> set[tuple[int, int]]:
    """(page, line index) of the lines text tables were read from: rows, not sentences."""
    out: set[tuple[int, int]] = set()
    before: Page | None = None
    for page in ctx.segment.pages:
        try:
            tables, before = _text_tables(ctx.segment, page, before), page
        except MemoryError:  # as in contract_tables: the file fails
            raise
        except Exception:  # reported once, by contract_tables
            continue
        for table in tables:
            if table.first_line is None:
                continue
            # a table set out in spaces spans its wrapped lines too (first to last line)
            last = max(table.last_line or 0, table.first_line + len(table.rows) - 1)
            # (a row a line: its numbered paragraphs at a tab stop are prose, ``tab_paragraphs``)
            prose = prose_rows(table) if last == table.first_line + len(table.rows) - 1 else set()
            out.update((page.number, i) for i in range(table.first_line, last + 1)
                       if i - table.first_line not in prose)
    return out
