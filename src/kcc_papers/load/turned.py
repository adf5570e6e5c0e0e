"""Pages stored turned: a landscape page kept as a portrait page with /Rotate 90 (or 270, or
180), its content drawn on its side so that a viewer shows it upright. Word and Excel export
landscape appendices (risk registers, performance tables) so. PDFium's glyph boxes are in the
page's unrotated space, where the text runs up or down the page; the text pass reads every box
through ``TurnedGlyphs``, which gives it in the space a viewer shows (x to the right, y up,
origin at the displayed page's bottom left), so lines, columns, sizes and superscripts are
judged as on any upright page. pdfminer (pdfplumber) applies /Rotate itself."""

from __future__ import annotations

import pypdfium2 as pdfium

from kcc_papers.load.pdfium_calls import Glyphs

Box = tuple[float, float, float, float]  # (left, bottom, right, top)
# The quarter turns a page's /Rotate may hold (PDF 32000-1, 7.7.3.3: a multiple of 90).
QUARTER_TURNS = (90, 180, 270)


class TurnedGlyphs(Glyphs):
    """``Glyphs`` of a page turned ``rotation`` degrees clockwise when shown; ``bbox``: the
    page's effective box (left, bottom, right, top) in its unrotated space."""

    def __init__(self, textpage: pdfium.PdfTextPage, rotation: int, bbox: Box):
        super().__init__(textpage)
        self.rotation = rotation
        self.bbox = bbox

    def loose_box(self, index: int) -> Box:
        return shown(super().loose_box(index), self.rotation, self.bbox)

    def box(self, index: int) -> Box:
        return shown(super().box(index), self.rotation, self.bbox)


def shown(box: Box, rotation: int, bbox: Box) -> Box:
    """A box of the unrotated page as the viewer shows it. Turned 90 degrees clockwise, the
    page's left edge becomes the top and its bottom edge the left: x shown is y above the
    bottom, y shown is the distance from the right edge."""
    left, bottom, right, top = box
    x0, y0, x1, y1 = bbox
    if rotation == 90:
        return bottom - y0, x1 - right, top - y0, x1 - left
    if rotation == 270:
        return y1 - top, left - x0, y1 - bottom, right - x0
    if rotation == 180:
        return x1 - right, y1 - top, x1 - left, y1 - bottom
    return box


def upright_direction(a: float, b: float, rotation: int) -> tuple[float, float]:
    """A glyph's baseline direction (a, b) in the unrotated space, as the viewer shows it."""
    if rotation == 90:
        return b, -a
    if rotation == 270:
        return -b, a
    if rotation == 180:
        return -a, -b
    return a, b
