"""ModernGov HTML pages: block text as lines, <table> elements as tables."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from kcc_papers.load.glyphs import clean
from kcc_papers.load.model import Cell, Line, Page, Source, Table

BLOCKS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "dt", "dd", "title", "ul", "ol",
}
# Site chrome around the paper: the council's navigation and footer are not the page's text.
SKIP = {"script", "style", "noscript", "head", "nav", "footer", "aside"}


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0
        self.tables: list[list[list[str]]] = []
        self.stack: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def flush(self) -> None:
        text = clean("".join(self.buf))
        if text:
            self.lines.append(text)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack:
            self.cell = []
        if tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.stack and self.cell is not None:
            if not self.stack[-1]:
                self.stack[-1].append([])
            self.stack[-1][-1].append(clean("".join(self.cell)))
            self.cell = None
            self.buf.append(" ")
        elif tag == "table" and self.stack:
            rows = [r for r in self.stack.pop() if r]
            if rows:
                self.tables.append(rows)
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.buf.append(data)
        if self.cell is not None:
            self.cell.append(data)


def load_html(path: Path, sha256: str, text: str) -> Source:
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.flush()
    tables = [Table([[Cell(c) for c in row] for row in rows], 1) for rows in parser.tables]
    page = Page(1, [Line(s) for s in parser.lines], _tables=tables)
    return Source(str(path), sha256, "html", [page])
