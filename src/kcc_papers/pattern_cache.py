"""The readers' regular expressions, compiled ahead for the workers' server.

Python compiles a pattern in two steps: parsing and code generation, in Python (``re._parser``,
``re._compiler``), then the engine's object from that code, in C (``_sre.compile``). The
readers compile about 850 patterns at import; the first step is ~0.1 s of CPU, a third of the
workers' server's preload, which every fresh ingest waits for before its first page. This
module keeps each pattern's code in a file (``make patterns``, part of ``make install``: like
bytecode, it is made ahead and belongs to one interpreter) and, in the server, builds the
pattern objects from it into ``re``'s own cache before the readers are imported, so their
``re.compile`` calls find them there.

The file also holds the patterns our functions hand ``re`` as literals at run time
(``pattern_literals``, read from the source): each worker otherwise compiled ~100 of them over
the corpus, its first time through each function.

A pattern the file does not hold (one added since it was made) is compiled as usual: a stale
or missing file costs time, never a different pattern. The file is only read by the
interpreter that made it (its name carries the version and the engine's magic number), and
every entry is checked equal to ``re.compile``'s own object when the file is made (a
``Pattern``'s equality compares its pattern, flags and engine code).

Only ``install`` runs in an ingest, and only in the server (``server_start``); ``build`` runs
at install time, ``python -m kcc_papers.pattern_cache``.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine: no stubs
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from importlib import import_module
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

# Readable by all, as the bytecode beside it (mkstemp makes files for their owner alone).
FILE_MODE = 0o644
# (pattern, flags as passed, flags of the object, code, groups, group index, index group):
# the key ``re`` caches a pattern under and the arguments of ``_sre.compile``.
Entry = tuple[str | bytes, int, int, list[int], int, dict[str, int], tuple[str | None, ...]]
# What the workers' server imports once it has installed the file (``workers.PRELOAD``, less
# the main script and the server's own modules): the patterns compiled meanwhile are the file's.
READERS = ["kcc_papers.extraction", "kcc_papers.load.pdf_fast", "kcc_papers.load.pdf_colours",
           "kcc_papers.pipeline", "pdfplumber", "encodings.utf_16_le"]


def default_path() -> Path:
    """The file for this interpreter, beside the package's bytecode."""
    version = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return Path(__file__).parent / "__pycache__" / f"patterns.{version}.marshal"


def supported() -> bool:
    # The cache's key and its eviction are those of CPython 3.11's ``re._compile``; a later
    # version keeps patterns otherwise, and the file is then never used.
    return sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11) \
        and isinstance(getattr(re, "_cache", None), dict)


def install(path: Path | None = None) -> int:
    """Put the file's patterns in ``re``'s cache; how many (0 when there is no usable file)."""
    if not supported():
        return 0
    try:
        entries: list[Entry] = marshal.loads((path or default_path()).read_bytes())
        patterns = [(_key(entry), compiled(entry)) for entry in entries]
    except (OSError, ValueError, EOFError, TypeError, RuntimeError, IndexError):
        return 0  # no file, or not one this interpreter made: the patterns compile as usual
    cache: dict[Any, re.Pattern[Any]] = re._cache  # type: ignore[attr-defined]
    # ``re`` evicts its oldest entry on each compile once it holds re._MAXCACHE (512), which
    # the file's ~850 exceed: a pattern the file lacks then evicts one. Put in the order they
    # are first compiled, each such eviction would take the very next one needed, whose
    # compile would evict the next, to the end; put in reverse, it takes one needed late,
    # whose compile then evicts one already used.
    cache.update(reversed(patterns))
    return len(patterns)


def _key(entry: Entry) -> tuple[type, str | bytes, int]:
    return type(entry[0]), entry[0], entry[1]


def entry_of(pattern: str | bytes, flags: int) -> Entry:
    """What ``re.compile(pattern, flags)`` hands ``_sre.compile`` (``re._compiler.compile``'s
    steps, without the last)."""
    parsed = _parser.parse(pattern, flags)
    # Plain ints: the opcodes are an int subclass, which marshal does not write.
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex: dict[str, int] = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags, flags | parsed.state.flags, code, parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def compiled(entry: Entry) -> re.Pattern[Any]:
    return _sre.compile(entry[0], *entry[2:])  # type: ignore[no-any-return]


def recorded(modules: Iterable[str]) -> list[Entry]:
    """The patterns ``re`` compiles (not found in its cache) while ``modules`` are imported,
    in order; each checked equal to the object ``re`` made."""
    keys: list[tuple[str | bytes, int]] = []
    original: Callable[..., re.Pattern[Any]] = re._compile  # type: ignore[attr-defined]

    def recording(pattern: Any, flags: Any) -> re.Pattern[Any]:
        flags = int(flags)
        cached = (type(pattern), pattern, flags) in re._cache  # type: ignore[attr-defined]
        made = original(pattern, flags)
        if not cached and isinstance(pattern, str | bytes) and not flags & re.DEBUG:
            keys.append((pattern, flags))
        return made

    re._compile = recording  # type: ignore[attr-defined]
    try:
        for module in modules:
            import_module(module)
    finally:
        re._compile = original  # type: ignore[attr-defined]
    entries = [entry_of(pattern, flags) for pattern, flags in dict.fromkeys(keys)]
    return [e for e in entries if compiled(e) == original(e[0], e[1])]


def write(entries: list[Entry], path: Path) -> None:
    """Write ``entries`` to ``path`` at once (a server reading it meanwhile sees the old file
    or the new, never half of one)."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(entries))
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(path: Path | None = None) -> int:
    """Make the file from the readers' imports; how many patterns it holds. Run it in a fresh
    process: a module imported already compiles nothing, and is missing from the file."""
    if not supported():
        return 0
    entries = with_literals(recorded(READERS), our_sources())
    write(entries, path or default_path())
    return len(entries)


def our_sources() -> list[Path]:
    """The source files of this package's modules imported so far."""
    names = sorted(name for name in sys.modules
                   if name == __package__ or name.startswith(f"{__package__}."))
    files = (getattr(sys.modules[name], "__file__", None) for name in names)
    return [Path(file) for file in files if file and file.endswith(".py")]


def with_literals(imported: list[Entry], sources: Iterable[Path]) -> list[Entry]:
    """``imported`` and the literal patterns of ``sources``' functions (``pattern_literals``),
    those first: ``install`` puts the file in ``re``'s cache last entry first, so they are the
    newest there. A pattern compiled at run time that the file lacks evicts the oldest entry,
    and an import's pattern, held by its module once imported, is then the one to go, never
    one that a function looks up in the cache on every call."""
    from kcc_papers.pattern_literals import literal_patterns

    literals: list[Entry] = []
    for pattern, flags in literal_patterns(sources):
        if flags & re.DEBUG:
            continue
        try:
            entry = entry_of(pattern, flags)
            if compiled(entry) == re.compile(pattern, flags):
                literals.append(entry)
        except (re.error, ValueError, TypeError, OverflowError):
            continue  # not a pattern re takes: left to fail where it is used, as before
    taken = {_key(entry) for entry in literals}
    return literals + [entry for entry in imported if _key(entry) not in taken]


if __name__ == "__main__":
    print(f"{build()} patterns in {default_path()}")
