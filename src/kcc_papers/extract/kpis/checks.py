"""Cross-checks of KPI rows: every disagreement between what a paper prints and what its own
numbers imply becomes a finding with a stable ``check`` code, never a silent fix.

Checks (codes):
- ``kpi_rag_mismatch``: the RAG implied by value, target and floor differs from the printed one
  (``kpi_previous_rag_mismatch`` for the previous period, whose target may have differed).
- ``kpi_rag_colour_mismatch``: the colour of the RAG cell says another rating than its label.
- ``kpi_count_mismatch`` / ``kpi_rag_count_mismatch``: the paper's stated totals ("of the 30
  KPIs ... Green for twenty-three") differ from the rows extracted.
- ``kpi_service_count_mismatch``: a RAG-by-service summary table differs from the rows.
- ``kpi_summary_rag_mismatch``: a KPI's RAG in a summary table differs from its own box.
- ``kpi_percentage_out_of_range``, ``kpi_missing_target``, ``kpi_unparseable_value``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from kcc_papers.extract.kpis.counts import Stated
from kcc_papers.extract.kpis.rag import colour_rag, implied_rag
from kcc_papers.models import Kpi
from kcc_papers.normalise.numbers import Value

TABLE = "kpis"
NAMES = {
    "latest": "latest",
    "ytd": "year to date",
    "target": "target",
    "floor": "floor standard",
    "previous": "previous",
    "previous_year": "previous year",
}
# Percentages of a target, budget or baseline can pass 100 ("138% of capital receipts target
# achieved"); shares of a whole cannot.
CAN_EXCEED = re.compile(
    r"\b(of|against)\s+(the\s+)?(annual\s+)?([\w-]+\s+){0,3}(target|budget|baseline|plan)\b"
    r"|\btarget\s+achieved\b|\b(increase|decrease|change|growth|variance|ratio|index)\b",
    re.I,
)


class Emit(Protocol):
    def __call__(
        self,
        check: str,
        message: str,
        *,
        severity: Any = ...,
        record_table: str | None = ...,
        record_ref: str | None = ...,
        page: int | None = ...,
    ) -> None: ...


def ref_of(kpi: Kpi) -> str:
    return kpi.ref or kpi.description[:80]


def _decimals(value: float, raw: Value | None) -> int:
    if raw is not None and raw.value is not None:
        return raw.decimals
    text = f"{value:g}"
    return len(text.split(".")[1]) if "." in text else 0


def check_rag(kpi: Kpi, raw: dict[str, Value], emit: Emit) -> None:
    """Printed RAG vs the RAG its value implies, for latest, year-to-date and previous."""
    if kpi.target is None or kpi.floor_standard is None:
        return
    pairs = (
        ("latest", kpi.latest_value, kpi.latest_rag),
        ("ytd", kpi.ytd_value, kpi.ytd_rag),
        ("previous", kpi.previous_value, kpi.previous_rag),
    )
    for key, value, printed in pairs:
        if value is None or printed is None:
            continue
        found = implied_rag(value, kpi.target, kpi.floor_standard, _decimals(value, raw.get(key)))
        if found is None or printed in found.rags:
            continue
        # The previous period was rated against its own target, which may have moved since
        # (rolling targets): a disagreement there is worth a note, not a warning.
        previous = key == "previous"
        emit(
            "kpi_previous_rag_mismatch" if previous else "kpi_rag_mismatch",
            f"{ref_of(kpi)}: {NAMES[key]} value {value:g} is printed {printed.upper()} but "
            f"implies {'/'.join(r.upper() for r in found.rags)} ({found.rule})"
            + ("; judged against this period's target and floor" if previous else ""),
            severity="info" if previous else "warning",
            record_table=TABLE,
            record_ref=ref_of(kpi),
            page=kpi.page,
        )


def check_colour(kpi: Kpi, emit: Emit) -> None:
    shown = colour_rag(kpi.latest_rag_colour)
    if shown is None or kpi.latest_rag is None or shown == kpi.latest_rag:
        return
    emit(
        "kpi_rag_colour_mismatch",
        f"{ref_of(kpi)}: the RAG cell reads {kpi.latest_rag.upper()} but is coloured "
        f"{kpi.latest_rag_colour} ({shown})",
        severity="warning",
        record_table=TABLE,
        record_ref=ref_of(kpi),
        page=kpi.page,
    )


def check_values(kpi: Kpi, raw: dict[str, Value], emit: Emit) -> None:
    """Unparseable values, impossible percentages and a missing target."""
    ref = ref_of(kpi)
    for key, value in raw.items():
        if value.unparseable:
            emit(
                "kpi_unparseable_value",
                f"{ref}: {NAMES.get(key, key)} value {value.text!r} is not a number",
                severity="warning", record_table=TABLE, record_ref=ref, page=kpi.page,
            )
        elif value.unit == "%" and value.value is not None and not 0 <= value.value <= 100:
            if value.value > 100 and CAN_EXCEED.search(kpi.description):
                continue
            emit(
                "kpi_percentage_out_of_range",
                f"{ref}: {NAMES.get(key, key)} {value.text} is outside 0-100%",
                severity="warning", record_table=TABLE, record_ref=ref, page=kpi.page,
            )
    target = raw.get("target")
    if target is None or target.empty:
        emit(
            "kpi_missing_target",
            f"{ref}: no target is printed",
            severity="info", record_table=TABLE, record_ref=ref, page=kpi.page,
        )
    elif kpi.target is not None and kpi.target == kpi.floor_standard:
        emit(
            "kpi_polarity_unknown",
            f"{ref}: target and floor are both {kpi.target:g}, so whether higher or lower "
            "is better cannot be told and the RAG is not checked",
            severity="info", record_table=TABLE, record_ref=ref, page=kpi.page,
        )


def _rag_counts(kpis: Iterable[Kpi]) -> Counter[str]:
    return Counter(k.latest_rag for k in kpis if k.latest_rag)


def check_totals(kpis: Sequence[Kpi], stated: Sequence[Stated], emit: Emit) -> None:
    """The paper's own totals vs the rows extracted from it."""
    if not kpis:
        return
    counts = _rag_counts(kpis)
    for st in stated:
        quote = st.text if len(st.text) <= 200 else st.text[:197] + "..."
        if st.total is not None and st.total != len(kpis):
            emit(
                "kpi_count_mismatch",
                f"the paper states {st.total} KPIs but {len(kpis)} KPI rows were extracted "
                f"(\"{quote}\")",
                severity="warning", record_table=TABLE,
            )
        for rag, n in st.rags.items():
            if counts.get(rag, 0) != n:
                emit(
                    "kpi_rag_count_mismatch",
                    f"the paper states {n} {rag.upper()} KPIs but {counts.get(rag, 0)} rows "
                    f"are rated {rag.upper()} (\"{quote}\")",
                    severity="warning", record_table=TABLE,
                )


def tokens(text: str) -> set[str]:
    text = text.lower().replace("%", " percentage ").replace("’", "").replace("'", "")
    words = set(re.findall(r"[a-z0-9]+", text)) - {"and", "of", "the", "a", "in", "to", "kpis"}
    return {"percentage" if w == "proportion" else w for w in words}


def similarity(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / max(len(ta), len(tb))


def best_match(name: str, candidates: Sequence[str], floor: float = 0.5) -> int | None:
    """Index of the candidate most like ``name``; None when none is close or two tie."""
    scores = [similarity(name, c) for c in candidates]
    if not scores:
        return None
    top = max(scores)
    if top < floor or scores.count(top) > 1:
        return None
    return scores.index(top)


def check_other_totals(
    kpis: Sequence[Kpi], ytd: Sequence[Stated], dots: Sequence[Stated], emit: Emit
) -> None:
    """Year-to-date RAG and direction-of-travel counts stated in prose vs the rows. Such a
    sentence may speak of one service only, so a disagreement is a note (info)."""
    if any(k.ytd_rag for k in kpis):
        found: Counter[str] = Counter(k.ytd_rag for k in kpis if k.ytd_rag)
        _compare(ytd, found, "year-to-date", "kpi_ytd_rag_count_mismatch", emit)
    # Only when every printed arrow could be read: garbled glyphs would make counts wrong.
    printed = [k for k in kpis if k.dot_text or k.dot]
    if printed and all(k.dot for k in printed):
        found = Counter(k.dot for k in printed if k.dot)
        _compare(dots, found, "direction-of-travel", "kpi_dot_count_mismatch", emit)


def _compare(
    stated: Sequence[Stated], found: Counter[str], what: str, check: str, emit: Emit
) -> None:
    for st in stated:
        quote = st.text if len(st.text) <= 200 else st.text[:197] + "..."
        for name, n in st.rags.items():
            if found.get(name, 0) != n:
                emit(
                    check,
                    f"the paper states {n} {what} {name.upper()} but {found.get(name, 0)} rows "
                    f"are {name.upper()} (\"{quote}\")",
                    severity="info", record_table=TABLE,
                )
