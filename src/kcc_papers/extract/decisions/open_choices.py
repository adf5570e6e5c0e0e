"""An ask that leaves its decision open: "The Committee is asked to decide which of the options
at 2.1 to take" (a call-in report, round 29's r29b city pack) names no decision of its own, only
that one among the options listed above it is to be taken. The options are the report's text,
not its recommendation, and the ask is no decision record: a missing record beats an invented
one."""

from __future__ import annotations

import re

# "... is asked to decide / choose / determine which (of the) option(s) ...", "... to choose
# between ...": the verb of choice the ask's own, then a word that points at options set out
# elsewhere. Not "whether": "is asked to determine whether to approve the scheme" words the
# decision it asks for (to approve the scheme or not), as any ask to approve does.
OPEN_CHOICE = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested)\s+to\s+(?:decide|choose|determine|select)"
    r"\s+(?:which|between)\b", re.I)


def leaves_open(block: str) -> bool:
    """Whether a recommendation block's ask, its first paragraph, only asks its body to choose
    among options, wording no decision (a point after it asking for a choice leaves the ask
    before it standing: "1.1 ... asked to approve the award ...", "1.2 ... asked to choose
    which ...")."""
    return bool(OPEN_CHOICE.search(block.split("\n", 1)[0]))
