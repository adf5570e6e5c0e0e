"""Review of round 33's fix B2: the cases its rules misread, each on a small paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from kcc_papers.extract.meetings.council_columns import left_of_councils
from kcc_papers.load.model import Line

# Minutes of a meeting, a minute's page opening on its heading over a sentence naming the
# report the meeting considered, its author and the body: "A report by ... to the ...
# Committee ... was considered" goes on past the body and heads no report.
MINUTES_NAMING_A_REPORT = source_lines(
    "## Kestermoor District Council",
    "** Governance Committee",
    "Tuesday 17 March 2026 at 6.00 pm",
    "** Agenda",
    "1. Minutes of the Meeting held on 13 January 2026",
    "2. Treasury Management Mid-Year Review 2025/26",
    "--- page ---",
    "## Governance Committee",
    "** Minutes of the Meeting held on Tuesday 13 January 2026",
    "Present: Councillors R. Hale (Chairman), J. Brook and S. Ling",
    "** GC/31 Minutes",
    "RESOLVED that the minutes of the meeting held on 11 November 2025 be approved.",
    "--- page ---",
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
    "## Kestermoor District Council",
    "** Governance Committee",
    "Tuesday 17 March 2026 at 6.00 pm",
    "** Agenda",
    "1. Minutes of the Meeting held on 13 January 2026",
    "2. Treasury Management Mid-Year Review 2025/26",
    "--- page ---",
    "## Governance Committee",
    "** Minutes of the Meeting held on Tuesday 13 January 2026",
    "Present: Councillors R. Hale (Chairman), J. Brook and S. Ling",
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
