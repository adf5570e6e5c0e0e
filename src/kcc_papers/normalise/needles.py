"""A quick look for the words a pattern needs before it is run: a pattern scanned over every
line or whole documents costs far more than a substring test of its text in lower case, and
most texts hold none of the words (a cue, a label), so most scans can be skipped."""

from __future__ import annotations

# The letters outside A-Z that re.IGNORECASE matches to i, k or s: "İ" (lower case "i" and a
# combining dot), "ı", "ſ" ("K", the Kelvin sign, lowers to "k").
_IGNORECASE_EXTRAS = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


def lowered(text: str) -> str:
    """``text`` in lower case, where a word an ASCII pattern (case-insensitive or not) matches
    is found in lower case: where the word is not in it, the pattern cannot match."""
    lower = text.lower()
    if not lower.isascii() and ("\u0131" in lower or "\u017f" in lower or "\u0307" in lower):
        return lower.translate(_IGNORECASE_EXTRAS)
    return lower


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` (lower case) in any case."""
    lower = lowered(text)
    return any(word in lower for word in words)
