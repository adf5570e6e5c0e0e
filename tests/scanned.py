"""Scanned copies of text papers, built at test time: pages rendered by PDFium to images and
written as an image-only PDF (no text layer), optionally a little rotated and speckled, as a
clerk's scanner leaves them. And the measure the OCR tests hold records to: F1 of the record
fields an analyst reads, against the records of the original."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pypdfium2 as pdfium

from kcc_papers.models import AgendaItem, Minute, Record

SCAN_DPI = 200
NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def scan_copy(src: Path, dst: Path, pages: Sequence[int] | None = None, *, dpi: int = SCAN_DPI,
              rotate: float = 0.0, noise: float = 0.0, seed: int = 16) -> Path:
    """An image-only PDF of ``pages`` (0-based; all by default) of ``src``. ``rotate`` in
    degrees; ``noise`` the share of pixels flipped (speckle)."""
    from PIL import Image

    doc = pdfium.PdfDocument(str(src))
    try:
        images = []
        for i in pages if pages is not None else range(len(doc)):
            image = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if rotate:
                image = image.rotate(rotate, resample=Image.Resampling.BICUBIC, fillcolor=255)
            if noise:
                _speckle(image, noise, random.Random(seed + i))
            images.append(image)
    finally:
        doc.close()
    images[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return dst


def _speckle(image: object, share: float, rnd: random.Random) -> None:
    pixels = image.load()  # type: ignore[attr-defined]  # a PIL image, PIL imported lazily
    width, height = image.size  # type: ignore[attr-defined]  # (as above)
    for _ in range(int(width * height * share)):
        x, y = rnd.randrange(width), rnd.randrange(height)
        pixels[x, y] = 0 if pixels[x, y] > 127 else 255


def text_copy(src: Path, dst: Path, pages: Sequence[int]) -> Path:
    """The same pages with their text layer: what the scanned copy is compared with."""
    doc, out = pdfium.PdfDocument(str(src)), pdfium.PdfDocument.new()
    try:
        out.import_pages(doc, list(pages))
        out.save(str(dst))
    finally:
        out.close()
        doc.close()
    return dst


def _norm(text: str | None) -> str:
    """OCR's spacing and punctuation aside ("25/0001 4" is "25/00014")."""
    return NOT_ALNUM.sub("", (text or "").lower())


def record_keys(records: Iterable[Record]) -> set[tuple[str, ...]]:
    """Minute numbers, titles and resolutions; agenda item refs and titles."""
    keys: set[tuple[str, ...]] = set()
    for r in records:
        if isinstance(r, Minute):
            ref = str(r.minute_number)
            keys |= {("minute", ref), ("minute_title", ref, _norm(r.title))}
            if r.resolution:
                keys.add(("resolution", ref, _norm(r.resolution)))
        elif isinstance(r, AgendaItem):
            keys |= {("item", r.item_ref), ("item_title", r.item_ref, _norm(r.title))}
    return keys


def f1(expected: set[tuple[str, ...]], found: set[tuple[str, ...]]) -> float:
    if not expected and not found:
        return 1.0
    hits = len(expected & found)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(expected)
    return 2 * precision * recall / (precision + recall)
