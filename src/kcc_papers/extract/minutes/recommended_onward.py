"""A body's recommendation to the council or executive it reports to, in its own sentence
before a proposal it turned down: "The Group recommended to Cabinet that the garden waste
subscription charge ... be set at £52 a year ..." then "The Group did not support the proposal to
close the Brambley Road public conveniences." A minute whose decision is a lost proposal keeps
what the body went on to decide in its own words after it (resolutions); a recommendation
onward is a decision of its own too, never an account of the meeting, before the vote or after."""

from __future__ import annotations

import re

# The recommendation onward: "The Group recommended to Cabinet", "... to Council", "... to the
# Executive", opening its line as a sentence of the body's does. The body by its bare word, as
# its own notes call it: a sentence naming who else recommended is an account of the meeting
# ("The report recommended to Cabinet that ...", "The Head of Service recommended ...") or of
# another body's recommendation reported to it ("The Planning Committee had recommended to
# Council that ..."), no decision of this one's.
_RECOMMENDED_ONWARD = re.compile(
    r"^The\s+(?:Sub-)?(?:Committee|Board|Panel|Forum|Group|Partnership|Cabinet)\s+"
    r"recommended\s+to\s+(?:the\s+)?(?:(?:Full\s+)?Council|Cabinet|Executive)\s+that\b")


def recommendations_before(texts: list[str], end: int) -> list[int]:
    """The lines before line ``end`` that open the body's recommendation onward."""
    return [i for i in range(end) if _RECOMMENDED_ONWARD.match(texts[i])]
