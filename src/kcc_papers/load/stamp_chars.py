"""A stamp's chars left out of a table's cells: the text pass cuts a stamp off the line it is
printed over (``stamps``) and gives its box and words; the table reader's chars in that box
that spell the stamp are no cell's text ("Board 0.0%" under "Board")."""

from __future__ import annotations

import unicodedata
from typing import Any

from kcc_papers.load.stamps import Box, Stamp


def without_stamps(chars: list[dict[str, Any]],
                   stamps: list[Stamp] | None) -> list[dict[str, Any]]:
    """The chars (pdfplumber's) less each stamp's. A stamp printed over a table's header row
    shares its box with the cell's words ("Total value (£)" under "Agenda Item 5"): where the
    chars of one type (size and font) in the box spell the stamp, only they are its; else
    every char whose middle is in the box is (the stamp's type is not told apart)."""
    if not stamps:
        return chars
    dropped: set[int] = set()
    for box, text in stamps:
        inside = [c for c in chars if _in_box(c, box)]
        dropped.update(id(c) for c in _stamp_chars(inside, text))
    return [c for c in chars if id(c) not in dropped]


def _in_box(char: dict[str, Any], box: Box) -> bool:
    x0, top, x1, bottom = box
    middle_x = float(char["x0"] + char["x1"]) / 2
    middle_y = float(char["top"] + char["bottom"]) / 2
    return x0 <= middle_x <= x1 and top <= middle_y <= bottom


# The share of a stamp's letters a type's chars must spell, cut at the table's edge, to be
# the stamp's: most of it, so that a cell's few letters that happen to be the stamp's end
# ("2" under "... PAGE 2") are not taken for it.
CUT_STAMP_SHARE = 0.5


def _stamp_chars(inside: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The chars of ``inside`` (a stamp's box) that are the stamp's own: those of the one
    type whose letters, left to right, spell ``text``; all of them when no type does."""
    by_type: dict[tuple[float, str], list[dict[str, Any]]] = {}
    for char in inside:
        # pdfplumber's chars name their font; the fast reader's say whether they are bold
        face = str(char.get("fontname", char.get("bold", "")))
        key = (round(float(char.get("size", 0.0)), 1), face)
        by_type.setdefault(key, []).append(char)
    if len(by_type) < 2:
        return inside
    wanted = _letters(text)
    spelt = {key: _letters("".join(str(c["text"]) for c in sorted(group, key=lambda c: c["x0"])))
             for key, group in by_type.items()}
    for key, letters in spelt.items():
        if letters == wanted:
            return by_type[key]
    # a stamp wider than the table it is printed over ends or starts in the chars read for
    # the table's cells (the chars outside the tables are not read): the type that spells
    # most of it, its end or start, is the stamp's
    for key, letters in spelt.items():
        if len(letters) >= len(wanted) * CUT_STAMP_SHARE and (
                wanted.endswith(letters) or wanted.startswith(letters)):
            return by_type[key]
    return inside


def _letters(text: str) -> str:
    # ligatures (a single "ﬁ" glyph) spell as the line's text does
    return "".join(unicodedata.normalize("NFKC", text).split())
