"""A file's sha256, the key of unchanged-file skipping (no loader imported for it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kcc_papers.errors import FileUnreadableError

READ_BLOCK = 1 << 20


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(READ_BLOCK), b""):
                h.update(block)
    except OSError as exc:
        raise FileUnreadableError(f"cannot read the file ({exc.strerror})", path=path) from exc
    return h.hexdigest()
