"""The fast table path's word gaps (``pdf_fast``): a space char put in each word break set
as a gap alone, and a footnote marker's digits given as superscripts, so that pdfplumber's
word and text rules part and read them as printed."""

from __future__ import annotations

from itertools import pairwise

from kcc_papers.load.glyphs import FOOTNOTE_RISE, FOOTNOTE_SIZE, SUPERSCRIPT
from kcc_papers.load.pdf_fast_text import _X_TOLERANCE
from kcc_papers.load.pdf_fast_types import Obj

# A word break set as a gap with no space character (each word its own text object, or words
# placed by TJ offsets): a gap this share of the font size or wider between two glyphs written
# one after the other on one line. The spaces of text faces are 0.22 em (Calibri) to 0.35 em
# (Verdana); the gaps inside a word (kerning, a little tracking) are hundredths of an em.
WORD_GAP_EM = 0.15
# Two glyphs whose tops differ by less than this share of the font size sit on one line.
SAME_LINE_EM = 0.1


def with_word_gaps(chars: list[Obj]) -> list[Obj]:
    """The chars with a space put in each word break that is only a gap. pdfplumber parts
    words at a gap wider than its x tolerance (3 points) whatever the type size, so words
    set apart by the width of a space at 9 or 10 points (under 3 points) and no space
    character run together ("year(%)"). A space char is what every reader of the chars
    (cell text, ``extract_words``) already parts words at; it goes right after the glyph
    before the gap, since ``extract_words`` reads the chars in their order.
    A gap is measured beyond its run's tracking: letter-spaced capitals ("R E F" at 0.17 em)
    space every pair of glyphs alike, and a word break there is wider still."""
    out: list[Obj] = []
    append = out.append
    base: Obj | None = None  # the last glyph of full size: a marker's digits follow one
    marking = False
    for run in _runs(chars):
        tracking: float | None = None  # measured only where a gap might part words
        prev: Obj | None = None
        for char in run:
            if char["text"].isdigit() and base is not None and _marker(base, char, marking):
                char = {**char, "text": char["text"].translate(SUPERSCRIPT)}
                marking = True
            else:
                base, marking = char, False
            # most glyphs abut the one before: one subtraction settles them
            if prev is not None and char["x0"] - prev["x1"] > WORD_GAP_EM * char["size"] and (
                    _gap_is_word_break(
                        prev, char,
                        tracking := _tracking(run) if tracking is None else tracking)):
                append({**prev, "text": " ", "x0": prev["x1"], "x1": char["x0"],
                        "width": char["x0"] - prev["x1"]})
            append(char)
            prev = char
    return out


def _marker(before: Obj, char: Obj, going_on: bool) -> bool:
    """Whether the digit is (``going_on``: still) a footnote marker printed right after the
    glyph ``before``: smaller and raised, which pdfplumber's words would glue to the value
    it follows ("87.5%1"); it is given as a superscript digit ("87.5%¹"), as printed."""
    return (char["size"] < FOOTNOTE_SIZE * before["size"]
            and before["bottom"] - char["bottom"] > FOOTNOTE_RISE * before["size"]
            and (going_on or abs(char["x0"] - before["x1"]) <= _X_TOLERANCE))


def _runs(chars: list[Obj]) -> list[list[Obj]]:
    """The chars cut into runs written one after the other on one line, no gap in a run
    wider than pdfplumber's x tolerance (which parts words itself)."""
    runs: list[list[Obj]] = []
    run: list[Obj] = []
    if not chars:
        return runs
    # (the test of two glyphs written out, the last glyph's values kept: a function call per
    # glyph of a table page cost more than the test)
    tolerance, same_line = _X_TOLERANCE, SAME_LINE_EM
    prev_x1, prev_top, prev_size = chars[0]["x1"], chars[0]["top"], chars[0]["size"]
    for char in chars:
        top, size = char["top"], char["size"]
        if run and not (-tolerance <= char["x0"] - prev_x1 <= tolerance
                        and abs(top - prev_top) < same_line * min(prev_size, size)):
            runs.append(run)
            run = []
        run.append(char)
        prev_x1, prev_top, prev_size = char["x1"], top, size
    runs.append(run)
    return runs



# Tracking is told from a run's gaps only where it has this many between glyphs (a word of
# three letters): two glyphs' one gap may as well be a word break.
TRACKED_GAPS_MIN = 2


def _tracking(run: list[Obj]) -> float:
    """The gap a run sets between the glyphs of a word: the lower median of its gaps between
    glyphs (most gaps are inside words), none where the gaps are too few to tell."""
    gaps = sorted(max(0.0, b["x0"] - a["x1"]) for a, b in pairwise(run)
                  if not a["text"].isspace() and not b["text"].isspace())
    return gaps[(len(gaps) - 1) // 2] if len(gaps) >= TRACKED_GAPS_MIN else 0.0


def _gap_is_word_break(prev: Obj, char: Obj, tracking: float) -> bool:
    return (char["x0"] - prev["x1"] - tracking > WORD_GAP_EM * min(prev["size"], char["size"])
            and prev["upright"] and char["upright"]
            and not prev["text"].isspace() and not char["text"].isspace())
