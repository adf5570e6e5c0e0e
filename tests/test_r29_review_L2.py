"""Review of round 29's L2 fixes (forms: coded papers, titled pages, tallies, particulars): the
false readings the new rules made on papers other councils publish, each on a small paper."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import pack_kinds, rendered
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem

# A report whose appendix pages carry the exempt item's code the agenda gives it ("EX1"), the
# report's own heading naming its title alone: the appendix is the report's, not a new paper.
EXEMPT_APPENDIX_PACK = """%% header Dunmore District Council | Cabinet
%% footer {page}
## DUNMORE DISTRICT COUNCIL
** CABINET
Date:	Wednesday 5 June 2030 at 6.00 pm
** AGENDA
| No. | Item | Paper |
| 1 | Apologies for absence | - |
| 2 | Minutes of the meeting held on 8 May 2030 | - |
| 3 | Disposal of land at Mill Lane | EX1 |
--- page ---
** Minutes of the Cabinet held on 8 May 2030
Present: Councillors A. Blake (Chair), C. Dore and E. Fane
** 1. Apologies
Apologies were received from Councillor G. Hale.
** 2. Car Parking Charges
RESOLVED: That the car parking charges be approved.
--- page ---
** Disposal of land at Mill Lane
Report of:	Head of Property
** 1. Recommendation
That Cabinet approves the disposal of the land at Mill Lane to the preferred bidder.
--- page ---
** EX1: Valuation summary
| Bidder | Offer |
| Bidder A | £410,000 |
| Bidder B | £385,000 |
"""


def test_regression_a_coded_appendix_of_its_own_item_goes_on_with_it(tmp_path: Path) -> None:
    assert [k for k, _, _ in pack_kinds(EXEMPT_APPENDIX_PACK, tmp_path)] == [
        "agenda", "minutes", "report"]


# A report whose later page is titled as an item the agenda lists before it (the annual
# governance statement's report reprints the internal audit opinion it relies on): the page is
# the report's appendix, papers following in the agenda's order.
EARLIER_ITEM_PACK = """%% header Kennetbury District Council | Standards and Audit Committee
%% footer {page}
^^ STANDARDS AND AUDIT COMMITTEE
Date:	Tuesday 14 May 2030 at 6.30 pm
** AGENDA
| No. | Item | Pages |
| 1 | Apologies for Absence | - |
| 2 | Minutes of the Meeting held on 12 March 2030 | 3 - 4 |
| 3 | Internal Audit Annual Opinion 2029/30 | 5 - 6 |
| 4 | Annual Governance Statement 2029/30 | 7 - 9 |
--- page ---
^^ MINUTES
** Standards and Audit Committee, Tuesday 12 March 2030
Present:	Councillors R. Pellow (Chair), D. Hoskins and S. Varley
** SAC.21 Apologies for Absence
Apologies were received from Councillor M. Treloar.
--- page ---
^^ REPORT
** Agenda item 3: Internal Audit Annual Opinion 2029/30
Report of:	Head of Internal Audit
** 1. Recommendation
1.1 That the Committee notes the Head of Internal Audit's annual opinion for 2029/30.
--- page ---
^^ REPORT
** Agenda item 4: Annual Governance Statement 2029/30
Report of:	Monitoring Officer
** 1. Recommendation
1.1 That the Committee approves the annual governance statement, which draws on the internal audit opinion at Appendix B.
--- page ---
^^ INTERNAL AUDIT ANNUAL OPINION 2029/30
Reasonable assurance can be given on the council's framework of governance, risk management and control.
"""  # noqa: E501


def test_regression_a_page_titled_as_an_earlier_item_goes_on_with_the_report(
        tmp_path: Path) -> None:
    assert [k for k, _, _ in pack_kinds(EARLIER_ITEM_PACK, tmp_path)] == [
        "agenda", "minutes", "report", "report"]


# An agenda in capitals numbering its items "ITEM 3", and item 3's report whose appendix page
# is headed by its item's number ("ITEM 3: Prudential indicators"): the agenda's numbering is
# no enclosure code, the page the report's.
ITEM_NUMBERED_PACK = """%% header Ravensby Borough Council | Audit Committee
%% footer {page}
## RAVENSBY BOROUGH COUNCIL
** AUDIT COMMITTEE
Date:	Tuesday 9 July 2030 at 6.00 pm
** AGENDA
| ITEM 1 | APOLOGIES FOR ABSENCE |
| ITEM 2 | MINUTES OF THE MEETING HELD ON 9 APRIL 2030 |
| ITEM 3 | TREASURY MANAGEMENT OUTTURN 2029/30 |
| ITEM 4 | INTERNAL AUDIT PROGRESS |
--- page ---
** Minutes of the Audit Committee held on 9 April 2030
Present: Councillors A. Blake (Chair), C. Dore and E. Fane
** 1. Apologies
Apologies were received from Councillor G. Hale.
** 2. Risk Management
RESOLVED: That the risk register be noted.
--- page ---
** Treasury Management Outturn Report for the year 2029/30
Report of:	Section 151 Officer
** 1. Recommendation
That the Committee notes the treasury management outturn for 2029/30.
--- page ---
** ITEM 3: Prudential indicators
| Indicator | Limit | Actual |
| Operational boundary | £120m | £98m |
"""


def test_regression_an_agendas_item_number_is_no_enclosure_code(tmp_path: Path) -> None:
    assert [k for k, _, _ in pack_kinds(ITEM_NUMBERED_PACK, tmp_path)] == [
        "agenda", "minutes", "report"]


# A lettered agenda whose business genuinely opens with the committee's particulars: its
# chairman's announcements, its membership, the date and time of its next meeting. Items, not
# a form's fields (which give the label and its value: "B. Date and time Wednesday 11 March").
LETTERED_AGENDA = """## Oxley Borough Council
** LICENSING COMMITTEE
Date:	Monday 3 June 2030 at 10.00 am
** AGENDA
A. Chairman's Announcements
B. Membership
C. Minutes of the last meeting
D. Date and Time of Next Meeting
"""


def test_regression_a_lettered_agenda_of_particular_items_is_read(tmp_path: Path) -> None:
    (ctx,) = contexts(rendered(LETTERED_AGENDA, tmp_path), "agenda")
    assert [(i.item_ref, i.title) for i in agenda.extract(ctx) if isinstance(i, AgendaItem)] == [
        ("A", "Chairman's Announcements"), ("B", "Membership"),
        ("C", "Minutes of the last meeting"), ("D", "Date and Time of Next Meeting")]


# A report whose head titles it otherwise than its agenda ("Revenue and Capital Budget
# Monitoring 2030/31" for item 3 "Budget Monitoring Quarter 2"), its appendix page titled as
# the agenda lists the item: the report's own item unknown, the page goes on with it.
UNNAMED_OWN_ITEM_PACK = EARLIER_ITEM_PACK.split("--- page ---")[0].replace(
    "| 3 | Internal Audit Annual Opinion 2029/30 | 5 - 6 |",
    "| 3 | Budget Monitoring Quarter 2 | 5 - 6 |").replace(
    "| 4 | Annual Governance Statement 2029/30 | 7 - 9 |",
    "| 4 | Treasury Management Mid-Year Review | 7 - 9 |") + """--- page ---
^^ MINUTES
** Standards and Audit Committee, Tuesday 12 March 2030
Present:	Councillors R. Pellow (Chair), D. Hoskins and S. Varley
** SAC.21 Apologies for Absence
Apologies were received from Councillor M. Treloar.
--- page ---
^^ REPORT
** Revenue and Capital Budget Monitoring 2030/31
Report of:	Section 151 Officer
** 1. Recommendation
1.1 That the Committee notes the forecast outturn at quarter 2.
--- page ---
^^ BUDGET MONITORING QUARTER 2
| Service | Budget | Forecast |
| Housing | £4.1m | £4.3m |
"""


def test_regression_a_page_titled_as_an_unnamed_own_item_goes_on_with_the_report(
        tmp_path: Path) -> None:
    assert [k for k, _, _ in pack_kinds(UNNAMED_OWN_ITEM_PACK, tmp_path)] == [
        "agenda", "minutes", "report"]
