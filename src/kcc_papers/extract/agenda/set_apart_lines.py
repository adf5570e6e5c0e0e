"""A web page's agenda table row read without the lines its cells set apart under their first
in markup of their own (``Line.cell_heads``, read by ``load.html_cell_lines``): who presents
the item, a note why it is taken in private, printed under its title in the title's cell,
are no words of the title ("District Rate - Final Estimates" over "Director of Finance";
"Items in Confidence" over "The public and press are likely to be excluded ...")."""

from __future__ import annotations

from dataclasses import replace

from kcc_papers.load.glyphs import clean
from kcc_papers.load.model import Line
from kcc_papers.load.text import columns


def set_apart_dropped(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """Each line, a row whose cells set lines apart read as its cells' heads alone."""
    return [(page, line if line.cell_heads is None else _cells_as(line, line.cell_heads))
            for page, line in lines]


def _cells_as(line: Line, cells: list[str]) -> Line:
    """The row as these cells, tab-separated as the web page's rows are read (``load.html``)."""
    raw = "\t".join(cells)
    return replace(line, text=clean(raw.replace("\t", " ")), spans=columns(raw), raw=raw,
                   cell_heads=None)
