"""What the held-out rounds' tests share: the scorer's floor over a set of batches, and the
records of a small minutes paper given as text."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import contexts, text_contexts
from kcc_papers.extract import Context, minutes
from kcc_papers.models import Decision, Minute, Record

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout_accuracy

# Each round's papers must score at least this F1 in every class the scorer counts.
FLOOR = 0.9


def below_floor(batches: set[str]) -> dict[str, float]:
    """The classes whose F1 over ``batches`` is below the floor (none when all is well)."""
    totals, per_file = heldout_accuracy.evaluate(batches)
    assert set(per_file) == batches, "a batch names a paper the held-out set does not hold"
    return {c: round(s.f1, 2) for c, s in totals.items() if s.f1 < FLOOR}


def minutes_of(text: str, tmp_path: Path) -> list[Record]:
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    return minutes.extract(ctx)


def numbers(records: list[Record]) -> list[tuple[str | None, str]]:
    """Each minute's number and title."""
    return [(m.minute_number, m.title) for m in records if isinstance(m, Minute)]


def decisions_in(records: list[Record]) -> list[Decision]:
    return [d for d in records if isinstance(d, Decision)]


def paper_contexts(name: str, tmp_path: Path, kind: str | None = None) -> list[Context]:
    """The contexts of a held-out ``.pdfsrc`` paper, rendered to a PDF as the scorer renders it."""
    pdf = heldout_accuracy.render_pdf(Path(heldout_accuracy.PAPERS) / name, tmp_path)
    return contexts(pdf, kind)
