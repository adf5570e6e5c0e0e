"""Review of held-out round 21's decisions rules (fix21-decisions, merged with left36's
lower-case "lost"): false positives on papers of other councils, each a small paper written
here with the exact decisions expected."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import decisions_in, minutes_of
from kcc_papers.extract.minutes import resolutions

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


def _slowest(pattern: re.Pattern[str]) -> float:
    worst = 0.0
    for ch in (" ", "a", "7", ".", "On "):
        text = "On " + ch * RUN
        start = time.perf_counter()
        pattern.search(text)
        worst = max(worst, time.perf_counter() - start)
    return worst


def test_regression_changed_patterns_stay_linear() -> None:
    for pattern in (resolutions._RESOLVED_CI, resolutions._MOTION_LOST, resolutions._PUT_OFF):
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
