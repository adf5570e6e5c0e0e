"""Regression tests for round 12's segmentation misses (documents of a pack not split or given
the wrong kind, and committee names): minutes known by their attendance labels and their
"There being no other business" ending, a notice dated by the 24-hour clock, a bilingual
minutes heading set in two columns, a masthead name wrapped before its body's word, minutes
titled "Minutes - <date>" over "Present:", an "Item number 5.1" label under a report's title,
an old-style notice ("the 16th day of APRIL ... when your attendance is requested"), an "Item
7: <title>" heading after item 6's paper, and a body named short under a running head naming
it in full. Each runs on small generated papers, not on the
held-out papers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from heldout_support import pack_documents, pack_kinds
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.normalise.dates import find_date

AGENDA = """## Tullyroe and Glenarm Borough Council
Dear Member
You are requested to attend the meeting of the Licensing Committee to be held in the Council \
Chamber on Tuesday, 9th March 2027 at 7.00 pm.
^^ AGENDA
1.	Apologies.
2.	Minutes of the meeting held on 2 February 2027.
3.	Street Trading Policy Review.
--- page ---
"""


def test_regression_minutes_known_by_attendance_labels_and_their_ending(tmp_path: Path) -> None:
    minutes = """!! Minutes of the Licensing Committee
Minutes of the Licensing Committee held in the Council Chamber on Tuesday 2 February 2027 at \
7.00 pm.
Chairperson:	Councillor R. Doherty
Officers in Attendance:	Licensing Manager (Mrs K. Boyd), Democratic Services Officer (Mr P. Ward)
** L/14/2027 APOLOGIES
Apologies were received from Councillor T. Quinn.
** L/15/2027 STREET TRADING DESIGNATIONS
Agreed:	That the designated streets be confirmed for a further year.
There being no other business the meeting ended at 8.10 pm.
"""
    assert pack_documents(AGENDA + minutes, tmp_path) == [
        ("agenda", "2027-03-09", "Licensing Committee"),
        ("minutes", "2027-02-02", "Licensing Committee"),
    ]


def test_regression_agenda_dated_by_the_24_hour_clock() -> None:
    front = """Ardmore Council
Housing and Communities Committee
Tuesday, 16 March 2027 at 14:00
Council Chamber, County Buildings, Ardmore
Business
No Item
1 Declaration of Interests
2 Housing Revenue Account Budget 2027/28
"""
    assert classify(front) == "agenda"
    # a report's date line has no time
    assert classify(front.replace(" at 14:00", "")) == "other"


def test_regression_bilingual_minutes_heading_set_in_two_columns(tmp_path: Path) -> None:
    agenda = """## Standards and Ethics Committee
Tuesday, 9 March 2027, 2.00 pm
Council Chamber, County Hall, Aberaeron
^^ AGENDA
1. Apologies
2. Minutes
--- page ---
"""
    minutes = """<> ## Cofnodion || ## Minutes
<> Cofnodion cyfarfod y Pwyllgor Safonau a gynhaliwyd ddydd Llun, 18 Ionawr 2027 || Minutes of \
the meeting of the Standards and Ethics Committee held on Monday, 18 January 2027
Yn bresennol / Present:	Mr Owain Price (Cadeirydd / Chair); Councillors Bethan Jones, Aled Rees
** 4. YMDDIHEURIADAU / APOLOGIES
Apologies were received from Councillor Carys Evans.
** 5. COFNODION / MINUTES
PENDERFYNWYD / RESOLVED:
That the minutes of the meeting held on 12 October 2026 be signed as a correct record.
"""
    assert pack_documents(agenda + minutes, tmp_path) == [
        ("agenda", "2027-03-09", "Standards and Ethics Committee"),
        ("minutes", "2027-01-18", "Standards and Ethics Committee"),
    ]


def test_regression_minutes_titled_by_the_word_and_date_over_present(tmp_path: Path) -> None:
    pack = """^^ BRANSBY DISTRICT COUNCIL
!! Bransby Community Safety Partnership Board
** Agenda
Date:	Thursday 4 March 2027
Time:	10.00 am
|- Item | Business | Lead |
| 1. | Apologies | Chair |
| 2. | Minutes of the last meeting (3 December 2026) | Chair |
--- page ---
!! Bransby Community Safety Partnership Board
** Minutes - Thursday 3 December 2026
Present:	Cllr J Hale (Chair), Supt R Cole, Ms A Grant
** CSP/26/31 Minutes of the meeting held on 10 September 2026
Decision: The minutes were approved as a true record.
** CSP/26/32 Anti-social behaviour update
Decision: The Board noted the update.
The meeting closed at 11.30 am.
"""
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2027-03-04", "Bransby Community Safety Partnership Board"),
        ("minutes", "2026-12-03", "Bransby Community Safety Partnership Board"),
    ]


def test_regression_a_minutes_reference_before_minutes_of_the_meeting_held_on() -> None:
    heading = minutes_heading([
        "Bransby Community Safety Partnership Board", "Minutes - Thursday 3 December 2026",
        "Present: Cllr J Hale (Chair)",
        "CSP/26/31 Minutes of the meeting held on 10 September 2026"])
    assert heading.meeting_date == dt.date(2026, 12, 3)


def test_regression_item_number_label_under_a_title_starts_a_report(tmp_path: Path) -> None:
    def report(title: str, item: str) -> str:
        return f"""** Education Committee
** 2.00 pm, Tuesday 2 March 2027
## {title}
Item number	{item}
Executive/routine	Executive
** 1. Recommendations
1.1 It is recommended that the Education Committee notes this report.
** 2. Main report
2.1 The position is set out below for the Committee to consider in full.
"""
    minutes = """!! Minutes
** Education Committee
Present: Councillor Reid (Convener), Councillor Shaw.
** 1. Minutes
** Decision
To approve the minute of 12 January 2027 as a correct record.
--- page ---
"""
    pack = (minutes + report("School Estate Plan 2027-2032", "7.1") + "--- page ---\n"
            + report("Early Years Expansion: Progress", "7.2"))
    assert [kind for kind, _, _ in pack_kinds(pack, tmp_path)] == ["minutes", "report", "report"]


def test_regression_old_style_notice_is_the_agenda_with_its_date(tmp_path: Path) -> None:
    pack = """!! FENWICK MARSH INTERNAL DRAINAGE BOARD
Clerk:	Mrs Anne Spalding, The Drainage Office, Fen Lane
Dated:	10 February 2027
Dear Member,
A MEETING of the Board will be held at the Drainage Office, Fen Lane, on WEDNESDAY the 3rd day \
of MARCH 2027 at 2.00 in the afternoon, when your attendance is requested.
Yours faithfully, A. Spalding, Clerk to the Board
|- No. | Item |
| 1 | Apologies for absence |
| 2 | Minutes of the Board meeting held on 2 December 2026 |
| 3 | Accounts for payment |
"""
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2027-03-03", "Fenwick Marsh Internal Drainage Board")]
    assert find_date("on WEDNESDAY the 3rd day of MARCH 2027") == dt.date(2027, 3, 3)


# An agenda and the last meeting's minutes before the papers, as a pack prints them.
FRONT = """## Fenwick Marsh Internal Drainage Board
** AGENDA
1. Apologies for absence
2. Pumping station refurbishment
--- page ---
## Fenwick Marsh Internal Drainage Board
** Minutes of the meeting held on Wednesday 2 December 2026 at 2.00 pm at the Drainage Office
Present:	Mr J Hurn (Chairman), Mr P Thorold, Mrs S Wray
** 1 Apologies for absence
Apologies were received from Mr D Gunby.
** 2 Rates
RESOLVED: That the drainage rates be set as proposed.
The meeting closed at 3.40 pm.
--- page ---
"""
REPORT_OF_ITEM = """!! FENWICK MARSH INTERNAL DRAINAGE BOARD
** Board meeting: 3 March 2027 - Item 6
** PUMPING STATION REFURBISHMENT
** 1. Purpose of report
1.1 To seek approval for the refurbishment of the pumping station at Fen End this summer.
RECOMMENDATION: That the Board approves the refurbishment works.
--- page ---
"""


def test_regression_titled_item_heading_starts_the_next_paper(tmp_path: Path) -> None:
    register = """** Item 7: CORPORATE RISK REGISTER - March 2027
|# Ref | Risk | Likelihood | Impact | Score | Owner |
| FM1 | Pump failure during a flood | 3 | 5 | 15 | Engineer |
| FM2 | Bank breach on the Main Drain | 2 | 5 | 10 | Engineer |
"""
    assert pack_kinds(FRONT + REPORT_OF_ITEM + register, tmp_path)[2:] == [
        ("report", 3, 3), ("risk_register", 4, 4)]
    # the report's own pages, its item's heading repeated, go on with it
    own = ("** Item 6: PUMPING STATION REFURBISHMENT (continued)\n"
           "2.1 The works will take ten weeks.\n")
    assert pack_kinds(FRONT + REPORT_OF_ITEM + own, tmp_path)[2:] == [("report", 3, 4)]


def test_regression_a_body_named_short_under_a_running_head_in_full(tmp_path: Path) -> None:
    pack = """%% header Kelvinside and Dalmuir Valuation Joint Board
## Kelvinside and Dalmuir Valuation Joint Board
** AGENDA
A meeting of the Kelvinside and Dalmuir Valuation Joint Board will be held in Committee Room \
1, County Buildings, on Friday 12th March 2027 at 10.00 am.
^^ BUSINESS
1	Declarations of Interest
2	Revenue Budget 2027/28
--- page ---
Item 2
## Revenue Budget 2027/28
** Report by the Treasurer
Valuation Joint Board - 12th March 2027
** 1. Purpose
1.1 To present the revenue budget for 2027/28 for the Board's approval.
** 2. Recommendation
2.1 That the Board approves the revenue budget for 2027/28.
"""
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2027-03-12", "Kelvinside and Dalmuir Valuation Joint Board"),
        ("report", "2027-03-12", "Kelvinside and Dalmuir Valuation Joint Board"),
    ]


def test_regression_masthead_name_wrapped_before_its_body_word() -> None:
    wrapped = ["Pwyllgor Llywodraethu a", "Safonau", "AGENDA", "Governance and Standards",
               "Committee", "Monday, 8 March 2027, 10.00 am"]
    assert agenda_masthead(wrapped)["committee"] == "Governance and Standards Committee"
    # "Board Meeting" under a company's name is its board's meeting, no name wrapped
    company = ["Harrowgate Homes Limited", "Board Meeting", "Date: Tuesday 9 March 2027"]
    assert agenda_masthead(company)["committee"] == "Board"
