"""Clean text as loaders read it: look-alike glyphs and stray markup that real papers carry."""

from __future__ import annotations

import re

# Cyrillic and Greek letters that fonts substitute for Latin ones ("То:" with a Cyrillic Te/o).
_HOMOGLYPHS = str.maketrans(
    {
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
        "у": "y", "х": "x", "Ι": "I", "Ο": "O", "ο": "o",
        "\u00a0": " ", "\u2009": " ", "\u200b": "", "\ufeff": "", "\u00ad": "",
        "\u2010": "-", "\u2011": "-",
        # Narrow and figure spaces: thousands and columns in typeset tables.
        "\u202f": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
        # Typographic ligatures (Word, InDesign and LaTeX set them): "Ofﬁcer" is "Officer".
        "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
        "\ufb05": "st", "\ufb06": "st",
        # Bullets drawn from the Symbol and Wingdings fonts' private-use code points, and the
        # shapes of other bullets, are one bullet.
        "\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•",
        "\u25aa": "•", "\u25cf": "•", "\u2023": "•", "\u2043": "•",
    }
)
# Any of the characters translated: a run is looked through for one (quick: the engine scans
# for a set of characters) before the translation, which builds a new string a char at a time.
_HOMOGLYPH = re.compile("[" + re.escape("".join(map(chr, _HOMOGLYPHS))) + "]")
_INLINE_TAGS = re.compile(r"</?(i|b|em|strong|u|sup|sub|span)\b[^>]*>", re.I)


def clean(text: str) -> str:
    # Every run of every page passes here: the translation (all its keys are non-ASCII) and
    # the tag pattern are skipped where they cannot apply, as in most runs (a run printing a
    # curly quote or a dash, not ASCII, seldom holds a character to translate: 43 of 1 860).
    if not text.isascii() and _HOMOGLYPH.search(text):
        text = text.translate(_HOMOGLYPHS)
    if "<" in text:
        text = _INLINE_TAGS.sub("", text)
    return " ".join(text.split())


# A heading set in spaced letters ("P E R F O R M A N C E   R E P O R T"): single characters
# one space apart, at least this many of them.
MIN_SPACED_LETTERS = 4


def letter_spaced(text: str) -> bool:
    # Every run of every page is asked: most fail on their first word, without a split.
    start = text.lstrip()
    if len(start) < 2 * MIN_SPACED_LETTERS - 1 or not start[1].isspace():
        return False
    tokens = start.split()
    return len(tokens) >= MIN_SPACED_LETTERS and all(len(t) == 1 for t in tokens)


def spaced_words(text: str) -> str:
    """A letter-spaced text line as its words: letters one space apart make a word, a wider
    gap (two or more spaces) parts words."""
    return " ".join("".join(word.split()) for word in re.split(r" {2,}", text.strip()))
