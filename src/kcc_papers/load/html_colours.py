"""A web page cell's fill as ``#rrggbb``, the form a PDF cell's fill takes: from its ``bgcolor``,
its style's background, a single element filling it (``<td><span style="background:#c00">``),
or a class named for a rating colour ("rag-amber", "status--red", "bg-green")."""

from __future__ import annotations

import re

from kcc_papers.load.html_dom import Element

_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.I)
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})", re.I)
# CSS colour names pages use for ratings, and white/greys (a fill that says nothing).
NAMED = {
    "red": "#ff0000", "darkred": "#8b0000", "crimson": "#dc143c", "firebrick": "#b22222",
    "tomato": "#ff6347", "orangered": "#ff4500", "orange": "#ffa500", "darkorange": "#ff8c00",
    "gold": "#ffd700", "yellow": "#ffff00", "amber": "#ffbf00", "green": "#008000",
    "lime": "#00ff00", "limegreen": "#32cd32", "forestgreen": "#228b22",
    "darkgreen": "#006400", "seagreen": "#2e8b57", "mediumseagreen": "#3cb371",
    "lightgreen": "#90ee90", "white": "#ffffff", "grey": "#808080", "gray": "#808080",
    "lightgrey": "#d3d3d3", "lightgray": "#d3d3d3", "silver": "#c0c0c0", "black": "#000000",
    "blue": "#0000ff", "navy": "#000080",
}
# A class word naming a rating's colour.
_CLASS_COLOURS = {"red": NAMED["red"], "amber": NAMED["amber"], "green": NAMED["green"],
                  "yellow": NAMED["yellow"], "orange": NAMED["orange"]}
# Words that make a class's colour word a fill ("rag-amber", "bg-green", "status--red"); a
# colour word beside any other ("text-red") colours the text, not the cell.
_FILL_WORDS = {"rag", "bg", "background", "status", "fill"}
_WORDS = re.compile(r"[a-z]+")


def colour(value: str) -> str | None:
    """``#c00``, ``#cc0000``, ``rgb(204, 0, 0)`` or a colour name as ``#rrggbb``."""
    value = value.strip().lower()
    if m := _HEX.search(value):
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        return f"#{digits}"
    if m := _RGB.search(value):
        return "#" + "".join(f"{min(int(v), 255):02x}" for v in m.groups())
    word = value.split()[0] if value.split() else ""
    return NAMED.get(word)


def cell_fill(element: Element) -> str | None:
    """The fill of a cell (or row): its own, else that of the one element filling it."""
    own = _own_fill(element)
    if own:
        return own
    inner = [c for c in element.children if isinstance(c, Element)]
    loose = "".join(c for c in element.children if isinstance(c, str)).strip()
    if len(inner) == 1 and not loose:
        return _own_fill(inner[0])
    return None


def _own_fill(element: Element) -> str | None:
    attrs = element.attrs
    if bg := attrs.get("bgcolor"):
        return colour(bg)
    if m := _BACKGROUND.search(attrs.get("style", "")):
        return colour(m.group(1))
    for name in attrs.get("class", "").lower().split():
        words = _WORDS.findall(name)
        colours = [w for w in words if w in _CLASS_COLOURS]
        if colours and (len(words) == 1 or _FILL_WORDS.intersection(words)):
            return _CLASS_COLOURS[colours[0]]
    return None
