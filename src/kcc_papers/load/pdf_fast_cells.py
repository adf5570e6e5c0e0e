"""The fast table path's cell texts (``pdf_fast``): a table's chars indexed for
``Table.extract``'s result, and the words a narrow cell broke across lines joined again."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from kcc_papers.load.pdf_fast_text import _Y_TOLERANCE, _clusters, _top, _x0, cell_text
from kcc_papers.load.pdf_fast_types import Bbox, Obj


class CharIndex:
    """``pdfplumber.table.Table.extract()`` with the same result, without testing every char
    of the page against every row: the page's chars are indexed by vertical middle once."""

    def __init__(self, chars: list[Obj]):
        self.chars = chars
        self.mids = sorted(
            ((c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2, i)
            for i, c in enumerate(chars)
        )
        self.keys = [m[0] for m in self.mids]

    def texts(self, found: Any, mend: bool = False) -> list[list[str | None]]:
        """The cells' texts; ``mend``: with the words a narrow cell broke across lines joined
        again (``mended``), which pdfplumber leaves broken."""
        return [[None if mine is None or cell is None else cell_words(mine, cell, mend)
                 for cell, mine in zip(row.cells, row_chars, strict=True)]
                for row, row_chars in zip(found.rows, self.cell_chars(found), strict=True)]

    def cell_chars(self, found: Any) -> list[list[list[Obj] | None]]:
        """Each row's cells' chars (None for a cell the row does not have)."""
        out = []
        for row in found.rows:
            x0, top, x1, bottom = row.bbox
            lo, hi = bisect_left(self.keys, top), bisect_left(self.keys, bottom)
            # pdfplumber keeps the page's char order inside a cell; its text depends on it
            in_row = sorted(
                (i, v, h) for v, h, i in self.mids[lo:hi] if x0 <= h < x1 and top <= v < bottom
            )
            cells: list[list[Obj] | None] = []
            for cell in row.cells:
                if cell is None:
                    cells.append(None)
                    continue
                cx0, ctop, cx1, cbottom = cell
                cells.append([self.chars[i] for i, v, h in in_row
                              if cx0 <= h < cx1 and ctop <= v < cbottom])
            out.append(cells)
        return out


def cell_words(chars: list[Obj], cell: Bbox, mend: bool = False) -> str:
    """A cell's text from its chars; ``mend``: its broken words joined (``mended``)."""
    text = cell_text(chars)
    return mended(text, chars, cell) if mend and "\n" in text else text


def mended(text: str, chars: list[Obj], cell: Bbox) -> str:
    """The cell's text with each word the cell broke inside rejoined ("CC/2024/" above
    "031", "01/04/202" above "4", "Extensio" above "n option"). A word wider than its cell
    is cut where the line is full, whatever the font: a line of one word, starting where the
    next line starts, that reaches so near the cell's right edge (its right padding taken to
    be its left one) that the next line's first glyph would not have fitted, was cut there.
    A word that wrapped whole leaves the line short of the edge by about that word's width."""
    lines = _clusters(chars, _top, _Y_TOLERANCE)
    texts = text.split("\n")
    if len(lines) != len(texts):
        return text  # the lines are not the text's (a glyph of no text): leave it
    out = texts[0]
    for line, below, below_text in zip(lines, lines[1:], texts[1:], strict=False):
        joined = ((_inside_a_word(out[-1], below_text) and not _listed(out, below_text))
                  or _in_a_name(out[-1], below_text, text)
                  or _no_word_start(out[-1], below_text)) and _cut(out, line, below, cell)
        out += ("" if joined else "\n") + below_text
    return out


# A line that is one word ending in one of these was cut after it ("CC/2024/" + "031",
# "HR-2025-" + "00017", "Whole-" + "life"): the word goes on, with no space.
_JOINERS = frozenset("/-")
# The single letters that are English words: a line ending in a word and the next starting
# with one of these may be a wrap between two words.
_ONE_LETTER_WORDS = frozenset("aAI")


def _inside_a_word(before: str, after: str) -> bool:
    """Whether the text could not have been wrapped between these two characters: a line
    wraps between words, so never inside a number ("01/04/202" + "4"), after a slash or a
    hyphen ending a one-word line ("CC/2024/" + "031"), or before a lone letter that is no
    word ("Extensio" + "n option").
    A long word that filled its line and wrapped the next whole ("Affordable" + "housing")
    fits the cut's geometry too; only these characters tell the two apart."""
    word = after.split(" ", 1)[0]
    if before.isdigit() and (word[:1].isdigit() or _joins(word)):
        return True  # inside a number or a reference ("HR-2025" + "-00017")
    if before in _JOINERS and word[:1].isalnum():
        return True
    return before.islower() and len(word) == 1 and word.islower() and word not in _ONE_LETTER_WORDS


def _listed(text: str, below: str) -> bool:
    """Whether a line and the next line's first word are each a whole date or a whole grouped
    figure ("01/04/2024" over "31/03/2027", "186,400" over "22,000"): two entries of a column
    fitted to its widest one, which fills its line as a cut word does. A cut leaves a head
    that is no whole figure ("01/04/202" over "4", "1,240,00" over "0")."""
    last_line = text.rsplit("\n", 1)[-1]
    return bool(_WHOLE_FIGURE.fullmatch(last_line)
                and _WHOLE_FIGURE.fullmatch(below.split(" ", 1)[0]))


# A date in full ("31/03/2027", "31.03.2027") or a figure grouped in thousands ("1,240,000.50").
_WHOLE_FIGURE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d\d|\d{1,3}(?:,\d{3})+(?:\.\d+)?")


# Words a name in title case leaves in lower case ("Bank of England", "Smith and Sons").
_NAME_PARTICLES = frozenset({"and", "of", "for", "the", "in", "on", "at", "to", "by", "de",
                             "du", "la", "le", "van", "von", "der", "den", "y", "e"})
# A cell in title case has at least this many capitalised words besides the one cut (a name:
# "Ledgerpoint Software Ltd"), not one capital starting a sentence.
_NAME_WORDS = 2


def _in_a_name(before: str, after: str, cell: str) -> bool:
    """Whether the text could not have been wrapped between these two characters of a name
    in title case ("Greenstaff Landscap" + "es Ltd"): every word of it starts with a capital
    but the particles, so a line going on in lower case goes on with the word the line before
    ended with. A cell in sentence case ("Affordable" + "housing legal advice") wraps between
    words so."""
    word = after.split(" ", 1)[0]
    if not (before.isalpha() and word[:1].islower()) or word.lower() in _NAME_PARTICLES:
        return False
    others = [w for w in cell.split() if w != word and w[:1].isalpha()
              and w.lower() not in _NAME_PARTICLES]
    return len(others) > _NAME_WORDS and all(w[:1].isupper() for w in others)


# The pairs of consonants a word may start with: English's ("street", "school", "psalm",
# "tsar"), and Welsh's, mutated ones too ("ffordd", "llyfrgell", "ddoe", "nghyngor",
# "mhlant", "gwasanaeth", "chwaraeon"). A line of a cell in sentence case going on with a
# pair not here ("Environme" / "ntal enforcement", "maintena" / "nce") goes on inside the word
# the line before was cut in; one going on with a pair here, or a vowel ("Occupation" /
# "al health"), is read as printed, as no word list says "al" is no word.
_WORD_ONSETS = frozenset({
    "bl", "br", "ch", "cl", "cr", "cw", "cz", "dd", "dj", "dr", "dw", "dz", "ff", "fl", "fr",
    "gh", "gl", "gn", "gr", "gw", "hw", "kh", "kl", "kn", "kr", "kv", "kw", "ll", "mh", "mn",
    "ng", "nh", "ph", "pl", "pn", "pr", "ps", "pt", "rh", "sc", "sf", "sh", "sk", "sl",
    "sm", "sn", "sp", "sq", "st", "sv", "sw", "sz", "th", "tr", "ts", "tw", "tz", "vl", "vr",
    "wh", "wr", "xh", "zh", "zw"
})
_VOWELS = frozenset("aeiouy")


def _no_word_start(before: str, after: str) -> bool:
    """Whether a line of lower-case letters goes on inside a word: the next line's first word,
    in lower case, starts with two consonants no word starts with ("ntal", "nce"). A word of
    consonants alone is an abbreviation ("vs", "km", "hrs"), whole."""
    word = after.split(" ", 1)[0]
    head = word[:2]
    return (before.isalpha() and before.islower() and len(head) == 2 and head.isalpha()
            and head.islower() and not _VOWELS & set(head) and head not in _WORD_ONSETS
            and bool(_VOWELS & set(word.lower())))


# Lines of a cell starting within this many points of each other are set flush left.
_FLUSH = 0.5


def _joins(word: str) -> bool:
    """A word going on from a slash or hyphen ("-00017"), not a lone dash."""
    return word[:1] in _JOINERS and word[1:2].isalnum()


def _cut(text: str, line: list[Obj], below: list[Obj], cell: Bbox) -> bool:
    last_line = text.rsplit("\n", 1)[-1]
    if " " in last_line:
        return False  # a line of words ends at a word break
    left = min(c["x0"] for c in line)
    right = max(c["x1"] for c in line)
    first = min(below, key=_x0)
    if abs(first["x0"] - left) > _FLUSH:
        return False  # centred or right-aligned text: its padding is not known
    padding = left - cell[0]
    return bool(cell[2] - padding - right < first["x1"] - first["x0"])
