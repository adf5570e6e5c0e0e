"""How a PDF sets a line, and what that says: headings are bold or larger than the body
text (the size most lines are set in); text and HTML say nothing (None)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

# A heading is bold or this much larger than the body text; headings of one numbering
# sequence sit at one indent, within this many points.
SIZE_STEP = 0.5
INDENT_TOLERANCE = 6.0


@dataclass(slots=True, frozen=True)
class Layout:
    """What a PDF says about how a line is set: font height, bold, left edge (points)."""

    size: float | None
    bold: bool | None
    x0: float | None


def text_size(layouts: list[Layout | None]) -> float | None:
    """The size most lines are set in: the body text's."""
    sizes = Counter(round(lay.size * 2) / 2 for lay in layouts if lay and lay.size)
    return sizes.most_common(1)[0][0] if sizes else None


def heading_layout_of(lay: Layout | None, body_size: float | None) -> bool | None:
    """Set like a heading (True), like the body (False), or unknown (None)."""
    if lay is None or lay.size is None or body_size is None:
        return None
    return bool(lay.bold) or lay.size >= body_size + SIZE_STEP
