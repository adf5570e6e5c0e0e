"""A regression test per bug found on a paper (pdfplumber's test_issues.py style)."""

from __future__ import annotations

from conftest import ROOT
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.normalise.recommendations import find_recommendations
from kcc_papers.pipeline import process_file

RAW = ROOT / "data" / "raw"


def test_regression_kent_minutes_correctly_recorded_is_an_approval() -> None:
    text = ("RESOLVED that the minutes of the meeting held on 9 January 2025 are correctly "
            "recorded and that they be signed by the Chairman.")
    assert classify_outcome(text) == "approved"


def test_regression_recommendation_sentence_running_onto_recommendations_to() -> None:
    lines = [
        (1, "Recommendation(s):"),
        (1, "The Committee is asked to ENDORSE or make"),
        (1, "recommendations to the Cabinet Member for Finance on the proposed decision to:"),
        (1, "(a) EXTEND the contract for two years; and"),
        (1, "(b) DELEGATE authority to the Director of Infrastructure."),
        (1, "1. Introduction"),
    ]
    (block,) = find_recommendations(lines)
    assert block.text.startswith("The Committee is asked to ENDORSE or make recommendations to")
    assert "(b) DELEGATE" in block.text


def test_regression_sample_report_has_one_recommendation_decision() -> None:
    result = process_file(str(RAW / "sample_agenda_pack.pdf"))
    asks = [r for r in result.records if type(r).__name__ == "Decision"
            and r.source == "report" and r.ref == "24/00123"]  # type: ignore[attr-defined]
    assert len(asks) == 1 and asks[0].outcome == "endorsed"  # type: ignore[attr-defined]


def test_regression_kent_recorded_vote_with_side_headings() -> None:
    from kcc_papers.normalise.votes import recorded_votes

    lines = ["3. A recorded vote was requested.", "For (3)", "Mr A Abel, Mrs B Bell and Mr",
             "C Cole", "Against (1)", "Ms D Dunn", "Abstain (0)", "Carried",
             "4. RESOLVED that the report be noted."]
    (vote,) = recorded_votes(lines)
    assert (vote.votes_for, vote.votes_against, vote.abstentions, vote.outcome) == (
        3, 1, 0, "carried")
    assert vote.names_for == ["Mr A Abel", "Mrs B Bell", "Mr C Cole"]
    assert vote.names_against == ["Ms D Dunn"] and vote.names_abstain == []
