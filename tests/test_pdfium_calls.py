"""The bare PDFium calls (``load/pdfium_calls``) give pypdfium2's own values, and the fast
char reader (one matrix and font size per text object) gives what reading every glyph's
own gives."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from kcc_papers.load import pdf_fast
from kcc_papers.load.pdfium_calls import FONT_NAME_BYTES, Glyphs

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "raw"
PDFS = sorted(SAMPLES.glob("*.pdf"))


def _pages(path: Path) -> Iterator[tuple[Any, Any]]:
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            yield page, textpage
            textpage.close()
            page.close()
    finally:
        doc.close()


def _font_name(textpage: pdfium.PdfTextPage, index: int) -> bytes:
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    raw.FPDFText_GetFontInfo(textpage.raw, index, name, FONT_NAME_BYTES, None)
    return name.value


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_glyphs_match_pypdfium2(path: Path) -> None:
    checked = 0
    for _, textpage in _pages(path):
        glyphs = Glyphs(textpage)
        for i in range(textpage.count_chars()):
            assert glyphs.loose_box(i) == textpage.get_charbox(i, loose=True)
            assert glyphs.box(i) == textpage.get_charbox(i, loose=False)
            assert glyphs.weight(i) == raw.FPDFText_GetFontWeight(textpage.raw, i)
            assert glyphs.font_name(i) == _font_name(textpage, i)
            checked += 1
    assert checked > 0


def _chars_per_glyph(textpage: pdfium.PdfTextPage, height: float) -> list[dict[str, Any]] | None:
    """The reader before text-object caching: every glyph's own matrix and font size."""
    text = textpage.get_text_range()
    box, m = raw.FS_RECTF(), raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    out = []
    for i in range(textpage.count_chars()):
        ch = text[i]
        if ch in " \r\n" and raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
            continue
        raw.FPDFText_GetLooseCharBox(textpage.raw, i, box)
        raw.FPDFText_GetMatrix(textpage.raw, i, m)
        if m.b != 0 or m.c != 0 or m.d <= 0 or abs(m.a - m.d) > 1e-3 * m.d:
            return None
        raw.FPDFText_GetCharOrigin(textpage.raw, i, ox, oy)
        size = raw.FPDFText_GetFontSize(textpage.raw, i) * m.d
        bottom = height - box.bottom
        out.append({"text": "-" if ch in ("\x02", "\ufffe") else ch, "x0": ox.value,
                    "x1": box.right, "top": bottom - size, "bottom": bottom, "size": size,
                    "_baseline": oy.value})
    return out


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_chars_match_per_glyph_reading(path: Path) -> None:
    keys = ("text", "x0", "x1", "top", "bottom", "size", "_baseline")
    for page, textpage in _pages(path):
        height = page.get_size()[1]
        fast = pdf_fast._chars(textpage, height, 0.0)
        slow = _chars_per_glyph(textpage, height)
        if slow is None:
            assert fast is None
            continue
        assert fast is not None
        assert [{k: c[k] for k in keys} for c in fast] == slow


def test_path_segments_match_pypdfium2(monkeypatch: pytest.MonkeyPatch) -> None:
    def paths() -> list[Any]:
        return [list(pdf_fast._paths(page.raw, pdf_fast._IDENTITY))
                for path in PDFS for page, _ in _pages(path)]

    bare = paths()
    for name, declared in (("path_segment", raw.FPDFPath_GetPathSegment),
                           ("segment_point", raw.FPDFPathSegment_GetPoint),
                           ("segment_type", raw.FPDFPathSegment_GetType),
                           ("segment_close", raw.FPDFPathSegment_GetClose),
                           ("draw_mode", raw.FPDFPath_GetDrawMode),
                           ("fill_colour", raw.FPDFPageObj_GetFillColor),
                           ("stroke_colour", raw.FPDFPageObj_GetStrokeColor),
                           ("stroke_width", raw.FPDFPageObj_GetStrokeWidth),
                           ("object_matrix", raw.FPDFPageObj_GetMatrix),
                           ("count_segments", raw.FPDFPath_CountSegments)):
        monkeypatch.setattr(pdf_fast.calls, name, declared)
    assert bare == paths()
    assert sum(map(len, bare)) > 0
