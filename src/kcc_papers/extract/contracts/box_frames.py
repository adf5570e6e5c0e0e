"""A plain-text form drawn in ASCII boxes: each line of a box framed by a bar at either end
("| To award a contract for emergency repairs to Quarry Lane  |"), each box closed by a rule
("+----------+"). The frame is no part of the sentence it wraps (a bar at a line's end would
end a provider's name there: "to Quarry Lane |"), and a rule ends the box's paragraph."""

from __future__ import annotations

import re

# A box's rule: "+-----+", "+=====+" (at least this many dashes: a short "+-+" may be text).
MIN_RULE_CHARS = 5
BOX_RULE = re.compile(rf"^\s*\+[-=+]{{{MIN_RULE_CHARS},}}\+\s*$")
# A line framed by one bar at either end and none between (a bar between is a table's cell
# edge: that line is a table row, read as one).
FRAMED = re.compile(r"^\s*\|(?P<inner>[^|]*)\|\s*$")


def unframed(line: str) -> str:
    """The line's words without the box drawn round them: a rule is a blank line."""
    if BOX_RULE.match(line):
        return ""
    framed = FRAMED.match(line)
    return framed.group("inner") if framed else line
