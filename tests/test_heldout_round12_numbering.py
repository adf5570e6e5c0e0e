"""Regression tests for the minute and agenda numbering misses of round 12's blind batches:
an item's parts printed as items under it ("6. Finance" over "(a) Schedule of payments"; "5
(i) Grazing licence" with the item's number printed again). Each runs on small generated
papers in more than one council's or board's form of the thing."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import html_page as _page
from heldout_support import minutes_of, numbers
from heldout_support import pdf_agenda_items as _pdf_items
from heldout_support import pdf_minutes as _pdf_minutes
from heldout_support import source_lines as _paper
from heldout_support import text_agenda_items as _text_items
from kcc_papers.extract import minutes

# ------------------------------------------------ an item's parts printed as items under it

PARISH_LETTERED_PARTS = """%% font serif
!! BRACKENHOLT PARISH COUNCIL
You are hereby summoned to attend the meeting of the Parish Council on TUESDAY 12th MAY 2026
^^ AGENDA
1.	Apologies for absence
2.	Minutes of the meeting held on 14th April 2026
3.	Finance
(a)	Schedule of payments for April 2026
(b)	Internal audit report 2025/26
4.	Reports from committees
(a)	Planning Committee - 28th April 2026
5.	Date of next meeting
"""

BOARD_ROMAN_PARTS = """%% font serif
!! Upper Teme Board of Conservators
Notice of the meeting of the Board to be held on Wednesday 17th June 2026
** AGENDA
1.	Apologies for absence
2.	Minutes of the meeting held on 18th March 2026
3.	Estate management
3 (i)	Tree safety survey 2026
3 (ii)	Footpath repairs at Mill Bank
3 (iii)	Cattle grid replacement
4.	Any other business
"""

# A recommendation's lettered limbs under an item are its description, never items.
AGENDA_WITH_LIMBS = """Agenda of the Finance Committee, 3 March 2026

1. Apologies for absence
2. Budget monitoring
(a) to note the forecast underspend of £12,400;
(b) to approve the virement set out in the report.
3. Fees and charges 2026/27
"""


def test_regression_an_items_lettered_parts_printed_under_it_are_items(tmp_path: Path) -> None:
    assert _pdf_items(PARISH_LETTERED_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 14th April 2026"),
        ("3", "Finance"),
        ("3(a)", "Schedule of payments for April 2026"),
        ("3(b)", "Internal audit report 2025/26"),
        ("4", "Reports from committees"),
        ("4(a)", "Planning Committee - 28th April 2026"),
        ("5", "Date of next meeting"),
    ]


def test_regression_an_items_roman_parts_after_its_number_are_items(tmp_path: Path) -> None:
    assert _pdf_items(BOARD_ROMAN_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 18th March 2026"),
        ("3", "Estate management"),
        ("3 (i)", "Tree safety survey 2026"),
        ("3 (ii)", "Footpath repairs at Mill Bank"),
        ("3 (iii)", "Cattle grid replacement"),
        ("4", "Any other business"),
    ]


def test_regression_a_recommendations_limbs_under_an_item_stay_its_description(
        tmp_path: Path) -> None:
    assert _text_items(AGENDA_WITH_LIMBS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Budget monitoring"),
        ("3", "Fees and charges 2026/27"),
    ]


# A lettered part's ref in its own cell, centred beside its title wrapped in the next cell.
PANEL_TABLE_PARTS = """!! Fenwold Fire and Rescue Scrutiny Panel
Notice of a meeting of the Panel to be held on Monday 9th November 2026 at 2.00 pm
^^ AGENDA
|- Item | Subject | Pages |
| 1 | Apologies for absence | |
| 2 | Minutes of the meeting held on 7th September 2026 | 3 - 8 |
| 3 | Service performance | |
| 3(a) | Response times against the Integrated Risk Management Plan - Quarter 2 | 9 - 14 |
| 3(b) | Prevention and protection activity - inspection programme progress | 15 - 20 |
| 4 | Work programme | 21 |
"""


def test_regression_a_lettered_parts_ref_centred_beside_its_wrapped_title(
        tmp_path: Path) -> None:
    assert _pdf_items(PANEL_TABLE_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 7th September 2026"),
        ("3", "Service performance"),
        ("3(a)", "Response times against the Integrated Risk Management Plan - Quarter 2"),
        ("3(b)", "Prevention and protection activity - inspection programme progress"),
        ("4", "Work programme"),
    ]


# ---------------------------------------------- a lead column beside the agenda's business

BOARD_LEAD_COLUMN = """!! Harrowfield Health and Wellbeing Board
Agenda for the meeting on Wednesday 3 March 2027 at 2.00 pm
|- Item | Business | Lead |
| 1. | Welcome, introductions and apologies | Chair |
| 2. | Declarations of interest | Chair |
| 3. | Children and young people | |
| 3.1 | Children's mental health waiting times recovery plan 2026/27 | Director of Public Health |
| 3.2 | Youth offer review | Director of Children's Services |
| 4. | Forward plan | Governance Officer |
"""


def test_regression_a_lead_column_beside_a_sub_items_wrapped_title_and_a_full_title(
        tmp_path: Path) -> None:
    # "3.1" is printed centred beside its wrapped title, its lead on the number's line; item
    # 1's title runs up to the lead column, read with "Chair" as one run
    assert _pdf_items(BOARD_LEAD_COLUMN, tmp_path) == [
        ("1", "Welcome, introductions and apologies"),
        ("2", "Declarations of interest"),
        ("3", "Children and young people"),
        ("3.1", "Children's mental health waiting times recovery plan 2026/27"),
        ("3.2", "Youth offer review"),
        ("4", "Forward plan"),
    ]


# ------------------------------------------------- a minute number printed only in its parts

DRAINAGE_MINUTES = """!! FENHAM LEVEL INTERNAL DRAINAGE BOARD
** MINUTES of a Meeting of the Board held at the Pump House on Thursday 15th January 2026
PRESENT: Mr G. Parfitt (Chairman), Mr R. Sallow, Mrs H. Dunning
** Min. 1 Apologies for absence
Apologies were received from Mr M. Lamb.
** Min. 2 Minutes
It was RESOLVED that the Minutes of the Meeting held on 16th October 2025 be signed.
** Min. 3.1 Accounts for payment
It was RESOLVED that accounts totalling £41,210.55 be approved for payment.
** Min. 3.2 Drainage rate 2026/27
It was RESOLVED that a drainage rate of 8.4p in the £ be made for the year 2026/27.
** Min. 4 Engineer's report
The Engineer reported rainfall of 188mm for October to December.
** Min. 5 Planning and consents
It was RESOLVED that consent be granted for a culvert at Lode Farm.
"""

# A text file's minutes, the items' parts numbered under a code: "FC 7.1", "FC 7.2".
TOWN_MINUTES = """Minutes of the Finance Committee held on 3 March 2026

Present: Councillors D Hart (Chair), P Moss, K Lyle

FC 6 Apologies
Apologies were received from Cllr Lyle.

FC 7.1 Budget monitoring
RESOLVED that the forecast underspend of £12,400 be noted.

FC 7.2 Earmarked reserves
RESOLVED that £5,000 be moved to the play area reserve.

FC 8 Grants
RESOLVED that a grant of £500 be made to the village hall committee.

FC 9 Date of next meeting
Tuesday 7 April 2026.
"""


# A web page's minutes: an item's parts under headings of their own, "Item 3.1", "Item 3.2".
BOARD_HTML = _page(
    "<h1>Kelvinmuir Licensing Board</h1>",
    "<p>Minute of Meeting of the Licensing Board held on Thursday 10 September 2026</p>",
    "<p>Present: Councillor Haig (Convener), Councillors Burns and Muir</p>",
    "<h2>Item 1 &nbsp; Declarations of Interest</h2>",
    "<p>There were no declarations of interest.</p>",
    "<h2>Item 2 &nbsp; Minute of Meeting of 13 August 2026</h2>",
    "<p>The minute was approved as a correct record.</p>",
    "<h2>Item 3 &nbsp; Applications under the Licensing (Scotland) Act 2005</h2>",
    "<h3>Item 3.1 &nbsp; Premises Licence Application: The Ferry Inn, Shore Road</h3>",
    "<p><strong>Decision:</strong> The Board granted the application.</p>",
    "<h3>Item 3.2 &nbsp; Occasional Licence Application: Muir Bowling Club</h3>",
    "<p><strong>Decision:</strong> The Board granted the occasional licence.</p>",
    "<h2>Item 4 &nbsp; Licensing Standards Officer: Activity Report</h2>",
    "<p>The Board noted the report.</p>",
)


def test_regression_an_items_numbered_parts_under_headings_of_their_own_are_minutes(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(BOARD_HTML)
    (ctx,) = contexts(path, "minutes")
    assert numbers(minutes.extract(ctx)) == [
        ("1", "Declarations of Interest"),
        ("2", "Minute of Meeting of 13 August 2026"),
        ("3", "Applications under the Licensing (Scotland) Act 2005"),
        ("3.1", "Premises Licence Application: The Ferry Inn, Shore Road"),
        ("3.2", "Occasional Licence Application: Muir Bowling Club"),
        ("4", "Licensing Standards Officer: Activity Report"),
    ]


def test_regression_a_minute_printed_only_in_numbered_parts_is_read_part_by_part(
        tmp_path: Path) -> None:
    assert numbers(_pdf_minutes(DRAINAGE_MINUTES, tmp_path)) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes"),
        ("3.1", "Accounts for payment"),
        ("3.2", "Drainage rate 2026/27"),
        ("4", "Engineer's report"),
        ("5", "Planning and consents"),
    ]
    assert [(m[0], m[1]) for m in numbers(minutes_of(TOWN_MINUTES, tmp_path))] == [
        ("FC 6", "Apologies"),
        ("FC 7.1", "Budget monitoring"),
        ("FC 7.2", "Earmarked reserves"),
        ("FC 8", "Grants"),
        ("FC 9", "Date of next meeting"),
    ]


# ---------------------------------------------- a bold title broken after a dash or a joining word

HEARING_MINUTES = _paper(
    "!! Marshford District Council",
    "** Licensing Sub-Committee",
    "Minutes of the hearing held at the Guildhall on Monday, 9 March 2026 at 10.00 am",
    "Present:\tCouncillors H Lomax, G Mottram and S Eddowes",
    "** LSC/25/50 Election of Chairman",
    "AGREED that Councillor Lomax be elected Chairman for the hearing.",
    "** LSC/25/51 Licensing Act 2003: application to vary a premises licence - "
    "Wellingborough Arms, 8 Quay Road, Marshford",
    "The Licensing Officer outlined the application and the representations received.",
    "**DECISION:** The Sub-Committee has determined to grant the licence subject to conditions.",
    "** LSC/25/52 Licensing Act 2003: review of the premises licence held in respect of the "
    "Anchor Inn, Quay Road",
    "The Licensing Officer outlined the review application made by the police.",
    "**DECISION:** The Sub-Committee has determined to suspend the licence for one month.",
    "** LSC/25/53 Any other business",
    "There was none.",
)


def test_regression_a_bold_minute_title_broken_after_a_dash_keeps_its_second_line(
        tmp_path: Path) -> None:
    assert numbers(_pdf_minutes(HEARING_MINUTES, tmp_path)) == [
        ("LSC/25/50", "Election of Chairman"),
        ("LSC/25/51", "Licensing Act 2003: application to vary a premises licence - "
                      "Wellingborough Arms, 8 Quay Road, Marshford"),
        ("LSC/25/52", "Licensing Act 2003: review of the premises licence held in respect of "
                      "the Anchor Inn, Quay Road"),
        ("LSC/25/53", "Any other business"),
    ]


# A title that runs up to the lead column, its lead named in no other row (a wide business
# column: the titles fill it on one line).
COMMITTEE_LEAD_COLUMN = """!! Strathlowrie Council
** Finance and Resources Committee
10.00 am, Thursday 5 November 2026
^^ AGENDA
|% 1 6 3
|- Item | Business | Lead
| 1 | Order of Business | Convener
| 2 | Declaration of Interests | Convener
| 3 | Minutes |
| 3.1 | Minute of the Finance and Resources Committee of 17 September 2026 | Committee Services
| 4 | Executive Decisions |
| 4.1 | Revenue Budget Monitoring 2026/27: Month Six Position | Head of Finance
| 4.2 | Award of Contracts for Corporate Cleaning and Janitorial Services | Head of Procurement
| 4.3 | Corporate Risk Register: October 2026 | Chief Internal Auditor
"""


def test_regression_a_title_run_up_to_the_headers_last_column_leaves_that_columns_text(
        tmp_path: Path) -> None:
    assert _pdf_items(COMMITTEE_LEAD_COLUMN, tmp_path) == [
        ("1", "Order of Business"),
        ("2", "Declaration of Interests"),
        ("3", "Minutes"),
        ("3.1", "Minute of the Finance and Resources Committee of 17 September 2026"),
        ("4", "Executive Decisions"),
        ("4.1", "Revenue Budget Monitoring 2026/27: Month Six Position"),
        ("4.2", "Award of Contracts for Corporate Cleaning and Janitorial Services"),
        ("4.3", "Corporate Risk Register: October 2026"),
    ]
