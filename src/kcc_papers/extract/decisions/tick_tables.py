"""A form's table of tick boxes under a field's heading: options down its first column, a box in
its second (a header "Decision | Tick" over "Waiver approved ☒", "Waiver refused ☐", round 29's
r29b procurement waiver form). The options are the form's choices, no value of the field: the
decision is worded where its label comes again ("Decision: The waiver ... is approved")."""

from __future__ import annotations

import re

from kcc_papers.classify.decision_boxes import CHOICE_ROW, MIN_TICK_ROWS

# A line offering one choice of a tick table (the decider's box's rows: decision_boxes)
_CHOICE_LINE = re.compile(rf"^{CHOICE_ROW}$")
# Lines of a field's value, not choices, a tick table's rows may sit under (its column names:
# "Tick" under a heading "Decision" that its label repeats)
MAX_HEADER_LINES = 1


def boxes_only(values: list[str]) -> bool:
    """Whether a labelled field's value lines are only a tick table's choices ("Tick",
    "Waiver approved ☒", "Waiver refused ☐"): the field's heading over its boxes, its value
    worded where the label comes again ("Decision: The waiver ... is approved")."""
    lines = [v for v in values if v.strip()]
    choices = sum(1 for v in lines if _CHOICE_LINE.match(v))
    return choices >= MIN_TICK_ROWS and len(lines) - choices <= MAX_HEADER_LINES
