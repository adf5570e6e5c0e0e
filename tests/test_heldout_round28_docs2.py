"""Regression tests for the document misses of held-out round 28's family "documents, minutes
and agenda items (2)": bodies that keep notes, not minutes (a blue light collaboration board, a
resilience forum's executive group), a Guernsey committee named "Committee for ...", an Irish
council's "Report to Members:" papers, an islands council's bilingual masthead date wrapped
before its year. Each on a small paper in the layout that showed it."""

from __future__ import annotations

from heldout_support import numbers, pack_documents, process_file, rendered, source_decision_rows

# ------------ a board's notes headed "Notes of the <Body> meeting held on ..." (r28d)

NOTES_PACK = """## WEALDMERE LOCAL RESILIENCE FORUM
!! Executive Group
Date:	Wednesday 20 June 2029
Time:	2.00 pm - 4.00 pm
Venue:	Strategic Coordination Centre, Wealdmere
** AGENDA
1. Welcome and Apologies
2. Notes of the Meeting held on 7 March 2029
3. Any Other Business
--- page ---
## WEALDMERE LOCAL RESILIENCE FORUM
** {heading} held on Wednesday 7 March 2029 at the Strategic Coordination Centre, Wealdmere
Attendees: ACC Rowena Stallybrass (Chair); Neil Abernathy (LRF Manager)
** 1. Welcome and Apologies
Apologies were received from the Maritime and Coastguard Agency.
** 2. Exercise Cold Harbour: Debrief
The LRF Manager presented the debrief of the coastal flooding exercise.
The Group agreed the nine recommendations of the debrief report.
** 3. Mass Fatalities Plan
The Group deferred approval of the revised Mass Fatalities Plan to its June meeting.
** 4. Proposal for a Shared Rest Centre Vehicle
The Group did not agree the proposal for a jointly funded rest centre vehicle.
"""


def _notes_pack(heading: str) -> str:
    return NOTES_PACK.format(heading=heading)


def test_notes_of_body_meeting_held_on_are_minutes(tmp_path):
    docs = pack_documents(_notes_pack("Notes of the Executive Group meeting"), tmp_path)
    assert ("minutes", "2029-03-07", "Executive Group") in docs
    records = process_file(str(rendered(_notes_pack("Notes of the Executive Group meeting"),
                                        tmp_path, "again"))).records
    assert [n for n, _ in numbers(records)] == ["1", "2", "3", "4"]


def test_notes_naming_no_body_before_meeting_stay_as_before(tmp_path):
    # the guard: a line that names no body ("Notes of a walk held on ...") heads no minutes
    docs = pack_documents(_notes_pack("Notes of a walk"), tmp_path)
    assert not any(kind == "minutes" for kind, _, _ in docs)


def test_the_group_agreeing_deferring_and_not_agreeing_are_decisions(tmp_path):
    rows = source_decision_rows(_notes_pack("Notes of the Executive Group meeting"), "minutes",
                                tmp_path)
    assert [outcome for _, outcome in rows] == ["agreed", "deferred", "rejected"]


def test_masthead_subtitle_in_small_letters_is_the_agenda_committee(tmp_path):
    # "WEALDMERE LOCAL RESILIENCE FORUM" over "Executive Group" over the date: the body nearer
    # the date meets, the forum is whose it is
    docs = pack_documents(_notes_pack("Notes of the Executive Group meeting"), tmp_path)
    assert ("agenda", "2029-06-20", "Executive Group") in docs


# ------------ "the Committee" under a masthead naming "Committee for ..." (r28b Guernsey)

GUERNSEY_PACK = """## STATES OF GUERNSEY
## COMMITTEE FOR HEALTH & SOCIAL CARE
** Agenda for the meeting of the Committee to be held at 09:00 on Wednesday, 8th September, 2027 in the Board Room
Members:	Deputy A. C. Ozanne (President); Deputy M. J. Brehaut (Vice-President)
|% 10 70 20
| No. | Business | Paper |
| 1. | Minutes of the meeting held on 11th August, 2027 | HSC 27/61 |
| 2. | Community Physiotherapy Service - Award of Contract | HSC 27/62 |
| 3. | Any Other Business | |
--- page ---
## STATES OF GUERNSEY
## COMMITTEE FOR HEALTH & SOCIAL CARE
** Minutes of the meeting of the Committee held at 09:00 on Wednesday, 11th August, 2027 in the Board Room
Present:	Deputy A. C. Ozanne (President); Deputy M. J. Brehaut (Vice-President)
** HSC/27/131 Minutes
The Committee resolved to approve the minutes of the meeting held on 14th July, 2027.
** HSC/27/132 Any Other Business
There was no other business.
"""  # noqa: E501


def test_the_committee_is_the_masthead_committee_led_by_its_word(tmp_path):
    docs = pack_documents(GUERNSEY_PACK, tmp_path)
    assert ("agenda", "2027-09-08", "Committee for Health & Social Care") in docs
    assert ("minutes", "2027-08-11", "Committee for Health & Social Care") in docs


# ------------ "Report to Members: <title>" papers of an Irish monthly meeting (r28b)

IRISH_PACK = """## Kilronan County Council
You are hereby requested to attend the Monthly Meeting of Kilronan County Council to be held in the Council Chamber on Monday, 11th October 2027 at 2.00 p.m.
** AGENDA
1. Local Property Tax: Local Adjustment Factor 2028
2. Disposal of Property: Former Fire Station, Cloonfad
--- page ---
## Kilronan County Council
** Minutes of the Monthly Meeting of Kilronan County Council held in the Council Chamber on Monday, 13th September 2027 at 2.00 p.m.
Present:	Cathaoirleach: Cllr. Seán Ó Dálaigh. Cllrs. M. Brennan, T. Cunniffe and others.
** Minute No. 201/2027 Confirmation of Minutes
It was resolved: "That the minutes of the Monthly Meeting held on 12th July 2027 be confirmed."
** Minute No. 202/2027 Correspondence
The correspondence listed in the schedule was noted.
--- page ---
## Kilronan County Council
** Report to Members: Local Property Tax - Local Adjustment Factor 2028
Meeting:	{meeting}
From:	Ms A. Hynes, Head of Finance
1. The Council may vary the basic rate of Local Property Tax within its area by up to 15%.
2. It is recommended that the Members resolve to vary the basic rate upwards by 10% for 2028.
--- page ---
## Kilronan County Council
** Report to Members: Disposal of Property - Former Fire Station, Cloonfad
Meeting:	{meeting}
From:	Mr J. Egan, Director of Services
1. Notice has been given to the Members of the proposed disposal of the former fire station.
2. It is recommended that the Members approve the disposal of the former fire station.
"""  # noqa: E501


def test_report_to_members_under_its_monthly_meeting_is_a_report_of_its_own(tmp_path):
    docs = pack_documents(IRISH_PACK.format(meeting="Monthly Meeting, 11th October 2027"),
                          tmp_path)
    assert [kind for kind, _, _ in docs] == ["agenda", "minutes", "report", "report"]


# ------------ a bilingual masthead's date wrapped before its year (r28b islands council)

ISLANDS_PACK = """%% ligatures
## Comhairle nan Eilean Fhada
## Longisles Council
!! Education, Sport and Children's Services Committee
Coinneamh / Meeting:	Diardaoin 23 an t-Sultain 2027 / Thursday 23 September 2027, 09:30
Àite / Venue:	Seòmar na Comhairle, Taigh na Comhairle, Steòrnabhagh Fhada
** AGENDA
1. Apologies for Absence
2. Any Other Competent Business
"""


def test_masthead_date_wrapped_before_its_year_is_read(tmp_path):
    # (set with ligatures, the label's line wraps between "23 September" and "2027, 09:30")
    docs = pack_documents(ISLANDS_PACK, tmp_path)
    assert docs[0][:2] == ("agenda", "2027-09-23")
