"""A recommendations block written as a run of unnumbered "That the Board ..." paragraphs.

A report may print its asks under "Recommendations" as paragraphs of their own, each opening
"That the <body> <verb>s", with no number or letter before them ("That the Project Board
recommends to Cabinet that the contract ... be awarded ..." then "That the Project Board notes
the value engineering savings ..."). A paragraph ending its sentence usually ends a
one-paragraph block; the next paragraph asking the same body in the same form is the block's
next point, not the report's prose (the set's convention: one decision per block)."""

from __future__ import annotations

import re

# "That Council:", "That the Project Board ...": the body a paragraph worded as the resolution
# it proposes asks (recommendations' ASKS reads the same, so the run and the reader of who is
# asked agree on the body).
THAT_BODY = (r"^That\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){0,5}?"
             r"(?:Cabinet|Council|Committee|Board|Panel|Executive))")
# ... then its own verb, a word ending in "s" ("notes", "approves", "recommends"; not "is",
# "as"), not a plural noun whose verb follows it ("That the Committee members were briefed
# ..." is prose about the members, no ask).
_OWN_VERB = (r"\s+(?!(?:is|was|has|does)\b)[a-z]{3,}s\b"
             r"(?!\s+(?:are|were|have|had|will|would|may|can|could|should|must)\b)")
_THAT_BODY = re.compile(THAT_BODY + _OWN_VERB)


def asked_body(line: str) -> str | None:
    """The body a "That the <body> <verb>s" paragraph asks, lower case; None for any other."""
    m = _THAT_BODY.match(line)
    return m.group("body").lower() if m else None


def next_that_point(block: list[str], line: str) -> bool:
    """Whether ``line`` opens the next point of a block whose earlier lines ``block`` opened a
    point asking the same body in the same "That the <body> <verb>s" form."""
    body = asked_body(line)
    return body is not None and any(asked_body(earlier) == body for earlier in block)
