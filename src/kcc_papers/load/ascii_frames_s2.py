"""A plain-text form drawn in ASCII frames: boxes of "+-----+" rules whose lines are walled by
"|" at both ends, one field to a box ("| 4. Decision |" over "|    To award a contract ... |",
round 29's r29b officer's record of decision). The walls are no part of the text: a field's
label and its words are read as the lines inside them, as a PDF form's boxes are. Only a
frame of one column is opened: a line with a wall inside it is a table's row (a Markdown
pipe table, "| Item | Cost |"), left as it is."""

from __future__ import annotations

import re

# A frame's rule: "+" then dashes (or "=") to a closing "+", alone on its line
FRAME_RULE = re.compile(r"^[^\S\n]*\+[-=]{10,}\+[^\S\n]*$")
# A walled line: "|" opening it, "|" closing it, no "|" between (one column)
WALLED = re.compile(r"^(?P<lead>[^\S\n]*)\|(?P<inner>[^|\n]*)\|[^\S\n]*$")
# Rules a run of walled lines must lie between to be a frame (one above, one below)
MIN_FRAME_RULES = 2


def open_frames(text: str) -> str:
    """``text`` with each one-column ASCII frame's rules dropped and its walls taken off its
    lines (the words keep their indent inside the box)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _frame_end(lines, i)
        if end is None:
            out.append(lines[i])
            i += 1
            continue
        for line in lines[i:end]:
            walled = WALLED.match(line)
            if walled:
                out.append((walled.group("lead") + walled.group("inner")).rstrip())
        i = end
    return "\n".join(out)


def _frame_end(lines: list[str], start: int) -> int | None:
    """Where the frame starting at rule ``start`` ends (past its last rule): rules and walled
    lines only, at least MIN_FRAME_RULES rules with walled lines between; None where no frame
    starts there."""
    if not FRAME_RULE.match(lines[start]):
        return None
    rules, walled, end = 1, 0, start + 1
    for k in range(start + 1, len(lines)):
        if FRAME_RULE.match(lines[k]):
            rules, end = rules + 1, k + 1
        elif WALLED.match(lines[k]):
            walled += 1
        else:
            break
    return end if rules >= MIN_FRAME_RULES and walled else None
