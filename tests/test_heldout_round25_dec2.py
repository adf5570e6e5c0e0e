"""Regression tests for held-out round 25's decisions misses, second pass (batches A-H): a US
city council's action minutes ("ACTION: Motion by ..., seconded by ..., to ..." over "Ayes: 5
Noes: 0", the consent calendar's motion above its items); a county board letter's
"RECOMMENDED ACTION(S)"; a report's "1. Purpose and recommendation"; an ICB committee's "did
NOT APPROVE"; a partnership's "A proposal that ... was not agreed". Each on a small paper
written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decision_rows, decisions_in
from kcc_papers.extract import decisions, minutes
from kcc_papers.normalise.outcomes import classify_outcome

# ------------------------------------------------------------ US city council action minutes

ACTION_MINUTES = """CITY OF PALO VERDE CITY COUNCIL REGULAR MEETING ACTION MINUTES
Tuesday, March 10, 2026 - 6:30 PM

ROLL CALL
Present: Councilmembers Ames, Birch, Cole and Mayor Dunn

CONSENT CALENDAR
All matters on the Consent Calendar are considered routine and were enacted by one motion.
ACTION: Motion by Councilmember Ames, seconded by Councilmember Birch, to approve Consent Calendar Items 1 through 2.
Ayes: 4   Noes: 0   Absent: 0

1. Approval of Minutes
Approved the minutes of the regular meeting of February 24, 2026.

2. Warrant Register
Received and filed the warrant register for February 2026.

NEW BUSINESS

3. Street Light Retrofit
ACTION: Motion by Councilmember Cole, seconded by Mayor Dunn, to adopt Resolution No. 2026-14 awarding a contract for the street light retrofit.
Ayes: 4   Noes: 0   Absent: 0

4. Parking Fees
ACTION: Motion by Councilmember Birch, seconded by Councilmember Ames, to adopt Resolution No. 2026-15 raising parking fees.
Ayes: 2 (Birch, Ames)   Noes: 2 (Cole, Dunn)   Absent: 0
Motion failed.

5. Field Allocation Policy
ACTION: Motion by Mayor Dunn, seconded by Councilmember Cole, to continue the item to the regular meeting of April 14, 2026.
Ayes: 4   Noes: 0   Absent: 0

ADJOURNMENT
Mayor Dunn adjourned the meeting at 8:10 p.m.
"""  # noqa: E501


def _action_rows(tmp_path: Path) -> list[tuple[str, str]]:
    """The decisions of ACTION_MINUTES read as the minutes they are (their kind is the
    documents' reader's)."""
    (ctx,) = text_contexts(ACTION_MINUTES, None, tmp_path)
    ctx.document.kind = "minutes"
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes.extract(ctx))]


def test_action_labelled_roll_call_motion_missed(tmp_path: Path) -> None:
    # "ACTION: Motion by Councilmember A, seconded by B, to ..." over its roll call: the label
    # before "Motion by" hid the one-sentence motion (no decision for items 3-5)
    rows = _action_rows(tmp_path)
    assert ("to adopt Resolution No. 2026-14 awarding a contract for the street light "
            "retrofit.") in [text for text, _ in rows]
    assert ("to adopt Resolution No. 2026-15 raising parking fees.", "rejected") in rows
    assert ("to continue the item to the regular meeting of April 14, 2026.",
            "deferred") in rows


def test_consent_calendar_motion_above_its_items_missed(tmp_path: Path) -> None:
    # the consent calendar moved as one motion under its heading, before item 1: above the
    # first minute, it was read as the minutes' heading and dropped
    rows = _action_rows(tmp_path)
    assert rows[0] == ("to approve Consent Calendar Items 1 through 2.", "approved")
    assert ("Approved the minutes of the regular meeting of February 24, 2026.",
            "approved") in rows


# ------------------------------------------------------------ report headings

BOARD_LETTER = """COUNTY OF MESA ALTA - BOARD OF SUPERVISORS

BOARD LETTER - ITEM 3.3

AWARD CONTRACT FOR JANITORIAL SERVICES, BID NO. 26-018

To: Board of Supervisors
From: Lorraine Beck, Director of General Services
Meeting date: March 3, 2026

RECOMMENDED ACTIONS

1. Award Bid No. 26-018 for janitorial services to Crest Building Maintenance, LLC.
2. Authorize the Director of General Services to execute the agreement.

DISCUSSION

Four bids were received and opened on January 26, 2026.
"""


def _report_rows(text: str, tmp_path: Path) -> list[str]:
    (ctx,) = text_contexts(text, None, tmp_path)
    ctx.document.kind = "report"
    return [d.decision_text for d in decisions_in(decisions.extract(ctx))]


def test_recommended_actions_heading_missed(tmp_path: Path) -> None:
    # an American board letter heads what the board is asked to do "RECOMMENDED ACTION(S)":
    # not a heading the recommendations reader knew (no decision)
    got = _report_rows(BOARD_LETTER, tmp_path)
    assert len(got) == 1
    assert got[0].startswith("1. Award Bid No. 26-018 for janitorial services to Crest")


PURPOSE_AND_RECOMMENDATION = """Marsh Safeguarding Children Partnership

Partnership Risk Register - Quarter 4 2027/28

Report to: Marsh Safeguarding Children Partnership Executive Group
Date: 11 April 2028
Author: Partnership Business Manager

1. Purpose and recommendation

1.1 The Executive Group is asked to approve the partnership risk register at Quarter 4 2027/28.

2. Scoring

2.1 Risks are scored for likelihood and impact on a scale of 1 to 5 each.
"""


def test_purpose_and_recommendation_heading_missed(tmp_path: Path) -> None:
    # a section stating the report's purpose and its ask together: its ask was read as no
    # decision (the ask's verb in small letters is no inline mark)
    assert _report_rows(PURPOSE_AND_RECOMMENDATION, tmp_path) == [
        "The Executive Group is asked to approve the partnership risk register at Quarter 4 "
        "2027/28."]


# ------------------------------------------------------------ refusals in minutes

ICB_MINUTES = """NHS Brackmoor Integrated Care Board - Strategic Commissioning Committee

Minutes of the meeting held on 18 September 2025

Present: J Hale (Chair), P Orme, R Sood

SCC/25/044 Community Audiology
The Committee APPROVED the direct award of the community audiology contract to Hearwell Ltd.

SCC/25/045 Foxmoor PCN: additional roles funding
The Committee did NOT APPROVE the request to fund two additional physiotherapists from the discretionary budget.

SCC/25/046 Any other business
None.
"""  # noqa: E501


def test_negated_verb_in_capitals_missed(tmp_path: Path) -> None:
    # "The Committee did NOT APPROVE the request": the template's capitals mark a refusal as
    # they mark "APPROVED" (read as no decision)
    assert decision_rows(ICB_MINUTES, tmp_path) == [
        ("The Committee APPROVED the direct award of the community audiology contract to "
         "Hearwell Ltd.", "approved"),
        ("The Committee did NOT APPROVE the request to fund two additional physiotherapists "
         "from the discretionary budget.", "rejected"),
    ]


PARTNERSHIP_MINUTES = """Marsh Safeguarding Children Partnership
Executive Group - Minutes
Meeting held on Monday 17 January 2028 at Marsh Council Offices
Present: C Vane (Chair), L Anyanwu, H Mulgrew

SCP 28/05 Partner Contributions 2028/29
AGREED: the decision on partner contributions for 2028/29 is deferred to the meeting on 11 April 2028.

SCP 28/06 Education as a Fourth Safeguarding Partner
A proposal that the Executive Group invite the Marsh Schools Alliance to join as a fourth partner was not agreed; the partners instead agreed to offer the Alliance a standing invitation.
"""  # noqa: E501


def test_proposal_not_agreed_missed(tmp_path: Path) -> None:
    # "A proposal that ... was not agreed": a member's proposal turned down, named with "A"
    # (only "The proposal ..." was read), its outcome read from "agreed" later in the line
    assert decision_rows(PARTNERSHIP_MINUTES, tmp_path)[-1] == (
        "A proposal that the Executive Group invite the Marsh Schools Alliance to join as a "
        "fourth partner was not agreed; the partners instead agreed to offer the Alliance a "
        "standing invitation.", "rejected")


def test_not_agreed_passive_is_a_refusal() -> None:
    assert classify_outcome("The proposal to close the depot was not agreed.") == "rejected"
    assert classify_outcome("AGREED that the depot be closed.") == "agreed"


NZ_REPORT = """6.3 DOG CONTROL POLICY AND PRACTICES REPORT 2024/25

Author:            Rawiri Tane, Compliance Manager
Authoriser:        Sarah Tuhi, Chief Executive

PURPOSE | TE TAKE MŌ TE PŪRONGO

To present the annual report on dog control policy and practices.

RECOMMENDATION | TŪTOHUTANGA

That Ōkaiwhenua District Council adopts the Dog Control Policy and Practices Report 2024/25
for publication.

DISCUSSION | KŌRERORERO

The report records 4,812 registered dogs.
"""


def test_bilingual_heading_parted_by_a_bar_missed(tmp_path: Path) -> None:
    # a New Zealand report heads its sections in English and te reo Māori, parted by a bar:
    # "RECOMMENDATION | TŪTOHUTANGA" was no heading (the bar after the word), and the ask
    # unheaded was not read either (the council's name opens on a macron): no decision
    assert _report_rows(NZ_REPORT, tmp_path) == [
        "That Ōkaiwhenua District Council adopts the Dog Control Policy and Practices Report "
        "2024/25 for publication."]
