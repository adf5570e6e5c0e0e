"""Cross-checks of risk registers. Each returns findings as (check, message, risk_id) and never
changes a record: a register that disagrees with itself is reported, not repaired.

Checks: rating = likelihood x impact (``risk_rating_mismatch``), printed level = the band of the
paper's legend (``risk_level_mismatch``), target not above current
(``risk_target_above_current``), the same risk rated differently in two tables
(``risk_rating_conflict``), the paper's own counts and closures (``risk_count_mismatch``,
``risk_closure_mismatch``) and a register's TOTAL (``risk_total_mismatch``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kcc_papers.extract.risks.values import Legend, risk_key
from kcc_papers.models import Risk

Found = tuple[str, str, str | None]

NUMBER_WORDS = {
    "no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def check_ratings(risk: Risk) -> list[Found]:
    out: list[Found] = []
    for label, rating, li, im in (
        ("current", risk.current_rating, risk.likelihood, risk.impact),
        ("target", risk.target_rating, risk.target_likelihood, risk.target_impact),
    ):
        if rating is not None and li is not None and im is not None and li * im != rating:
            out.append(("risk_rating_mismatch",
                        f"{risk.risk_id}: {label} rating {rating} but likelihood {li} x "
                        f"impact {im} = {li * im}", risk.risk_id))
    if (risk.current_rating is not None and risk.target_rating is not None
            and risk.target_rating > risk.current_rating):
        out.append(("risk_target_above_current",
                    f"{risk.risk_id}: target rating {risk.target_rating} is above the current "
                    f"rating {risk.current_rating}", risk.risk_id))
    return out


def check_level(risk_id: str, label: str, rating: int | None, printed: str | None,
                legend: Legend | None) -> list[Found]:
    """A level printed beside a rating ("9 (Medium)") against the paper's legend."""
    if legend is None or rating is None or printed is None:
        return []
    band = legend.level(rating)
    if band == printed:
        return []
    return [("risk_level_mismatch",
             f"{risk_id}: {label} rating {rating} printed as {printed!r}, but the legend puts "
             f"{rating} in {band!r}", risk_id)]


def check_conflict(risk_id: str, label: str, values: Iterable[int | None]) -> list[Found]:
    seen = sorted({v for v in values if v is not None})
    if len(seen) > 1:
        return [("risk_rating_conflict",
                 f"{risk_id}: {label} rating printed as {' and '.join(map(str, seen))} in "
                 "different tables of the paper", risk_id)]
    return []


# The register prints £m to one decimal: a total within half of £0.1m of its rows agrees.
TOTAL_TOLERANCE_GBP = 0.5 * 100_000
COUNT_STATEMENT = re.compile(
    r"\b(\w+)\s+(directorate|corporate)\s+risks\b[^.]*?\bregister\b(?P<rest>[^.]*)", re.I
)
LEVEL_COUNT = re.compile(
    r"\b(\w+)\s+(?:of\s+which\s+)?(?:are|is)\s+rated\s+(?:as\s+)?['‘’\"]?(High|Medium|Low)\b",
    re.I,
)
CLOSED_STATEMENT = re.compile(
    r"\b(\w+)\s+risks?\s+(?:has|have)\s+been\s+closed\s*\(([^)]*)\)", re.I
)
ID_IN_TEXT = re.compile(r"\b[A-Z]{2,6}\s?\d{1,4}(?!\d)(?:\s?\([a-z]\))?")


def _is_corporate(register: str | None) -> bool:
    return bool(register and re.search(r"corporate\s+risk\s+register", register, re.I))


def check_statements(text: str, risks: list[Risk]) -> list[Found]:
    """'four directorate risks ... three are rated as 'Medium' and one ... 'Low'' against the
    open risks of the register the sentence talks about."""
    out: list[Found] = []
    flat = " ".join(text.split())
    for m in COUNT_STATEMENT.finditer(flat):
        total = _number(m.group(1))
        corporate = m.group(2).lower() == "corporate"
        scope = [r for r in risks if r.status != "closed" and r.current_rating is not None
                 and _is_corporate(r.register) == corporate and r.annual_exposure_gbp is None]
        if total is None or not scope:
            continue
        levels: Counter[str | None] = Counter(r.current_level for r in scope)
        if len(scope) != total:
            out.append(("risk_count_mismatch",
                        f"the paper says {total} {m.group(2).lower()} risks, the register lists "
                        f"{len(scope)} open", None))
        for lm in LEVEL_COUNT.finditer(m.group("rest")):
            n = _number(lm.group(1))
            level = lm.group(2).lower()
            if n is not None and levels.get(level, 0) != n:
                out.append(("risk_count_mismatch",
                            f"the paper says {n} {m.group(2).lower()} risks rated {level}, the "
                            f"register has {levels.get(level, 0)}", None))
    by_key = {risk_key(r.risk_id): r for r in risks}
    for m in CLOSED_STATEMENT.finditer(flat):
        for rid in ID_IN_TEXT.findall(m.group(2)):
            risk = by_key.get(risk_key(rid))
            if risk is not None and risk.status != "closed":
                out.append(("risk_closure_mismatch",
                            f"the paper says {rid} has been closed, the register shows it open",
                            risk.risk_id))
    return out


def check_total(printed: tuple[float | None, float | None], risks: list[Risk],
                section_totals: dict[str, tuple[float | None, float | None]]) -> list[Found]:
    """A register's printed TOTAL against its rows plus the totals of sections whose rows
    carry no individual amounts ("individual amounts not included")."""
    out: list[Found] = []
    for n, label in enumerate(("annual", "lifetime")):
        want = printed[n]
        if want is None:
            continue
        field = "annual_exposure_gbp" if n == 0 else "lifetime_exposure_gbp"
        got = sum(getattr(r, field) or 0.0 for r in risks)
        got += sum(t[n] or 0.0 for t in section_totals.values())
        if abs(got - want) > TOTAL_TOLERANCE_GBP:
            out.append(("risk_total_mismatch",
                        f"TOTAL {label} exposure printed £{want / 1e6:.1f}m, rows sum to "
                        f"£{got / 1e6:.1f}m", None))
    return out
