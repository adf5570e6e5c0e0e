"""Held-out round 33, documents left after fixer B: the rules the round's misses showed (the
last minutes printed on under the agenda's end on its page, a joint body's name beside the
column of its member councils, a report headed "A report by ... to the ... Committee", a
report headed "Committee:" over "Author:", a web page's lead saying it is another version of
the report), each on a small paper in the layout that showed it, with a case the rule must
not reach."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, pack_documents, source_lines
from kcc_papers.extract.meetings.council_columns import left_of_councils
from kcc_papers.load.model import Line
from kcc_papers.segment_starts.report_heads import REPORT_BY_TO

# r33b: a district's text pack, form feeds between its pages, the last minutes printed on
# under the agenda's last item on the agenda's page (no form feed between them).
TEXT_PACK = """                 MARSHFORD BOROUGH COUNCIL

                     LICENSING COMMITTEE

Date:    Tuesday, 8 April 2025
Time:    7.00 pm
Venue:   Committee Room 2, Civic Offices, Marshford

                              AGENDA

1.   Apologies for Absence
2.   Declarations of Interest
3.   Minutes of the Meeting held on 11 March 2025            1 - 3
4.   Review of Street Trading Policy                         4 - 12


                 MARSHFORD BOROUGH COUNCIL

        MINUTES OF THE MEETING OF THE LICENSING COMMITTEE
                 HELD ON TUESDAY, 11 MARCH 2025

PRESENT: Councillor P. Rowntree (Chair) and Councillors D. Astley,
M. Belcher and S. Quarry.

41.  APOLOGIES FOR ABSENCE

An apology for absence was received from Councillor T. Ford.

42.  HACKNEY CARRIAGE FARES

RESOLVED: That the table of hackney carriage fares be approved.
\f43.  TAXI LICENSING POLICY

RESOLVED: That the draft policy be approved for consultation.

The meeting closed at 8.15 pm.
\f                                              Agenda Item 4

                 MARSHFORD BOROUGH COUNCIL

                     LICENSING COMMITTEE
                        8 April 2025

              REVIEW OF STREET TRADING POLICY

Report of: Head of Regulatory Services

1. The Council's street trading policy was adopted in 2019 and is due for review.

2. RECOMMENDATION: That the Committee approves the revised policy for consultation.
"""


def test_minutes_printed_on_under_the_agenda_on_its_page_start_there(tmp_path: Path) -> None:
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_PACK)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2025-04-08", "Licensing Committee"),
        ("minutes", "2025-03-11", "Licensing Committee"),
        ("report", "2025-04-08", "Licensing Committee"),
    ]


def test_an_agenda_row_naming_minutes_with_no_one_present_under_it_starts_none(
        tmp_path: Path) -> None:
    # (the agenda's own row names the minutes to confirm; no "Present:" follows it: the
    # minutes are on the next page, where the form feed starts them)
    pack = TEXT_PACK.replace(
        "4.   Review of Street Trading Policy                         4 - 12\n",
        "4.   Review of Street Trading Policy                         4 - 12\n"
        "5.   Minutes of the Meeting of the Licensing Sub-Committee held on 20 March 2025\n"
        "     (for information)\n")
    path = tmp_path / "pack.txt"
    path.write_text(pack)
    kinds = [d[0] for d in documents_of(path) if d[0] != "pack"]
    assert kinds == ["agenda", "minutes", "report"]


# r33f: a joint committee's masthead in two columns: its name on the left, its member
# councils listed on the right, both wrapped over the same lines.
JOINT_PACK = source_lines(
    "%% header Harrowdale Vale Joint Parking Board",
    "<> HARROWDALE VALE JOINT PARKING BOARD || Fellmouth District Council, Harrowdale Borough "
    "Council, Overmoor County Council",
    "<> Wednesday 14 October 2026 at 10.00 am || Committee Room A, Fellmouth Town Hall",
    "## Agenda",
    "|- Item | Title | Lead |",
    "| 1 | Apologies for absence | Chair |",
    "| 2 | Minutes of the meeting held on 8 July 2026 | Chair |",
    "| 3 | Parking Enforcement Annual Report | Parking Manager |",
    "--- page ---",
    "## Harrowdale Vale Joint Parking Board",
    "** Minutes of the meeting held on Wednesday 8 July 2026",
    "Present:\tCouncillors T. Ashworth (Chair), B. Kettle and W. Sowerby",
    "** 1 Apologies for absence",
    "None.",
    "** 2 Parking charges",
    "RESOLVED: That the charges for 2027 be approved.",
)


def test_a_joint_bodys_name_is_read_from_its_own_column(tmp_path: Path) -> None:
    assert pack_documents(JOINT_PACK, tmp_path)[0] == (
        "agenda", "2026-10-14", "Harrowdale Vale Joint Parking Board")


def _two_runs(left: str, right: str) -> Line:
    return Line(text=f"{left} {right}", spans=[(60.0, left), (310.0, right)])


def test_a_right_column_that_lists_no_councils_leaves_the_line_whole() -> None:
    councils = [_two_runs("NORTHFLEET JOINT", "Eastling District Council, Sheppey"),
                _two_runs("COMMITTEE", "Borough Council")]
    venue = [_two_runs("NORTHFLEET JOINT", "Committee Room 1, Eastling"),
             _two_runs("COMMITTEE", "Council Offices")]
    assert left_of_councils(councils) == ["NORTHFLEET JOINT", "COMMITTEE"]
    assert left_of_councils(venue) == [None, None]


# r33a: a county's committee pack, each item's report under the council's masthead headed by
# its lettered item in bold, its title, then "A report by <officer> to the <committee> on
# <date>." (no "Report of:" label).
LETTERED_PACK = source_lines(
    "## SOUTHMERE COUNTY COUNCIL",
    "!! PLANNING APPLICATIONS COMMITTEE",
    "Wednesday, 12 November 2025 at 10.00 am",
    "** AGENDA",
    "** A. FORMALITIES",
    "A1 Minutes of the meeting held on 10 September 2025",
    "** B. APPLICATIONS",
    "B1 Extension to Fordwich Quarry",
    "B2 Waste transfer station at Elmsted",
    "--- page ---",
    "## SOUTHMERE COUNTY COUNCIL",
    "!! PLANNING APPLICATIONS COMMITTEE",
    "MINUTES of a meeting of the Planning Applications Committee held at County Hall on "
    "Wednesday, 10 September 2025.",
    "PRESENT: Mr A Bekesbourne (Chair), Mrs C Wingham and Mr D Ickham",
    "** 12. Minutes",
    "RESOLVED that the minutes of the meeting held on 9 July 2025 be approved.",
    "--- page ---",
    "## SOUTHMERE COUNTY COUNCIL",
    "|- Item B1 | |",
    "| Extension to Fordwich Quarry | |",
    "A report by the Head of Planning Applications to the Planning Applications Committee on "
    "Wednesday 12 November 2025.",
    "Recommendation: I recommend that permission be granted subject to conditions.",
    "1. The quarry has worked sand and gravel since 1987.",
    "--- page ---",
    "## SOUTHMERE COUNTY COUNCIL",
    "|- Item B2 | |",
    "| Waste transfer station at Elmsted | |",
    "A report by the Head of Planning Applications to the Planning Applications Committee on "
    "Wednesday 12 November 2025.",
    "Recommendation: I recommend that permission be refused.",
    "1. The site lies in the open countryside.",
)


def test_a_report_by_its_author_to_the_committee_heads_a_report(tmp_path: Path) -> None:
    assert pack_documents(LETTERED_PACK, tmp_path) == [
        ("agenda", "2025-11-12", "Planning Applications Committee"),
        ("minutes", "2025-09-10", "Planning Applications Committee"),
        ("report", "2025-11-12", "Planning Applications Committee"),
        ("report", "2025-11-12", "Planning Applications Committee"),
    ]


def test_a_minutes_sentence_about_a_report_is_no_report_head() -> None:
    assert REPORT_BY_TO.match(
        "A report by the Head of Planning Applications to the Planning Applications Committee")
    assert not REPORT_BY_TO.match(
        "A report by the Director of Finance sought approval to award a contract.")
    assert not REPORT_BY_TO.match(
        "A report by the Director of Finance was noted. It went to the Cabinet.")


# r33f: a district's audit pack, a report titled in heading type over "Committee:", "Date:"
# and "Author:" (no "Report to:" or "Report of:").
AUTHORED_PACK = source_lines(
    "## Kestermoor District Council",
    "** Governance Committee",
    "Tuesday 17 March 2026 at 6.00 pm",
    "** Agenda",
    "1. Minutes of the Meeting held on 13 January 2026",
    "2. Treasury Management Mid-Year Review 2025/26",
    "--- page ---",
    "## Governance Committee",
    "** Minutes of the Meeting held on Tuesday 13 January 2026",
    "Present: Councillors R. Hale (Chairman), J. Brook and S. Ling",
    "** GC/31 Minutes",
    "RESOLVED that the minutes of the meeting held on 11 November 2025 be approved.",
    "--- page ---",
    "## Treasury Management Mid-Year Review 2025/26",
    "Committee:\tGovernance Committee",
    "Date:\t17 March 2026",
    "Author:\tChief Finance Officer",
    "** Recommendation",
    "That the Committee notes the treasury management activity for the first half of the year.",
)


def test_a_title_over_its_committee_and_author_labels_heads_a_report(tmp_path: Path) -> None:
    assert pack_documents(AUTHORED_PACK, tmp_path) == [
        ("agenda", "2026-03-17", "Governance Committee"),
        ("minutes", "2026-01-13", "Governance Committee"),
        ("report", "2026-03-17", "Governance Committee"),
    ]


def test_an_author_label_without_the_committee_over_it_heads_nothing(tmp_path: Path) -> None:
    # (a report's closing block, its heading over "Author:", at its next page's top)
    pack = AUTHORED_PACK + source_lines(
        "--- page ---",
        "## Background papers",
        "Author:\tChief Finance Officer",
        "Treasury Management Strategy 2025/26, Council, 26 February 2025.",
    )
    assert len(pack_documents(pack, tmp_path)) == 3


# r33a: a county's web page of a report, its lead saying it is the accessible version of the
# report for an item, before the report's title and its "By/To/Subject" head.
ACCESSIBLE_PAGE = html_page(
    "<p>Northmarsh County Council</p>",
    "<p>Accessible version of the report for Item 4, Adult Social Care Cabinet Committee, "
    "Thursday 20 November 2025, 2.00 pm, Council Chamber. The PDF version is available from "
    "the meeting page.</p>",
    "<h1>Adult Social Care Quarterly Update</h1>",
    "<table><tr><td>By</td><td>Mr T Hythe, Cabinet Member for Adult Social Care</td></tr>",
    "<tr><td>To</td><td>Adult Social Care Cabinet Committee - 20 November 2025</td></tr>",
    "<tr><td>Subject</td><td>Adult Social Care Quarterly Update</td></tr></table>",
    "<h2>Summary</h2>",
    "<p>This report updates the Committee on the service's work in the quarter.</p>",
    "<h2>Recommendation(s)</h2>",
    "<p>The Committee is asked to NOTE the report.</p>",
)


def test_a_pages_lead_saying_it_is_a_version_of_the_report_is_no_document(
        tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ACCESSIBLE_PAGE, encoding="utf-8")
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("report", "2025-11-20", "Adult Social Care Cabinet Committee")]
