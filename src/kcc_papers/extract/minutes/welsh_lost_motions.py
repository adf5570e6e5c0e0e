"""A motion voted down in a Welsh-language council's minutes ("Cynigiodd y Cynghorydd A fod y
Cyngor yn cefnogi'r cais. Wedi pleidlais, methodd y cynnig (2 o blaid, 5 yn erbyn)."): a
decision of its own, as "the motion was lost" is in English minutes (``lost_motions``). The
Welsh words say the result outright, with no "if": they need no vote read around them."""

from __future__ import annotations

import re

from kcc_papers.normalise.welsh_outcomes import WELSH_MOTION_LOST

_WELSH_LOST = re.compile(rf"\b(?:{WELSH_MOTION_LOST})\b", re.I)


def welsh_motion_lost(line: str, wrapped_at: int | None = None) -> bool:
    """Whether ``line`` records a motion lost in Welsh; where it is two lines joined after
    ``wrapped_at`` characters, by words the join alone reads (they start on the first line and
    end on the second: "Wedi pleidlais, methodd" over "y cynnig (2 o blaid, 5 yn erbyn).")."""
    if "cynnig" not in line.lower():  # (most lines: no Welsh motion at all)
        return False
    return any(wrapped_at is None or m.start() < wrapped_at < m.end()
               for m in _WELSH_LOST.finditer(line))
