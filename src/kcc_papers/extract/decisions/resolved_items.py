"""A record of a meeting's decisions that prints each item's resolution as a meeting's minutes
do, "RESOLVED:" (or "RESOLVED that ...", "Resolved -") under the item's number and title, in
place of a "Decision:" label: each such resolution read as that item's "Decision:".

Only a record that labels no decision otherwise, and whose every resolution has an item's
heading above it (since the resolution before), is read so: a resolution quoted in a record's
background ("the Committee RESOLVED that ...") heads no item and stays what it was."""

from __future__ import annotations

import re
from collections.abc import Callable

# A resolution's opening word at the start of its line, as a label: "RESOLVED:", "RESOLVED -",
# "Resolved unanimously:", "RESOLVED that ..." / "RESOLVED to ..." (the decision's words run on
# after it), or "RESOLVED" alone on its line over them. In capitals, or capitalised with a
# colon or a dash: "Resolved that" in sentence case opens a sentence of prose as often.
_RESOLVED = re.compile(
    r"^(?P<indent>\s*)(?:It\s+was\s+)?"
    r"(?:RESOLVED(?:\s+UNANIMOUSLY)?(?:\s*[:–—-]|(?=\s+(?i:that|to)\b)|\s*$)"
    r"|(?:Resolved|RESOLVED)(?:\s+unanimously)?\s*[:–—-])"
    r"\s*(?P<rest>.*)$")
# The label a resolution is read as (the record's decision field's own).
DECISION_LABEL = "Decision:"


def resolutions_as_decisions(
    lines: list[tuple[int, str]], is_item_head: Callable[[str], bool],
) -> list[tuple[int, str]] | None:
    """``lines`` with each item's "RESOLVED" opening read as its "Decision:" label, where every
    resolution has an item's heading (``is_item_head``) above it since the one before; None
    where none does or one does not (the record is read as it was)."""
    at = [n for n, (_, text) in enumerate(lines) if _RESOLVED.match(text)]
    if not at:
        return None
    floor = 0
    for n in at:
        if not any(is_item_head(lines[k][1]) for k in range(floor, n)):
            return None
        floor = n + 1
    out = list(lines)
    for n in at:
        page, text = lines[n]
        m = _RESOLVED.match(text)
        assert m is not None
        rest = m.group("rest")
        out[n] = (page, f"{m.group('indent')}{DECISION_LABEL} {rest}".rstrip())
    return out
