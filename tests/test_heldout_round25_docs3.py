"""Regression tests for round 25's document misses, third pass on batches A-H (each
document's kind, meeting date and committee): a committee's "Forward Plan and Date of Next
Meeting" report, a ModernGov "Document is Restricted" page standing in for an exempt item.
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_front

# ------------------------- a committee's own forward plan joined to other business

FORWARD_PLAN_AND_DATE_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Schools Forum") + """\
## Forward Plan and Date of Next Meeting
Report to:	Schools Forum
Date:	11 June 2026
Report of:	Clerk to the Forum
** 1. Recommendation
1.1 That the Forum notes its forward plan for 2026 and the date of its next meeting.
| Meeting | Business |
| 10 September 2026 | Schools block consultation; scheme for financing schools |
| 12 November 2026 | High needs budget; early years supplements |
Date of next meeting: Thursday 10 September 2026 at 1.30 pm, County Hall.
"""


def test_forward_plan_and_date_of_next_meeting_is_a_report(tmp_path: Path) -> None:
    # a forum's item joining its plan of business to the date of its next meeting is a
    # report to it, no forward plan of decisions; before, the title read as a forward plan
    docs = pack_documents(FORWARD_PLAN_AND_DATE_PACK, tmp_path)
    assert ("report", "2026-06-11", "Schools Forum") in docs
    assert not any(kind == "forward_plan" for kind, _, _ in docs)


# ---------------------------- ModernGov's "Document is Restricted" stand-in page

RESTRICTED_PACK = pack_front("HOLMSLEY COUNTY COUNCIL", "Personnel Committee") + """\
** Agenda Item 3
** Flexible Retirement Policy
Report of the Head of Human Resources
** 1. Recommendation
1.1 That the Committee approves the revised Flexible Retirement Policy.
--- page ---
Agenda Item 4
By virtue of paragraphs 1 and 4 of Part 1 of Schedule 12A of the Local Government Act 1972.
Document is Restricted
"""


def test_document_is_restricted_page_is_no_document(tmp_path: Path) -> None:
    # the page citing the exempt-information paragraphs over "Document is Restricted" stands
    # in for an exempt paper the agenda names; before, it was read as an extra "other" paper
    docs = pack_documents(RESTRICTED_PACK, tmp_path)
    assert not any(kind == "other" for kind, _, _ in docs), docs
    assert ("report", "2026-06-11", "Personnel Committee") in docs


# ------------------------------ a notice "is given" (no "hereby") over its business

NOTICE_GIVEN_PACK = """## Colbrook District Council
!! Executive
Notice is given that a meeting of the Executive will be held in the Council Chamber, \
Mill Street, Colbrook on Thursday 11 June 2026 at 7.00 pm.
Executive Members:	Councillors A Penrose (Leader), B Quayle, C Rendell
** Business
Item 1	Apologies for absence
Item 2	Declarations of interest
Item 3	Minutes of the meeting held on 14 May 2026
Item 4	Leisure Centre Management Contract
--- page ---
## Colbrook District Council
** Executive - 11 June 2026
** Item 4: Leisure Centre Management Contract
Report of:	Head of Leisure
** 1. Recommendations
1.1 That the Executive approves the extension of the leisure management contract.
"""


def test_notice_is_given_of_a_meeting_is_an_agenda(tmp_path: Path) -> None:
    # "Notice is given that a meeting of the Executive will be held ..." (the summons without
    # "hereby") over "Item N" lines; before, the front sheet was read as "other" and its
    # items lost
    docs = pack_documents(NOTICE_GIVEN_PACK, tmp_path)
    assert ("agenda", "2026-06-11", "Executive") in docs, docs
    assert not any(kind == "other" for kind, _, _ in docs), docs
