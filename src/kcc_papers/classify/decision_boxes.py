"""A request's form that records its answer in the decision maker's own numbered box ("13.
Decision of the Chief Officer"), its verdict ticked in a table and then worded on a labelled
line ("Decision: The waiver of CPR 11.2 is approved ...", round 29's r29b procurement waiver
form). The box, its tick table and the worded decision under them make the form a record of
the decision taken, as the first-person box (clues.DECISION_BOX) does a commissioner's. The
tick table is what tells the box from a forward plan's entry, "Decision by the Cabinet Member
for Highways" over "Decision: To award a term maintenance contract ...", a decision still to
be taken."""

from __future__ import annotations

import re

# Lines (a heading of the tick table; lines after it) the box may hold either side of its
# tick table
MAX_BOX_LINES = 10
# Choices a tick table offers at least (one box is a field's value, not a choice)
MIN_TICK_ROWS = 2
# A line offering one choice of a tick table: its words, then the box (the PDF's line of a row:
# "Waiver approved ☒", "Waiver refused ☐")
CHOICE_ROW = r"[^\n]*\S[^\S\n]*[☐☑☒][^\S\n]*"
DECIDER_BOX = re.compile(
    r"^[^\S\n]*(?:\d{1,2}\.?[^\S\n]+)?Decision[^\S\n]+(?:of|by)[^\S\n]+(?:the[^\S\n]+)?"
    r"[A-Z][\w'’&-]*(?:[^\S\n]+[\w'’&-]+){0,6}[^\S\n]*\n"
    rf"(?:[^\n]*\n){{0,{MAX_BOX_LINES}}}?(?:{CHOICE_ROW}\n){{{MIN_TICK_ROWS},}}"
    rf"(?:[^\n]*\n){{0,{MAX_BOX_LINES}}}?"
    r"[^\S\n]*Decision[^\S\n]*:[^\S\n]*\S", re.M | re.I)
DECIDER_BOX_WORDS = ("decision",)
