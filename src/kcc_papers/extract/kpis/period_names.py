"""A column's name that prints its period, year or unit beside a word ("Q1 points",
"Deduction Q2 (£)", "Budget 2027/28 £"): a name still, though one word and a number read
as a figure elsewhere (``grid._figure``: "Q3 2027", a row's period). A table under a
dashboard whose first row names its columns so (a contract's performance points and
deductions, a budget's lines) is a table of its own, no more of the dashboard."""

from __future__ import annotations

import re

# What a column's name may print beside its words: a quarter ("Q2"), a year ("2027/28", or
# in two-digit years, "Budget 24/25": held-out r33e), a unit of money or a share ("£", "(£)",
# "(£000)", "%"). A quarter or a year in brackets goes with its brackets ("Starters (Q2)",
# "Leavers (2027/28)", "Starters (Q2 2027/28)": a workforce table's columns, held-out r41c),
# else "Starters ( )" is left, no word alone.
_YEAR = r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?"
PERIOD_OR_UNIT = re.compile(
    rf"\(\s*(?:Q[1-4](?:\s+{_YEAR})?|{_YEAR})\s*\)|\bQ[1-4]\b|\b{_YEAR}\b"
    r"|\(\s*£\s*'?(?:000|k|m|bn)?\s*\)|£\s*'?(?:000|k|m|bn)?\b|£|\(\s*%\s*\)|%")
# A year in two digits is a year and the next ("24/25"); other pairs are dates ("Due 01/12").
TWO_DIGIT_YEAR = re.compile(r"(?<![\d/])(\d\d)/(\d\d)(?![\d/])")
# The rest: words alone, no figure nor code ("Q1 points" -> "points", "KPI 1" stays "KPI 1").
WORDS = re.compile(r"[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)*")


def named_with_period(cell: str) -> bool:
    """Whether a cell printing a figure is a column's name: words, with only a period, a year
    or a unit beside them ("Q1 points", "Deduction Q2 (£)", "Budget 2027/28 £"). A period
    alone ("Q3 2027") or a code ("KPI 1", "HTM1") is no name."""
    if not re.search(r"\d", cell):
        return False
    years = TWO_DIGIT_YEAR.sub(
        lambda m: " " if int(m[2]) == (int(m[1]) + 1) % 100 else m[0], cell)
    rest = " ".join(PERIOD_OR_UNIT.sub(" ", years).split())
    return bool(WORDS.fullmatch(rest))


# A stage of a process numbered after its word ("Stage 1", "Phase 2", "Tier 3"): a word in
# lower case after its capital, then a small number; no code ("KPI 1", "HTM1" are capitals).
NUMBERED_NAME = re.compile(r"^[A-Z][a-z]{2,}\s+\d{1,2}$")


# A score's column named with the most it can score in brackets ("Quality (50)", "Total
# (100)", "Price (max 40)"): a tender evaluation's marks, words then a bracketed small number.
MARKED_OUT_OF = re.compile(r"^[A-Z][A-Za-z'-]+(?:\s+[A-Za-z'-]+){0,3}\s*"
                           r"\(\s*(?:max(?:imum)?\.?\s+|out\s+of\s+)?\d{1,3}\s*%?\s*\)$")


def named_with_number(cell: str) -> bool:
    """Whether a cell printing a figure is a column's name of a word and its number
    ("Stage 1 | Stage 2 | Ombudsman": a complaints table's stages), or of words and the most
    they score ("Tenderer | Price | Quality (50) | Total (100)": a tender's evaluation after
    a dashboard, a table of its own), no code nor figure."""
    cell = cell.strip()
    return bool(NUMBERED_NAME.match(cell) or MARKED_OUT_OF.match(cell))
