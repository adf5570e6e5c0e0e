"""Where a KPI dashboard's data row sits under its header's columns: how far stray margin
text or a missing leading cell shifts its cells, and the cells aligned under each heading."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import period_of
from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.header import Header
from kcc_papers.extract.kpis.layout import is_wordy


def _offset(row: list[str], header: Header) -> int | None:
    """How far the row's cells sit to the right of the header's columns (stray margin text
    adds cells, a missing leading cell removes one); None when it is not a data row."""
    ref_at, desc_at = header.index("ref"), header.index("description")
    if desc_at is None:
        return None
    offset = None
    refs = [i for i, c in enumerate(row) if REF.match(c.strip())]
    full = len(row) == len(header.roles)
    if full and (is_wordy(row[desc_at]) or _class_named(row[desc_at])):
        offset = 0  # a cell under each heading ("SA-KPI-1" is a code however it is spelt)
    elif refs and ref_at is not None:
        offset = refs[0] - ref_at
    else:
        wordy = [i for i, c in enumerate(row) if is_wordy(c)]
        if wordy:
            offset = wordy[0] - desc_at
    if offset is None or not 0 <= desc_at + offset < len(row):
        return None
    if not is_wordy(row[desc_at + offset]) and not _named_by_code(row, header) and not (
            full and offset == 0 and _class_named(row[desc_at])):
        return None
    return offset


def _named_by_code(row: list[str], header: Header) -> bool:
    """A row with a cell under every heading whose ref column holds a code ("IP05") may name
    its measure in one word ("Property")."""
    ref_at, desc_at = header.index("ref"), header.index("description")
    return (len(row) == len(header.roles) and ref_at is not None and desc_at is not None
            and bool(REF.match(row[ref_at].strip())) and bool(WORD.fullmatch(row[desc_at])))


# A one-word name: letters, hyphens and apostrophes, nothing else.
WORD = re.compile(r"\s*[A-Za-z][A-Za-z'-]+\s*")
# A class's name, a word and its letter or number ("Category B", "Band 2"): the measure of one
# class of a set the rows go through (inspections due in each risk category, held-out r34d),
# named as its rows above in words ("Category A (high risk)") are; no period's ("Quarter 3").
CLASS_NAME = re.compile(r"\s*[A-Z][a-z]+\s+(?:[A-Z]|\d{1,2})\s*")


def _class_named(cell: str) -> bool:
    """Whether a full row's description cell names its class (see CLASS_NAME)."""
    return bool(CLASS_NAME.fullmatch(cell)) and period_of(cell) is None


def _align(row: list[str], header: Header, offset: int) -> list[str]:
    return [row[j + offset] if 0 <= j + offset < len(row) else "" for j in range(len(header.roles))]
