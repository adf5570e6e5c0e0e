"""Minute headings of a text paper that vouch for a skipped number between them by their print
alone. A text paper has no font to tell a heading from the body by, so a jump in its minute
numbers (a clerk's slip, "103/26" then "105/26") would break the chain and drop the headings
before it; but a number/year scheme with its titles wholly in capitals ("103/26  MINUTES OF
THE PREVIOUS MEETING") is how a clerk sets every heading and no line of the body."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.candidates import Candidate

# A title printed wholly in capitals, with a word of four capitals at least ("AOB", "CIL" are
# short enough to be an abbreviation opening a line of the body).
# (no sum in pounds and pence closing it, as a column: "15/27  ACME GROUNDS MAINTENANCE LTD
# £450.00" is a line of a schedule of payments numbered by voucher, no minute's heading; "GRANT
# OF £500 TO THE VILLAGE HALL" may be one)
# (a sum, its pence printed, closing the line: "£450.00", "1,250.00", "12.50"; a year's
# "2027.28" is no sum)
_SUM_CLOSING = r"(?:[£$€]\s?[\d,]*\d|(?<![\d,])(?![12]\d{3}\.)[\d,]*\d)\.\d\d\s*$"
_CAPITALS_TITLE = re.compile(rf"^(?=[^a-z]*[A-Z]{{4}})(?![^a-z]*{_SUM_CLOSING})[^a-z]+$")


def capital_year_headings(a: Candidate, b: Candidate) -> bool:
    """Whether headings ``a`` and ``b``, of a paper with no layout to read, are both numbered
    in a number/year scheme (the style holds the year: "plain/26") and titled in capitals."""
    return (a.heading_layout is None and b.heading_layout is None and "/" in a.style
            and "/" in b.style and all(_CAPITALS_TITLE.match(c.title) for c in (a, b)))
