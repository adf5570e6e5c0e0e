"""Held-out round 32, running heads: the minutes' head at a later page's top, saying the minutes
go on there ("Housing Committee - 18 January 2033 - Minutes (continued)"), is no part of the
decision the page before ends on, and a pack's running head ("Council | Cabinet | date") is no
report's title, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import rendered, source_decision_rows
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# A borough's minutes in its committee pack: the pack's own running header over every page,
# the minutes' page break after a resolution, the next page headed by the meeting and the
# word that the minutes go on.
PACK_MINUTES = """%% header Brackenridge Borough Council | Housing Committee | 15 March 2033
%% footer Page {{page}} of {{pages}}
## Brackenridge Borough Council
** Housing Committee
** Minutes of the meeting held on Tuesday 18 January 2033 at 7.00 pm in the Council Chamber
Present:	Councillors Fiona Delamere (Chair), Ashok Mistry, Bernard Quill, Chidi Okafor
Apologies:	Councillor Louise Tennant
** HC/33/01 Apologies for Absence
Apologies were received from Councillor Tennant.
** HC/33/04 Housing Revenue Account Rent Setting 2033/34
The Director of Housing presented the proposed rent increase of 4.1% in line with the rent standard.
RESOLVED: That the Committee recommends to Council a rent increase of 4.1% from 3 April 2033.
--- page ---
{head}
** HC/33/05 Tenancy Strategy Refresh
RESOLVED: That the refreshed Tenancy Strategy be deferred to the meeting on 15 March 2033.
** HC/33/06 Garage Sites Disposal
RESOLVED: That the disposal of the four garage sites listed in the report be approved.
The meeting closed at 8.55 pm.
"""

RENT = ("RESOLVED: That the Committee recommends to Council a rent increase of 4.1% "
        "from 3 April 2033.")


@pytest.mark.parametrize("head", [
    "Housing Committee - 18 January 2033 - Minutes (continued)",
    "Minutes - 18 January 2033 (continued)",
    "Housing Committee - 18 January 2033 (cont'd)",
])
def test_the_minutes_continued_head_under_a_packs_running_header_is_no_decisions_text(
        head: str, tmp_path: Path) -> None:
    texts = [text for text, _ in source_decision_rows(PACK_MINUTES.format(head=head),
                                                      "minutes", tmp_path)]
    assert RENT in texts
    assert not any("ontinued" in text or "cont'd" in text for text in texts)


# A county's cabinet pack: its running head names the council, the meeting and its date, parted
# by strokes, over every page; a report's page under it opens with its agenda item and title.
PACK_REPORT = """%% header {head}
## Okebourne County Council
** Cabinet
** Agenda
1. Quarterly Performance Report (Quarter 3)
--- page ---
** Agenda item 5
!! Quarterly Performance Report (Quarter 3)
Report of the Corporate Director of Resources
** 1. Recommendation
Cabinet is recommended to note the Quarter 3 performance report.
** 2. Performance at a glance
Most measures are on track; the exceptions are set out in section 3.
"""


@pytest.mark.parametrize("head", [
    "Okebourne County Council | Cabinet | 25 January 2028",
    "City of Banksia Heights | Audit, Risk and Improvement Committee | Thursday, 20 November 2025",
])
def test_a_packs_running_head_of_meeting_and_date_is_no_reports_title(
        head: str, tmp_path: Path) -> None:
    records = process_file(str(rendered(PACK_REPORT.format(head=head), tmp_path))).records
    titles = [d.title for d in records if isinstance(d, Decision) and d.source == "report"]
    assert titles == ["Quarterly Performance Report (Quarter 3)"]


# A borough's evening pack of two meetings: the sub-committee's report headed by the meeting
# it is for, a word of the body's name bracketed, over its agenda item and title.
SUB_COMMITTEE_REPORT = """## Brackenridge Borough Council
** Cabinet (Housing) Sub-Committee
** Agenda
1. Housing Revenue Account Rent Setting 2027/28: Garage Rents
--- page ---
** Cabinet (Housing) Sub-Committee - 9 March 2027
** Agenda Item 4
!! Housing Revenue Account Rent Setting 2027/28: Garage Rents
Report of:	Head of Housing Services
** Recommendation
That the Sub-Committee approves an increase in garage rents of 5% from 5 April 2027.
** Background
At its meeting on 9 February 2027 the Sub-Committee deferred a decision on garage rents.
"""


def test_a_reports_masthead_naming_a_bracketed_sub_committee_and_date_is_no_title(
        tmp_path: Path) -> None:
    records = process_file(str(rendered(SUB_COMMITTEE_REPORT, tmp_path))).records
    titles = [d.title for d in records if isinstance(d, Decision) and d.source == "report"]
    assert titles == ["Housing Revenue Account Rent Setting 2027/28: Garage Rents"]
