"""Register tables, one row per risk: KCC's "Risk No. | Risk Title | Current Risk Rating |
[Change] | Target Risk Rating" summaries, and the fuller "Ref | Risk | Likelihood | Impact |
Score | Owner | Controls | Actions" registers other councils print. Columns are known by their
headings; long titles and ids ("CRR" / "10(a)") wrap onto continuation rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kcc_papers.extract.risks.group_runs import under_groups
from kcc_papers.extract.risks.header_roles import (
    FACTOR_PAIR,
    ID_HEAD,
    ID_IN_TITLE,
    ID_THEN_TITLE,
    NEW_ROW,
    RAID_TYPE,
    REGISTER_HEADING,
    header_columns,
)
from kcc_papers.extract.risks.raid import not_a_risk
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.stacked_header import stacked_header
from kcc_papers.extract.risks.threats import CAPTION_LINES
from kcc_papers.extract.risks.values import (
    Rating,
    parse_change,
    parse_product,
    parse_rating,
    parse_risk_id,
    split_status,
)
from kcc_papers.normalise.bilingual import header_parts
from kcc_papers.normalise.headings import grouped_headings


@dataclass
class SummaryEntry:
    risk_id: str
    page: int
    title: str = ""
    current: Rating | None = None
    target: Rating | None = None
    likelihood: str | None = None  # the cells as printed, read against the scales later
    impact: str | None = None
    target_likelihood: str | None = None
    target_impact: str | None = None
    owner: str | None = None
    controls: str | None = None
    actions: str | None = None
    change_printed: str | None = None
    change: str | None = None
    closed: bool = False
    register: str | None = None
    table_index: int = 0  # which summary table of the paper (0, 1, ...)
    at: int = 0  # row index of its table's header in the document's row stream


def _cell(cells: list[str], roles: dict[str, int], role: str) -> str:
    i = roles.get(role)
    return " ".join(cells[i].split()) if i is not None and i < len(cells) else ""


def _register_before(rows: list[Row], at: int) -> str | None:
    """The nearest short heading naming a register ("KCC Corporate Risk Register")."""
    for row in reversed(rows[max(0, at - 12) : at]):
        text = row.text
        if len(row.filled) == 1 and REGISTER_HEADING.search(text) and len(text) < 100:
            return text.strip()
    return None


def _lines_over(rows: list[Row], at: int) -> list[str]:
    """The lines of text just over the table whose header is ``rows[at]`` (its heading or
    caption, nearest last), back to the table before it."""
    out: list[str] = []
    for row in reversed(rows[max(0, at - CAPTION_LINES) : at]):
        if len(row.filled) != 1:
            break
        out.append(row.filled[0])
    return out[::-1]


def parse_summaries(rows: list[Row], unscored: bool = False) -> list[SummaryEntry]:
    """The rows of the paper's register tables (``unscored``: of its lists of risks too,
    which name no factor or score)."""
    out: list[SummaryEntry] = []
    i = 0
    table_index = -1
    while i < len(rows):
        header = rows[i]
        roles = None
        if i + 1 < len(rows):
            # "Gross risk | Net risk | Target risk" over "L | I | Score" under each (the top
            # row alone may read as a header: "After controls" names the current score)
            grouped = grouped_header(rows[i], rows[i + 1])
            roles = header_columns(grouped, rows[i + 2] if i + 2 < len(rows) else None,
                                   unscored, _lines_over(rows, i)) if grouped else None
            if grouped and roles is not None:
                header, i = grouped, i + 1
            # or each line a language's headings, the lower naming the id ("Cyf." over "Ref"):
            # either line's heading names the column (stacked_header)
            stacked = None if roles is not None else stacked_header(rows[i], rows[i + 1])
            if stacked is not None:
                roles = header_columns(stacked, rows[i + 2] if i + 2 < len(rows) else None,
                                       unscored, _lines_over(rows, i))
                if roles is not None:
                    header, i = stacked, i + 1
        if roles is None:
            roles = header_columns(header, rows[i + 1] if i + 1 < len(rows) else None, unscored,
                                   _lines_over(rows, i))
        if roles is None:
            i += 1
            continue
        table_index += 1
        register = _register_before(rows, i)
        header_at = i
        width = len(header.cells)
        impact_first = _impact_first(header.cells, roles)
        i += 1
        while i < len(rows):
            if _section_row(rows[i]) and i + 1 < len(rows) and _in_table(rows[i + 1], width,
                                                                         roles):
                i += 1  # "2 ASSETS": a heading over the register's next rows, no risk
                continue
            if rows[i].filled == rows[header_at].filled:
                i += 1  # the header printed again over the rows a new page carries on
                continue
            if not _in_table(rows[i], width, roles):
                break
            if not_a_risk(_cell(rows[i].cells, roles, RAID_TYPE)):
                i = _past_logged_item(rows, i, width, roles)
                continue  # an issue, assumption or dependency logged beside the risks
            _add_row(out, rows[i], roles, register, (table_index, header_at), impact_first)
            i += 1
    return out


def _past_logged_item(rows: list[Row], at: int, width: int, roles: dict[str, int]) -> int:
    """The row after a RAID log's item that is no risk and the rows its text wraps onto
    (no id, no type of their own): the wrapped words are the item's, not the risk above's."""
    i = at + 1
    while (i < len(rows) and _in_table(rows[i], width, roles)
           and not any(_cell(rows[i].cells, roles, role) for role in ("id", RAID_TYPE))):
        i += 1
    return i


# A factor column headed by its letter under a group ("Net risk" over "L | I | Score").
LETTER_WORDS = {"L": "likelihood", "P": "likelihood", "I": "impact", "C": "impact"}


def grouped_header(top: Row, sub: Row) -> Row | None:
    """A header printed over two rows under an id column's heading, as one row whose cells
    name the group and the column ("Net likelihood", "Target score"); None otherwise. The id
    column's heading may be one of those printed over both rows ("Risk" over "ID", as a
    text register sets each name's words over two lines: "Current" over "score")."""
    if not any(ID_HEAD.match(p) for c in top.cells for p in header_parts(c)) and not any(
            ID_HEAD.match(f"{above} {below}") for above, below in zip(top.cells, sub.cells,
                                                                      strict=False)):
        return None
    # (the sub-headings set under their groups where the reader lost the blank cells before
    # them: group_runs)
    subs = under_groups(top.cells, sub.cells) or sub.cells
    cells = grouped_headings(top.cells, subs, LETTER_WORDS)
    return Row(top.page, cells) if cells is not None else None


# A section heading inside a register ("1 FINANCE", "Assets"): a short name, no score.
MAX_SECTION_WORDS = 5


def _section_row(row: Row) -> bool:
    """A section's number and name, in either order (the columns in any order)."""
    filled = row.filled
    if len(filled) == 2 and re.fullmatch(r"\w{1,3}\.?", filled[-1]):
        filled = filled[::-1]
    if not 1 <= len(filled) <= 2 or (len(filled) == 2 and not re.fullmatch(r"\w{1,3}\.?",
                                                                            filled[0])):
        return False
    name = filled[-1]
    return (not re.search(r"\d", name) and len(name.split()) <= MAX_SECTION_WORDS
            and name[:1].isupper())


# A score column headed "(I x L)", or "(C x L)" where the impact is called the consequence: its
# products print the impact first ("5x4=20"); so do a pair column's ("(I / L)" over "5 / 4").
IMPACT_FIRST = re.compile(r"\b(?:I(?:mpact)?|C(?:onsequence)?)\s*[x×*/]\s*L(?:ikelihood)?\b",
                          re.I)


def _impact_first(cells: list[str], roles: dict[str, int]) -> set[str]:
    return {role for role in ("current", "target")
            if role in roles and IMPACT_FIRST.search(cells[roles[role]])}


def _in_table(row: Row, width: int, roles: dict[str, int]) -> bool:
    """A row of the table: a new risk, or a continuation (the rest of a wrapped id or title)
    as wide as the header."""
    if header_columns(row) is not None:
        return False
    first = split_status(_cell(row.cells, roles, "id"))[0]
    if len(row.cells) < 3:
        # a text export's wrapped description: "<tab>financial plan period" under its row
        return len(row.cells) >= 2 and not row.cells[0].strip() and any(
            c.strip() for c in row.cells[1:])
    if NEW_ROW.match(first):
        return True
    # a text export drops a continuation row's empty cells after its last filled one
    return not first and len(row.cells) <= width and any(c.strip() for c in row.cells)


# Columns whose text wraps onto continuation rows.
TEXT_ROLES = ("title", "owner", "controls", "actions")
CELL_ROLES = ("likelihood", "impact", "target_likelihood", "target_impact", *TEXT_ROLES)


def _add_row(
    out: list[SummaryEntry],
    row: Row,
    roles: dict[str, int],
    register: str | None,
    where: tuple[int, int],
    impact_first: set[str] | None = None,
) -> None:
    table, header_at = where
    cells = row.cells
    id_text, status = split_status(_cell(cells, roles, "id"))
    in_title = ID_THEN_TITLE.match(id_text) if ID_IN_TITLE in roles else None
    if ID_IN_TITLE in roles:
        if in_title is None:
            return  # no id at the head of the cell: not a row of the register
        id_text = in_title.group("id")
    current = _cell(cells, roles, "current")
    change = _cell(cells, roles, "change")
    target = _cell(cells, roles, "target")
    last = out[-1] if out and out[-1].table_index == table else None
    split_id = last is not None and re.fullmatch(r"[A-Z]{2,6}", last.risk_id) is not None
    if not id_text or (split_id and re.match(r"^\(?\d", id_text)):
        # A continuation row: the rest of a wrapped id, title or change text.
        if last is not None:
            _continue(last, id_text, change, {r: _cell(cells, roles, r) for r in TEXT_ROLES})
        return
    entry = SummaryEntry(risk_id=id_text, page=row.page, register=register,
                         table_index=table, at=header_at)
    for role in CELL_ROLES:
        setattr(entry, role, _cell(cells, roles, role) or None)
    entry.title = in_title.group("title") if in_title else (entry.title or "")
    entry.current = parse_rating(current)
    entry.target = parse_rating(target)
    # "4x5=20": the score with its factors, in a register with no likelihood/impact columns
    for cell, prefix in ((current, ""), (target, "target_")):
        role = "current" if not prefix else "target"
        product = parse_product(cell, impact_first=role in (impact_first or set()))
        if product is None:
            continue
        likelihood, impact, rating = product
        setattr(entry, role, rating)
        if getattr(entry, f"{prefix}likelihood") is None:
            setattr(entry, f"{prefix}likelihood", likelihood)
            setattr(entry, f"{prefix}impact", impact)
    pair = parse_product(_cell(cells, roles, FACTOR_PAIR)) if FACTOR_PAIR in roles else None
    if pair is not None and entry.likelihood is None:
        entry.likelihood, entry.impact = pair[0], pair[1]
    entry.change_printed = change or None
    # a register with no change column may print the status after the id ("SR7 (new)")
    entry.change = parse_change(change) if change else status
    closed_cells = [c for c in (current, change, target) if re.search(r"\bclosed\b", c, re.I)]
    if closed_cells:
        entry.closed = True
        entry.change = "closed"
        entry.change_printed = entry.change_printed or closed_cells[0]
        if entry.current and entry.current.closed:
            entry.current = None
    out.append(entry)


def _continue(last: SummaryEntry, id_text: str, change: str, texts: dict[str, str]) -> None:
    if id_text:
        joined = parse_risk_id(f"{last.risk_id} {id_text}") or parse_risk_id(
            f"{last.risk_id}{id_text}")
        if joined:
            last.risk_id = joined
    for role, text in texts.items():
        if text:
            old = getattr(last, role)
            setattr(last, role, f"{old} {text}".strip() if old else text)
    if change:
        last.change_printed = f"{last.change_printed or ''} {change}".strip()
        last.change = parse_change(last.change_printed)
