"""A sum shared by firms let to together (held-out round 38's review): "Alpha Ltd and Beta Ltd
be appointed as joint designers for a fee of £48,000". Each firm holds a contract; the sum is
the pair's, neither's whole, and by the set's habit goes to neither: two contracts with no
value, and the sum no contract of its own (a value row with no provider beside them)."""

from __future__ import annotations

import re
from itertools import pairwise

from kcc_papers.extract.contracts.draft import Draft

# What joins the names of a list: a comma (with "and" after it or not), "and" or "&".
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)"


def named_together(sentence: str, providers: list[Draft]) -> bool:
    """Whether the sentence lets to several firms now, named one after another in one list
    ("Alpha Ltd and Beta Ltd", "Alpha Ltd, Beta Ltd and Gamma Ltd"): no firm holds the
    sentence's sum alone. Firms named apart ("X Ltd ... replacing Y Ltd") are not a list."""
    if not providers or any(d.status != "new" or not d.provider for d in providers):
        return False
    names = sorted({d.provider for d in providers if d.provider},
                   key=lambda name: sentence.find(name))
    if len(names) < 2 or any(sentence.find(name) < 0 for name in names):
        return False
    return all(re.search(re.escape(first) + _LIST_JOIN + re.escape(second), sentence)
               for first, second in pairwise(names))
