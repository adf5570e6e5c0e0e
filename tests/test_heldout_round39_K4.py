"""Held-out round 39, risks in a report's table rated by a word: the misses fixed, each on a
small paper written in the layout that showed it (other forums, hazards and words)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk


def _risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    """Every risk the reader finds in the paper, whatever kind the classifier gives it."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _report(*body: str) -> str:
    return source_lines(
        "## Tarnhollow Local Resilience Forum",
        "** Report to:  Resilience Joint Board",
        "Date of meeting:\t4 June 2027",
        "Report by:\tForum Coordinator",
        "Subject:\tLocal Hazard Assessment 2027",
        "** 1. Recommendation",
        "1.1 That the Board notes the assessment of the area's hazards.",
        *body,
    )


# ------------------------------------------- a community register names its risks as hazards

# A community risk register's table (r39e): "Ref | Hazard | NRR reference | Likelihood |
# Impact | Overall rating", each hazard named in a word or two, the rating a word alone: the
# "Hazard" column is the risk's own, the score likelihood x impact.
HAZARD_TABLE = _report(
    "** 2. The assessed hazards",
    "|% 14 40 14 12 11 14",
    "|# Ref | Hazard | NRR reference | Likelihood | Impact | Overall rating |",
    "| TH-C02 | Animal disease | NRR R22 | 2 | 3 | Medium |",
    "| TH-F11 | Surface water flooding in Kelby town centre | NRR R55 | 4 | 3 | High |",
    "| TH-S05 | Heavy snow | NRR R66 | 3 | 2 | Medium |",
    "2.1 The overall rating is taken from the Forum's matrix: Low, Medium, High or Very High.",
)


def test_hazard_column_names_the_risk(tmp_path: Path) -> None:
    assert _risks(HAZARD_TABLE, tmp_path) == [("TH-C02", 2, 3, 6), ("TH-F11", 4, 3, 12),
                                              ("TH-S05", 3, 2, 6)]


# ... but a table of premises' hazards rated for inspection names no risk by an id: no risks.
PREMISES_HAZARDS = _report(
    "** 2. Inspections",
    "|% 30 40 15 15",
    "|# Premises | Hazard | Score | Rating |",
    "| Kings Arms, Kelby | Pest activity in the cellar | 15 | Medium |",
    "| Harbour Fish Bar | Poor temperature control of stored food | 20 | High |",
)


def test_premises_hazards_are_no_register(tmp_path: Path) -> None:
    assert _risks(PREMISES_HAZARDS, tmp_path) == []
