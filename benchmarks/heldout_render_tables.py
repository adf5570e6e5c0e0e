"""Round 11's table marks for benchmarks/heldout_render.py (its docstring describes them):
merged cells ("^"), RAG dots drawn as shapes ("{dot#rrggbb}") or symbol-font glyphs
("{ding#rrggbb}"), header text turned 90 degrees ("{up}"), relative column widths
("|% w1 w2 ..."), and the zebra table ("|~ ")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fpdf.table import Table

if TYPE_CHECKING:
    from fpdf import FPDF
    from fpdf.table import Cell

TABLE_SIZE = 9.0
LINE_MM = 5.5
TABLE_ZEBRA = "|~ "
TABLE_SHADED = "|# "
TABLE_UNRULED = "|- "
COLUMN_WIDTHS = "|% "
MERGED = "^"
# a table row whose one cell says so breaks the page there, the header row printed again on
# top of the rest (or not, the second)
TABLE_PAGE_BREAK = "--- page ---"
TABLE_PAGE_BREAK_BARE = "--- page, header not repeated ---"
CELL_FILL = re.compile(r"^\{(#[0-9a-fA-F]{6})\}\s*")
DOT = re.compile(r"^\{dot(#[0-9a-fA-F]{6})\}\s*")
DING = re.compile(r"^\{ding(#[0-9a-fA-F]{6})\}\s*")
UP = "{up}"
FOOTNOTE_MARK = re.compile(r"\[\^\d\]")
HEADER_FILL = "#1f3864"  # the dark blue many councils print a table's header row on
HEADER_TEXT = "#ffffff"
ZEBRA_FILL = "#e7e6e6"  # the light grey of Word's banded-row table styles
DOT_MM = 2.6  # a RAG dot's diameter: a little under the table text's cap height x 1.5
DOT_GAP_MM = 1.2  # between the dot (or glyph) and the text after it
DING_FONT = "zapfdingbats"
DING_GLYPH = "l"  # ZapfDingbats' filled circle (Word's Wingdings "l" RAG dot)
CELL_PAD_MM = 1.0  # fpdf2's default cell padding (its c_margin)


def has_marks(rows: list[list[str]], mark: str, widths: list[int] | None) -> bool:
    """Whether a table uses any round 11 mark (else the round 10 renderer draws it as before)."""
    if widths or mark == TABLE_ZEBRA:
        return True
    return any(cell == MERGED or DOT.match(cell) or DING.match(cell) or cell.startswith(UP)
               or FOOTNOTE_MARK.search(cell) for cells in rows for cell in cells)


def column_widths(line: str) -> list[int] | None:
    """The integers of a "|% w1 w2 ..." line, or None when the line is not one."""
    if not line.startswith(COLUMN_WIDTHS):
        return None
    values = line.removeprefix(COLUMN_WIDTHS).split()
    return [int(v) for v in values] if values and all(v.isdigit() for v in values) else None


@dataclass
class _Spec:
    """One printed cell: its text, its marks, and how many rows it spans."""

    text: str
    fill: str | None = None
    dot: str | None = None
    ding: str | None = None
    up: bool = False
    rowspan: int = 1


def _spec(cell: str, header: bool) -> _Spec:
    spec = _Spec(cell)
    for pattern, name in ((CELL_FILL, "fill"), (DOT, "dot"), (DING, "ding")):
        found = pattern.match(spec.text)
        if found:
            setattr(spec, name, found.group(1))
            spec.text = spec.text[found.end():]
    if header and spec.text.startswith(UP):
        spec.up, spec.text = True, spec.text.removeprefix(UP).strip()
    return spec


def _merged(rows: list[list[str]], headed: bool,
            carried: dict[int, _Spec]) -> list[list[_Spec | None]]:
    """Each row's cells; a "^" cell is None, its column's cell above spanning one row more.
    A "^" at the top of a table's part after a page break prints the text of the cell it
    continues (CARRIED, the last part's cells by column) again; a header cell is never
    merged into, and a "^" with nothing above it is printed as it stands."""
    grid: list[list[_Spec | None]] = []
    owners: dict[int, _Spec] = {}
    for r, cells in enumerate(rows):
        header = headed and r == 0
        specs: list[_Spec | None] = []
        for j, cell in enumerate(cells):
            if cell == MERGED and j in owners and not header:
                owners[j].rowspan += 1
                specs.append(None)
                continue
            spec = (replace(carried[j], rowspan=1) if cell == MERGED and j in carried
                    and not header else _spec(cell, header))
            if not header:
                owners[j] = spec
            specs.append(spec)
        grid.append(specs)
    carried.update(owners)
    return grid


def _parts(rows: list[list[str]]) -> list[list[list[str]]]:
    """A table's rows split at its page-break rows, the header row on top of each part after
    a break that repeats it."""
    header = rows[0]
    parts: list[list[list[str]]] = [[header]]
    for cells in rows[1:]:
        if cells == [TABLE_PAGE_BREAK]:
            parts.append([header])
        elif cells == [TABLE_PAGE_BREAK_BARE]:
            parts.append([])
        else:
            parts[-1].append(cells)
    return parts


def render_table(pdf: FPDF, rows: list[list[str]], mark: str, widths: list[int] | None,
                 bold: bool, escape: Any) -> None:
    """A table with round 11 marks: ruled (or shaded-header, unruled, zebra) as its first
    line says, its merged cells spanning their rows, dots and glyphs drawn in their cells,
    "{up}" headers turned, its columns as wide as "|% " says; broken over pages at its
    page-break rows, as round 10's tables are."""
    carried: dict[int, _Spec] = {}
    for n, part in enumerate(_parts(rows)):
        if n:  # the table runs on over a page of the same shape
            pdf.add_page(orientation=str(pdf.cur_orientation.value))
        headed = part[:1] == rows[:1]
        _render_part(pdf, _merged(part, headed, carried), headed,
                     (mark, widths, bold, escape))
        pdf.ln(2)


def _render_part(pdf: FPDF, grid: list[list[_Spec | None]], headed: bool,
                 how: tuple[str, list[int] | None, bool, Any]) -> None:
    """One page's part of a table (HOW: its mark, column widths, inline bold, the escape of
    a cell's stray stars)."""
    from fpdf.enums import TableBordersLayout, TableCellFillMode
    from fpdf.fonts import FontFace

    mark, widths, bold, escape = how
    zebra = mark == TABLE_ZEBRA
    dark = headed and (zebra or mark == TABLE_SHADED)
    pdf.set_font("helvetica", "", TABLE_SIZE)
    table = _MarkedTable(
        pdf, first_row_as_headings=headed, line_height=LINE_MM, markdown=bold,
        borders_layout=TableBordersLayout.NONE if zebra or mark == TABLE_UNRULED
        else TableBordersLayout.ALL,
        headings_style=FontFace(emphasis="BOLD" if headed else None,
                                color=HEADER_TEXT if dark else None,
                                fill_color=HEADER_FILL if dark else None),
        cell_fill_color=ZEBRA_FILL if zebra else None,
        cell_fill_mode=TableCellFillMode.ROWS if zebra else TableCellFillMode.NONE,
        col_widths=tuple(widths) if widths else None)
    table.dark_header = dark
    for r, specs in enumerate(grid):
        row = table.row(min_height=_up_height(pdf, specs) if headed and r == 0 else None)
        for spec in specs:
            if spec is not None:
                table.add(row, spec, escape(spec.text) if bold else spec.text)
    table.render()


def _up_height(pdf: FPDF, specs: list[_Spec | None]) -> float | None:
    """A header row tall enough for its longest turned text."""
    turned = [s.text for s in specs if s is not None and s.up]
    if not turned:
        return None
    pdf.set_font("helvetica", "B", TABLE_SIZE)
    height = max(pdf.get_string_width(text) for text in turned) + 2 * CELL_PAD_MM
    pdf.set_font("helvetica", "", TABLE_SIZE)
    return height


class _MarkedTable(Table):
    """fpdf2's table, drawing each marked cell's dot, glyph or turned text once the cell's
    box is known."""

    def __init__(self, pdf: FPDF, **kwargs: Any) -> None:
        super().__init__(pdf, **kwargs)
        self.specs: dict[int, _Spec] = {}
        self.dark_header = False  # turned header text printed white on the dark fill

    def add(self, row: Any, spec: _Spec, text: str) -> None:
        from fpdf.fonts import FontFace

        marked = spec.dot or spec.ding
        indent = DOT_MM + DOT_GAP_MM if marked else 0.0
        cell = row.cell("" if spec.up else text, rowspan=spec.rowspan,
                        style=FontFace(fill_color=spec.fill) if spec.fill else None,
                        padding=(0, CELL_PAD_MM, 0, CELL_PAD_MM + indent) if marked else None)
        self.specs[id(cell)] = spec

    def _render_table_cell(self, i: int, j: int, cell: Cell, row_height: float,
                           cell_height_info: Any = None, cell_x_positions: Any = None,
                           **kwargs: Any) -> Any:
        y = self._fpdf.y
        result = super()._render_table_cell(i, j, cell, row_height, cell_height_info,
                                            cell_x_positions, **kwargs)
        spec = self.specs.get(id(cell))
        if spec is None or cell_height_info is None:
            return result
        height = (cell_height_info.merged_heights[cell.rowspan] if cell.rowspan > 1
                  else cell_height_info.height)
        box = (cell_x_positions[j], y, self._get_col_width(i, j, cell.colspan), height)
        _draw_marks(self._fpdf, spec, box, HEADER_TEXT if i == 0 and self.dark_header else None)
        return result


def _draw_marks(pdf: FPDF, spec: _Spec, box: tuple[float, float, float, float],
                colour: str | None) -> None:
    x, y, width, height = box
    middle = y + height / 2
    if spec.dot:
        pdf.set_fill_color(spec.dot)
        pdf.circle(x + CELL_PAD_MM + DOT_MM / 2, middle, DOT_MM / 2, style="F")
        pdf.set_fill_color(255)
    if spec.ding:
        _ding(pdf, spec.ding, x + CELL_PAD_MM, middle)
    if spec.up:
        pdf.set_text_color(colour or 0)
        _turned(pdf, spec.text, x + width / 2, y + height - CELL_PAD_MM)
        pdf.set_text_color(0)


def _ding(pdf: FPDF, colour: str, x: float, middle: float) -> None:
    """ZapfDingbats' filled circle in COLOUR, centred on the cell's middle line."""
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(DING_FONT, "", TABLE_SIZE)
    pdf.set_text_color(colour)
    pdf.text(x, middle + pdf.font_size / 3, DING_GLYPH)
    pdf.set_text_color(0)
    pdf.set_font(family, style, size)


def _turned(pdf: FPDF, text: str, centre_x: float, bottom: float) -> None:
    """Header TEXT turned 90 degrees (reading bottom to top), centred across its cell."""
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font("helvetica", "B", TABLE_SIZE)
    baseline_x = centre_x + pdf.font_size / 3
    with pdf.rotation(90, x=baseline_x, y=bottom):
        pdf.text(baseline_x, bottom, text)
    pdf.set_font(family, style, size)
