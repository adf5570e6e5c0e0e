"""One row per risk of a paper: the corporate profile, the summary tables and the detailed card
of a risk are merged on its normalised id. Cards without a readable id are matched to their
summary row by title, or by their place among the cards (cards follow the summary's order)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from kcc_papers.extract.risks.cards import Card
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import risk_key


@dataclass
class Merged:
    key: str
    risk_id: str
    page: int
    entries: list[SummaryEntry] = field(default_factory=list)
    card: Card | None = None
    register: str | None = None


def _norm(title: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (title or "").lower())


def merge(entries: list[SummaryEntry], cards: list[Card]) -> tuple[list[Merged], list[Card]]:
    """Merged risks in order of first appearance, and the cards that matched no risk."""
    merged: dict[str, Merged] = {}
    for e in entries:
        entry_key = risk_key(e.risk_id)
        m = merged.setdefault(entry_key, Merged(entry_key, e.risk_id, e.page))
        m.entries.append(e)
        m.register = m.register or e.register
    unmatched: list[Card] = []
    for n, card in enumerate(cards):
        key = _identify(card, n, cards, entries, merged)
        if key is None:
            unmatched.append(card)
            continue
        if key not in merged:
            merged[key] = Merged(key, card.risk_id or key, card.page)
        merged[key].card = card
        if card.risk_id is None:
            card.risk_id = merged[key].risk_id
    _fill_registers(list(merged.values()), entries, cards)
    return list(merged.values()), unmatched


def _table_before(at: int, entries: list[SummaryEntry]) -> list[SummaryEntry]:
    """The rows of the last summary table printed before row ``at``."""
    before = [e for e in entries if e.at < at]
    if not before:
        return []
    last = max(e.table_index for e in before)
    return [e for e in before if e.table_index == last]


def _identify(
    card: Card, n: int, cards: list[Card], entries: list[SummaryEntry], merged: dict[str, Merged]
) -> str | None:
    if card.risk_id:
        return risk_key(card.risk_id)
    table = [e for e in _table_before(card.at, entries) if not e.closed]
    if card.title:
        scored = [(difflib.SequenceMatcher(None, _norm(card.title), _norm(e.title)).ratio(), e)
                  for e in table]
        best = max(scored, key=lambda s: s[0], default=None)
        if best and best[0] >= 0.85:
            return risk_key(best[1].risk_id)
    return _by_position(card, n, cards, table)


def _by_position(card: Card, n: int, cards: list[Card], table: list[SummaryEntry]) -> str | None:
    """The one open summary row between the neighbouring identified cards, if its rating
    agrees with the card's likelihood x impact."""
    keys = [risk_key(e.risk_id) for e in table]
    prev = next((risk_key(c.risk_id) for c in reversed(cards[:n]) if c.risk_id
                 and risk_key(c.risk_id) in keys), None)
    nxt = next((risk_key(c.risk_id) for c in cards[n + 1 :] if c.risk_id
                and risk_key(c.risk_id) in keys), None)
    lo = keys.index(prev) + 1 if prev else 0
    hi = keys.index(nxt) if nxt else len(keys)
    taken = {risk_key(c.risk_id) for c in cards if c.risk_id}
    candidates = [e for e in table[lo:hi] if risk_key(e.risk_id) not in taken]
    if len(candidates) != 1:
        return None
    entry = candidates[0]
    li = card.likelihood.number if card.likelihood else None
    im = card.impact.number if card.impact else None
    if entry.current and entry.current.value and li and im and li * im != entry.current.value:
        return None
    return risk_key(entry.risk_id)


def _fill_registers(risks: list[Merged], entries: list[SummaryEntry], cards: list[Card]) -> None:
    """A risk listed only where no register is named takes the register of its id's prefix."""
    by_prefix: dict[str, str] = {}
    for r in risks:
        if r.register:
            by_prefix.setdefault(re.sub(r"\d.*", "", r.key), r.register)
    for r in risks:
        if r.register is None and r.card is not None:
            table = _table_before(r.card.at, entries)
            r.register = next((e.register for e in table if e.register), None)
        if r.register is None:
            r.register = by_prefix.get(re.sub(r"\d.*", "", r.key))
