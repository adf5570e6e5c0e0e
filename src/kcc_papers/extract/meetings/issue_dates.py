"""A paper's own date of issue, labelled so ("Issued: 9 March 2026", "Date of issue: ...",
"Published: ...", "Date despatched: ..."): the day the paper went out, no meeting's. A members'
briefing note addressed "To: All Members of the County Council" over "Issued: 9 March 2026"
names no meeting of that day (the date under a "To:" line is otherwise its meeting's:
"To: Cabinet" over "12 March 2026")."""

from __future__ import annotations

import re

ISSUE_LABEL = re.compile(
    r"^\s*(?:Date\s+(?:of\s+)?)?(?:issued?|issue\s+date|published|publication(?:\s+date)?|"
    r"circulated|despatched|dispatched)(?:\s+(?:date|on))?\s*:", re.I)


def issue_dated(line: str) -> bool:
    """Whether ``line`` is a label giving the paper's date of issue."""
    return bool(ISSUE_LABEL.match(line))
