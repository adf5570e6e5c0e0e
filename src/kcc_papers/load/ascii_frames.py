"""A plain-text form drawn in frames: boxes of "+-----+" rules whose lines are walled by "|" at
both ends, one field to a box ("| 4. Decision |" over "|    To award a contract ... |", round
29's r29b officer's record of decision), or the same drawn in box-drawing characters
("┌────┐", "│ ... │", "├────┤", "└────┘") as a word processor's text export prints them. The
walls are no part of the text: a field's label and its words are read as the lines inside
them, as a PDF form's boxes are. Only a frame of one column is opened: a line with a wall
inside it is a table's row (a Markdown pipe table, "| Item | Cost |"), left as it is."""

from __future__ import annotations

import re

# Dashes a frame's rule has at least (a short "+--+" may be text: an ASCII arrow, a sum)
MIN_RULE_CHARS = 10
# A frame's rule: a corner, dashes (or "=") to a closing corner, alone on its line
FRAME_RULE = re.compile(rf"^[^\S\n]*[+┌├└╔╠╚][-=─═]{{{MIN_RULE_CHARS},}}[+┐┤┘╗╣╝][^\S\n]*$")
# A walled line: a wall opening it, a wall closing it, no wall between (one column)
WALLED = re.compile(r"^(?P<lead>[^\S\n]*)[|│║](?P<inner>[^|│║\n]*)[|│║][^\S\n]*$")
# Rules a run of walled lines must lie between to be a frame (one above, one below)
MIN_FRAME_RULES = 2


def open_frames(text: str) -> str:
    """``text`` with each one-column frame's rules dropped and its walls taken off its lines
    (the words keep their indent inside the box)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not FRAME_RULE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        end, frame_end = _run_end(lines, i)
        if frame_end is None:
            # (no frame starts anywhere in the run: it holds one rule or no walled line)
            out.extend(lines[i:end])
            i = end
            continue
        out.extend(_unwalled(lines[i:frame_end]))
        i = frame_end
    return "\n".join(out)


def _run_end(lines: list[str], start: int) -> tuple[int, int | None]:
    """The end of the run of rules and walled lines from the rule at ``start``, and where the
    frame it is ends (past its last rule): at least MIN_FRAME_RULES rules with walled lines
    between; None where the run is no frame."""
    rules, walled, frame_end = 1, 0, start + 1
    k = start + 1
    while k < len(lines):
        if FRAME_RULE.match(lines[k]):
            rules, frame_end = rules + 1, k + 1
        elif WALLED.match(lines[k]):
            walled += 1
        else:
            break
        k += 1
    return k, frame_end if rules >= MIN_FRAME_RULES and walled else None


def _unwalled(lines: list[str]) -> list[str]:
    """A frame's walled lines without their walls, its rules dropped."""
    return [(m.group("lead") + m.group("inner")).rstrip() for line in lines
            if (m := WALLED.match(line))]
