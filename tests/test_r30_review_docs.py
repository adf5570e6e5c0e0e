"""Review of held-out round 30's documents and risks fixes: the cases their rules misread on
papers other councils publish, each on a small paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import pack_documents, scored_risks, source_lines
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.decision_makers import decision_maker_labelled
from kcc_papers.extract.meetings.spaced_mastheads import spaced_name

# A register that never prints the word "risk" (its title "Strategic Threats Register"), its
# rows scored now and at their target, no likelihood or impact printed: a register still.
THREATS_REGISTER = """Strategic Register 2031/32
Appendix A: Strategic Threats Register
Ref\tThreat\tOwner\tScore\tTarget Score
SR01\tFailure of the waste contract\tDirector of Environment\t16\t8
SR02\tCyber attack on council systems\tHead of ICT\t20\t10
SR03\tLoss of key staff\tHead of HR\t12\t6
"""


def test_regression_a_register_scored_to_its_targets_is_kept_without_the_word_risk(
        tmp_path: Path) -> None:
    assert [r[0] for r in scored_risks(THREATS_REGISTER, tmp_path)] == ["SR01", "SR02", "SR03"]


@pytest.mark.parametrize("kind", ["Adjourned", "Inaugural", "Budget"])
def test_regression_a_minutes_heading_naming_its_meetings_kind_names_no_body(
        kind: str, tmp_path: Path) -> None:
    # "Minutes of the Adjourned Meeting held on ...": a kind of meeting, as "Quarterly" is
    source = source_lines(
        "## Wendmere Borough Council",
        f"** Minutes of the {kind} Meeting held on Thursday 17 October 2030 at the Town Hall",
        "Members present: Cllr Wendy Farrow (Chair), Cllr Alistair Brack",
        "** 41 Apologies",
        "Apologies were received from Cllr Neville Raine.",
        "** 42 Annual Plan 2031/32",
        "RESOLVED that the Annual Plan 2031/32 be approved for publication.",
    )
    assert [committee for _, _, committee in pack_documents(source, tmp_path)] != [kind]


@pytest.mark.parametrize(("heading", "committee"), [
    ("Notice of Meeting of the Cabinet", "Cabinet"),
    ("NOTICE OF MEETING OF THE PLANNING COMMITTEE", "Planning Committee"),
])
def test_regression_a_notice_of_meeting_names_its_body_not_itself(
        heading: str, committee: str, tmp_path: Path) -> None:
    # the notice's words before whatever body meets, in capitals or not, are no body's name
    source = source_lines(
        "## Wendmere Borough Council", f"** {heading}", "Date:\tWednesday 11 December 2030",
        "Time:\t9.30 am", "** AGENDA", "1. Apologies", "2. Commercial Waste Prices 2031/32",
        "3. Depot Solar Canopy")
    assert pack_documents(source, tmp_path) == [("agenda", "2030-12-11", committee)]


def test_regression_a_spaced_committee_under_its_spaced_councils_name_is_named() -> None:
    # the council's name in the same spaced letters over the committee's: the run's last
    # lines spell the body meeting, as the running foot prints it
    head = ["B R A C K E N S H I R E C O U N T Y C O U N C I L",
            "C O R P O R A T E R E S O U R C E S", "C O M M I T T E E",
            "Date: Tuesday 20 November 2018"]
    text = ("Brackenshire County Council - working for you\n"
            "Corporate Resources Committee | 20 November 2018 | 3\n")
    assert spaced_name(head, text) == {"committee": "Corporate Resources Committee"}


def test_regression_a_board_of_directors_set_with_wide_gaps_is_still_a_body() -> None:
    # a justified or text-exported line widens its gaps: "Board of  Directors" is the board
    found = addressed_to(["Report to: Board of  Directors, 11 December 2030"])
    assert " ".join(str(found.get("committee")).split()) == "Board of Directors"


def test_regression_a_decision_notice_by_a_board_of_directors_names_the_board() -> None:
    # the decision maker's label reads a person as the report's "To:" does: the board a body
    found = decision_maker_labelled(["Decision maker: Board of Directors",
                                     "Meeting date: 11 December 2030"])
    assert found.get("committee") == "Board of Directors"
    assert decision_maker_labelled(["Decision maker: Director of Finance",
                                    "Meeting date: 11 December 2030"]) == {}
