"""A record of a meeting's decisions printed as one table, a row per item ("Item | Subject |
Decision", "No. | Title | Decision taken | Reason"): a notice per row. The columns are found by
the header row's own names: the decision column is the one named for what was decided
("Decision", "Decision taken", "Resolution", "Outcome"); the ref column the one of short
tokens; the title the subject's column, or the first other column of words."""

from __future__ import annotations

import datetime as dt
import re

from kcc_papers.classify import DECISION_TABLE_HEADER
from kcc_papers.extract.decisions.fields import key_decision
from kcc_papers.extract.decisions.notices import DECIDES_NOTHING, Notice
from kcc_papers.load.model import Table
from kcc_papers.normalise.dates import find_date
from kcc_papers.normalise.textclean import join_lines
from kcc_papers.segment import Segment

_DECISION_COLUMN = re.compile(
    r"^(?:Decisions?(?:\s*\(s\))?(?:\s+(?:taken|made|reached))?|Resolutions?|Outcomes?)$", re.I)
_TITLE_COLUMN = re.compile(r"^(?:Subject|Title|Item|Matter|Report|Business|Topic)(?:\s+title)?$",
                           re.I)
# A register's other columns, a row's own: when it was decided, by whom, whether key.
_DATE_COLUMN = re.compile(r"^(?:Date(?:\s+of\s+decision)?|Decision\s+date|Date\s+(?:taken|made))$",
                          re.I)
# ("Decision taken by": an officers' register's maker, not its decision)
_MAKER_COLUMN = re.compile(
    r"^(?:Decision\s+(?:maker|taker|(?:taken|made)\s+by)|(?:Taken|Made)\s+by)$", re.I)
_KEY_COLUMN = re.compile(r"^Key(?:\s+decision)?\??$", re.I)
# ... and columns saying why or for how much, never what was decided on: no title.
_FIELD_COLUMN = re.compile(r"^(?:Reasons?(?:\s+for\s+(?:the\s+)?decision)?|Value|Cost|Amount)$",
                           re.I)
# A ref column so named is the decision's own reference (a register's "MD 2025/07"); under
# "Item" or "No." it is the meeting's item.
_DECISION_REF_COLUMN = re.compile(
    r"^(?:Ref(?:erence)?|Decision\s+(?:ref(?:erence)?|no\.?|number))$", re.I)
_YES_NO = {"yes": True, "y": True, "no": False, "n": False}
_REF = re.compile(r"^(?:[A-Z]{0,4}[\s/.]?\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?|[A-Z])\.?$")
# The lines above the first table where a masthead prints the meeting's date.
MASTHEAD_LINES = 12


def decision_table_notices(segment: Segment) -> list[Notice]:
    """A notice per row of each table of decisions the segment prints, or none."""
    date = next((d for _, line in segment.lines[:MASTHEAD_LINES] if (d := find_date(line.text))),
                None)
    out: list[Notice] = []
    for page in segment.pages:
        # reading a page's tables is slow: only where a line reads like the header row
        if any(DECISION_TABLE_HEADER.match(line.text) for line in page.lines):
            for table in segment.tables_on(page):
                out += _rows(table, page.number, date)
    return out


def _rows(table: Table, page: int, date: dt.date | None) -> list[Notice]:
    texts = [[" ".join(c.split()) for c in row] for row in table.texts()]
    if len(texts) < 2:
        return []
    header = texts[0]
    decided = next((k for k, c in enumerate(header) if _DECISION_COLUMN.match(c)), None)
    if decided is None:
        return []
    body = [r for r in texts[1:] if len(r) == len(header)]
    ref = next((k for k in range(len(header)) if k != decided and body
                and all(_REF.match(r[k]) for r in body if r[k])), None)
    title = next((k for k, c in enumerate(header) if k not in (decided, ref)
                  and _TITLE_COLUMN.match(c)), None)
    own_ref = ref is not None and bool(_DECISION_REF_COLUMN.match(header[ref]))
    when, maker, key = (_column(header, rx) for rx in (_DATE_COLUMN, _MAKER_COLUMN, _KEY_COLUMN))
    if title is None:
        title = next((k for k in range(len(header)) if k not in (decided, ref, when, maker, key)
                      and not _FIELD_COLUMN.match(header[k])), None)
    return [Notice(title=(row[title] or None) if title is not None else None,
                   text=join_lines([row[decided]]), page=page,
                   agenda_item_ref=(row[ref] or None) if ref is not None and not own_ref
                   else None,
                   ref=(row[ref] or None) if own_ref and ref is not None else None,
                   decision_date=(find_date(row[when]) if when is not None else None) or date,
                   decision_maker=(row[maker] or None) if maker is not None else None,
                   key_decision=_key(row[key]) if key is not None else None,
                   status="decided")
            # (a row whose cell says it was not decided, "Item withdrawn ...": no decision)
            for row in body if row[decided] and not DECIDES_NOTHING.match(row[decided])]


def _key(cell: str) -> bool | None:
    """A key decision column's cell as yes or no: "Y", "No", or "Yes - FP/27/041" (the
    forward plan's entry after the answer)."""
    return _YES_NO.get(cell.lower(), key_decision(cell)[0])


def _column(header: list[str], name: re.Pattern[str]) -> int | None:
    return next((k for k, c in enumerate(header) if name.match(c)), None)
