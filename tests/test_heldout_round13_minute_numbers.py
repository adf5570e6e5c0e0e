"""Regression tests for the minute numbering misses of round 13's blind batches. Each runs on
small papers written here, in more than one council's or committee's form of the thing."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers, pdf_minutes
from heldout_support import source_lines as pdf_paper

# ------------------------------------------- a code joined by an ampersand, the year, a number

NI_LEISURE = """LEISURE AND DEVELOPMENT COMMITTEE

Minutes of the meeting of the Leisure and Development Committee held on
Tuesday 16 February 2027 at 7.00 pm.

PRESENT:        Alderman H. Crawford (Chair)
                Councillors N. Cassidy and B. Doherty

L&D 27/014  APOLOGIES

Apologies were received from Councillor M. Ferris.

L&D 27/015  DECLARATIONS OF INTEREST

Councillor Doherty declared an interest in item L&D 27/017.

L&D 27/016  COMMUNITY SPORTS GRANTS - ROUND 3

AGREED - that community sports grants totalling £27,450 be awarded.

This being all the business the meeting closed at 8.41 pm.
"""

ENVIRONMENT = """Environment and Regeneration Services Committee
Minutes of the meeting held on 3 March 2026

Present: Councillor P Quinn (Chair), Councillors A Boyle and R Devlin

E&RS 26/031 Apologies
None were received.

E&RS 26/032 Conflicts of interest
No conflicts were declared.

E&RS 26/033 Street lighting upgrade
RESOLVED - that the upgrade be approved.
"""


def test_regression_ampersand_code_before_year_and_number_was_left_in_the_title(
        tmp_path: Path) -> None:
    # "L&D 27/014": the committee's initials joined by an ampersand, the year, a number
    # printed to three figures; the number was read as the title's first words
    assert numbers(minutes_of(NI_LEISURE, tmp_path)) == [
        ("L&D 27/014", "APOLOGIES"),
        ("L&D 27/015", "DECLARATIONS OF INTEREST"),
        ("L&D 27/016", "COMMUNITY SPORTS GRANTS - ROUND 3"),
    ]
    assert numbers(minutes_of(ENVIRONMENT, tmp_path)) == [
        ("E&RS 26/031", "Apologies"),
        ("E&RS 26/032", "Conflicts of interest"),
        ("E&RS 26/033", "Street lighting upgrade"),
    ]


# ---------------------------------------- a minute's numbered parts set as headings, as it is

EDUCATION_MINUTE = pdf_paper(
    "%% font serif",
    "## Strathmore Council",
    "MINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chamber on 17 September"
    " 2026 at 10.00am.",
    "Present:\tCouncillor M Fettes (Convener); Councillors I Drummond and K Abernethy",
    "** 1. DECLARATIONS OF INTEREST",
    "There were no declarations of interest.",
    "** 2. MINUTES",
    "** 2.1 Minute of Meeting of 11 June 2026",
    "The Committee resolved:- to approve the minute as a correct record.",
    "** 2.2 Action Log",
    "The Committee resolved:- to note the updates to the action log.",
    "** 3. COMMITTEE BUSINESS",
    "** 3.1 Revenue Budget Monitoring",
    "There was submitted a report by the Executive Director.",
    "The Committee resolved:- to note the forecast overspend.",
    "** 4. SCHOOL TRANSPORT",
    "4.1 There was submitted a report on the retendering of school transport contracts.",
    "4.2 The Committee resolved:- to approve the retendering.",
)

BOARD_MINUTES = pdf_paper(
    "%% font sans",
    "## Kingsmuir Integration Joint Board",
    "** Minutes of the meeting of the Integration Joint Board held on 5 May 2026",
    "Present:\tDr A Forbes (Chair), Ms J Lennox and Councillor R Tait",
    "** 5. Governance",
    "** 5.1 Standing Orders Review",
    "The Board approved the revised Standing Orders.",
    "** 5.2 Appointment of Vice Chair",
    "The Board appointed Councillor Tait as Vice Chair.",
    "** 6. Finance",
    "6.1 The Chief Finance Officer reported a balanced position at month 12.",
    "** 7. Date of Next Meeting",
    "The next meeting will be held on 30 June 2026.",
)


def test_regression_numbered_parts_set_as_headings_under_a_plain_minute_were_lost(
        tmp_path: Path) -> None:
    # "2. MINUTES" over "2.1 Minute of Meeting ...", both bold: the parts are minutes too;
    # "4.1 There was submitted ...", set like the body, is a paragraph of minute 4
    assert numbers(pdf_minutes(EDUCATION_MINUTE, tmp_path / "a")) == [
        ("1", "DECLARATIONS OF INTEREST"),
        ("2", "MINUTES"),
        ("2.1", "Minute of Meeting of 11 June 2026"),
        ("2.2", "Action Log"),
        ("3", "COMMITTEE BUSINESS"),
        ("3.1", "Revenue Budget Monitoring"),
        ("4", "SCHOOL TRANSPORT"),
    ]
    assert numbers(pdf_minutes(BOARD_MINUTES, tmp_path / "b")) == [
        ("5", "Governance"),
        ("5.1", "Standing Orders Review"),
        ("5.2", "Appointment of Vice Chair"),
        ("6", "Finance"),
        ("7", "Date of Next Meeting"),
    ]


# ------------------------------------------- minute numbers in brackets, set as headings

COUNTY_SCRUTINY = pdf_paper(
    "%% font sans",
    "## Minutes",
    "of the Resources Overview and Scrutiny Committee held on Monday, 12 April 2027 at County"
    " Hall",
    "Present: County Councillors G Whitcombe (Chair), F Adeyemi, J Baverstock and W Tasker",
    "** (18) Apologies and substitute members",
    "Apologies were received from County Councillor M Yeoman.",
    "** (19) Agency Staff Spend",
    "The Director of People explained that agency spend had risen.",
    "Resolved - That:",
    "(1) The Cabinet be asked to set a target for agency staff;",
    "(2) A further report be brought in September.",
    "** (20) Organisational Health",
    "|% 10 40 15 15",
    "|# Ref | Measure | 2026/27 | Target |",
    "| OH1 | Staff turnover (voluntary, %) | 10.9 | 11.0 |",
    "| OH2 | Average days lost to sickness | 10.8 | 9.5 |",
    "| OH3 | Staff appraisals completed (%) | 86 | 95 |",
    "| OH4 | Agency staff as % of workforce | 7.4 | 5.0 |",
    "Resolved - That the dashboard be noted.",
)

PANEL_MINUTES = pdf_paper(
    "%% font serif",
    "!! Police and Crime Panel",
    "Minutes of the meeting held on 3 February 2027",
    "Present: Councillors A Hart (Chair), B Iqbal and C Jones",
    "** (41) Apologies",
    "None.",
    "** (42) Proposed Precept 2027/28",
    "(1) The Commissioner presented the proposed precept.",
    "(2) Members asked about the reserves strategy.",
    "** (43) Complaints Update",
    "The Panel noted the report.",
)


def test_regression_bracketed_minute_numbers_set_as_headings_were_no_minutes(
        tmp_path: Path) -> None:
    # "(18) Apologies ..." in bold: minute 18; a report's coded table rows ("OH1 Staff
    # turnover ...") and a resolution's bracketed limbs, set like the body, are no minutes
    assert numbers(pdf_minutes(COUNTY_SCRUTINY, tmp_path / "a")) == [
        ("18", "Apologies and substitute members"),
        ("19", "Agency Staff Spend"),
        ("20", "Organisational Health"),
    ]
    assert numbers(pdf_minutes(PANEL_MINUTES, tmp_path / "b")) == [
        ("41", "Apologies"),
        ("42", "Proposed Precept 2027/28"),
        ("43", "Complaints Update"),
    ]


def test_bracketed_numbers_set_like_the_body_are_no_minutes(tmp_path: Path) -> None:
    # the same lines with nothing set as a heading: the brackets alone make no minute
    plain = PANEL_MINUTES.replace("** (", "(")
    assert numbers(pdf_minutes(plain, tmp_path)) == []


# ------------------------------------------- an application's postcode wrapped under its heading

CITY_PLANNING = pdf_paper(
    "%% font serif",
    "%% justify",
    "## Minutes of the Planning Applications Committee",
    "Held on Thursday 19 November 2026 at 6.00 pm in the Guildhall",
    "Present: Councillors P Lowther (Chair), R Beaumont, S Jardine and K Okafor",
    "** 64. Apologies",
    "There were no apologies.",
    "** 65. 26/01388/LBC and 26/01389/FUL - St Aldhelm's House, 3 Minster Close, Castlebridge"
    " CB1 2NQ",
    "Listed building consent for the conversion of a listed house to six flats.",
    "Decision: That listed building consent be REFUSED.",
    "** 66. 26/01502/HOU - 41 Heronsgate Avenue, Castlebridge CB4 9LP",
    "Decision: That planning permission be GRANTED.",
)

TOWN_PLANNING = """MINUTES OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2026

Present: Councillors A Pryce (Chair), D Lloyd and M Rees

12. APOLOGIES
None.

13. 26/00412/FUL - CHANGE OF USE OF FORMER CHAPEL TO TWO DWELLINGS, CHAPEL
SY23 1DL
Members considered the report.
RESOLVED: That permission be granted.

14. ENFORCEMENT UPDATE
The report was noted.
"""


def test_regression_postcode_wrapped_under_a_heading_was_cut_from_its_title(
        tmp_path: Path) -> None:
    # "CB1 2NQ" alone on the heading's second line reads like a code and number ("CB1")
    # over a title ("2NQ"): it is the address's postcode, the end of the title
    assert numbers(pdf_minutes(CITY_PLANNING, tmp_path / "a")) == [
        ("64", "Apologies"),
        ("65", "26/01388/LBC and 26/01389/FUL - St Aldhelm's House, 3 Minster Close,"
               " Castlebridge CB1 2NQ"),
        ("66", "26/01502/HOU - 41 Heronsgate Avenue, Castlebridge CB4 9LP"),
    ]
    assert numbers(minutes_of(TOWN_PLANNING, tmp_path)) == [
        ("12", "APOLOGIES"),
        ("13", "26/00412/FUL - CHANGE OF USE OF FORMER CHAPEL TO TWO DWELLINGS, CHAPEL"
               " SY23 1DL"),
        ("14", "ENFORCEMENT UPDATE"),
    ]


# ------------------------------------------- a heading's title wrapped twice in a narrow column

BOARD_WITH_ACTIONS = pdf_paper(
    "%% justify",
    "## KERNOW VALLEY COUNCIL",
    "** Overview and Scrutiny Management Board",
    "Minutes of the meeting held in the Council Chamber on Tuesday 13 October 2026 at 10.00 am.",
    "Present:\tCouncillors M Treloar (Chair), J Penhallow and A Rosewarne",
    "<> **OSMB 26/31 Apologies and Substitutions** || ",
    "<> Apologies were received from Councillor Brimble, for whom Councillor Kitto"
    " substituted. || ",
    "<> **OSMB 26/32 Review of Home to School Transport: Final Report of the Task and Finish"
    " Group** || ",
    "<> Councillor Rosewarne, who had chaired the task and finish group, presented its seven"
    " recommendations on single-occupancy taxis and independent travel training. || ",
    "<> RESOLVED: That the recommendations be endorsed and submitted to Cabinet. ||"
    " Scrutiny Manager",
    "<> **OSMB 26/33 Work Programme 2026/27** || ",
    "<> RESOLVED: That the work programme be agreed. || ",
)


def test_regression_heading_wrapped_twice_in_a_narrow_column_lost_its_last_line(
        tmp_path: Path) -> None:
    # the bold title ran over three lines beside an "Action" column: only two were read
    assert numbers(pdf_minutes(BOARD_WITH_ACTIONS, tmp_path)) == [
        ("OSMB 26/31", "Apologies and Substitutions"),
        ("OSMB 26/32", "Review of Home to School Transport: Final Report of the Task and"
                       " Finish Group"),
        ("OSMB 26/33", "Work Programme 2026/27"),
    ]
