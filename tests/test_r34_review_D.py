"""Review of round 34's fix D (decision documents taken outside meetings: decision-maker
labels, lead members' decisions, titled numbered decision headings, withdrawn items): the
cases the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _texts(path: Path) -> list[str]:
    """The text of each decision the pipeline reads from a paper."""
    return [d.decision_text for d in process_file(str(path)).records if isinstance(d, Decision)]


# A member's record of one decision whose background lists the member's earlier decisions,
# each numbered and titled as a decision sheet heads its decisions: the list heads no
# decision; the record's one decision is the one under its "Decision" heading.
@pytest.mark.parametrize("under", [("", ""), ("Rents were frozen for one year.",
                                              "Three sites were sold for housing.")])
def test_regression_a_background_list_of_earlier_decisions_heads_no_decision(
        under: tuple[str, str], tmp_path: Path) -> None:
    paper = source_lines(
        "## Oldmoor Council",
        "** RECORD OF DECISION",
        "Decision maker:\tCabinet Member for Housing",
        "Date of decision:\t4 March 2030",
        "Subject:\tGarage rents",
        "** Background",
        "The Cabinet Member took these decisions on the garage service in 2029:",
        "Decision 1 - Garage rents review",
        *([under[0]] if under[0] else []),
        "Decision 2 - Garage site disposals",
        *([under[1]] if under[1] else []),
        "** Decision",
        "To set garage rents at 15 pounds a week from 1 April 2030.",
        "** Reasons for the decision",
        "Rents have not risen since 2026.",
    )
    assert _texts(rendered(paper, tmp_path)) == [
        "To set garage rents at 15 pounds a week from 1 April 2030."]


# A decision sheet that prints each decision's own words after its number, without a closing
# stop: the words are the decision, not a title heading it (which would leave each decision
# its "Reason:" line).
@pytest.mark.parametrize("first, second", [
    ("Decision 1 - Agreed to adopt the Tenant Engagement Strategy 2030-2033",
     "Decision 2 - Agreed to set garage rents from 1 April 2030"),
    ("Decision 1: Approve the Tenant Engagement Strategy 2030-2033",
     "Decision 2: Set garage rents at 15 pounds a week from 1 April 2030"),
    ("Decision 1 - The Executive Member approved the Tenant Engagement Strategy 2030-2033",
     "Decision 2 - The Executive Member approved garage rents of 15 pounds a week"),
])
def test_regression_a_numbered_decisions_unstopped_words_are_no_heading(
        first: str, second: str, tmp_path: Path) -> None:
    paper = source_lines(
        "## Oldmoor Council",
        "## Executive Member Decision Sheet",
        "Executive Member:\tCouncillor R Danby, Executive Member for Housing",
        "** Decisions",
        first, "Reason: the current policy has expired.",
        second, "Reason: the current policy has expired.",
        "** Declarations of interest",
        "None.",
    )
    texts = _texts(rendered(paper, tmp_path))
    assert len(texts) == 1
    assert texts[0].startswith(first)


# ... or wraps them on to the next line: the first line, unstopped, is no title.
WRAPPED_NUMBERED_DECISIONS = """OLDMOOR COUNCIL

EXECUTIVE MEMBER DECISION SHEET

Executive Member: Councillor R Danby, Executive Member for Housing

DECISIONS

Decision 1 - Adoption of the Tenant Engagement Strategy 2030-2033 and
its first-year action plan as set out in Appendix A to the report.
Reason: the current strategy expires in July 2030.

Decision 2 - Garage rents of 15 pounds a week from 1 April 2030 for
all council-owned garages in the borough.
Reason: rents have not risen since 2026.

DECLARATIONS OF INTEREST

None.
"""


def test_regression_a_numbered_decision_wrapped_keeps_its_first_line(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_text(WRAPPED_NUMBERED_DECISIONS)
    texts = _texts(path)
    assert texts
    assert texts[0].startswith("Decision 1 - Adoption of the Tenant Engagement Strategy")


# A record of a decision its maker label says a body's chair took alone (as under urgency), or
# an officer for the body: the body's words in the post name no meeting of it; the body itself
# under the label still does.
def _maker_record(label: str, maker: str) -> str:
    return source_lines(
        "## Pennard Vale District Council",
        "** RECORD OF DECISION",
        f"{label}:\t{maker}",
        "Date of decision:\t9 October 2029",
        "Subject:\tStreet trading consent fees",
        "** Decision",
        "RESOLVED that the street trading consent fee be set at 400 pounds from 1 January 2030.",
        "** Reasons for the decision",
        "The fee must cover the cost of the service.",
    )


@pytest.mark.parametrize("label", ["Decision taken by", "Decision-maker", "Decision maker"])
@pytest.mark.parametrize("maker", ["Chair of the Licensing Committee",
                                   "Vice-Chair of the Licensing Committee",
                                   "Head of Licensing for the Licensing Committee"])
def test_regression_a_decision_a_bodys_chair_took_is_no_meeting_of_the_body(
        label: str, maker: str, tmp_path: Path) -> None:
    assert documents_of(rendered(_maker_record(label, maker), tmp_path)) == [
        ("decision", None, None)]


def test_the_body_under_the_maker_label_still_is_its_meeting(tmp_path: Path) -> None:
    paper = _maker_record("Decision taken by", "Licensing Committee")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("decision", "2029-10-09", "Licensing Committee")]


# A list of a meeting's decisions whose decision cell says what was not decided and then what
# was: the cell records the decision.
def test_regression_a_cell_saying_no_decision_on_one_option_then_a_decision_is_kept(
        tmp_path: Path) -> None:
    cell = "No decision was taken on Option B; the Executive approved Option A."
    paper = source_lines(
        "## Executive - Decisions List",
        "Meeting:\tExecutive",
        "Date of meeting:\tWednesday 6 June 2029",
        "|% 8 30 52 10",
        "| Item | Subject | Decision | Key |",
        "| 4 | Car Park Charges | That the car park charges in Appendix 1 be approved. | Key |",
        f"| 5 | Town Centre Strategy | {cell} | - |",
    )
    assert _texts(rendered(paper, tmp_path)) == [
        "That the car park charges in Appendix 1 be approved.", cell]
