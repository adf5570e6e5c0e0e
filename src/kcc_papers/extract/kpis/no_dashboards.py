"""Tables whose header reads as a dashboard's but that are no dashboard (``header``): a budget
monitor's (a column of a budget, a value column that is a forecast of a sum of money) and a
treasury report's prudential indicators (figures measured against limits, not targets); and
the word that names a column as a target rather than a budget."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import QUANTITY_BUDGET
from kcc_papers.extract.kpis.rag import parse_rag

# A column named as a target (``header._named_target``), though it names a budget too
# (``budget_heading``: "Budget / target 2026/27")
# ("Standard | Standard level": the standard's level is its target, the standard the row's
# measure)
TARGET_WORD = re.compile(r"\btarget\b|^standard\s+level$", re.I)


# A column of a budget ("Budget", "Revised budget 2026/27 (£000)"), not a rate measured against
# one ("% of budget spent", "Spend per pupil against budget").
BUDGET_HEADING = re.compile(r"\bbudget(?:ed)?\b", re.I)
RATE_HEADING = re.compile(r"%|\bper\b|\bagainst\b|\bvs\b|\bwithin\b", re.I)
# A sum of money as a column prints it ("(£000)", "£'000", "£m").
MONEY_SUM = re.compile(r"£\s*'?(?:000|k|m|bn|million)\b", re.I)
FORECAST_HEADING = re.compile(r"\bforecast", re.I)


# A column of the limits a council sets itself ("Limit", "2027/28 limit or estimate",
# "Approved limit"): a treasury report's prudential indicators, each a ceiling its figure must
# stay within ("Within limit"), not a target a service aims at. (An "Upper limit" column is a
# range's end, read as such: ``ROLES``' "upper".)
LIMIT_HEADING = re.compile(r"\blimits?\b", re.I)


def _limits_table(cells: list[str], roles: list[str | None], below: list[str] | None) -> bool:
    """A table measuring its figures against limits, with no target column: prudential or
    treasury indicators, whose "Within limit" is compliance, no rating of a measure. A row
    below rated Red, Amber or Green is a dashboard's, its limit the measure's standard ("Time
    limit | Q3 Actual | RAG": "20 days | 81% | Amber")."""
    if "target" in roles or _rated(roles, below):
        return False
    return any(r is None and LIMIT_HEADING.search(c) for c, r in zip(cells, roles, strict=True))


def _rated(roles: list[str | None], below: list[str] | None) -> bool:
    """Whether the row below prints a rating in the header's status column."""
    at = roles.index("rag") if "rag" in roles else None
    return below is not None and at is not None and at < len(below) \
        and parse_rag(below[at]) is not None


def budget_heading(label: str) -> bool:
    """Whether a column's or field's heading names a budget ("Budget", "Revised budget
    2026/27 (£000)"), not a rate measured against one ("% of budget spent") nor a target
    ("Budget / target 2026/27"), nor a budget of a quantity (``columns.QUANTITY_BUDGET``)."""
    return bool(BUDGET_HEADING.search(label) and not RATE_HEADING.search(label)
                and not TARGET_WORD.search(label) and not QUANTITY_BUDGET.search(label))


def _budget_table(cells: list[str], roles: list[str | None],
                  below: list[str] | None = None) -> bool:
    """A budget monitor's table ("Scheme | Budget (£000) | Forecast (£000) | Variance"): a
    column of a budget, or a value column that is a forecast of a sum of money. Its rows are
    sums spent against sums planned, whatever its other columns are named ("Benchmark",
    "Target (£000)") and even where it rates them: a measure's value is what was achieved, a
    rate or a count, not a forecast of spend."""
    # (a heading naming the budget as the target, "Budget / target 2026/27", is a target: the
    # level a service's activity is measured against, as a joint committee's dashboard has it)
    if any(budget_heading(c) for c in cells):
        return True
    # (a budget named of a quantity whose cells print sums of money, "Carbon budget":
    # "£1,200,000", is a climate programme's money, not the tonnes emissions are held to)
    if below is not None and any(QUANTITY_BUDGET.search(c) and n < len(below) and "£" in below[n]
                                 for n, c in enumerate(cells)):
        return True
    return any(r == "latest" and FORECAST_HEADING.search(c) and MONEY_SUM.search(c)
               for c, r in zip(cells, roles, strict=True))
