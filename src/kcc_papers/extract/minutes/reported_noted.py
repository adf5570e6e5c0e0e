"""Formal minutes' decision where a minute with no resolution closes on the body noting what
an officer reported in the sentence just before: "The Chief Officer reported that the New
Burdens grant of £412,000 had been confirmed. The Authority noted the grant, which ...". The
noting answers the report, as "noted the report" does; noting anything the sentence before did
not report ("Mrs A declared an interest. The Panel noted the declaration.") records what
happened, no decision."""

from __future__ import annotations

import re

# The body noting a thing by its name, the name's last word read as its head noun ("noted the
# New Burdens grant": "grant"), up to a comma, a stop or "which".
_NOTED_THING = re.compile(r"\bnoted\s+the\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w'’-]{2,})"
                          r"(?=\s*(?:[,.;]|$|\s+which\b))")
# An officer's report to the meeting in the sentence before.
_REPORTED = re.compile(r"\b(?:reported|informed|advised|updated)\b", re.I)
# The meeting's own business, which a clerk reports and the body notes as what happened, no
# decision: "The Clerk reported apologies from ... The Authority noted the apologies."
_MEETING_BUSINESS = re.compile(
    r"^(?:apolog\w*|declarations?|interests?|absences?|substitut\w*|attendance)$", re.I)


def notes_what_was_reported(before: str, sentence: str) -> bool:
    """Whether ``sentence`` notes the thing an officer reported in ``before``, the sentence
    just before it: the head noun of what is noted is named in the report."""
    noted = _NOTED_THING.search(sentence)
    if noted is None or not _REPORTED.search(before) or _MEETING_BUSINESS.match(noted["head"]):
        return False
    return re.search(rf"\b{re.escape(noted.group('head'))}\b", before, re.I) is not None
