"""A dashboard row's figures set on its KPI: the numbers into their fields, placeholders into
the note, and the value column a RAG rates."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import PERIOD_LEAD, PERIOD_TAIL
from kcc_papers.extract.kpis.common import VALUE_FIELDS
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value

NOTE_NAMES = {
    "latest": "Latest",
    "ytd": "Year to date",
    "target": "Target",
    "floor": "Floor standard",
    "previous_year": "Previous year",
    "previous": "Previous",
}


def _set_values(kpi: Kpi, raw: dict[str, Value]) -> None:
    """Numbers into fields; placeholders ("Snapshot data", "New Indicator") into the note."""
    notes = []
    for role, name in VALUE_FIELDS.items():
        value = raw.get(role)
        if value is None:
            continue
        setattr(kpi, name, value.value)
        if value.placeholder:
            notes.append(f"{NOTE_NAMES[role]}: {value.placeholder}")
    latest = raw.get("latest")
    kpi.latest_text = latest.text if latest and latest.text else None
    units = [v.unit for v in raw.values() if v.unit]
    kpi.unit = units[0] if units else None
    if notes:
        kpi.note = "; ".join(filter(None, [kpi.note, *notes]))


def _first_value(roles: list[str | None]) -> str | None:
    return next((r for r in roles if r in ("latest", "ytd")), None)


# A heading naming the year to date ("YTD RAG", "Year to date status", "Year-to-date status",
# "Cumulative RAG", "Cum. RAG", "Status to date"), a rating's or its target's ("YTD target").
SO_FAR_RATING = re.compile(
    r"year[\s-]+to(?:[\s-]+date)?|\bYTD\b|\bcum(?:ul|ulative)?\b|\bto[\s-]+date\b", re.I)


def rated_column(roles: list[str | None], labels: list[str], at: int,
                 last_value: str | None) -> str | None:
    """The value column the RAG column at ``at`` rates. A table's one rating column rates
    its row, and so its latest figure, wherever it stands ("Sep 2025 | Year to date | Sep
    2024 | Rating": the year so far is context beside the month rated), unless its heading
    names the year to date ("YTD RAG"), or the target it is rated against does ("Sep | YTD |
    YTD target | RAG": the year so far is rated). Of two or more rating columns ("RAG | YTD | YTD
    RAG"), each rates the value column before it; one printed before any value column (the
    columns in another order) rates the first after it."""
    so_far = SO_FAR_RATING.search(labels[at]) or any(
        SO_FAR_RATING.search(label) for role, label in zip(roles, labels, strict=True)
        if role == "target")
    if roles.count("rag") == 1 and "latest" in roles and not so_far:
        return "latest"
    return last_value or _first_value(roles[at + 1:])



# A rating column's heading naming the period it rates by its place in time: an earlier
# report's ("Previous status", "Last quarter RAG", "Prior period rating") or this one's
# ("Current status", "Latest RAG", "This quarter status").
EARLIER_RATING = re.compile(r"\b(?:previous|prior|last|former)\b", re.I)
CURRENT_RATING = re.compile(r"\b(?:current|latest|this)\b", re.I)


_BRACKETS = re.compile(r"[()\[\]]")


def _period_key(label: str) -> str | None:
    """The period a column's heading names before or after its words ("Q2 status", "Quarter
    3 RAG", "Status Q3") or alone ("Q3"), in one spelling to compare by; None where it names
    none."""
    # (a heading that is a period alone has no words after it for the lead to stand before)
    # (a period in brackets is named as one unbracketed is: "RAG (2026/27)", "Actual (2027/28)")
    label = _BRACKETS.sub(" ", label)
    m = PERIOD_LEAD.match(f"{label.strip()} .") or PERIOD_TAIL.search(label)
    if not m:
        return None
    key = " ".join(m.group(0).lower().split())
    key = re.sub(r"\b(?:quarter|qtr\.?)\s*(\d)", r"q\1", key)
    return re.sub(r"\bmonth\s*(\d+)", r"m\1", key) or None


_QUARTER_KEY = re.compile(r"^[qm]\d+$")
_YEAR_KEY = re.compile(r"^(?:19|20)\d\d")


def _same_period(one: str, other: str) -> bool | None:
    """Whether two headings' periods are one: the same quarter, the same year where both name
    theirs, in either order ("Q3 status" and "2027/28 Q3"), the same other words ("Year end");
    None where they name no period alike (a quarter and a year: "Q3 status" and "2027/28")."""
    def parts(key: str) -> tuple[set[str], set[str], set[str]]:
        words = key.split()
        quarters = {w for w in words if _QUARTER_KEY.match(w)}
        years = {w for w in words if _YEAR_KEY.match(w)}
        return quarters, years, set(words) - quarters - years
    (q1, y1, o1), (q2, y2, o2) = parts(one), parts(other)
    if not ((q1 and q2) or (y1 and y2) or (o1 and o2)):
        return None
    return not (q1 and q2 and q1 != q2) and not (y1 and y2 and y1 != y2) and o1 == o2


def _only_value_column(roles: list[str | None]) -> int | None:
    """The column of a row's latest figure, where the table has one only."""
    return roles.index("latest") if roles.count("latest") == 1 else None


def period_status(roles: list[str | None], periods: list[str | None], at: int,
                  latest_at: int | None, labels: list[str] | None = None) -> bool | None:
    """Whether the rating column at ``at`` rates the period read as the row's latest, where the
    table rates each period in a column of its own after its figure ("Q1 result | Q1 status |
    Q2 result | Q2 status"): the latest quarter's status is the row's rating, an earlier
    quarter's is not (the Q1 status reported last time, beside this quarter's). None where
    the table rates no period apart (one rating column rates the row, see rated_column).
    A rating column's own heading says first which period it rates: by its name ("Q2 value |
    Q3 value | Q2 status | Q3 status", the statuses set apart from the figures), or as an
    earlier or the current one ("Q3 value | Previous status | Current status")."""
    if roles.count("rag") < 2:
        return None
    if labels is not None:
        own = labels[at]
        if EARLIER_RATING.search(own) and not CURRENT_RATING.search(own):
            return False
        if CURRENT_RATING.search(own) and not EARLIER_RATING.search(own):
            return True
        key = _period_key(own)
        # (a rating column printed before the value column it is set against, "2025/26
        # rating | Outturn 2026/27 | RAG": the row's one value column, not yet read, names the
        # latest period)
        named_at = latest_at if latest_at is not None else _only_value_column(roles)
        latest = _period_key(labels[named_at]) if named_at is not None else None
        # (the one naming its year, the other not: "Q3 2027/28 value | Q3 status")
        if key is not None and latest is not None and (
                same := _same_period(key, latest)) is not None:
            return same
    # (the figure it rates: the nearest column before it but a trend's)
    before = next((j for j in range(at - 1, -1, -1) if roles[j] not in (None, "dot")), None)
    if before is None or roles[before] != "latest" or not periods[before]:
        return None
    return before == latest_at
