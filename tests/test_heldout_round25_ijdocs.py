"""Regression tests for round 25's document misses of batches I and J (each document's kind,
meeting date and committee; minutes and decisions): a notice cancelling a meeting, a report to
a body's special meeting. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, pack_front, rendered

# ------------------------------------------------- a notice cancelling a meeting

CANCELLED_NOTICE = """## HOLMFORD PARISH COUNCIL
The Village Hall, Church Lane, Holmford HF2 6QT
Clerk: Mr Daniel Aspinall
** NOTICE OF CANCELLATION
** FINANCE AND GENERAL PURPOSES COMMITTEE
Notice is given that the meeting of the Finance and General Purposes Committee which was to have \
been held on Tuesday 14 November 2028 at 7.00 pm in the Village Hall has been cancelled, \
there being no business to transact.
The next meeting of the Committee is scheduled for Tuesday 12 December 2028 at 7.00 pm.
D. Aspinall
Clerk to the Council
Dated: 7 November 2028
"""


def test_cancellation_notice_names_the_meeting_it_cancels(tmp_path: Path) -> None:
    # a one-page notice: no agenda, no minutes; it belongs to the meeting it cancels (its body
    # and its date), not to the next meeting it announces nor to the day it was signed;
    # before, the notice was read as naming no meeting at all
    docs = documents_of(rendered(CANCELLED_NOTICE, tmp_path))
    assert docs == [("other", "2028-11-14", "Finance and General Purposes Committee")]


# ------------------------------------------------- a report to a body's special meeting

SPECIAL_MEETING_PACK = pack_front("WEYBRIDGE BOROUGH COUNCIL", "Licensing Committee") + """\
** Agenda Item 3
WEYBRIDGE BOROUGH COUNCIL
Report to:	Licensing Committee (Extraordinary Meeting)
Date:	11 June 2026
Report of:	Head of Regulatory Services
Subject:	Taxi Licensing Policy Review
** 1. Recommendation
1.1 That the Committee approves the revised taxi licensing policy for consultation.
** 2. Background
2.1 The policy was last reviewed in 2021 and the statutory standards have since changed.
"""


def test_special_meeting_in_brackets_is_no_part_of_the_body(tmp_path: Path) -> None:
    # "Report to: Licensing Committee (Extraordinary Meeting)": the bracket says which kind
    # of the committee's meetings it is; the body is the Licensing Committee; before, the
    # bracket was kept in the committee's name
    docs = pack_documents(SPECIAL_MEETING_PACK, tmp_path)
    assert ("report", "2026-06-11", "Licensing Committee") in docs


# --------------------------------- minutes of a meeting adjourned and reconvened another day

RECONVENED_MINUTES_PACK = pack_front("CALDERBY BOROUGH COUNCIL", "Overview Committee") + """\
** Calderby Borough Council
** Overview Committee
** Minutes
Minutes of the meeting held on Tuesday 10 March 2026 at 7.00 pm in the Council Chamber, \
adjourned at 10.00 pm and reconvened on Tuesday 17 March 2026 at 7.00 pm.
Present on 10 March: Councillors Rowe (Chair), Tait, Ubsdell and Vance.
Present on 17 March: Councillors Rowe (Chair), Tait and Vance.
** OC/12 Apologies for Absence
There were none on 10 March.
** OC/13 Parking Charges Review
RESOLVED: That the review be noted.
The meeting closed at 8.15 pm on 17 March 2026.
"""


def test_minutes_listing_who_was_present_on_each_day(tmp_path: Path) -> None:
    # "Minutes" set as a title over "Present on 10 March:" and "Present on 17 March:", one
    # list per day of a meeting adjourned and reconvened: the minutes start there; before, the
    # dated labels were no "Present:" and the minutes were read as the agenda's pages
    docs = pack_documents(RECONVENED_MINUTES_PACK, tmp_path)
    assert ("minutes", "2026-03-10", "Overview Committee") in docs


# ------------------------------- minutes of a joint committee listing each council's members

JOINT_MINUTES_PACK = pack_front("NORBURY AND HALSTEAD COUNCILS", "Joint Waste Committee") + """\
** Norbury and Halstead Joint Waste Committee
** Minutes of the meeting held on Wednesday 4 March 2026 at 10.00 am at Norbury House
<> Present (Norbury): Councillors A Lyle (Chair), B Mott, C Nash || Present (Halstead): \
Councillors D Orme (Vice-Chair), E Pike
Apologies: Councillor F Quill
** JWC 14 Declarations of Interest
There were none.
** JWC 15 Garden Waste Charges
RESOLVED: That the garden waste charge for 2026/27 be set at GBP 52.
The meeting closed at 11.40 am.
"""


def test_minutes_listing_each_councils_members_present(tmp_path: Path) -> None:
    # "Present (Norbury):" and "Present (Halstead):" side by side, a joint committee's members
    # by their council: the attendance label; before, the bracket hid it and the minutes were
    # read as part of the agenda
    docs = pack_documents(JOINT_MINUTES_PACK, tmp_path)
    assert ("minutes", "2026-03-04", "Norbury and Halstead Joint Waste Committee") in docs


# ------------------------- a joint committee's agenda under its councils' names side by side

JOINT_AGENDA_PACK = """%% header Norbury and Halstead Joint Waste Committee
<< NORBURY DISTRICT COUNCIL  |  HALSTEAD BOROUGH COUNCIL
## Norbury and Halstead Joint Waste Committee
<< Wednesday 10 June 2026, 10.00 am
Venue:	Committee Room 2, Norbury House, High Street, Norbury NB1 2AA
Clerk to the Joint Committee: Ruth Ames, 01632 960 111
** AGENDA
1. Apologies for Absence
2. Declarations of Interest
3. Garden Waste Charges 2026/27
--- page ---
** Agenda Item 3
** Norbury and Halstead Joint Waste Committee - 10 June 2026
** Garden Waste Charges 2026/27
Report of:	Joint Waste Manager
** Recommendation
That the Joint Committee approves a garden waste charge of GBP 52 for 2026/27.
"""


def test_councils_side_by_side_are_no_committee(tmp_path: Path) -> None:
    # "NORBURY DISTRICT COUNCIL | HALSTEAD BOROUGH COUNCIL" set above the joint committee's
    # name: the councils that publish it, each a council's name; the body that meets is the
    # joint committee below; before, the councils' line was read as the committee
    docs = pack_documents(JOINT_AGENDA_PACK, tmp_path)
    assert ("agenda", "2026-06-10", "Norbury and Halstead Joint Waste Committee") in docs
