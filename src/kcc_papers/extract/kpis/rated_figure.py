"""Which column holds the figure a rated table rates, where no column is named as the value
(``header``): told by the row below the header, in a table rating each row against a figure
it names (its measure and value columns going by the subject's own words) or setting the
area's own figure beside a comparator's; neither in a table of risks or of sums of money."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.heading_years import _heading_year
from kcc_papers.extract.kpis.layout import is_wordy
from kcc_papers.normalise.numbers import parse_number

# A table of risks names its likelihood, impact or score, or names its rows, their owners or
# refs as risks (a column "Risk", "Key risk", "Risk area", "Risk owner", "Risk ref"): its
# figures rate no measure. Only a risk word naming a class of the rows' subject ("Risk
# category", "Premises risk band", a food business's inspection band by the risk it poses)
# names no risk (held-out r34d's inspections due and completed per risk category, rated
# against their target).
RISK_COLUMN = re.compile(r"\b(?:likelihood|impact|probability|severity|score)\b"
                         r"|\brisks\s*$"
                         r"|\brisk\b(?!\s+(?:categor(?:y|ies)|bands?|class(?:es)?|tiers?)\b)",
                         re.I)
# A comparator that is a sum of money ("Benchmark cost (£000)", "Comparator spend (£m)"): a
# budget table's, setting each scheme's cost beside another cost, not a measure's (a measure is
# compared with a rate, a percentage or a figure of its own kind: "Benchmark (%)"). A unit
# cost compared with its benchmark ("Benchmark cost per household (£)") is a measure still.
MONEY_COLUMN = re.compile(
    r"\b(?:costs?|spend|budget|expenditure)\b(?!\s+per\b)|£\s*'?(?:000|k|m|bn|million)\b",
    re.I)


def _rated_by_subject(cells: list[str], roles: list[str | None],
                      below: list[str]) -> list[str | None]:
    """A table rating each row against a figure it names ("Ref | Mandate | Manager | Fund
    return 12 months (%) | Benchmark (%) | RAG") whose measure column, and maybe its value
    column, go by the subject's own words: the first unnamed column of words in the row below
    is the description, and where no column is named as the value, the nearest unnamed column
    of figures left of the target or comparator is the value rated."""
    against = next((i for i, r in enumerate(roles) if r in ("target", "comparator")), None)
    if (against is None or "rag" not in roles or len(below) != len(cells)
            or any(RISK_COLUMN.search(c) for c in cells)
            or (roles[against] == "comparator" and MONEY_COLUMN.search(cells[against]))):
        return roles
    unnamed = [i for i, r in enumerate(roles) if r is None]
    desc = next((i for i in unnamed if is_wordy(below[i])), None)
    # (the figure rated is printed beside what it is rated against: "Market value (£m) |
    # Return (%) | Benchmark (%)" rates the return, not the fund's size)
    value = roles.index("latest") if "latest" in roles else next(
        (i for i in reversed(unnamed) if i < against and parse_number(below[i]) is not None),
        None)
    if desc is None or value is None or value < desc:
        return roles
    named = list(roles)
    named[desc], named[value] = "description", "latest"
    return named


# Columns of figures beside an area's own that are not the figure rated: the count a rate is
# worked from ("Count", "Numerator", "Denominator", "Cases", "Population", "Events") and the
# area's place among others ("Rank", "Quartile"). The area's own figure is the first column
# of figures after the description that is none of these, so a count printed before it must
# be known by its name.
NO_OWN_FIGURE = re.compile(r"^\s*(?:count|number|no\.|numerator|denominator|rank(?:ing)?|"
                           r"position|quartile|decile|sample\s+size|trend|cases|population|"
                           r"events|respondents|base)\b", re.I)


def _own_figure(cells: list[str], named: list[str | None], roles: list[str | None],
                below: list[str]) -> list[str | None]:
    """A rated table setting each indicator's figure beside a comparator's ("Code | Indicator
    | Period | Holmebridge | England | Target | RAG"), or comparing it with one ("... |
    Compared with England"), prints its own figure under the area's own name, which names no
    role: where no column is named as the value, the first column of no known name between
    the description and the comparator, printing a figure in the row below, is the value (the
    area's own is printed before those it is set beside: "Calderbrook | North West |
    England"; and a "Period" column then gives each row's period)."""
    if ("latest" in roles or "ytd" in roles or not {"rag", "comparison"} & set(roles)
            or len(below) != len(cells)):
        return roles
    against = next((i for i, r in enumerate(roles) if r == "comparator"), None)
    if (against is None or MONEY_COLUMN.search(cells[against])
            or any(RISK_COLUMN.search(c) for c in cells)):
        return roles
    desc = roles.index("description")
    figures = [i for i in range(desc + 1, against) if named[i] is None
               and not NO_OWN_FIGURE.match(cells[i]) and parse_number(below[i]) is not None]
    if not figures:
        return roles
    value = _latest_year(cells, figures)
    own = ["period" if named[i] == "period" else r for i, r in enumerate(roles)]
    own[value] = "latest"
    return own


def _latest_year(cells: list[str], figures: list[int]) -> int:
    """Of the area's own figure columns, the one of the latest year where each names its
    year ("Holmesdale 2029 | Holmesdale 2030 | National 2030": the year the comparator is
    set beside is the one rated); else the first."""
    years = [_heading_year(cells[i]) for i in figures]
    dated = [(y, i) for y, i in zip(years, figures, strict=True) if y is not None]
    if len(dated) < len(figures):
        return figures[0]
    return max(dated, key=lambda d: (d[0], -d[1]))[1]
