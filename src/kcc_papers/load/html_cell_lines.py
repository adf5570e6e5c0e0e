"""A web page's table cell whose lines under its first are set apart by their own markup: a
title over the name of who presents it, or over a note on why it is taken in confidence,
each line broken off by ``<br>`` and wrapped whole in an element of its own ("District rate
<br><span class="presenter">Director of Finance</span>", "<strong>Items in Confidence</strong>
<br><span class="note">The public ...</span>"). The page marks such a line as another kind of
text than the title, as a PDF prints it in another type: a title broken over two lines in one
markup ("Minutes of the meeting held<br>on 8 February") is one title still, and so is one whose
later line runs on in lower case ("Review of Community Grants<br><span class="t">and Small
Grants Fund</span>": no name, note or page reference starts so) or is wrapped in a bare
``<span>`` (no class, no style: a wrapper that marks nothing). A paragraph (``<p>``) under a
title wholly in bold is set apart so too.
"""

from __future__ import annotations

from kcc_papers.load.html_dom import Element

# (tag, class) of the one element a line is wholly set in; None for a line of bare text or of
# more than one element's
Marking = tuple[str, str] | None


def set_apart_from(cell: Element) -> int | None:
    """The index of the cell's child where its lines set apart from its first begin (the
    ``<br>`` before the first of them), or None where no line is: each later line wholly one
    element's, in a marking (tag and class) the first line is not set in."""
    if (below := _paragraph_under_bold(cell)) is not None:
        return below
    lines = _lines(cell)
    if len(lines) < 2:
        return None
    first = _marking(lines[0][1])
    later = lines[1:]
    if not all((mark := _marking(children)) is not None and mark != first
               and not _runs_on(children) for _, children in later):
        return None
    return later[0][0] - 1


# The inline elements a title set in bold is wrapped in, and the blocks a paragraph is.
_BOLD_TAGS = {"strong", "b"}
_PARAGRAPH_TAGS = {"p", "div"}


def _paragraph_under_bold(cell: Element) -> int | None:
    """The index of the paragraph under a cell's title wholly in bold ("<strong>Budget
    2014/15</strong><p>Lead officer: Director of Finance.</p>"), or None: a browser sets the
    paragraph on lines of its own under the title, in its own type, as a ``<br>`` and a
    marking of its own set a line apart."""
    printed = [(n, c) for n, c in enumerate(cell.children) if not isinstance(c, str) or c.strip()]
    if len(printed) < 2:
        return None
    (_, first), (at, second) = printed[0], printed[1]
    if (isinstance(first, Element) and first.tag in _BOLD_TAGS
            and isinstance(second, Element) and second.tag in _PARAGRAPH_TAGS
            and _a_title(_text([first]))):
        return at
    return None


def _a_title(bold: str) -> bool:
    """Whether a cell's bold text is a title of its own: it holds a word, and is no item's
    number ("<strong>3.</strong><p>Fees and Charges</p>") nor a label whose colon leads on to
    the paragraph ("<strong>Housing:</strong><p>Homelessness Review</p>")."""
    text = bold.strip()
    return any(c.isalpha() for c in text) and not text.endswith(":")


def _lines(cell: Element) -> list[tuple[int, list[Element | str]]]:
    """The cell's lines as ``<br>`` breaks them: each line's first child's index and its
    children (blank lines dropped)."""
    lines: list[tuple[int, list[Element | str]]] = []
    start = 0
    current: list[Element | str] = []
    for n, child in enumerate([*cell.children, Element("br", {})]):
        if isinstance(child, Element) and child.tag == "br":
            if any(not isinstance(c, str) or c.strip() for c in current):
                lines.append((start, current))
            start, current = n + 1, []
        else:
            current.append(child)
    return lines


def _marking(children: list[Element | str]) -> Marking:
    """The tag and class of the one element a line's text is wholly set in, else None."""
    printed = [c for c in children if not isinstance(c, str) or c.strip()]
    if len(printed) != 1 or isinstance(printed[0], str):
        return None
    element = printed[0]
    marking = " ".join(element.attrs.get("class", "").split())
    if element.tag == "span" and not marking and not element.attrs.get("style", "").strip():
        return None
    return element.tag, marking


def _runs_on(children: list[Element | str]) -> bool:
    """Whether a line's first letter is in lower case: the title running on ("on 8 February",
    "and Small Grants Fund"), no line of its own."""
    first = next((c for c in _text(children) if c.isalnum()), "")
    return first.islower()


def _text(children: list[Element | str]) -> str:
    return "".join(c if isinstance(c, str) else _text(list(c.children)) for c in children)
