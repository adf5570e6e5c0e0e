"""A PDF page's text runs as PDFium gives them: a run's box (its first and last glyph), its
text as read (letter spacing undone, footnote markers as superscripts), and a run PDFium
joined across printed lines cut into one piece a line.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from kcc_papers.load.glyphs import (
    FOOTNOTE_RISE,
    FOOTNOTE_SIZE,
    LINE_END_HYPHEN,
    SUPERSCRIPT,
    clean,
    letter_spaced,
)
from kcc_papers.load.pdfium_calls import Glyphs

DIGITS = re.compile(r"\d{2,}")


def _run(glyphs: Glyphs, text: str, start: int, end: int, height: float) -> Run | None:
    """The run ``text[start:end]``, positioned by its first and last glyph; None when it holds
    no text."""
    raw_run = text[start:end]
    run = _run_text(glyphs, raw_run, start)
    if not run:
        return None
    left, bottom, _, top = glyphs.loose_box(start)
    _, bottom2, right, _ = glyphs.loose_box(_last_on_line(raw_run, start, end))
    first = end - len(raw_run.lstrip())
    return Run(height - top, left, right, height - min(bottom, bottom2), run,
               round(top - bottom, 1), glyphs.bold(first), start, end)


def _run_text(glyphs: Glyphs, raw_run: str, offset: int) -> str:
    """The text of ``raw_run`` (at ``offset`` in the page's text) as read: letter spacing
    undone, footnote markers given as superscripts."""
    if letter_spaced(raw_run):
        return _unspaced(glyphs, raw_run, offset)
    if DIGIT.search(raw_run) is None:  # most runs: no marker or number for either look below
        return clean(raw_run)
    return clean(_split_superscripts(glyphs, _raised_markers(glyphs, raw_run, offset), offset))


def _last_on_line(run: str, start: int, end: int) -> int:
    """The run's last glyph on its first line: its last, or the hyphen ending the line when
    it ends in a word joined across the line end (``_one_line_pieces``)."""
    if LINE_END_HYPHEN in run:
        mark = run.rfind(LINE_END_HYPHEN)
        if not any(ch.isspace() for ch in run[mark:]):
            return start + mark
    return end - 1


# A run's next glyph is on another line when its baseline moved by at least this share of the
# smaller glyph's height (a superscript or a larger word on one line moves less).
LINE_JUMP_SHARE = 0.9
# PDFium's marks of a word it joined across a line break on purpose ("sub\ufffecategories"):
# its hyphen and a soft hyphen; the run is kept whole as ever.
JOINED_WORD = "\ufffe\u00ad"
# A word's second part sits on the next line down, its baseline lower by about a line's pitch;
# one higher up, or lower by this many glyph heights or more, is another line's word that
# PDFium joined on only because its writer drew the text out of reading order (the word's true
# end is elsewhere).
MAX_JOINED_DROP_SHARE = 2.0


def _one_line_pieces(glyphs: Glyphs, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run's pieces, one per printed line. PDFium joins into one run the text objects it
    sees no line break between (a writer drawing each word apart, out of reading order): a
    heading and the first line of the paragraph under it, read as one line. Such a run's last
    glyph sits on another baseline than its first (the glyphs are looked at only then); a
    piece starts where a glyph goes back left and to another line; a word PDFium joined
    across a hyphenated line break stays whole on the line it starts on, the next line
    starting after it, unless what it joined on sits above or lines further down (out of
    reading order: another line's word). A rotated watermark's letters climb, each right of
    the last: one piece."""
    left, bottom, _, top = glyphs.loose_box(start)
    _, bottom2, _, top2 = glyphs.loose_box(end - 1)
    if abs(bottom - bottom2) < LINE_JUMP_SHARE * min(top - bottom, top2 - bottom2):
        return [(start, end)]
    pieces, piece = [], start
    prev = (left, bottom, top)
    broken = False  # in a word joined across a line end: its line ends after the word
    for i in range(start + 1, end):
        if text[i].isspace():
            if broken:
                pieces.append((piece, i))
                piece, broken = i + 1, False
            continue
        x0, b, _, t = glyphs.loose_box(i)
        jump = abs(b - prev[1]) >= LINE_JUMP_SHARE * min(t - b, prev[2] - prev[1])
        if jump and x0 < prev[0]:
            if (text[i - 1] in JOINED_WORD
                    and 0 < prev[1] - b < MAX_JOINED_DROP_SHARE * (prev[2] - prev[1])):
                broken = True
            else:
                pieces.append((piece, i))
                piece = i
        prev = (x0, b, t)
    pieces.append((piece, end))
    return [(a, z) for a, z in pieces if text[a:z].strip()]


class Run(NamedTuple):
    """A text run: its box (from the top of the page), text, font height and weight; and the
    cells of a table row it holds whole (see ``_with_cells``)."""

    top: float
    x0: float
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    # where its text is in the page's text (to cut it again, ``_cutter``)
    start: int = 0
    end: int = 0
    cells: tuple[tuple[float, str], ...] = ()
    # a bold heading and the regular text beside it (see ``_with_heading_beside``)
    beside: tuple[tuple[float, str], ...] = ()
    # the two pieces of a run parted by one column's gap (see ``_with_cells``)
    parts: tuple[tuple[float, str], ...] = ()
    # its bold run-in, where it goes on in regular type (see ``_with_lead``)
    lead: str | None = None


# A letter-spaced heading: the letters of a word sit closer than this share of the font's
# height (a table row of one-letter cells sits wider), and a gap this many times the usual one
# parts two words.
SPACED_LETTER_GAP = 0.5
WORD_GAP_RATIO = 1.6


def _unspaced(glyphs: Glyphs, run: str, offset: int) -> str:
    """A letter-spaced run ("P e r f o r m a n c e R e p o r t") as its words, parted where
    the gap between two letters is wider than between the letters of a word. PDFium prints
    one space between every two letters, so the words are told apart by the glyphs' places."""
    at = [offset + i for i, ch in enumerate(run) if not ch.isspace()]
    boxes = [glyphs.loose_box(i) for i in at]
    gaps = [nxt[0] - prev[2] for prev, nxt in itertools.pairwise(boxes)]
    usual = sorted(gaps)[len(gaps) // 2]
    height = max(top - bottom for _, bottom, _, top in boxes)
    if usual > SPACED_LETTER_GAP * height:
        return clean(run)  # letters far apart: cells of a table row, not a spaced word
    text = run.strip()[0]
    for gap, ch in zip(gaps, [run[i - offset] for i in at[1:]], strict=True):
        text += (" " if gap > WORD_GAP_RATIO * max(usual, 0.1) else "") + ch
    return clean(text)


# A digit right after a letter, a per cent sign or a bracket: maybe a footnote marker
# ("87.5%1", "£4.2m1", "(see note)2"), looked at only there; or after a sentence's stop or
# a clause's comma ("... is £212,400,000.2 The Council", the marker set after the stop): a
# decimal point's digit is full size, the glyphs' boxes tell them apart.
MARKER_AFTER = re.compile(r"(?:[^\W\d_]|[%)\].,;:])(\d)")
DIGIT = re.compile(r"\d")


def _raised_markers(glyphs: Glyphs, run: str, offset: int) -> str:
    """The run with each footnote marker after a word or a value as superscript digits
    ("87.5%¹", as ``pdf_fast`` gives it in table cells): a digit set smaller than the glyph
    before it (by its font's box) and raised above its baseline. Same length as ``run``."""
    m = MARKER_AFTER.search(run)
    if m is None:
        return run
    out = list(run)
    while m is not None:
        at = m.start(1)
        _, bottom, _, top = glyphs.loose_box(offset + at - 1)
        _, d_bottom, _, d_top = glyphs.loose_box(offset + at)
        size = top - bottom
        if d_top - d_bottom < FOOTNOTE_SIZE * size and d_bottom - bottom > FOOTNOTE_RISE * size:
            end = at
            while end < len(run) and run[end].isdigit():
                out[end] = run[end].translate(SUPERSCRIPT)
                end += 1
        m = MARKER_AFTER.search(run, at + 1)
    return "".join(out)


def _split_superscripts(glyphs: Glyphs, run: str, offset: int) -> str:
    """Footnote markers print as small raised digits glued to a number ("38" + "1" reads as
    "381"). Only digit groups are examined, so this costs a few glyph boxes per number."""
    m = DIGITS.search(run)
    if m is None:  # most runs: no number to look at
        return run
    pieces = []
    last = 0
    while m is not None:
        boxes = [glyphs.box(offset + i) for i in range(m.start(), m.end())]
        heights = [top - bottom for _, bottom, _, top in boxes]
        full, base = max(heights), boxes[0][1]
        for k in range(1, len(boxes)):
            small = heights[k] < 0.75 * full and boxes[k][1] > base + 0.2 * full
            if small:
                pieces.append(run[last : m.start() + k] + " ")
                last = m.start() + k
                break
        m = DIGITS.search(run, m.end())
    return "".join(pieces) + run[last:]
