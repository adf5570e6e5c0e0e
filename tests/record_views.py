"""Extractor output as the record type a test reads: ``extract()`` returns ``list[Record]``,
and a test that reads an agenda item's fields first asserts that an agenda item is what it got
(which also lets mypy check the fields it reads)."""

from __future__ import annotations

from typing import TypeVar

from kcc_papers.models import Record

R = TypeVar("R", bound=Record)


def only(records: list[Record], kind: type[R]) -> list[R]:
    """``records``, each asserted to be a ``kind``."""
    out = [r for r in records if isinstance(r, kind)]
    assert len(out) == len(records), [type(r).__name__ for r in records]
    return out
