"""Regression tests for the risk-register misses of held-out round 17's blind batches: a
register scored before and after its controls under abbreviated headings ("Inh. L | Inh. I |
Inh. Score | Res. L | Res. I | Res. Score"), and a summary table giving only each risk's rating
over a block per risk giving its factors as labelled lines ("Likelihood: 4 (Likely)"). Small
papers in other councils' words, each with a guard of the general rule that fixed it."""

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


# A corporate register: a summary table printing each risk's rating alone, then a block per
# risk headed by its id and title, its factors and rating as "Label: value" lines. The blocks
# are the risks the table lists, merged with its rows by their ids.
SUMMARY_AND_BLOCKS = source_lines(
    "!! Strategic Risk Register - March 2028",
    "Report to:\tAudit and Standards Committee",
    "Date of meeting:\t15 March 2028",
    "Each risk is scored for likelihood and impact from 1 to 5; its rating is their product.",
    "** Summary of strategic risks",
    "|# Ref | Risk title | Current Risk Rating | Target Risk Rating |",
    "| SRR0011 | Medium term financial plan | 20 (High) | 12 (Medium) |",
    "| SRR0012 | Special educational needs transport | 12 (Medium) | 8 (Medium) |",
    "| SRR0013 | Waste disposal contract | 6 (Low) | 6 (Low) |",
    "--- page ---",
    "** SRR0011 Medium term financial plan",
    "Risk description:\tThe Council cannot balance its budget over the plan period.",
    "Risk owner:\tChief Finance Officer",
    "Likelihood:\t4 (Likely)",
    "Impact:\t5 (Major)",
    "Current Risk Rating:\t20 (High)",
    "Target Risk Rating:\t12 (Medium) by 31/03/2029",
    "** SRR0012 Special educational needs transport",
    "Risk description:\tDemand for home to school transport outgrows its budget.",
    "Risk owner:\tDirector of Education",
    "Likelihood:\t3 (Possible)",
    "Impact:\t4 (Significant)",
    "Current Risk Rating:\t12 (Medium)",
    "Target Risk Rating:\t8 (Medium) by 31/12/2028",
)


def test_labelled_blocks_under_summary_table_read(tmp_path: Path) -> None:
    assert _rows(SUMMARY_AND_BLOCKS, tmp_path) == [
        ("SRR0011", 4, 5, 20), ("SRR0012", 3, 4, 12), ("SRR0013", None, None, 6)]


# Guard: the summary table alone gives each risk its rating, and no factors it does not print.
SUMMARY_ALONE = SUMMARY_AND_BLOCKS.split("--- page ---")[0]


def test_summary_table_alone_keeps_its_ratings(tmp_path: Path) -> None:
    assert _rows(SUMMARY_ALONE, tmp_path) == [
        ("SRR0011", None, None, 20), ("SRR0012", None, None, 12), ("SRR0013", None, None, 6)]
