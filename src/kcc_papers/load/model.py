"""The one page model every loader produces: PDF, text and HTML all become ``Source`` pages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

PRINTED_PAGE = re.compile(r"^\s*Page\s+(\d{1,4})(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """A visual line of text. Positions are PDF points from the top-left; None for text/HTML."""

    text: str
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    # (x0, text) runs that make up the line; a wide gap between runs usually means a new column
    spans: list[tuple[float, str]] = field(default_factory=list)
    # Layout signals of PDFs (None elsewhere): font height in points of its largest run, and
    # whether its first run is bold. Headings are larger or bold than the body around them.
    size: float | None = None
    bold: bool | None = None
    # A text file's line as written (spaces kept), for columns set out in spaces
    raw: str | None = None
    # A stamp printed over the page's first line ("OFFICIAL", "Agenda Item 6"; ``stamps``):
    # the page's furniture, not the paper's own words about its meeting
    stamp: bool = False
    # The cells of a table row its writer drew as one text object, which PDFium reads as one
    # run (``load.pdf_run_cells``): (x0, text) where a column's gap parts them; None where no
    # run of the line holds such gaps. Only readers of a table's columns look at them;
    # ``spans`` and the text are as read.
    cells: list[tuple[float, str]] | None = None
    # A bold heading and the regular text beside it, across a column's gap, drawn as one run
    # (a minute's heading in a left-hand gutter, its text right of it): (x0, text) of each;
    # None elsewhere. Only the minutes reader looks at it; ``spans`` and the text are as read.
    beside: list[tuple[float, str]] | None = None
    # The pieces of a line whose run one column's gap parts (two cards' lines side by side,
    # drawn as one text object): (x0, text) of each; None elsewhere. Only the KPI tile reader
    # looks at them; ``spans`` and the text are as read.
    parts: list[tuple[float, str]] | None = None
    # The bold words a line opens with where it goes on in regular type in the same run: a
    # title run into its text ("Action log The Committee noted ..."), as a table's cell of a
    # record of a meeting prints each item's; or those its second cell opens with, after a
    # one-word cell in regular type and a column's gap (a record's row of one line: "2.
    # Budget The Panel noted ..."); None elsewhere. Only the tabled minutes reader
    # looks at it; ``spans`` and the text are as read.
    lead: str | None = None
    # A web page's line inside a list's item (<li>): the item's number in the page, each item
    # a block of its own as a bulleted line is in a PDF (its text carries no bullet); None
    # outside lists and elsewhere. Only the contracts reader's running text looks at it.
    item: int | None = None
    # A web page's table row some of whose cells print lines set apart under their first by
    # their own markup (a presenter's name under a title: ``load.html_cell_lines``): each
    # cell's text without those lines; None where no cell prints any. Only the agenda's table
    # reader looks at it; ``spans`` and the text are as read.
    cell_heads: list[str] | None = None


@dataclass(slots=True)
class Cell:
    text: str
    fill: str | None = None  # "#rrggbb" background colour of the cell, PDFs only

    def __str__(self) -> str:
        return self.text


@dataclass(slots=True)
class Table:
    rows: list[list[Cell]]
    page: int
    bbox: tuple[float, float, float, float] | None = None
    first_line: int | None = None  # index of its first line in page.lines (text files)
    # Text tables set out in spaces, whose rows may wrap: the line each row starts on, and the
    # table's last line (``load.aligned``)
    row_lines: list[int] | None = None
    last_line: int | None = None
    # A PDF table printed without rules (``load.unruled``): where each column starts, so the
    # rest of it on the next page, its header not printed again, can be placed under them
    columns: list[float] | None = None

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


TableReader = Callable[[int], list[Table]]
# A PDF page's geometry for readers that work from its rules and words (not its cells' text
# and fills): a pdfplumber page or a ``pdf_fast.FastPage``, the caller's to close.
LayoutReader = Callable[[int], Any]


@dataclass(slots=True)
class Page:
    number: int  # 1-based position in the file
    lines: list[Line]
    width: float | None = None
    height: float | None = None
    # PDF text in content-stream order: two-column forms ("DECISION TO BE TAKEN BY:" beside
    # "DECISION NUMBER:") read label-then-value here, whereas ``lines`` merge them by height.
    stream: list[str] | None = None
    # Mean word confidence (0-100) when the page was read by OCR; None for a text layer.
    ocr_confidence: float | None = None
    _tables: list[Table] | None = None
    _reader: TableReader | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def stream_lines(self) -> list[str]:
        return self.stream if self.stream is not None else [line.text for line in self.lines]

    @property
    def tables(self) -> list[Table]:
        """Tables on the page. For PDFs they are read (slowly) on first use only."""
        if self._tables is None:
            self._tables = self._reader(self.number) if self._reader else []
        return self._tables

    @property
    def printed_number(self) -> int | None:
        """The page number printed in a header/footer ("Page 7"), which agendas refer to."""
        candidates = self.lines[:3] + self.lines[-3:]
        for line in candidates:
            m = PRINTED_PAGE.match(line.text)
            if m:
                return int(m.group(1))
        return None


@dataclass(slots=True)
class Source:
    """A loaded input file."""

    path: str
    sha256: str
    format: str  # "pdf" | "text" | "html"
    pages: list[Page]
    closer: Callable[[], None] | None = None
    # PDFs: the table reader's own page loader (its open document and the pages the text
    # pass kept), so a reader of the page geometry does not open the file again
    layout: LayoutReader | None = None
    _text: str | None = None

    def iter_text(self) -> str:
        """The whole text of the file (computed once)."""
        if self._text is None:
            self._text = "\n".join(page.text for page in self.pages)
        return self._text

    def close(self) -> None:
        if self.closer:
            self.closer()
            self.closer = None

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def iter_lines(self) -> Iterator[tuple[int, Line]]:
        for page in self.pages:
            for line in page.lines:
                yield page.number, line
