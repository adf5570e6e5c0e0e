"""The few words the readers key on, read through the misreadings of an OCR text layer.

A scanned paper's text layer (the scanner's own OCR, not ours) misreads letters the same way
everywhere: "rn" for "m" ("rneeting", "Comrnittee", "Septernber"), "1" or "I" for "l"
("Counci1"), "0" for "o", "li" or "b" for "h" ("tlie", "tbe"), "l" for "1" in a day ("l4th").
A heading so misread ("MINUTES of tlie rneeting of the ... Comrnittee held on Thursday 12th
Septernber 2019") starts no minutes and dates nothing. Only the structural words and dates are
read through (never the body's words: the records keep the text as printed), and only a form
that cannot be an English word: each holds at least one misreading.
"""

from __future__ import annotations

import re

# The words the headings and dates are keyed on (and the hedge that names a contract's sum:
# "at an estimated cost of"), each its own misreadings allowed.
KEY_WORDS = (
    "minutes", "meeting", "committee", "council", "the", "estimated",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
)
# Each letter's misreadings, as a scanner's OCR prints them.
_MISREAD = {
    "m": "(?:m|rn)",
    "l": "[l1I|]",
    "i": "[il1|]",
    "o": "[o0]",
}
# "h" after "t" (the only place a misread "h" is read through: "tlie", "tbe")
_TH = "t(?:h|li|b)"


def _tolerant(word: str) -> str:
    out = []
    rest = word
    while rest:
        if rest.startswith("th"):
            out.append(_TH)
            rest = rest[2:]
            continue
        out.append(_MISREAD.get(rest[0], re.escape(rest[0])))
        rest = rest[1:]
    return "".join(out)


_KEY = re.compile(
    r"(?<![\w|])(?:" + "|".join(f"(?P<w{n}>{_tolerant(w)})" for n, w in enumerate(KEY_WORDS))
    + r")(?![\w|])", re.I)
# A day's ordinal with "l" or "I" for its "1": "l4th", "3lst", "1Ith" (two figures: one letter
# alone before a suffix, "Ist", is a word as often as a day).
_DAY = re.compile(r"(?<!\w)(?=[\dlI]{2}(?:st|nd|rd|th)\b)(?=[lI]\d|\d[lI]|[lI]{2})"
                  r"([\dlI]{2})(?=st|nd|rd|th)")


def _as_cased(word: str, printed: str) -> str:
    """``word`` in the case the misread form was printed in."""
    letters = [c for c in printed if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if printed[:1].isupper():
        return word.capitalize()
    return word


def _read_word(m: re.Match[str]) -> str:
    printed = m.group(0)
    # (the key words' groups are the pattern's only ones: the last to match is the word's)
    word = KEY_WORDS[int(str(m.lastgroup)[1:])]
    return printed if printed.lower() == word else _as_cased(word, printed)


def legible(text: str) -> str:
    """``text`` with its key words' OCR misreadings read as the words (the rest as printed)."""
    text = _DAY.sub(lambda m: m.group(1).replace("l", "1").replace("I", "1"), text)
    return _KEY.sub(_read_word, text)
