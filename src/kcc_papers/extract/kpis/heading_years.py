"""The years a dashboard's header names (``header``): a year printed over several columns, the
row a group's heading (``year_groups``); the latest year a period's heading names, in four
digits or two ("2024/25", "Actual 07/08"); and value columns of several years, those before
the latest one printed being last year's."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.extract.kpis.periods import one_series
from kcc_papers.normalise.headings import grouped_headings

# A column heading that is a year alone ("2025/26").
BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*$")


def year_groups(cells: list[str], below: list[str] | None = None) -> bool:
    """A year printed over several columns ("2025/26" spanning "Q1 | Q2 | Q3"): the row
    names groups, and the row below it the columns (``grouped_headings``)."""
    years = [" ".join(c.split()) for c in cells if BARE_YEAR.match(c)]
    # a spanning heading is printed in each cell it spans, or in the first with the rest empty
    # where the row below names the columns (over a row of figures, the blank heads a column
    # of its own: "2024/25 | (direction of travel) | RAG"); the row below unknown, it spans
    blank_after = any(BARE_YEAR.match(c) and not after.strip() for c, after in pairwise(cells))
    spans = blank_after and (below is None or grouped_headings(cells, below) is not None)
    return spans or len(years) != len(set(years))


# The year a period's heading names: "2024/25", "Year end 2024/25", "Quarter 3 2025/26".
HEADING_YEAR = re.compile(r"\b(20\d\d)(?:\s*[/-]\s*\d{2,4})?\b")
# A financial year in two-digit years, as older papers print it ("Actual 07/08", "Target
# 08/09"): two years one apart, neither part of a date ("07/08/2009"), nor a day and month
# after the word a date is given by ("Actual at 01/02", "Position as at 11/12", "Spend to
# 03/04"; matched with it in one pass, so each match is read once).
SHORT_YEAR = re.compile(r"(?:\b(?P<date>at|to|on|by|from|until|since)\s+)?"
                        r"(?<![\d/])(\d\d)/(\d\d)(?![\d/])", re.I)
# A two-digit year from this up is of the 1900s ("98/99"), below it of the 2000s.
CENTURY_PIVOT = 70


def _heading_year(cell: str) -> int | None:
    """The latest year a period's heading names, in four digits or as a two-digit financial
    year; None where it names none."""
    years = [int(y) for y in HEADING_YEAR.findall(cell)]
    for date_word, first, second in SHORT_YEAR.findall(cell):
        if (int(first) + 1) % 100 == int(second) and not date_word:
            years.append(int(first) + (1900 if int(first) >= CENTURY_PIVOT else 2000))
    return max(years) if years else None


def _past_periods(cells: list[str], roles: list[str | None]) -> list[str | None]:
    """Value columns of several years ("Year end 2024/25 | Quarter 3 2025/26 Actual"): those
    of a year before the latest one printed are last year's, not the latest value."""
    years = {i: year for i, r in enumerate(roles)
             if r == "latest" and (year := _heading_year(cells[i])) is not None}
    if len(set(years.values())) < 2 or one_series([cells[i] for i in years]):
        return roles
    newest = max(years.values())
    return ["previous_year" if years.get(i, newest) < newest else r for i, r in enumerate(roles)]
