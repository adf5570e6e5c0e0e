"""Review of round 26's second-pass document fixes (batches F-H): papers a plausible other
council would publish that the new rules misread. Each runs on small papers written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import pack_documents

# ------------- a short exempt report printed in full under "NOT FOR PUBLICATION" is a document

SHORT_EXEMPT_REPORT = """%% footer Tarnbeck Borough Council - Cabinet - 3 March 2027 - Page {page}
## Tarnbeck Borough Council
** Cabinet
Date:	Wednesday 3 March 2027
Venue:	Council Chamber
** AGENDA
| Item | Title |
| 1 | Apologies for absence |
| 2 | Disposal of land at Mill Lane |
--- page ---
Agenda Item 2
NOT FOR PUBLICATION
** Disposal of Land at Mill Lane
Report of the Director of Place
This report is not for publication by virtue of paragraph 3 of Schedule 12A to the Local \
Government Act 1972.
** 1. Recommendation
1.1 That Cabinet agrees to sell the land at Mill Lane to Harbour Homes Ltd for £410,000.
** 2. Reasons
2.1 The land is surplus to the Council's needs.
"""


def test_regression_short_report_under_not_for_publication_is_a_document(
        tmp_path: Path) -> None:
    # a members' pack prints a short Part 2 report in full under the note: its title, numbered
    # paragraphs and recommendation are the item's paper, not a stand-in for it (the fix
    # dropped it as no document)
    kinds = [d[0] for d in pack_documents(SHORT_EXEMPT_REPORT, tmp_path)]
    assert kinds == ["agenda", "report"]


# ------- a front line naming the meeting's kind or the body's members is not the body's name

FRONT = """%% footer Audit Committee - 10 June 2027 - page {page}
{line}
## Audit Committee
Meeting: Thursday 10 June 2027, 2.00 pm, The Guildhall
** Agenda
1. Welcome and apologies
2. Internal audit progress
--- page ---
## Audit Committee
** Report to Audit Committee, 10 June 2027
Subject: Internal Audit Progress
** 1. Recommendation
1.1 That the Committee notes progress.
"""


@pytest.mark.parametrize("line", ["Extraordinary Audit Committee", "Chairman Audit Committee",
                                  "Substitute Members Audit Committee"])
def test_regression_front_line_of_meeting_kind_or_members_is_no_fuller_name(
        line: str, tmp_path: Path) -> None:
    # "Extraordinary Audit Committee" is the committee's special meeting and "Chairman Audit
    # Committee" a membership list's heading: neither is the body's full name (the fix named
    # every paper by the line)
    docs = pack_documents(FRONT.replace("{line}", line), tmp_path)
    assert [d[2] for d in docs] == ["Audit Committee"] * 2


# ----- a front naming the body in full with no heading of its short name: the papers' name stays

FULL_NAME_ONLY = """%% header Ashby and Castle Dene Joint Burial Committee
%% footer Signed ............ Chairman        Page {page}
## ASHBY AND CASTLE DENE JOINT BURIAL COMMITTEE
Minutes of the meeting of the Joint Burial Committee held in the Chapel Office, Ashby Road \
Cemetery, on Tuesday 27 January 2026 at 6.30 pm.
Present:	Cllr M. Hextall (Chairman), Cllr P. Dunmore, Cllr S. Okafor
** JBC 25/31 APOLOGIES
Apologies were received from Cllr T. Abbott. DECIDED: that the apologies be accepted.
** JBC 25/32 FEES AND CHARGES 2026/27
DECIDED: that the schedule of fees and charges for 2026/27 be adopted.
"""


def test_regression_full_name_without_short_heading_renames_nothing(tmp_path: Path) -> None:
    # the fuller name is the front's where the front sets the short name as its heading under
    # it ("Visit Wendlebury Destination Partnership Board" over "## Partnership Board"); a
    # running head naming the body in full over minutes naming it short in their sentence is
    # the set's convention for the papers' own name (r8j, r15a; the fix renamed both)
    docs = pack_documents(FULL_NAME_ONLY, tmp_path)
    assert docs == [("minutes", "2026-01-27", "Joint Burial Committee")]
