"""The rendered web page being written: its lines, each with its style and fills, and the tables
read from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kcc_papers.load.html_styles import _Style
from kcc_papers.load.model import Table


@dataclass(slots=True)
class _Row:
    """A line of the rendered page: its text (table cells tab-separated), style and fills."""

    raw: str
    style: _Style
    fills: list[str | None] | None = None
    item: int | None = None  # the list item it is in (``Line.item``)
    cell_heads: list[str] | None = None  # (``Line.cell_heads``)


@dataclass(slots=True)
class _Writer:
    classes: dict[str, _Style]
    rows: list[_Row] = field(default_factory=list)
    data_tables: list[Table] = field(default_factory=list)  # tables read as tab-separated rows
    tables: list[Table] = field(default_factory=list)  # tables read beside their paragraphs
    runs: list[str] = field(default_factory=list)
    first: _Style | None = None  # the style of the line's first words
    preformatted: bool = False  # in a <pre>: its line breaks and spaces are the layout
    item: int | None = None  # the list item being written (``Line.item``)
    items: int = 0  # list items written so far

    def add(self, text: str, style: _Style) -> None:
        if self.preformatted and "\n" in text:
            head, *rest = text.split("\n")
            self.add(head, style)
            for line in rest:
                self.flush()
                self.add(line, style)
            return
        if not text.strip() and not self.runs and not self.preformatted:
            return
        if self.first is None:
            self.first = style
        self.runs.append(text)

    def flush(self) -> None:
        joined = "".join(self.runs)
        # a <pre>'s spaces set out its columns, as a text file's do
        text = joined.expandtabs().rstrip() if self.preformatted else " ".join(joined.split())
        if text.strip():
            self.rows.append(_Row(text, self.first or _Style(), item=self.item))
        self.runs, self.first = [], None
