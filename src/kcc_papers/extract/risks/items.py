"""Control and action rows of a risk card: "<text> | <owner> [| <planned completion>]".

The owner column is found by what owners look like ("Geoff Wild, Director ...", "Corporate
Management Team", "Councillor Hotson") and, failing that, by the header's "Owner" column; a
row with an empty first cell and only a short fragment continues the previous owner (an owner
wrapped onto the next page)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.risks.rows import Row
from kcc_papers.normalise.dates import find_date

PERSON = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:[-' ][A-Z][A-Za-z'-]*)+\s*,"
)
COUNCILLOR = re.compile(r"^(?:Councillor|Cllr)\.?\s+[A-Z]")
ROLE = re.compile(
    r"^(?:Interim\s+)?(?:Corporate\s+(?:Directors?|Management\s+Team)|Directors?\b|Head\s+of\b"
    r"|All\s+Corporate\s+Directors|[A-Z]{2,6}\s+Directorate\s+[A-Z]|Leader\b|Chief\s+Executive"
    r"|Cabinet\s+Member|Corporate\s+Management\b)"
)
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
MONTH_YEAR = re.compile(rf"^(?:\d{{1,2}}\s*(?:st|nd|rd|th)?\s+)?{MONTH}\.?,?\s+\d{{4}}\b", re.I)
WHEN_WORD = re.compile(r"^(?:ongoing|quarterly|monthly|annual(?:ly)?|tbc|tba|completed?)\b", re.I)


@dataclass
class Item:
    text: str
    owner: str | None = None
    planned: str | None = None  # the planned completion date as printed (actions)
    page: int | None = None


def owner_like(cell: str) -> bool:
    text = " ".join(cell.split())
    if len(text) > 120 or re.search(r"\b(is|are|has|have)\b", text):
        return False
    return bool(PERSON.match(text) or COUNCILLOR.match(text) or ROLE.match(text))


def date_like(cell: str) -> bool:
    text = " ".join(cell.split())
    if not text or len(text) > 40:
        return False
    return bool(MONTH_YEAR.match(text) or WHEN_WORD.match(text) or find_date(text))


def _header_owner_index(row: Row) -> int | None:
    """The owner column; a heading split in two ("C" | "ontrol Owner") starts a cell early."""
    for i, cell in enumerate(row.cells):
        if re.search(r"\bOwner\b", cell, re.I):
            if i and 0 < len(row.cells[i - 1].strip()) <= 2:
                return i - 1
            return i
    return None


def parse_items(rows: list[Row], kind: str) -> list[Item]:
    """Rows after (and including) a 'Control Title' / 'Action Title' header row."""
    if not rows:
        return []
    header = rows[0]
    owner_col = _header_owner_index(header)
    width = len(header.cells)
    items: list[Item] = []
    for row in rows[1:]:
        _add(items, row, owner_col if len(row.cells) == width else None, kind)
    return items


def _add(items: list[Item], row: Row, owner_col: int | None, kind: str) -> None:
    cells = [" ".join(c.split()) for c in row.cells]
    filled = [i for i, c in enumerate(cells) if c]
    if not filled:
        return
    date_at = None
    if kind == "action":
        date_at = next((i for i in reversed(filled) if i > filled[0] and date_like(cells[i])),
                       None)
    candidates = [i for i in filled[1:] if i != date_at]
    owner_at = next((i for i in candidates if owner_like(cells[i])), None)
    if owner_at is None and owner_col is not None:
        owner_at = next((i for i in candidates if i >= owner_col), None)
    text_cells = [cells[i] for i in filled if (owner_at is None or i < owner_at) and i != date_at]
    owner_cells = [cells[i] for i in filled if owner_at is not None and i >= owner_at
                   and i != date_at]
    planned = cells[date_at] if date_at is not None else None
    text = " ".join(text_cells)
    if items and _continues(cells, text, owner_cells, planned):
        last = items[-1]
        extra = " ".join([text, *owner_cells]).strip()
        last.owner = f"{last.owner} {extra}".strip() if last.owner else extra
        return
    if not text and owner_cells and items and not planned:
        last = items[-1]
        last.owner = f"{last.owner or ''} {' '.join(owner_cells)}".strip()
        return
    items.append(Item(text=text or " ".join(owner_cells), owner=" ".join(owner_cells) or None,
                      planned=planned, page=row.page))


def _continues(cells: list[str], text: str, owner_cells: list[str], planned: str | None) -> bool:
    """A wrapped owner: the first cell empty, no date, and only a short fragment."""
    if cells[0] or planned:
        return False
    whole = " ".join([text, *owner_cells]).strip()
    return len(whole) <= 60 and not whole.endswith(".")
