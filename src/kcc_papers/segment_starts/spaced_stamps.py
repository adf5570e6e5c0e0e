"""A paper's stamp letter-spaced, as a serif pack sets its headings: "P A P E R K R C 2" over
a council-owned company's board paper (round 25's r25g). The letters spell the word "Paper"
and the reference run together; read so, the stamp is the "Paper KRC2" the agenda's "Paper"
column gives ("KRC 2")."""

from __future__ import annotations

from kcc_papers.segment_starts.layout import SPACED_ONLY

# The word a letter-spaced stamp spells first.
STAMP_WORD = "paper"


def unspaced_stamp(text: str) -> str:
    """``text`` (stripped) as the stamp it spells where its letters are spaced one apart and
    start with "PAPER" ("P A P E R K R C 2" reads "Paper KRC2"); else ``text`` unchanged."""
    if not SPACED_ONLY.match(text):
        return text
    joined = "".join(text.split())
    if len(joined) <= len(STAMP_WORD) or joined[: len(STAMP_WORD)].lower() != STAMP_WORD:
        return text
    return f"Paper {joined[len(STAMP_WORD):]}"
