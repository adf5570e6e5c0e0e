"""A request's form that records its answer in the decision maker's own numbered box ("13.
Decision of the Chief Officer"), its verdict ticked in a table and then worded on a labelled
line ("Decision: The waiver of CPR 11.2 is approved ...", round 29's r29b procurement waiver
form). The box and the worded decision under it make the form a record of the decision taken,
as the first-person box (clues.DECISION_BOX) does a commissioner's."""

from __future__ import annotations

import re

# Lines (tick rows, a heading of the tick table) the box may hold before its worded decision
MAX_BOX_LINES = 10
DECIDER_BOX = re.compile(
    r"^[^\S\n]*(?:\d{1,2}\.?[^\S\n]+)?Decision[^\S\n]+(?:of|by)[^\S\n]+(?:the[^\S\n]+)?"
    r"[A-Z][\w'’&-]*(?:[^\S\n]+[\w'’&-]+){0,6}[^\S\n]*\n"
    rf"(?:[^\n]*\n){{0,{MAX_BOX_LINES}}}?"
    r"[^\S\n]*Decision[^\S\n]*:[^\S\n]*\S", re.M | re.I)
DECIDER_BOX_WORDS = ("decision",)
