"""Regression tests for round 17's document misses in batches d, e and f (kind, meeting date and
committee of each document of a file): a ModernGov agenda item's page printing its report's
scorecard read as a performance report, not as the item's decision; an island minister's
"Ministerial Decision Report" classed as nothing; a call-in meeting's committee named with its
bracketed "(Call-In)" read as none; a "CABINET DECISION NOTICE" in a call-in pack ("Notice of
decisions taken by the Cabinet at its meeting held on ...") given the pack's meeting; a forward
plan under a running head "<Council> - Executive - <date>" given the council as its committee;
a report's recommendation wrapped before "report to County Council on <date>" read as the
report's address; a cabinet committee's name wrapped in its masthead before "CABINET COMMITTEE"
(or before "COMMITTEE") read as its last words alone; a report's "APPENDIX A" proposed record
of decision read as a decision of its own; an Irish council's "MINUTES OF MONTHLY MEETING OF
... COUNTY COUNCIL" and its reports headed "Report to the Members - Monthly Meeting <date>" or
"Report to the Monthly Meeting, <date>" read as the agenda's; a Welsh cabinet's side-by-side
pack, its masthead's Welsh "Y CABINET" read as the committee's name and its minutes under
"COFNODION / MINUTES" (the Welsh column first: "YN BRESENNOL:") not parted from the agenda.
Each runs on small generated papers, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, html_page, html_table, pack_documents, rendered
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

# A ModernGov agenda item's page whose item is the quarter's performance report: the page
# prints the report's scorecard above the item's minutes and resolution.
PERFORMANCE_ITEM_PAGE = html_page(
    "<h1>Agenda item</h1>",
    "<h2>Quarterly Performance Report: Quarter 2 2027/28</h2>",
    "<ul><li><b>Meeting of</b> <a href='x'>Cabinet, Monday, 8th November, 2027 10.00 am</a>"
    " (Item 6.)</li></ul>",
    "<p>To consider a report of the Chief Executive on performance against the Council Plan.</p>",
    html_table(["Code", "Indicator", "Target", "Q2", "RAG"], [
        ["HW 01", "Health checks delivered (%)", "60%", "64.0%", "Green"],
        ["HW 02", "Smoking quitters at four weeks (%)", "50%", "41.5%", "Red"],
        ["PL 04", "Major planning applications on time (%)", "80%", "78.2%", "Amber"],
    ]),
    "<h3>Minutes:</h3>",
    "<p>The Leader introduced the report.</p>",
    "<p><b>RESOLVED</b> &ndash; That the Council's performance at Quarter 2 be noted.</p>",
    "<p><b>Supporting documents:</b></p>",
)


def test_agenda_item_page_of_a_performance_report_read_as_performance_report(
        tmp_path: Path) -> None:
    # the page's heading says what it is: the item's decision (the set's convention), its
    # scorecard's rated rows read there as a report's appendix is
    path = tmp_path / "item.html"
    path.write_text(PERFORMANCE_ITEM_PAGE)
    assert documents_of(path) == [("decision", "2027-11-08", "Cabinet")]
    kpis = [r for r in process_file(str(path)).records if isinstance(r, Kpi)]
    assert [(k.ref, k.latest_value, k.latest_rag) for k in kpis] == [
        ("HW 01", 64.0, "green"), ("HW 02", 41.5, "red"), ("PL 04", 78.2, "amber")]


# An island government's record of a minister's decision: its form's title, its summary's
# labels, the decision and its reasons, the minister's signature.
MINISTERIAL_DECISION_REPORT = """** STATES OF SARKHOLM
** Ministerial Decision Report
| Decision Reference: | MD-2028-0107 |
| Decision Summary Title: | Roads: Award of Contract for Resurfacing 2028 |
| Date of Decision Summary: | 2 March 2028 |
| Decision Summary Author: | Director of Highways |
** Decision(s):
The Minister for Infrastructure approved the award of the contract for resurfacing the island's \
main roads in 2028 to Coastline Surfacing Limited at a contract value of £318,000.
** Reason(s) for Decision:
The tender was the most economically advantageous of the three received.
Signature:	Deputy Anne Le Maistre
Position:	Minister for Infrastructure
"""


def test_ministerial_decision_report_read_as_nothing(tmp_path: Path) -> None:
    # "Ministerial Decision Report" titles the record of the minister's decision, no report
    # to a meeting: a decision notice, of no committee and no meeting
    assert documents_of(rendered(MINISTERIAL_DECISION_REPORT, tmp_path)) == [
        ("decision", None, None)]


# A call-in meeting's pack: its agenda headed by the committee's name with "(Call-In)" after
# it, and the report its item is, headed so in capitals with the meeting's date.
CALL_IN_AGENDA = """## Hallowby Borough Council
!! Overview and Scrutiny Committee (Call-In)
Wednesday 8th March 2028 at 7.00 pm
Committee Room 1, Hallowby Town Hall
** A G E N D A
|% 8 72 20
| | Item | Pages |
| 1. | Apologies and Substitutions | |
| 2. | Declarations of Interest | |
| 3. | Call-In: Leisure Centre Opening Hours | 3 - 6 |
--- page ---
"""

CALL_IN_REPORT = """<< Agenda Item 3
** HALLOWBY BOROUGH COUNCIL
** OVERVIEW AND SCRUTINY COMMITTEE (CALL-IN) - 8TH MARCH 2028
** CALL-IN OF CABINET DECISION CAB 41: LEISURE CENTRE OPENING HOURS
Report of:	Monitoring Officer
** 1. Purpose of the report
1.1 To enable the Committee to consider the call-in of the Cabinet's decision of 21st February \
2028 on the opening hours of the leisure centres.
** 2. Recommendation
2.1 That the Committee considers the call-in and decides whether to take no further action or \
to refer the decision back to the Cabinet.
"""


def test_call_in_committee_named_with_its_bracket_read_as_none(tmp_path: Path) -> None:
    # "(Call-In)" after the committee's word is part of its name as printed, not a sentence's
    # words: the agenda and the report are the call-in committee's
    assert pack_documents(CALL_IN_AGENDA + CALL_IN_REPORT, tmp_path) == [
        ("agenda", "2028-03-08", "Overview and Scrutiny Committee (Call-In)"),
        ("report", "2028-03-08", "Overview and Scrutiny Committee (Call-In)"),
    ]


# The notice of the decision called in, enclosed in the pack: its title, then the line saying
# whose decisions it records and at which meeting.
CABINET_DECISION_NOTICE = """** HALLOWBY BOROUGH COUNCIL
## CABINET DECISION NOTICE
Notice of decisions taken by the Cabinet at its meeting held on Tuesday 21st February 2028.
Date of publication:	Wednesday 22nd February 2028
** CAB 41  LEISURE CENTRE OPENING HOURS
|% 28 72
| Cabinet Member: | Councillor Ruth Amesbury, Leisure and Culture |
| Decision: | That the opening hours of the Hallowby and Eastfield leisure centres be reduced \
from 1st April 2028. |
| Reasons for the decision: | The centres' income has fallen by a fifth since 2025. |
--- page ---
"""


def test_notice_of_decisions_taken_at_a_meeting_read_as_the_packs_meeting(
        tmp_path: Path) -> None:
    # "Notice of decisions taken by the Cabinet at its meeting held on <date>" says whose
    # decisions they are and when they were taken: not the call-in meeting's
    assert pack_documents(CALL_IN_AGENDA + CABINET_DECISION_NOTICE + CALL_IN_REPORT,
                          tmp_path)[1] == ("decision", "2028-02-21", "Cabinet")


# A district executive's pack: its running head names the council, the executive and the
# meeting's date; the notice of key decisions it encloses names only the council.
EXECUTIVE_PACK = """%% header Fernholt District Council - Executive - 12/10/2027
%% footer {page}
** NOTICE OF MEETING
!! EXECUTIVE
Date:	Tuesday 12 October 2027
Time:	6.30 pm
Place:	The Council Chamber, Fernholt House
** AGENDA
|- No. | Item | Pages |
| 1. | Apologies for absence | |
| 2. | Notice of Key Decisions - November 2027 to February 2028 | 3 - 4 |
--- page ---
** Agenda Item 2
!! FERNHOLT DISTRICT COUNCIL - NOTICE OF KEY DECISIONS
** Forward Plan: 1 November 2027 to 28 February 2028
|- Ref | Matter for decision | Decision maker | Date of decision |
| FP/27/071 | To adopt the Fernholt Tree Strategy | Executive | 09/11/2027 |
| FP/27/072 | To award the contract for street cleansing 2028-2035 | Executive | 07/12/2027 |
"""


def test_forward_plan_under_council_executive_running_head_read_as_the_councils(
        tmp_path: Path) -> None:
    # of the bodies a running head names before its date, the one nearest the date meets,
    # though its name is the one word "Executive", no committee's word
    assert pack_documents(EXECUTIVE_PACK, tmp_path)[1] == (
        "forward_plan", "2027-10-12", "Executive")


# A cabinet's pack: its agenda, then a report headed by its title and its meeting, whose
# recommendation wraps so that a line starts "report to County Council on <date>".
CABINET_AGENDA = """## HALDMOOR COUNTY COUNCIL
!! CABINET
Monday 6th December 2027 at 10.00 am
** AGENDA
|- No. | Business | Report of |
| 1. | Apologies for Absence | |
| 2. | Treasury Management Mid-Year Review 2027/28 | Executive Director of Finance |
--- page ---
"""

WRAPPED_RECOMMENDATION_REPORT = """** Agenda Item 2
!! Treasury Management Mid-Year Review 2027/28
Cabinet - 6th December 2027
Report of the Executive Director of Finance
** Recommendation
That Cabinet notes the treasury management activity for the first half of 2027/28 and \
recommends the report to County Council on 16th December 2027.
** Summary
The Council held investments of £198.4m at 30 September 2027.
"""


def test_wrapped_recommendation_report_to_council_read_as_reports_address(
        tmp_path: Path) -> None:
    # a masthead's "Report to" is written with its capital: a line starting "report to ..."
    # in lower case is a sentence wrapped there, and the report is the Cabinet's
    source = CABINET_AGENDA + WRAPPED_RECOMMENDATION_REPORT
    assert pack_documents(source, tmp_path)[1] == ("report", "2027-12-06", "Cabinet")


# A cabinet committee's agenda, its long name in title type wrapped over two lines.
def _cabinet_committee_agenda(first: str, second: str) -> str:
    return f"""## HALDMOOR COUNTY COUNCIL
!! {first}
!! {second}
Wednesday, 14th July, 2027
10.00 am
Council Chamber, County Hall, Haldbridge
** AGENDA
|- Item | Title | Pages |
| A1 | Apologies and Substitutes | |
| A2 | Minutes of the meeting held on 12 May 2027 | 3 - 6 |
| B1 | 27/00061 - Highways Term Maintenance Contract - Extension | 7 - 12 |
"""


@pytest.mark.parametrize(("first", "second"), [
    ("SKILLS, ECONOMIC DEVELOPMENT AND COMMUNITIES", "CABINET COMMITTEE"),
    ("SKILLS, ECONOMIC DEVELOPMENT AND COMMUNITIES CABINET", "COMMITTEE"),
])
def test_cabinet_committee_name_wrapped_read_as_its_last_words(
        first: str, second: str, tmp_path: Path) -> None:
    # "Cabinet Committee" alone is a kind of body, not a name: the line above begins it; and
    # "Committee" alone under a name ending "Cabinet" ends that name
    assert pack_documents(_cabinet_committee_agenda(first, second), tmp_path) == [
        ("agenda", "2027-07-14", "Skills, Economic Development and Communities Cabinet Committee"),
    ]


# A cabinet committee's report on a proposed decision, the proposed record of decision its
# appendix, as the cabinet member is to sign it.
PROPOSED_DECISION_REPORT = """<< Item B1
From:	Ellen Marsh, Cabinet Member for Highways
To:	Skills, Economic Development and Communities Cabinet Committee - 14 July 2027
Subject:	27/00061 - Highways Term Maintenance Contract - Extension
Decision No:	27/00061
** Recommendation(s):
The Cabinet Committee is asked to consider and endorse the proposed decision to extend the \
Highways Term Maintenance Contract by two years, as shown at Appendix A.
** 1. Introduction
1.1 The contract began in April 2021 and allows an extension of up to two years.
--- page ---
** APPENDIX A
^^ PROPOSED RECORD OF DECISION
** DECISION TO BE TAKEN BY:
Ellen Marsh, Cabinet Member for Highways
DECISION NO:	27/00061
** Decision:
As Cabinet Member for Highways, I propose to EXTEND the Highways Term Maintenance Contract to \
31 March 2030.
** Reason(s) for decision:
To keep the service running while the new contract is procured.
"""


def test_proposed_record_of_decision_appendix_read_as_a_decision(tmp_path: Path) -> None:
    # under its appendix's heading a proposed record is the decision the report proposes, a
    # part of that report: no decision taken, no document of its own
    source = _cabinet_committee_agenda(
        "SKILLS, ECONOMIC DEVELOPMENT AND COMMUNITIES", "CABINET COMMITTEE") + (
        "--- page ---\n" + PROPOSED_DECISION_REPORT)
    name = "Skills, Economic Development and Communities Cabinet Committee"
    assert pack_documents(source, tmp_path) == [
        ("agenda", "2027-07-14", name), ("report", "2027-07-14", name)]


# An Irish county council's monthly meeting pack: the summons and agenda, last month's minutes
# headed with no article before the meeting's kind, and the reports to the members.
IRISH_AGENDA = """^^ DRUMLEE COUNTY COUNCIL
!! Monthly Meeting of Drumlee County Council
You are requested to attend the Monthly Meeting of Drumlee County Council to be held in the \
Council Chamber, Aras an Chontae, Drumlee on Monday, 12th July 2027 at 11.00 a.m.
** AGENDA
1. Confirmation of Minutes of Monthly Meeting held on 14th June 2027
2. Disposal of property at Unit 7, Drumlee Business Park under Section 183
3. Annual Service Delivery Plan 2027: Progress Report
--- page ---
"""

IRISH_MINUTES = """** DRUMLEE COUNTY COUNCIL
** MINUTES OF MONTHLY MEETING OF DRUMLEE COUNTY COUNCIL
** HELD IN THE COUNCIL CHAMBER ON MONDAY 14TH JUNE 2027 AT 11.00 A.M.
Cathaoirleach:	Cllr. Eamon Brady
Members Present:	Cllrs. M. Boyle, T. Carney, A. Duffy and S. Egan
** Min. 88/27 Confirmation of Minutes
It was proposed by Cllr. Boyle and seconded by Cllr. Duffy and agreed that the Minutes of the \
Monthly Meeting held on 10th May 2027 be confirmed and signed.
--- page ---
"""

IRISH_REPORTS = """** Item No. 2
** DRUMLEE COUNTY COUNCIL
** Report to the Members - Monthly Meeting 12th July 2027
!! Disposal of property at Unit 7, Drumlee Business Park under Section 183
In accordance with Section 183 of the Local Government Act 2001, notice is hereby given that it \
is proposed to dispose of the property described below.
** Recommendation
It is recommended that the Members approve the disposal in accordance with this notice.
--- page ---
** Item No. 3
** DRUMLEE COUNTY COUNCIL
** Annual Service Delivery Plan 2027: Progress Report
Report to the Monthly Meeting, 12th July 2027
** Recommendation
That the Members note the progress on the Annual Service Delivery Plan 2027 to the end of June.
"""


def test_irish_monthly_meeting_minutes_and_reports_read_as_the_agendas(tmp_path: Path) -> None:
    # "MINUTES OF MONTHLY MEETING OF ..." heads minutes (the article left out before the kind
    # of meeting), and "Report to the Members - Monthly Meeting <date>" or "Report to the
    # Monthly Meeting, <date>" heads a report to the council's members at their meeting
    council = "Drumlee County Council"
    assert pack_documents(IRISH_AGENDA + IRISH_MINUTES + IRISH_REPORTS, tmp_path) == [
        ("agenda", "2027-07-12", council),
        ("minutes", "2027-06-14", council),
        ("report", "2027-07-12", council),
        ("report", "2027-07-12", council),
    ]


# A Welsh county borough's cabinet pack printed side by side, Welsh left and English right:
# the masthead's body in each language, then the last meeting's minutes.
WELSH_AGENDA = """## CYNGOR BWRDEISTREF SIROL BRYN TAWEL
## BRYN TAWEL COUNTY BOROUGH COUNCIL
<> **Y CABINET** || **CABINET**
<> Dyddiad: Dydd Mawrth, 12 Hydref 2027 || Date: Tuesday, 12 October 2027
<> Amser: 2.00 y.h. || Time: 2.00 pm
<> Lleoliad: Siambr y Cyngor, Canolfan Ddinesig, Trefelin, ac o bell || Venue: Council Chamber, \
Civic Centre, Trefelin, and remotely
<> Croesewir gohebiaeth yn Gymraeg neu yn Saesneg. || Correspondence is welcomed in Welsh or \
English.
** AGENDA / AGENDA
|% 8 46 46
| Eitem / Item | Busnes | Business |
| 1. | Ymddiheuriadau am absenoldeb | Apologies for absence |
| 2. | Cofnodion y cyfarfod a gynhaliwyd ar 14 Medi 2027 | Minutes of the meeting held on \
14 September 2027 |
--- page ---
"""

WELSH_MINUTES = """** COFNODION / MINUTES
<> **CYFARFOD Y CABINET a gynhaliwyd ddydd Mawrth, 14 Medi 2027** || **MEETING OF THE CABINET \
held on Tuesday, 14 September 2027**
<> YN BRESENNOL: Y Cynghorydd Elin Rhys (Arweinydd) (Cadeirydd); y Cynghorwyr Aled Jones a \
Mared Owen. || PRESENT: Councillor Elin Rhys (Leader) (Chair); Councillors Aled Jones and Mared \
Owen.
<> **21. YMDDIHEURIADAU AM ABSENOLDEB** || **21. APOLOGIES FOR ABSENCE**
<> Derbyniwyd ymddiheuriadau gan y Cynghorydd Huw Morgan. || Apologies were received from \
Councillor Huw Morgan.
<> **22. POLISI GORFODI PARCIO** || **22. PARKING ENFORCEMENT POLICY**
<> PENDERFYNWYD cymeradwyo'r polisi. || RESOLVED that the Parking Enforcement Policy be approved.
"""


def test_welsh_side_by_side_cabinet_pack_read_as_y_cabinet_and_no_minutes(
        tmp_path: Path) -> None:
    # "Y Cabinet" is the Welsh for the Cabinet, the word the two languages share; and minutes
    # titled "COFNODION / MINUTES" over who was present in Welsh ("YN BRESENNOL:", the Welsh
    # column read first) head a document of their own
    assert pack_documents(WELSH_AGENDA + WELSH_MINUTES, tmp_path) == [
        ("agenda", "2027-10-12", "Cabinet"),
        ("minutes", "2027-09-14", "Cabinet"),
    ]
