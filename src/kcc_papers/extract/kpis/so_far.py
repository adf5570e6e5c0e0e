"""Returns that report each metric for the year so far against the plan for it, as the NHS's
quarterly templates print them ("Metric | Plan 2027/28 (YTD) | Actual Q3 (YTD) | Q2 actual |
Assessment of progress"): the plan is the target the actual is measured against, and the
year-to-date actual to the quarter reported is the latest figure, however many earlier
quarters' figures are printed beside it."""

from __future__ import annotations

import re

# A plan for a period, the period and "(YTD)" after it: "Plan 2027/28 (YTD)", "Plan (YTD)".
# (What follows "Plan" is no letter but the year-to-date mark: each step is a non-letter or
# the mark, so no two steps can share a character.)
PLAN_SO_FAR = re.compile(r"^\s*plan\b(?:[^A-Za-z]|\bYTD\b)*$", re.I)
# The quarter a heading names: "Actual Q3 (YTD)", "Q2 actual", "Quarter 2".
QUARTER = re.compile(r"\b(?:Q|quarter\s?|qtr\.?\s?)([1-4])\b", re.I)
# A year a heading names: two columns of different years are no quarters of one year.
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def plan_as_target(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A column headed as the plan for the year so far is the target, not a figure of the
    year so far: the plan is what the actual is measured against."""
    return ["target" if r == "ytd" and PLAN_SO_FAR.match(c) else r
            for c, r in zip(cells, roles, strict=True)]


def earlier_quarters_as_previous(cells: list[str], roles: list[str | None]
                                 ) -> list[str | None]:
    """Beside the year-to-date actual to a quarter ("Actual Q3 (YTD)"), a column of an
    earlier quarter's figure ("Q2 actual") is the figure before it, not the latest: the year
    so far to the later quarter is what the return reports (and then reads as the latest,
    ``_year_to_date_as_latest``). Columns naming a year each are left to the years."""
    so_far = [i for i, r in enumerate(roles) if r == "ytd"]
    if len(so_far) != 1 or "target" not in roles:
        return roles
    reported = _quarter(cells[so_far[0]])
    if reported is None:
        return roles
    earlier = [i for i, r in enumerate(roles) if r == "latest"
               and (q := _quarter(cells[i])) is not None and q < reported
               and not YEAR.search(cells[i])]
    if not earlier or len(earlier) != roles.count("latest"):
        return roles
    # the quarter just before the reported one is its previous figure; older quarters
    # ("Q1 | Q2 | Q3 (YTD)": Q1) are no figure the record holds, and a second "previous"
    # would be read first, before the nearer one
    nearest = max(earlier, key=lambda i: _quarter(cells[i]) or 0)
    return [("previous" if i == nearest else None) if i in earlier else r
            for i, r in enumerate(roles)]


def _quarter(heading: str) -> int | None:
    m = QUARTER.search(heading)
    return int(m.group(1)) if m else None


# A whole year's figure named by its year: "2026/27 outturn", "Outturn 2026/27", "2026/27
# year end". (No quarter may be named: "Q3 2027/28 actual" is a figure of the year so far.)
YEAR_OUTTURN = re.compile(r"^\s*(?:(?:19|20)\d\d(?:\s*/\s*\d{2,4})?\s+(?:outturn|year[\s-]end)"
                          r"|(?:outturn|year[\s-]end)\s+(?:19|20)\d\d(?:\s*/\s*\d{2,4})?)\s*$",
                          re.I)
# A target for the year so far: "Q3 YTD target", "Target (YTD)", "Target to Q3".
TARGET_SO_FAR = re.compile(r"\bYTD\b|year\s+to\s+date|\bto\s+(?:Q|quarter\s?)[1-4]\b", re.I)


def past_outturn_as_previous(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """A dashboard measuring the year so far against its target for the year so far ("Q3 YTD
    target | Q3 YTD actual | 2026/27 outturn | Status") rates that figure: the outturn of a
    year beside it is a closed year's, the figure before it, not the latest one."""
    so_far = [i for i, r in enumerate(roles) if r == "ytd"]
    targets = [i for i, r in enumerate(roles) if r == "target"]
    outturns = [i for i, r in enumerate(roles) if r == "latest" and YEAR_OUTTURN.match(cells[i])]
    if (len(so_far) != 1 or _quarter(cells[so_far[0]]) is None or len(targets) != 1
            or not TARGET_SO_FAR.search(cells[targets[0]]) or len(outturns) != 1
            or roles.count("latest") != 1):
        return roles
    return ["previous_year" if i == outturns[0] else r for i, r in enumerate(roles)]
