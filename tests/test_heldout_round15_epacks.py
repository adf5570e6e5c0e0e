"""Regression tests for round 15's messily assembled PDF packs (carry-over batch E): a pack
headed "SUPPLEMENTARY AGENDA" whose stamped papers were not split out; an errata sheet tabled
after the agenda; a borderless agenda row whose title's wrapped line opens with an earlier
item's number; a paper stamped mid-page, straight after the last one ends; an appendix title
page naming an equality impact assessment read as a form of its own. Each runs on a small
generated paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds
from heldout_support import pdf_agenda_items as _pdf_items

SUPPLEMENTARY_FRONT = """## Eastmere Fire Authority
!! Audit Committee
** Thursday, 9th March, 2028 at 10.00 am
** SUPPLEMENTARY AGENDA
The following papers were not available when the agenda for this meeting was published.
|- Item | Title | Pages |
| 6 | Treasury Management Strategy 2028/29 | 2 - 3 |
| 7 | Internal Audit Plan 2028/29 | 4 - 5 |
Contact: Clerk to the Authority
"""

STAMPED_PAPERS = """--- page ---
** Agenda Item 6
!! EASTMERE FIRE AUTHORITY
!! AUDIT COMMITTEE
** TREASURY MANAGEMENT STRATEGY 2028/29
** REPORT OF THE TREASURER
** Recommendation
1. Members are asked to approve the Treasury Management Strategy for 2028/29.
** Background
2. The strategy sets the limits for the Authority's borrowing and investments in the year.
--- page ---
** Agenda Item 7
!! EASTMERE FIRE AUTHORITY
!! AUDIT COMMITTEE
** INTERNAL AUDIT PLAN 2028/29
** REPORT OF THE HEAD OF INTERNAL AUDIT
** Recommendation
1. Members are asked to approve the Internal Audit Plan for 2028/29.
** Background
2. The plan gives 180 days of audit work across the Authority's services in the year.
"""

ERRATA_SHEET = """--- page ---
!! ERRATA SHEET
** Audit Committee - 9 March 2028
** Item 4: Statement of Accounts 2026/27
Please note the following correction to the report published with the main agenda:
Paragraph 3.2: the usable reserves at 31 March 2027 should read £9.42m and not £9.24m.
The recommendations of the report are unchanged.
"""


def test_regression_a_supplementary_agenda_heading_starts_the_pack_its_stamped_papers_split(
        tmp_path: Path) -> None:
    # "SUPPLEMENTARY AGENDA" heads the agenda: the papers stamped "Agenda Item 6" and "7"
    # after it are documents of their own, not the agenda's pages
    assert pack_kinds(SUPPLEMENTARY_FRONT + STAMPED_PAPERS, tmp_path) == [
        ("agenda", 1, 1), ("report", 2, 2), ("report", 3, 3)]


def test_regression_an_errata_sheet_after_the_agenda_is_a_document_of_its_own(
        tmp_path: Path) -> None:
    # titled at its page's top, larger than the agenda's heading: a correction sheet tabled
    # with the pack, no committee paper (kind other), not the agenda's second page
    assert pack_kinds(SUPPLEMENTARY_FRONT + ERRATA_SHEET + STAMPED_PAPERS, tmp_path) == [
        ("agenda", 1, 1), ("other", 2, 2), ("report", 3, 3), ("report", 4, 4)]


def test_regression_an_errata_heading_in_the_agendas_type_is_no_new_document(
        tmp_path: Path) -> None:
    # the same words as a heading no larger than the agenda's own are its items' heading
    small = ERRATA_SHEET.replace("!! ERRATA SHEET", "** ERRATA SHEET")
    assert pack_kinds(SUPPLEMENTARY_FRONT + small + STAMPED_PAPERS, tmp_path) == [
        ("agenda", 1, 2), ("report", 3, 3), ("report", 4, 4)]


# --------------- a wrapped title's line opening with a figure before the row's number

AGENDA_TITLE_WRAPS_ON_A_FIGURE = """## Eastmere Fire Authority
** AGENDA
|- Item | Title | Pages |
| 6 | Treasury Management Strategy 2028/29 | 2 - 3 |
| 7 | Service Performance Report: Quarter 4 and Year End 2027/28 | 4 - 6 |
| 8 | Corporate Risk Register: March 2028 Review and Proposed Closures | 7 - 10 |
"""


def test_regression_a_wrapped_title_line_opening_with_an_earlier_number_is_no_item(
        tmp_path: Path) -> None:
    # "4 and Year End 2027/28" under "7" wraps item 7's title: the numbering runs down the
    # page, so a figure below 7 that comes before it is no next item
    assert _pdf_items(AGENDA_TITLE_WRAPS_ON_A_FIGURE, tmp_path) == [
        ("6", "Treasury Management Strategy 2028/29"),
        ("7", "Service Performance Report: Quarter 4 and Year End 2027/28"),
        ("8", "Corporate Risk Register: March 2028 Review and Proposed Closures"),
    ]


# ------------------------------- a paper stamped mid-page after the last one ends

BOARD_PACK = """## NORTHFELL COMBINED AUTHORITY
!! Combined Authority Board
** Friday 8 December 2028, 11.00 am
** AGENDA
1. Apologies for Absence
2. Transport Capital Programme (Pages 2 - 2)
3. Skills Commissioning Plan (Pages 2 - 3)
--- page ---
** Agenda Item 2
** NORTHFELL COMBINED AUTHORITY
** Combined Authority Board - 8 December 2028
** Transport Capital Programme
Report of: Director of Transport
Portfolio: Transport
Key decision: Yes
1.1 To approve the transport capital programme for 2029/30 of £14.2m.
** Agenda Item 3
** NORTHFELL COMBINED AUTHORITY
** Combined Authority Board - 8 December 2028
** Skills Commissioning Plan
Report of: Director of Skills
Portfolio: Skills
Key decision: Yes
1.1 To approve how the devolved Adult Skills Fund will be commissioned in 2029/30.
--- page ---
** 2. Background
2.1 The fund supported 18,200 learners in 2027/28.
"""


def test_regression_a_paper_stamped_mid_page_after_the_last_one_ends_is_its_own(
        tmp_path: Path) -> None:
    # "Agenda Item 3" in the type of the "Agenda Item 2" stamp, over the same masthead,
    # starts item 3's paper on the page item 2's ends on
    kinds = pack_kinds(BOARD_PACK, tmp_path)
    assert kinds == [("agenda", 1, 1), ("report", 2, 2), ("report", 2, 3)]


def test_regression_an_item_named_mid_page_in_a_reports_text_starts_nothing(
        tmp_path: Path) -> None:
    # a line naming another item in the report's body, with no paper's head under it, is
    # the report's own text
    pack = BOARD_PACK.replace(
        "** Agenda Item 3\n** NORTHFELL COMBINED AUTHORITY\n"
        "** Combined Authority Board - 8 December 2028\n** Skills Commissioning Plan\n"
        "Report of: Director of Skills\n", "** Agenda Item 3\n")
    assert pack_kinds(pack, tmp_path) == [("agenda", 1, 1), ("report", 2, 3)]


# ----------------- an appendix title page naming an equality impact assessment

REPORT_WITH_EQUALITY_APPENDIX = """** Agenda Item 9
!! EASTMERE COUNTY COUNCIL
** REPORT TO:	CABINET
** DATE:	21 January 2028
Report Title:	School Transport Contracts
Report Author:	Passenger Transport Manager
Key Decision:	Yes
** RECOMMENDATIONS
That Cabinet approves the award of the contracts and notes the assessment at Appendix B.
--- page ---
## APPENDIX B
!! Equality Impact Assessment
--- page ---
** Appendix B: Equality Impact Assessment (summary)
The assessment found no negative impact on any protected characteristic.
"""


def test_regression_an_equality_assessment_under_an_appendix_heading_stays_with_its_report(
        tmp_path: Path) -> None:
    # "Equality Impact Assessment" under "APPENDIX B" titles the report's own appendix, not a
    # form the pack encloses as a document of its own
    assert pack_kinds(REPORT_WITH_EQUALITY_APPENDIX, tmp_path) == [("report", 1, 3)]


def test_regression_an_equality_assessment_form_alone_is_still_its_own(
        tmp_path: Path) -> None:
    # headed by the form's own title, with no appendix heading over it, it is the form
    form = REPORT_WITH_EQUALITY_APPENDIX.replace("## APPENDIX B\n", "")
    assert pack_kinds(form, tmp_path)[1:] == [("other", 2, 3)]
