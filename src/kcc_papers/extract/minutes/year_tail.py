"""A financial year alone on the line under a heading in capitals: the title's last words,
wrapped there ("AF.14 CONSULTATION ON PROPOSED CHANGES TO OVERSUBSCRIPTION CRITERIA" over
"2032/33"), never a minute's number. A year-first number ("2025/71 Apologies") runs on to a
title and its two figures are no next year's; a financial year is two years in a row."""

from __future__ import annotations

import re

# "2032/33", "2032-33", "2032/2033": a year and the year after it, nothing more on the line
_FINANCIAL_YEAR = re.compile(r"^((?:19|20)\d{2})\s*[/–-]\s*(\d{2}|(?:19|20)\d{2})$")
# the years of a financial year are this far apart
_YEAR_APART = 1


def financial_year_alone(text: str) -> bool:
    """Whether ``text`` is a financial year and nothing else ("2032/33")."""
    found = _FINANCIAL_YEAR.match(text.strip())
    if not found:
        return False
    return _in_a_row(int(found.group(1)), int(found.group(2)))


def _in_a_row(first: int, second: int) -> bool:
    """Whether ``second`` is the year after ``first``, printed whole (2033) or by its last two
    figures (33)."""
    return (first + _YEAR_APART) % (100 if second < 100 else 10_000) == second


# "2025/26 – ": the municipal year and a dash before a running number (NUM_FIRST's prefix)
_YEAR_BEFORE_DASH = re.compile(r"^((?:19|20)\d{2})/(\d{2})\s?[–-]\s?$")


def running_year_prefix_holds(prefix: str | None) -> bool:
    """Whether a minute number's prefix, where it is a municipal year and a dash ("2025/26 –
    14"), names a year and the year after it; any other prefix holds (no year to check). Two
    years not in a row ("2025/19 - 4 ...") are some other figures, no minute's number."""
    found = _YEAR_BEFORE_DASH.match(prefix or "")
    if not found:
        return True
    return _in_a_row(int(found.group(1)), int(found.group(2)))


# a line opening with a municipal year and a dash, whatever follows it ("2026/27 – 175 ...")
_YEAR_LEAD = re.compile(r"^\s*((?:19|20)\d{2})/\d{2}\s?[–-]")


def years_listed(texts: list[str], i: int) -> bool:
    """Whether line ``i`` opens with a municipal year and a dash, and a line beside it with
    another year so: a list or table running through the years ("2025/26 – 3 Posts in
    Planning" over "2026/27 – 4 Posts in Housing"), not minutes numbered through one year."""
    here = _YEAR_LEAD.match(texts[i])
    if not here:
        return False
    beside = (texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts))
    return any((there := _YEAR_LEAD.match(text)) is not None and there.group(1) != here.group(1)
               for text in beside)
