"""The unruled reader's lines (``unruled``): a page's words gathered into visual lines, each
line's size and its weight (bold where the page model's bold line is, unless a cell of it is
set plain: a row whose first cell is bold is no heading)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Words of one visual line differ in top by less than this (points).
LINE_TOLERANCE = 2.0
# Cells of a row are further apart than the words of a sentence (a space is about a quarter of
# the font size).
CELL_GAP_SIZES = 0.6


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    size: float
    words: list[dict[str, Any]]
    bold: bool = False


def word_lines(words: list[dict[str, Any]], bold_tops: list[float]) -> list[_Line]:
    out: list[_Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if out and abs(out[-1].top - w["top"]) < LINE_TOLERANCE:
            out[-1].words.append(w)
            out[-1].bottom = max(out[-1].bottom, w["bottom"])
            out[-1].size = max(out[-1].size, w["size"])
        else:
            out.append(_Line(w["top"], w["bottom"], w["size"], [w]))
    for line in out:
        line.words.sort(key=lambda w: w["x0"])
        line.bold = not _plain_cell(line) and any(
            abs(top - line.top) < LINE_TOLERANCE for top in bold_tops)
    return out


def _plain_cell(line: _Line) -> bool:
    """Whether a line of both weights has a cell set plain: a row whose first cell is bold (a
    risk's id, a KPI's code), not a heading or a header's line. Within a cell both weights
    are a header's name with its unit set plain ("Budget (£000)"): a cell starts at the
    line's start or past a gap wider than a space."""
    if {_heavy(w) for w in line.words} != {True, False}:
        return False
    return any(_heavy(word) is False and (before is None or word["x0"] - before["x1"]
                                          >= CELL_GAP_SIZES * word["size"])
               for before, word in zip([None, *line.words[:-1]], line.words, strict=True))


def _heavy(word: dict[str, Any]) -> bool | None:
    """The word's weight: bold, plain, or None where its words carry none."""
    if "bold" in word:
        return bool(word["bold"])
    if "fontname" in word:
        return "bold" in str(word["fontname"]).lower()
    return None
