"""Session 45's fixer 2 of the older papers left (r25g's company board, r26i's key points
panel, r29c's work programme page): each rule on a small paper written here in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_decision_rows, source_lines

# A company's board pack: its notice names the "Board of Directors", its reports' masthead
# and running head name the company, then "BOARD" alone (r25g).
COMPANY_BOARD_PACK = source_lines(
    "%% header Harrowgate Homes Limited - Board - 12 May 2027",
    "## HARROWGATE HOMES LIMITED",
    "** A wholly owned company of Harrowgate District Council",
    "** NOTICE OF MEETING OF THE BOARD OF DIRECTORS",
    "Date:\tWednesday, 12 May 2027",
    "Time:\t10.00 am",
    "Place:\tThe Boardroom, Mill House, Harrowgate",
    "** AGENDA",
    "| Item | Business | Paper |",
    "| 1 | Apologies | |",
    "| 2 | Annual Business Plan 2027-2030 | HHL 1 |",
    "| 3 | Any other business | |",
    "--- page ---",
    "^^ P A P E R   H H L   1",
    "** HARROWGATE HOMES LIMITED - BOARD - 12 MAY 2027",
    "** ANNUAL BUSINESS PLAN 2027-2030",
    "Author:\tMaria Oyelaran, Managing Director",
    "Purpose:\tFor decision",
    "** 1. Recommendation",
    "1.1 That the Board approves the business plan for 2027-2030 for submission to the"
    " shareholder.",
    "** 2. Background",
    "2.1 The plan proposes 180 new homes over three years within the loan facility agreed"
    " with the council.",
)


def test_company_report_named_board_takes_the_board_of_directors(tmp_path: Path) -> None:
    # the report's "BOARD" is the body its notice names in full: "Board of Directors"
    # (documents._named_by_tail), as round 6 names a company's board
    docs = pack_documents(COMPANY_BOARD_PACK, tmp_path)
    assert [(kind, body) for kind, _, body in docs] == [
        ("agenda", "Board of Directors"), ("report", "Board of Directors")]


# A report's recommendation printed in the left column beside a "Key points" panel, under a
# label line whose value reaches past the column's wrapped lines (r26i): judged with it, the
# column's lines look short of filling it.
KEY_POINTS_REPORT = source_lines(
    "%% ligatures",
    "## EASTBROOK HOUSING ASSOCIATION",
    "** Customer Committee - 9 June 2026",
    "** Complaints Performance: Quarter 4 2025/26",
    "Report by:\tDirector of Housing Services",
    "Purpose:\tFor assurance",
    "<> Recommendation: The Committee is asked to note the Customer Satisfaction Measures"
    " scorecard for Quarter 4 2025/26. || Key points: stage one responses are on target; stage two"
    " responses and the time taken to close cases remain off target.",
    "** 1. Context",
    "1.1 The Association received 412 complaints in the quarter, of which 57 went to stage"
    " two.",
)


def test_recommendation_beside_a_key_points_panel_is_read_whole(tmp_path: Path) -> None:
    # the label line above the columns is no line of the left column (columns._lefts_from_beside)
    assert source_decision_rows(KEY_POINTS_REPORT, "report", tmp_path) == [
        ("The Committee is asked to note the Customer Satisfaction Measures scorecard for"
         " Quarter 4 2025/26.", "noted")]


# A cabinet advisory group's pack: its front names the group, a report under the council's
# masthead, then the group's own work programme under the group's letter-spaced masthead,
# its title in the masthead's type (r29c).
GROUP_PACK = source_lines(
    "%% header Wenbury District Council",
    "^^ WENBURY DISTRICT COUNCIL",
    "## Housing and Communities Cabinet Advisory Group",
    "Date:\tTuesday, 9 March 2027",
    "Time:\t6.00 pm",
    "Venue:\tCommittee Room 1, Council Offices, Wenbury",
    "** AGENDA",
    "| Item | Subject | Pages |",
    "| 1 | Apologies for absence | |",
    "| 2 | Homelessness Prevention Grant Allocation | 2 - 3 |",
    "| 3 | Work programme | 4 |",
    "--- page ---",
    "^^ WENBURY DISTRICT COUNCIL",
    "## Report to the Housing and Communities Cabinet Advisory Group",
    "Date of meeting:\t9 March 2027",
    "Report of:\tHousing Options Manager",
    "Subject:\tHomelessness Prevention Grant Allocation",
    "** 1. Purpose",
    "1.1 To seek the Group's views on the allocation of the homelessness prevention grant for"
    " 2027/28 before the Cabinet decides it.",
    "** 2. Recommendation",
    "2.1 That the Cabinet Advisory Group recommends to Cabinet that the allocation at"
    " Appendix A be approved.",
    "--- page ---",
    "** Appendix A: Proposed allocation",
    "|- Service | Allocation |",
    "| Rent deposit scheme | £84,000 |",
    "| Tenancy sustainment officers | £126,000 |",
    "--- page ---",
    "^^ HOUSING AND COMMUNITIES CABINET ADVISORY GROUP",
    "** Work Programme 2026/27",
    "|# Meeting | Item | Lead officer |",
    "| 9 March 2027 | Homelessness prevention grant | Housing Options Manager |",
    "| 8 June 2027 | Empty homes strategy | Private Sector Housing Manager |",
)


def test_work_programme_under_the_groups_masthead_is_a_paper_of_its_own(
        tmp_path: Path) -> None:
    # the page under the group's own masthead, titled as the agenda's item 3, starts that
    # item's paper (masthead_titled_pages)
    docs = pack_documents(GROUP_PACK, tmp_path)
    assert [kind for kind, _, _ in docs] == ["agenda", "report", "report"]
