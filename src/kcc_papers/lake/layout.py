"""Where a lake's parts live: a local folder (plain files, written under a temporary name and
renamed, so a reader never sees half a part) or an object-store URL (fsspec, which comes with
the ``[dask]`` extra; one PUT per part, atomic on object stores)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from functools import cached_property
from pathlib import Path
from typing import Any

from kcc_papers.errors import UsageError

# A part file's name is its key: the file's sha256, or this and the path's sha256 for a path
# whose failure has no content (it could not be read) or must be told apart from its twins.
PATH_KEY = "path-"
MANIFESTS = "_parts"  # a key's parts, one JSON each: how a re-run finds what to replace
PART_SUFFIX = ".parquet"
FILE_SCHEME = "file://"  # a local path spelt as a URL: read as the path, without fsspec


def is_url(target: str) -> bool:
    return "://" in target and not target.startswith(FILE_SCHEME)


def fsspec_filesystem(target: str) -> Any:
    try:
        import fsspec
    except ImportError as exc:
        raise UsageError(f"{target} is a URL: reading or writing it needs fsspec (pip install "
                         "'kcc-papers[dask]')") from exc
    return fsspec.core.url_to_fs(target)[0]


def error_key(path: str) -> str:
    """The key of a failed path's error part (errors are per path, as in ``ingest_errors``)."""
    return PATH_KEY + hashlib.sha256(path.encode()).hexdigest()


class Lake:
    """A lake's root and the few operations a run needs on it."""

    def __init__(self, root: str | Path) -> None:
        text = str(root)
        self.root = text.removeprefix(FILE_SCHEME)
        self.root = self.root.rstrip("/") or "/"
        self.remote = is_url(self.root)

    @cached_property
    def fs(self) -> Any:
        return fsspec_filesystem(self.root)

    def url(self, relative: str) -> str:
        return f"{self.root}/{relative}"

    def glob(self, table: str) -> str:
        """Every part of ``table``, for ``read_parquet``."""
        return self.url(f"{table}/**/*{PART_SUFFIX}")

    def has_parts(self, table: str) -> bool:
        if self.remote:
            return bool(self.fs.glob(self.glob(table)))
        folder = Path(self.root) / table
        return folder.is_dir() and next(folder.rglob(f"*{PART_SUFFIX}"), None) is not None

    def put(self, local: Path, relative: str) -> None:
        """Copy a finished local file into the lake at ``relative``."""
        if self.remote:
            self.fs.put_file(str(local), self.url(relative))
            return
        target = Path(self.url(relative))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        shutil.copyfile(local, partial)
        os.replace(partial, target)

    def remove(self, relative: str) -> None:
        """Delete a part if it is there."""
        target = self.url(relative)
        if self.remote:
            if self.fs.exists(target):
                self.fs.rm_file(target)
            return
        Path(target).unlink(missing_ok=True)

    def read_json(self, relative: str) -> Any:
        target = self.url(relative)
        try:
            if self.remote:
                with self.fs.open(target, "rt") as f:
                    return json.load(f)
            return json.loads(Path(target).read_text())
        except FileNotFoundError:
            return None

    def write_json(self, relative: str, value: Any) -> None:
        text = json.dumps(value, indent=1, sort_keys=True)
        if self.remote:
            self.fs.pipe_file(self.url(relative), text.encode())
            return
        target = Path(self.url(relative))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        partial.write_text(text)
        os.replace(partial, target)

    def manifest(self, key: str) -> str:
        return f"{MANIFESTS}/{key}.json"


def source_exists(path: str) -> bool:
    """Whether a source file (path or URL) is still there."""
    if is_url(path):
        return bool(fsspec_filesystem(path).exists(path))
    return Path(path.removeprefix(FILE_SCHEME)).exists()
