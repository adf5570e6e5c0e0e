"""A document inside a file: the Segment, a span of the file's flat list of lines, and what
it reads of them (its lines, text, pages and tables); ``segment`` makes them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from kcc_papers.load.model import Line, Page, Source, Table


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
