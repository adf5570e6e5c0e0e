"""Whether PDFium's fill colours of a page are the colours pdfplumber reports.

PDFium gives a path's fill as RGB only. That is exact for DeviceRGB and DeviceGray fills (and
ICC-based ones with 1 or 3 components), but PDFium converts CMYK with Adobe's tables where
the cell fill hex is computed from the raw CMYK values, and pattern/separation fills have no
plain colour at all. So the fast table path is used only on pages whose content streams set
no other fill colour space; the rest go through pdfplumber. Scanning the decompressed
content is cheap next to interpreting it."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral

# "c m y k k": a DeviceCMYK fill (K, the stroking form, never colours a cell). The operator
# is found first and its operands checked after: a pattern starting at every number of a
# content stream made of numbers costs far more. The operands end in a blank, so the operator
# needs no look-behind for one (which would cost Python's regex engine its fast scan for "k").
_K_OPERATOR = re.compile(rb"k(?=[\s\[/<(%]|$)")
_FOUR_NUMBERS = re.compile(rb"(?:[-+]?[\d.]+\s+){4}$")
# "/Name cs": a fill colour space chosen by name.
_SET_SPACE = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s*cs(?![\w])")
_DEVICE = {b"DeviceRGB", b"DeviceGray", b"RGB", b"G"}
_DEPTH = 3


@dataclass(slots=True)
class PageFills:
    """What one scan of a page's content streams (and its forms') found: a CMYK fill, a fill
    colour space named that is neither RGB nor grey (``pattern`` for the "Pattern" space
    alone, ``other`` for any other), and the streams' bytes, for the stand-in check a pattern
    page needs (``pattern_ok``)."""

    cmyk: bool = False
    pattern: bool = False
    other: bool = False
    streams: list[bytes] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        """Every fill colour RGB or grey."""
        return not (self.cmyk or self.pattern or self.other)

    @property
    def pattern_ok(self) -> bool:
        """Every fill RGB, grey or a pattern, and no plain fill in PDFium's stand-in colour for
        a pattern (see ``PDFIUM_PATTERN_FILL``)."""
        return not (self.cmyk or self.other) and not any(map(_stand_in_fill, self.streams))


def page_fills(page_obj: Any) -> PageFills | None:
    """The fills of a pdfminer page, in one walk of its content and forms; None when a stream
    cannot be read (then pdfplumber judges the page)."""
    found = PageFills()
    try:
        _scan(resolve1(page_obj.contents) or [], page_obj.resources or {}, _DEPTH, found)
    except Exception:  # an unreadable stream
        return None
    return found


def plain_fills(page_obj: Any, patterns: bool = False) -> bool:
    """True when every fill colour on the page (and its forms) is RGB or grey, or (with
    ``patterns``) a pattern as well (``PageFills.pattern_ok``)."""
    found = page_fills(page_obj)
    return found is not None and (found.pattern_ok if patterns else found.plain)


# The colour PDFium gives a path filled with a pattern (its light grey stand-in, 0xBFBFBF),
# where pdfplumber gives the pattern's name: on a page whose other fills are plain, a fill of
# this colour is taken as the pattern's. A plain fill PDFium gives that colour too (Word's
# "Darker 25%" grey, "0.75 g") would be taken for one: such a page is not read so.
PDFIUM_PATTERN_FILL = (191 / 255, 191 / 255, 191 / 255)
# PDFium's colour channels: a component times this, rounded.
_CHANNEL_STEPS = 255
# A fill colour set by its figures: "v g", "r g b rg", "c1 c2 c3 sc(n)" in an RGB or grey
# space. The operator is found first and its operands read after (as ``_K_OPERATOR``).
_PLAIN_FILL_OPERATOR = re.compile(rb"(?:rg|g|scn?)(?=[\s\[/<(%]|$)")
_FILL_OPERANDS = re.compile(rb"(?<![\w.])((?:[-+]?[\d.]+\s+){1,4})$")
# Bytes before an operator its operands fit in.
_OPERANDS_WINDOW = 80


def _stand_in_fill(content: bytes) -> bool:
    """Whether the content stream sets a plain fill colour PDFium gives as its pattern
    stand-in (``PDFIUM_PATTERN_FILL``): a grey or RGB fill of 0.75 or so."""
    want = [round(c * _CHANNEL_STEPS) for c in PDFIUM_PATTERN_FILL]
    for operands in _operands(content, _PLAIN_FILL_OPERATOR, _FILL_OPERANDS):
        try:
            values = [float(v) for v in operands.group(1).split()]
        except ValueError:  # "1.2.3": no number
            continue
        # (RGB's three figures, or a grey's one)
        values = values[-3:] if len(values) >= 3 else values[-1:]
        if [round(v * _CHANNEL_STEPS) for v in values] == want[: len(values)]:
            return True
    return False


def _scan(contents: Any, resources: Any, depth: int, found: PageFills) -> None:
    streams = contents if isinstance(contents, list) else [contents]
    data = b"\n".join(resolve1(s).get_data() for s in streams if resolve1(s) is not None)
    found.streams.append(data)
    found.cmyk = found.cmyk or _cmyk_fill(data)
    spaces = resolve1(resolve1(resources).get("ColorSpace")) or {}
    for m in _SET_SPACE.finditer(data):
        name = m.group(1)
        if name in _DEVICE or _rgb_like(spaces.get(name.decode("latin-1"))):
            continue
        if name == b"Pattern":
            found.pattern = True
        else:
            found.other = True
    if depth == 0:
        return
    forms = resolve1(resolve1(resources).get("XObject")) or {}
    for ref in forms.values():
        form = resolve1(ref)
        if isinstance(form, PDFStream) and _name(form.get("Subtype")) == "Form":
            _scan(form, form.get("Resources") or resources, depth - 1, found)


def _operands(content: bytes, operator: re.Pattern[bytes],
              operands: re.Pattern[bytes]) -> Iterator[re.Match[bytes]]:
    """Each operator's operands: the operator found first and its operands looked for in the
    bytes just before it, a pattern starting at every number of a stream of numbers costing
    far more."""
    for m in operator.finditer(content):
        found = operands.search(content, max(0, m.start() - _OPERANDS_WINDOW), m.start())
        if found is not None:
            yield found


def _cmyk_fill(content: bytes) -> bool:
    """Whether the content stream sets a DeviceCMYK fill ("c m y k k")."""
    return next(_operands(content, _K_OPERATOR, _FOUR_NUMBERS), None) is not None


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


# The file-level check (``file_plain_fills``): every stream of the file, found by its keyword
# (not by the cross-reference table), and what its dictionary says it holds.
_STREAM_START = re.compile(rb"stream(?:\r\n|\n|\r)")  # "endstream" too: see file_plain_fills
_OBJ_KEYWORD = re.compile(rb"\d+\s+\d+\s+obj$")
_DICT_WINDOW = 4096
_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_XREF_STREAM = re.compile(rb"\d+\s+\d+\s+obj\s*<<[^>]*?/Type\s*/XRef\b")
_OBJ_HEAD = 24  # "n g obj" fits in this many bytes
# Streams that paint nothing with a fill colour set in their own bytes: images (their own
# colour space is not a fill), embedded fonts, ICC profiles (their /N is checked instead),
# cross-reference streams, attachments.
_SKIPPED = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b"
                      rb"|/Length[123]\b|/Type\s*/(?:XRef|EmbeddedFile)\b")
_FLATE = re.compile(rb"/Filter\s*(?:/FlateDecode|\[\s*/FlateDecode\s*\])")
# A predictor (PNG or TIFF row filters) after the inflation: its rows are not content as read.
_PREDICTOR = re.compile(rb"/Predictor\s+(?!1\b)\d")
# An encrypted file's stream data is ciphertext until decrypted (pdfminer and PDFium do).
_ENCRYPTED = re.compile(rb"/Encrypt\b")
_OTHER_FILTER = re.compile(rb"/Filter\b")
_DIRECT_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
# An ICC profile's component count: 1 (grey) and 3 (RGB) read as pdfplumber reads them.
_COMPONENTS = re.compile(rb"/N\s+(\d+)(\s+\d+\s+R)?")
_RGB_COMPONENTS = {b"1", b"3"}
# Colour spaces whose fills PDFium converts differently from pdfplumber, or has no plain colour
# for; the abbreviation "/CMYK" (inline images) is taken as a warning too.
_OTHER_SPACE = re.compile(rb"/(?:DeviceCMYK|CMYK|Separation|DeviceN|Pattern|Indexed|Lab"
                          rb"|CalRGB|CalGray)\b")
_ICC = re.compile(rb"/ICCBased\b")


def file_plain_fills(data: bytes) -> bool:
    """True when no page of the PDF ``data`` can fill in a colour space other than RGB or grey:
    no stream sets a CMYK fill ("c m y k k"), every colour space a stream chooses by name
    ("/CS0 cs") is a device RGB or grey one or one the file defines, and the file names no
    other kind of colour space (in its objects or its object streams) and no ICC profile of
    other than 1 or 3 components. Read once per file, without pdfminer; False (then each page
    is checked by ``plain_fills``) also when a stream cannot be decoded here (a filter other
    than Flate, a predictor, an encrypted file) or a "stream" keyword opens no dictionary's
    stream."""
    if not _xref_in_place(data) or _ENCRYPTED.search(data):
        return False
    names: set[bytes] = set()
    rest: list[bytes] = []  # the file outside its streams' data, and the decoded streams
    end = 0
    for m in _STREAM_START.finditer(data):
        if m.start() < end or data[m.start() - 3 : m.start()] == b"end":
            continue  # the keyword inside a stream's data, or a stream's end
        head = data[max(end, _dict_start(data, m.start())) : m.start()]
        if not head.rstrip().endswith(b">>"):
            return False  # the word "stream" in a string or a comment, not a stream's keyword
        stop = _stream_end(data, m.end(), head)
        if stop is None:
            return False
        skipped = _SKIPPED.search(head)
        # an image's dictionary names its own colour space, which fills nothing
        rest.append(data[end : m.start() - len(head) if skipped else m.start()])
        end = stop
        if skipped:
            continue
        content = _decoded(head, data[m.end() : stop])
        if content is None:
            return False
        if not _OBJECT_STREAM.search(head) and not _rgb_components(head):
            return False
        if _cmyk_fill(content):
            return False
        names.update(n.group(1) for n in _SET_SPACE.finditer(content))
        rest.append(content)
    rest.append(data[end:])
    text = b"\n".join(rest)
    if _OTHER_SPACE.search(text):
        return False
    return all(name in _DEVICE or _defined(text, name) for name in names)


def _xref_in_place(data: bytes) -> bool:
    """Whether the last "startxref" points at a cross-reference table or stream. A file with
    bytes lost or added before it (which PDFium repairs silently) is left to pdfminer, whose
    failure to walk it is what reports the damage."""
    at = data.rfind(b"startxref")
    found = _STARTXREF.match(data, at) if at >= 0 else None
    if found is None:
        return False
    offset = int(found.group(1))
    return data.startswith(b"xref", offset) or _XREF_STREAM.match(data, offset) is not None


def _dict_start(data: bytes, stream_at: int) -> int:
    """Where the dictionary of the stream whose keyword is at ``stream_at`` starts: after the
    last "n g obj" before it (or 4 KB back, which a stream dictionary never exceeds)."""
    window = max(0, stream_at - _DICT_WINDOW)
    at = stream_at
    while (at := data.rfind(b"obj", window, at)) >= 0:
        if _OBJ_KEYWORD.search(data, max(window, at - _OBJ_HEAD), at + 3):
            return at + 3
    return window


def _stream_end(data: bytes, start: int, head: bytes) -> int | None:
    """The end of the stream's data: its direct /Length when "endstream" follows it there,
    else the next "endstream"."""
    length = _DIRECT_LENGTH.search(head)
    if length is not None:
        stop = start + int(length.group(1))
        if data[stop : stop + 12].lstrip(b"\r\n").startswith(b"endstream"):
            return stop
    stop = data.find(b"endstream", start)
    return None if stop < 0 else stop


def _decoded(head: bytes, raw: bytes) -> bytes | None:
    if _PREDICTOR.search(head):
        return None
    if _FLATE.search(head):
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(raw)
        except zlib.error:
            return None
        return out if inflater.eof else None
    return None if _OTHER_FILTER.search(head) else raw


def _rgb_components(head: bytes) -> bool:
    """A stream with a component count (an ICC profile) has 1 or 3, given directly."""
    return all(n.group(1) in _RGB_COMPONENTS and not n.group(2)
               for n in _COMPONENTS.finditer(head))


def _defined(text: bytes, name: bytes) -> bool:
    """Whether the file defines the colour space ``name`` (as an ICC profile, a device RGB or
    grey space, or an object elsewhere): a name used but never defined is left to pdfminer."""
    return bool(_ICC.search(text)) and re.search(
        rb"/" + re.escape(name) + rb"\s*(?:\[\s*/ICCBased|\d+\s+\d+\s+R|/Device(?:RGB|Gray)\b)",
        text) is not None
