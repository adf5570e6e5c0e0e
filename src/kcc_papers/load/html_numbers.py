"""The numbers a web page shows and gives: an ordered list's markers as a browser writes them
(letters, numerals), and a number attribute (start, value, colspan) read as a browser reads it.
"""

from __future__ import annotations


# Markers an ordered list shows, by its type attribute; past what letters or numerals can
# write (0, negatives, 4000 and over in numerals) browsers fall back to decimal.
def _marker(kind: str, n: int) -> str:
    if kind in ("a", "A") and n > 0:
        letters = _letters(n)
        return f"{letters.upper() if kind == 'A' else letters}."
    if kind in ("i", "I") and 0 < n <= MAX_ROMAN:
        numeral = _roman(n)
        return f"{numeral.upper() if kind == 'I' else numeral}."
    return f"{n}."


def _letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa, as browsers count in letters."""
    out = ""
    while n > 0:
        n, k = divmod(n - 1, 26)
        out = chr(ord("a") + k) + out
    return out


MAX_ROMAN = 3999
_NUMERALS = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
             (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, numeral in _NUMERALS:
        count, n = divmod(n, value)
        out += numeral * count
    return out


def _int(text: str | None, default: int) -> int:
    # isdecimal, not isdigit: "²" is a digit int() refuses; and int() refuses over 4300 digits
    text = (text or "").strip()
    return int(text) if text.isdecimal() and len(text) <= MAX_DIGITS else default


# Digits of a number attribute read (start, value, colspan): more are no count a page means.
MAX_DIGITS = 9
