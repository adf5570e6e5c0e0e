"""A log of actions printed after a PDF's minutes: a table headed "No. | Minute | Action |
Owner | Due | Status" whose "Minute" column names the minute each action came from. Its
header reads as a table of minutes' ("No. Minute"), but when the text above it already
printed the minutes under numbered headings, the table only tracks what they asked for."""

from __future__ import annotations

import re

from kcc_papers.extract.minutes.items import split_minutes
from kcc_papers.extract.minutes.layout import Layout

# A log's header names the action and who owns it or when it is due, or its progress.
_LOG_HEADER = re.compile(r"\bActions?\b.*\b(?:Owner|Due|Status|Deadline|Progress)\b", re.I)
# The text above the table holds the minutes when at least this many of its headings have
# their minute's text under them. (A list of the items discussed, printed over minutes kept as
# a table of actions, parts into as many headings, but with nothing under them.)
MIN_MINUTES_ABOVE = 3


def action_log_after_minutes(lines: list[tuple[int, str]], layout: list[Layout | None],
                             alone: list[bool], at: int) -> bool:
    """Whether the table whose header is line ``at`` is a log of actions after minutes the
    lines above it print as numbered headings with their text (its rows are then no
    minutes)."""
    if not _LOG_HEADER.search(lines[at][1]):
        return False
    above = split_minutes(lines[:at], layout[:at], alone[:at])
    return sum(1 for minute in above.items if minute.body) >= MIN_MINUTES_ABOVE
