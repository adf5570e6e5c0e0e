"""Stamps overprinted on a page's first line: a publisher's or a protective marking printed at
the top right of every page ("Agenda Item 6", "OFFICIAL", "NOT PROTECTIVELY MARKED", a pack
reference "TWP/JC/2026/02", "Appendix B") in the band of the page's first heading, line or
table row. Its baseline is the line's, so PDFium reads the two as one run ("Wealdmere County
Council NOT PROTECTIVELY MARKED"; written first: "OFFICIAL 18. Confirmation hearing"), and a
heading, a minute's title or a table's header row gains the stamp's words.

A stamp is told apart by layout alone: two pieces of one run, set in different type (size or
weight), that PDFium joined with a space of its own across a wide gap or going back left
(the stamp written out of the line's order). Only the top of a page is looked at: where
stamps are printed, and where a run is rarely set in two types with a gap between them."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from kcc_papers.load import pdfium_calls as calls
from kcc_papers.load.glyphs import FOOTNOTE_RISE, FOOTNOTE_SIZE
from kcc_papers.load.model import Page
from kcc_papers.load.overprinted_rows import row_stamp
from kcc_papers.load.pdfium_calls import Glyphs

# (x0, top, x1, bottom) from the page's top-left, as pdfplumber's chars are placed
Box = tuple[float, float, float, float]
# A stamp's box and its text
Stamp = tuple[Box, str]

# The share of a page's height, from its top, where a stamp is looked for: a page's first
# lines sit under the top margin and a running header (A4: 842 pt, the first line ~50-110).
STAMP_ZONE = 0.2
# Two pieces this many ems apart (of the larger type) are not one line's words: a stamp at
# the right margin. A justified line's widest gap is under one em.
STAMP_GAP_EMS = 2.0
# How far (points) a piece may start left of the one before and still follow it.
BACKWARD_TOLERANCE = 1.0
# Type sizes closer than this (points) are one size.
SIZE_TOLERANCE = 0.5
# A stamp ends at the right margin: within this share of the page's width from its edge.
RIGHT_ZONE = 0.2
# A stamp is short and set right: it starts past this share of the page's width.
STAMP_START = 0.5
# A stamp at the top left starts within this share of the page's width from its left edge
# (at the margin) and ends left of ``STAMP_START``.
LEFT_ZONE = 0.2
# A label's name ends so ("Report to:"): the value beside it is no heading.
LABEL_END = ":"
# A stamp says something in words ("OFFICIAL", "Item 6"); a number alone ("1.") beside a
# larger heading is the heading's own.
STAMP_WORD = re.compile(r"[A-Za-z]{2,}")
# A stamp printed at the foot of a page shares the band of its footer's page number ("Page 3
# of 12"), within this share of the page's height from its bottom; the number, joined to the
# stamp, would no longer be read as the printed page (``model.PRINTED_PAGE``).
FOOT_ZONE = 0.15
PAGE_FOOTER = re.compile(r"^\s*Page\s+\d{1,4}(?:\s+of\s+\d+)?\s*$", re.I)
# A stamp shares the band of the page's first line, under a running header if there is one.
FIRST_BANDS = 2
# A stamp is among a page's first lines (after a running header and the line it shares a band
# with).
STAMP_LINES = 3
# Font weights from this up are bold (as the text pass reads them).
BOLD_WEIGHT = 600


class Placed(Protocol):
    """A run of text as the text pass places it (``pdf_runs.Run``)."""

    @property
    def top(self) -> float: ...
    @property
    def x0(self) -> float: ...
    @property
    def x1(self) -> float: ...
    @property
    def size(self) -> float: ...
    @property
    def bold(self) -> bool: ...
    @property
    def text(self) -> str: ...


def run_pieces(glyphs: Glyphs, text: str, start: int, end: int, page_width: float,
               page_height: float, known: frozenset[str] = frozenset()
               ) -> list[tuple[int, int, bool]] | None:
    """The run ``text[start:end]`` as (start, end, is_stamp) pieces where it joins a line and a
    stamp printed beside it (PDFium adds a space between them, and a writer that sets each
    word apart may interleave their words); None for every other run. It is cut at each space
    PDFium added where the type changes across a wide gap or a step back left, or where the
    piece across such a gap is a stamp of the file's other pages (``known``: printed in the
    type of the heading it shares a band with, it is told apart by its words and place); a
    piece set right (past the page's middle, up to the margin) is a stamp (a label's value
    starts left of the middle)."""
    _, _, _, top = glyphs.loose_box(start)
    foot = top <= page_height * FOOT_ZONE  # (PDFium's boxes are placed from the page's bottom)
    if top < page_height * (1 - STAMP_ZONE) and not foot:
        return None
    cuts = []
    at = text.find(" ", start + 1, end - 1)
    while at != -1:
        stamped = bool(known) and text[at + 1 : end].strip() in known
        if calls.is_generated(glyphs.handle, at) == 1 and (
                _parts(glyphs, at - 1, at + 1, same_type=stamped)
                or (stamped and _set_right(glyphs, at + 1, end, page_width))):
            # (a stamp of the other pages set right at the margin is cut off however near a
            # masthead in large type runs to it: "WENDMERE ENVIRONMENTAL SERVICES LIMITED",
            # 1.3 ems of its type before "BOARD PAPER")
            cuts.append(at)
        at = text.find(" ", at + 1, end - 1)
    if not cuts:
        return None
    bounds = list(zip([start] + [c + 1 for c in cuts], [*cuts, end], strict=True))
    if foot:
        return _foot_pieces(text, bounds)
    over = _printed_over(glyphs, text, bounds)
    if over is None and (over := row_stamp(glyphs, text, bounds)) is not None and not (
            _worded(text[slice(*bounds[over])])):
        over = None  # (a row's mark in other type, a dot glyph, is no stamp)
    if over is not None:
        return [(a, b, k == over) for k, (a, b) in enumerate(bounds)]
    pieces = [(a, b, _set_right(glyphs, a, b, page_width) and _worded(text[a:b]))
              for a, b in bounds]
    # a stamp at the top left is the run's first piece, or its last where it was written
    # after the heading it is printed over; told by the heading beside it, which is no stamp
    # (a table's first row printed under a stamp set right: its first cell, in smaller type
    # than that stamp, is no stamp at the left)
    headings = [k for k, (_, _, stamp) in enumerate(pieces) if not stamp]
    for at, first in ((0, True), (len(pieces) - 1, False)):
        rest = [k for k in headings if k != at]
        if not rest:
            continue
        beside = rest[0] if first else rest[-1]
        a, b, _ = pieces[at]
        if _left_stamp(glyphs.loose_box(a)[0], glyphs.loose_box(b - 1)[2], text[a:b],
                       page_width, calls.font_size(glyphs.handle, b - 1),
                       calls.font_size(glyphs.handle, pieces[beside][0])) \
                and _worded(text[a:b]):
            pieces[at] = (a, b, True)
    return pieces if any(stamp for _, _, stamp in pieces) else None


# A line's pieces a stamp is printed over: two at least (a table's header row, its cells
# written as one run), so that the one set apart in type is told from them.
OVERPRINTED_PIECES = 2


def _printed_over(glyphs: Glyphs, text: str, bounds: list[tuple[int, int]]) -> int | None:
    """The piece of a run that is a stamp printed over the line it shares a band with (a
    running header "Scrutiny Committee 17/11/2027 | 4" across a table's header row): the one
    piece in another size than the rest, all of one size, whose box overlaps one of theirs
    (no heading is printed over a line's words). None where there is no such piece, and the
    stamp is told by its place (``run_pieces``): a label and its value, one size in two
    weights, are no stamp and its line whichever overlaps."""
    if len(bounds) <= OVERPRINTED_PIECES:
        return None
    sizes = [calls.font_size(glyphs.handle, a) for a, _ in bounds]
    odd = [k for k, size in enumerate(sizes)
           if all(abs(size - other) > SIZE_TOLERANCE for j, other in enumerate(sizes) if j != k)]
    if len(odd) != 1:
        return None
    rest = [size for j, size in enumerate(sizes) if j != odd[0]]
    if max(rest) - min(rest) > SIZE_TOLERANCE or not _worded(text[slice(*bounds[odd[0]])]):
        return None
    (k,) = odd
    left, right = glyphs.loose_box(bounds[k][0])[0], glyphs.loose_box(bounds[k][1] - 1)[2]
    overlaps = any(glyphs.loose_box(a)[0] < right and glyphs.loose_box(b - 1)[2] > left
                   for j, (a, b) in enumerate(bounds) if j != k)
    return k if overlaps else None


def _foot_pieces(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int, bool]] | None:
    """A footer's run cut in pieces: beside a piece that is the page's number ("Page 3 of
    12"), the others are stamps ("OFFICIAL"); None where no piece is the page's number (a
    table's last row, a footer of other words: read as printed)."""
    numbered = [bool(PAGE_FOOTER.match(text[a:b])) for a, b in bounds]
    if numbered.count(True) != 1:
        return None
    return [(a, b, not is_number) for (a, b), is_number in zip(bounds, numbered, strict=True)]


def _left_stamp(x0: float, x1: float, text: str, page_width: float, size: float,
                heading_size: float) -> bool:
    """A piece of a line that is a stamp at the top left ("OFFICIAL" printed at the margin
    beside a centred or indented heading, or over it): at the left margin, ending left of the
    middle, in smaller type than the heading beside it, and no label ("Report to:", whose
    value may be set apart and in other type but is no larger)."""
    return (x0 <= page_width * LEFT_ZONE and x1 < page_width * STAMP_START
            and heading_size - size > SIZE_TOLERANCE and not text.rstrip().endswith(LABEL_END)
            and STAMP_WORD.search(text) is not None)


def _set_right(glyphs: Glyphs, start: int, end: int, page_width: float) -> bool:
    return (glyphs.loose_box(start)[0] >= page_width * STAMP_START
            and glyphs.loose_box(end - 1)[2] >= page_width * (1 - RIGHT_ZONE))


def _parts(glyphs: Glyphs, before: int, after: int, *, same_type: bool = False) -> bool:
    """Whether the glyphs either side of a space PDFium added belong to different pieces: a
    wide gap or a step back left between them, and a different type (or the same, with
    ``same_type``)."""
    _, _, right, _ = glyphs.loose_box(before)
    next_left = glyphs.loose_box(after)[0]
    size_before = calls.font_size(glyphs.handle, before)
    size_after = calls.font_size(glyphs.handle, after)
    if not (next_left < right - BACKWARD_TOLERANCE
            or next_left - right >= STAMP_GAP_EMS * max(size_before, size_after)):
        return False
    if same_type:
        return True
    if abs(size_before - size_after) > SIZE_TOLERANCE:
        # a footnote marker ends the piece in the type of the figure it is raised after
        # ("771" and a small raised "2", then a table's next cell "Amber": one type)
        before = _marked(glyphs, before)
        size_before = calls.font_size(glyphs.handle, before)
    return (abs(size_before - size_after) > SIZE_TOLERANCE
            or _bold(glyphs, before) != _bold(glyphs, after))


# A footnote marker is printed in at most this share of the type before it and raised by at
# least FOOTNOTE_RISE of its size (as the text pass reads one: ``pdf_runs``); it is a digit or
# two ("12").
MARKER_GLYPHS = 2


def _marked(glyphs: Glyphs, index: int) -> int:
    """The glyph a footnote marker ending at ``index`` is raised after, or ``index`` where
    that glyph is no marker's."""
    for k in range(index, max(index - MARKER_GLYPHS, 0), -1):
        _, bottom, _, top = glyphs.loose_box(k - 1)
        _, m_bottom, _, m_top = glyphs.loose_box(k)
        size = top - bottom
        if m_top - m_bottom < FOOTNOTE_SIZE * size and m_bottom - bottom > FOOTNOTE_RISE * size:
            return k - 1
    return index


def _bold(glyphs: Glyphs, index: int) -> bool:
    return glyphs.weight(index) >= BOLD_WEIGHT or b"bold" in glyphs.font_name(index).lower()


R = TypeVar("R", bound=Placed)


def stamps_apart(runs: list[R], page_width: float, page_height: float,
                 tolerance: float) -> tuple[list[R], list[R]]:
    """(runs, stamps): the page's runs without its stamps. A stamp is the last run (left to
    right) of one of the page's first bands, in the page's right half and ending at its right
    margin (a label's value, wrapped to the margin, starts left of the middle), set in other
    type than the run before it and either far right of it or printed over it. ``tolerance``:
    how far apart two runs' tops may be in one band."""
    zone = page_height * STAMP_ZONE
    top_runs = [run for run in runs if run.top <= zone]
    stamps: list[R] = _foot_stamps(runs, page_height, tolerance)
    if not top_runs and not stamps:
        return runs, []
    # the first band may be a running header above the page's first line
    for band in _bands(top_runs, tolerance)[:FIRST_BANDS]:
        right = _right_stamp(band, page_width)
        # (a stamp at the left is told by the heading beside it, not by a stamp at the right)
        heading = band[1] if len(band) >= 2 and band[1] is not right else None
        if heading and _apart(band[0], heading) and _left_stamp(
                band[0].x0, band[0].x1, band[0].text, page_width, band[0].size, heading.size):
            stamps.append(band[0])
            continue
        if right is not None:
            stamps.append(right)
    if not stamps:
        return runs, stamps
    kept = [run for run in runs if all(run is not stamp for stamp in stamps)]
    return kept, stamps


def _right_stamp(band: list[R], page_width: float) -> R | None:
    """The band's stamp at the right margin, set apart from the last run before it: its last
    run to start or, where another ends further right, that one. A stamp printed over a table's
    header cell may start left of the cell's words, which end short of the margin ("Agenda
    Item 7" over "Residual"), or right of words set right under it: of the two, the one in
    other type than the band's other runs (a header row's cells share one) is tried first."""
    if len(band) < 2:
        return None
    for stamp in _right_candidates(band):
        if stamp.x1 < page_width * (1 - RIGHT_ZONE) or stamp.x0 < page_width * STAMP_START:
            continue
        before = [run for run in band if run is not stamp][-1]
        if _apart(before, stamp) and _worded(stamp.text):
            return stamp
    return None


def _right_candidates(band: list[R]) -> list[R]:
    """The band's last run to start and its run ending furthest right (of runs ending together,
    the last to start), the one in the band's odd type first (the furthest on a tie)."""
    last = band[-1]
    furthest = max(reversed(band), key=lambda run: run.x1)
    if furthest is last:
        return [last]
    others = [run for run in band if run is not last and run is not furthest]
    return sorted([furthest, last],
                  key=lambda run: sum(_same_type(run, other) for other in others))


def _same_type(one: Placed, other: Placed) -> bool:
    return abs(one.size - other.size) <= SIZE_TOLERANCE and one.bold == other.bold


def _foot_stamps(runs: list[R], page_height: float, tolerance: float) -> list[R]:
    """The stamps printed in the band of the page's footer number ("Page 3 of 12"): its other
    runs set apart from it in other type."""
    foot = [run for run in runs if run.top >= page_height * (1 - FOOT_ZONE)]
    if not foot:
        return []
    band = _bands(foot, tolerance)[-1]
    numbers = [run for run in band if PAGE_FOOTER.match(run.text)]
    if len(numbers) != 1:
        return []
    (number,) = numbers
    return [run for run in band if run is not number
            and (_apart(run, number) if run.x0 < number.x0 else _apart(number, run))]


def _apart(before: Placed, last: Placed) -> bool:
    """Two runs of a band that are not one line's words: far apart, or the second printed
    over the first, and set in other type."""
    apart = (last.x0 < before.x1 - BACKWARD_TOLERANCE
             or last.x0 - before.x1 >= STAMP_GAP_EMS * max(last.size, before.size))
    other_type = abs(last.size - before.size) > SIZE_TOLERANCE or last.bold != before.bold
    return apart and other_type


def _worded(text: str) -> bool:
    """Whether a run starts with a word or figure, as a stamp does ("OFFICIAL", "Agenda Item
    6"): one that starts with a mark (a RAG dot glyph, a bullet) is a table cell or a list
    item, its mark in other type than its words."""
    first = text.lstrip()[:1]
    return first.isalnum() or first in "([£$€"


def _bands(runs: list[R], tolerance: float) -> list[list[R]]:
    """The runs in bands (tops within ``tolerance``), each left to right."""
    bands: list[list[R]] = []
    for run in sorted(runs, key=lambda r: r.top):
        if bands and run.top - bands[-1][0].top <= tolerance:
            bands[-1].append(run)
        else:
            bands.append([run])
    for band in bands:
        band.sort(key=lambda r: r.x0)
    return bands


def known_stamps(pages: list[Page]) -> frozenset[str]:
    """The words of the stamps found at the top of the file's pages, set right of the line they
    share a band with (to look for on its other pages)."""
    return frozenset(line.text.strip() for page in pages for line in page.lines[:STAMP_LINES]
                     if line.stamp and line.text.strip())


def missed_stamp(page: Page, known: frozenset[str]) -> bool:
    """Whether a page without a stamp of its own has one of the file's ``known`` stamps joined
    to the end of one of its first lines (printed in that line's type, as on the other pages
    in another's): the page is read again with them."""
    if not known or any(line.stamp for line in page.lines[:STAMP_LINES]):
        return False
    return any(line.text.rstrip().endswith(f" {stamp}") for line in page.lines[:STAMP_LINES]
               for stamp in known)


def stamp_boxes(pages: list[Page]) -> dict[int, list[Stamp]]:
    """Each page's stamps (the text pass's stamp lines), by page number: a stamp printed over
    a table's first row is no cell's text ("Board 0.0%")."""
    out: dict[int, list[Stamp]] = {}
    for page in pages:
        for line in page.lines:
            if line.stamp and None not in (line.x0, line.top, line.x1, line.bottom):
                box = (line.x0 or 0.0, line.top or 0.0, line.x1 or 0.0, line.bottom or 0.0)
                out.setdefault(page.number, []).append((box, line.text))
    return out
