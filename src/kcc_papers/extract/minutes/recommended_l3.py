"""A body's recommendation to the council or executive it reports to, in its own sentence
before a proposal it turned down: "The Group recommended to Cabinet that the garden waste
subscription charge ... be set at £52 a year ..." then "The Group did not support the proposal to
close the Brambley Road public conveniences." A minute whose decision is a lost proposal keeps
what the body went on to decide in its own words after it (resolutions); a recommendation
onward is a decision of its own too, never an account of the meeting, before the vote or after."""

from __future__ import annotations

import re

# The recommendation onward, as noted._NOTED reads it: "The Group recommended to Cabinet",
# "... to Council", "... to the Executive", opening its line as a sentence of the body's does.
_RECOMMENDED_ONWARD = re.compile(
    r"^The\s+(?:[\w&,'’-]+\s+){0,8}?recommended\s+to\s+(?:the\s+)?"
    r"(?:(?:Full\s+)?Council|Cabinet|Executive)\s+that\b")


def recommendations_before(texts: list[str], end: int) -> list[int]:
    """The lines before line ``end`` that open the body's recommendation onward."""
    return [i for i in range(end) if _RECOMMENDED_ONWARD.match(texts[i])]
