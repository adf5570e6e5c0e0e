"""The lines a sentence broken over a PDF page's end runs on past: the page's foot (its
footnotes, its running footer) and the next page's head (its running header), each set in
smaller type than the page's body text. "... resolved that the quotation of Mannin" / "1 After
the use of £12,000 ..." (a footnote) / "Minutes - 9th February 2028 - Page 1 of 2" / (page 2)
"Ballavarry Village Commissioners" / "Groundcare Ltd in the sum of £18,240 ... be accepted.":
the sentence is the body's two lines; the others are the page's margins, read on their own
(``running_text.running_paragraphs``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from kcc_papers.load.model import Line

# A margin's line is set smaller than this share of the page's body size (a footnote in 8.5
# points under 11.8 point text, a running header in 9); a table's rows or a heading a point off
# the body size are no margin.
MARGIN_SIZE_SHARE = 0.85
# Sizes are compared to the half point (a text layer gives 11.76 and 11.8 for one font).
SIZE_STEP = 0.5


def _body_size(lines: Sequence[Line]) -> float | None:
    """The size most of a page's characters are set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size is not None:
            sizes[round(line.size / SIZE_STEP) * SIZE_STEP] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _small(line: Line, body: float) -> bool:
    return line.size is not None and bool(line.text.strip()) and (
        line.size < body * MARGIN_SIZE_SHARE)


def page_margins(flat: Sequence[tuple[int, int, Line]]) -> set[tuple[int, int]]:
    """(page, line index) of every line of each page's head and foot set in small type: the
    run of such lines that opens the page and the run that closes it (read for a PDF only,
    ``running_text.running_paragraphs``: a text file's lines carry no size, and an HTML page's,
    sized by its styles, are one page with no margins printed)."""
    by_page: dict[int, list[tuple[int, Line]]] = defaultdict(list)
    for page, index, line in flat:
        by_page[page].append((index, line))
    out: set[tuple[int, int]] = set()
    for page, lines in by_page.items():
        body = _body_size([line for _, line in lines])
        if body is None:
            continue
        for run in (lines, lines[::-1]):
            for index, line in run:
                if not _small(line, body):
                    break
                out.add((page, index))
    return out
