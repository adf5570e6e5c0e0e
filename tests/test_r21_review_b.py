"""Review of held-out round 21's decisions, minutes and agenda rules (fix21-decisions, merged
with left36's lower-case "lost", and fix21-minagenda): false positives and rules keyed on one
paper's print, on papers of other councils, each a small paper written here with the exact
rows expected."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import decisions_in, minutes_of, numbers, rendered
from kcc_papers.extract.minutes import (
    lost_motions,
    minute_parts,
    noted,
    resolution_anchors,
    resolution_marks,
)
from kcc_papers.models import AgendaItem
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file

# Seconds a pattern may take on a long run of one kind of character.
MAX_SECONDS = 0.1
RUN = 10_000


def _decided(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


SCRUTINY_RECITAL = """WESTMARSH BOROUGH COUNCIL

Minutes of the meeting of the Housing Scrutiny Panel held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

12. Homelessness Strategy Update
The Head of Housing introduced the report.
On 12 January 2027, the Cabinet agreed to consult on the draft strategy and the consultation closed on 3 March.
Members asked about temporary accommodation costs.
RESOLVED: That the update be noted.
"""  # noqa: E501


def test_regression_agreed_after_a_dated_clause_is_a_recital(tmp_path: Path) -> None:
    # "On 12 January 2027, the Cabinet agreed ..." says when another meeting decided, not
    # what this one weighed: no decision of the panel's (read as one, "agreed")
    assert _decided(SCRUTINY_RECITAL, tmp_path) == [
        ("RESOLVED: That the update be noted.", "noted")]


CABINET_AFTER_DEBATE = """WESTMARSH BOROUGH COUNCIL

Minutes of the meeting of the Cabinet held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

14. Leisure Centre Options
After debate on what the Council may afford, the Cabinet agreed option B.
"""


def test_regression_agreed_after_debate_still_read(tmp_path: Path) -> None:
    # the weighed clause's "may" is no month: the body still agrees after it
    assert _decided(CABINET_AFTER_DEBATE, tmp_path) == [
        ("After debate on what the Council may afford, the Cabinet agreed option B.",
         "agreed")]


PLANNING_HISTORY = """WESTMARSH BOROUGH COUNCIL

Minutes of the meeting of the Planning Committee held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

9. Land at Mill Lane
Councillor Gale recalled that a similar motion was lost on its merits in 2019.
RESOLVED: That permission be granted.
"""

CASTING_VOTE = """WESTMARSH BOROUGH COUNCIL

Minutes of the meeting of the Planning Committee held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

10. Land at Orchard Road
Councillor Hurst moved refusal. The motion was lost on the Chair's casting vote.
"""


def test_regression_motion_lost_on_its_merits_is_no_vote(tmp_path: Path) -> None:
    # "lost on" closes a vote only as the vote is named ("on the casting vote"): a motion
    # "lost on its merits" years ago is a member's history (read as a decision, rejected)
    assert _decided(PLANNING_HISTORY, tmp_path) == [
        ("RESOLVED: That permission be granted.", "approved")]
    assert _decided(CASTING_VOTE, tmp_path) == [
        ("The motion was lost on the Chair's casting vote.", "rejected")]


COUNCIL_BUDGET = """KELSALL DISTRICT COUNCIL

Minutes of the meeting of the Council held on 24th February 2027

Present: Councillor A Fenn (Chairman) and Councillors B Gale, C Hurst, D Ince

56. Budget 2027/28 and Council Tax
The Leader presented the Cabinet's recommendations.
The Cabinet recommends that the Council approves the revenue budget for 2027/28 of £14.2m.
RESOLVED: That the revenue budget for 2027/28 of £14.2m be approved.
"""


def test_regression_recommendation_recited_then_resolved_on(tmp_path: Path) -> None:
    # the Cabinet's advice recited in the Council's minutes, then resolved on, is no decision
    # of the Council's (read as one, approved, beside the resolution)
    assert _decided(COUNCIL_BUDGET, tmp_path) == [
        ("RESOLVED: That the revenue budget for 2027/28 of £14.2m be approved.", "approved")]


def _slowest(pattern: re.Pattern[str]) -> float:
    worst = 0.0
    for ch in (" ", "a", "7", ".", "On "):
        text = "On " + ch * RUN
        start = time.perf_counter()
        pattern.search(text)
        worst = max(worst, time.perf_counter() - start)
    return worst


def test_regression_changed_patterns_stay_linear() -> None:
    for pattern in (resolution_marks._RESOLVED_CI, lost_motions._MOTION_LOST, noted._PUT_OFF,
                    minute_parts._PART_ALONE, resolution_anchors._RECOMMENDS):
        assert _slowest(pattern) < MAX_SECONDS, pattern.pattern[:60]


LICENSING_NEXT_MEETING = """WESTMARSH BOROUGH COUNCIL

Minutes of the meeting of the Licensing Committee held on 4th March 2027

Present: Councillors A Fenn (Chair), B Gale, C Hurst

8. Taxi Fares Review
The Committee agreed to defer consideration of the fares review to the Committee's next meeting.

9. Date of Next Meeting
The Committee noted the date of the next meeting as 17 April 2027, the meeting of 10 April having been postponed.
"""  # noqa: E501


def test_regression_next_meeting_date_beside_a_postponement_is_no_decision(
        tmp_path: Path) -> None:
    # only an item put off to the next meeting is a decision: the next meeting's date, with a
    # word of a meeting postponed beside it, is a date (read as a decision, noted)
    assert _decided(LICENSING_NEXT_MEETING, tmp_path) == [
        ("The Committee agreed to defer consideration of the fares review to the Committee's "
         "next meeting.", "deferred")]


def test_regression_continued_to_a_meeting_dated_with_its_weekday() -> None:
    # the dated meeting's weekday before its date (read as other)
    assert classify_outcome("That consideration of the application be continued to the "
                            "meeting on Tuesday 9 March 2027.") == "deferred"


WARD_S_COLUMN = """%% font serif
## Kelsall District Council
** Executive
A meeting of the Executive on Wednesday, 14 April 2027 at 7.00 p.m. in the Council Chamber.
** Business
|- Item | | Ward(s) |
| 1. | Apologies for Absence | |
| 2. | Minutes - 10 March 2027 | |
| 3. | Town Hall Car Park Charges | Abbey |
| 4. | Housing Allocations Policy | All Wards |
"""


def test_regression_wards_column_printed_ward_s(tmp_path: Path) -> None:
    # "Ward(s)", as another council names the column, is the wards' column too (the page read
    # as no agenda)
    path = rendered(WARD_S_COLUMN, tmp_path)
    assert [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)] == [
        ("1", "Apologies for Absence"), ("2", "Minutes - 10 March 2027"),
        ("3", "Town Hall Car Park Charges"), ("4", "Housing Allocations Policy")]


def _row(number: str, title: str, text: str) -> str:
    return (f'<tr><td class="mgItemNumberCell"><p>{number}</p></td><td><p class='
            f'"mgSubItemTitleTxt">{title}</p><div class="mgWordPara"><p>{text}</p></div>'
            "</td></tr>")


SPACED_PARTS = "\n".join([
    "<!DOCTYPE html><html><head><title>Minutes for Environment Committee on Monday, 8th "
    "November, 2027, 7.00 pm | Kelsall District Council</title></head><body>",
    '<h1 class="mgMainTitleTxt">Minutes:</h1>',
    '<h2 class="mgSubTitleTxt">Environment Committee - Monday, 8th November, 2027 7.00 pm'
    "</h2>",
    '<table class="mgItemTable">',
    _row("17.", "Apologies for Absence", "Apologies were received from Councillor Ashe."),
    _row("18.", "Waste Strategy", "The Head of Waste introduced the strategy."),
    _row("18 (a)", "Garden Waste Charges", "<b>RESOLVED</b> - That the charges be approved."),
    _row("18 (b)", "Food Waste Collections", "<b>RESOLVED</b> - That the trial be noted."),
    _row("19.", "Work Programme", "<b>RESOLVED</b> - That the work programme be agreed."),
    "</table></body></html>"])


def test_regression_lettered_part_alone_with_a_space_before_its_letter(tmp_path: Path) -> None:
    # "18 (a)" alone over its title, a space before the bracket, is a part as "18(a)" is
    # (both parts read into minute 18's text)
    page = tmp_path / "minutes.html"
    page.write_text(SPACED_PARTS)
    assert numbers(process_file(str(page)).records) == [
        ("17", "Apologies for Absence"), ("18", "Waste Strategy"),
        ("18(a)", "Garden Waste Charges"), ("18(b)", "Food Waste Collections"),
        ("19", "Work Programme")]
