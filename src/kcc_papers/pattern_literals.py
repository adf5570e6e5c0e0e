"""The patterns our modules hand ``re``'s functions as literals inside functions
(``re.search(r"Risk\\s+Owner", text)``), found in their source.

Such a pattern is compiled the first time its function runs, not at import: each worker paid
for ~100 of them over the corpus (~18 ms of CPU a worker), after the workers' server had made
all the others ahead (``pattern_cache``). Read here at install time, they go in the same file.
Only a literal pattern with literal flags (``re.I | re.M``) is taken; whatever else is passed
is left to compile as usual. A guess that is wrong (a name ``re`` that is not the module, dead
code) costs one unused entry, never a different pattern: an entry is ``re.compile``'s own
object, under the key ``re`` would look it up by.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from pathlib import Path

# re's module functions that compile their first argument, and the position of each one's
# ``flags`` when it is passed positionally.
FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2,
            "finditer": 2, "split": 3, "sub": 4, "subn": 4}
Key = tuple[str | bytes, int]


def literal_patterns(files: Iterable[Path]) -> list[Key]:
    """(pattern, flags) of each literal pattern call in ``files``, first seen first, once."""
    found: list[Key] = []
    for file in files:
        tree = ast.parse(file.read_bytes(), str(file))
        found.extend(key for node in ast.walk(tree) if (key := literal_call(node)) is not None)
    return list(dict.fromkeys(found))


def literal_call(node: ast.AST) -> Key | None:
    """The key ``re`` caches the call's pattern under, when ``node`` is such a call."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
            and node.func.attr in FLAGS_AT and node.args):
        return None
    pattern = node.args[0]
    if not (isinstance(pattern, ast.Constant) and isinstance(pattern.value, str | bytes)):
        return None
    if any(keyword.arg is None for keyword in node.keywords):
        return None  # **options: the flags cannot be told
    passed = [keyword.value for keyword in node.keywords if keyword.arg == "flags"]
    at = FLAGS_AT[node.func.attr]
    if not passed and len(node.args) > at:
        passed = [node.args[at]]
    if any(isinstance(arg, ast.Starred) for arg in node.args):
        return None
    flags = literal_flags(passed[0]) if passed else 0
    return None if flags is None else (pattern.value, flags)


def literal_flags(node: ast.expr) -> int | None:
    """``re.I | re.MULTILINE`` (or 0) as an int; None for anything else."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = literal_flags(node.left), literal_flags(node.right)
        return None if left is None or right is None else left | right
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "re":
        flag = getattr(re.RegexFlag, node.attr, None)
        return int(flag) if isinstance(flag, re.RegexFlag) else None
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None
