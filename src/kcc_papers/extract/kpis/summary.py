"""Summary tables a report prints about its own KPIs: RAG counts by service ("| G | A | R |"
with a TOTAL row) and the RAG of each KPI by service ("RAG rating | Latest | Previous")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kcc_papers.extract.kpis.checks import Emit, best_match
from kcc_papers.extract.kpis.common import Section
from kcc_papers.extract.kpis.layout import Item, is_wordy, tables_of
from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.models import Kpi

RAG_RATING = re.compile(r"\bRAG\s+rating\b", re.I)


@dataclass(slots=True)
class ServiceCount:
    label: str  # service name, "TOTAL", or "" for the section it is printed in
    counts: dict[str, int]
    page: int


@dataclass(slots=True)
class SummaryRag:
    service: str | None
    description: str
    latest: str | None
    previous: str | None
    page: int


def count_tables(items: list[Item]) -> list[ServiceCount]:
    """Rows under a G/A/R (or GREEN/AMBER/RED) header. Rows whose cells do not line up with
    the header (a reader dropped an empty cell) are skipped rather than guessed."""
    out = []
    for rows in tables_of(items):
        columns: dict[str, int] | None = None
        width = 0
        for row in rows:
            rags = {parse_rag(c): i for i, c in enumerate(row.cells) if parse_rag(c)}
            if len(rags) == 3 and not any(re.search(r"\d", c) for c in row.cells):
                columns, width = {str(k): v for k, v in rags.items()}, len(row.cells)
                continue
            if columns is None or len(row.cells) != width:
                continue
            values = [row.cells[i].strip() for i in columns.values()]
            if not all(re.fullmatch(r"\d{0,3}", v) for v in values) or not any(values):
                continue
            label = " ".join(row.cells[0].split()) if 0 not in columns.values() else ""
            if re.fullmatch(r"(KPI\s+)?Summary", label, re.I):
                label = ""
            counts = {rag: int(row.cells[i].strip() or 0) for rag, i in columns.items()}
            out.append(ServiceCount(label, counts, row.page))
    return out


def rag_summaries(items: list[Item]) -> list[SummaryRag]:
    """Per-KPI rows of "RAG rating" tables: description, latest RAG, previous RAG. Text exports
    run neighbouring tables together, so a "RAG rating" row opens a summary wherever it is."""
    out = []
    for rows in tables_of(items):
        active, service = False, None
        for row in rows:
            if any(RAG_RATING.search(c) for c in row.cells):
                active, service = True, None
                for c in row.cells:
                    m = re.match(r"^(.*?)\s*\bKPIs\b", " ".join(c.split()))
                    if m and not RAG_RATING.search(c):
                        service = m.group(1) or None
                continue
            cells = [c for c in row.cells if c.strip()]
            if not active or len(cells) < 2 or not is_wordy(cells[0]):
                continue
            rags = [parse_rag(c) for c in cells[1:3]]
            if rags[0] is None:
                continue
            previous = rags[1] if len(rags) > 1 else None
            desc = " ".join(cells[0].split())
            out.append(SummaryRag(service, desc, rags[0], previous, row.page))
    return out


def check_service_counts(
    kpis: list[Kpi], counts: list[ServiceCount], sections: list[Section], emit: Emit
) -> None:
    """Each RAG-by-service count (and the TOTAL row) against the rows of that service."""
    if not kpis:
        return
    names = [s.name or "" for s in sections]
    for count in counts:
        if re.fullmatch(r"total", count.label, re.I):
            rows, what = kpis, "all services"
        else:
            if count.label:
                at = best_match(count.label, names)
            else:  # a "KPI Summary" printed on the first page of its own section
                at = next((i for i, s in enumerate(sections) if s.page == count.page), None)
            if at is None or not names[at]:
                continue
            rows = [k for k in kpis if k.service_area == names[at]]
            what = names[at]
        if not rows:
            continue
        found: Counter[str] = Counter(k.latest_rag for k in rows if k.latest_rag)
        for rag, n in count.counts.items():
            if found.get(rag, 0) != n:
                emit(
                    "kpi_service_count_mismatch",
                    f"{what}: the summary table (page {count.page}) counts {n} {rag.upper()} "
                    f"but {found.get(rag, 0)} KPI rows are {rag.upper()}",
                    severity="warning", record_table="kpis", page=count.page,
                )


def check_summary_rags(kpis: list[Kpi], summaries: list[SummaryRag], emit: Emit) -> None:
    """A KPI's latest/previous RAG in the summary table against its own box."""
    descriptions = [k.description for k in kpis]
    for entry in summaries:
        at = best_match(entry.description, descriptions, floor=0.6)
        if at is None:
            continue
        kpi = kpis[at]
        for name, said, own in (
            ("latest", entry.latest, kpi.latest_rag),
            ("previous", entry.previous, kpi.previous_rag),
        ):
            if said and own and said != own:
                emit(
                    "kpi_summary_rag_mismatch",
                    f"{kpi.description[:80]}: the summary table (page {entry.page}) gives the "
                    f"{name} RAG as {said.upper()}, the KPI itself (page {kpi.page}) as "
                    f"{own.upper()}",
                    severity="warning", record_table="kpis", record_ref=kpi.ref, page=entry.page,
                )
