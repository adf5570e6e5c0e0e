"""A PDF page's tables: the ruled ones pdfplumber finds (``Page.tables``) and those printed
with no rules (``unruled``). On a page that has ruled tables holding text, the unruled ones
are looked for in the words outside their boxes only; cells filled with no text are boxed
by their fills' edges as a table of empty cells: that is an unruled table's fill, not a
table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kcc_papers.load.cell_marks import SYMBOL_FONT, coloured
from kcc_papers.load.drawn_dots import drawn_dots
from kcc_papers.load.model import LayoutReader, Page, Table
from kcc_papers.load.unruled import (
    ALIGN_POINTS,
    MARK,
    Fill,
    continued_rows,
    could_head,
    read_words,
    word_lines,
)


def unruled_tables(page: Page, layout: LayoutReader | None,
                   carried: Table | None = None) -> list[Table]:
    """The page's tables printed without rules, read from its words' places; none when the
    page has ruled tables, no bold line that could head a table, or no layout to read. Given
    the table the page before ended with (``carried``), rows at the page's head set out under
    its columns are the rest of it, its header not printed again."""
    if _texted(page.tables):
        return []
    return _read_unruled(page, layout, carried, [])

Box = tuple[float, float, float, float]


def _read_unruled(page: Page, layout: LayoutReader | None, carried: Table | None,
                  ruled: list[Box]) -> list[Table]:
    """The unruled tables of the page's words outside the ``ruled`` tables' boxes."""
    columns = carried.columns if carried is not None else None
    # the ruled tables' rows are no unruled table's rows
    free = [ln for ln in page.lines if not _boxed(ln.x0, ln.top, ln.bottom, ruled)] \
        if ruled else page.lines
    headed = any(could_head(free, i) for i in range(len(free)))
    if layout is None or not (columns or headed):
        return []
    plumbed = layout(page.number)
    try:
        # each word's weight: PDFium's chars carry it, pdfminer's their font's name
        chars = plumbed.chars
        weight = "bold" if chars and "bold" in chars[0] else "fontname"
        words = plumbed.extract_words(extra_attrs=["size", weight], keep_blank_chars=False)
        fills = _fills(plumbed)
        if weight == "fontname":  # pdfminer's chars: a symbol font's glyphs among them
            _mark_glyphs(words, chars)
        words += drawn_dots(getattr(plumbed, "curves", []), words, weight)
    finally:
        close: Callable[[], None] | None = getattr(plumbed, "close", None)
        if close is not None:
            close()
    if ruled:
        words = [w for w in words if not _boxed(w["x0"], w["top"], w["bottom"], ruled)]
    bold = [line.top for line in page.lines if line.bold and line.top is not None]
    # rows carried over from the page before come before any table of this page
    first_ruled = min((b[1] for b in ruled), default=float("inf"))
    tables = read_words(words, bold, page.number, columns, fills, first_ruled, headed)
    band = _lone_band(page.tables, columns)
    if columns and ruled and band is not None:
        # a zebra table carried on: its one shaded row on the page is a ruled table of its
        # own, the unshaded rows above it and below it the rest of the table
        limit = min([b[1] for b in ruled if b[1] > band[3]]
                    + [t.bbox[1] for t in tables if t.bbox and t.bbox[1] > band[3]],
                    default=float("inf"))
        below = [ln for ln in word_lines(words, bold) if band[3] <= ln.top < limit]
        rest = continued_rows(below, columns, page.number, fills) if below else None
        tables = sorted([*tables, rest] if rest is not None else tables,
                        key=lambda t: t.bbox[1] if t.bbox else 0.0)
    return tables


def _lone_band(tables: list[Table], columns: list[float] | None) -> Box | None:
    """The box of the page's first table where it is one row under as many columns as the
    table carried from the page before (a zebra table's one shaded row on the page)."""
    first = min((t for t in tables if t.bbox is not None), key=lambda t: t.bbox[1] if t.bbox
                else 0.0, default=None)
    if (columns is None or first is None or first.bbox is None or len(first.rows) != 1
            or len(first.rows[0]) != len(columns)):
        return None
    return first.bbox


def _boxed(x0: float | None, top: float | None, bottom: float | None, boxes: list[Box]) -> bool:
    """Whether text whose left edge and band are these lies in one of the boxes (a ruled
    table's cells): its left edge within the box's sides, its middle within its top and
    bottom."""
    if x0 is None or top is None:
        return False
    middle = (top + (bottom if bottom is not None else top)) / 2
    return any(b[0] - ALIGN_POINTS <= x0 <= b[2] and b[1] <= middle <= b[3] for b in boxes)


def pdf_tables(page: Page, layout: LayoutReader | None,
               carried: Table | None = None) -> list[Table]:
    """A PDF page's tables: its ruled ones, and those printed without rules in its words
    outside them (a word processor's table with its borders off above a boxed one, as a
    performance appendix sets its activity counts above its KPIs), in the order they are
    printed. Cells filled in colour with no text (a RAG given by the fill alone, in a table
    without rules) are boxed by their fills' edges as a table of empty cells: that is the
    table's fill, not a table."""
    if not _texted(page.tables):
        return unruled_tables(page, layout, carried) or page.tables
    boxes = [t.bbox for t in page.tables if t.bbox is not None]
    unruled = _read_unruled(page, layout, carried, boxes)
    if not unruled:
        return page.tables
    return sorted([*page.tables, *unruled], key=lambda t: t.bbox[1] if t.bbox else 0.0)


def _mark_glyphs(words: list[dict[str, Any]], chars: list[dict[str, Any]]) -> None:
    """Give each symbol-font word the colour of its glyph (``MARK``), as a ruled table's cell
    reads it (``cell_marks``); a black or grey icon rates nothing and gets none."""
    glyphs = [w for w in words if SYMBOL_FONT.search(str(w.get("fontname") or ""))]
    if not glyphs:
        return
    from kcc_papers.load.pdf_layout import to_hex

    colours = {(round(c["x0"], 1), round(c["top"], 1)): to_hex(c.get("non_stroking_color"))
               for c in chars if SYMBOL_FONT.search(str(c.get("fontname") or ""))}
    for w in glyphs:
        colour = colours.get((round(w["x0"], 1), round(w["top"], 1)))
        if colour is not None and coloured(colour):
            w[MARK] = colour


def _texted(tables: list[Table]) -> bool:
    return any(cell.text.strip() for table in tables for row in table.rows for cell in row)


def _fills(plumbed: Any) -> list[Fill]:
    """The page's filled rectangles, their colours as a cell's fill."""
    from kcc_papers.load.pdf_layout import to_hex

    out: list[Fill] = []
    for r in getattr(plumbed, "rects", []):
        colour = to_hex(r.get("non_stroking_color")) if r.get("fill") else None
        if colour is not None:
            out.append(((r["x0"], r["top"], r["x1"], r["bottom"]), colour))
    return out
