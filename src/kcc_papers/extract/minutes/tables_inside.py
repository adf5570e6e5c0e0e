"""A table printed inside one minute of minutes set under numbered headings: a matters-arising
table ("Minute | Subject | Update", each row an earlier minute's number) under "FA/63 Matters
arising", the next minute's heading ("FA/64 Revenue Budget Monitoring") after it. Its header
reads as a table of minutes' ("Minute Subject"), but the minutes are the text around it: read
as the minutes, the table would lose every minute after it."""

from __future__ import annotations

from kcc_papers.extract.minutes.items import split_minutes
from kcc_papers.extract.minutes.layout import Layout

# The text above the table holds the minutes when at least this many of its headings have
# their minute's text under them (as action_logs.MIN_MINUTES_ABOVE).
MIN_MINUTES_ABOVE = 3


def table_inside_minutes(lines: list[tuple[int, str]], layout: list[Layout | None],
                         alone: list[bool], at: int) -> bool:
    """Whether the table whose header is line ``at`` sits inside minutes printed as numbered
    headings with their text: those above it, and more of the same numbering after it (the
    minutes read whole run on past the last heading above the table)."""
    above = split_minutes(lines[:at], layout[:at], alone[:at])
    if sum(1 for minute in above.items if minute.body) < MIN_MINUTES_ABOVE:
        return False
    numbers = [minute.number for minute in above.items]
    whole = [minute.number for minute in split_minutes(lines, layout, alone).items]
    return len(whole) > len(numbers) and whole[: len(numbers)] == numbers
