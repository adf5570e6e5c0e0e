"""What a run of ``pipeline.ingest`` reports: each file's outcome (one line of ``--log-file``)
and the run's summary (``ingest --json``), apart from the pipeline that fills them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from kcc_papers import store
from kcc_papers.results import FileResult

if TYPE_CHECKING:
    from kcc_papers.models import IngestError


@dataclass
class FileOutcome:
    """What became of one file in a run (one line of ``--log-file``)."""

    path: str
    status: str  # ingested | failed | unchanged | duplicate | renamed
    pages: int = 0
    seconds: float = 0.0
    error_kind: str | None = None
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class IngestSummary:
    files: int = 0
    unchanged: int = 0
    duplicates: int = 0
    renamed: int = 0
    pruned: int = 0
    ingested: int = 0
    failed: int = 0
    pages: int = 0
    ocr_pages: int = 0
    seconds: float = 0.0
    rows: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)
    outcomes: list[FileOutcome] = field(default_factory=list)
    log: TextIO | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def note(self, outcome: FileOutcome) -> None:
        """Keep a file's outcome; with a log, append it there as one JSON line at once (a
        run killed later keeps the lines of the files it finished)."""
        self.outcomes.append(outcome)
        if self.log is not None:
            line = {"at": utc_stamp(store.now()), **outcome.to_dict()}
            self.log.write(json.dumps(line) + "\n")
            self.log.flush()

    def to_dict(self) -> dict[str, Any]:
        """The run as plain data (``ingest --json``)."""
        counts = ("files", "ingested", "unchanged", "duplicates", "renamed", "pruned", "failed",
                  "pages")
        return {
            "ok": self.ok, **{name: getattr(self, name) for name in counts},
            "seconds": round(self.seconds, 3), "rows": dict(sorted(self.rows.items())),
            "outcomes": [o.to_dict() for o in self.outcomes],
            "errors": [{**e.model_dump(mode="json"), "at": utc_stamp(e.at)} for e in self.errors],
        }


def utc_stamp(at: dt.datetime) -> str:
    """A stored time (UTC, naive as DuckDB keeps it) for a log or JSON reader, with its zone
    written out: a bare "2026-12-04T21:58:08" reads as local time in most tools."""
    return at.replace(tzinfo=dt.UTC).isoformat(timespec="seconds")


ProgressCallback = Callable[[FileResult, str], None]
