"""RAG (Red/Amber/Green) ratings: printed labels, cell colours, and the rating that a value,
target and floor standard imply."""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass
from typing import Literal

Rag = Literal["green", "amber", "red"]
ORDER: tuple[Rag, ...] = ("red", "amber", "green")
_LABEL = re.compile(r"^\W*(green|amber|red|blue|g|a|r)\W*$", re.I)
# BRAG's blue (target exceeded, or the action complete) is better than on target: green, as
# the Rag type has no blue (a lone "B" is no rating: agendas mark Part B items so).
_FULL: dict[str, Rag] = {"g": "green", "a": "amber", "r": "red",
                         "green": "green", "amber": "amber", "red": "red", "blue": "green"}
# A cell colour rates only when it is a colour: greys, whites and pale tints (saturation) and
# near-blacks (value) carry no rating.
MIN_SATURATION = 0.35
MIN_VALUE = 0.3
# Hue bands, in degrees: red wraps round 0, amber runs up to yellow, green from yellow-green to
# teal; blue is BRAG's "exceeded", a green (``_FULL``); the gaps between (yellow, cyan,
# purple) rate nothing.
RED_BELOW, RED_FROM = 16, 340
AMBER_BELOW = 65
GREEN_BAND = (70, 170)
BLUE_BAND = (195, 250)


# A status printed in words: against a target and its tolerance (on target green, short of it
# within the tolerance amber, beyond it red), or against the year's target.
_TOLERANCE: dict[str, Rag] = {
    "on target": "green",
    "within tolerance": "amber",
    "outside tolerance": "red",
    # a status of the target alone: a figure within its target has met it (a time or a cost
    # that must stay under it), as "within 5% of target" (a key's meaning) has not
    "within target": "green",
    "not within target": "red",
    "outside target": "red",
    # and against the year's target: on track, at risk of missing it, off track
    "on track": "green",
    "not on track": "red",
    "at risk": "amber",
    "off track": "red",
}


def parse_rag(text: str | None) -> Rag | None:
    """ "GREEN", "Green", "(Amber)", "R", "Within Tolerance" -> the rating; anything else ->
    None."""
    status = " ".join((text or "").lower().split()).strip(" .()")
    if status in _TOLERANCE:
        return _TOLERANCE[status]
    m = _LABEL.match(text or "")
    if not m:
        return None
    word = m.group(1).lower()
    return _FULL[word]


def colour_rag(fill: str | None, blue: bool = True) -> Rag | None:
    """The rating a cell colour stands for ("#00ff00" green, "#ffc000" amber, "#c00000" red).
    Greys, whites and pale tints carry no rating: None. ``blue``: whether BRAG's blue rates,
    as it does in a column of ratings; elsewhere a blue is a table style's shade."""
    if not fill or not re.fullmatch(r"#[0-9a-fA-F]{6}", fill):
        return None
    r, g, b = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, sat, val = colorsys.rgb_to_hsv(r, g, b)
    if sat < MIN_SATURATION or val < MIN_VALUE:
        return None
    degrees = hue * 360
    if degrees < RED_BELOW or degrees >= RED_FROM:
        return "red"
    if degrees < AMBER_BELOW:
        return "amber"
    if GREEN_BAND[0] <= degrees < GREEN_BAND[1] or (
            blue and BLUE_BAND[0] <= degrees < BLUE_BAND[1]):
        return "green"
    return None


Polarity = Literal["higher", "lower"]


def polarity(target: float | None, floor: float | None) -> Polarity | None:
    """Which way is better, read from the thresholds: a floor below the target means higher is
    better (target 90%, floor 85%); above it, lower is better (target 5%, floor 15%)."""
    if target is None or floor is None or target == floor:
        return None
    return "higher" if target > floor else "lower"


@dataclass(frozen=True, slots=True)
class Implied:
    rags: tuple[Rag, ...]  # every rating the printed (rounded) value allows
    rule: str


def implied_rag(
    value: float, target: float, floor: float, decimals: int = 0
) -> Implied | None:
    """The rating(s) implied by a value printed to ``decimals`` places. A value printed as
    "98%" may be anything from 97.5 to 98.5, so a value on a threshold allows both sides."""
    pol = polarity(target, floor)
    if pol is None:
        return None
    half = 0.5 * 10 ** (-decimals)
    ends = [_rate(value - half, target, floor, pol), _rate(value + half, target, floor, pol)]
    lo, hi = sorted(ORDER.index(r) for r in ends)
    if pol == "higher":
        rule = f"higher is better (target {target:g} above floor {floor:g}): green at or above "
        rule += "target, amber at or above floor, red below"
    else:
        rule = f"lower is better (target {target:g} below floor {floor:g}): green at or below "
        rule += "target, amber at or below floor, red above"
    return Implied(ORDER[lo : hi + 1], rule)


def _rate(value: float, target: float, floor: float, pol: Polarity) -> Rag:
    sign = 1 if pol == "higher" else -1
    if sign * value >= sign * target:
        return "green"
    if sign * value >= sign * floor:
        return "amber"
    return "red"
