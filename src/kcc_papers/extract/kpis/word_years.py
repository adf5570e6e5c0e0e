"""Value columns named by one word and each its year ("Canvass 2030 | Canvass 2031", "Survey
2029 | Survey 2030"): an annual exercise's figures, one column a year. No role pattern knows
the word (a canvass, a census, a survey), but the same word printed over two years or more
names a series of years: each is a value column, and ``heading_years._past_periods`` makes the
earlier years last year's, the latest year's the value. A word and one year alone ("Budget
2031/32") is left as it is: one column says no series."""

from __future__ import annotations

import re

# A word (or two) and a year after it: "Canvass 2031", "Residents survey 2030/31".
WORD_YEAR = re.compile(r"^([A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)?)\s+"
                       r"((?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)$")
# A series is at least this many columns of the same word, each a different year.
MIN_SERIES_YEARS = 2


def word_year_series(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """``roles`` with the unnamed columns of one word's years read as value columns."""
    found: dict[str, dict[int, str]] = {}
    for i, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if role is None and (m := WORD_YEAR.match(" ".join(cell.split()))):
            found.setdefault(m.group(1).lower(), {})[i] = m.group(2)
    series = {i for cols in found.values()
              if len(set(cols.values())) == len(cols) >= MIN_SERIES_YEARS for i in cols}
    return ["latest" if i in series else r for i, r in enumerate(roles)]
