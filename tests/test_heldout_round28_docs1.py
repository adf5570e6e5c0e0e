"""Regression tests for round 28's document misses of family docs1 (splitting packs into their
papers, each paper's kind, meeting date and committee, minutes and agenda items): headings set
in Unicode small capitals, a college's meeting notice over a table of items that never says
"Agenda", a text pack's item stamp over a masthead with the meeting's date on a line of its
own, an Irish county's Corporate Policy Group, an appendix in the title type of a report the
walk found no heading for, a notice of motion's mover under its agenda title, and a minute's
heading wrapped before "Outcome". Each runs on small papers written here, not on the held-out
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, numbers, pack_documents, rendered
from kcc_papers.classify import classify
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

# ------------------------------------------ headings typed in Unicode small capitals

SMALL_CAPITALS_PACK = """%% ligatures
## Amberley and Tod Joint Museums Service
!! Joint Museums Committee
Wednesday, 9 October 2030, 10.00 am
Members: Councillors R Ashdown (Chair), K Oyelaran and B Pettifer
** Aɢᴇɴᴅᴀ
1. Apologies for Absence
2. Minutes of the Meeting held on 3 July 2030
3. Collections Care Report
--- page ---
## Amberley and Tod Joint Museums Service
** Minutes of the Joint Museums Committee held on Wednesday, 3 July 2030
Pʀᴇsᴇɴᴛ: Councillors R Ashdown (Chair), K Oyelaran and B Pettifer
** JM/30/04 Apologies for Absence
None.
** JM/30/05 Loans Policy
RESOLVED: That the loans policy be approved.
--- page ---
Agenda Item 3
## Collections Care Report
Report of the Head of Museums
** Rᴇᴄᴏᴍᴍᴇɴᴅᴀᴛɪᴏɴ
That the Committee notes the report.
** Bᴀᴄᴋɢʀᴏᴜɴᴅ
The environmental monitoring of the stores continued through the summer.
"""


def test_small_capital_agenda_heading_makes_an_agenda(tmp_path: Path) -> None:
    # "Aɢᴇɴᴅᴀ" in letters of Unicode's small capitals is the word "Agenda": before, the front
    # page was "other" and the report after the minutes lost the meeting's date and committee
    body = "Joint Museums Committee"
    assert pack_documents(SMALL_CAPITALS_PACK, tmp_path) == [
        ("agenda", "2030-10-09", body), ("minutes", "2030-07-03", body),
        ("report", "2030-10-09", body)]


# ------------------------------------------ a college's meeting notice over its table of items

COLLEGE_PACK = """## Harwick Valley College
!! Finance and Resources Committee
<> Meeting of the Finance and Resources Committee || Tuesday 4 March 2031, 5.00 pm, Room G12
Members:	Mr Dev Anand (Chair), Mrs Carys Pell, Ms Juno Abara, the Principal
|% 8 36 36 20
|# No. | Item | Lead | Paper |
| 1 | Welcome and apologies | Chair | Verbal |
| 2 | Minutes of the meeting of 26 November 2030 | Chair | A |
| 3 | Estates strategy update | Director of Estates | B |
| 4 | Any other business | Chair | Verbal |
--- page ---
!! Paper A
** Minutes of the Finance and Resources Committee held on Wednesday 26 November 2030
Present: Mr D Anand (Chair), Mrs C Pell, the Principal
** FR 14/30 Apologies
Apologies were received from Ms J Abara.
** FR 15/30 Management accounts
It was RESOLVED that the management accounts be noted.
"""


def test_minutes_item_in_a_colleges_table_of_items_is_no_minutes_title(tmp_path: Path) -> None:
    # the notice never says "Agenda": its table of items ("No. | Item | Lead | Paper") wraps
    # "Minutes of the meeting held on ..." in its cell, and that line, under the table's
    # header, is the agenda's item, not the document's title: before, the notice was minutes
    # and its items were read as minutes
    body = "Finance and Resources Committee"
    assert pack_documents(COLLEGE_PACK, tmp_path) == [
        ("agenda", "2031-03-04", body), ("minutes", "2030-11-26", body)]


def test_a_colleges_table_of_items_gives_agenda_items_not_minutes(tmp_path: Path) -> None:
    records = process_file(str(rendered(COLLEGE_PACK, tmp_path))).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Welcome and apologies"), ("2", "Minutes of the meeting of 26 November 2030"),
        ("3", "Estates strategy update"), ("4", "Any other business")]
    assert numbers(records) == [("FR 14/30", "Apologies"), ("FR 15/30", "Management accounts")]


# the same notice as a PDF reads it when the item's cell wraps right after "meeting": the line
# "Minutes of the meeting" alone, under the table's header and the first item's row
WRAPPED_NOTICE = """Harwick Valley College
Finance and Resources Committee
Meeting of the Finance and Resources Tuesday 4 March 2031, 5.00 pm,
Committee of the Corporation Room G12, Mill Lane Campus
Members: Mr Dev Anand (Chair), Mrs Carys Pell, Ms Juno Abara, the Principal
No. Item Lead Paper
1 Welcome and apologies Chair Verbal
Minutes of the meeting
2 held on 26 November Chair A
2030
3 Estates strategy update Director of Estates B
4 Any other business Chair Verbal"""


def test_minutes_title_under_a_table_of_items_is_no_clue_for_minutes() -> None:
    # the minutes' title clue is read above the table's header alone: below it, the words are
    # an item's; before, "Minutes of the meeting" and the Chair in the members' list outweighed
    # the table's header
    assert classify(WRAPPED_NOTICE) == "agenda"


# ------------------------------------------ a text pack's stamp over a masthead and its date

TEXT_PACK = """Public Document Pack

Marlbury District Council

MARLBURY AND OKEFORD JOINT CEMETERIES COMMITTEE

Tuesday, 17 June 2031 at 10.00 am

A G E N D A

1.   APOLOGIES FOR ABSENCE

2.   MINUTES OF THE PREVIOUS MEETING                                      (Pages 3 - 4)

3.   CHAPEL ROOF REPAIRS                                                  (Pages 5 - 6)

                                                                             Page 1

Agenda Item 2

MARLBURY AND OKEFORD JOINT CEMETERIES COMMITTEE

Minutes of the meeting held on Tuesday, 11 March 2031 at 10.00 am

PRESENT:     Councillor Ann Vowles (Chair), Councillors Dart and Hebditch

JCC.12  APOLOGIES FOR ABSENCE

        None.

JCC.13  GRAVE RESERVATIONS

        RESOLVED: That the report be noted.

                                                                             Page 3

Agenda Item 3

MARLBURY AND OKEFORD JOINT CEMETERIES COMMITTEE

17 June 2031

CHAPEL ROOF REPAIRS

Report of the Bereavement Services Manager

1.   RECOMMENDATION

1.1  That the Committee approves the repair of the chapel roof at a cost of £48,200.

2.   BACKGROUND

2.1  The chapel roof's slates slipped in the February storms.
"""


def test_text_stamp_over_masthead_and_its_date_line_starts_a_report(tmp_path: Path) -> None:
    # "Agenda Item 3" over the masthead in capitals, the meeting's date on a line of its own
    # ("17 June 2031", not in capitals), the title, then whose report it is: before, the date
    # line broke the stamp's head and the report ran on in the minutes
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_PACK)
    body = "Marlbury and Okeford Joint Cemeteries Committee"
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2031-06-17", body), ("minutes", "2031-03-11", body),
        ("report", "2031-06-17", body)]


# ------------------------------------------ an Irish county's Corporate Policy Group

CPG_PAGE = """<!DOCTYPE html>
<html lang="en-IE"><head><meta charset="utf-8">
<title>Draft Annual Service Delivery Plan 2028 - Kilbrack County Council</title>
</head><body>
<main>
<h1>Draft Annual Service Delivery Plan 2028</h1>
<p><strong>Meeting:</strong> Corporate Policy Group</p>
<p><strong>Date of meeting:</strong> Monday, 10th January 2028</p>
<p><strong>Report of:</strong> Chief Executive</p>
<h2>1. Purpose of report</h2>
<p>1.1 To present the draft Annual Service Delivery Plan 2028 to the Corporate Policy Group.</p>
<h2>2. Recommendation</h2>
<p>2.1 That the Corporate Policy Group considers the draft plan and refers it to the full
Council for adoption.</p>
</main></body></html>
"""


def test_corporate_policy_group_is_the_meeting_a_report_goes_to(tmp_path: Path) -> None:
    # "Meeting: Corporate Policy Group": an Irish county's body of its cathaoirleach and its
    # committee chairs, which meets; before, no body's word was read in its name and the
    # report had neither committee nor meeting date
    path = tmp_path / "report.html"
    path.write_text(CPG_PAGE)
    assert documents_of(path) == [("report", "2028-01-10", "Corporate Policy Group")]


# ------------------------------------------ an appendix in the title type of an unheaded report

PANEL_REPORT = """## BRANSCOMBE COUNTY COUNCIL
** COUNTY COUNCIL - 9 DECEMBER 2030
** MEMBERS' ALLOWANCES: REPORT OF THE INDEPENDENT REMUNERATION PANEL
Report of:	Monitoring Officer
** 1. Purpose
1.1 This report presents the Panel's report on the scheme for 2031/32, attached as Appendix A.
1.2 The Council must have regard to the Panel's recommendations before it amends its scheme.
1.3 The Panel's members are appointed by the Council for four years and are paid no fee.
** 2. Recommendations
2.1 That the County Council adopts the scheme on the basis of the Panel's recommendations.
** 3. Financial implications
3.1 The budget for members' allowances in 2030/31 is £1,104,000.
3.2 The Panel's recommendations would cost £1,139,500 in 2031/32, an increase of 3.2%.
3.3 The increase can be met from the provision for pay inflation.
--- page ---
## Appendix A
** INDEPENDENT REMUNERATION PANEL FOR BRANSCOMBE COUNTY COUNCIL
** Report on the Members' Allowances Scheme 2031/32
Panel members: Dr Ruth Aske (Chair) and Mr Colin Dabb
** 1. Introduction
1.1 The Panel met on 6 October 2030 and interviewed seven councillors.
1.2 It also received eleven written submissions and a survey of the members' time.
1.3 Members spent on average 22 hours a week on their duties as councillors.
1.4 The Panel compared the scheme with those of four county councils of a similar size.
1.5 The basic allowance is below the average of the four, the special allowances above it.
** 2. Recommendations
R1 That the basic allowance be increased by 2.5% to £12,300.
R2 That the Leader's special responsibility allowance be unchanged.
R3 That the scheme be index-linked to the local government pay award for four years.
"""


def test_appendix_in_title_type_is_its_own_paper_after_an_unheaded_report(tmp_path: Path) -> None:
    # "Appendix A" at its page's top in the report's title type is a paper of its own (round
    # 9's convention), though the report's own head (a masthead, its meeting, its title) gave
    # the walk no heading to start at: before, the panel's report ran on in the council's
    assert pack_documents(PANEL_REPORT, tmp_path) == [
        ("report", "2030-12-09", "County Council"), ("report", "2030-12-09", "County Council")]


# ------------------------------------------ a notice of motion's mover under its agenda title

MOTION_AGENDA = """Public Document Pack

Dunsford City Council

Notice is given that a meeting of the Council will be held on Wednesday,
12 November 2030 at 6.00 pm in the Council Chamber.

AGENDA

1.   Apologies for Absence

2.   Minutes                                                   (Pages 3 - 8)

     To approve as a correct record the minutes of the meeting held on
     10 September 2030.

3.   Notice of Motion: Free Parking in Council Car Parks in December

     Proposed by Councillor Imogen Fairweather, seconded by Councillor
     Rashid Okonkwo.

4.   Appointments to Outside Bodies                            (Pages 9 - 10)
"""


def test_motions_mover_under_its_title_is_no_words_of_the_title(tmp_path: Path) -> None:
    # "Proposed by Councillor ..., seconded by Councillor" wrapped over two lines under the
    # item's title says who moves it: before, its first line ran on in the title
    path = tmp_path / "agenda.txt"
    path.write_text(MOTION_AGENDA)
    records = process_file(str(path)).records
    assert [(a.item_ref, a.title) for a in records if isinstance(a, AgendaItem)] == [
        ("1", "Apologies for Absence"), ("2", "Minutes"),
        ("3", "Notice of Motion: Free Parking in Council Car Parks in December"),
        ("4", "Appointments to Outside Bodies")]


# ------------------------------------------ a minute's heading wrapped before "Outcome"

WRAPPED_OUTCOME_MINUTES = (
    "%% ligatures\n"
    "## KESTREL VALE FIRE AND RESCUE AUTHORITY\n"
    "** MINUTES of the meeting of the Kestrel Vale Fire and Rescue Authority held on Monday,"
    " 4 December 2028\n"
    "Present: Councillors Nia Prowse (Chair), Dominic Hale and Fern Toller\n"
    "** KV/28/31 Apologies for Absence\n"
    "Apologies were received from Councillor Pym, who was attending a national fire"
    " conference.\n"
    "** KV/28/32 Community Risk Management Plan 2029-2033: Consultation Outcome\n"
    "The Chief Fire Officer reported that 1,206 responses had been received to the public"
    " consultation, most of them supporting the proposals for the prevention offer.\n"
    "RESOLVED: That the Community Risk Management Plan 2029-2033 be approved for publication"
    " on 1 April 2029.\n"
    "** KV/28/33 Treasury Management Mid-Year Review\n"
    "RESOLVED: That the treasury management mid-year review be noted.\n"
)


def test_heading_wrapped_before_a_label_word_keeps_its_last_word(tmp_path: Path) -> None:
    # the heading fills its line and its last word, "Outcome", wraps onto the next in the
    # heading's type: the title's end, not a decision's label; before, the title lost it
    records = process_file(str(rendered(WRAPPED_OUTCOME_MINUTES, tmp_path))).records
    assert numbers(records) == [
        ("KV/28/31", "Apologies for Absence"),
        ("KV/28/32", "Community Risk Management Plan 2029-2033: Consultation Outcome"),
        ("KV/28/33", "Treasury Management Mid-Year Review")]
