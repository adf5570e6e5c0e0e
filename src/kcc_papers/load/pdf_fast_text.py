"""The fast table path's text (``pdf_fast``): pdfplumber's ``extract_text`` and
``extract_words`` for upright text, the same lines, words and joins without their per-call
machinery, and pdfplumber's own for anything else."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

from pdfplumber.utils import text as plumber_text

from kcc_papers.load.pdf_fast_types import Obj

# pdfplumber's defaults for extract_text: chars this near in x make one word, this near in
# top one line.
_X_TOLERANCE = plumber_text.DEFAULT_X_TOLERANCE
_Y_TOLERANCE = plumber_text.DEFAULT_Y_TOLERANCE


def cell_text(chars: list[Obj]) -> str:
    """``pdfplumber.utils.text.extract_text(chars)`` (its defaults), a few times faster for
    the small char lists of table cells: the same lines, words and joins, without building a
    word dict and a text map per call. Text that is not upright, or a char without text, is
    left to pdfplumber."""
    if not chars:
        return ""
    if not all(c["upright"] and c["text"] for c in chars):
        return str(plumber_text.extract_text(chars))
    words: list[tuple[float, str]] = []  # (top, text) in pdfplumber's order
    for line in _clusters(chars, _top, _Y_TOLERANCE):
        line.sort(key=_x0)
        for word in _split_words(line):
            _word(word, words)
    lines = _clusters(words, _first, _Y_TOLERANCE)
    return "\n".join(" ".join(text for _, text in line) for line in lines)


# The options of ``extract_words`` that ``words`` follows (others go to pdfplumber).
_WORD_OPTIONS = frozenset({"extra_attrs", "keep_blank_chars"})


def words(chars: list[Obj], extra_attrs: list[str]) -> list[Obj]:
    """``pdfplumber.utils.text.extract_words(chars, extra_attrs=extra_attrs)`` (its other
    defaults), without its generators and per-word bbox helpers: a budget register page has
    thousands of words. Text that is not upright, or a char without text, is left to
    pdfplumber."""
    if not all(c["upright"] and c["text"] for c in chars):
        return list(plumber_text.extract_words(chars, extra_attrs=extra_attrs))
    out: list[Obj] = []
    # pdfplumber groups consecutive chars sharing the extra attributes, then lines, then words
    for _, group in groupby(chars, itemgetter("upright", *extra_attrs)):
        for line in _clusters(list(group), _top, _Y_TOLERANCE):
            line.sort(key=_x0)
            for word in _split_words(line):
                _merged(word, extra_attrs, out)
    return out


def _split_words(line: list[Obj]) -> list[list[Obj]]:
    """A line's chars (sorted by x0) as pdfplumber's words, left to right: parted at a blank
    and where a char begins a new word (``char_begins_new_word``: left of the last char's x0,
    past its x1 by more than the x tolerance, or off its top by more than the y tolerance).
    (The test is written out: a call per char of a budget register's 26,000 cost more.)"""
    words: list[list[Obj]] = []
    current: list[Obj] = []
    x_tolerance, y_tolerance = _X_TOLERANCE, _Y_TOLERANCE
    for char in line:
        if char["text"].isspace():
            if current:
                words.append(current)
                current = []
            continue
        if current:
            prev, x = current[-1], char["x0"]
            if (x < prev["x0"] or x > prev["x1"] + x_tolerance
                    or abs(char["top"] - prev["top"]) > y_tolerance):
                words.append(current)
                current = []
        current.append(char)
    if current:
        words.append(current)
    return words


def _merged(chars: list[Obj], extra_attrs: list[str], out: list[Obj]) -> None:
    """pdfplumber's ``WordExtractor.merge_chars`` for left-to-right text (same keys, order
    and arithmetic)."""
    if not chars:
        return
    first = chars[0]
    # (lists, not generators, for min and max: a word is a few chars, made thousands of times)
    x0, top = min([c["x0"] for c in chars]), min([c["top"] for c in chars])
    x1, bottom = max([c["x1"] for c in chars]), max([c["bottom"] for c in chars])
    ligatures: dict[str, str] = plumber_text.LIGATURES
    word = {
        "text": "".join([ligatures.get(c["text"]) or c["text"] for c in chars]),
        "x0": x0,
        "x1": x1,
        "top": top,
        "doctop": top + (first["doctop"] - first["top"]),
        "bottom": bottom,
        "upright": first["upright"],
        "height": bottom - top,
        "width": x1 - x0,
        "direction": "ltr",
    }
    for key in extra_attrs:
        word[key] = first[key]
    out.append(word)


# Sort and cluster keys as C look-ups (``itemgetter``), not a Python call per char: the
# clusters and sorts of a corpus pass asked them 250,000 times.
_top: Callable[[Obj], float] = itemgetter("top")
_x0: Callable[[Obj], float] = itemgetter("x0")
_first: Callable[[tuple[float, str]], float] = itemgetter(0)


def _word(chars: list[Obj], words: list[tuple[float, str]]) -> None:
    if chars:
        ligatures: dict[str, str] = plumber_text.LIGATURES
        text = "".join([ligatures.get(c["text"]) or c["text"] for c in chars])
        words.append((min([c["top"] for c in chars]), text))


T = TypeVar("T")


def _clusters(items: list[T], key: Callable[[T], float], tolerance: float) -> list[list[T]]:
    """pdfplumber's ``cluster_objects``: sorted distinct keys chained while each is within
    ``tolerance`` of the one before; items keep their order inside a cluster."""
    index: dict[float, int] = {}
    count = 0
    last: float | None = None
    for value in sorted({key(item) for item in items}):
        if last is None or value > last + tolerance:
            count += 1
        index[value] = count - 1
        last = value
    clusters: list[list[T]] = [[] for _ in range(count)]
    for item in items:
        clusters[index[key(item)]].append(item)
    return clusters
