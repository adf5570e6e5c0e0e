"""A resolution's label negated: a board's template prints "AGREED:" over what it agreed and
"NOT AGREED:" over a proposal it turned down ("NOT AGREED: That the robotic process
automation pilot be extended ..."). What the negated label heads was refused, whatever verb
it holds: the label, not the proposal's words, records the outcome."""

from __future__ import annotations

import re

# The label opening the text (a number perhaps first, "3. NOT AGREED:"), its word one a
# resolution's label holds, and its colon or dash: "Not agreed" in a sentence is read with
# the sentence (outcomes._VERBS), not here.
_NEGATED_LABEL = re.compile(
    r"^\W*(?:\d+[.)]?\s*)?NOT\s+(?:AGREED|APPROVED|RESOLVED|CARRIED|SUPPORTED|ENDORSED)"
    r"\s*(?::|[-–—]\s)", re.I)


def negated_label(text: str) -> bool:
    """Whether ``text`` opens on a negated resolution label ("NOT AGREED:")."""
    return _NEGATED_LABEL.match(text) is not None
