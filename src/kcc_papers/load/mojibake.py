"""Text saved as UTF-8 and read again as Windows-1252 before it was published (held-out round
28): "at a cost of Â£64,500", "the Councilâ€™s budget", "School catering â€“ secondary
schools", or twice over, "Ã‚Â£64,500". Each mangled character is made whole again when a text
or HTML file is decoded, so every reader sees "£", "’", "–" ("at a cost of £" is a cue the
sentence readers look for, a contract's value and a decision's words are read whole).

Only the marks of that mangling are repaired: a character's UTF-8 bytes read one by one as
Windows-1252 characters, opening with "Â" or "Ã" (the bytes C2, C3: "£", "©", "°", a no-break
space, "é", "ö") or with "â" and two more (E2: "’", "“", "”", "–", "—", "…", "€", "•", "†").
Such a pair or triple, an accented capital followed by a symbol of the upper half of
Windows-1252, does not occur in English (or Welsh) text; and the bytes must make one UTF-8
character again, or the text is left as it is. A plain "â" ("gyda â'r", Welsh) stays."""

from __future__ import annotations

import re

# The byte each Windows-1252 character of 80-BF was read from, a UTF-8 character's continuation
# bytes (the five bytes Windows-1252 leaves undefined read as the C1 controls of the same number,
# as a decoder that knows no character for them gives).
_BYTE = {bytes([b]).decode("cp1252", errors="ignore") or chr(b): b for b in range(0x80, 0xC0)}
_CONT = "[" + re.escape("".join(_BYTE)) + "]"
# "Â£", "Ã©": a two-byte character of Latin-1's upper half; "â€™": one of the punctuation
# block (the lead byte E2).
MANGLED = re.compile(rf"[ÂÃ]{_CONT}|â{_CONT}{_CONT}")
# "â€" with its third byte lost (a text with no character for 9D drops it): the closing
# double quote "”" (E2 80 9D), the one such character English text is full of.
LOST_CLOSING_QUOTE = re.compile(rf"â€(?!{_CONT})")
# "Ã‚Â£": the mangled text mangled again, made whole in as many passes.
MAX_PASSES = 3


def _whole(m: re.Match[str]) -> str:
    """One mangled character made whole, or the match as it is when its bytes make no single
    UTF-8 character."""
    raw = bytes(_BYTE.get(ch, ord(ch)) for ch in m.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


def repaired(text: str) -> str:
    """The text with each character mangled by a Windows-1252 reading of its UTF-8 made whole
    (the text itself when it holds none)."""
    if "Â" not in text and "Ã" not in text and "â" not in text:
        return text  # the usual text: no mark of the mangling at all
    for _ in range(MAX_PASSES):
        whole = MANGLED.sub(_whole, text)
        if whole == text:
            break
        text = whole
    return LOST_CLOSING_QUOTE.sub("”", text)
