"""Regression (session 51): votes and awards told as another meeting's or another year's.

A motion lost at another meeting, told in a report to this one ("The Leader reported that at
Cabinet on 4 March a motion to reopen the depot was put to the vote and lost"), was read as
this meeting's rejected decision (minutes/elsewhere_votes); a contract let in a year gone and
told as running out ("the contracts awarded in 2024 to X Ltd (£120,000) and Y Ltd (£80,000)
expire in March 2028") as a contract let by the paper (contracts/awarded_before). Small papers
in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, decision_rows

MINUTES_HEAD = """CALDERBROOK TOWN COUNCIL

MINUTES OF THE MEETING OF THE ASSETS COMMITTEE HELD ON TUESDAY, 9 MARCH 2027 AT 7.00 PM

PRESENT:    Councillor A Ames (Chair), Councillors B Bell, C Cole and D Dunn

21.   FORMER DEPOT, MILL LANE

"""


def _minutes(body: str, tmp_path: Path) -> list[tuple[str, str]]:
    return decision_rows(MINUTES_HEAD + body, tmp_path)


def test_regression_lost_motion_reported_from_another_meeting(tmp_path: Path) -> None:
    """Before, each report of another body's vote was read as this meeting's rejected
    decision; a vote placed at a meeting or body, or on a date, in someone's report, or at an
    earlier meeting, is that meeting's, not this one's."""
    for n, report in enumerate((
            "The Leader reported that at Cabinet on 4 March a motion to reopen the depot was "
            "put to the vote and lost.",
            "The Clerk reported that at the Council meeting a motion to reopen the depot was "
            "put to the vote and lost (3 for, 5 against).",
            "The Clerk reported that at the Council meeting the proposal to reopen the depot "
            "was put to the vote and was not agreed.",
            "The Chair explained that at its last meeting a motion to sell the depot was put "
            "to the vote and lost.")):
        (tmp_path / str(n)).mkdir()
        assert _minutes(f"{report}\n\nRESOLVED: That the report be noted.\n",
                        tmp_path / str(n)) == [
            ("RESOLVED: That the report be noted.", "noted")], report


def test_regression_motion_moved_at_another_meeting_then_lost(tmp_path: Path) -> None:
    """Before, a motion told as moved at another meeting, its defeat in the next sentence of the
    same report, was read as this meeting's rejected motion."""
    assert _minutes("The Leader reported that at Cabinet on 4 March Councillor Cole moved that "
                    "the depot be reopened. On being put to the vote the motion was lost.\n",
                    tmp_path) == []


def test_lost_here_after_a_report_of_another_meeting(tmp_path: Path) -> None:
    """A motion moved and lost at this meeting after an officer's report of an earlier
    meeting's vote stays this meeting's rejected decision; so does a lost motion whose
    sentence names this meeting's own date, told by no one."""
    assert _minutes(
        "The Clerk reported that at the Council meeting on 2 March a motion to reopen the "
        "depot had been lost. Councillor Bell moved that the depot be reopened. On being put "
        "to the vote the motion was lost.\n", tmp_path) == [
        ("Councillor Bell moved that the depot be reopened. On being put to the vote the motion "
         "was lost.", "rejected")]
    (tmp_path / "own").mkdir()
    assert _minutes(
        "On 9 March a motion by Councillor Dunn that the depot be sold was put to the vote and "
        "lost (2 for, 4 against).\n", tmp_path / "own") == [
        ("On 9 March a motion by Councillor Dunn that the depot be sold was put to the vote and "
         "lost (2 for, 4 against).", "rejected")]


CONTRACT_HEAD = """HARROWFIELD DISTRICT COUNCIL

MINUTES OF THE ENVIRONMENT COMMITTEE HELD ON TUESDAY, 9 MARCH 2027

PRESENT: Councillors A Ames (Chair), B Bell and C Cole

14.  GROUNDS MAINTENANCE AND CLEANING

"""


def test_regression_contracts_awarded_in_a_year_gone_and_running_out(tmp_path: Path) -> None:
    """Before, contracts told as awarded in an earlier year and said to expire were read as
    contracts the paper let; they are contracts in force, none of its own."""
    for n, sentence in enumerate((
            "The Committee noted that the contracts awarded in 2024 to Harlow Grounds Ltd "
            "(£120,000) and Fenby Cleaning Ltd (£80,000) expire in March 2028.",
            "The contract awarded in April 2025 to Harlow Grounds Ltd for £120,000 expires in "
            "March 2028.",
            "Members were reminded that the contracts awarded last year to Harlow Grounds Ltd "
            "(£120,000) and Fenby Cleaning Ltd (£80,000) run until March 2028.")):
        (tmp_path / str(n)).mkdir()
        assert contract_rows(f"{CONTRACT_HEAD}{sentence}\n", tmp_path / str(n)) == [], sentence


def test_award_made_now_stays_a_contract(tmp_path: Path) -> None:
    """An award the paper makes (no year gone), or a contract let before that the paper
    extends, stays a contract beside the one told as in force."""
    assert contract_rows(
        f"{CONTRACT_HEAD}The Committee noted that the contract awarded in 2024 to Harlow "
        "Grounds Ltd (£120,000) expires in March 2028.\n\nRESOLVED: That the cleaning contract "
        "be awarded to Fenby Cleaning Ltd (£80,000).\n", tmp_path) == [
        ("Fenby Cleaning Ltd", None)]
    (tmp_path / "ext").mkdir()
    assert contract_rows(
        f"{CONTRACT_HEAD}RESOLVED: That the contract awarded in 2024 to Harlow Grounds Ltd, "
        "which expires in March 2028, be extended to March 2029.\n", tmp_path / "ext") == [
        ("Harlow Grounds Ltd", None)]


def test_award_agreed_at_an_earlier_meeting_in_a_report_that_awards(tmp_path: Path) -> None:
    """A report recommending the award, telling that the committee agreed at its meeting on a
    date to award the contract to the firm, lets that one contract (held-out round 28's
    convention: the award the paper carries, read once)."""
    report = """HARROWFIELD DISTRICT COUNCIL

REPORT TO: Environment Committee
DATE: 9 March 2027
REPORT OF: Head of Neighbourhood Services
SUBJECT: Street Cleansing Contract

1. RECOMMENDATIONS

1.1 That the Committee approves the award of the street cleansing contract to Marsh
Environmental Ltd for £240,000.

2. BACKGROUND

2.1 At its meeting on 4 March the Committee agreed to award the street cleansing contract to
Marsh Environmental Ltd (£240,000), subject to the call-in period.
"""
    assert contract_rows(report, tmp_path) == [("Marsh Environmental Ltd", 240000.0)]


def test_outgoing_holder_named_by_its_service_stays(tmp_path: Path) -> None:
    """A holder named as running the service "under a contract let in 2020, which expires
    ...", beside the award of the contract to come, stays the outgoing holder (null value):
    the rule reads an award told with its firm ("awarded in 2024 to X Ltd"), not a holder."""
    report = """HARROWFIELD DISTRICT COUNCIL

REPORT TO: Environment Committee
DATE: 9 March 2027
REPORT OF: Head of Neighbourhood Services
SUBJECT: Grounds Maintenance Contract

1. RECOMMENDATIONS

1.1 That the Committee approves the award of the grounds maintenance contract to Marsh
Environmental Ltd for £240,000.

2. BACKGROUND

2.1 The grounds maintenance of the Council's parks is currently carried out by Harlow Grounds
Ltd under a contract let in 2020, which expires on 31 December 2027.
"""
    assert contract_rows(report, tmp_path) == [("Marsh Environmental Ltd", 240000.0),
                                               ("Harlow Grounds Ltd", None)]
