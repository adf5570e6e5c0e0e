"""A column of a figure over a span of periods ("24 months to August", "Rolling 12 months")
printed beside the single months or quarters of a dashboard ("June 2028 | July 2028 | August
2028 | 24 months to August | Rating"): a national measure's longer view beside the monthly
figures, no period of the series. The latest figure is the last single period's, the one the
rating rates; the span is read as the latest only where no single period is printed beside it
(a community safety dashboard's "12 months to Nov 2026 | 12 months to Nov 2027")."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import period_of

# A span of periods named by its length: "24 months to August", "12 months to Aug 2028",
# "Rolling 12 months", "Last 12 months", "36 months ending June".
SPAN = re.compile(r"\b\d{1,2}\s+(?:months?|quarters?|years?)\s+(?:to|ending)\b"
                  r"|^\s*(?:rolling|last)\s+\d{1,2}\s+(?:months?|quarters?)\s*$", re.I)
# Single periods needed beside a span before it is read as their longer view.
MIN_SINGLE_PERIODS = 2


def span_beside_periods(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """The header's roles, a span's column beside columns of single periods unread (no value
    of the row's: the rating rates the latest single period's figure)."""
    spans = [i for i, (c, r) in enumerate(zip(cells, roles, strict=True))
             if r == "latest" and SPAN.search(c)]
    if not spans:
        return roles
    single = [i for i, (c, r) in enumerate(zip(cells, roles, strict=True))
              if r == "latest" and i not in spans and period_of(c) is not None]
    if len(single) < MIN_SINGLE_PERIODS:
        return roles
    return [None if i in spans else r for i, r in enumerate(roles)]
