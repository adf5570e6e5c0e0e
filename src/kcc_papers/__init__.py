"""kcc-papers: local-government committee papers as structured, queryable records.

The public API::

    from kcc_papers import ingest, process_file, Kpi

    summary = ingest(["papers/"], "papers.duckdb")   # read, extract, check, store
    result = process_file("pack.pdf")                # one file's records, nothing stored

and the record models (:mod:`kcc_papers.models`). Names are imported on first use: the CLI
imports this package, and its start-up must not pay for DuckDB, pydantic or the readers.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kcc_papers.models import (
        ActivityIndicator,
        AgendaItem,
        Attendance,
        Contract,
        Decision,
        Declaration,
        Document,
        Finding,
        IngestError,
        Kpi,
        Meeting,
        Minute,
        Record,
        Risk,
        RiskAction,
        RiskControl,
        SourceFile,
        Vote,
    )
    from kcc_papers.pipeline import FileResult, IngestSummary, ingest, process_file

__all__ = [
    "ActivityIndicator", "AgendaItem", "Attendance", "Contract", "Decision", "Declaration",
    "Document", "FileResult", "Finding", "IngestError", "IngestSummary", "Kpi", "Meeting",
    "Minute", "Record", "Risk", "RiskAction", "RiskControl", "SourceFile", "Vote", "ingest",
    "process_file",
]
_PIPELINE = ("FileResult", "IngestSummary", "ingest", "process_file")
# Where each public name lives: the pipeline's four, and the record models.
_HOME = {name: "kcc_papers.pipeline" if name in _PIPELINE else "kcc_papers.models"
         for name in __all__}


def __getattr__(name: str) -> Any:
    # AttributeError for anything else, so `from kcc_papers import store` imports the module.
    if name not in _HOME:
        raise AttributeError(f"module 'kcc_papers' has no attribute {name!r}")
    value = getattr(import_module(_HOME[name]), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
