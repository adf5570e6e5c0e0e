"""Held-out round 35, risk registers in unusual forms: the misses fixed, each on a small paper
written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import ScoredRisk, documents_of, rendered, source_lines
from kcc_papers.extract.risks.periods import mark_earlier_periods
from kcc_papers.extract.risks.stage_abbreviations import spelt_stage
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file


def risks_of(path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


# ------------------------------------------------- "Res L | Res I | Res score": the residual cut

def narrow_register(residual: str) -> str:
    """A register of narrow columns, its rows wrapping over several lines, scoring each risk
    inherent ("Inh"), residual (``residual``, as the columns print the word) and at target."""
    return source_lines(
        "## Fenwater District Council",
        "!! Corporate Risk Register - June 2028",
        "Presented to:\tGovernance Committee, 21 June 2028",
        "Likelihood and impact are each scored from 1 to 4.",
        "|% 3 7 7 3 3 3 7 3 3 3 4",
        f"| Ref | Risk | Cause and effect | Inh L | Inh I | Inh score | Key controls"
        f" | {residual} L | {residual} I | {residual} score | Target |",
        "| CR1 | Landfill tax rises faster than the waste budget allows | National policy"
        " and contract indexation; overspend and cuts elsewhere | 4 | 3 | 12 | Waste"
        " strategy reviewed each year by the cabinet member | 2 | 3 | 6 | 4 |",
        "| CR2 | Flooding closes the main depot for more than a week | Heavy rain and an"
        " ageing culvert; refuse rounds suspended | 3 | 4 | 12 | Business continuity plan"
        " and a standby site agreed with the county | 2 | 2 | 4 | 2 |",
        "| CR3 | Elections office cannot recruit polling staff | Low fees and an ageing"
        " pool of staff; a poll delayed or challenged | 3 | 3 | 9 | Fees raised and a"
        " recruitment drive with local colleges | 3 | 2 | 6 | 4 |",
    )


@pytest.mark.parametrize("residual", ["Res", "Resid", "Res.", "Residual"])
def test_residual_cut_short_heads_the_factors_as_the_risk_stands(
        residual: str, tmp_path: Path) -> None:
    # the residual columns are the risk as it stands: their factors, not the inherent ones
    paper = rendered(narrow_register(residual), tmp_path)
    assert risks_of(paper) == [("CR1", 2, 3, 6), ("CR2", 2, 2, 4), ("CR3", 3, 2, 6)]


def test_only_a_residual_cut_short_before_a_factor_or_score_is_spelt_out() -> None:
    assert spelt_stage("Res L") == "Residual L"
    assert spelt_stage("Resid score") == "Residual score"
    # a word of its own, or "Res" before anything but a factor or score, is left as printed
    for heading in ("Resources", "Res units", "Res. Date", "Residents", "Res"):
        assert spelt_stage(heading) == heading


# ------------------------------------ "Score Sep 2026 | ... | Current score": the earlier review

def summary_list(dated: str, standing: str) -> str:
    """A strategic risk summary listing each risk with an earlier review's score (``dated``)
    before its factors and a score headed ``standing``."""
    return source_lines(
        "## Strategic Risk Register - October 2028",
        "Report to:\tAudit Committee",
        "Date:\t12 October 2028",
        "|% 8 34 16 10 8 8 10 9",
        f"|# ID | Risk | Owner | {dated} | Current L | Current I | {standing} | Target score |",
        "| SR1 | Ferry contract subsidy rises beyond the budget | Director of Transport"
        " | 9 | 4 | 4 | 16 | 8 |",
        "| SR2 | Harbour wall fails in a winter storm | Director of Assets | 15 | 3 | 4"
        " | 12 | 6 |",
        "| SR3 | Island schools lose their specialist teachers | Director of Education"
        " | 12 | 2 | 4 | 8 | 4 |",
    )


@pytest.mark.parametrize("dated", ["Score Jul 2028", "Jul 2028 score", "Rating Q1"])
def test_a_dated_score_beside_the_current_score_is_the_earlier_review(
        dated: str, tmp_path: Path) -> None:
    paper = rendered(summary_list(dated, "Current score"), tmp_path)
    assert risks_of(paper) == [("SR1", 4, 4, 16), ("SR2", 3, 4, 12), ("SR3", 2, 4, 8)]


def test_a_dated_score_alone_is_the_score_as_it_stands() -> None:
    # no column heads the score as the risk stands: the one dated score is the current one
    parts = [["ID"], ["Risk"], ["Score Sep 2028"], ["Likelihood"], ["Impact"], ["Target"]]
    assert mark_earlier_periods(parts) == parts
    # beside a current score it is an earlier review's, in either order of its words
    for dated in ("Score Sep 2028", "Sep 2028 score"):
        parts = [["ID"], ["Risk"], [dated], ["Current score"]]
        assert mark_earlier_periods(parts)[2] == [f"Previous {dated}"]
    # a heading running on past its period is no dated score ("Score Sep 2028 forecast")
    parts = [["ID"], ["Score Sep 2028 forecast"], ["Current score"]]
    assert mark_earlier_periods(parts) == parts


# -------------------------------------------- "Strategic Risk Summary": a register by its title

SUMMARY_PAPER = source_lines(
    "## {title}",
    "Report to:\tAudit Committee",
    "Date:\t12 October 2028",
    "Report of:\tHead of Risk and Assurance",
    "** 1. Recommendation",
    "1.1 The Committee is asked to {ask}.",
    "** 2. Risks",
    "The risks below are scored for likelihood and impact from 1 to 5 and the score is their"
    " product.",
    "|% 8 40 16 8 8 10",
    "|# ID | Risk | Owner | Current L | Current I | Current score |",
    "| SR1 | Ferry contract subsidy rises beyond the budget | Director of Transport"
    " | 4 | 4 | 16 |",
    "| SR2 | Harbour wall fails in a winter storm | Director of Assets | 3 | 4 | 12 |",
)


@pytest.mark.parametrize("title", ["Strategic Risk Summary - October 2028",
                                   "Corporate Risks Summary: Quarter 2"])
def test_a_paper_titled_a_strategic_risk_summary_is_a_risk_register(
        title: str, tmp_path: Path) -> None:
    paper = rendered(SUMMARY_PAPER.format(title=title, ask="note the strategic risk position"),
                     tmp_path)
    assert documents_of(paper) == [("risk_register", "2028-10-12", "Audit Committee")]


def test_a_risk_summary_section_of_a_decision_report_leaves_it_a_report(
        tmp_path: Path) -> None:
    # a report titled by its decision, with a risk summary among its sections, is a report
    source = SUMMARY_PAPER.format(
        title="Harbour Wall Repair Contract",
        ask="approve the award of the harbour wall repair contract").replace(
        "** 2. Risks", "** 2. Strategic risk summary")
    paper = rendered(source, tmp_path)
    assert documents_of(paper) == [("report", "2028-10-12", "Audit Committee")]
