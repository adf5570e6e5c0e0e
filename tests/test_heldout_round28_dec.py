"""Regression tests for held-out round 28's misses in decisions: a police and crime
commissioner's accountability board minuting what the Commissioner approved, noted or deferred;
a States committee's letter-spaced "T H E  C O M M I T T E E  R E S O L V E D" over each
resolution.
Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_in, pdf_minutes, source_lines

# ------------------------------------ the Commissioner deciding alone at his own board

ACCOUNTABILITY_MINUTES = """WETHERDALE POLICE AND CRIME COMMISSIONER
ACCOUNTABILITY AND PERFORMANCE BOARD
Minutes of the meeting held on 16 April 2029 at 10.00 am
Present: Commissioner J Hart (Chair), Chief Constable R Ames

APB/29/09  PERFORMANCE REPORT
           The Chief Constable presented the report.
           The Commissioner noted the quarter 3 performance report and asked
           for a rural attendance plan at the May meeting.

APB/29/10  DRONE CAPABILITY BUSINESS CASE
           The Commissioner approved the business case for the expansion of the
           drone unit from four to seven aircraft.

APB/29/11  SALE OF POLICE HOUSE
           The Chief Finance Officer reported an offer of £265,000.
           The Commissioner deferred a decision on the sale until an independent
           valuation had been received.
"""


def test_commissioner_approves_notes_and_defers(tmp_path: Path) -> None:
    # the bodies whose own sentences were read as decisions were committees, boards and
    # members: the Commissioner, who alone decides at his board, was none of them
    got = decision_rows(ACCOUNTABILITY_MINUTES, tmp_path)
    assert ("The Commissioner approved the business case for the expansion of the drone unit "
            "from four to seven aircraft.", "approved") in got
    assert ("The Commissioner noted the quarter 3 performance report and asked for a rural "
            "attendance plan at the May meeting.", "noted") in got
    assert ("The Commissioner deferred a decision on the sale until an independent valuation "
            "had been received.", "deferred") in got


# ---------------------------- the body and its verb letter-spaced as one label over the words

STATES_MINUTES = source_lines(
    "## STATES OF GUERNSEY",
    "## COMMITTEE FOR HEALTH & SOCIAL CARE",
    "** Minutes of the meeting held on 11th August, 2027 at 9.30 a.m.",
    "Present: Deputy A. B. Le Tissier (President), Deputy C. D. Ogier",
    "** HSC/27/131 Minutes",
    "The minutes of the meeting held on 14th July, 2027 were considered.",
    "^^ T H E   C O M M I T T E E   R E S O L V E D",
    "to approve the minutes of the meeting held on 14th July, 2027 as a true record.",
    "** HSC/27/132 Dental Charges for Children and Young People 2028",
    "The Committee considered a paper proposing changes to the subsidy for dental treatment.",
    "^^ T H E   C O M M I T T E E   R E S O L V E D",
    "to defer consideration of the proposed dental charges until the meeting on 8th "
    "September, 2027.",
    "** HSC/27/133 Any Other Business",
    "There was no other business.",
)


def test_letter_spaced_body_and_verb_over_the_resolution(tmp_path: Path) -> None:
    # the label, its spacing taken out, ran into one word ("THECOMMITTEERESOLVED") that no
    # resolving mark matched, so the minutes held no decision
    got = {d.decision_text: d.outcome
           for d in decisions_in(pdf_minutes(STATES_MINUTES, tmp_path))}
    assert got.get("to approve the minutes of the meeting held on 14th July, 2027 as a true "
                   "record.") == "approved"
    assert got.get("to defer consideration of the proposed dental charges until the meeting "
                   "on 8th September, 2027.") == "deferred"


# ------------------------- a label in two languages, the other one's word not known here

ISLANDS_MINUTES = source_lines(
    "## Comhairle nan Eilean Fhada / Longisles Council",
    "## Education, Sport and Children's Services Committee",
    "** Minutes of the meeting held on 10 June 2027 at 10.00 am",
    "Present: Councillor M Caimbeul (Chair), Councillor D MacLeod",
    "** 23. Geàrr-chunntas / Minute of Previous Meeting",
    "The Minute of the Meeting of 11 March 2027 was submitted.",
    "Co-dhùnadh / Decision: The Committee approved the Minute of 11 March 2027 as a correct "
    "record.",
    "** 24. Instrumental Music Tuition: Charging",
    "There was submitted a Report by the Director of Education proposing a charge of £180 per "
    "year for instrumental music tuition.",
    "Co-dhùnadh / Decision: The Committee agreed that consideration of the Report be continued "
    "to the meeting on 23 September 2027.",
    "** 25. Gnothaichean Eile / Any Other Competent Business",
    "There was no other competent business.",
)


def test_gaelic_and_english_decision_label(tmp_path: Path) -> None:
    # only Welsh was known beside the English label word, so "Co-dhùnadh / Decision:" marked
    # nothing and the minutes held no decision
    got = {d.decision_text: d.outcome
           for d in decisions_in(pdf_minutes(ISLANDS_MINUTES, tmp_path))}
    assert got.get("Co-dhùnadh / Decision: The Committee approved the Minute of 11 March 2027 "
                   "as a correct record.") == "approved"
    assert got.get("Co-dhùnadh / Decision: The Committee agreed that consideration of the "
                   "Report be continued to the meeting on 23 September 2027.") == "deferred"


# ------------------------------------------ a paper noted by the members, in the passive

MONTHLY_MINUTES = source_lines(
    "## Comhairle Contae Chill Rónáin / Kilronan County Council",
    "** Minutes of the Monthly Meeting held on 13th September 2027 at 11.00 a.m.",
    "Present: Cllr. S. Tierney (Cathaoirleach), Cllr. P. Gavin, Cllr. G. Walsh",
    "** Minute No. 201/2027 Confirmation of Minutes",
    "Proposed by Cllr. S. Tierney, seconded by Cllr. P. Gavin, it was resolved: \"That the "
    "minutes of the Monthly Meeting held on 12th July 2027 be confirmed and signed.\"",
    "** Minute No. 202/2027 Chief Executive's Orders",
    "The Chief Executive's Orders Nos. 2027/0612 to 2027/0780, as circulated, were noted by "
    "the Members.",
    "** Minute No. 203/2027 Correspondence",
    "There was no correspondence.",
)


def test_orders_noted_by_the_members(tmp_path: Path) -> None:
    # only "The minutes ... were noted" was read in the passive: the members named after the
    # verb were no noting body (and "Nos." was taken for the sentence's end)
    got = {d.decision_text: d.outcome
           for d in decisions_in(pdf_minutes(MONTHLY_MINUTES, tmp_path))}
    assert got.get("The Chief Executive's Orders Nos. 2027/0612 to 2027/0780, as circulated, "
                   "were noted by the Members.") == "noted"


# -------------------------------------------- the body's refusal in capitals, the template's

BOARD_NOTES = source_lines(
    "## PLANNING IMPROVEMENT BOARD",
    "** Notes of the meeting held on 20 June 2028 at 2.00 pm",
    "Present: Cllr A Varley (Chair), Cllr B Osei, Ms C Dunmore (Independent Member)",
    "** PIB/28/11 Development Management Dashboard",
    "The Head of Planning presented the dashboard. The Board NOTED the dashboard.",
    "** PIB/28/12 Pre-Application Advice Charging",
    "The Business Improvement Lead set out a proposal to charge £180 for householder "
    "pre-application advice from October 2028.",
    "The Board DECLINED the proposal to introduce charges for householder pre-application "
    "advice, and asked that it be reconsidered in April 2029.",
    "** PIB/28/13 Date of Next Meeting",
    "The next meeting will be held on 18 July 2028.",
)


def test_board_declined_in_capitals(tmp_path: Path) -> None:
    # the template's capitals marked a decision only for verbs of assent: the refusal was
    # read as discussion
    got = {d.decision_text: d.outcome
           for d in decisions_in(pdf_minutes(BOARD_NOTES, tmp_path))}
    assert got.get("The Board DECLINED the proposal to introduce charges for householder "
                   "pre-application advice, and asked that it be reconsidered in April "
                   "2029.") == "rejected"


# ------------------------------------ a motion put to the meeting and lost, an older book

MINUTE_BOOK = """FENWICK PARISH COUNCIL
Minutes of the meeting held on 9th March 1987 at 7.30 p.m.
Present: Mr. A. Brindley (Chairman), Mr. B. Lomas, Mrs. C. Beresford
416. Precept 1987/88
RESOLVED that a precept of £6,850 be levied for the year 1987/88.
417. Footpath No. 14 (Fenwick Clough)
Mrs. Beresford reported that the diversion order for Footpath No. 14 had drawn two objec-
tions. Mr. Brindley proposed, and Mr. Lomas seconded, that the Council support it. On being
put to the meeting the motion was lost, three voting in favour and four against.
418. Reading Room: Repairs to Roof
RESOLVED that consideration of the request be deferred to the April meeting.
"""


def test_motion_put_to_the_meeting_and_lost(tmp_path: Path) -> None:
    # a result in small letters was a vote's only where "vote" was named before it: the
    # motion put "to the meeting" was read as no vote, its proposal as carried
    got = decision_rows(MINUTE_BOOK, tmp_path)
    assert ("On being put to the meeting the motion was lost, three voting in favour and four "
            "against.", "rejected") in got
    assert not any(text.startswith("Mr. Brindley proposed") for text, _ in got)
