"""Regression tests for the pack segmentation misses of round 9's blind batches L, M and N (agenda
packs: front sheet, minutes of the last meeting, reports, appendices) on their first run. Each
runs on small generated packs in more than one council's form, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import PACK_MINUTES_PAGE as MINUTES_PAGE
from heldout_support import pack_documents as _documents
from heldout_support import pack_front as _front
from heldout_support import pack_kinds as _kinds
from kcc_papers.classify import classify
from kcc_papers.load import load
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment

# ------------------------------------------------------------------ the publisher's item stamp

def test_regression_item_stamp_starts_the_report_after_the_minutes(tmp_path: Path) -> None:
    # A report whose head has no labelled block, only its stamp, masthead, title and "Report
    # of the ...": before, it ran on as part of the minutes above it.
    council = "WYVERN VALE JOINT CREMATORIUM COMMITTEE"
    pack = _front(council, "Notice of meeting") + MINUTES_PAGE.format(council=council) + """
--- page ---
The Chair signed the minutes.
--- page ---
Agenda Item 3
## WYVERN VALE JOINT CREMATORIUM COMMITTEE
** 7 September 2026
** REVENUE BUDGET MONITORING: QUARTER 1
Report of the Finance Manager
** 1. Recommendation
1.1 That the Committee notes the forecast outturn.
--- page ---
** 2. Forecast
2.1 Income is forecast to be £40,000 above budget.
--- page ---
Agenda Item 4
## WYVERN VALE JOINT CREMATORIUM COMMITTEE
** 7 September 2026
** FEES AND CHARGES 2027
Report of the Finance Manager
** 1. Recommendation
1.1 That the Committee approves the fees and charges for 2027.
"""
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 3), ("report", 4, 5), ("report", 6, 6)]


def test_regression_item_stamp_under_a_running_head(tmp_path: Path) -> None:
    # Another council prints a running head above the stamp, and its report's first lines are
    # the meeting and the title in capitals; an appendix stamped with the same item number is
    # that item's, not a document of its own.
    pack = """%% header Northmoor County Council - Pension Fund Committee - 26 June 2026
""" + _front("NORTHMOOR COUNTY COUNCIL", "PENSION FUND COMMITTEE") + MINUTES_PAGE.format(
        council="NORTHMOOR COUNTY COUNCIL") + """
--- page ---
Agenda Item 3
## NORTHMOOR COUNTY COUNCIL
** PENSION FUND COMMITTEE - 26 JUNE 2026
** TRIENNIAL VALUATION 2025: RESULTS
** REPORT OF THE TREASURER TO THE FUND
** 1. Recommendation
1.1 That the Committee notes the results of the valuation.
--- page ---
Agenda Item 3
** Appendix A - the actuary's summary
The funding level rose from 103% to 112%.
--- page ---
Agenda Item 4
## NORTHMOOR COUNTY COUNCIL
** PENSION FUND COMMITTEE - 26 JUNE 2026
** APPOINTMENT OF INVESTMENT CONSULTANT
** REPORT OF THE TREASURER TO THE FUND
** 1. Recommendation
1.1 That the Committee approves the appointment recommended in the exempt appendix.
"""
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 4), ("report", 5, 5)]


def test_minutes_stamped_with_their_item_stay_minutes(tmp_path: Path) -> None:
    # The minutes themselves carry the stamp of the agenda's item that confirms them: the
    # heading under the stamp says they are minutes, not a report.
    pack = _front("Otterford District Council", "Licensing Committee") + "Agenda Item 2\n" + (
        MINUTES_PAGE.format(council="Otterford District Council")) + """
--- page ---
Agenda Item 3
## Otterford District Council
** Budget monitoring
Report to:	Licensing Committee
Date of meeting:	11 June 2026
Report author:	Finance Manager
** Recommendation
That the Committee notes the report.
"""
    assert _kinds(pack, tmp_path) == [("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3)]


# ------------------------------------------------------------------------ report header labels

def test_regression_report_labels_of_other_councils_start_a_report(tmp_path: Path) -> None:
    # "Report title:" and "Author:" are header labels too; with the meeting's date they make
    # the three a report's head block needs.
    council = "Wealdshire Police and Crime Panel"
    pack = _front(council, "Panel meeting") + MINUTES_PAGE.format(council=council) + """
--- page ---
## Wealdshire Police and Crime Panel
Date of meeting:	17 September 2026
Report title:	Confirmation hearing: Chief Finance Officer
Report by:	Clerk to the Panel
** Recommendation
That the Panel reviews the proposed appointment.
--- page ---
## Wealdshire Police and Crime Panel
** Work programme 2026/27
Meeting:	Police and Crime Panel, 17 September 2026
Report of:	Clerk to the Panel
Author:	Esther Nwosu, Democratic Services
** Recommendation
That the Panel agrees its work programme.
"""
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 4)]


def test_regression_bilingual_report_labels_start_a_report(tmp_path: Path) -> None:
    # A Welsh council prints each label in both languages, Welsh first: "Adroddiad i / Report
    # to:". The English half is the label.
    council = "Cyngor Sir Ceredwen / Ceredwen County Council"
    pack = _front(council, "Pwyllgor Craffu / Scrutiny Committee") + MINUTES_PAGE.format(
        council=council) + """
--- page ---
## Cyngor Sir Ceredwen / Ceredwen County Council
Adroddiad i / Report to:	Pwyllgor Craffu Cymunedau / Communities Scrutiny Committee
Dyddiad / Date:	14 Ebrill 2026 / 14 April 2026
Pwnc / Subject:	Ffioedd / Leisure fees and charges 2026/27
Awdur yr Adroddiad / Report Author:	Owain Griffiths
** 1. Pwrpas / Purpose
1.1 To set the leisure fees for 2026/27.
"""
    assert _kinds(pack, tmp_path) == [("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3)]


# ------------------------------------------------------------------- appendices as own papers

APPENDIX_PACK = """Agenda Item 3
## AXE AND OTTER ECONOMIC PROSPERITY BOARD
** 11 June 2026
** Prosperity Plan: Performance Report Quarter 4
Report of the Head of Economic Development
** 1. Recommendation
1.1 That the Board notes performance against the Plan's indicators in Appendix A.
--- page ---
{appendix} Appendix A - Performance scorecard, Quarter 4 2025/26
|# Ref | Indicator | 2024/25 outturn | Q4 2025/26 | Target 2025/26 | RAG |
| EP01 | New business starts supported | 212 | 231 | 220 | G |
| EP02 | Business survival rate at 12 months (%) | 90.4 | 89.7 | 90.0 | A |
--- page ---
Agenda Item 4
## AXE AND OTTER ECONOMIC PROSPERITY BOARD
** 11 June 2026
** Inward investment service
Report of the Inward Investment Lead
** 1. Recommendation
1.1 That the Board extends the contract for twelve months.
"""


def test_regression_appendix_in_title_type_is_a_paper_of_its_own(tmp_path: Path) -> None:
    # An appendix headed in the type of the pack's paper titles (as large as its report's
    # masthead) is published as a paper of its own.
    council = "AXE AND OTTER ECONOMIC PROSPERITY BOARD"
    pack = _front(council, "Meeting of the Board") + MINUTES_PAGE.format(council=council)
    pack += "--- page ---\n" + APPENDIX_PACK.format(appendix="##")
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("performance_report", 3, 3),
        ("performance_report", 4, 4), ("report", 5, 5)]


def test_appendix_in_section_heading_type_stays_with_its_report(tmp_path: Path) -> None:
    # ... but one headed like the report's sections is part of the report.
    council = "AXE AND OTTER ECONOMIC PROSPERITY BOARD"
    pack = _front(council, "Meeting of the Board") + MINUTES_PAGE.format(council=council)
    pack += "--- page ---\n" + APPENDIX_PACK.format(appendix="**")
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("performance_report", 3, 4), ("report", 5, 5)]


def test_appendix_of_a_report_without_title_type_stays_with_it(tmp_path: Path) -> None:
    # A report headed by its labels in body type has no title type: its appendix, however
    # large its heading, is its own (as Kent's From/To/Subject reports print them).
    pack = _front("Kent County Council", "Cabinet Committee") + """\
From:	Mr P Langridge, Cabinet Member for Finance
To:	Policy and Resources Cabinet Committee - 15 January 2025
Subject:	Performance Dashboard
Classification:	Unrestricted
Summary: the dashboard shows progress against targets for Key Performance Indicators.
Recommendation: The Cabinet Committee is asked to NOTE the Performance Dashboard.
--- page ---
## Appendix 1 - Performance Dashboard, Quarter 3 2024/25
|# Ref | Indicator | Latest | Target | RAG |
| CS01 | Callers rating advisors good (%) | 96 | 95 | GREEN |
"""
    assert _kinds(pack, tmp_path) == [("agenda", 1, 1), ("performance_report", 2, 3)]


# ------------------------------------------------------------------ the meeting of the minutes

def test_regression_minutes_date_is_their_headings_not_the_running_heads(tmp_path: Path) -> None:
    # The pack's running head names the meeting the pack is for; the minutes' heading names
    # the meeting they record, and that date is theirs.
    pack = """%% header Wyvern Vale Joint Crematorium Committee - 7 September 2026
""" + _front("WYVERN VALE JOINT CREMATORIUM COMMITTEE", "NOTICE OF MEETING") + """\
## WYVERN VALE JOINT CREMATORIUM COMMITTEE
** Minutes of the meeting held on Monday 15 June 2026 at 2.00 pm at Wyvern Vale Crematorium
Present:	Councillors Bromwich, Dutfield and Hopton
** JCC/26/10 Apologies
Apologies were received from Councillor Tolley.
** JCC/26/11 Budget
RESOLVED: That the outturn be noted.
The meeting closed at 3.10 pm.
"""
    docs = _documents(pack, tmp_path)
    # the agenda's date is its masthead's "Date:" label (the front page's), not the running
    # head's, since session 26 reads an agenda's masthead without the running head
    assert [(kind, date) for kind, date, _ in docs] == [
        ("agenda", "2026-06-11"), ("minutes", "2026-06-15")]


def test_regression_minutes_title_over_its_sentence_starts_the_minutes(tmp_path: Path) -> None:
    # "MINUTES" set as a title, the rest of its sentence on the line below ("of the meeting of
    # the Joint Waste Committee held on ..."): before, the minutes ran on from the agenda.
    for title, sentence in (
            ("MINUTES", "of the meeting of the Joint Waste Committee held on Friday 23 January "
                        "2026 at 10.30 a.m. at Westmere House."),
            ("Draft Minutes", "of a meeting of the Harbour Board held at the Harbour Office on "
                              "Tuesday 20 January 2026.")):
        pack = _front("Severn Vale Joint Waste Partnership", "Joint Waste Committee") + f"""\
## Severn Vale Joint Waste Partnership
^^ {title}
{sentence}
Present:	Cllr Harriet Blaine (Chair), Cllrs Marcus Dyer and Zara Ellison
** 31 Apologies
Apologies were received from Cllr Owen Tufnell.
** 32 Budget 2026/27
RESOLVED - That the budget be approved.
"""
        assert _kinds(pack, tmp_path) == [("agenda", 1, 1), ("minutes", 2, 2)], title


def test_regression_reports_committee_from_its_masthead_not_the_running_head(
        tmp_path: Path) -> None:
    # The publisher's running head names the body as it files it; the report's own masthead
    # names the meeting it goes to, and that is the committee.
    pack = "%% header Severn Vale Joint Waste Committee - 17 April 2026\n" + _front(
        "Severn Vale Joint Waste Partnership", "Joint Waste Committee") + """\
## Severn Vale Joint Waste Partnership
Agenda Item 3
** Joint Waste Committee
** 17 April 2026
** Partnership Risk Register
Report of:	Partnership Director
** Recommendation
1. That the Committee reviews the partnership risk register.
--- page ---
## Severn Vale Joint Waste Partnership
Agenda Item 4
** Joint Waste Committee - 17 April 2026
** Award of Contract - Bulking and Haulage
Report of:	Partnership Director
** Recommendation
1. That the Committee awards the contract to the preferred bidder.
"""
    docs = _documents(pack, tmp_path)
    assert [(date, committee) for _, date, committee in docs[1:]] == [
        ("2026-04-17", "Joint Waste Committee"), ("2026-04-17", "Joint Waste Committee")]


# ------------------------------------------------------------------------- a Scottish CMIS pack

CMIS_FRONT = """## GLENAIRD COUNCIL
Chief Executive: Fiona MacRitchie
Glenaird House, Kilbarchan Road, Portaird PA19 4LT
Date of Issue: Tuesday, 3 March 2026
Enquiries to: Committee Services
To: Members of the Education, Children and Families Committee
Councillors: Isla Drummond (Convener), Callum Rennie (Depute Convener), Morag Baird and Euan \
Fraser.
Dear Councillor
** EDUCATION, CHILDREN AND FAMILIES COMMITTEE
You are requested to attend a meeting of the above Committee to be held in the Council \
Chambers, Glenaird House, Portaird on Thursday, 12 March 2026 at 10:00 hours.
The business is as shown below.
Yours sincerely
Fiona MacRitchie, Chief Executive
^^ BUSINESS
| Item | Business | Page |
| 1 | Declarations of Interest | - |
| 2 | Minute of Meeting of 22 January 2026 | 3 - 4 |
| 3 | School Estate: Award of Contract for Inverclune Primary School Extension | 5 - 6 |
--- page ---
## GLENAIRD COUNCIL
Item 2
MINUTE of MEETING of the EDUCATION, CHILDREN AND FAMILIES COMMITTEE held in the Council \
Chambers, Glenaird House, Portaird on Thursday, 22 January 2026 at 10:00 hours.
PRESENT: Councillors Isla Drummond (Convener), Callum Rennie and Morag Baird.
** 1. DECLARATIONS OF INTEREST
No declarations were made.
--- page ---
** Item 3
** Term dates
The Committee agreed: that the term dates for session 2027/28 be approved.
** Item 4 School meals
The Committee agreed: that the report be noted.
--- page ---
## GLENAIRD COUNCIL
Item 3
** Education, Children and Families Committee
12 March 2026
** School Estate: Award of Contract for Inverclune Primary School Extension
Report by Executive Director of Education and Children's Services
** 1. Recommendations
1.1 The Committee is asked to approve the award of the contract.
--- page ---
Item 3 - Appendix 1
** Tender evaluation
Brannock Construction Ltd scored highest on price and quality.
"""


def test_regression_cmis_item_stamp_starts_its_paper(tmp_path: Path) -> None:
    # CMIS stamps "Item 3" (no "Agenda") in body type, and "Item 3 - Appendix 1" over the
    # item's appendix; a minute's bold "Item 3" heading at a page's top is no stamp.
    assert _kinds(CMIS_FRONT, tmp_path) == [("agenda", 1, 1), ("minutes", 2, 3), ("report", 4, 5)]


def test_regression_cmis_committee_named_above_and_with_commas(tmp_path: Path) -> None:
    # The notice's "the above Committee" is the body its masthead names; the minutes' body
    # lists its parts with commas ("EDUCATION, CHILDREN AND FAMILIES COMMITTEE").
    committees = {committee for _, _, committee in _documents(CMIS_FRONT, tmp_path)}
    assert committees == {"Education, Children and Families Committee"}


# ----------------------------------------------------------------- the agenda's own masthead

def test_regression_agenda_committee_from_its_masthead_not_the_running_foot(
        tmp_path: Path) -> None:
    # The front sheet's masthead names the body over its date; a running foot naming the
    # session ("(Public)") further down the page is the publisher's furniture.
    for body, masthead, foot in (
            ("Board of Directors", "Board of Directors - Meeting in Public",
             "Board of Directors (Public) - 2 April 2026 - Page {page} of {pages}"),
            ("Licensing Committee", "Licensing Committee",
             "Licensing Committee (Part 1) - 2 April 2026 - Page {page}")):
        pack = f"""%% footer {foot}
## Wrexley and Mardale Hospitals NHS Foundation Trust
** {masthead}
Date:	Thursday 2 April 2026
Time:	09:30
Venue:	Boardroom, Mardale General Hospital
** AGENDA
1. Welcome and apologies
2. Minutes of the meeting held on 5 February 2026
3. Integrated performance report
"""
        docs = _documents(pack, tmp_path)
        assert [(kind, committee) for kind, _, committee in docs] == [("agenda", body)], body


# ----------------------------------------------------------------------------- text packs

def _text_kinds(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [s.kind for s in segment(load(path))]


TOWN_AGENDA = """ASHCOMBE REGIS TOWN COUNCIL
The Town Hall, Market Place, Ashcombe Regis

You are hereby summoned to attend a meeting of the FINANCE AND GENERAL PURPOSES COMMITTEE to be
held in the Council Chamber, The Town Hall, Ashcombe Regis on MONDAY 20th APRIL 2026 at 7.00pm.

AGENDA

1)	To receive apologies for absence.
2)	To approve the minutes of the meeting held on 16th March 2026.
3)	To receive the Clerk's finance report for March 2026.
4)	To review the financial risk assessment for 2025/26.



"""


def test_regression_text_report_headed_by_its_item_under_the_masthead(tmp_path: Path) -> None:
    # A text export's reports have no page: each is headed by the meeting's masthead in
    # capitals and its item and title on one line. Before, "AGENDA ITEM 5: ..." was read as
    # an agenda's heading and the second report ran on in the first.
    for masthead, stamp in (
            ("FINANCE AND GENERAL PURPOSES COMMITTEE - 20 April 2026",
             "AGENDA ITEM 3: CLERK'S FINANCE REPORT - MARCH 2026"),
            ("PLANNING AND HIGHWAYS COMMITTEE - 20.04.26",
             "Agenda Item 3 - Clerk's finance report, March 2026")):
        text = TOWN_AGENDA + f"""ASHCOMBE REGIS TOWN COUNCIL
{masthead}
{stamp}
Prepared by: Sarah Kellaway, Town Clerk and RFO

1. Recommendations
That the Committee approves the schedule of payments for March 2026.



ASHCOMBE REGIS TOWN COUNCIL
{masthead}
AGENDA ITEM 4: FINANCIAL RISK ASSESSMENT 2025/26
Prepared by: Tom Ruddle, Deputy Clerk

1. Recommendation
That the Committee reviews the financial risk assessment below.

Ref	Risk	Likelihood	Impact	Score	Controls
FR1	Loss of cash	1	2	2	Cash banked weekly
FR2	Precept not received	1	3	3	Precept request checked by the RFO
"""
        assert _text_kinds(text, tmp_path) == ["agenda", "report", "risk_register"], stamp


def test_agenda_listing_its_items_by_number_is_not_split(tmp_path: Path) -> None:
    # An agenda that lists "AGENDA ITEM 1: ..." has its heading above them, not a masthead.
    text = """ASHCOMBE REGIS TOWN COUNCIL

You are hereby summoned to attend a meeting of the Finance Committee to be held in the Town
Hall on Monday 20th April 2026 at 7.00pm.

AGENDA
AGENDA ITEM 1: APOLOGIES FOR ABSENCE
AGENDA ITEM 2: MINUTES OF THE LAST MEETING
AGENDA ITEM 3: FINANCE REPORT
"""
    assert _text_kinds(text, tmp_path) == ["agenda"]


def test_regression_agenda_under_a_summons_letter_on_a_text_page(tmp_path: Path) -> None:
    # A text pack in pages (form feeds): the summons letter fills the first page's top and
    # "AGENDA" comes further down than a heading is looked for; the letter's sentence says
    # "which will be held" and its date is in capitals.
    letter = """                     BALLYFERGUS AND GLENMOY DISTRICT COUNCIL

                        ENVIRONMENTAL SERVICES COMMITTEE

Council Offices
14 Shore Road
Ballyfergus
BT41 6RQ

31st March 2026

Dear Member

You are hereby summoned to attend the monthly meeting of the Environmental
Services Committee which will be held in the Council Chamber, Council Offices,
Ballyfergus on TUESDAY 7th APRIL 2026 at 7.00 pm for the transaction of the
business noted below.

Yours faithfully

Declan O'Hagan
Chief Executive

                                    AGENDA

 1.  Apologies

 2.  Consultation Response - Future Recycling Policy
\f                     BALLYFERGUS AND GLENMOY DISTRICT COUNCIL

   MINUTES OF THE MEETING OF THE ENVIRONMENTAL SERVICES COMMITTEE HELD IN THE
   COUNCIL CHAMBER ON TUESDAY 3rd MARCH 2026 AT 7.00 PM

PRESENT: Alderman R Kerr (Chairperson)

1.  APOLOGIES
    None.

2.  RECYCLING
    AGREED that the report be noted.
"""
    path = tmp_path / "pack.txt"
    path.write_text(letter)
    result = process_file(str(path))
    assert [(d.kind, str(d.meeting_date), d.committee) for d in result.documents
            if d.kind != "pack"] == [
        ("agenda", "2026-04-07", "Environmental Services Committee"),
        ("minutes", "2026-03-03", "Environmental Services Committee")]


# ------------------------------------------------------------------ the kind of a report

REPORT_HEAD = """Report to:	{body}
Date:	17 July 2026
Subject:	{subject}
Report by:	Head of Service
** Recommendation(s)
That the {body} notes the report.
1. Summary
{summary}
"""


def test_regression_report_counting_its_measures_by_rating_is_a_performance_report() -> None:
    # With its table split off as an appendix of its own, the report still says what it is:
    # it counts its measures (indicators) by their ratings.
    for subject, summary in (
            ("Regional Transport Plan: delivery report 2025/26",
             "1.1 Of the twelve measures in the delivery framework, five are rated Green, "
             "five Amber and two Red at the end of 2025/26."),
            ("Corporate plan: quarter 3 update",
             "1.1 Three of our fourteen indicators were rated red this quarter.")):
        text = REPORT_HEAD.format(body="Corporate Joint Committee", subject=subject,
                                  summary=summary)
        assert classify(text, "report") == "performance_report", subject


def test_report_rating_its_risks_is_no_performance_report() -> None:
    text = REPORT_HEAD.format(body="Audit Committee", subject="Treasury management update",
                              summary="1.1 Two of the fund's risks are rated Red.")
    assert classify(text, "report") == "report"
