"""Review of round 33's fix B2: the cases its rules misread, each on a small paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from kcc_papers.extract.meetings.council_columns import left_of_councils
from kcc_papers.load.model import Line
from test_heldout_round33_B2 import AUTHORED_PACK

# The fixer's Governance Committee pack up to its report: the agenda's page and the minutes'
# page (its head down to "Present:", then its one minute); the papers below go on from it.
FRONT = AUTHORED_PACK.split("## Treasury Management Mid-Year Review")[0].splitlines()
MINUTES_HEAD = FRONT[: [line.startswith("Present:") for line in FRONT].index(True) + 1]

# Minutes of a meeting, a minute's page opening on its heading over a sentence naming the
# report the meeting considered, its author and the body: "A report by ... to the ...
# Committee ... was considered" goes on past the body and heads no report.
MINUTES_NAMING_A_REPORT = source_lines(
    *FRONT,
    "## Governance Committee",
    "** GC/33 Risk Register",
    "A report by the Chief Finance Officer to the Governance Committee on the risk register "
    "was considered.",
    "RESOLVED that the report be noted.",
)


def test_regression_a_minutes_sentence_naming_a_report_to_the_committee_heads_nothing(
        tmp_path: Path) -> None:
    assert pack_documents(MINUTES_NAMING_A_REPORT, tmp_path) == [
        ("agenda", "2026-03-17", "Governance Committee"),
        ("minutes", "2026-01-13", "Governance Committee"),
    ]


def _two_runs(left: str, right: str) -> Line:
    return Line(text=f"{left} {right}", spans=[(60.0, left), (310.0, right)])


def test_regression_a_joint_bodys_column_beside_its_councils_over_the_venue() -> None:
    # (the right column lists the member councils, then, at its x on the next line, the
    # venue: the name's lines are those beside the list; the date's line is read whole)
    masthead = [
        _two_runs("HARROWDALE VALE JOINT", "Fellmouth District Council, Harrowdale Borough"),
        _two_runs("PARKING BOARD", "Council, Overmoor County Council"),
        _two_runs("Wednesday 14 October 2026", "Committee Room A, Fellmouth Town Hall"),
    ]
    assert left_of_councils(masthead) == ["HARROWDALE VALE JOINT", "PARKING BOARD", None]


# A hearing's minutes: a minute's heading at its page's top over "Committee:" listing the
# members who sat and "Lead officer:" below; the label names no body a paper goes to.
HEARING_MINUTES = source_lines(
    *MINUTES_HEAD,
    "--- page ---",
    "** GC/33 Appointments to outside bodies",
    "Committee: Councillors Hale, Brook and Ling",
    "Lead officer: the Monitoring Officer, who answered questions.",
    "RESOLVED that the appointments be noted.",
)


def test_regression_a_committee_label_listing_members_heads_no_report(tmp_path: Path) -> None:
    assert pack_documents(HEARING_MINUTES, tmp_path) == [
        ("agenda", "2026-03-17", "Governance Committee"),
        ("minutes", "2026-01-13", "Governance Committee"),
    ]
