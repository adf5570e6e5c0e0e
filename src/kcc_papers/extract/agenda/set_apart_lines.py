"""A web page's agenda table row read without the lines its cells set apart under their first
in markup of their own (``Line.cell_heads``, read by ``load.html_cell_lines``): who presents
the item, a note why it is taken in private, printed under its title in the title's cell,
are no words of the title ("District Rate - Final Estimates" over "Director of Finance";
"Items in Confidence" over "The public and press are likely to be excluded ..."). A page range
printed on such a line ("(Pages 5 - 12)" under a linked title) is the item's still, kept after
its head for the item's reader to take as it takes one ending a title."""

from __future__ import annotations

from dataclasses import replace

from kcc_papers.extract.agenda.patterns import PAGES
from kcc_papers.load.glyphs import clean
from kcc_papers.load.model import Line
from kcc_papers.load.text import columns


def set_apart_dropped(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Each line, a row whose cells set lines apart read as its cells' heads alone."""
    return [(page, line if line.cell_heads is None else _cells_as(line, _heads(line)))
            for page, line in lines]


def _heads(line: Line) -> list[str]:
    """The row's cells' heads, each with a page range its set-apart lines print after it."""
    heads = list(line.cell_heads or [])
    for n, cell in enumerate((line.raw or line.text).split("\t")[: len(heads)]):
        pages = PAGES.search(cell)
        if pages and cell != heads[n] and not PAGES.search(heads[n]):
            heads[n] = f"{heads[n]} {pages.group()}"
    return heads


def _cells_as(line: Line, cells: list[str]) -> Line:
    """The row as these cells, tab-separated as the web page's rows are read (``load.html``)."""
    raw = "\t".join(cells)
    return replace(line, text=clean(raw.replace("\t", " ")), spans=columns(raw), raw=raw,
                   cell_heads=None)
