"""The work of one file, as both engines run it where the file is read: hash it, extract it
(:func:`kcc_papers.extraction.extract`) and write its parts. A path is a local (shared) file
or a URL read through fsspec."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from kcc_papers.errors import FileError, FileUnreadableError
from kcc_papers.lake.layout import Lake, fsspec_filesystem, is_url
from kcc_papers.lake.parts import Written, write_error, write_result

if TYPE_CHECKING:
    from kcc_papers.models import IngestError
    from kcc_papers.results import FileResult

HASH_CHUNK = 2**20


def hash_source(path: str) -> tuple[str, str | None, IngestError | None]:
    """(path, sha256, None), or (path, None, why) for a file that cannot be read."""
    from kcc_papers.hashing import file_sha256
    from kcc_papers.results import file_error as _error

    try:
        if not is_url(path):
            from pathlib import Path

            return path, file_sha256(Path(path)), None
        digest = hashlib.sha256()
        with fsspec_filesystem(path).open(path, "rb") as f:
            while chunk := f.read(HASH_CHUNK):
                digest.update(chunk)
        return path, digest.hexdigest(), None
    except FileError as exc:
        return path, None, _error(path, "", exc)
    except OSError as exc:
        return path, None, _error(path, "", FileUnreadableError(
            f"cannot read the file ({exc.strerror or exc})", path=path))


def read_and_write(path: str, sha256: str, *, lake: str, stale: dict[str, tuple[str, ...]],
                   run: str, options: dict[str, Any]) -> Written:
    """Extract one file and write its parts (or its error part) into the lake."""
    return write_read(lake, read(path, sha256, options), stale.get(sha256, ()), run)


def read(path: str, sha256: str, options: dict[str, Any]) -> FileResult:
    """Extract one file (a URL's bytes fetched through fsspec); never raises for the file."""
    from kcc_papers.extraction import extract, extract_bytes

    if not is_url(path):
        return extract(path, sha256, **options)
    try:
        data = fsspec_filesystem(path).cat_file(path)
    except OSError as exc:
        from kcc_papers.results import FileResult

        return FileResult(path, sha256, error=_unreadable(path, sha256, exc))
    return extract_bytes(data, path, sha256, **options)


def write_read(lake: str, result: FileResult, stale: tuple[str, ...], run: str) -> Written:
    return write_result(Lake(lake), result, stale=stale, run=run)


def write_failure(lake: str, error: IngestError, stale: tuple[str, ...] = (),
                  run: str = "") -> Written:
    return write_error(Lake(lake), error, stale=stale, run=run)


def _unreadable(path: str, sha256: str, exc: OSError) -> IngestError:
    from kcc_papers.results import file_error as _error

    return _error(path, sha256, FileUnreadableError(
        f"cannot read the file ({exc.strerror or exc})", path=path))
