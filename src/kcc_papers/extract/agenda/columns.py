"""An agenda printed as a table whose columns the paper names in a header row of its own words
("Time / Item / Subject / Presenter", "Time / Ref / Subject / Lead", "No. / Business / Purpose /
Paper"). No column name is known in advance: a header row is a row of three or more short
labels without digits, and the columns are found by layout:

* a ruled table (PDF): the item's ref column is the first whose cells are short tokens with a
  digit or a single capital (a time column before it is skipped), and the title is the cell
  after it; the rest of the row (lead, purpose, pages) is not the title;
* a text-layer row set in columns: the spans right of the title (the first span holding words
  after the ref) are other columns, a page range among them kept as "(Pages x - y)".

Both only where the known table headers (reader.py's AGENDA_TABLE_HEADER) are not printed.
Without a header row, a text-layer column that starts at one place on three or more item rows
("For decision" / "For information" set right of each title) is such a column too."""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.extract.agenda.patterns import CLOCK_SLOT
from kcc_papers.load.model import Line, Table
from kcc_papers.normalise.bilingual import is_english, is_welsh

# A header row: at least this many labels, each at most MAX_LABEL_WORDS words.
MIN_HEADER_CELLS = 3
MAX_LABEL_WORDS = 3
# A header row printed as one run of words is at most this long.
MAX_HEADER_WORDS = 10
_LABEL = re.compile(r"^[A-Z][A-Za-z.'’/&()-]*(?:\s+[A-Za-z.'’/&()-]+)*$")
# An item's ref in a column of its own: "LC1", "5", "A", "PB 26/01", "BoD 26/030" (a board's
# code in its own case), "3.1" (not a time).
_REF_CELL = re.compile(
    r"^(?:(?:[A-Z][A-Za-z]{0,3})?[\s/.]?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?|[A-Z]|[ivxIVX]{1,5})"
    r"\.?$")
# A start time's cell: "10.30", "10.30 am", "9.30a.m.", its slot "9.35 - 9.45" (the clock an
# item's line reads, patterns.CLOCK_SLOT: a slot or "a.m." read as no time would be taken for
# the ref, or the title).
_TIME = re.compile(rf"^{CLOCK_SLOT}$")
# A ref column holds refs in at least this share of the table's body rows.
MIN_REF_SHARE = 0.6
# Rows that start a column at one place make it a column (within a text character, 6 points).
MIN_ALIGNED_ROWS = 3
ALIGN_TOLERANCE = 6.0
# A page range or a paper's page cell: "13 - 30", "7", "(Pages 27 - 36)" in a column of its own.
_PAGES = re.compile(r"^(?:\(\s*Pages?\s+(?=.*\)$))?(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?\)?$", re.I)


def is_header(cells: list[str]) -> bool:
    """Whether a row's cells are column names: short labels, no digits."""
    cells = [" ".join(c.split()) for c in cells if c.strip()]
    return len(cells) >= MIN_HEADER_CELLS and all(
        _LABEL.match(c) and len(c.split()) <= MAX_LABEL_WORDS for c in cells)


def header_line(line: Line) -> bool:
    """A text-layer line whose columns (spans) are column names."""
    return is_header([text for _, text in line.spans])


def may_head_a_table(line: Line) -> bool:
    """Whether a PDF line may be a ruled table's header row (its text runs merged into one
    span): three or more capitalised labels, no digits, a word in small letters going on with
    the label before it ("Report of", "Purpose of report"). Only says which pages' tables to
    read; ruled_rows decides."""
    words = line.text.split()
    return len(words) <= MAX_HEADER_WORDS and is_header(_labels(words))


def _labels(words: list[str]) -> list[str]:
    """A header row's words as its labels: each capitalised word starts one."""
    labels: list[str] = []
    for word in words:
        if labels and word[:1].islower():
            labels[-1] += f" {word}"
        else:
            labels.append(word)
    return labels


def ref_column(rows: list[list[str]]) -> int | None:
    """The index of the column of item refs in a table's body rows, or None."""
    if not rows:
        return None
    width = max(len(r) for r in rows)
    for col in range(width - 1):
        cells = [" ".join(r[col].split()) for r in rows if col < len(r)]
        refs = [c for c in cells if _REF_CELL.match(c) and not _TIME.match(c)]
        if len(refs) >= MIN_REF_SHARE * len(rows):
            return col
    return None


def ruled_rows(table: Table) -> list[str] | None:
    """A named-column ruled table's item rows as "ref title (Pages x - y)" lines, or None when
    it is not such a table."""
    texts = [[" ".join(c.split()) for c in row] for row in table.texts()]
    if len(texts) < 2 or not is_header(texts[0]):
        return None
    body = texts[1:]
    col = ref_column(body)
    if col is None:
        return None
    title = _title_column(body, col)
    out = []
    for row in body:
        if title >= len(row) or not row[col] or not row[title]:
            continue
        text = f"{row[col]} {row[title]}"
        pages = next((m for c in row[title + 1 :] if (m := _PAGES.match(c))), None)
        if pages:
            text += f" (Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})"
        out.append(text)
    return out


def _title_column(rows: list[list[str]], ref: int) -> int:
    """The title's column: the one after the refs, or after the start times printed beside
    them ("BoD 26/030 | 09:30 | Welcome, apologies and quoracy")."""
    col = ref + 1
    times = [r[col] for r in rows if col < len(r) and _TIME.match(" ".join(r[col].split()))]
    col = col + 1 if len(times) >= MIN_REF_SHARE * len(rows) else col
    return col + 1 if _welsh_beside_english(rows, col) else col


def _welsh_beside_english(rows: list[list[str]], col: int) -> bool:
    """A bilingual agenda's table prints each title twice, a column per language ("Eitem /
    Item | Busnes | Business"): where the title's column reads as Welsh and the one after it,
    filled on every row, as English, the records keep the English (as the set's other
    bilingual papers do). A column in no language (a Welsh-only agenda's lead, "Cyng. Elin
    Hughes") is no translation."""
    welsh = [r[col] for r in rows if col < len(r)]
    other = [r[col + 1] for r in rows if col + 1 < len(r) and r[col + 1]]
    return (len(other) == len(rows) and is_welsh(" ".join(welsh))
            and is_english(" ".join(other)))


def title_columns(line: Line) -> Line:
    """A text-layer row under a header of column names: its time, ref and title, the later
    columns (presenter, purpose) dropped and a page range kept."""
    spans = [" ".join(t.split()) for _, t in row_runs(line) if t.strip()]
    title = next((k for k, t in enumerate(spans)
                  if _LEADING_REF.sub("", t) and not _NO_PAPER.match(t)), None)
    if title is None or title + 1 >= len(spans):
        return line
    text = " ".join([*_ref_cells(spans[:title]), spans[title]])
    pages = next((m for t in spans[title + 1 :] if (m := _PAGES.match(t))), None)
    if pages:
        text += f" (Pages {pages.group(1)} - {pages.group(2) or pages.group(1)})"
    return Line(text, line.x0, line.top, line.x1, line.bottom, size=line.size, bold=line.bold)


# A span's leading time and ref ("10.45  4", "5.1 "): what is left is the title's words.
# The time may follow the ref as well as lead it ("SDP 4  10.15", a partnership's timed agenda).
# (The time is a cell of its own, "1. | 9.30am | Welcome": its "am", and its slot's end in
# "9.35 - 9.45 am", go with it; left behind, "am" would be read as the title's column.)
_LEADING_REF = re.compile(
    rf"^(?:{CLOCK_SLOT}\s*)?(?:[A-Z]{{0,4}}[\s/.]?\d{{1,4}}(?:[./]\d{{1,4}})?"
    # (a part's letter after it, or in brackets: "3a", "3(a)"; an added item's capital closed
    # by its stop, "11A.")
    r"(?:[a-z]|[A-Z](?=[.)])|\([a-z]\))?[.:)]?\s*)?"
    rf"(?:(?<![^\s]){CLOCK_SLOT}\s*$)?")


# A paper column's cell where the item has no paper: a dash ("Papers for items marked "-" are
# verbal", an NHS board's "Item / Paper / Title / Presenter").
_NO_PAPER = re.compile(r"^[-–—]$")


def _ref_cells(cells: list[str]) -> list[str]:
    """The cells before a row's title that are its time and its ref: after the ref, a second
    ref-like cell is the item's paper in a column of its own ("4 | ICB 25/72 | Chief
    Executive's report"), or its dash for none, and no part of the item's ref. A second cell
    that numbers a part of the ref ("1 | 1.2 | Minutes", an item's parts in a column of their
    own) is the row's ref in full, in the first's place."""
    kept: list[str] = []
    ref: int | None = None
    for cell in cells:
        if _TIME.match(cell):
            kept.append(cell)
        elif ref is None:
            ref = len(kept)
            kept.append(cell)
        elif cell.startswith(kept[ref].rstrip(".:)") + "."):
            kept[ref] = cell
    return kept


def row_runs(line: Line) -> list[tuple[float, str]]:
    """A row's runs, each column's cell one: a row its writer drew as one run has them as its
    cells (``Line.cells``), as the rows beside it drawn cell by cell have them as spans."""
    if len(line.spans) < 2 and line.cells and len(line.cells) >= 2:
        return line.cells
    return line.spans


def aligned_rows(lines: list[Line], is_row: Callable[[Line], bool]) -> set[int]:
    """The indexes of ``lines`` that are rows (``is_row``) whose last column starts where that
    of at least MIN_ALIGNED_ROWS rows starts: a column of their own, not the titles' words."""
    starts: dict[int, float] = {}
    for n, line in enumerate(lines):
        spans = [x for x, t in row_runs(line) if t.strip()]
        if len(spans) >= 2 and is_row(line):
            starts[n] = spans[-1]
    return {n for n, x in starts.items()
            if sum(abs(x - y) <= ALIGN_TOLERANCE for y in starts.values()) >= MIN_ALIGNED_ROWS}
