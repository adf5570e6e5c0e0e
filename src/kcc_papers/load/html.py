"""Council web pages (ModernGov, CMIS, other committee systems) as the page model: the text in
reading order as lines, a heading's size and weight kept as a PDF's are, lists numbered as a
browser shows them, a definition list's term and description on one line ("Decision maker:
Cabinet"), and each data table as tab-separated rows, read as a text export's tables are, with
its cells' fills. Layout tables (a table holding tables or headings) are read as the blocks they
hold, not as data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kcc_papers.load.glyphs import clean
from kcc_papers.load.html_cell_lines import set_apart_from
from kcc_papers.load.html_colours import cell_fill
from kcc_papers.load.html_definitions import heads_fields
from kcc_papers.load.html_dom import Element, is_chrome, parse
from kcc_papers.load.html_numbers import _int, _marker
from kcc_papers.load.html_overlays import drop_overlays

# (imported "as" itself: a contracts reader imports it from here)
from kcc_papers.load.html_styles import BODY_SIZE as BODY_SIZE
from kcc_papers.load.html_styles import _class_styles, _Style, _style_of
from kcc_papers.load.html_table_kinds import (
    _PARAGRAPH_TAGS,
    _has_paragraph_cells,
    _is_layout,
    _paragraph_cell,
    _rows_of,
)
from kcc_papers.load.html_writer import _Row, _Writer
from kcc_papers.load.model import Cell, Line, Page, Source, Table
from kcc_papers.load.text import columns

# Block elements: each starts and ends a line.
BLOCKS = {
    "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "main", "dt", "dd", "ul", "ol", "dl", "blockquote", "center", "form", "fieldset",
    "caption", "figure", "figcaption", "address", "pre", "hr", "body", "html", "legend",
    "details", "summary",
}


def load_html(path: Path, sha256: str, text: str) -> Source:
    root, styles = parse(text)
    drop_overlays(root, styles)  # a cookie banner fixed over the page: the site's
    writer = _Writer(_class_styles(styles))
    _render(root, _Style(), writer)
    writer.flush()
    lines = [Line(clean(row.raw.replace("\t", " ")), x0=0.0, spans=columns(row.raw),
                  raw=row.raw, size=row.style.size, bold=row.style.bold, item=row.item,
                  cell_heads=row.cell_heads)
             for row in writer.rows]
    tables = writer.data_tables + writer.tables
    return Source(str(path), sha256, "html", [Page(1, lines, _tables=tables)])


def _render(element: Element, style: _Style, out: _Writer) -> None:
    for child in element.children:
        if isinstance(child, str):
            out.add(child, style)
            continue
        if is_chrome(child, element):
            continue
        _render_element(child, _style_of(child, style, out.classes), out)


def _render_element(element: Element, style: _Style, out: _Writer) -> None:
    tag = element.tag
    if tag == "br":
        out.flush()
    elif tag == "img" or (not element.children and _label_attr(element)):
        # a rating shown as a picture or an empty badge: its alternative text is what it says
        out.add(f" {_label_attr(element)} ", style)
    elif tag == "table":
        out.flush()
        if _is_layout(element):
            _render_layout_table(element, style, out)
        else:
            _render_data_table(element, style, out)
    elif tag == "pre":
        out.flush()
        outer, out.preformatted = out.preformatted, True
        _render(element, style, out)
        out.flush()
        out.preformatted = outer
    elif tag in ("ol", "ul"):
        out.flush()
        _render_list(element, style, out)
    elif tag == "dl":
        out.flush()
        _render_definitions(element, style, out)
    elif tag in BLOCKS:
        out.flush()
        _render(element, style, out)
        out.flush()
    else:
        _render(element, style, out)


def _label_attr(element: Element) -> str:
    attrs = element.attrs
    return attrs.get("alt") or attrs.get("title") or attrs.get("aria-label") or ""



def _render_list(element: Element, style: _Style, out: _Writer) -> None:
    ordered = element.tag == "ol"
    kind = element.attrs.get("type", "1")
    n = _int(element.attrs.get("start"), 1)
    for child in element.children:
        if isinstance(child, str) or is_chrome(child):
            continue
        child_style = _style_of(child, style, out.classes)
        if child.tag != "li":
            _render_element(child, child_style, out)
            continue
        n = _int(child.attrs.get("value"), n)
        outer, out.items = out.item, out.items + 1
        out.item = out.items
        if ordered:
            out.add(f"{_marker(kind, n)} ", child_style)
        _render(child, child_style, out)
        out.flush()
        out.item = outer
        n += 1



def _descriptions_from(children: list[Element], at: int) -> list[Element]:
    """The <dd>s from ``at`` up to the next term: the descriptions under one term."""
    found: list[Element] = []
    for child in children[at:]:
        if child.tag == "dt":
            break
        if child.tag == "dd":
            found.append(child)
    return found


def _render_definitions(element: Element, style: _Style, out: _Writer) -> None:
    """``<dt>Decision maker</dt><dd>Cabinet</dd>`` as the line "Decision maker: Cabinet"; a
    term over descriptions with labels of their own ("Decision: That ...") as a heading line
    over a line for each (``html_definitions``)."""
    joined = 0  # the runs appended to a term to join its description to it (": ")
    children = [c for c in element.children if isinstance(c, Element) and not is_chrome(c)]
    for at, child in enumerate(children):
        child_style = _style_of(child, style, out.classes)
        if child.tag == "dt":
            out.flush()
            _render(child, child_style, out)
            label = "".join(out.runs).strip()
            joined = len(out.runs)
            if label and not label.endswith((":", "?")):
                out.runs.append(":")
            out.runs.append(" ")
        elif child.tag == "dd":
            if joined and heads_fields(_descriptions_from(children, at)):
                # the term heads the fields under it: its line, as printed, then theirs
                del out.runs[joined:]
                out.flush()
            joined = 0
            _render(child, child_style, out)
            out.flush()
        else:
            _render_element(child, child_style, out)
    out.flush()



def _render_layout_table(table: Element, style: _Style, out: _Writer) -> None:
    for cell in table.find_all({"td", "th"}, into={"table"}):
        if is_chrome(cell):
            continue
        out.flush()
        _render(cell, _style_of(cell, style, out.classes), out)
        out.flush()



def _render_data_table(table: Element, style: _Style, out: _Writer) -> None:
    """Each row a line of tab-separated cells, as a text export prints a table. A table whose
    cells hold paragraphs (ModernGov's items table: number, then title, minutes and
    resolution) reads as those paragraphs, cell by cell, and is kept beside them as a table."""
    for caption in table.find_all({"caption"}, into={"table"}):
        _render_element(caption, _style_of(caption, style, out.classes), out)
    grid = _grid(table, style, out.classes)
    if not _has_paragraph_cells(table):
        _write_data_rows([row for row in grid if any(row.texts)], out)
        return
    _render_paragraph_rows(table, style, out)
    rows = [[Cell(text, fill) for text, fill in zip(row.texts, row.fills, strict=True)]
            for row in grid if any(row.texts)]
    if rows:
        out.tables.append(Table(rows, 1))


def _write_data_rows(grid: list[_GridRow], out: _Writer) -> None:
    """The table's rows as lines, and each run of rows of two or more cells as a table of its
    own (as a text export's tab-separated runs read), so two tables side by side stay two."""
    run: list[list[Cell]] = []
    start = 0
    for row in [*grid, None]:
        if row is not None and len(row.texts) > 1:
            if not run:
                start = len(out.rows)
            run.append([Cell(clean(text), fill) for text, fill in zip(row.texts, row.fills,
                                                                      strict=True)])
        else:
            if len(run) >= MIN_TABLE_ROWS:
                out.data_tables.append(Table(run, 1, first_line=start))
            run = []
        if row is not None:
            raw = "\t".join(row.texts) if len(row.texts) > 1 else row.texts[0]
            out.rows.append(_Row(raw, row.style, row.fills, cell_heads=row.heads))


# Rows of cells a run needs to be read as a table, as a text file's tab-separated runs do.
MIN_TABLE_ROWS = 2


def _render_paragraph_rows(table: Element, style: _Style, out: _Writer) -> None:
    """A row whose cells hold paragraphs as those paragraphs; a row of plain cells (its header)
    as one line."""
    for row in _rows_of(table):
        row_style = _style_of(row, style, out.classes)
        cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
        plain = not any(cell.find_all(_PARAGRAPH_TAGS) or _paragraph_cell(cell) for cell in cells)
        out.flush()
        for cell in cells:
            if not plain:
                out.flush()
            _render(cell, _style_of(cell, row_style, out.classes), out)
            out.add(" ", row_style)
        out.flush()



# The spans browsers clamp a cell's colspan and rowspan to: colspan="10000000" would otherwise
# build ten million empty cells.
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534


@dataclass(slots=True)
class _GridRow:
    texts: list[str]
    fills: list[str | None]
    style: _Style
    heads: list[str] | None = None  # (``Line.cell_heads``)


def _grid(table: Element, style: _Style, classes: dict[str, _Style]) -> list[_GridRow]:
    """The table's rows as cell texts and fills; a cell spanning columns or rows leaves the
    cells it covers empty, as a PDF table's merged cells read."""
    grid: list[_GridRow] = []
    carried: dict[int, int] = {}  # column -> rows a rowspan still covers
    for row in _rows_of(table):
        row_style = _style_of(row, style, classes)
        texts: list[str] = []
        fills: list[str | None] = []
        heads: list[str] = []
        header = True
        cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
        for cell in cells:
            while carried.get(len(texts), 0):
                carried[len(texts)] -= 1
                texts.append("")
                fills.append(None)
                heads.append("")
            cell_style = _style_of(cell, row_style, classes)
            header = header and cell.tag == "th"
            text = _cell_text(cell, cell_style, classes)
            apart = set_apart_from(cell)
            head = text if apart is None else _cell_text(
                Element(cell.tag, cell.attrs, cell.children[:apart]), cell_style, classes)
            fill = cell_fill(cell) or cell_fill(row)
            span = min(max(1, _int(cell.attrs.get("colspan"), 1)), MAX_COLSPAN)
            down = min(max(1, _int(cell.attrs.get("rowspan"), 1)), MAX_ROWSPAN)
            for k in range(span):
                if down > 1:
                    carried[len(texts)] = down - 1
                texts.append(text if k == 0 else "")
                fills.append(fill)
                heads.append(head if k == 0 else "")
        while carried.get(len(texts), 0):
            carried[len(texts)] -= 1
            texts.append("")
            fills.append(None)
            heads.append("")
        row_bold = row_style.bold or (header and bool(cells))
        grid.append(_GridRow(texts, fills, replace(row_style, bold=row_bold),
                             heads if heads != texts else None))
    return grid


def _cell_text(cell: Element, style: _Style, classes: dict[str, _Style]) -> str:
    """A cell's text on one line: its own lines and list entries joined by spaces."""
    inner = _Writer(classes)
    _render(cell, style, inner)
    inner.flush()
    return " ".join(row.raw.replace("\t", " ") for row in inner.rows)
