"""Regression tests for the risk-register misses of held-out round 17's blind batches: a
register scored before and after its controls under abbreviated headings ("Inh. L | Inh. I |
Inh. Score | Res. L | Res. I | Res. Score"). Small papers in other councils' words, each with
a guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _rows(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# A service register on a page turned sideways, run over two pages with its header printed
# again: the inherent and the residual factors and scores under headings shortened to fit
# ("Inh. Score" before "Res. Score"); the residual ones are the risk as it stands.
ABBREVIATED_STAGES = source_lines(
    "!! Coastal Protection Risk Register",
    "Report to:\tCoastal Management Panel",
    "Date of meeting:\t9 October 2028",
    "Each risk is scored before controls (inherent) and with them (residual): L x I.",
    "--- page rotated ---",
    "** Appendix A: Coastal Protection Risk Register",
    "|% 8 30 6 6 7 22 6 6 7 12",
    "|# Risk ID | Risk description | Inh. L | Inh. I | Inh. Score | Key controls | Res. L "
    "| Res. I | Res. Score | Risk owner |",
    "| CP-01 | Breach of the shingle ridge at the harbour mouth during a winter storm "
    "| 5 | 5 | 25 | Beach recycling; storm watch rota | 3 | 5 | 15 | Coastal Engineer |",
    "| CP-02 | Grant in aid for the revetment scheme not secured | 4 | 4 | 16 "
    "| Business case reviews with the agency | 2 | 4 | 8 | Head of Place |",
    "| --- page --- |",
    "| CP-03 | Groyne inspections missed through staff shortage | 3 | 3 | 9 "
    "| Inspection contract | 2 | 2 | 4 | Coastal Engineer |",
)


def test_abbreviated_inherent_scores_read_as_current(tmp_path: Path) -> None:
    assert _rows(ABBREVIATED_STAGES, tmp_path) == [
        ("CP-01", 3, 5, 15), ("CP-02", 2, 4, 8), ("CP-03", 2, 2, 4)]


# Guard: a register printing one stage only, its score under "Score", is read as before.
ONE_STAGE = source_lines(
    "!! Coastal Protection Risk Register",
    "Report to:\tCoastal Management Panel",
    "Date of meeting:\t9 October 2028",
    "|# Risk ID | Risk description | L | I | Score | Risk owner |",
    "| CP-01 | Breach of the shingle ridge at the harbour mouth | 3 | 5 | 15 "
    "| Coastal Engineer |",
    "| CP-02 | Grant in aid for the revetment scheme not secured | 2 | 4 | 8 "
    "| Head of Place |",
)


def test_one_stage_register_keeps_its_score(tmp_path: Path) -> None:
    assert _rows(ONE_STAGE, tmp_path) == [("CP-01", 3, 5, 15), ("CP-02", 2, 4, 8)]
