"""A paper's own date of issue, labelled so ("Issued: 9 March 2026", "Date of issue: ...",
"Published: ...", "Date despatched: ..."): the day the paper went out, no meeting's. A members'
briefing note addressed "To: All Members of the County Council" over "Issued: 9 March 2026"
names no meeting of that day (the date under a "To:" line is otherwise its meeting's:
"To: Cabinet" over "12 March 2026").
So is a report's own date, labelled as the day it was written ("Report written: 26 January
2026", "Date of report: 5 January 2026", "Report date: ..."): a report is written weeks before
the meeting it goes to, whose date the pack or its masthead gives."""

from __future__ import annotations

import re

ISSUE_LABEL = re.compile(
    r"^\s*(?:Date\s+(?:of\s+)?)?(?:issued?|issue\s+date|published|publication(?:\s+date)?|"
    r"circulated|despatched|dispatched)(?:\s+(?:date|on))?\s*:", re.I)


# A label dating the report itself: "Date of report:", "Report date:", "Report written:",
# "Date written:", "Report prepared on:" (the label names the report or its writing, no meeting).
# In a header table's label column the colon is often not printed: "Date of report  22 February
# 2027" (then the date straight after it, a day's number or name).
REPORT_DATE_LABEL = re.compile(
    r"^\s*(?:Date\s+of\s+(?:the\s+)?(?:report|paper)|(?:report|paper)\s+(?:date|dated|written"
    r"|prepared|drafted)(?:\s+on)?|Date\s+(?:written|prepared|drafted))"
    r"(?:\s*:|\s+(?=\d{1,2}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))", re.I)


def issue_dated(line: str) -> bool:
    """Whether ``line`` is a label giving the paper's date of issue (or of its writing)."""
    return bool(ISSUE_LABEL.match(line) or REPORT_DATE_LABEL.match(line))
