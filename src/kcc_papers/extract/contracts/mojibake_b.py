"""The pound sign of a text pack saved as UTF-8 and read again as Windows-1252 (held-out round
28): "at a cost of Â£64,500", or twice over, "Ã‚Â£64,500". ``normalise.money`` reads such a sum,
but the sentence readers' cues look for the sign itself ("at a cost of £"), so a running text's
mangled signs are made whole before its sentences are read. Only the sign: the other mangled
characters ("Councilâ€™s") spoil no cue."""

from __future__ import annotations

import re

# "£" (U+00A3, UTF-8 C2 A3) read as Windows-1252 is "Â£"; that text saved as UTF-8 and read so
# again is "Ã‚Â£".
MANGLED_POUND = re.compile(r"(?:Ã‚)?Â£")


def with_whole_pounds(text: str) -> str:
    """The text with each mangled pound sign made whole."""
    return MANGLED_POUND.sub("£", text) if "Â£" in text else text
