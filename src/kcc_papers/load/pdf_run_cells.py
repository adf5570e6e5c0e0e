"""What one PDF text run holds beside its text: a table row's cells parted by columns' gaps
(``Run.cells``, ``Run.parts``), a bold heading with regular text beside it (``Run.beside``),
and a bold run-in opening it (``Run.lead``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kcc_papers.load.pdf_runs import Run, _run_text
from kcc_papers.load.pdfium_calls import Glyphs
from kcc_papers.load.straddled import spaces

# PDFium keeps in one run the cells of a table row its writer drew as one text object (an
# unruled or zebra table: "PB2 Minutes of the meeting held on 18 June 2026      2 - 4"), a
# space where the next cell starts. A gap this many font heights wide parts two cells (a
# word space is about 0.3 of the height, a justified line's a little more).
COLUMN_GAP_SHARE = 1.0
# Only a run wider than its characters print at this share of the font's height each, with a
# column's gap besides, is looked into (most runs: their two glyph boxes, already read). A
# line of lower-case words in a sans face prints its characters at about 0.42 of the height
# each ("Household bins collected on the scheduled day", two tiles' names side by side): at
# 0.45 such a run's column gap went unseen.
MAX_CHAR_SHARE = 0.40
# A row of at least this many cells: a label and its value at a tab stop are no table's row.
MIN_CELLS = 3


def _no_room_for_a_gap(run: Run, chars: int) -> bool:
    """Whether the run is no wider than its ``chars`` characters print at MAX_CHAR_SHARE of
    its font's height each with a column's gap besides (or has no height): only a wider run
    is looked into."""
    return run.size <= 0 or run.x1 - run.x0 <= (
        MAX_CHAR_SHARE * chars + COLUMN_GAP_SHARE) * run.size


def _gap_width(glyphs: Glyphs, space: int, after: int) -> float:
    """How wide the space is that opens at ``space`` (its first character) and closes before
    ``after`` (the next word's first glyph): from the last glyph's right edge to the next's
    left edge, as ``spaces`` gives the pair."""
    return glyphs.loose_box(after)[0] - glyphs.loose_box(space - 1)[2]


def _with_cells(glyphs: Glyphs, text: str, start: int, end: int, run: Run,
                columns: Sequence[float] = ()) -> Run:
    """The run with the cells of the table row it holds, if it holds one (MIN_CELLS or more
    pieces parted by a column's gap); or with its two pieces (``Run.parts``) where one
    column's gap parts it. ``columns``: where the page's other rows start their cells (sorted),
    that a tight gutter's cell must start at (``with_tight_gutters``)."""
    height = run.size
    if _no_room_for_a_gap(run, end - start):
        return run
    gaps: list[tuple[int, int, float]] = []  # the wide gaps: where they start, end, width
    narrow: list[tuple[int, int, float]] = []  # the others
    for i, after in spaces(text, start, end):
        width = _gap_width(glyphs, i, after)
        (gaps if width >= COLUMN_GAP_SHARE * height else narrow).append((i, after, width))
    cuts = _column_gaps(gaps, text, WIDE_GAP_SHARE * height)
    if not cuts:
        return run
    if columns and len(cuts) + 1 >= MIN_CELLS:
        cuts = sorted([*cuts, *(gap for gap in _tight_gutters(narrow, height)
                                if _at_a_column(glyphs.loose_box(gap[1])[0], columns, height))])
    bounds = [start, *(b for gap in cuts for b in gap[:2]), end]
    # each cell read as the run is (``_run_text``): a footnote marker in it a superscript
    cells = tuple((glyphs.loose_box(a)[0], _run_text(glyphs, text[a:z], a))
                  for a, z in zip(bounds[::2], bounds[1::2], strict=True))
    if len(cells) < MIN_CELLS:
        # two pieces are no table's row, but may be two cards' lines side by side
        return run._replace(parts=cells) if all(t for _, t in cells) else run
    return run._replace(cells=tuple(c for c in cells if c[1]))


# A row's cell filled nearly to the next column ("External Audit Plan 2027/28" up to its lead,
# "External Auditor"): the gutter left is narrower than a column's gap, yet at least this many
# font heights and this many times the row's plain word space wide (a word space is about 0.25
# of the height; a justified line's are alike, and a row drawn as one run is not justified).
TIGHT_GUTTER_SHARE = 0.6
GUTTER_TO_SPACE = 3.0


# ... and only where the cell after it starts where a column of the page's table starts: at a
# cell of another row parted by a column's wide gap (the "Lead" header over "External
# Auditor"), within this share of the font's height. A gap as wide inside one cell, a list's
# number and its title ("2.1   Internal Audit Plan", parted by a tab), starts no column.
COLUMN_ALIGN_SHARE = 0.3


def with_tight_gutters(glyphs: Glyphs, text: str, runs: list[Run]) -> list[Run]:
    """The page's runs, each table row's (MIN_CELLS cells or more) read again for its tight
    gutters (_tight_gutters), now that where the page's columns start is known: the starts of
    the cells its rows' columns' gaps parted."""
    columns = sorted(x for run in runs for x, _ in run.cells)
    if not columns:
        return runs
    return [_with_cells(glyphs, text, run.start, run.end, run, columns)
            if len(run.cells) >= MIN_CELLS else run for run in runs]


def _at_a_column(x: float, columns: Sequence[float], height: float) -> bool:
    """Whether ``x`` is within COLUMN_ALIGN_SHARE of the font's height of one of ``columns``
    (sorted)."""
    k = bisect_left(columns, x - COLUMN_ALIGN_SHARE * height)
    return k < len(columns) and columns[k] <= x + COLUMN_ALIGN_SHARE * height


def _tight_gutters(narrow: list[tuple[int, int, float]],
                   height: float) -> list[tuple[int, int, float]]:
    """The gaps of a run already read as a table's row (MIN_CELLS cells or more) that are
    still gutters though narrower than a column's gap: far wider than the row's word spaces
    (their median, ``narrow`` being the gaps narrower than a column's)."""
    if not narrow:
        return []
    space = sorted(w for _, _, w in narrow)[len(narrow) // 2]
    return [gap for gap in narrow
            if gap[2] >= TIGHT_GUTTER_SHARE * height and gap[2] >= GUTTER_TO_SPACE * space]


def _with_heading_beside(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """The run with its two pieces (``Run.beside``) where it is a bold heading and regular
    text beside it across a column's gap, drawn as one text object (a minute's heading in a
    left-hand gutter, its text in the column right of it); any other run as it is."""
    height = run.size
    if not run.bold or _no_room_for_a_gap(run, end - start):
        return run
    for i, after in spaces(text, start, end):
        if _gap_width(glyphs, i, after) >= COLUMN_GAP_SHARE * height:
            if glyphs.bold(after):
                return run
            pieces = ((run.x0, _run_text(glyphs, text[start:i], start)),
                      (glyphs.loose_box(after)[0], _run_text(glyphs, text[after:end], after)))
            return run._replace(beside=pieces) if all(t for _, t in pieces) else run
    return run


# A word's first glyph, after the space before it.
_WORD_START = re.compile(r"\s\S")


def _with_lead(glyphs: Glyphs, text: str, start: int, end: int, run: Run) -> Run:
    """The run with its bold run-in (``Run.lead``) where it opens in bold and goes on in
    regular type: a title run into its text ("Action log The Committee noted the action
    log."), as a table's cell prints an item's title. Only a run whose first glyph is bold is
    looked into, or one whose second word is, a column's gap before it: a record's row of one
    line, its number cell and its record cell drawn on one baseline and read as one run
    ("2.   Budget The Panel noted ..."), whose title opens the second cell."""
    lead = (_lead_at(glyphs, text, start, end) if run.bold
            else _lead_after_number_cell(glyphs, text, start, end, run.size))
    return run._replace(lead=lead) if lead else run


def _lead_after_number_cell(glyphs: Glyphs, text: str, start: int, end: int,
                            height: float) -> str | None:
    """The bold run-in of the cell after a run's first word, where a column's gap parts them
    (a table's number cell is one word: "2.", "A/12"). The second word's first glyph is asked
    first: most regular runs go on in regular type, a glyph asked and no box read."""
    second = next(spaces(text, start, end), None)
    if second is None or not glyphs.bold(second[1]):
        return None
    wide = _gap_width(glyphs, *second) >= COLUMN_GAP_SHARE * height
    return _lead_at(glyphs, text, second[1], end) if wide else None


def _lead_at(glyphs: Glyphs, text: str, start: int, end: int) -> str | None:
    """The bold words ``text[start:end]`` opens with (its first glyph bold) where it goes on in
    regular type. The first word whose first glyph is regular ends the run-in, whatever comes
    after it (words after it may be bold again, an emphasised "AGREED", and the run may end
    on one): a glyph asked a word, not every one."""
    regular = next((m.end() - 1 for m in _WORD_START.finditer(text, start, end)
                    if not glyphs.bold(m.end() - 1)), None)
    if regular is None:
        return None
    last = regular - 1
    while last > start and text[last].isspace():
        last -= 1
    # a whole word or more in bold: not a bold letter or two (an initial) set in a regular word
    if not glyphs.bold(last):
        return None
    return _run_text(glyphs, text[start:regular], start).strip() or None


# Word gaps of a line justified in a narrow cell are wide too, but all alike: neighbouring wide
# gaps within this share of each other's width are a justified line's, not columns'.
EVEN_GAP_SHARE = 0.1
# A gap this many font heights wide parts columns however alike its neighbours: a justified
# line stretches its word spaces a little, never to a table's gutters ("No.   Item   Presenter",
# a borderless table's header of one-word labels drawn as one run, its gaps ten heights wide).
WIDE_GAP_SHARE = 6.0


def _column_gaps(gaps: list[tuple[int, int, float]], text: str = "",
                 wide: float | None = None) -> list[tuple[int, int, float]]:
    """The wide gaps that part columns: not those as wide as a neighbouring one. A justified
    line widens every word space on it alike: two gaps with a plain word space between them in
    ``text`` (the run's text the gaps index) are two columns' however alike ("A4   Revenue and
    Capital ... Quarter 1   Head of Finance": the title's words spaced plainly), and so is
    one at least ``wide`` points wide."""
    def even(a: tuple[int, int, float], b: tuple[int, int, float]) -> bool:
        return (abs(a[2] - b[2]) <= EVEN_GAP_SHARE * max(a[2], b[2])
                and not any(c.isspace() for c in text[a[1] : b[0]]))
    return [gap for k, gap in enumerate(gaps)
            if (wide is not None and gap[2] >= wide)
            or (not (k > 0 and even(gaps[k - 1], gap))
            and not (k + 1 < len(gaps) and even(gap, gaps[k + 1])))]
