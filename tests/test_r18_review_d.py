"""Review of round 18's fixes, part D: regressions found reading the changes to agenda rows,
tables of minutes, records of decisions and outcome classification on small papers of other
councils than the held-out ones."""

from __future__ import annotations

from pathlib import Path

import duckdb

from heldout_support import rendered
from kcc_papers.link import amended_rows
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file


def _minutes(source: str, tmp_path: Path) -> list[tuple[str, str, str]]:
    result = process_file(str(rendered(source, tmp_path)))
    return [(m.minute_number or "", m.title, m.body or "")
            for m in result.records if isinstance(m, Minute)]


# A combined authority's minutes as a table "Min No. | | Action by": the number's cell spans
# its minute's rows, the last column names who acts on it.
ACTION_OWNER_MINUTES = """!! WYEDALE COMBINED AUTHORITY - TRANSPORT BOARD
** MINUTES of the meeting held on Tuesday 9 March 2027 at 2.00 pm at Wyedale House
Present: Councillors P Amberley (Chair), S Blyth and T Corran.
|% 12 68 20
|# Min No. | | Action by |
| TB/41 | **Bus Service Improvement Plan** | |
| ^ | The Head of Transport presented the plan. | |
| ^ | RESOLVED that the plan be approved for consultation. | Head of Transport |
| TB/42 | **Rail Station Access** | |
| ^ | RESOLVED that the access study be noted. | Director of Place |
Signed ............................ Chair
"""


def test_regression_minutes_table_action_owner_kept_out_of_the_minute_text(
        tmp_path: Path) -> None:
    # the action column names who acts on the minute: it is no part of what was minuted
    assert _minutes(ACTION_OWNER_MINUTES, tmp_path) == [
        ("TB/41", "Bus Service Improvement Plan",
         "The Head of Transport presented the plan.\n"
         "RESOLVED that the plan be approved for consultation."),
        ("TB/42", "Rail Station Access", "RESOLVED that the access study be noted."),
    ]



# A joint committee's minutes as a table "No. | Item | Discussion and decision", its clerk
# numbering two minutes alike: no number cell spanning its minute's rows.
REPEATED_NUMBER_MINUTES = """!! SOUTHMERE JOINT WASTE COMMITTEE
** MINUTES of the meeting held on Wednesday 12 May 2027 at 2.00 pm at Southmere Civic Centre
Present: Councillors K Dunn (Chair), L Ewart and F Gale.
|% 10 30 60
|# No. | Item | Discussion and decision |
| 14 | Minutes of the last meeting | The minutes were agreed as a correct record. |
| 15 | Recycling performance | The committee noted the recycling rate of 52 per cent. |
| 15 | Depot lease | RESOLVED that the depot lease be renewed for five years. |
| 16 | Date of next meeting | 8 September 2027. |
Signed ............................ Chair
"""


def test_regression_repeated_minute_number_with_its_own_title_kept_a_minute(
        tmp_path: Path) -> None:
    # a number cell spanning its minute's rows repeats beside rows of text only (the title
    # row printing nothing else); a row with its own title and text beside a repeated number
    # is no part of a spanning cell: the table is read as before round 18 (the heading reader
    # keeps the doubled number in the minute before it) and the minute after it is not lost
    assert _minutes(REPEATED_NUMBER_MINUTES, tmp_path) == [
        ("14", "Minutes of the last meeting", "The minutes were agreed as a correct record."),
        ("15", "Recycling performance",
         "The committee noted the recycling rate of 52 per cent.\n15. Depot lease\n"
         "RESOLVED that the depot lease be renewed for five years."),
        ("16", "Date of next meeting", "8 September 2027."),
    ]


def _amended_findings(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str]]:
    """The decision_amended findings of a meeting's decisions: (source, item, text, outcome)."""
    con = duckdb.connect()
    con.execute("""CREATE TABLE decisions (decision_number VARCHAR, meeting_id VARCHAR,
                   agenda_item_ref VARCHAR, title VARCHAR, source VARCHAR, decision_text VARCHAR,
                   outcome VARCHAR, document_id VARCHAR, page INTEGER)""")
    for source, ref, text, outcome in rows:
        con.execute("INSERT INTO decisions VALUES (NULL, 'm', ?, 't', ?, ?, ?, ?, 1)",
                    [ref, source, text, outcome, source])
    return [(row["record_ref"], row["message"].split("(")[-1]) for row in amended_rows(con)]


def test_regression_condition_the_report_recommended_is_no_amendment() -> None:
    # a report recommending approval "subject to" a condition, its minutes resolving it in the
    # same words (their points renumbered): resolved as recommended, no amendment
    recommended = ("That the Committee 1. Approve, subject to suitable resource being "
                   "available, the progression to the outline business case.")
    resolved = ("It was APPROVED; That the Committee 3. Approved, subject to suitable resource "
                "being available, the progression to the outline business case.")
    assert _amended_findings([("report", "7", recommended, "approved"),
                              ("minutes", "7", resolved, "approved")]) == []
    # a condition the report never named is the meeting's amendment
    assert _amended_findings([
        ("report", "8", "That the lease be renewed for five years.", "approved"),
        ("minutes", "8", "RESOLVED that the lease be renewed for five years, subject to a "
         "break clause at year three.", "approved"),
    ]) == [("m#8", "'subject to')")]


# A district's highways minutes noting a schedule of roads "not adopted" (private streets, the
# highway authority maintaining none of them): no proposal turned down.
UNADOPTED_ROADS_MINUTES = """!! ASHVALE DISTRICT COUNCIL
** MINUTES of the Highways Committee held on Tuesday 6 April 2027 at 6.00 pm at Ashvale House
Present: Councillors G Hale (Chair), D Irwin and B Jory.
** 12. Private Streets Schedule
RESOLVED that the schedule of private streets not adopted by the Highway Authority be noted.
** 13. Motion on Verge Cutting
RESOLVED that the motion be not supported.
** 14. Parking Review
RESOLVED that the recommendation of the working group is not accepted.
"""


def test_regression_roads_not_adopted_read_as_no_rejection(tmp_path: Path) -> None:
    # round 18 read "not adopted/accepted/endorsed/supported" as a rejection wherever it
    # stood; only a passive's "be not", "not be", "is/was not" turns a proposal down
    result = process_file(str(rendered(UNADOPTED_ROADS_MINUTES, tmp_path)))
    assert [(d.minute_number, d.outcome) for d in result.records
            if isinstance(d, Decision)] == [("12", "noted"), ("13", "rejected"),
                                            ("14", "rejected")]
