"""What a clue is: the pattern speaking for a kind (or against a committee paper), its weight
and where it is looked for, with the pattern pieces the clues of several kinds share
(the clues themselves are in the modules beside this one, gathered in ``clues``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# A clue's weight: WEAK ones only add up, a FAIR one needs support, a STRONG one all but decides.
WEAK, FAIR, STRONG = 1, 2, 3
# Without a committee, cabinet, council, board or panel named at its head, a document is
# unlikely to be a committee paper.
NO_BODY_WEIGHT = 1
BODY_NAMED = re.compile(
    r"\b(Committee|Cabinet|Council|Board|Panel|Forum|Commission|Authority)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Clue:
    kind: str  # the kind it speaks for, or OTHER
    pattern: re.Pattern[str]
    weight: int
    # "title", "head", "text", or "top": the title lines and the document's first lines
    # (TITLE_LINES), whatever type they are set in
    scope: str = "head"
    requires: re.Pattern[str] | None = None  # must also be found in the text
    min_count: int = 1
    # the very line the segmenter starts a document at: not counted again for that kind
    heading: bool = False
    # Words (lower case) every match holds one of: where none is, the pattern is not run (a
    # whole document's scan for a clue it cannot hold). ``test_clue_needs_are_in_every_match``.
    needs: tuple[str, ...] = ()
    # The only places its pattern can match, where a pattern of empty matches at line starts
    # has words a line needs (``kpi_header_starts``): it is tried there alone.
    starts: Callable[[str], list[int]] | None = None
    # Read only in the text before this pattern's first match (the words after it are a
    # table's rows, say, not the document's own title): see ``clue_scope``.
    before: re.Pattern[str] | None = None


# A word of a body's name in a clue read ignoring case: capitalised ("Harbour"), a number
# ("Area 3"), or a word joining two ("and", "of", "&"; not "the": "Members of the Committee"
# is no name); a name has no more than NAME_WORDS before its body's word.
_NAME_WORD = r"(?:(?-i:[A-Z0-9])[\w&'’()-]*|(?:and|of|for|&))"
NAME_WORDS = 12


def _rx(pattern: str, flags: int = re.I | re.M) -> re.Pattern[str]:
    return re.compile(pattern, flags)
