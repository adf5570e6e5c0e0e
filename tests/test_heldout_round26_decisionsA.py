"""Regression tests for held-out round 26's misses in decisions, batches A-D (procurement
decisions, project boards, school governors, academy trusts): a report's recommendations
printed as unnumbered "That the Project Board ..." paragraphs, one after another, are one
block holding every point (the second was dropped where the first ended its sentence); an
academy trust committee's "... and the proposal was not approved." a rejected decision. Each
on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pdf_minutes, source_lines
from kcc_papers.extract.decisions.recommendations import find_recommendations

# A project board's report: its two asks as paragraphs of their own, no number or letter.
BOARD_REPORT = [
    (6, "Item 5: Appointment of Main Contractor (Stage 2)"),
    (6, "Report of the Director of Place"),
    (6, "Recommendations"),
    (6, "That the Project Board recommends to Cabinet that the contract for the construction "
        "of the Harrowfield Leisure"),
    (6, "Centre be awarded to Kellaway Bright Construction Ltd for £17,396,480 under the "
        "Stage 2 JCT Design and"),
    (6, "Build contract."),
    (6, "That the Project Board notes the value engineering savings agreed with the "
        "contractor, set out in the tender"),
    (6, "evaluation below."),
    (6, "Tender evaluation"),
    (6, "The Stage 2 price was tested by the cost consultant against the Stage 4 cost plan."),
]


def test_unnumbered_that_paragraphs_are_one_block() -> None:
    # the second "That the Project Board notes ..." was left out: the block ended at the
    # first paragraph's stop, as a one-paragraph recommendation does
    blocks = find_recommendations(BOARD_REPORT)
    assert len(blocks) == 1
    assert blocks[0].text.startswith("That the Project Board recommends to Cabinet")
    assert "That the Project Board notes the value engineering savings" in blocks[0].text
    assert "Tender evaluation" not in blocks[0].text


def test_prose_after_a_one_paragraph_recommendation_still_ends_it() -> None:
    # a paragraph that is no ask of the same body, after the stop, is the report's prose
    lines = [*BOARD_REPORT[:6],
             (6, "The tender was evaluated on price and quality in the ratio 60:40."),
             (6, "That approach was agreed by the Board in July.")]
    blocks = find_recommendations(lines)
    assert len(blocks) == 1
    assert blocks[0].text.endswith("Build contract.")


# ------------------------------------------------ a proposal not approved, the clause after "and"

TRUST_MINUTES = source_lines(
    "## Kestrel Vale Learning Trust",
    "** Minutes of the Audit and Risk Committee held on Wednesday 18 November 2026 at 4.30 pm",
    "Present: A Hollins (Chair), B Okafor, C Latimer",
    "** ARC.19  Internal Scrutiny: Appointment of Reviewer",
    "The committee considered a proposal to bring internal scrutiny in house using the "
    "trust's finance team. Members were not satisfied this gave sufficient independence and "
    "the proposal was not approved.",
    "The committee AGREED that the CFO seek quotations from at least three external providers "
    "and report back.",
    "** ARC.20  Any Other Business",
    "There was none.",
)


def test_and_the_proposal_was_not_approved(tmp_path: Path) -> None:
    # the refusal in the clause after "and" (read only where "The proposal" opened the
    # sentence): a rejected decision beside the committee's AGREED
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(TRUST_MINUTES,
                                                                          tmp_path))]
    assert ("rejected", "Members were not satisfied this gave sufficient independence and the "
            "proposal was not approved.") in got
    assert ("agreed", "The committee AGREED that the CFO seek quotations from at least three "
            "external providers and report back.") in got
