"""The labelled parts of a risk card's body and the column role each cell plays.

Cards print their labels in two ways: glued onto the value in one cell ("Current Likelihood
Possible (3) Target Residual Likelihood Unlikely (2)", the text exports of older cards), or as
ruled tables whose header row holds only labels ("Current Likelihood | Current Impact | Current
Risk | Target Residual Likelihood | ...") above a row of values. Both are read by the label
words, never by a column's position, so another council's order or wording reads the same."""

from __future__ import annotations

import re

# Tried in order: the target labels before the current ones they contain ("Target Residual
# Likelihood" is not a current likelihood), the rating after likelihood and impact.
LABELS: dict[str, re.Pattern[str]] = {
    "cause": re.compile(
        r"^(?:Source\s*/\s*)?C?ause\s+of(?:\s+[Rr]isk)?\s*|^Source\s*/\s*Cause\b\s*"
    ),
    "event": re.compile(r"^Risk\s+Event\s*"),
    "consequence": re.compile(r"^Consequence\s*"),
    "owner": re.compile(r"^Risk\s*Owner(?:\(s\))?\s*"),
    "target_likelihood": re.compile(r"^Target\s+(?:Residual\s+)?Likelihood\b\s*", re.I),
    "target_impact": re.compile(r"^Target\s+(?:Residual\s+)?Impact\b\s*", re.I),
    "target_rating": re.compile(
        r"^Target\s+(?:Residual\s+)?(?:Risk(?:\s+(?:Rating|Score|Level))?|Rating|Score)\b\s*",
        re.I),
    "likelihood": re.compile(r"^(?:Current\s+)?Likelihood\b\s*"),
    "impact": re.compile(r"^(?:Current\s+)?Impact\b\s*"),
    "rating": re.compile(
        r"^(?:Current\s+(?:Risk(?:\s+(?:Rating|Score|Level))?|Rating|Score)"
        r"|(?:Risk\s+)?(?:Rating|Score))\b\s*", re.I),
    # Scores before any control ("Inherent Likelihood"): a column of their own, not recorded.
    "inherent": re.compile(
        r"^(?:Inherent|Original|Gross|Raw)\s+(?:Risk\s+)?(?:Likelihood|Impact|Rating|Score"
        r"|Risk)\b\s*", re.I),
}
# A short heading of some other column of a score table ("Direction of Travel", "Trend").
OTHER_HEADING = re.compile(r"^[A-Za-z][A-Za-z/&' -]{0,40}$")
# The roles whose values are scores or ratings (the header row of a ruled score table).
SCORE_ROLES = frozenset(
    {"likelihood", "impact", "rating", "target_likelihood", "target_impact", "target_rating"}
)


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def label_of(cell: str) -> str | None:
    text = _clean(cell)
    return next((name for name, rx in LABELS.items() if rx.match(text)), None)


def first_roles(cells: list[str]) -> list[str | None]:
    """The column role of each cell of the first body row, from its label."""
    roles: list[str | None] = []
    for cell in cells:
        text = _clean(cell)
        role = label_of(text)
        if role is None and text.startswith("Current"):
            role = "likelihood" if "likelihood" not in roles else "impact"
        roles.append(role)
    # Unlabelled cells belong to the labelled column before them (a cell split in two).
    last = "cause"
    for i, role in enumerate(roles):
        if role is None and cells[i].strip():
            roles[i] = last
        elif role is not None:
            last = role
    return roles


def header_roles(cells: list[str]) -> list[str | None] | None:
    """The roles a later row of labels only sets ("Current Likelihood | Target Risk"), or None
    when the row holds values. It takes two score labels, so a lone wrapped label ("Residual
    Impact") or a body row does not reset the columns; other short headings ("Direction of
    Travel") mark columns that are not read."""
    filled = [_clean(c) for c in cells if c.strip()]
    if len(filled) < 2:
        return None
    roles: list[str | None] = []
    for cell in cells:
        text = _clean(cell)
        if not text:
            roles.append(None)
            continue
        role = label_of(text)
        if role is None and OTHER_HEADING.match(text) and len(text.split()) <= 4:
            role = "other"
        elif role is None or LABELS[role].sub("", text, count=1).strip():
            return None
        roles.append(role)
    if len(SCORE_ROLES.intersection(r for r in roles if r)) < 2:
        return None
    return roles


def merge_roles(old: list[str | None], new: list[str | None]) -> list[str | None]:
    """A header row of the same table relabels the columns it names; one of another table (a
    different number of cells) replaces them."""
    if len(new) != len(old):
        return new
    return [n if n is not None else o for o, n in zip(old, new, strict=True)]


def strip_label(role: str, text: str) -> str:
    label = LABELS.get(role)
    text = label.sub("", text, count=1).strip() if label else text
    if role in ("likelihood", "impact"):
        text = re.sub(r"^Current\s*", "", text)
    return text
