"""What kind of table a web page's table is: its page's layout (a table holding tables or
headings), or data whose cells hold paragraphs (running text) rather than values.
"""

from __future__ import annotations

from kcc_papers.load.html_dom import Element, is_chrome

# A table holding any of these is the page's layout, not data.
LAYOUT_SIGNS = {"table", "h1", "h2", "h3", "h4"}


def _is_layout(table: Element) -> bool:
    if table.attrs.get("role", "").lower() in ("presentation", "none"):
        return True
    return bool(table.find_all(LAYOUT_SIGNS))


def _rows_of(table: Element) -> list[Element]:
    return [row for row in table.find_all({"tr"}, into={"table"}) if not is_chrome(row)]


# Paragraphs in one cell that make a table's cells text, not values.
PARAGRAPHS_IN_A_CELL = 2
_PARAGRAPH_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6"}


# Or line breaks in a cell of running text ("There was submitted a report ...<br><br><b>Decision
# </b><br>The Committee agreed ..."), not a list of short values.
PROSE_WORDS_IN_A_CELL = 25


def _has_paragraph_cells(table: Element) -> bool:
    return any(_paragraph_cell(cell) for cell in table.find_all({"td", "th"}, into={"table"}))


def _paragraph_cell(cell: Element) -> bool:
    if len(cell.find_all(_PARAGRAPH_TAGS)) >= PARAGRAPHS_IN_A_CELL:
        return True
    return (len(cell.find_all({"br"})) >= PARAGRAPHS_IN_A_CELL
            and len(_text_of(cell).split()) >= PROSE_WORDS_IN_A_CELL)


def _text_of(element: Element) -> str:
    return " ".join(c if isinstance(c, str) else _text_of(c) for c in element.children)
