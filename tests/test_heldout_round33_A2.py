"""Held-out round 33, documents left after fixer A: a report whose KPI table stands in one of
its sections, or in a paper bound under it as its appendix, after its own summary,
recommendations and prose on another subject, is a report, not a performance report (a
performance report opens on its rated table, or is titled as one, or says it reports
performance before its table); each rule on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.council_prefixes import without_council

# A service's quarterly update (r33g's planning service update): a summary of its subjects,
# its ask to note the update, a prose section, then a section holding a rated table.
SERVICE_UPDATE = """Harrowgate District Council
Building Control Service Update: July to September 2027
Report to: Regulatory Committee, 12 October 2027
Report of: Building Control Manager
Summary
This report updates the Committee on recruitment, the new inspection booking system, the
speed of plan checking in the second quarter and the dangerous structures caseload.
Recommendation
That the Committee notes the building control service update for July to September 2027.
Recruitment and systems
One surveyor post was filled in August 2027. The booking system opened on 4 September; calls
to book inspections fell by a third in the month.
Plan checking
Ratings: Green - target met; Amber - within 5 points of target; Red - more than 5 points below.
Ref Indicator Target Q2 2026/27 Q2 2027/28 Rating
BC1 Full plans checked within 15 days 85% 80.1% 88.0% Green
BC2 Inspections made on the day booked 95% 96.0% 91.5% Amber
BC3 Completion certificates within 5 days 90% 84.0% 79.0% Red
"""


def test_a_service_update_holding_a_rated_table_in_a_section_is_a_report() -> None:
    assert classify(SERVICE_UPDATE, "report") == "report"


# A compliance report (r33g's property compliance report): a one-sentence summary, its ask,
# then a numbered section opening on a rating key over the rated table.
COMPLIANCE_REPORT = """Agenda Item 6
WESTMERE BOROUGH COUNCIL
Report to: Housing Committee
Date: 4 February 2028
Subject: Council Homes Safety Compliance Report
Report of: Head of Housing Assets
1. SUMMARY
1.1 This report sets out how many of the Council's 3,140 homes hold each statutory safety
check in date at 31 December 2027.
2. RECOMMENDATION
2.1 That the Committee notes the compliance position at 31 December 2027.
3. COMPLIANCE AT 31 DECEMBER 2027
RAG: Green = 100%; Amber = 98% to 99.9%; Red = below 98%.
Ref Check Target Sep 2027 Dec 2027 RAG
H1 Gas safety certificates in date 100% 99.8% 100% Green
H2 Electrical checks in date 100% 97.1% 98.4% Amber
H3 Lift inspections in date 100% 95.0% 96.2% Red
"""


def test_a_compliance_report_opening_on_its_summary_and_ask_is_a_report() -> None:
    assert classify(COMPLIANCE_REPORT, "report") == "report"


# ... but one whose opening says it reports performance, however titled, is a performance
# report: what it says of itself before the table names it.
def test_an_opening_naming_performance_keeps_a_performance_report() -> None:
    paper = COMPLIANCE_REPORT.replace(
        "notes the compliance position at 31 December 2027.",
        "notes the performance of the compliance service at 31 December 2027.")
    assert classify(paper, "report") == "performance_report"


# ... as is one asking only that it be noted over its table: it opens on the table.
ASK_OVER_TABLE = """Ferncombe Joint Cemeteries Committee
Agenda Item 5
Cemeteries Manager's Report
Report of the Cemeteries Manager - 20 March 2028
1. Recommendation
That the Committee notes the report.
Ref Measure Target 2026/27 2027/28 Rating
CM1 Burials booked within 2 days 95% 93% 96% Green
CM2 Grounds inspections completed 100% 92% 90% Red
"""


def test_a_report_asking_only_to_be_noted_over_its_table_is_a_performance_report() -> None:
    assert classify(ASK_OVER_TABLE, "report") == "performance_report"


# ... and one whose sentence leading into the table names the table's measures.
LEAD_IN_NAMING_KPIS = """Oldmoor Markets Company Limited
Item 3: Rent Collection and Finance Report to 31 January 2028
Report of: Markets Manager
1. Purpose
1.1 To update the Directors on stall rent collection for the year and the finance position.
2. Recommendation
2.1 That the Directors note the rent collection position at 31 January 2028.
3. Rent collection
3.1 The Council collects stall rents on the company's behalf under the management agreement.
The collection KPIs agreed with the Council are shown below and rated by the Council
Ref Measure Target Actual Rating
RC1 Rent collected in year (% of amount billed) 97% 98.1% Green
RC2 Accounts in arrears over 60 days 10 14 Red
"""


def test_a_lead_in_naming_the_kpis_keeps_a_performance_report() -> None:
    assert classify(LEAD_IN_NAMING_KPIS, "report") == "performance_report"


# A report covering another body's own report bound as its appendix (r33g's leisure trust):
# its ask and introduction, then "Appendix 1" over the other body's report and its KPI table.
APPENDIX_BOUND = """Selbury Borough Council
Selbury Museums Trust: Annual Review 2027
Report to: Culture Scrutiny Committee, 8 March 2028
Report of: Head of Culture
Recommendation
That the Committee comments on the Trust's performance in 2027 and notes the report.
Introduction
The Trust runs the Council's two museums and its archive under a funding agreement. Each year
the Trust reports to its own trustees; that report is attached as Appendix 1.
Culture Scrutiny Committee | 8 March 2028 | 3
Selbury Borough Council
Appendix 1
Selbury Museums Trust
Report to the Trustees, 20 February 2028: the year 2027
Visits rose by a tenth in 2027, the archive's reading room reopening in June.
No. Measure Target 2027 2027 RAG
MT1 Museum visits (thousands) 140 151 G
MT2 School visits 300 284 A
MT3 Visitor satisfaction (%) 92 88 R
"""


def test_a_kpi_table_in_a_bound_appendix_leaves_the_report_a_report() -> None:
    assert classify(APPENDIX_BOUND, "report") == "report"


# ... unless the appendix's own heading names the performance it sets out.
def test_an_appendix_headed_as_performance_keeps_a_performance_report() -> None:
    paper = APPENDIX_BOUND.replace("Appendix 1\n", "Appendix 1: Performance measures 2027\n")
    assert classify(paper, "report") == "performance_report"


# A visiting body's paper bound into a committee's pack (r33g's police update): it addresses
# the meeting in a sentence, "for <place> Borough Council's <committee>, <date>", its line
# wrapped so the name read from it opens on "Borough Council's". The council's possessive is
# whose the committee is, no part of its name.
VISITING_PAPER_PACK = """%% header Dunmere Borough Council
%% footer Housing Scrutiny Panel | 6 April 2028 | {page}
## Housing Scrutiny Panel
Date:	Thursday 6 April 2028, 7.00 pm
Venue:	Council Chamber, Dunmere Town Hall
** Agenda
|# Item | Title | Page |
| 1 | Apologies for Absence | - |
| 2 | Minutes of the Previous Meeting | 2 |
| 3 | Fire Safety in Tower Blocks | 3 |
| 4 | Work Programme | - |
--- page ---
## Minutes of the meeting held on Thursday 2 March 2028
Present: Councillors A. Brook (Chair), D. Carr, F. Hale
** 21. Apologies for Absence
None.
** 22. Damp and Mould Action Plan
RESOLVED - That the Panel notes the action plan and asks for an update in six months.
--- page ---
## DUNMERESHIRE FIRE AND RESCUE SERVICE
** Fire Safety in Tower Blocks
Prepared by Station Manager P. Oyelaran, Dunmere Community Fire Safety Team, for Dunmere \
Borough Council's Housing Scrutiny Panel, 6 April 2028
** Visits made, October 2027 to March 2028
| Visit type | Oct 2026 - Mar 2027 | Oct 2027 - Mar 2028 | Change |
| Tower block inspections | 18 | 22 | +22.2% |
| Home fire safety checks | 340 | 412 | +21.2% |
** Fire doors
Crews visited all eleven tower blocks in the borough. Two blocks had fire doors wedged open \
on more than one visit; the landlord has been written to.
"""


def test_a_councils_possessive_is_no_part_of_the_committees_name(tmp_path: Path) -> None:
    docs = documents_of(rendered(VISITING_PAPER_PACK, tmp_path))
    assert [(kind, committee) for kind, _, committee in docs[2:]] == [
        ("minutes", "Housing Scrutiny Panel"), ("report", "Housing Scrutiny Panel")]


# ... and a possessive before a body's kind alone names no committee of its own: kept.
def test_a_councils_possessive_before_a_kind_alone_is_kept() -> None:
    assert without_council("City Council's Forum") == "City Council's Forum"
    assert without_council("Borough Council's Licensing Committee") == "Licensing Committee"
