"""Regression tests for held-out round 29's misses in the minutes and decisions of informal,
advisory and area bodies (batches C and D): a tenants' forum's notes in which the forum turned
a member's proposal down in its own sentence before agreeing what it would recommend; a
planning committee's motion lost before another was moved and seconded; a portfolio holder's
briefing notes whose long title wraps in large type; a steering group's pack ending on the
page of its next meeting's date; a joint committee numbering its minutes in small roman
numerals after its code ("HC iv.").
Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    documents_of,
    numbers,
    pack_kinds,
    pdf_minutes,
    rendered,
    source_lines,
)

# ------------------------------ the forum refusing a member's proposal in a verb of its own

PROPOSAL = ("Mr Fairweather proposed that estate inspections be held monthly on every estate. "
            "Officers said that this would need two more officers. "
            "The Forum did not agree to the proposal.")
RECOMMENDED = ("The Forum agreed to recommend to the Housing Committee that the estate "
               "inspection programme be extended to all sheltered housing schemes.")
FORUM_NOTES = f"""Tenants' and Leaseholders' Forum
Notes of the meeting held on 22 April 2031 at 6.00 pm
Present: Mrs A Fairweather (Chair), Mr B Okafor, Ms C Lund

TLF 4/31 Estate inspections
The Tenant Engagement Officer reported that 46 estate inspections had been carried out.
{PROPOSAL}
{RECOMMENDED}

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

LOST = ("A motion to approve the application in line with the officer recommendation was "
        "moved by Cllr Waddington and seconded by Mr Entwistle. On being put to the vote the "
        "motion was lost (3 for, 4 against).")
MOVED = ("It was then moved by Mrs Blamire and seconded by Cllr Nutter that the application "
         "be refused.")
REFUSED = ("That planning permission be refused, contrary to the officer recommendation, "
           "because the lodges would harm the landscape character of the National Park.")
PLANNING_MINUTES = f"""NORTHFELL NATIONAL PARK AUTHORITY
PLANNING COMMITTEE
Minutes of the meeting held on 9 February 2029 at 10.00 am
Present: Mr J Entwistle (Chair), Cllr P Waddington, Mrs R Blamire, Cllr T Nutter

PC/29/04  NP/28/0355/FUL - Two Holiday Lodges, Land at Birks Wood
          The Senior Planning Officer presented the report, recommending approval.
          {LOST}
          {MOVED}
          RESOLVED
          {REFUSED}
"""


def test_motion_lost_before_another_moved_and_seconded(tmp_path: Path) -> None:
    # a motion lost beside a refusal was read as that refusal's own vote unless another vote
    # was named between them: a motion moved and seconded in form, its vote left to the
    # resolution after, is another vote too
    got = decision_rows(PLANNING_MINUTES, tmp_path)
    assert any(text.startswith("On being put to the vote the motion was lost")
               and outcome == "rejected" for text, outcome in got), got
    assert any(text.startswith("That planning permission be refused") for text, _ in got), got


# ------------------- a portfolio holder's briefing notes, the long title wrapped in large type

BRIEFING_NOTES = source_lines(
    "** AMBRIDGE VALE DISTRICT COUNCIL",
    "## NOTES of the informal Housing and Homelessness Portfolio Holder Briefing held on "
    "Thursday 6 February 2031",
    "Attendees: Councillor Judith Farrant (Portfolio Holder for Housing and Homelessness); "
    "Marcus Fennimore (Housing Options Manager)",
    "** 1. Temporary accommodation pressures",
    "Marcus Fennimore reported 118 households in temporary accommodation.",
    "** 2. Service risks",
    "The Housing Options Manager went through the risks in the service plan.",
    "|~ Ref | Risk | Likelihood | Impact | Score | Owner |",
    "| HH1 | Temporary accommodation costs exceed budget | 5 | 4 | 20 | Housing Options Manager |",
    "| HH2 | Rough sleeping rises over winter | 3 | 4 | 12 | Housing Options Manager |",
)


def test_briefing_notes_titled_over_two_lines(tmp_path: Path) -> None:
    # the briefing notes' title clue read one line only, and the briefing's name four words
    # at most: the wrapped title read as none, the notes were a risk register, unnamed
    got = documents_of(rendered(BRIEFING_NOTES, tmp_path))
    assert ("minutes", "2031-02-06", "Housing and Homelessness Portfolio Holder Briefing") in got


# ------------------------------- a pack's last item page, the next meeting's date alone

STEERING_PACK = source_lines(
    "%% header Saltmarsh Bay to Gullhaven Coastal Partnership",
    "%% footer SMP Steering Group, 28 March 2029 - page {page} of {pages}",
    "%% font serif",
    "<< Saltmarsh Bay to Gullhaven Coastal Partnership",
    "## Shoreline Management Plan Steering Group",
    "** Agenda",
    "Meeting:\tShoreline Management Plan Steering Group",
    "Date:\tWednesday 28 March 2029, 10.30 am",
    "Venue:\tHarbour Office Meeting Room, Quay Street, Gullhaven",
    "| Item | Subject | Lead |",
    "| 1 | Introductions and Apologies | Chair |",
    "| 2 | Beach Profile Monitoring - Contract Award (paper) | Coastal Engineer |",
    "| 3 | Date of Next Meeting | Chair |",
    "--- page ---",
    "** Saltmarsh Bay to Gullhaven Coastal Partnership",
    "** Shoreline Management Plan Steering Group",
    "** Notes of the meeting held on Wednesday 6 December 2028 at the Harbour Office, Gullhaven",
    "Present: Cllr R Penwarden (Chair), Environment Agency, Natural England",
    "** SMP 28/21 Introductions and Apologies",
    "Apologies were received from the Harbour Master.",
    "** SMP 28/22 Notes of the Last Meeting",
    "The notes of the meeting held on 13 September 2028 were agreed.",
    "--- page ---",
    "** Item 2: Beach Profile Monitoring - Contract Award",
    "Lead: Coastal Engineer",
    "** Recommendation",
    "That the Group agrees the award of the beach profile monitoring contract for 2029-2032 to "
    "Fathom Coastal Surveys Ltd at a cost of £96,480 over three years.",
    "** Background",
    "The previous contract with Meridian Hydrographic Ltd ends on 31 March 2029. Four tenders "
    "were received through the regional monitoring framework.",
    "--- page ---",
    "** Item 3: Date of Next Meeting",
    "Wednesday 27 June 2029 at 10.30 am.",
)


def test_next_meeting_item_page_is_no_document(tmp_path: Path) -> None:
    # the item's page, its date alone, was read as a report of its own
    parts = pack_kinds(STEERING_PACK, tmp_path)
    assert [kind for kind, _, _ in parts] == ["agenda", "minutes", "report"], parts


# ------------------------ minutes numbered in small roman numerals after the body's code

HERITAGE_MINUTES = source_lines(
    "## Penmorva Heritage Coast Joint Committee",
    "** Minutes of the meeting held at Trewint Guildhall on Tuesday 27 November 2028 at 2.30 pm",
    "Present: Cllr J Hocking (Chair), Cllr A Vosper, Mrs T Laity",
    "** HC i. Apologies",
    "Cllr P Chenoweth.",
    "** HC ii. Minutes",
    "The minutes of the meeting held on 25 September 2028 were confirmed as a correct record.",
    "** HC iii. Visitor Management Plan 2029-2031",
    "RESOLVED that the Visitor Management Plan be recommended to the partner authorities.",
    "** HC iv. Financial Position",
    "The Committee noted the budget monitoring statement.",
)


def test_roman_minute_numbers_after_a_code(tmp_path: Path) -> None:
    # a code before small roman numerals was no shape of a minute number: the number was read
    # into each title
    got = numbers(pdf_minutes(HERITAGE_MINUTES, tmp_path))
    assert got == [("HC i", "Apologies"), ("HC ii", "Minutes"),
                   ("HC iii", "Visitor Management Plan 2029-2031"),
                   ("HC iv", "Financial Position")], got
