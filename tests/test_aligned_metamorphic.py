"""Metamorphic tests of the reader of tables set out in spaces (``load/aligned.py``): one table
printed in the ways plain-text exports set it out must give the same cells every time. Its
widening rules (a column's cells line up with the cells above them, figures set flush right
past their name's end) and its wrapping rule (a description on two lines is one row) are
what each layout below leans on; the table's own words never change between layouts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from kcc_papers.load.aligned import aligned_tables
from kcc_papers.load.text import split_pages

HEADER = ("Ref", "Indicator", "Target", "Outturn", "Status")
ROWS = (
    ("AS01", "Adults supported to live at home", "82.0", "84.5", "Green"),
    ("AS02", "Reviews completed within twelve months", "75", "61.2", "Red"),
    ("AS03", "Carers assessed", "1,250", "1,198", "Amber"),
    ("AS04", "Delayed transfers per 100,000 adults", "9.5", "4", "Green"),
)
# The columns are set this many characters past the longest cell under each, at least.
GAP = 3
FIGURE_COLUMNS = (2, 3)


@dataclass(frozen=True)
class Layout:
    """How one export prints the table: the gap between columns, the page's indent, figures
    flush right under their name, a row set a character right of the rest, and descriptions
    wrapped at a width onto a second line with the first column empty."""

    gap: int = GAP
    indent: int = 0
    right_figures: bool = False
    shifted_row: int | None = None
    wrap_at: int | None = None
    past_name: int = 0  # flush-right figures end this many characters past their name


def _widths(layout: Layout) -> list[int]:
    texts = [HEADER, *ROWS]
    widths = [max(len(r[k]) for r in texts) for k in range(len(HEADER))]
    if layout.wrap_at is not None:
        widths[1] = max(layout.wrap_at, len(HEADER[1]))
    return [w + layout.gap for w in widths]


def _cell(text: str, k: int, width: int, layout: Layout, header: bool) -> str:
    if layout.right_figures and k in FIGURE_COLUMNS and not header:
        # flush right with the name's end, as a spreadsheet's export sets figures
        return text.rjust(len(HEADER[k]) + layout.past_name).ljust(width)
    return text.ljust(width)


def _wrapped(text: str, width: int | None) -> list[str]:
    if width is None or len(text) <= width:
        return [text]
    cut = text.rfind(" ", 0, width + 1)
    return [text[:cut], text[cut + 1:]]


def render(layout: Layout) -> str:
    widths = _widths(layout)
    pad = " " * layout.indent
    lines = [pad + "".join(_cell(t, k, widths[k], layout, True)
                           for k, t in enumerate(HEADER)).rstrip()]
    for n, row in enumerate(ROWS):
        first, *rest = _wrapped(row[1], layout.wrap_at)
        cells = [_cell(t, k, widths[k], layout, False)
                 for k, t in enumerate((row[0], first, *row[2:]))]
        shift = " " if layout.shifted_row == n else ""
        lines.append(pad + shift + "".join(cells).rstrip())
        lines.extend(pad + " " * widths[0] + more for more in rest)
    return "Adult Social Care Scorecard, Quarter 3\n\n" + "\n".join(lines) + "\n"


def cells(text: str) -> list[list[str]]:
    (page,) = split_pages(text)
    tables = aligned_tables(page)
    assert len(tables) == 1, text
    return [[c.text for c in row] for row in tables[0].rows]


EXPECTED = [list(HEADER), *[list(r) for r in ROWS]]
LAYOUTS: dict[str, Callable[[], Layout]] = {
    "plain": lambda: Layout(),
    "wide gaps": lambda: Layout(gap=9),
    "narrow gaps": lambda: Layout(gap=2),
    "indented": lambda: Layout(indent=6),
    "figures flush right": lambda: Layout(right_figures=True),
    "figures ending past their names": lambda: Layout(right_figures=True, past_name=2, gap=4),
    "a row set one character right": lambda: Layout(shifted_row=2),
    "descriptions wrapped": lambda: Layout(wrap_at=22),
    "wrapped, flush right and indented": lambda: Layout(wrap_at=22, right_figures=True,
                                                        indent=4),
    "wrapped and wide": lambda: Layout(wrap_at=20, gap=7),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_table_in_spaces_reads_the_same_in_every_layout(name: str) -> None:
    text = render(LAYOUTS[name]())
    assert cells(text) == EXPECTED, text


def test_the_layouts_differ_from_each_other() -> None:
    # a metamorphic test whose variants printed one text would test nothing
    texts = {render(make()) for make in LAYOUTS.values()}
    assert len(texts) == len(LAYOUTS)


def test_a_wrapped_layout_prints_descriptions_on_two_lines() -> None:
    text = render(Layout(wrap_at=22))
    assert "Reviews completed" in text and "\n" + " " * _widths(Layout(wrap_at=22))[0] in text
    assert len(text.splitlines()) > len(render(Layout()).splitlines())
