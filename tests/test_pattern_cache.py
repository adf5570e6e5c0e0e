"""The readers' patterns compiled ahead for the workers' server (``pattern_cache``), and the
server's garbage collection held off until its preload is done (``server_start``). What the
server imports is measured in subprocesses: what other tests imported does not count."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from kcc_papers import pattern_cache

pytestmark = pytest.mark.skipif(not pattern_cache.supported(),
                                reason="the file is made and read by CPython 3.11 only")

# Named and numbered groups, inline and passed flags, look-behinds, bytes, character classes
# with case folding, possessive-free repeats: each must come out as re.compile's own object.
EDGE = [
    (r"(?P<a>x)(?:y)|(?P<b>z)(\d+)?", 0),
    (r"X(?<!\wX)ab\b", re.IGNORECASE),
    (rb"\x00+(?=k)[^\s]{2,}", 0),
    (r"(?i)é+[ſK]", 0),
    (r"^ a # spaced\n $", re.MULTILINE | re.VERBOSE),
    (r"(?s:.)*?(?-i:[A-Z])", re.I | re.ASCII),
]


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return done.stdout.strip()


@pytest.mark.parametrize(("pattern", "flags"), EDGE)
def test_an_entry_compiles_to_re_s_own_object(pattern: str | bytes, flags: int) -> None:
    made = pattern_cache.compiled(pattern_cache.entry_of(pattern, flags))
    usual = re.compile(pattern, flags)
    assert made == usual  # the pattern, its flags and its engine code
    assert (made.groups, made.groupindex) == (usual.groups, usual.groupindex)


def test_the_server_compiles_none_of_the_readers_patterns(tmp_path: Path) -> None:
    """Made in one fresh process, the file holds every pattern the readers' imports compile
    in another (none left to compile), each equal to the one re.compile makes; a pattern the
    file lacks, compiled in between, costs at most one more compile (it evicts a cached one
    that is needed late), not every one after it."""
    path = tmp_path / "patterns.marshal"
    made = int(_run(f"from kcc_papers import pattern_cache as c\n"
                    f"print(c.build(c.Path({str(path)!r})))"))
    assert made > 500  # the readers compile ~850
    for foreign in (0, 3):
        probe = ("import re\nfrom re import _compiler\nfrom kcc_papers import pattern_cache as c\n"
                 f"print(c.install(c.Path({str(path)!r})))\n"
                 "compiles = []\nusual = _compiler.compile\n"
                 "_compiler.compile = lambda p, f=0: compiles.append(p) or usual(p, f)\n"
                 f"for i in range({foreign}):\n    re.compile(f'foreign{{i}}')\n"
                 f"for name in {pattern_cache.READERS!r}:\n    __import__(name)\n"
                 "print(len(compiles))")
        installed, compiles = map(int, _run(probe).splitlines())
        assert installed == made
        assert compiles <= 2 * foreign


def test_a_file_this_interpreter_cannot_use_is_left_alone(tmp_path: Path) -> None:
    bad = tmp_path / "bad.marshal"
    bad.write_bytes(b"not marshal data")
    before = dict(re._cache)  # type: ignore[attr-defined]
    assert pattern_cache.install(bad) == 0
    assert pattern_cache.install(tmp_path / "missing.marshal") == 0
    wrong = tmp_path / "wrong.marshal"
    pattern_cache.write([("x", 0, 32, [1, 2, 3], 0, {}, ())], wrong)  # code no engine takes
    assert pattern_cache.install(wrong) == 0
    assert dict(re._cache) == before  # type: ignore[attr-defined]


def test_the_server_collects_no_garbage_until_its_preload_is_done() -> None:
    """Started as multiprocessing starts its fork server, the process holds collection off
    from ``server_start`` (first of the preload) to ``server_exit`` (last), then freezes what
    was imported; any other process that imports them keeps collecting."""
    steps = ("import gc\nimport kcc_papers.server_start\nprint(gc.isenabled())\n"
             "import kcc_papers.server_exit\nprint(gc.isenabled(), gc.get_freeze_count() > 0)\n")
    as_server = _run("from multiprocessing.forkserver import main\n" + steps)
    assert as_server.splitlines() == ["False", "True True"]
    assert _run(steps).splitlines() == ["True", "True False"]


SOURCE = '''
import re
ANSWER = re.compile(r"module level")

def reads(text, label):
    re.search(r"Risk\\s+Owner", text)
    re.sub(r"\\s+", " ", text, flags=re.I | re.M)
    re.split(r",", text, 2, re.S)
    re.match(rf"{label}:", text)          # made from a value: not a literal
    re.findall(r"x", text, flags=FLAGS)   # flags not literal
    re.finditer(r"y", text, **options)    # flags cannot be told
    re.search(r"Risk\\s+Owner", text)     # twice, taken once
    other.search(r"not re", text)
'''


def test_literal_patterns_are_the_literal_calls_with_literal_flags(tmp_path: Path) -> None:
    from kcc_papers.pattern_literals import literal_patterns

    source = tmp_path / "reader.py"
    source.write_text(SOURCE)
    assert literal_patterns([source]) == [
        ("module level", 0), (r"Risk\s+Owner", 0), (r"\s+", int(re.I | re.M)), (",", int(re.S)),
    ]


def test_regression_patterns_compiled_inside_functions_are_made_ahead(tmp_path: Path) -> None:
    """A function's literal pattern goes in the file ahead of the imports' ones (so the newest
    in re's cache after ``install``); one re cannot compile is left out; each entry is
    re.compile's own object."""
    source = tmp_path / "reader.py"
    source.write_text(SOURCE + "\ndef broken(t):\n    return re.search(r'(unclosed', t)\n")
    imported = [pattern_cache.entry_of("module level", 0), pattern_cache.entry_of("imp", 0)]
    entries = pattern_cache.with_literals(imported, [source])
    keys = [(entry[0], entry[1]) for entry in entries]
    assert keys == [("module level", 0), (r"Risk\s+Owner", 0), (r"\s+", int(re.I | re.M)),
                    (",", int(re.S)), ("imp", 0)]
    for entry in entries:
        assert pattern_cache.compiled(entry) == re.compile(entry[0], entry[1])


def test_the_file_holds_the_readers_function_patterns(tmp_path: Path) -> None:
    """Made in one fresh process, the file holds the literal patterns the readers' functions
    pass to re (run time, not import), so a worker compiles them no more."""
    path = tmp_path / "patterns.marshal"
    probe = (f"from kcc_papers import pattern_cache as c\nc.build(c.Path({str(path)!r}))\n"
             "import marshal\nfrom kcc_papers.pattern_literals import literal_patterns\n"
             f"held = {{(e[0], e[1]) for e in marshal.loads(c.Path({str(path)!r}).read_bytes())}}\n"
             "found = literal_patterns(c.our_sources())\n"
             "print(len(found), sum(key in held for key in found))")
    found, held = map(int, _run(probe).split())
    assert found > 500  # the readers pass ~800 patterns to re as literals (module level too)
    assert held == found
