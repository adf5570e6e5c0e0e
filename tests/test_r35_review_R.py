"""Review of round 35's fix R (risk registers in unusual forms: "Res L", a dated score beside
the current one, a paper titled "Strategic Risk Summary"): the cases the review found read
wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import ScoredRisk, documents_of, rendered, source_lines
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file


def _risks(path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


def _summary_list(headings: list[str], *values: list[str]) -> str:
    """A strategic risk summary listing two risks, their id, title and owner before the
    ``headings`` given, each row's cells under them ``values``."""
    risks = [["SR1", "Ferry contract subsidy rises beyond the budget", "Director of Transport"],
             ["SR2", "Harbour wall fails in a winter storm", "Director of Assets"]]
    return source_lines(
        "## Strategic Risk Register - October 2028",
        "Report to:\tAudit Committee",
        "Date:\t12 October 2028",
        "|% " + " ".join(["10"] * (3 + len(headings))),
        "|# " + " | ".join(["ID", "Risk", "Owner", *headings]) + " |",
        *["| " + " | ".join(r + v) + " |" for r, v in zip(risks, values, strict=True)])


# ------------------------------------------------ a dated score beside the current score

@pytest.mark.parametrize("dated", [("Rating Q1", "Rating Q2"), ("Q1 score", "Q2 score")])
def test_regression_two_dated_scores_beside_the_current_score_are_both_earlier(
        dated: tuple[str, str], tmp_path: Path) -> None:
    # two quarters' scores and a "Current rating" column: the current one says it is, the
    # latest quarter's is an earlier review's as the one quarter's is
    paper = rendered(_summary_list([*dated, "Current L", "Current I", "Current rating"],
                                   ["12", "9", "4", "4", "16"],
                                   ["15", "20", "3", "4", "12"]), tmp_path)
    assert _risks(paper) == [("SR1", 4, 4, 16), ("SR2", 3, 4, 12)]


def test_regression_a_current_rating_of_a_level_alone_leaves_the_dated_score_current(
        tmp_path: Path) -> None:
    # "Current rating" prints the level ("High") and no factor scores it: the one score the
    # paper prints is the dated one, the risk as it stands
    paper = rendered(_summary_list(["Score Sep 2028", "Current rating", "Target score"],
                                   ["16", "High", "8"], ["12", "Medium", "6"]), tmp_path)
    assert _risks(paper) == [("SR1", None, None, 16), ("SR2", None, None, 12)]


def test_a_current_rating_of_a_level_beside_current_factors_still_supersedes_the_dated(
        tmp_path: Path) -> None:
    paper = rendered(_summary_list(
        ["Score Jul 2028", "Current L", "Current I", "Current rating", "Target score"],
        ["9", "4", "4", "High", "8"], ["15", "3", "4", "High", "6"]), tmp_path)
    assert _risks(paper) == [("SR1", 4, 4, 16), ("SR2", 3, 4, 12)]


@pytest.mark.parametrize("dated", ["Score (Jul 2028)", "Score at Jul 2028", "Rating as at Q1",
                                   "Score - Jul 2028"])
def test_regression_a_dated_score_worded_otherwise_is_the_earlier_review(
        dated: str, tmp_path: Path) -> None:
    paper = rendered(_summary_list([dated, "Current L", "Current I", "Current score"],
                                   ["9", "4", "4", "16"], ["15", "3", "4", "12"]), tmp_path)
    assert _risks(paper) == [("SR1", 4, 4, 16), ("SR2", 3, 4, 12)]


# ------------------------------------------------------- "Strategic Risk Summary" as title

def _titled(*head: str, ask: str = "note the strategic risk position") -> str:
    return source_lines(
        *head,
        "Report to:\tCabinet",
        "Date:\t12 October 2028",
        "Report of:\tDirector of Assets",
        "** 1. Recommendation",
        f"1.1 The Cabinet is asked to {ask}.",
        "** 2. Risks",
        "The risks below are scored for likelihood and impact from 1 to 5 and the score is"
        " their product.",
        "|% 8 40 16 8 8 10",
        "|# ID | Risk | Owner | Current L | Current I | Current score |",
        "| SR1 | Ferry contract subsidy rises beyond the budget | Director of Transport"
        " | 4 | 4 | 16 |",
        "| SR2 | Harbour wall fails in a winter storm | Director of Assets | 3 | 4 | 12 |")


def test_regression_a_decision_report_with_a_risk_summary_heading_stays_a_report(
        tmp_path: Path) -> None:
    # an unnumbered "Strategic risk summary" heading among a contract award's first lines
    paper = rendered(_titled(
        "## Harbour Wall Repair Contract", "** Strategic risk summary",
        ask="approve the award of the harbour wall repair contract to Coastline Civils Ltd"),
        tmp_path)
    assert documents_of(paper) == [("report", "2028-10-12", "Cabinet")]


@pytest.mark.parametrize("title", [
    "Appendix A - Strategic Risk Summary - October 2028",
    "Agenda Item 7: Corporate Risk Summary",
    "Quarter 2 Strategic Risk Summary",
    "Crynodeb Risg Strategol / Strategic Risk Summary",
])
def test_regression_a_risk_summary_title_after_its_place_or_period_is_a_register(
        title: str, tmp_path: Path) -> None:
    paper = rendered(_titled(f"## {title}"), tmp_path)
    assert documents_of(paper) == [("risk_register", "2028-10-12", "Cabinet")]
