"""Random pdfplumber-style chars for the property tests of the fast table path's text (cell
text, words) against pdfplumber's own functions."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

_coordinate = st.floats(min_value=0, max_value=60, allow_nan=False).map(lambda v: round(v, 1))
# Zero-width glyphs, ligatures, hyphens and no-break spaces: where word and line joins differ.
TEXTS = ["a", "B", "7", " ", "\ufb01", "-", "\u00a0"]
WIDTHS = [0.0, 2.0, 5.5]


@st.composite
def chars(draw: st.DrawFn, *, max_count: int, sizes: Sequence[float],
          upright: Sequence[bool], doctop_offset: float = 0.0) -> list[dict[str, object]]:
    """Up to ``max_count`` chars on a small square, each of one of ``sizes``; ``upright``
    weighs upright against rotated glyphs; ``doctop_offset`` puts the page below others."""
    out = []
    for _ in range(draw(st.integers(min_value=0, max_value=max_count))):
        x0, top = draw(_coordinate), draw(_coordinate)
        width = draw(st.sampled_from(WIDTHS))
        text = draw(st.sampled_from(TEXTS))
        size = draw(st.sampled_from(list(sizes)))
        out.append({"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size,
                    "doctop": top + doctop_offset, "upright": draw(st.sampled_from(list(upright))),
                    "width": width, "height": size, "size": size})
    return out
