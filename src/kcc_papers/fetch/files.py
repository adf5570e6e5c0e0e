"""Where fetched files land, and landing them whole.

``DIR/<council-host>/<committee>/<YYYY-MM-DD>/<title>.pdf``. A file is written under a hidden
temporary name in its own folder and renamed when complete: ``ingest`` skips hidden files, and
a rename within a folder is atomic, so a killed fetch never leaves half a PDF to be read."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

# Long enough for any real title, short of the 255-byte limit of common filesystems once the
# suffix and a disambiguating id are added.
MAX_NAME_CHARS = 120
UNSAFE = re.compile(r"[^\w .,()&'+-]+")
MEETING_XML = "meeting.xml"
UNDATED = "undated"
DEFAULT_SUFFIX = ".pdf"
KNOWN_SUFFIXES = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".htm", ".html", ".txt", ".rtf"}


def safe_name(text: str, fallback: str = "untitled") -> str:
    """A file or folder name from a title: no separators, no leading dots, bounded length."""
    name = UNSAFE.sub("_", text).strip(" ._")
    name = re.sub(r"_+", "_", re.sub(r"\s+", " ", name))[:MAX_NAME_CHARS].rstrip(" ._")
    return name or fallback


def meeting_dir(out: Path, site_host: str, committee: str, date: dt.date | None) -> Path:
    return out / safe_name(site_host) / safe_name(committee) / (
        date.isoformat() if date else UNDATED)


def document_name(title: str, url: str, taken: set[str], attachment_id: str | None) -> str:
    """``<title><suffix>``, the suffix taken from the URL (ModernGov serves PDFs, sometimes
    Word files); a second document of the same title in the meeting gets its attachment id."""
    suffix = Path(urlsplit(url).path).suffix.lower()
    suffix = suffix if suffix in KNOWN_SUFFIXES else DEFAULT_SUFFIX
    stem = safe_name(re.sub(rf"{re.escape(suffix)}$", "", title, flags=re.I))
    name = stem + suffix
    n = 1
    while name.lower() in taken:
        n += 1
        name = f"{stem} ({attachment_id or n}){suffix}" if n == 2 else f"{stem} ({n}){suffix}"
    taken.add(name.lower())
    return name


def write_atomic(path: Path, chunks: list[bytes] | bytes) -> None:
    """Write ``path`` complete or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
