"""The one list of extractors the pipeline runs. A new record kind is a package under
``extract/`` exposing ``KINDS`` and ``extract``, and a line here."""

from __future__ import annotations

from kcc_papers.extract import (
    Extractor,
    agenda,
    contracts,
    decisions,
    kpis,
    meetings,
    minutes,
    risks,
)

# Order matters only for readability of the output; extractors are independent.
EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("meetings", meetings.KINDS, meetings.extract),
    Extractor("agenda", agenda.KINDS, agenda.extract),
    Extractor("minutes", minutes.KINDS, minutes.extract),
    Extractor("decisions", decisions.KINDS, decisions.extract),
    Extractor("kpis", kpis.KINDS, kpis.extract),
    Extractor("risks", risks.KINDS, risks.extract),
    Extractor("contracts", contracts.KINDS, contracts.extract),
)


def extractor(name: str) -> Extractor:
    """The registered extractor called ``name`` (KeyError if there is none)."""
    return {e.name: e for e in EXTRACTORS}[name]
