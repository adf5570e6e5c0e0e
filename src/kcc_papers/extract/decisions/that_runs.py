"""A recommendations block written as a run of unnumbered "That the Board ..." paragraphs.

A report may print its asks under "Recommendations" as paragraphs of their own, each opening
"That the <body> <verb>s", with no number or letter before them ("That the Project Board
recommends to Cabinet that the contract ... be awarded ..." then "That the Project Board notes
the value engineering savings ..."). A paragraph ending its sentence usually ends a
one-paragraph block; the next paragraph asking the same body in the same form is the block's
next point, not the report's prose (the set's convention: one decision per block)."""

from __future__ import annotations

import re

# "That the Project Board notes ...", "That Cabinet approves ...": the body asked, then its own
# verb (a word ending in "s": "notes", "approves", "recommends"), as the block's points open.
_THAT_BODY = re.compile(
    r"^That\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){0,5}?"
    r"(?:Cabinet|Council|Committee|Board|Panel|Executive|Group|Authority|Trustees|Governors))"
    r"\s+(?!(?:is|was|has|does)\b)[a-z]{3,}s\b")


def asked_body(line: str) -> str | None:
    """The body a "That the <body> <verb>s" paragraph asks, lower case; None for any other."""
    m = _THAT_BODY.match(line)
    return m.group("body").lower() if m else None


def next_that_point(block: list[str], line: str) -> bool:
    """Whether ``line`` opens the next point of a block whose earlier lines ``block`` opened a
    point asking the same body in the same "That the <body> <verb>s" form."""
    body = asked_body(line)
    return body is not None and any(asked_body(earlier) == body for earlier in block)
