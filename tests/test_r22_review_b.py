"""Review of round 22's minutes and agenda fixes: rules that fired on papers of other councils
where they must not (each test a small paper of its own)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, pack_kinds, rendered
from kcc_papers.segment_starts.heading_kinds import MINUTES_CONTINUED
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------ "Minutes ... (continued)" heading a page's top

REPORT_PAGE_OPENING_MINUTES_CONTINUED = """## WEALDMOOR BOROUGH COUNCIL
** OVERVIEW AND SCRUTINY COMMITTEE
Date:	Wednesday 9 February 2028
Time:	7.00 pm
Place:	Council Chamber, Civic Offices, Wealdmoor
^^ AGENDA
|- Item | Title | Pages |
| 1 | Apologies for Absence | |
| 2 | Corporate Parenting Update | 3 - 4 |
--- page ---
## WEALDMOOR BOROUGH COUNCIL
** REPORT TO: OVERVIEW AND SCRUTINY COMMITTEE
Date of meeting: 9 February 2028
Report of: Director of Children's Services
Subject: Corporate Parenting Update
1. Purpose of the Report
1.1 This report updates the Committee on the work of the Corporate Parenting Panel.
2. Background
2.1 The Panel was set up in 2019. Its reports and
--- page ---
minutes were considered by Cabinet and it continued to meet quarterly throughout 2027.
2.2 The Panel's terms of reference were reviewed in November 2027.
3. Recommendations
3.1 That the Committee notes the update.
"""


def test_regression_report_page_opening_on_minutes_and_continued_stays_with_report(
        tmp_path: Path) -> None:
    # any line at a page's top starting "minutes" with "continued" within 80 characters said
    # the minutes went on there: a report's sentence wrapped onto its next page ("minutes
    # were considered by Cabinet and it continued ...") split that page off the report
    assert pack_kinds(REPORT_PAGE_OPENING_MINUTES_CONTINUED, tmp_path) == [
        ("agenda", 1, 1), ("report", 2, 3)]


def test_minutes_continued_heads_still_read() -> None:
    assert [bool(MINUTES_CONTINUED.match(text)) for text in (
        "Minutes - 18 January 2028 (continued)",
        "Minutes, Cabinet 16 September 2027 - continued",
        "MINUTES (CONT'D)",
        "Minutes continued",
        "Minutes lost per incident continued to fall",
    )] == [True, True, True, True, False]


def test_minutes_continued_is_linear_in_a_run_of_spaces() -> None:
    def head(spaces: int) -> object:
        return MINUTES_CONTINUED.match("Minutes" + " " * spaces + "- x")

    assert _growth(head, 300) < MOST_GROWTH


# ------------------------- minutes begun on an undated "continued" page, then another meeting's

UNDATED_CONTINUED_THEN_SUB_COMMITTEE = """## HALLAM VALE DISTRICT COUNCIL
** CABINET
Date:	Thursday 14 October 2027
Time:	2.00 pm
Place:	The Council Chamber, Town Hall, Hallam
^^ AGENDA
|- Item | Title | Pages |
| 1 | Apologies for Absence | |
| 2 | Minutes of the meeting held on 16 September 2027 | 2 - 3 |
| 3 | Minutes of the Housing Sub-Committee held on 30 September 2027 | 4 |
--- page ---
Minutes (continued)
** HV/60 Highway Tree Management Policy
RESOLVED that the revised Highway Tree Management Policy be adopted.
The meeting closed at 3.48 pm.
--- page ---
## HALLAM VALE DISTRICT COUNCIL
^^ MINUTES
of the meeting of the Cabinet held on Thursday 16th September 2027 at the Town Hall, Hallam
Present:	Councillor Beatrix Oakenshaw (Leader, in the Chair); Councillors Fairfax and Kettleby
** HV/58 Apologies for Absence
There were no apologies for absence.
** HV/59 Minutes
RESOLVED that the minutes of the meeting held on 22 July 2027 be approved as a correct record.
--- page ---
## HALLAM VALE DISTRICT COUNCIL
^^ MINUTES
of the meeting of the Housing Sub-Committee held on Thursday 30th September 2027 at the Town Hall, Hallam
Present:	Councillor Fairfax (Chair); Councillors Kettleby and Ormond
** HS/12 Apologies for Absence
There were no apologies for absence.
** HS/13 Empty Homes Grant
RESOLVED that the empty homes grant scheme be extended to March 2029.
"""  # noqa: E501


def test_regression_minutes_after_those_begun_on_undated_continued_page_are_their_own(
        tmp_path: Path) -> None:
    # minutes begun on a page saying "Minutes (continued)" (no date) joined every minutes
    # heading after it, not only their own: a sub-committee's minutes later in the pack were
    # read as the Cabinet's
    assert pack_documents(UNDATED_CONTINUED_THEN_SUB_COMMITTEE, tmp_path) == [
        ("agenda", "2027-10-14", "Cabinet"), ("minutes", "2027-09-16", "Cabinet"),
        ("minutes", "2027-09-30", "Housing Sub-Committee")]


# ----------------------------------------------- "AGENDA ITEM REPORT" over a report's cover

AGENDA_ITEM_REPORT_COVER = """## RIVERSMEET BOROUGH COUNCIL
** AGENDA ITEM REPORT
Report to: Cabinet
Date of meeting: 14 October 2027
Subject: Leisure Centre Management Contract
Report of: Director of Communities
1. Purpose of the Report
1.1 To seek approval to award the leisure centre management contract.
2. Recommendations
2.1 That Cabinet approves the award of the contract.
3. Background
3.1 The current contract expires on 31 March 2028.
"""


def test_regression_agenda_item_report_title_is_no_table_of_business(tmp_path: Path) -> None:
    # "| Item | | Report |" read as an agenda's table header took "Agenda" before "Item" too:
    # a report titled "AGENDA ITEM REPORT" on its cover was read as an agenda
    assert documents_of(rendered(AGENDA_ITEM_REPORT_COVER, tmp_path)) == [
        ("report", "2027-10-14", "Cabinet")]
