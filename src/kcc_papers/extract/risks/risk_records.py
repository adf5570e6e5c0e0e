"""A merged register entry (its table rows and its card) as records: the risk with its
ratings, levels and factors, the checks of its printed ratings, and its controls and actions."""

from __future__ import annotations

import re
from typing import Any

from kcc_papers.extract.risks import checks
from kcc_papers.extract.risks.merge import Merged
from kcc_papers.extract.risks.summary import SummaryEntry
from kcc_papers.extract.risks.values import Legend, Rating, Scales, Score, parse_score
from kcc_papers.models import Record, Risk, RiskAction, RiskControl, RiskLevel
from kcc_papers.normalise.dates import find_date


def _pick(entries: list[SummaryEntry], attr: str) -> Any:
    """The value from the most detailed table: later tables (appendices) over the profile."""
    for e in reversed(entries):
        value = getattr(e, attr)
        if value:
            return value
    return None


def _ratings(m: Merged) -> tuple[Rating | None, Rating | None]:
    """The current and target ratings: the register tables' own, else the card's ("Current
    Risk 16 High")."""
    card = m.card
    return (_pick(m.entries, "current") or (card.rating if card else None),
            _pick(m.entries, "target") or (card.target_rating if card else None))


def _risk(m: Merged, legend: Legend | None, scales: Scales, key: dict[str, int]) -> Risk:
    card = m.card
    current, target = _ratings(m)
    closed = any(e.closed for e in m.entries)
    title = _pick(m.entries, "title") or (card.title if card else None)
    cur_value = current.value if current else None
    tgt_value = target.value if target else None
    risk = Risk(
        risk_id=m.risk_id,
        risk_key=m.key,
        register=m.register,
        title=title,
        current_rating=cur_value,
        current_level=_level(current, legend),
        target_rating=tgt_value,
        target_level=_level(target, legend),
        change=_pick(m.entries, "change"),
        change_printed=_pick(m.entries, "change_printed"),
        status="closed" if closed else "open",
        page=m.page,
    )
    if card:
        risk.cause, risk.event, risk.consequence = card.cause, card.event, card.consequence
        risk.owner, risk.cabinet_member = card.owner, card.cabinet_member
    # A card's values, else the register table's own likelihood / impact columns.
    for name, axis in (("likelihood", "likelihood"), ("impact", "impact"),
                       ("target_likelihood", "likelihood"), ("target_impact", "impact")):
        score = getattr(card, name) if card else None
        printed = _pick(m.entries, name)
        if score is None and printed:
            score = parse_score(printed, getattr(scales, axis)) or parse_score(printed, key)
        number, label = _score(score)
        setattr(risk, name, number)
        setattr(risk, f"{name}_name", label)
    risk.owner = risk.owner or _pick(m.entries, "owner")
    if card is None and risk.current_rating is None and not closed and risk.likelihood and (
            risk.impact):
        # a register table printing the factors (as words or letters) and no score column:
        # the score is their product, as every register's key defines it (a card with no
        # rating of its own keeps none)
        risk.current_rating = risk.likelihood * risk.impact
        risk.current_level = legend.level(risk.current_rating) if legend else None
    return risk


def _level(rating: Rating | None, legend: Legend | None) -> RiskLevel | None:
    """The level as printed ("9 (Medium)"), else the band of the paper's own legend."""
    if rating is None:
        return None
    if rating.level:
        return rating.level
    return legend.level(rating.value) if legend else None


def _score(score: Score | None) -> tuple[int | None, str | None]:
    if score is None:
        return None, None
    return score.number, score.name


def _row_checks(m: Merged, risk: Risk, legend: Legend | None) -> list[checks.Found]:
    found = checks.check_ratings(risk)
    for e in m.entries:
        for label, rating in (("current", e.current), ("target", e.target)):
            if rating is not None:
                found += checks.check_level(risk.risk_id, label, rating.value,
                                                 rating.level, legend)
    card = m.card
    cards = [card.rating, card.target_rating] if card else [None, None]
    for label, printed in (("current", [e.current for e in m.entries] + cards[:1]),
                           ("target", [e.target for e in m.entries] + cards[1:])):
        found += checks.check_conflict(risk.risk_id, label,
                                            [r.value for r in printed if r])
    if card:
        for label, rating in (("current", card.rating), ("target", card.target_rating)):
            if rating is not None:
                found += checks.check_level(risk.risk_id, label, rating.value,
                                                 rating.level, legend)
    return found


def _items(m: Merged) -> list[Record]:
    if m.card is None:
        return _table_items(m)
    out: list[Record] = []
    for c in m.card.controls:
        out.append(RiskControl(risk_id=m.risk_id, control=c.text, owner=c.owner, page=c.page))
    for a in m.card.actions:
        when = find_date(a.planned) if a.planned and _has_day(a.planned) else None
        out.append(RiskAction(risk_id=m.risk_id, action=a.text, owner=a.owner,
                              planned_completion=a.planned, planned_completion_date=when,
                              page=a.page))
    return out


def _table_items(m: Merged) -> list[Record]:
    """Controls and actions printed in a register table's own columns, one per bullet."""
    out: list[Record] = []
    page = m.entries[-1].page if m.entries else m.page
    for text in _bullets(_pick(m.entries, "controls")):
        out.append(RiskControl(risk_id=m.risk_id, control=text, page=page))
    for text in _bullets(_pick(m.entries, "actions")):
        out.append(RiskAction(risk_id=m.risk_id, action=text, page=page))
    return out


def _bullets(text: str | None) -> list[str]:
    if not text:
        return []
    parts = re.split(r"\s*[•●▪◦]\s*|\s+-\s+(?=[A-Z])", text)
    return [p.strip() for p in parts if p.strip()]


def _has_day(text: str) -> bool:
    """'31 st March 2016' is a date; 'April 2015' is a month, kept only as printed."""
    return bool(re.search(r"\b\d{1,2}\s*(st|nd|rd|th)?\s+[A-Za-z]{3,}|\d{1,2}[/.]\d{1,2}[/.]\d",
                          text))
