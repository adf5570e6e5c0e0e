"""Regression (session 51): votes and awards told as another meeting's or another year's.

A motion lost at another meeting, told in a report to this one ("The Leader reported that at
Cabinet on 4 March a motion to reopen the depot was put to the vote and lost"), was read as
this meeting's rejected decision (minutes/elsewhere_votes); a contract let in a year gone and
told as running out ("the contracts awarded in 2024 to X Ltd (£120,000) and Y Ltd (£80,000)
expire in March 2028") as a contract let by the paper (contracts/awarded_before). Small papers
in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

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
