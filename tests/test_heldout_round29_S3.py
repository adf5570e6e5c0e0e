"""Regression tests for held-out round 29's misses in the minutes and decisions of informal,
advisory and area bodies (batches C and D): a tenants' forum's notes in which the forum turned
a member's proposal down in its own sentence before agreeing what it would recommend.
Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

# ------------------------------ the forum refusing a member's proposal in a verb of its own

FORUM_NOTES = """Tenants' and Leaseholders' Forum
Notes of the meeting held on 22 April 2031 at 6.00 pm
Present: Mrs A Fairweather (Chair), Mr B Okafor, Ms C Lund

TLF 4/31 Estate inspections
The Tenant Engagement Officer reported that 46 estate inspections had been carried out.
Mr Fairweather proposed that estate inspections be held monthly on every estate. Officers said that this would need two more officers. The Forum did not agree to the proposal.
The Forum agreed to recommend to the Housing Committee that the estate inspection programme be extended to all sheltered housing schemes.

TLF 5/31 Public conveniences
The Group did not support the proposal to close the Brambley Road public conveniences.
"""


def test_forum_refuses_a_proposal_then_agrees(tmp_path: Path) -> None:
    # the forum's refusal and its agreement after were both the minute's noting sentences,
    # and only the last of those was read: the refusal, a proposal lost, was dropped
    got = decision_rows(FORUM_NOTES, tmp_path)
    assert any(text.endswith("The Forum did not agree to the proposal.") and outcome == "rejected"
               for text, outcome in got), got
    assert any(text.startswith("The Forum agreed to recommend to the Housing Committee")
               for text, _ in got), got


# ------------- a motion lost, then another moved and seconded, the refusal that one's result

PLANNING_MINUTES = """NORTHFELL NATIONAL PARK AUTHORITY
PLANNING COMMITTEE
Minutes of the meeting held on 9 February 2029 at 10.00 am
Present: Mr J Entwistle (Chair), Cllr P Waddington, Mrs R Blamire, Cllr T Nutter

PC/29/04  NP/28/0355/FUL - Two Holiday Lodges, Land at Birks Wood
          The Senior Planning Officer presented the report, recommending approval.
          A motion to approve the application in line with the officer recommendation was moved by Cllr Waddington and seconded by Mr Entwistle. On being put to the vote the motion was lost (3 for, 4 against).
          It was then moved by Mrs Blamire and seconded by Cllr Nutter that the application be refused.
          RESOLVED
          That planning permission be refused, contrary to the officer recommendation, because the lodges would harm the landscape character of the National Park.
"""


def test_motion_lost_before_another_moved_and_seconded(tmp_path: Path) -> None:
    # a motion lost beside a refusal was read as that refusal's own vote unless another vote
    # was named between them: a motion moved and seconded in form, its vote left to the
    # resolution after, is another vote too
    got = decision_rows(PLANNING_MINUTES, tmp_path)
    assert any(text.startswith("On being put to the vote the motion was lost")
               and outcome == "rejected" for text, outcome in got), got
    assert any(text.startswith("That planning permission be refused") for text, _ in got), got
