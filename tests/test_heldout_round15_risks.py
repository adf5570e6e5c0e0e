"""Regression tests for the risk-register misses of held-out round 15's blind batches: a factor's
column naming its stage in brackets ("Consequence (current)"), a key table printed without
rules (read as lines), a register written as a paragraph per risk ("Current L4 I3, score 12"),
a profile whose heading's title is one word, and a board's register with colour-filled scores
and merged owner cells. Small papers in other councils' words, each with a guard of the general
rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import Context, risks
from kcc_papers.extract.risks.prose_rows import prose_entries
from kcc_papers.extract.risks.rows import Row
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _contexts(source: str, tmp_path: Path) -> list[Context]:
    return contexts(rendered(source, tmp_path))


def _rows(source: str, tmp_path: Path) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in _contexts(source, tmp_path) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# A health body's register: "consequence x likelihood", consequence first, each factor's
# column naming its stage after it in brackets; the score and target in their own columns.
BRACKETED_STAGE = source_lines(
    "!! Board Assurance Risk Register",
    "Committee:\tQuality and Safety Committee",
    "Date:\t9 March 2028",
    "Risks are scored consequence (C) multiplied by likelihood (L), each 1 to 5.",
    "--- page landscape ---",
    "|% 9 40 14 14 12 11",
    "|~ Risk ID | Risk description | Consequence (current) | Likelihood (current) "
    "| Current score | Target score |",
    "| 3307 | Ambulance handover delays at the emergency department | 4 | 5 | 20 | 8 |",
    "| 3412 | Loss of the pathology network through a supplier failure | 5 | 2 | 10 | 5 |",
    "| 3520 | Vacancies in theatre nursing exceed the agreed tolerance | 3 | 4 | 12 | 6 |",
)


def test_regression_bracketed_stage_consequence_is_impact(tmp_path: Path) -> None:
    assert _rows(BRACKETED_STAGE, tmp_path) == [
        ("3307", 5, 4, 20), ("3412", 2, 5, 10), ("3520", 4, 3, 12)]


# Guard: a factor named with the target stage in brackets is the target's factor, never the
# current one nor the score.
TARGET_BRACKETED = source_lines(
    "!! Corporate Risk Register",
    "Committee:\tAudit Committee",
    "Date:\t2 February 2028",
    "|~ Risk ID | Risk description | Likelihood (current) | Impact (current) | Current score "
    "| Likelihood (target) | Impact (target) |",
    "| CR 4 | Failure of the payroll system during the migration | 3 | 4 | 12 | 2 | 4 |",
    "| CR 5 | Insufficient school places in the east of the county | 4 | 3 | 12 | 2 | 3 |",
)


def test_regression_bracketed_target_stage_is_target(tmp_path: Path) -> None:
    found = [r for ctx in _contexts(TARGET_BRACKETED, tmp_path) for r in risks.extract(ctx)
             if isinstance(r, Risk)]
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_likelihood,
             r.target_impact) for r in found] == [
        ("CR 4", 3, 4, 12, 2, 4), ("CR 5", 4, 3, 12, 2, 3)]


# A key printed without rules (it reads as lines: "Score Likelihood Score Impact" over "1 Rare
# 1 Negligible"), then profiles giving each factor in words only.
LINE_KEY = source_lines(
    "!! Strategic Risk Register",
    "Meeting:\tGovernance and Audit Committee",
    "Date:\t30 November 2027",
    "** Scoring",
    "Each risk is assessed using the words in the key below.",
    "|% 12 30 12 46",
    "|- Score | Likelihood | Score | Impact |",
    "| 1 | Remote | 1 | Negligible |",
    "| 2 | Unlikely | 2 | Limited |",
    "| 3 | Possible | 3 | Noticeable |",
    "| 4 | Probable | 4 | Severe |",
    "| 5 | Expected | 5 | Extreme |",
    "The score is likelihood multiplied by impact.",
    "--- page ---",
    "** Risk profiles",
    "Risk ref:\tGR1",
    "Risk title:\tRecruitment of planning officers",
    "Current likelihood:\tProbable",
    "Current impact:\tNoticeable",
    "Current score:\t12",
    "Risk ref:\tGR2",
    "Risk title:\tFlooding of the civic centre basement",
    "Current likelihood:\tRemote",
    "Current impact:\tExtreme",
    "Current score:\t5",
)


def test_regression_key_table_printed_as_lines(tmp_path: Path) -> None:
    assert _rows(LINE_KEY, tmp_path) == [("GR1", 4, 3, 12), ("GR2", 1, 5, 5)]


# A register written as prose, a paragraph per risk opening with its code, beside a heat map
# of the codes. A paragraph giving only the inherent factors states no current score.
PROSE = source_lines(
    "!! Corporate Risk Register Update",
    "Report to:\tResources Scrutiny Committee, 4 October 2027",
    "** Risk scoring",
    "Likelihood and impact are each scored 1 to 4; the score is their product.",
    "|% 25 25 25 25",
    "|# Likelihood | Impact 2 | Impact 3 | Impact 4 |",
    "| 4 Very high | - | CR2 | - |",
    "| 3 High | CR3 | - | CR1 |",
    "** Risk summaries",
    "CR1 Pension fund valuation: the employer contribution rate rises above the budget "
    "assumption. Owner: Treasurer. Current L3 I4, score 12. Unchanged.",
    "CR2 Recruitment of retained crews in rural stations. Owner: Head of Response. "
    "Current L4 I3, score 12. Increased.",
    "CR3 Replacement of the command and control system. Owner: Head of ICT. Current L3 I2, "
    "score 6. Reduced.",
    "CR4 Industrial action. Owner: Director of People. Inherent L4 I4, score 16.",
)


def test_regression_prose_register_current_factors(tmp_path: Path) -> None:
    found = [r for ctx in _contexts(PROSE, tmp_path) for r in risks.extract(ctx)
             if isinstance(r, Risk)]
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.owner, r.title)
            for r in found] == [
        ("CR1", 3, 4, 12, "Treasurer", "Pension fund valuation"),
        ("CR2", 4, 3, 12, "Head of Response", "Recruitment of retained crews in rural stations"),
        ("CR3", 3, 2, 6, "Head of ICT", "Replacement of the command and control system")]


# Profiles headed by their code and title, one title a single word; the scale's words are
# keyed in a table at the end.
ONE_WORD_TITLE = source_lines(
    "!! Strategic Risk Profiles",
    "Committee:\tGovernance and Audit Committee",
    "Date:\t12 January 2028",
    "** SR1 Adult social care demand",
    "Risk owner:\tDirector of Adult Services",
    "Current likelihood:\tProbable",
    "Current impact:\tSerious",
    "Current score:\t9",
    "** SR2 Workforce",
    "Risk owner:\tDirector of Resources",
    "Current likelihood:\tPossible",
    "Current impact:\tMinor",
    "Current score:\t2",
    "** QA4 Procurement",
    "Current likelihood:\tProbable",
    "Current score:\t6",
    "** SR3 Cyber resilience",
    "Risk owner:\tHead of Digital",
    "Current likelihood:\tUnlikely",
    "Current impact:\tCritical",
    "Current score:\t4",
    "|- Score | Likelihood | Score | Impact |",
    "| 4 | Almost certain | 4 | Critical |",
    "| 3 | Probable | 3 | Serious |",
    "| 2 | Possible | 2 | Significant |",
    "| 1 | Unlikely | 1 | Minor |",
)


def test_regression_profile_heading_one_word_title(tmp_path: Path) -> None:
    # "SR2 Workforce" carries on the SR codes; "QA4 Procurement" does not, and is no heading
    # (its lines stay with SR2's block, whose own labels came first)
    assert _rows(ONE_WORD_TITLE, tmp_path) == [
        ("SR1", 3, 3, 9), ("SR2", 2, 1, 2), ("SR3", 1, 4, 4)]


# A joint board's register: the current score's cell filled with its colour, an owner cell
# merged over the rows below it, the score before controls in a column of its own.
BOARD_REGISTER = source_lines(
    "## Lochside Integration Joint Board",
    "!! Strategic Risk Register",
    "Date of Meeting:\t3 March 2027.",
    "** Appendix 1: Strategic Risk Register",
    "|% 8 34 10 10 10 10 18",
    "|# Risk No. | Risk | Initial Score | Likelihood | Consequence | Current Score "
    "| Risk Owner |",
    "| 1 | Financial sustainability: spending exceeds the funding delegated by the partners. "
    "| 25 | 4 | 5 | {#ff0000}20 | Chief Finance Officer |",
    "| 2 | Failure of a care home provider on one of the islands. | 20 | 3 | 4 "
    "| {#ffc000}12 | Head of Community Care |",
    "| 3 | Ferry disruption prevents staff reaching services. | 16 | 2 | 3 | {#92d050}6 | ^ |",
)


def test_regression_board_register_filled_scores_merged_owner(tmp_path: Path) -> None:
    found = [r for ctx in _contexts(BOARD_REGISTER, tmp_path) for r in risks.extract(ctx)
             if isinstance(r, Risk)]
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.owner) for r in found] == [
        ("1", 4, 5, 20, "Chief Finance Officer"), ("2", 3, 4, 12, "Head of Community Care"),
        ("3", 2, 3, 6, "Head of Community Care")]


def test_regression_prose_register_factors_wrapped_onto_own_line() -> None:
    # the stage's word ends one line and its factors open the next: "L4 I3, score 12." is no
    # paragraph of a risk "L4" (which cut CR2's paragraph short of its factors, losing it)
    rows = [Row(1, [text]) for text in (
        "CR2 Recruitment of retained crews in rural stations. Owner: Head of Response. Current",
        "L4 I3, score 12. Increased.",
        "CR3 Replacement of the command and control system. Owner: Head of ICT. Current L3 I2,",
        "score 6. Reduced.",
    )]
    assert [(e.risk_id, e.likelihood, e.impact, e.current.value if e.current else None)
            for e in prose_entries(rows)] == [("CR2", "4", "3", 12), ("CR3", "3", "2", 6)]
