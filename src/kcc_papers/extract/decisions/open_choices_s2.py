"""An ask that leaves its decision open: "The Committee is asked to decide which of the options
at 2.1 to take" (a call-in report, round 29's r29b city pack) names no decision of its own, only
that one among the options listed above it is to be taken. The options are the report's text,
not its recommendation, and the ask is no decision record: a missing record beats an invented
one."""

from __future__ import annotations

import re

# "... is asked to decide / choose / determine which (of the) option(s) ...", "... whether to
# ...": the verb of choice and a question word, the decision itself not worded
OPEN_CHOICE = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:decide|choose|determine|select)"
    r"\s+(?:which|whether|between)\b", re.I)


def leaves_open(text: str) -> bool:
    """Whether an ask only asks its body to choose among options, wording no decision."""
    return bool(OPEN_CHOICE.search(text))
