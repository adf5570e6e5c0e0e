"""A minutes' meeting line under their title naming the body, then its date after a comma:
"Audit, Risk and Assurance Committee, Thursday 18 September 2031, Boardroom, Hafren House"
under "Unconfirmed Minutes" (a health board's committee, as its board's masthead heads the
page). The body before the date is the meeting's, not the board the masthead names."""

from __future__ import annotations

import re

from .heading_body import BODY

# A body's name: capitalised words (its own commas allowed: "Audit, Risk and Assurance
# Committee") ending in its body's word, or that word alone ("Cabinet").
_NAME = rf"(?:[A-Z][\w&,'’ ]{{2,90}}?\b)?{BODY}"
# The body it belongs to first, one comma-free name ending in its body's word and a comma,
# where another body's name and a comma follow: "Teifi Health Board, Audit Committee, date"
# and "Thornleigh Borough Council, Cabinet, date" (the body nearest the date meets, as in
# "COUNCIL – AUDIT COMMITTEE – date").
_OWNER = rf"(?:[A-Z][\w&'’ ]{{2,90}}?\b{BODY}\s*,\s*(?={_NAME}\s*,))?"
# ... then the name, a comma and the date at once, its weekday perhaps first.
_NAME_COMMA_DATE = re.compile(
    rf"^\s*{_OWNER}(?P<name>{_NAME})\s*,\s*"
    r"(?P<date>(?:[A-Z][a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b.*)$")


def comma_dated(line: str) -> re.Match[str] | None:
    """The body and the rest of the line from its date, where ``line`` prints the body's name,
    a comma and the meeting's date; None for another line."""
    return _NAME_COMMA_DATE.match(line)
