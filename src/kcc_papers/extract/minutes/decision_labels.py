"""The label ModernGov prints over a minute's decision ("Decision:"), which the minute
splitter drops with its "Minutes:" label above the text, put back where it heads the text
under it: the resolution reader reads the text as what was decided."""

from __future__ import annotations

import re

# "Decision:" alone over a minute's text is the label of what was decided ...
_DECISION_LABEL = re.compile(r"^Decision\s*:\s*$", re.I)
# ... where the text under it is worded as a decision is, its first point perhaps numbered or
# lettered: "(1) That the strategy be adopted.", "That the Board approves ...", "To award the
# contract ...". Over another label ("Reason for decision:", a two-column table's labels read
# before their values) it heads nothing; over the meeting's discussion ("The Cabinet
# considered the report ...", a "RESOLVED" further down) the text marks its decision itself.
# (The meeting's decision told in the past, as a two-column table's value prints it, "The
# committee approved the winter maintenance plan ...", "The Board deferred ...", is worded as
# a decision too: its verb is the decision's, where "considered" or "discussed" is not.)
_DECISION_WORDING = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s+)?(?:That|To)\s+\S"
    r"|^The\s+(?:[\w-]+\s+){1,4}?(?:approved|agreed|resolved|deferred|rejected|refused|"
    r"endorsed|adopted|accepted|noted|decided)\b")


def heads_decision(label: tuple[int, str] | None,
                   body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The minute's ``body`` with the ModernGov ``label`` dropped above it ("Minutes:",
    "Decision:") put back where it is "Decision:" heading the text under it, the resolution's
    label for the resolution reader: "Decision:" over "(1) That the strategy be adopted."."""
    if (label is None or not body or not _DECISION_LABEL.match(label[1].strip())
            or not _DECISION_WORDING.match(body[0][1].strip())):
        return body
    return [label, *body]
