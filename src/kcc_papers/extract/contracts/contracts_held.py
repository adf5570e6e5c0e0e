"""A contract in place told by its history (held-out round 26): "Sterling Ltd has provided
fleet workshop services since April 2023 under a contract awarded for five years at a value of
£2,850,000". The sum, no provider read beside it, is that contract's old price (a change to it
is priced at the change's own cost), no row of its own. ``value_drafts`` asks of each sum."""

from __future__ import annotations

import re

# The present perfect since a date: the verb and "since" within IN_PLACE_CHARS of each other.
IN_PLACE_CHARS = 80
HELD_SINCE = re.compile(r"\b(?:has|have)\s+(?:provided|delivered|supplied|operated|run|held|"
                        rf"managed)\b[^.;£]{{0,{IN_PLACE_CHARS}}}?\bsince\b", re.I)
# A contract let now, said between the history and the sum: "has provided workshop services
# since 2023 and Cabinet approves a new contract with it at a value of £3,100,000" prices the
# new contract, not the old ("under a contract awarded for five years" is the old one's).
LET_NOW = re.compile(r"\b(?:approv(?:e|es|ing)|agree(?:s|ing)?|award(?:s|ing)?|appoint(?:s|ing)?|"
                     r"new|will|(?:is|are)\s+(?:asked|recommended))\b", re.I)


def told_as_held(sentence: str, start: int, end: int) -> bool:
    """Whether the text of ``sentence`` from ``start`` to a sum at ``end`` (the sum's clause)
    tells of a contract held since a date, and lets no new one before the sum."""
    held = HELD_SINCE.search(sentence, start, end)
    return held is not None and LET_NOW.search(sentence, held.end(), end) is None
