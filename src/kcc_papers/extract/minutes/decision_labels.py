"""The label ModernGov prints over a minute's decision ("Decision:"), which the minute
splitter drops with its "Minutes:" label above the text, put back where it heads the text
under it: the resolution reader reads the text as what was decided."""

from __future__ import annotations

import re

# "Decision:" alone over a minute's text is the label of what was decided ("Decision:" over
# "(1) That the strategy be adopted."); over another label ("Reason for decision:") it heads
# nothing (a two-column table's labels read before their values).
_DECISION_LABEL = re.compile(r"^Decision\s*:\s*$", re.I)
_ANOTHER_LABEL = re.compile(r"^[A-Z][\w ]{0,40}:")


def heads_decision(label: tuple[int, str] | None,
                   body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The minute's ``body`` with the ModernGov ``label`` dropped above it ("Minutes:",
    "Decision:") put back where it is "Decision:" heading the text under it, the resolution's
    label for the resolution reader: "Decision:" over "(1) That the strategy be adopted."."""
    if (label is None or not body or not _DECISION_LABEL.match(label[1].strip())
            or _ANOTHER_LABEL.match(body[0][1])):
        return body
    return [label, *body]
