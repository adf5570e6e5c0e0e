"""An agenda's item split into lettered parts, each printed with the item's own number and its
letter in brackets ("vi Performance Matters" over "vi(a) Local Area Agreement - Final Year
Review" and "vi(b) Best Value Review ..."; "4(a)", "C(b)"): the parts are items of their own,
found between their item and the next. The sequence reader (sequence.py) knows only the
running numbers; this adds the parts it skipped."""

from __future__ import annotations

import re

# The item's number with its lettered part in brackets, then a title that starts with a
# capital: "vi(a) Local Area Agreement", "4 (b) Depot lease", "C(A) Depot lease" (its letters
# in either case, one case throughout).
_PART = re.compile(
    r"^(?P<ref>\S{1,12}?)\s?\((?P<letter>[a-zA-Z])\)[.:]?\s+(?P<title>[A-Z'‘\"“].*)$")


def lettered_parts(texts: list[str], item_ref: str, start: int, end: int
                   ) -> list[tuple[int, str, str]]:
    """The lines between ``start`` and ``end`` (an item's line and the next item's) that print
    ``item_ref``'s lettered parts, their letters running up from "a" with none skipped: each
    line's index, the part's ref as printed and its title."""
    found: list[tuple[int, str, str]] = []
    for i in range(start + 1, end):
        m = _PART.match(texts[i].strip())
        if not m or m.group("ref") != item_ref:
            continue
        first = "A" if m.group("letter").isupper() else "a"
        if ord(m.group("letter")) != ord(first) + len(found) or (
                found and found[0][1][-2].isupper() != m.group("letter").isupper()):
            break  # (a list's "(c)" before any "(a)" is no run of parts)
        found.append((i, f"{item_ref}({m.group('letter')})", m.group("title")))
    return found
