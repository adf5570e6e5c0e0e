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
        # Wingdings' "v" (\uf076 above) as its Unicode shape, the black diamond minus white X
        # that ZapfDingbats bullets extract as: the same list bullet.
        "\u2756": "•",
    }
)
# Small capitals typed as Unicode letters (a designer's "Aɢᴇɴᴅᴀ", "Rᴇᴄᴏᴍᴍᴇɴᴅᴀᴛɪᴏɴ": no font's
# small-caps feature but letters of their own) are the lower-case letters they stand for, as
# every heading rule reads them. ("ǫ" is the small-capital q of such text; "x" has no small
# capital and "ꜱ" is seldom in fonts, so both are printed plain: "Pʀᴇsᴇɴᴛ".) Only in a word of
# capitals and small capitals alone: among other lower-case letters they are letters of their
# own, IPA's "ɪ" (/ˈbɪl/) or the "ǫ" (o with ogonek) of a Cayuga or Navajo name in a land
# acknowledgement ("Gayogo̱hó:nǫ'").
_SMALL_CAPITALS = str.maketrans({
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ǫ": "q", "ꞯ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w",
    "ʏ": "y", "ᴢ": "z",
})
_SMALL = re.escape("".join(map(chr, _SMALL_CAPITALS)))
_SMALL_CAPITAL = re.compile(f"[{_SMALL}]")
# A word of capitals and small capitals (and the plain "s" and "x" printed among them:
# "Aɢᴇɴᴅᴀ", "Pʀᴇsᴇɴᴛ"), from a word's start only (the lookbehind) and with one run of its
# letters, so a long word is scanned once (a second run, "a small capital somewhere in it",
# would backtrack over every split of a word that fails at its end: quadratic).
_SMALL_CAPITAL_WORD = re.compile(rf"(?<![^\W\d_])[A-Zsx{_SMALL}]+(?![^\W\d_])")
# Any of the characters translated: a run is looked through for one (quick: the engine scans
# for a set of characters) before the translation, which builds a new string a char at a time.
_HOMOGLYPH = re.compile("[" + re.escape("".join(map(chr, _HOMOGLYPHS))) + "]")
_INLINE_TAGS = re.compile(r"</?(i|b|em|strong|u|sup|sub|span)\b[^>]*>", re.I)


# PDFium's mark of a hyphen it saw at a line's end, the word joined across the break
# ("Possi\ufffeble"; its text page reports the glyph so, whatever the writer drew).
LINE_END_HYPHEN = "\ufffe"
# The head starts at a word's start (the lookbehind): tried from inside a long word too, the
# pattern would scan the word's rest from every letter of it, quadratic in its length.
_BROKEN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]*)\ufffe\s*(\w*)")
# A suspended hyphen: "pre-" / "and post-natal", "full-" / "or part-time", "short-" / "to
# medium-term": the word after the line end is a conjunction and a hyphenated word follows.
SUSPENDING = frozenset({"and", "or", "to", "nor"})
_COMPOUND_NEXT = re.compile(r"\s+[^\W\d_]+-[^\W\d_]")
# Around a word in running text: quotes, brackets and stops.
_PUNCTUATION = "\"'()[]{}.,;:!?\u2018\u2019\u201c\u201d"
# A line-end hyphen is often a real one (a compound, a double-barrelled name: "cross-" /
# "border", "Barrington-" / "King"); automatic hyphenation cuts a long word between
# syllables, leaving a piece that is no word. Parts of compounds printed with a hyphen:
COMPOUND_HEADS = frozenset({
    "all", "anti", "co", "cross", "day", "ex", "full", "half", "high", "in", "long", "low",
    "mid", "multi", "non", "over", "part", "post", "pre", "self", "semi", "short", "sub",
    "under", "well", "year",
})
COMPOUND_TAILS = frozenset({
    "based", "being", "designed", "free", "funded", "going", "led", "level", "long",
    "making", "off", "out", "owned", "related", "scale", "specific", "term", "time", "up",
    "wide",
})

# ... but a word's ending alone after the break is no second word: hyphenation cut one word
# there ("school cross-" / "ing patrols" is "crossing", though "cross" heads compounds).
# (Only endings of three letters or more: hyphenation leaves at least three after the break,
# so a two-letter piece there is a compound's word, "co-" / "ed schools".)
WORD_ENDINGS = frozenset({"ing", "ings"})


def vocabulary(text: str) -> set[str]:
    """The words of a document, lower case, compounds whole, without the words broken at a
    line end: where a paper prints a word unbroken (or hyphenated) elsewhere, a line-end
    hyphen in it is read the same way. (Split on white space, unique tokens stripped of
    punctuation: a long paper's text passes through C code only.)"""
    parts = text.lower().split(LINE_END_HYPHEN)
    tokens: set[str] = set()
    for i, part in enumerate(parts):
        words = part.split()
        if i > 0 and words and not part[:1].isspace():
            words = words[1:]  # the end of a broken word
        if i < len(parts) - 1 and words and not part[-1:].isspace():
            words = words[:-1]  # the start of one
        tokens.update(words)
    return {token.strip(_PUNCTUATION) for token in tokens}


def unbroken(text: str, words: set[str]) -> str:
    """The words PDFium joined across a hyphenated line end: a compound keeps its hyphen
    ("part-time", "cross-border"), as does a hyphen before a capital or a digit ("Vice-Chair",
    "2025-26"), and a word hyphenation cut between syllables is read whole ("Possi-" / "ble"
    is "Possible"). ``words``: the document's ``vocabulary``."""
    return _BROKEN_WORD.sub(lambda m: _rejoined(m.group(1), m.group(2), words)
                            if not _suspended(m) else f"{m.group(1)}- {m.group(2)}", text)


def _suspended(m: re.Match[str]) -> bool:
    """Whether the broken word is a head whose hyphen waits for the compound after the
    conjunction ("pre-" / "and post-natal")."""
    return (bool(m.group(1)) and m.group(2) in SUSPENDING
            and _COMPOUND_NEXT.match(m.string, m.end()) is not None)


def _rejoined(head: str, tail: str, words: set[str]) -> str:
    """A compound is two words, each a word the paper uses elsewhere (or a part listed as
    one); hyphenation leaves at least one piece that is no word of the paper ("Febr" /
    "uary", "sponsors" / "hip")."""
    low_head, low_tail = head.lower(), tail.lower()
    if head.isupper() and tail.isupper() and low_head + low_tail in words:
        # a word in capitals cut between syllables ("RESOL-" / "VED that"), a word of the
        # paper whole ("Resolved"): no hyphen before a capital of a compound's ("Vice-Chair")
        soft = True
    elif not tail[:1].islower() or not head:
        soft = False
    elif low_head + low_tail in words or f"{low_head}-{low_tail}" in words:
        soft = low_head + low_tail in words
    elif low_tail in WORD_ENDINGS:
        soft = True  # "cross-" / "ing": an ending alone is no word of a compound
    elif low_head in COMPOUND_HEADS or low_tail in COMPOUND_TAILS:
        soft = False
    else:
        soft = not (low_head in words and low_tail in words)
    return f"{head}{tail}" if soft else f"{head}-{tail}"


def _small_capitals_read(word: re.Match[str]) -> str:
    """A word of capitals and small capitals in plain letters (one in capitals alone as it is)."""
    return word.group().translate(_SMALL_CAPITALS)


def clean(text: str) -> str:
    # Every run of every page passes here: the translation (all its keys are non-ASCII) and
    # the tag pattern are skipped where they cannot apply, as in most runs (a run printing a
    # curly quote or a dash, not ASCII, seldom holds a character to translate: 43 of 1 860).
    if not text.isascii() and _HOMOGLYPH.search(text):
        text = text.translate(_HOMOGLYPHS)
    if not text.isascii() and _SMALL_CAPITAL.search(text):
        text = _SMALL_CAPITAL_WORD.sub(_small_capitals_read, text)
    if "<" in text:
        text = _INLINE_TAGS.sub("", text)
    return " ".join(text.split())


# A footnote marker (``pdf``, ``pdf_fast``): digits set at most this share of the glyph
# before them, raised by at least FOOTNOTE_RISE of its size ("87.5%" + a small "1" above).
FOOTNOTE_SIZE = 0.8
FOOTNOTE_RISE = 0.15
# A footnote marker is given as superscript digits ("87.5%¹"), as printed: no reader takes
# it for a digit of the value (a pattern's \d and float() refuse it) or for a value of its own.
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


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
