"""A stamp printed over a table's row of cells: a running header set at the top of every page
("DUNMORE COUNCIL - AUDIT PANEL - PAGE 2") in the band of the page's first line, which is a
table's header row. PDFium reads the two as one run, cut (``stamps.run_pieces``) where the type
changes across a step back left: the stamp's piece and the row's piece, no third one to tell
the odd type from (``stamps._printed_over`` needs one). Which of two such pieces is the stamp
is told by how each is set: a stamp is one line of text, its words a space apart, printed
over a row whose words stand apart in its cells (wide gaps between them). Two lines set
alike (a heading under a stamp, both lines of words) are left be: the layout does not say
which is which."""

from __future__ import annotations

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.pdfium_calls import Glyphs

# Words this many ems apart (of their type) stand in two cells, not on one line: a justified
# line's widest gap is under one em, a row's cells are set a column's width apart.
CELL_GAP_EMS = 2.0
# The run's two pieces: the stamp's and the row's.
PIECES = 2


def row_stamp(glyphs: Glyphs, text: str, bounds: list[tuple[int, int]]) -> int | None:
    """The piece of a run of two (``bounds``: each piece's start and end in ``text``) that is a
    stamp printed over a row of cells: the two overlap across the page (one printed over the
    other, as no line prints its words over its own), the stamp's words set as one line and
    the other's spread in cells. None where that is not so."""
    if len(bounds) != PIECES:
        return None
    (a0, b0), (a1, b1) = bounds
    if not (glyphs.loose_box(a0)[0] < glyphs.loose_box(b1 - 1)[2]
            and glyphs.loose_box(a1)[0] < glyphs.loose_box(b0 - 1)[2]):
        return None
    spread = [_spread(glyphs, text, a, b) for a, b in bounds]
    if spread == [False, True]:
        return 0
    if spread == [True, False]:
        return 1
    return None


def _spread(glyphs: Glyphs, text: str, start: int, end: int) -> bool:
    """Whether the piece's words stand in cells: two glyphs next to each other (spaces aside)
    more than ``CELL_GAP_EMS`` of their type apart, or the next one back left of the one
    before (a row's cells written out of order)."""
    before: int | None = None
    for k in range(start, end):
        if text[k].isspace():
            continue
        if before is not None:
            right = glyphs.loose_box(before)[2]
            left = glyphs.loose_box(k)[0]
            size = max(calls.font_size(glyphs.handle, before), calls.font_size(glyphs.handle, k))
            if left - right >= CELL_GAP_EMS * size or left < right - size:
                return True
        before = k
    return False
