"""Review of round 13's segmenter, meetings, minutes and agenda changes: regression tests for
the defects the review found, each on a small generated paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# Planning minutes that head their own minutes "Item N: <application>" over the application's
# labels, some of them at a page's top: the minutes' next item, not a report after them.
PLANNING_MINUTES = """## Eastwick City Council
** MINUTES of the Planning Committee held on 12 March 2026
Present: Councillors A Brook and B Carr
** Item 1: Apologies
Apologies were received from Councillor Gale.
** Item 2: Declarations of Interest
There were none.
--- page ---
** Item 3: 26/0412/FUL - Land at Mill Lane, Eastwick
Proposal:	Erection of 12 dwellings
Applicant:	Mill Lane Homes Ltd
Ward:	Eastwick North
The Committee considered the officer's report and heard from the applicant's agent.
RESOLVED: That permission be granted subject to conditions.
--- page ---
** Item 4: 26/0519/HOU - 4 Orchard Close, Eastwick
Proposal:	Two storey side extension
Applicant:	Mr and Mrs Patel
Ward:	Eastwick South
RESOLVED: That permission be refused.
** Item 5: Appeals
RESOLVED: That the report be noted.
"""


def test_regression_minutes_headed_item_n_over_labels_stay_one_document(
        tmp_path: Path) -> None:
    assert pack_kinds(PLANNING_MINUTES, tmp_path) == [("minutes", 1, 3)]
