"""RAID logs printed as one table, a Type column telling each row's kind ("Ref | Type |
Description | L | I | Score"): only the rows typed "Risk" are risks. An assumption, an issue
(a risk that has happened), a dependency, an action or a decision is logged beside them and
carries no score of a risk, even where its row prints one."""

from __future__ import annotations

import re

# The column naming each row's kind in a RAID log: "Type", "RAID type", "Item type", "Log type".
TYPE_HEAD = re.compile(r"^\s*(?:raid|item|log|entry)?\s*type\s*$", re.I)
# The kinds of a RAID log's rows that are no risk.
NOT_RISK = re.compile(r"^\s*(?:assumptions?|issues?|dependenc(?:y|ies)|actions?|decisions?)\s*$",
                      re.I)


def type_column(headings: list[list[str]], taken: set[int]) -> int | None:
    """The column a RAID log names its rows' kinds in, among those no other role took."""
    return next((i for i, parts in enumerate(headings) if i not in taken
                 and any(TYPE_HEAD.match(p) for p in parts)), None)


def not_a_risk(kind: str) -> bool:
    """Whether a RAID log's Type cell says the row is no risk ("Issue", "Assumption")."""
    return bool(NOT_RISK.match(kind))
