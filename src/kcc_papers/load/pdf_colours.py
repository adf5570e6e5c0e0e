"""Whether PDFium's fill colours of a page are the colours pdfplumber reports.

PDFium gives a path's fill as RGB only. That is exact for DeviceRGB and DeviceGray fills (and
ICC-based ones with 1 or 3 components), but PDFium converts CMYK with Adobe's tables where
the cell fill hex is computed from the raw CMYK values, and pattern/separation fills have no
plain colour at all. So the fast table path is used only on pages whose content streams set
no other fill colour space; the rest go through pdfplumber. Scanning the decompressed
content is cheap next to interpreting it."""

from __future__ import annotations

import re
from typing import Any

from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral

# "c m y k k": a DeviceCMYK fill (K, the stroking form, never colours a cell). The operator
# is found first and its operands checked after: a pattern starting at every number of a
# content stream made of numbers costs far more.
_K_OPERATOR = re.compile(rb"(?<=\s)k(?=[\s\[/<(%]|$)")
_FOUR_NUMBERS = re.compile(rb"(?:[-+]?[\d.]+\s+){4}$")
# "/Name cs": a fill colour space chosen by name.
_SET_SPACE = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s*cs(?![\w])")
_DEVICE = {b"DeviceRGB", b"DeviceGray", b"RGB", b"G"}
_DEPTH = 3


def plain_fills(page_obj: Any) -> bool:
    """True when every fill colour on the page (and its forms) is RGB or grey."""
    try:
        return _plain(resolve1(page_obj.contents) or [], page_obj.resources or {}, _DEPTH)
    except Exception:  # an unreadable stream: let pdfplumber judge the page
        return False


def _plain(contents: Any, resources: Any, depth: int) -> bool:
    streams = contents if isinstance(contents, list) else [contents]
    data = b"\n".join(resolve1(s).get_data() for s in streams if resolve1(s) is not None)
    if any(_FOUR_NUMBERS.search(data, max(0, m.start() - 80), m.start())
           for m in _K_OPERATOR.finditer(data)):
        return False
    spaces = resolve1(resolve1(resources).get("ColorSpace")) or {}
    for m in _SET_SPACE.finditer(data):
        name = m.group(1)
        if name not in _DEVICE and not _rgb_like(spaces.get(name.decode("latin-1"))):
            return False
    if depth == 0:
        return True
    forms = resolve1(resolve1(resources).get("XObject")) or {}
    for ref in forms.values():
        form = resolve1(ref)
        if not isinstance(form, PDFStream) or _name(form.get("Subtype")) != "Form":
            continue
        if not _plain(form, form.get("Resources") or resources, depth - 1):
            return False
    return True


def _rgb_like(space: Any) -> bool:
    space = resolve1(space)
    if space is None:
        return False
    if not isinstance(space, list):
        return _name(space) in ("DeviceRGB", "DeviceGray")
    if len(space) == 2 and _name(space[0]) == "ICCBased":
        profile = resolve1(space[1])
        return isinstance(profile, PDFStream) and resolve1(profile.get("N")) in (1, 3)
    return False


def _name(value: Any) -> str | bytes | None:
    value = resolve1(value)
    return value.name if isinstance(value, PSLiteral) else None
