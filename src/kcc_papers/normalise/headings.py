"""A table's header printed over two rows: a group's name over the columns it spans ("Net
risk" over "L | I | Score", "Quarter 3 2025/26" over "Actual | Target | RAG"). Read as one
row whose cells name the group and the column, the readers know each column by its words
as they do a one-row header."""

from __future__ import annotations

import re

# A sub-heading is a word or two ("L", "Actual", "Risk rating"), never a value; a year it names
# ("Target 2025/26") is part of its words.
MAX_SUBHEADING_WORDS = 3
# A sub-heading may name a period ("Actual to Q3", "2025/26"): its digits are no value's.
PERIOD_LABEL = re.compile(r"\b(?:Q|Quarter|Qtr\.?|Month|Period)\s*\d{1,2}\b|\b\d{1,2}\s+months\b"
                          r"|\b(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b", re.I)


def grouped_headings(top: list[str], sub: list[str],
                     letters: dict[str, str] | None = None) -> list[str] | None:
    """One heading per column: a cell under a group reads "<group> <sub-heading>" (a letter
    spelt out by ``letters``), a cell with nothing under it keeps its own name. None when the
    second row is not headings (a number in it, a long cell, fewer than two filled)."""
    subs = [" ".join(c.split()) for c in sub]
    filled = [c for c in subs if c]
    if len(filled) < 2 or any(re.search(r"\d", PERIOD_LABEL.sub("", c))
                              or len(c.split()) > MAX_SUBHEADING_WORDS for c in filled):
        return None
    cells: list[str] = []
    group = ""
    for j in range(max(len(top), len(subs))):
        above = " ".join(top[j].split()) if j < len(top) else ""
        below = subs[j] if j < len(subs) else ""
        group = above or group
        if not below:
            cells.append(above)
            continue
        # "Net risk" names the group; the word "risk" adds nothing to "Net likelihood"
        name = re.sub(r"\s*\brisks?\b", "", group, flags=re.I).strip()
        cells.append(f"{name} {(letters or {}).get(below, below)}".strip())
    return cells


# A heading broken inside its word by a narrow column ("Consequenc" / "e", "Likelihoo" / "d"):
# a word's last letter or two alone on the next line.
BROKEN_WORD = re.compile(r"(?<=[a-z]{4}) (?=[a-z]{1,2}\b)")


def mend_broken_word(cell: str) -> str:
    """The heading with a word a narrow column broke made whole again."""
    return BROKEN_WORD.sub("", " ".join(cell.split()))
