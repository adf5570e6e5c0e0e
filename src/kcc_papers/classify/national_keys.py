"""A report that keys its measures' ratings to the national figure instead of a target: "The
rating compares the county with the national figure for 2030: green where Holmesdale is at or
above national ..., amber where it is within 2 percentage points ..., red where the gap is
larger." The measures are rated against a benchmark as a performance report rates them against
targets (rating_keys): the key says what the table is, a performance report (an education
or public health outcomes report rated so, as a council reports its attainment)."""

from __future__ import annotations

import re

# The key's green: the council (or "it") at or above the national figure, perhaps better than
# it. (a few words name the council: "Holmesdale", "the county", "the borough's rate")
_MAX_NAME_WORDS = 4
_GREEN_AT_NATIONAL = re.compile(
    rf"\bgreen\s+(?:where|if|when)\s+(?:[\w'’-]+\s+){{1,{_MAX_NAME_WORDS}}}?(?:is|are)\s+"
    r"(?:at\s+or\s+(?:above|better\s+than)|above|better\s+than)\s+(?:the\s+)?national\b",
    re.I)
# ... in a key that names the rating ("The rating compares ...", "rated").
_RATING = re.compile(r"\b(?:rating|rated)\b", re.I)


# A needs assessment rates its area against the nation in the same words ("Joint Strategic
# Needs Assessment: green where Brackenhurst is better than the national average"): what it
# rates is its population's health or need, no service's results, and it is no performance
# report.
_NEEDS_ASSESSMENT = re.compile(r"\bneeds\s+assessments?\b|\bJSNA\b", re.I)


def rated_against_national(head: str) -> bool:
    """Whether ``head`` keys its measures' ratings to the national figure (see above)."""
    return (_GREEN_AT_NATIONAL.search(head) is not None and _RATING.search(head) is not None
            and _NEEDS_ASSESSMENT.search(head) is None)
