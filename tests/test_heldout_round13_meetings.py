"""Regression tests for round 13's meeting-identity misses (each document's committee and
meeting date): minutes dated and named by a minute's "The minutes of the meeting held on ..."
below their attendance list, minutes under a pack's running head naming the council and
another meeting, an agenda masthead's name wrapped before its body's word, a notice sentence
naming its body with words of its name left out, a notice of determination titled with its
body, a ModernGov list of a meeting's decisions, and minutes naming their committee with the
board it belongs to. Each runs on small generated papers, not on the held-out papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.extract.meetings.body_names import fuller_name
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.meetings.sentences import decisions_taken

# A pack of two pages or more, its running head (the council, the body, the pack's date) atop
# every page in the small type page furniture is set in.
CABINET_AGENDA = """%% header Eastwick City Council - Cabinet - 14 October 2026
%% footer Page {page}
## EASTWICK CITY COUNCIL
** CABINET
Tuesday 14 October 2026 at 10.00 am
Council Chamber, Guildhall, Eastwick
** AGENDA
** 1. Apologies
** 2. Minutes of the Previous Meeting
To approve the minutes of the meeting held on 2 September 2026.
** 3. Local Plan Review
--- page ---
"""


def test_regression_minutes_dated_by_an_earlier_meeting_named_in_a_minute(tmp_path: Path) -> None:
    # The minutes' heading is "Cabinet - Minutes" over its date; the sentence "The minutes of
    # the meeting held on 15 July ..." is a minute's, below the list of those present, and the
    # running head over the page names the pack's meeting and the council, not these minutes'.
    minutes = """## Cabinet - Minutes
Tuesday 2 September 2026
Present:	Councillor Oduya (in the Chair); Councillors Barraclough, Cheung and Dalby
** CAB.26.40 Apologies
An apology was received from Councillor Ellery.
** CAB.26.41 Minutes
**Decision:** The minutes of the meeting held on 15 July 2026 were approved as a correct record.
** CAB.26.42 Waste Strategy
**Decision:** Cabinet approved the waste strategy.
"""
    assert pack_documents(CABINET_AGENDA + minutes, tmp_path) == [
        ("agenda", "2026-10-14", "Cabinet"),
        ("minutes", "2026-09-02", "Cabinet"),
    ]


def test_regression_minutes_heading_is_read_above_the_attendance_list() -> None:
    # "That the minutes of the meeting held on ..." below "Present:" is an item's sentence: the
    # heading above it names the body and its date ("Body, date, venue"), not "the Council".
    head = ["Thornleigh Metropolitan Borough Council", "Minutes",
            "Children's Services Scrutiny Committee, 9 March 2026, Thornleigh Town Hall",
            "Present: Councillor A Brook (in the Chair); Councillors B Carr and D Eyre",
            "Minute 12 Minutes",
            "AGREED: That the minutes of the meeting held on 12 January 2026 be approved as a",
            "correct record."]
    heading = minutes_heading(head)
    assert heading.meeting_date == dt.date(2026, 3, 9)
    # (read here since round 32, as a health board committee's "Body, date, venue" under its
    # board's wrapped masthead needed: before, the masthead reading after it named the body)
    assert heading.committee == "Children's Services Scrutiny Committee"
    # A heading sentence above the list is read as before.
    head = ["MINUTES of the meeting of the Licensing Committee held on 4 May 2026",
            "Present: Councillors F Gale and H Imrie",
            "The minutes of the meeting held on 6 April 2026 were approved."]
    heading = minutes_heading(head)
    assert (heading.committee, heading.meeting_date) == ("Licensing Committee",
                                                         dt.date(2026, 5, 4))


def test_regression_minutes_committee_read_as_the_council_from_an_item(tmp_path: Path) -> None:
    source = """%% header Thornleigh Metropolitan Borough Council
%% footer Page {page}
## Thornleigh Metropolitan Borough Council
!! Children's Services Scrutiny Committee
Thursday 7 May 2026, 6.00 pm, Committee Room 3, Thornleigh Town Hall
** Agenda
** 1 Apologies
** 2 Minutes of the meeting held on 9 March 2026
** 3 School Place Planning
--- page ---
!! Minutes
Children's Services Scrutiny Committee, 9 March 2026, Thornleigh Town Hall
Present:	Councillor A Brook (in the Chair); Councillors B Carr and D Eyre
** Minute 11 Apologies
Councillor Fenwick.
** Minute 12 Minutes
AGREED: That the minutes of the meeting held on 12 January 2026 be approved as a correct record.
** Minute 13 School Place Planning
AGREED: That the report be noted.
"""
    assert pack_documents(source, tmp_path) == [
        ("agenda", "2026-05-07", "Children's Services Scrutiny Committee"),
        ("minutes", "2026-03-09", "Children's Services Scrutiny Committee"),
    ]


def test_regression_agenda_masthead_name_wrapped_before_its_body_word() -> None:
    lines = ["Brackley Vale Metropolitan Borough Council", "PLACE AND ECONOMY SCRUTINY",
             "COMMITTEE", "Agenda", "Date: Monday 6th July 2026", "Time: 6.00pm",
             "Venue: Council Chamber, Brackley Town Hall"]
    found = agenda_masthead(lines)
    assert (found["committee"], found["meeting_date"]) == ("Place and Economy Scrutiny Committee",
                                                           dt.date(2026, 7, 6))
    # a body's word alone under a line that is no part of a name stays the body's word alone
    lines = ["Date: Monday 6th July 2026", "CABINET", "Agenda"]
    assert agenda_masthead(lines)["committee"] == "Cabinet"


def test_regression_notice_sentence_naming_its_body_with_words_left_out(tmp_path: Path) -> None:
    source = """%% header Harrowdale and Leys Joint Crematorium Committee
%% footer Page {page}
## Harrowdale and Leys Joint Crematorium Committee
A joint committee of Harrowdale District Council and Leys Borough Council
Notice is given that a meeting of the Joint Committee will be held at Leys House, Mill Road, \
Harrowdale on Thursday 10 September 2026 at 2.00 pm.
** AGENDA
** 1 Apologies
** 2 Minutes of the meeting held on 11 June 2026
** 3 Cremator Replacement
"""
    assert documents_of(rendered(source, tmp_path)) == [
        ("agenda", "2026-09-10", "Harrowdale and Leys Joint Crematorium Committee")]
    masthead = ["Harrowdale and Leys Joint Crematorium Committee"]
    assert fuller_name("Joint Committee", masthead, words_left_out=True) == masthead[0]
    # only where asked (a pack's running head may name another body holding the same words),
    # and only the words in their order with the body's word last
    assert fuller_name("Joint Committee", masthead) == "Joint Committee"
    assert fuller_name("Crematorium Joint Committee", masthead,
                       words_left_out=True) == "Crematorium Joint Committee"
    assert fuller_name("Joint Board", masthead, words_left_out=True) == "Joint Board"


def test_regression_notice_of_determination_titled_with_its_body(tmp_path: Path) -> None:
    source = """%% header Ellerby Council - Licensing Service
%% footer Page {page}
## ELLERBY COUNCIL
^^ LICENSING ACT 2003
!! Notice of Determination of the Licensing Sub-Committee
Application:	Variation of a premises licence
Premises:	The Anchor, 2 Quay Street, Ellerby
Hearing date:	Tuesday 17 November 2026
Sub-Committee:	Councillors P. Lund (Chair), R. Marsh and S. Nolan
Date of notice:	20 November 2026
** 1. The application
1.1 The applicant applied to extend the hours for the sale of alcohol to midnight.
^^ DECISION
The Sub-Committee has decided to GRANT the variation, with modifications.
** 2. Reasons
2.1 The Sub-Committee was satisfied that the conditions proposed would prevent public nuisance.
"""
    assert documents_of(rendered(source, tmp_path)) == [
        ("decision", "2026-11-17", "Licensing Sub-Committee")]


def test_regression_moderngov_decisions_list_names_its_meeting_in_its_subtitle() -> None:
    lines = ["Ravenmoor Council", "Committees > Cabinet > Decisions", "Decisions",
             "Decisions published on Monday 9 March 2026 for the meeting of Cabinet on "
             "Thursday 5 March 2026, 7.00 pm"]
    assert decisions_taken(lines) == {"committee": "Cabinet",
                                      "meeting_date": dt.date(2026, 3, 5)}
    lines[3] = ("Decisions published on Monday 9 March 2026 for the meeting of Executive on "
                "Wednesday 4 March 2026")
    assert decisions_taken(lines) == {"committee": "Executive",
                                      "meeting_date": dt.date(2026, 3, 4)}
    # a sentence about decisions and a date, with no meeting of a body, names none
    assert decisions_taken(["Decisions will come into effect on Monday 16 March 2026"]) == {}


def test_regression_minutes_committee_named_with_the_board_it_belongs_to() -> None:
    head = ["MINUTE", "of meeting of the Audit and Risk Committee of the Glenmorven Integration "
            "Joint Board held in the Boardroom, Kirk House on 18 November 2026 at 2.00pm.",
            "Present: Cllr A Fraser (Chair), Dr B Gray"]
    heading = minutes_heading(head)
    assert (heading.committee, heading.meeting_date) == ("Audit and Risk Committee",
                                                         dt.date(2026, 11, 18))
    # a board named alone is the body that meets
    head = ["MINUTES of the meeting of the Strategic Planning Board held on 3 June 2026"]
    assert minutes_heading(head).committee == "Strategic Planning Board"
