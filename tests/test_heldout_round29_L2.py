"""Held-out round 29, the papers left of batch B (forms, cover sheets and templates with
boxes): the misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_rows_of,
    decisions_in,
    documents_of,
    html_page,
    html_table,
    pack_documents,
    pack_kinds,
    pdf_minutes,
    rendered,
)
from kcc_papers.classify import classify
from kcc_papers.classify.clues import WORK_PROGRAMME_TITLE
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem

# A waiver form's "For Procurement use only" box tallies the year's waivers by count and sum:
# the sum is the count's total, not a second contract beside the one the form awards.
WAIVER_FORM = """## Harrowfield County Council
** REQUEST FOR A WAIVER OF CONTRACT PROCEDURE RULES (FORM W2)
Waiver reference:	W/2031/044
Date of request:	9 June 2031
| 1. Title of requirement | Replacement of the stair lifts at Mere House day centre |
| 2. Name of supplier | Thornby Access Lifts Ltd |
| 3. Estimated total value (excluding VAT) | £48,900 |
** 9. Decision of the Chief Officer
Decision: The waiver is approved and a contract is to be awarded to Thornby Access Lifts Ltd from 1 July 2031 at a total value of £48,900.
** 10. For Procurement use only
Entered on waiver register:	Yes
Number of waivers approved this financial year (to date):	11, total value £612,750
"""  # noqa: E501


def test_a_tally_fields_count_and_total_is_no_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(WAIVER_FORM, tmp_path)))
    assert rows == [("Thornby Access Lifts Ltd", 48900.0)]


# A pack whose papers are titled in one large bold type ("REPORT" over "Agenda item 4: ..."):
# its last item, the work programme, is a page titled as the agenda lists it over its table,
# no report around it. The page is that item's paper, not the report before's last page; and a
# work programme whose rows name a statement of accounts is a paper all the same.
TITLED_PAGE_PACK = """%% header Kennetbury District Council | Standards and Audit Committee
%% footer {page}
^^ STANDARDS AND AUDIT COMMITTEE
Date:	Tuesday 14 May 2030 at 6.30 pm
Place:	Council Chamber, Kennetbury
** AGENDA
| No. | Item | Pages |
| 1 | Apologies for Absence | - |
| 2 | Minutes of the Meeting held on 12 March 2030 | 3 - 4 |
| 3 | Internal Audit Annual Opinion 2029/30 | 5 - 8 |
| 4 | Committee Work Programme 2030/31 | 9 |
--- page ---
^^ MINUTES
** Standards and Audit Committee, Tuesday 12 March 2030
Present:	Councillors R. Pellow (Chair), D. Hoskins and S. Varley
** SAC.21 Apologies for Absence
Apologies were received from Councillor M. Treloar.
** SAC.22 Treasury Management Strategy
RESOLVED: That the treasury management strategy be noted.
The meeting closed at 7.55 pm.
--- page ---
^^ REPORT
** Agenda item 3: Internal Audit Annual Opinion 2029/30
Report of:	Head of Internal Audit
** 1. Recommendation
1.1 That the Committee notes the Head of Internal Audit's annual opinion for 2029/30.
** 2. Opinion
2.1 Reasonable assurance can be given on the council's framework of governance, risk management and control. Of the 19 audits completed, 15 gave substantial or reasonable assurance.
--- page ---
^^ COMMITTEE WORK PROGRAMME 2030/31
| Meeting | Item | Lead officer |
| 23 July 2030 | External audit annual report | Section 151 Officer |
| 23 July 2030 | Statement of accounts 2029/30 | Section 151 Officer |
| 17 September 2030 | Risk management update | Head of Internal Audit |
"""  # noqa: E501


def test_a_page_titled_as_a_listed_item_after_a_report_is_that_items_paper(
        tmp_path: Path) -> None:
    docs = pack_documents(TITLED_PAGE_PACK, tmp_path)
    assert [kind for kind, _, _ in docs] == ["agenda", "minutes", "report", "report"]
    assert docs[-1][1] == "2030-05-14"


def test_a_work_programme_naming_a_statement_of_accounts_is_a_paper() -> None:
    text = ("Kennetbury District Council | Standards and Audit Committee\n"
            "COMMITTEE WORK PROGRAMME 2030/31\nMeeting Item Lead officer\n"
            "23 July 2030 Statement of accounts 2029/30 Section 151 Officer\n")
    assert classify(text, "report") == "report"


def test_a_forward_work_programme_is_no_work_programmes_clue() -> None:
    assert WORK_PROGRAMME_TITLE.search("Audit Committee Work Programme 2030/31")
    assert not WORK_PROGRAMME_TITLE.search("Cabinet Forward Work Programme")
    assert not WORK_PROGRAMME_TITLE.search("7. Work Programme")


# A town council's web page: the agenda's last column gives each item's paper a code, and each
# paper follows under its code, the minutes first. A paper whose heading names no kind of its
# own ("BRC3: Schedule of payments for approval") starts under its code all the same, and is
# a paper of the meeting; so is the report after it.
CODED_PAGE = html_page(
    "<h1>Beacon and Recreation Committee</h1>",
    "<p>A meeting of the Beacon and Recreation Committee will be held at the Guildhall, Market "
    "Place, Wendlebury on <strong>Tuesday 9 April 2030 at 7.00 pm</strong>.</p>",
    "<h2>Agenda</h2>",
    html_table(["Item", "Business", "Paper"], [
        ["1", "Apologies for absence", "-"],
        ["2", "Minutes of the meeting held on 12 March 2030", "BRC1"],
        ["3", "Schedule of payments", "BRC3"],
        ["4", "Play area inspection contract", "BRC4"]]),
    "<h2>BRC1: Minutes of the Beacon and Recreation Committee held on Tuesday 12 March 2030</h2>",
    "<p>Present: Cllrs J. Oakley (Chair), R. Tull and F. Penrose.</p>",
    "<h3>BRC/30/11 Apologies for absence</h3><p>Cllr D. Yelland.</p>",
    "<h3>BRC/30/12 Bowls club lease</h3>",
    "<p><strong>RESOLVED</strong> that the bowls club lease be renewed for five years.</p>",
    "<p>The meeting closed at 8.40 pm.</p>",
    "<h2>BRC3: Schedule of payments for approval</h2>",
    html_table(["Payee", "Description", "Net (£)", "VAT (£)", "Gross (£)"], [
        ["Wendlebury Water", "Pavilion water", "118.20", "0.00", "118.20"],
        ["Parkside Supplies", "Litter bags", "64.00", "12.80", "76.80"]]),
    "<h2>BRC4: Play area inspection contract (report of the Town Clerk)</h2>",
    "<p><strong>Recommendation:</strong> That the Committee accepts the quotation of Safeplay "
    "Inspections Ltd of £2,640 for the play area inspection contract for 2030/31.</p>")


def test_papers_headed_by_the_codes_the_agenda_lists_are_papers(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(CODED_PAGE, encoding="utf-8")
    docs = [d for d in documents_of(page) if d[0] != "pack"]
    assert [kind for kind, _, _ in docs] == ["agenda", "minutes", "report", "report"]
    assert [date for _, date, _ in docs[2:]] == ["2030-04-09", "2030-04-09"]


# A joint committee's pack: its agenda a form whose lettered fields give the meeting's
# particulars and whose business table codes each item ("JWC 4"); each paper after the minutes
# is headed by its code, a report form by the code alone ("REPORT FORM: JWC 4"), the others by
# the code and their title ("JWC 5: Performance Dashboard ..."), an appendix by its item's code
# within ("Appendix 1 to JWC 4: ...", no paper of its own).
CODED_FORM_PACK = """%% header Wenslow Joint Waste Committee
%% footer page {page}
## WENSLOW JOINT WASTE COMMITTEE
** NOTICE OF MEETING AND AGENDA FORM
|# Field | Entry |
| A. Body | Wenslow Joint Waste Committee |
| B. Date and time | Thursday 18 April 2030, 2.00 pm |
| C. Venue | Committee Room 1, Wenslow House |
| D. Clerk | Martha Quayle, Democratic Services |
| E. Business | See below |
| No. | Item | For decision |
| WJC 1 | Apologies | No |
| WJC 2 | Minutes of the meeting held on 16 January 2030 | Yes |
| WJC 3 | Glass Recycling Contract | Yes |
| WJC 4 | Performance Report: Quarter 4 | No |
--- page ---
## WENSLOW JOINT WASTE COMMITTEE
** Minutes of the meeting held on Thursday 16 January 2030 at 2.00 pm, Wenslow House
Present: Cllr H. Ambler (Chair), Cllr J. Fenn, Cllr K. Gorst
** WJC 31 Apologies
Apologies were received from Cllr L. Hebden.
** WJC 32 Minutes
The Committee AGREED that the minutes of the meeting of 10 October 2029 be signed as a correct record.
** WJC 33 Depot Opening Hours
The Committee was asked to approve shorter opening hours at the Fenn Road depot. The proposal was NOT AGREED; members asked for a survey of users first.
The meeting closed at 3.10 pm.
--- page ---
** REPORT FORM: WJC 3
|# Section | Content |
| 1. Title | Glass Recycling Contract |
| 2. Report of | Partnership Manager |
** 3. Recommendation
That the Committee awards the glass recycling contract to Northvale Cullet Ltd for three years from 1 June 2030 at an estimated total cost of £612,000.
--- page ---
** Appendix 1 to WJC 3: Tender evaluation summary
| Tenderer | Total (100) |
| Northvale Cullet Ltd | 91.5 |
| Tenderer 2 | 84.0 |
--- page ---
** WJC 4: Performance Report, Quarter 4 2029/30
| Ref | Measure | Target | Q4 |
| WP1 | Household waste recycled (%) | 50.0 | 47.9 |
| WP2 | Missed collections per 100,000 | 35 | 31 |
"""  # noqa: E501


def test_papers_headed_by_their_agenda_codes_start_at_their_heads(tmp_path: Path) -> None:
    assert pack_kinds(CODED_FORM_PACK, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 4), ("performance_report", 5, 5)]


def test_an_agenda_forms_lettered_particulars_are_no_items(tmp_path: Path) -> None:
    (ctx,) = contexts(rendered(CODED_FORM_PACK.split("--- page ---")[0], tmp_path), "agenda")
    items = [(i.item_ref, i.title) for i in agenda.extract(ctx) if isinstance(i, AgendaItem)]
    assert items == [("WJC 1", "Apologies"),
                     ("WJC 2", "Minutes of the meeting held on 16 January 2030"),
                     ("WJC 3", "Glass Recycling Contract"),
                     ("WJC 4", "Performance Report: Quarter 4")]


def test_a_proposal_not_agreed_in_capitals_is_one_decision_rejected(tmp_path: Path) -> None:
    minutes_page = CODED_FORM_PACK.split("--- page ---")[1]
    rows = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(minutes_page, tmp_path))]
    assert rows[-1] == ("The proposal was NOT AGREED; members asked for a survey of users first.",
                        "rejected")
    assert len(rows) == 2


# The same pack's layout where the item's paper is a cover report and its appendix, the
# appendix's page titled as the item ("Kennetbury Annual Governance Report 2029/30" over
# "Appendix A"): the appendix goes on with its cover report, titled as the report's own item.
APPENDIX_TITLED_AS_ITEM = TITLED_PAGE_PACK.split("--- page ---")[0].replace(
    "| 3 | Internal Audit Annual Opinion 2029/30 | 5 - 8 |",
    "| 3 | Kennetbury Annual Governance Report 2029/30 | 5 - 8 |") + """--- page ---
^^ REPORT
** Agenda item 3
Report of:	Monitoring Officer
Subject:	Kennetbury Annual Governance Report 2029/30
** 1. Recommendation
1.1 That the Committee approves the annual governance report at Appendix A for publication.
--- page ---
^^ KENNETBURY ANNUAL GOVERNANCE REPORT 2029/30
** Appendix A - Our year in governance
The council's code of corporate governance was reviewed in September 2029 and no significant governance issues were found.
"""  # noqa: E501


def test_a_page_titled_as_the_current_reports_own_item_goes_on_with_it(tmp_path: Path) -> None:
    assert [kind for kind, _, _ in pack_kinds(APPENDIX_TITLED_AS_ITEM, tmp_path)] == [
        "agenda", "report"]
