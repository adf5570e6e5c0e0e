"""A minutes' meeting line under their title naming the body, then its date after a comma:
"Audit, Risk and Assurance Committee, Thursday 18 September 2031, Boardroom, Hafren House"
under "Unconfirmed Minutes" (a health board's committee, as its board's masthead heads the
page). The body before the date is the meeting's, not the board the masthead names."""

from __future__ import annotations

import re

from .heading_body import BODY

# The body's name (its own commas allowed: "Audit, Risk and Assurance Committee"), a comma,
# then the date at once, its weekday perhaps first: "..., Thursday 18 September 2031".
_NAME_COMMA_DATE = re.compile(
    rf"^\s*(?P<name>[A-Z][\w&,'’ ]{{2,90}}?\b{BODY})\s*,\s*"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b.*)$")


def comma_dated(line: str) -> re.Match[str] | None:
    """The body and the rest of the line from its date, where ``line`` prints the body's name,
    a comma and the meeting's date; None for another line."""
    return _NAME_COMMA_DATE.match(line)
