"""Loaders: turn any supported file into a :class:`Source` of pages. The format is sniffed
from the content; the extension is only a tie-breaker between text and HTML."""

from __future__ import annotations

import re
from pathlib import Path

from kcc_papers.errors import (
    BinaryTextError,
    EmptyFileError,
    FileTooLargeError,
    FileUnreadableError,
    SiteResponseError,
    UnsupportedFormatError,
)
from kcc_papers.hashing import file_sha256 as file_sha256
from kcc_papers.load.html import load_html
from kcc_papers.load.model import Cell, Line, Page, Source, Table
from kcc_papers.load.mojibake import repaired
from kcc_papers.load.ocr import OcrMode
from kcc_papers.load.pdf import load_pdf
from kcc_papers.load.text import load_text
from kcc_papers.settings import DEFAULT_MAX_BYTES

__all__ = ["Cell", "Line", "OcrMode", "Page", "Source", "Table", "file_sha256", "load", "sniff"]

HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)", re.I)
BINARY_MAGIC = (b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")


def sniff(head: bytes, suffix: str = "") -> str:
    """Return "pdf", "html" or "text" from the first bytes of a file."""
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(BINARY_MAGIC) or b"\x00" in head[:4096]:
        return "binary"
    if HTML_START.match(head[:2048]) or (suffix in (".html", ".htm") and b"<" in head[:2048]):
        return "html"
    return "text"


def load(path: Path, sha256: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
         ocr: OcrMode = "auto") -> Source:
    """Load one file (``ocr``: which PDF pages are read with OCR, see ``load_pdf``). Raises a
    :class:`~kcc_papers.errors.FileError` subclass when it cannot."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileTooLargeError(
                f"the file is {size / 1e6:.3g} MB, over the {max_bytes / 1e6:.3g} MB limit",
                path=path,
            )
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError as exc:
        raise FileUnreadableError(f"cannot read the file ({exc.strerror})", path=path) from exc
    sha256 = sha256 or file_sha256(path)
    kind = sniff(head, path.suffix.lower())
    if kind == "empty" or not head.strip():
        raise EmptyFileError("the file is empty", path=path)
    if kind == "pdf":
        return load_pdf(path, sha256, ocr)
    if kind == "binary":
        if path.suffix.lower() in (".txt", ".md", ".html", ".htm"):
            raise BinaryTextError("the file is binary, not text", path=path)
        raise UnsupportedFormatError("not a PDF, text or HTML file", path=path)
    # Imported here, not with the loaders: only a file that is not a PDF asks, and the
    # workers' server imports this module before the first page of any run (its XML and HTML
    # parsers cost that start ~6 ms for every PDF-only run).
    from kcc_papers.fetch.parser import is_meeting_xml

    if is_meeting_xml(head):
        return _load_meeting_xml(path, sha256)
    text = _decode(path)
    if kind == "html":
        return load_html(path, sha256, text)
    return load_text(path, sha256, text)


def _load_meeting_xml(path: Path, sha256: str) -> Source:
    """A ModernGov GetMeeting reply saved by ``fetch``: its minutes are escaped HTML inside
    the XML, read with the HTML loader."""
    from kcc_papers.fetch.parser import minutes_html

    try:
        page = minutes_html(path.read_bytes())
    except OSError as exc:
        raise FileUnreadableError(f"cannot read the file ({exc.strerror})", path=path) from exc
    except SiteResponseError as exc:
        raise UnsupportedFormatError(f"a ModernGov meeting reply that cannot be read: "
                                     f"{exc.message}", path=path) from exc
    return load_html(path, sha256, page)


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileUnreadableError(f"cannot read the file ({exc.strerror})", path=path) from exc
    if b"\x00" in data:
        raise BinaryTextError("the file is binary, not text", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = repaired(text)  # "Â£", "â€™": UTF-8 once read as Windows-1252 (``mojibake``)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(10, len(text[:20000]) // 50) or "\ufffd" * 4 in text:
        raise BinaryTextError("the file is binary, not text", path=path)
    return text
