"""What a ruled table's cell shows besides its words, read from its chars and shapes.

- A RAG given by a mark, not a word: a filled dot drawn as a shape in the cell, or a filled
  circle glyph of a symbol font (Word's Wingdings "l", ZapfDingbats) printed in colour. The
  mark's colour is the cell's rating colour (``Cell.fill``), over any background shading; a
  symbol glyph is no text.
- Footnote markers: a small raised digit after a figure ("58.2" + a raised "1") is given as a
  superscript ("58.2¹"), no digit of the figure.
- Header text turned 90 degrees ("Status" reading bottom to top): read along its direction,
  not as pdfplumber's default reads turned chars (backwards).
- Merged cells (rowspans): a cell spanning several rows gives its text and fill to each of
  them, as a person reading the table reads it (``spanned``)."""

from __future__ import annotations

import colorsys
import re
from typing import Any

from kcc_papers.load.glyphs import FOOTNOTE_RISE, FOOTNOTE_SIZE, SUPERSCRIPT

Obj = dict[str, Any]
Bbox = tuple[float, float, float, float]

# Fonts whose glyphs are pictures, not letters: their "l" or "n" is a dot or a square.
SYMBOL_FONT = re.compile(r"dingbat|wingding|webding", re.I)
# A footnote marker is printed at most this share of the cell's type size, and raised: its
# baseline at least this share of that size above the baseline of the figure it follows (the
# text pass's thresholds, ``glyphs``: one rule whichever path reads the chars).
MARKER_SIZE_RATIO = FOOTNOTE_SIZE
MARKER_RAISE_RATIO = FOOTNOTE_RISE
FOOTNOTE_MARKS = frozenset("0123456789⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§")
# A drawn mark (a dot) is no taller than its row's text lines and about as wide as tall: a
# bar, a rule or a cell's shading is not one.
MARK_MAX_ASPECT = 2.0
MARK_MAX_POINTS = 20.0
# A mark gives the cell its colour only when it is one: black, white and grey icons (arrows,
# ticks) say nothing of a rating, and leave the cell's fill its own.
MARK_MIN_SATURATION = 0.35
MARK_MIN_VALUE = 0.3
# Within this many points of the cell's sides counts as inside it.
INSIDE_POINTS = 0.5
# A turned line's glyphs share their left edge within this many points; a gap between two
# glyphs wider than this share of the glyph's width (its type size, turned) is a space.
TURNED_LINE_POINTS = 2.0
WORD_GAP_RATIO = 0.15
# pdfplumber's matrix of a char turned a quarter anticlockwise (reading bottom to top) has a
# positive b; clockwise (top to bottom), a negative one.
_MATRIX_B = 1


def symbol_glyphs(chars: list[Obj]) -> tuple[list[Obj], list[Obj]]:
    """The cell's chars split into text and symbol-font glyphs (a RAG dot glyph)."""
    if not any(SYMBOL_FONT.search(c.get("fontname") or "") for c in chars):
        return chars, []
    glyphs = [c for c in chars if SYMBOL_FONT.search(c.get("fontname") or "")]
    return [c for c in chars if not SYMBOL_FONT.search(c.get("fontname") or "")], glyphs


def marked_footnotes(chars: list[Obj]) -> list[Obj]:
    """The chars with each footnote marker printed small and raised after a word given as a
    superscript digit ("70.4" + a raised "1" -> "70.4¹", as ``pdf_fast`` gives it), which
    no value reader takes for a digit of the figure."""
    if len(chars) < 2:
        return chars
    main = max(c["size"] for c in chars)
    small = [c for c in chars if c["size"] <= MARKER_SIZE_RATIO * main and c["text"]
             in FOOTNOTE_MARKS]
    if not small:
        return chars
    full = [c for c in chars if c["size"] > MARKER_SIZE_RATIO * main]
    marks = {id(c) for c in small if _raised_after(c, full, main)}
    return [{**c, "text": c["text"].translate(SUPERSCRIPT)} if id(c) in marks else c
            for c in chars] if marks else chars


def _raised_after(char: Obj, full: list[Obj], main: float) -> bool:
    """Whether a full-size char ends right before ``char`` on the same line, its baseline
    (bottom) clearly below the marker's."""
    return any(abs(f["x1"] - char["x0"]) <= main / 2 and f["top"] <= char["bottom"] <= f["bottom"]
               and f["bottom"] - char["bottom"] >= MARKER_RAISE_RATIO * main for f in full)


def turned_text(chars: list[Obj]) -> str | None:
    """The text of a cell of turned chars read along their direction; None when some char is
    upright (the usual reading applies)."""
    if not chars or any(c.get("upright", True) for c in chars):
        return None
    up = all((c.get("matrix") or (0, 1))[_MATRIX_B] > 0 for c in chars)
    # reading bottom to top, the next line is to the right; top to bottom, to the left
    lines: list[list[Obj]] = []
    for char in sorted(chars, key=lambda c: c["x0"], reverse=not up):
        if lines and abs(lines[-1][0]["x0"] - char["x0"]) <= TURNED_LINE_POINTS:
            lines[-1].append(char)
        else:
            lines.append([char])
    return "\n".join(_turned_line(line, up) for line in lines)


def _turned_line(chars: list[Obj], up: bool) -> str:
    """One turned line's text, a space where the gap between glyphs is a word's."""
    ordered = sorted(chars, key=lambda c: -c["bottom"] if up else c["top"])
    out = ""
    for prev, char in zip([None, *ordered], ordered, strict=False):
        gap = (prev["top"] - char["bottom"] if up else char["top"] - prev["bottom"]) \
            if prev is not None else 0.0
        out += (" " if prev is not None and gap > WORD_GAP_RATIO * char["width"] else "")
        out += char["text"]
    return " ".join(out.split()) if out.strip() else ""


def drawn_mark(shapes: list[Obj], cell: Bbox) -> Obj | None:
    """The filled dot drawn inside the cell (a RAG given by a shape), or None."""
    x0, top, x1, bottom = cell
    best: Obj | None = None
    for s in shapes:
        w, h = s["x1"] - s["x0"], s["bottom"] - s["top"]
        if (s["x0"] >= x0 - INSIDE_POINTS and s["x1"] <= x1 + INSIDE_POINTS
                and s["top"] >= top - INSIDE_POINTS and s["bottom"] <= bottom + INSIDE_POINTS
                and 0 < h <= MARK_MAX_POINTS and 0 < w <= MARK_MAX_ASPECT * h
                and h <= MARK_MAX_ASPECT * w and best is None):
            best = s
    return best


def coloured(hex_colour: str | None) -> bool:
    """Whether "#rrggbb" is a colour, not black, white or a grey."""
    if not hex_colour or not re.fullmatch(r"#[0-9a-fA-F]{6}", hex_colour):
        return False
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    _, sat, val = colorsys.rgb_to_hsv(r, g, b)
    return sat >= MARK_MIN_SATURATION and val >= MARK_MIN_VALUE
