"""Detailed risk cards: a "Risk ID CRR 18 | Risk Title ..." header, a body row "Source / Cause
of risk | Risk Event | Consequence | Risk Owner | Current Likelihood | Current Impact", then a
"Control Title | Control Owner" table and an "Action Title | Action Owner | Planned Completion
Date" table. Newer cards print the scores as a ruled table of their own ("Current Likelihood |
Current Impact | Current Risk | Target Residual Likelihood | ..." over a row of values).

Text layers of these cards split cells at arbitrary points and glue labels onto values, so each
part is read by its label where there is one and by its column where there is not."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kcc_papers.extract.risks.card_labels import (
    first_roles,
    header_roles,
    merge_roles,
    strip_label,
)
from kcc_papers.extract.risks.items import Item, parse_items
from kcc_papers.extract.risks.rows import Row
from kcc_papers.extract.risks.values import (
    Rating,
    Scales,
    Score,
    parse_rating,
    parse_scale_row,
    parse_score,
)

CARD_ID = re.compile(r"Risk\s*ID\s*:?\s*([A-Z]{2,6})\s?(\d{1,4})(?!\d)(?:\s?\(([a-z])\))?")
# "Risk Title", or "Title"/"Fitle" (a misread T) at the start of a cell of the header row.
TITLE_CELL = re.compile(r"^\s*(?:Risk\s+)?[TF]itle\b\s*(.*)$", re.S)
CONTROL_CELL = re.compile(r"^\s*Control\s*Tit", re.I)
ACTION_CELL = re.compile(r"^\s*Action\s+Title\b", re.I)
# What follows the last card of a register: the next appendix, summary table or scales.
STOP = re.compile(
    r"^\s*(APPENDIX\b|Summary\s+Risk\s+Profile|Risk\s*No\b|Likelihood\s*&\s*Impact\s+Scales"
    r"|This\s+page\s+is\s+intentionally)|\brisk\s+register\s*$",
    re.I,
)
CABINET = re.compile(r"Responsible\s+Cabinet\s+Member\(?s?\)?\s*:?", re.I)

@dataclass
class Card:
    page: int
    at: int = 0  # index of its first row in the document's row stream
    risk_id: str | None = None
    title: str | None = None
    cause: str | None = None
    event: str | None = None
    consequence: str | None = None
    owner: str | None = None
    cabinet_member: str | None = None
    likelihood: Score | None = None
    impact: Score | None = None
    target_likelihood: Score | None = None
    target_impact: Score | None = None
    rating: Rating | None = None  # the card's own current / target rating, where it prints one
    target_rating: Rating | None = None
    controls: list[Item] = field(default_factory=list)
    actions: list[Item] = field(default_factory=list)


def is_body_start(row: Row) -> bool:
    text = row.text
    return bool(re.search(r"Consequence", text) and re.search(r"Risk\s*Owner", text))


def _header(row: Row) -> tuple[str | None, str | None] | None:
    """(risk id, title) of a card header row, or None when the row is not one."""
    spaced = " ".join(row.filled)
    glued = "".join(row.filled)
    m = CARD_ID.search(spaced) or CARD_ID.search(glued)
    title = None
    for n, cell in enumerate(row.filled):
        tm = TITLE_CELL.match(cell)
        if tm:
            title = " ".join([tm.group(1), *row.filled[n + 1 :]]).strip()
            break
    if not m and title is None:
        return None
    risk_id = None
    if m:
        risk_id = f"{m.group(1)} {m.group(2)}" + (f"({m.group(3)})" if m.group(3) else "")
    return risk_id, " ".join((title or "").split()) or None


def parse_cards(rows: list[Row], scales: Scales) -> list[Card]:
    starts = [i for i, row in enumerate(rows) if is_body_start(row)]
    begins = [_begin(rows, start, starts[n - 1] if n else -1) for n, start in enumerate(starts)]
    cards = []
    for n, start in enumerate(starts):
        # The next card's header (and scores printed above its body) belong to the next card.
        end = begins[n + 1] if n + 1 < len(starts) else len(rows)
        card = Card(page=rows[start].page, at=start)
        head = _header(rows[begins[n]]) if begins[n] < start else None
        if head is not None:
            card.risk_id, card.title = head
            card.page = rows[begins[n]].page
        _read(card, rows[begins[n] + 1 : start] + rows[start:end], scales)
        cards.append(card)
    return cards


def _begin(rows: list[Row], start: int, floor: int) -> int:
    """The card's header row: just above its body row, or above a score table printed between
    the header and the body ("Risk ID ... | Likelihood | Impact | Rating" over values, then
    "Source / Cause of risk ..."). The body row itself when no header is found."""
    if start and _header(rows[start - 1]):
        return start - 1
    scores = False
    for i in range(start - 1, max(floor, start - 6), -1):
        if _header(rows[i]):
            return i if scores else start
        scores = scores or header_roles(rows[i].cells) is not None
    return start


def is_scale(row: Row) -> bool:
    """A 'Likelihood: Very Unlikely (1), Unlikely (2) ...' key printed under a card: a row that
    starts with an axis and names four or more of its steps (a card's own value names two)."""
    text = row.text
    return bool(re.match(r"\s*(Likelihood|Impact)\b", text)) and len(parse_scale_row(text)) >= 4


def is_control_head(row: Row) -> bool:
    glued = "".join(row.filled)
    return any(CONTROL_CELL.match(c) for c in row.filled) or bool(
        re.search(r"Control\s*Owner", glued, re.I)
    )


def is_action_head(row: Row) -> bool:
    return any(ACTION_CELL.match(c) for c in row.filled) and "owner" in row.text.lower()


def _read(card: Card, rows: list[Row], scales: Scales) -> None:
    stop = next((i for i, r in enumerate(rows) if i and (STOP.search(r.text) or is_scale(r))),
                len(rows))
    rows = rows[:stop]
    control_at = next((i for i, r in enumerate(rows) if is_control_head(r)), len(rows))
    action_at = next(
        (i for i, r in enumerate(rows) if i > control_at and is_action_head(r)), len(rows)
    )
    body = rows[:control_at]
    if control_at < len(rows):
        body = [*body, _body_tail(rows[control_at])]
    _read_body(card, body, scales)
    if control_at < len(rows):
        card.controls = parse_items(rows[control_at:action_at], kind="control")
    if action_at < len(rows):
        card.actions = parse_items(rows[action_at:], kind="action")


def _body_tail(head: Row) -> Row:
    """The first cell of a control header row when it holds more than a label: the end of the
    cause, the longest column, which runs on past the others into the header's line."""
    first = head.cells[0] if head.cells else ""
    if re.search(r"ontrol", first) or len(first.strip()) <= 3:
        return Row(head.page, [])
    return Row(head.page, [first])


def _read_body(card: Card, rows: list[Row], scales: Scales) -> None:
    if not rows:
        return
    roles: list[str | None] = []
    parts: dict[str, list[str]] = {}
    for row in rows:
        relabelled = None if is_body_start(row) else header_roles(row.cells)
        if relabelled is not None:
            roles = merge_roles(roles, relabelled)
            continue
        if is_body_start(row):
            roles = first_roles(row.cells)
        for i, cell in enumerate(row.cells):
            text = " ".join(cell.split())
            role = roles[i] if i < len(roles) else None
            if not text or role is None:
                continue
            text = strip_label(role, text)
            if text:
                parts.setdefault(role, []).append(text)
    joined = {k: " ".join(v) for k, v in parts.items()}
    card.cause = joined.get("cause")
    card.event = joined.get("event")
    card.consequence = joined.get("consequence")
    owner = joined.get("owner")
    if owner:
        pieces = CABINET.split(owner, maxsplit=1)
        owner_part = pieces[0].strip()
        card.owner = owner_part or None
        card.cabinet_member = pieces[1].strip() if len(pieces) > 1 else None
    _read_scores(card, joined, scales)


def _read_scores(card: Card, joined: dict[str, str], scales: Scales) -> None:
    """Current and target values: a column of their own, else the target printed after the
    current value in one cell."""
    card.likelihood, card.target_likelihood = _scores(joined.get("likelihood", ""),
                                                      scales.likelihood)
    card.impact, card.target_impact = _scores(joined.get("impact", ""), scales.impact)
    if "target_likelihood" in joined:
        card.target_likelihood = parse_score(joined["target_likelihood"], scales.likelihood)
    if "target_impact" in joined:
        card.target_impact = parse_score(joined["target_impact"], scales.impact)
    card.rating = parse_rating(joined.get("rating", ""))
    card.target_rating = parse_rating(joined.get("target_rating", ""))


def _scores(text: str, scale: dict[str, int]) -> tuple[Score | None, Score | None]:
    """Current and target values from 'Possible (3) Target Residual Likelihood Unlikely (2)'."""
    parts = re.split(r"\bTarget\b", text, maxsplit=1)
    current = parts[0]
    target = parts[1] if len(parts) > 1 else ""
    target = re.sub(r"^\s*(Residual\s*)?(Likelihood|Impact)?", "", target)
    return parse_score(current, scale), parse_score(target, scale)
