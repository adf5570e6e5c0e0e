"""A later recommendations heading that names them as another body's: what the report sets
out, not its ask, once the report's own block is read.

A scrutiny report asks its panel to agree a review's findings in its own block, then sets out
the review's recommendations under "6. Recommendations of the Review" (r26i tenant scrutiny
panel), or its summary lists "2.2 Recommendations to Cabinet: (a) ..." (r26j overview and
scrutiny): each is another body's list the report's ask refers to. Only after the report's own
block (a report whose only block is so headed asks by it)."""

from __future__ import annotations

import re

# "Recommendations of the Review", "... of the Task and Finish Group" (a body's, in its name's
# capitals, ending in what kind of body it is: an officer's "Recommendation of Director of
# Place" is the report's own), or "Recommendations to Cabinet" / "made to the Cabinet Member";
# or in the voice of the panel, review or auditor whose text the report sets out after its own
# ask: "3. Our recommendations" over "Recommendation 1: That Cabinet publishes ..." (in any
# case, as HEADING reads it).
_ANOTHERS = re.compile(
    r"\b(?-i:R|r)ecommendations\s+(?:"
    r"of\s+the\s+(?:[A-Z][\w'’&-]*\s+(?:and\s+|&\s+)?){0,4}"
    r"(?:Review|Group|Panel|Inquiry|Commission|Board)\b"
    r"|(?:made\s+)?to\s+(?:the\s+)?[A-Z])"
    r"|\bO(?i:ur\s+recommendations)\s*$")


def names_anothers(heading: str) -> bool:
    """Whether a recommendations heading names them as another body's (_ANOTHERS)."""
    return bool(_ANOTHERS.search(heading))
