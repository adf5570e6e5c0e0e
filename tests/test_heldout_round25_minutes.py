"""Regression tests for held-out round 25's misses in minutes and agenda items. Each on a small
paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers, rendered, text_agenda_items
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# ------------- a text agenda whose pages column is headed "Pages", its cells bare ranges

ESCRIBE_AGENDA = """\
                       THE CORPORATION OF THE TOWN OF ASHGROVE

                              REGULAR COUNCIL MEETING
                                      AGENDA

                    Date:      Tuesday, October 14, 2025
                    Time:      6:00 p.m.

                               Pages

1.   Call to Order

2.   Adoption of the Agenda

3.   Adoption of the Minutes of Previous Meetings                      3 - 8
     3.1  Regular Council Meeting - September 23, 2025

4.   Staff Reports

     4.1  Report PW-2025-38, Winter Maintenance Services - Contract
          Award                                                        9 - 13

     4.2  Report FIN-2025-22, Third Quarter Operating Variance         14 - 17

5.   Adjournment
"""


def test_bare_page_range_under_a_pages_header_is_no_title(tmp_path: Path) -> None:
    # eSCRIBE's text export sets each item's pages as a bare range under a "Pages" header
    # of its own: "3 - 8" was read as the title's last words
    items = dict(text_agenda_items(ESCRIBE_AGENDA, tmp_path))
    assert items["3"] == "Adoption of the Minutes of Previous Meetings"
    assert items["4.1"] == "Report PW-2025-38, Winter Maintenance Services - Contract Award"
    assert items["4.2"] == "Report FIN-2025-22, Third Quarter Operating Variance"


# ------------- an NHS board's agenda table: Item / Paper / Title / Presenter

BOARD_AGENDA = """\
NHS Fenwick Integrated Care Board

Board meeting in public

Tuesday 9 December 2025, 10:00am

AGENDA

Item   Paper        Title                                                    Presenter
1      -            Welcome, apologies and declarations of interest          Chair
2      ICB 25/71    Minutes of the meeting held on 14 October 2025           Chair
3      -            Questions from the public                                Chair
4      ICB 25/72    Chief Executive's report                                 Chief Executive
5      ICB 25/73    Community Health Services: award of contract             Chief Delivery Officer
6      -            Any other business                                       Chair

Papers for items marked "-" are verbal.
"""


def test_paper_column_between_item_and_title_is_neither(tmp_path: Path) -> None:
    # the Paper column's cell was read as the title's first words ("ICB 25/72 Chief
    # Executive's report") and its dash as the whole title (the item lost)
    assert text_agenda_items(BOARD_AGENDA, tmp_path) == [
        ("1", "Welcome, apologies and declarations of interest"),
        ("2", "Minutes of the meeting held on 14 October 2025"),
        ("3", "Questions from the public"),
        ("4", "Chief Executive's report"),
        ("5", "Community Health Services: award of contract"),
        ("6", "Any other business"),
    ]


# ------------- a sub-committee's six-letter code before the year and running number

SUB_COMMITTEE_MINUTES = """\
CITY OF HALLORAN COUNCIL

CHIEF OFFICER APPOINTMENTS AND PAY SUB-COMMITTEE

Minutes of the meeting held on Monday, 13 December 2027 at 5.30 pm

PRESENT: Councillor Okafor (Chair); Councillors Brandt and Leclerc

COAPSC/27/18   APOLOGIES FOR ABSENCE

               Apologies were received from Councillor Wren.

COAPSC/27/19   DECLARATIONS OF INTEREST

               There were no declarations of interest.

COAPSC/27/20   MARKET SUPPLEMENT FOR THE HEAD OF LEGAL SERVICES

               RESOLVED that a market supplement of £6,000 a year be approved until
               20 December 2027.

The meeting ended at 6.40 pm.
"""


def test_six_letter_code_with_year_and_number_is_a_minute_number(tmp_path: Path) -> None:
    # "COAPSC/27/18": codes of up to four letters were read; no minute was found, and a
    # wrapped date ("20 December 2027.") read as minute 20
    assert numbers(minutes_of(SUB_COMMITTEE_MINUTES, tmp_path)) == [
        ("COAPSC/27/18", "APOLOGIES FOR ABSENCE"),
        ("COAPSC/27/19", "DECLARATIONS OF INTEREST"),
        ("COAPSC/27/20", "MARKET SUPPLEMENT FOR THE HEAD OF LEGAL SERVICES"),
    ]


# ------------- a joint committee's five letters glued to the number by a stop

JOINT_MINUTES = """\
ORMESBY AND WYKE JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on Monday 22 September 2025 at 2.00 pm

Present: Councillors Hale (Chair), Murray and Pinter

JHOSC.14 Apologies and substitutions
Apologies were received from Councillor Grant.

JHOSC.15 Declarations of interest
None were declared.

JHOSC.16 GP access in Ormesby
The Committee noted the report.

The meeting closed at 3.50 pm.
"""


def test_five_letter_code_glued_by_a_stop_is_a_minute_number(tmp_path: Path) -> None:
    # "JHOSC.14": a code glued by a stop was read for two to four letters only; the number
    # stayed in the title, the minute unnumbered
    assert numbers(minutes_of(JOINT_MINUTES, tmp_path)) == [
        ("JHOSC.14", "Apologies and substitutions"),
        ("JHOSC.15", "Declarations of interest"),
        ("JHOSC.16", "GP access in Ormesby"),
    ]


# ------------- a footer printing the meeting's date and the page's number after a bar

FOOTED_AGENDA = """%% header Kingsmere City Council - Housing Committee
%% footer 9 November 2028 | {page}
## Kingsmere City Council
** Housing Committee
Thursday 9 November 2028, 5.30 pm
** Agenda
|- Item | Business | Pages |
| 1 | Apologies | |
| 2 | Declarations of Interest | |
| 3 | Minutes of the previous meeting | 3 - 5 |
| 4 | Housing Performance - Quarter 2 2028/29 | 6 - 9 |
| 5 | Void Property Works Contracts: Award | 10 - 13 |
| 6 | Tenant Engagement Strategy Update | 14 - 15 |
--- page ---
** Information for members of the public
Access to the meeting: members of the public are welcome to attend.
--- page ---
This page is intentionally left blank
--- page ---
## Kingsmere City Council
** Housing Committee
** Minutes of the meeting held on Thursday 14 September 2028
Present: Councillor R Achterberg (Chair); Councillors K Lisowski, B Fane and A Chaudhry.
** HSG 18 Apologies
There were no apologies.
** HSG 19 Minutes
RESOLVED: That the minutes of the meeting held on 6 July 2028 be approved as a correct record.
The meeting closed at 7.15 pm.
"""


def test_footer_date_and_page_number_is_no_item(tmp_path: Path) -> None:
    # "9 November 2028 | 1", each agenda page's footer, read as item 9 ("November 2028 |
    # 1"), a step on from the last item, 6, that a skipped item or two allows
    records = process_file(str(rendered(FOOTED_AGENDA, tmp_path))).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the previous meeting"),
        ("4", "Housing Performance - Quarter 2 2028/29"),
        ("5", "Void Property Works Contracts: Award"),
        ("6", "Tenant Engagement Strategy Update"),
    ]


# ------------- a text agenda's title wrapped inside a column narrower than the pages' gap

COLUMN_WRAPPED_AGENDA = """\
NORTH ASHBRIDGE COUNCIL

GOVERNANCE AND AUDIT COMMITTEE

Thursday, 12th March, 2026 at 2.00 pm

                               AGENDA

  1.   Minutes of the meeting held on 27th November 2025           (Pages 1 - 5)

  2.   Corporate Risk Register - Quarter 3 2025/26                   (Pages 6 - 14)

  3.   Treasury Management Strategy and Prudential                   (Pages 15 - 36)
       Indicators 2026/27

  4.   Committee Work Programme                                      (Pages 37 - 38)
"""


def test_title_wrapped_in_its_column_goes_on(tmp_path: Path) -> None:
    # "Indicators" would have fitted before the pages column, so the line under the title was
    # read as its description; the titles' column is no wider than its widest title
    assert dict(text_agenda_items(COLUMN_WRAPPED_AGENDA, tmp_path))["3"] == (
        "Treasury Management Strategy and Prudential Indicators 2026/27")


# ------------- a text file's minute in parts, "5.1" under "5", told by capitals

PARTED_TEXT_MINUTES = """\
WHAREKURA DISTRICT COUNCIL

MINUTES OF THE ORDINARY COUNCIL MEETING HELD ON THURSDAY 18 SEPTEMBER 2025 AT 9.30AM

PRESENT: Mayor T Rangi (Chair), Crs M Walker, P Hohaia and S Grant

1   APOLOGIES | NGĀ WHAKAPĀHA

    There were no apologies.

2   REPORTS | NGĀ PŪRONGO

2.1 A&P SHOWGROUNDS LEASE

    RESOLUTION CO/2025/115
    That Council grants a new lease to the A&P Association for 10 years.
    CARRIED

2.2 FREEDOM CAMPING BYLAW REVIEW

    2.2.1 The report was taken as read.
    RESOLUTION CO/2025/116
    That Council adopts the Statement of Proposal for consultation.
    CARRIED

3   CLOSING KARAKIA

The meeting closed at 11.05am.
"""


def test_text_minute_parts_in_capitals_are_minutes(tmp_path: Path) -> None:
    # a plain "2" minute's "2.1" parts were read only where set as headings by their type,
    # which a text file has none of: its headings are in capitals
    assert numbers(minutes_of(PARTED_TEXT_MINUTES, tmp_path)) == [
        ("1", "APOLOGIES | NGĀ WHAKAPĀHA"),
        ("2", "REPORTS | NGĀ PŪRONGO"),
        ("2.1", "A&P SHOWGROUNDS LEASE"),
        ("2.2", "FREEDOM CAMPING BYLAW REVIEW"),
        ("3", "CLOSING KARAKIA"),
    ]
