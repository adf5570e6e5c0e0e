"""Extractors: a package per record kind, each kept to one contract, :class:`Extractor` (its
name, the document kinds it reads, ``extract(ctx)``), and listed once, in
:data:`kcc_papers.extract.registry.EXTRACTORS`. The pipeline runs every extractor on every
document of its kinds, fills in provenance, and turns a crash into a finding, so one
extractor's bug never costs another's records."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

from kcc_papers.load.model import Source
from kcc_papers.models import (
    ActivityIndicator,
    AgendaItem,
    Attendance,
    Decision,
    Document,
    Finding,
    Kpi,
    Minute,
    Record,
    Risk,
    Severity,
)
from kcc_papers.normalise import moderngov
from kcc_papers.segment import Segment


@dataclass
class Context:
    source: Source
    segment: Segment
    document: Document
    # The pack's other documents (the agenda of a pack, say), when the file held several.
    siblings: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def finding(
        self,
        check: str,
        message: str,
        *,
        severity: Severity = "warning",
        record_table: str | None = None,
        record_ref: str | None = None,
        page: int | None = None,
    ) -> None:
        self.findings.append(
            Finding(
                document_id=self.document.document_id,
                record_table=record_table,
                record_ref=record_ref,
                check=check,
                severity=severity,
                message=message,
                page=page,
            )
        )


@dataclass(frozen=True)
class Extractor:
    """What every extractor is. ``extract`` reads one document and returns its records (without
    provenance: the pipeline stamps it); it may raise, and the pipeline turns that into an
    ``extractor_failed`` finding naming ``name``."""

    name: str
    # The document kinds it reads (Document.kind); None: every kind.
    kinds: Collection[str] | None
    extract: Callable[[Context], Iterable[Record]]

    def applies(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds


# The records that show the extractors recognised the structure of a paper of each kind. A
# cover report filed as a performance report shows its recommendations, not KPIs.
STRUCTURE: dict[str, tuple[type[Record], ...]] = {
    "agenda": (AgendaItem,),
    "minutes": (Minute,),
    "report": (Decision,),
    "decision": (Decision,),
    "forward_plan": (Decision,),
    "performance_report": (Kpi, ActivityIndicator, Decision),
    "risk_register": (Risk,),
}
# Findings that already say why a document gave nothing.
EXPLAINED = ("layout_unrecognised", "extractor_failed", "source_damaged")


def check_structure(ctx: Context, records: Iterable[Record]) -> None:
    """One check for every extractor: a document classified as a paper kind from which no
    record of that kind's structure came is in a layout nobody here has met. Say so (with
    the document and its first page) rather than let its emptiness pass for "nothing there"."""
    kinds = STRUCTURE.get(ctx.document.kind)
    if ctx.document.kind == "minutes" and _attendance_page(ctx):
        kinds = (Attendance,)  # a ModernGov "Meeting attendance" page lists who came, no items
    if not kinds or any(isinstance(r, kinds) for r in records):
        return
    if any(f.check.endswith(EXPLAINED) for f in ctx.findings):
        return
    names = " or ".join(k.__name__ for k in kinds)
    doc = ctx.document
    ctx.finding(
        "layout_unrecognised",
        f"{doc.kind} on pages {doc.page_from}-{doc.page_to}: no {names} recognised; its layout "
        "is not one the extractors know, so it gives no such records",
        page=doc.page_from,
    )


def _attendance_page(ctx: Context) -> bool:
    return moderngov.page_type([line.text for _, line in ctx.segment.lines]) == "attendance"
