"""Regression tests for the structure misses of round 9's blind batch P on its first run: a
planning pack's application reports headed "Item 6.1" over their labels, an update sheet
tabled with the pack, minutes dated by their "Date:" line under a running head dated for the
pack, a bold minute heading wrapped after its colon, and a planning report's verdict headline
("RECOMMENDATION: REFUSE") over the recommendation worded in full. Each runs on small
generated papers in more than one council's form, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import heldout_accuracy
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.load import load
from kcc_papers.models import AgendaItem, Minute
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "pack.pdfsrc"
    src.write_text(source)
    return heldout_accuracy.render_pdf(src, tmp_path)


def _kinds(source: str, tmp_path: Path) -> list[tuple[str, int, int]]:
    """The documents a generated PDF pack is split into: kind, first and last page."""
    return [(s.kind, s.page_from, s.page_to) for s in segment(load(_pdf(source, tmp_path)))]


FRONT = """## {authority}
^^ PLANNING COMMITTEE
A meeting of the Planning Committee will be held at the Council Offices on 9 June 2026.
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 12 May 2026 (Pages 2 - 3)
3. Applications for planning permission:
3.1 {ref1} - Mill Farm, Eastby: two holiday lets (Pages 4 - 5)
3.2 {ref2} - Land at Church Lane, Westby: six dwellings (Pages 6 - 7)
--- page ---
"""

MINUTES = """## {authority}
** Minutes of the meeting of the Planning Committee held on 12 May 2026 at 10.00 am
Present: Councillors A Brown (Chair), C Dale and E Fox
** 1 Apologies
Councillor G Hart.
** 2 Minutes
RESOLVED: That the minutes of the meeting held on 14 April 2026 be approved.
--- page ---
"""

REPORT = """** Item {item}
{label_ref}:	{ref}
{label_site}:	{site}
Proposal:	{proposal}
Applicant:	Mr and Mrs P Quayle
Case officer:	Jo Lund, Planner
** 1. Site and proposal
1.1 The site is a group of stone barns reached by an existing track from the lane.
** 2. Recommendation
2.1 That planning permission be granted subject to conditions.
--- page ---
"""


@pytest.mark.parametrize(("authority", "labels"), [
    ("Dunmoor National Park Authority", ("Application number", "Site")),
    ("Westerby District Council", ("Reference", "Location")),
    ("Harrowfield Borough Council", ("Application No.", "Address")),
])
def test_regression_sub_item_heading_over_labels_starts_a_report(
        authority: str, labels: tuple[str, str], tmp_path: Path) -> None:
    # "Item 3.1" set in bold over an application's labelled block heads its report: before,
    # a bold "Item N" (and any "Item 3.1") was no stamp and both reports ran on in the minutes.
    pack = FRONT.format(authority=authority, ref1="26/0101/FUL", ref2="26/0144/OUT") + (
        MINUTES.format(authority=authority))
    for item, ref, site in (("3.1", "26/0101/FUL", "Mill Farm, Eastby"),
                            ("3.2", "26/0144/OUT", "Land at Church Lane, Westby")):
        pack += REPORT.format(item=item, label_ref=labels[0], ref=ref, label_site=labels[1],
                              site=site, proposal="Conversion of barns to two holiday lets")
    kinds = _kinds(pack.removesuffix("--- page ---\n"), tmp_path)
    assert [k for k, _, _ in kinds] == ["agenda", "minutes", "report", "report"]
    assert [(f, t) for _, f, t in kinds[2:]] == [(3, 3), (4, 4)]


def test_bold_item_heading_over_prose_is_a_minute_not_a_stamp(tmp_path: Path) -> None:
    # The guard the rule keeps: minutes headed "Item 4" in bold over their text, page after
    # page, stay one document (no labelled block stands under the heading).
    pack = FRONT.format(authority="Westerby District Council", ref1="26/0101/FUL",
                        ref2="26/0144/OUT") + """## Westerby District Council
** Minutes of the meeting of the Planning Committee held on 12 May 2026 at 10.00 am
Present: Councillors A Brown (Chair), C Dale and E Fox
** Item 1
Apologies were received from Councillor G Hart.
--- page ---
** Item 2
The Committee considered the application: the officer presented the report.
RESOLVED: That planning permission be granted.
"""
    assert [k for k, _, _ in _kinds(pack, tmp_path)] == ["agenda", "minutes"]


@pytest.mark.parametrize("title", [
    "Update Sheet - Planning Committee 9 June 2026",
    "Late Representations",
    "Supplementary Information - Planning Committee",
    "Addendum Report",
])
def test_regression_tabled_paper_titled_as_one_is_its_own_report(title: str,
                                                                 tmp_path: Path) -> None:
    # A paper tabled with the pack, headed in the title type at its page's top: before, it
    # ran on as the last application report's page.
    pack = FRONT.format(authority="Dunmoor National Park Authority", ref1="26/0101/FUL",
                        ref2="26/0144/OUT") + MINUTES.format(
        authority="Dunmoor National Park Authority") + REPORT.format(
        item="3.1", label_ref="Application number", ref="26/0101/FUL", label_site="Site",
        site="Mill Farm, Eastby", proposal="Conversion of barns") + f"""## {title}
Information received since the agenda was published. This sheet is tabled at the meeting.
** Item 3.1 - 26/0101/FUL - Mill Farm
One further letter of support received. No change to the recommendation.
The parish council has withdrawn its objection by email of 5 June 2026.
The highway authority confirms that the visibility splays are acceptable.
** Item 3.2 - 26/0144/OUT - Land at Church Lane
Two further letters of objection received, raising no new matters.
"""
    assert _kinds(pack, tmp_path)[-2:] == [("report", 3, 3), ("report", 4, 4)]


@pytest.mark.parametrize(("header", "heading", "date_line"), [
    ("Dunmoor National Park Authority - Planning Committee - 9 June 2026",
     "Planning Committee: Minutes", "Date: 12 May 2026, Council Offices, 10.00 am"),
    ("Harbour Board - 9 June 2026", "Harbour Board - Minutes",
     "Date of meeting: Tuesday 12 May 2026"),
])
def test_regression_minutes_dated_by_their_date_line_not_the_running_head(
        header: str, heading: str, date_line: str, tmp_path: Path) -> None:
    # The running head carries the pack's meeting date onto the minutes' pages: the minutes'
    # own "Date:" line dates them (before, the head's 9 June was taken).
    pack = f"""%% header {header}
## Dunmoor National Park Authority
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 12 May 2026
3. Budget monitoring
--- page ---
## Dunmoor National Park Authority
** {heading}
{date_line}
Present: Mr A Brown (Chair), Ms C Dale, Cllr E Fox
** 1 Apologies
Cllr G Hart.
** 2 Budget
Decision: That the report be noted.
"""
    result = process_file(str(_pdf(pack, tmp_path)))
    minutes = [d for d in result.documents if d.kind == "minutes"]
    assert [str(d.meeting_date) for d in minutes] == ["2026-05-12"]


@pytest.mark.parametrize("title", [
    "PC/41 NP/25/0390/FUL - Tarn Foot Campsite, Ullsby: 12 camping pods and amenity block "
    "with car parking",
    "17 26/00412/FUL - Land off Mill Road, Eastby: erection of nine dwellings and associated "
    "access road",
])
def test_regression_bold_minute_heading_wrapped_after_its_colon_keeps_its_title(
        title: str, tmp_path: Path) -> None:
    # A bold heading filling its line and wrapped onto a bold line in lower case: before, the
    # words after its colon (or dash) were read as the minute's text and the title cut there.
    number, _, printed = title.partition(" ")
    pack = f"""## Dunmoor National Park Authority
** Minutes of the meeting of the Planning Committee held on 12 May 2026 at 10.00 am
Present: Mr A Brown (Chair), Ms C Dale, Cllr E Fox
** {number.removesuffix('/41')}{'/40' if '/' in number else ''} Apologies
Cllr G Hart.
** {title}
The Senior Planner presented the application. Two objectors and the applicant spoke.
Decision: That planning permission be granted subject to the conditions in the report.
"""
    result = process_file(str(_pdf(pack, tmp_path)))
    titles = [r.title for r in result.records if isinstance(r, Minute)]
    assert titles[-1] == printed


def _lines(text: str) -> list[tuple[int, str]]:
    return [(1, line) for line in text.strip().splitlines()]


@pytest.mark.parametrize(("head", "body", "wanted"), [
    ("RECOMMENDATION: REFUSE", "2.1 That outline planning permission be refused for the reason "
     "that the site is isolated from the settlement.", "be refused for the reason"),
    ("Recommendation - APPROVE subject to conditions", "3.1 That planning permission be granted "
     "subject to conditions covering materials and lighting.", "be granted subject to"),
    ("RECOMMENDATION: GRANT", "4.1 That the Head of Planning be authorised to grant planning "
     "permission subject to a section 106 agreement.", "be authorised to grant"),
])
def test_regression_verdict_headline_gives_way_to_the_worded_recommendation(
        head: str, body: str, wanted: str) -> None:
    # The verdict in capitals at a planning report's head summarises the recommendation worded
    # further on: before, the headline was the report's decision ("REFUSE") and the full
    # paragraph was dropped as its near-copy, or both were kept as two decisions.
    number = body.split(".", 1)[0]
    blocks = find_recommendations(_lines(f"""
{head}
1. Assessment
1.1 The proposal lies outside the settlement boundary in open countryside.
{number}. Recommendation
{body}
"""))
    assert len(blocks) == 1 and wanted in blocks[0].text


def test_verdict_headline_alone_is_the_recommendation() -> None:
    # A report that words its recommendation nowhere else keeps its headline.
    blocks = find_recommendations(_lines("""
RECOMMENDATION: APPROVE subject to conditions
1. Assessment
1.1 The proposal accords with policy.
"""))
    assert [b.text for b in blocks] == ["APPROVE subject to conditions"]


AGENDA_AND_MINUTES = """## {council}
** Corporate Parenting Panel
Date:	Wednesday 24 June 2026
** AGENDA
1. Apologies
2. Minutes of the meeting held on 22 April 2026 (Pages 2 - 3)
3. Scorecard (Pages 4 - 5)
4. Fostering update (Pages 6 - 7)
--- page ---
## {council}
** Minutes of a meeting of the Corporate Parenting Panel held on Wednesday 22 April 2026
Present: Councillor J Pellow (Chair); Councillors R Ashdown and K Brandon
** 18/26 Apologies
Apologies were received from Councillor Sethi.
** 19/26 Minutes of the last meeting
Resolved: That the minutes of the meeting held on 11 February 2026 be agreed.
--- page ---
"""


@pytest.mark.parametrize("rows", [
    ("Report title | Fostering Sufficiency Update", "Meeting | Corporate Parenting Panel",
     "Date | 24 June 2026", "Report by | Head of Fostering", "Classification | Unrestricted"),
    ("Subject | Virtual School Annual Report", "Committee | Children's Scrutiny Committee",
     "Report author | Dr L Achebe", "Key decision | No", "Wards affected | All"),
])
def test_regression_cover_sheet_table_of_labels_starts_a_report(rows: tuple[str, ...],
                                                                tmp_path: Path) -> None:
    # A report opened by a cover sheet's table (labels and values in two columns, no colon),
    # with no stamp or title above it: before, it ran on as the minutes' last pages.
    table = "|# Cover sheet | Detail |\n" + "\n".join(f"| {row} |" for row in rows)
    pack = AGENDA_AND_MINUTES.format(council="Hartsmere County Council") + f"""{table}
** Recommendation
The Panel is asked to NOTE the progress of the campaign.
** 1. Background
1.1 The County Council had 298 fostering households at 31 May 2026.
"""
    assert [k[1:] for k in _kinds(pack, tmp_path)] == [(1, 1), (2, 2), (3, 3)]
    assert _kinds(pack, tmp_path)[-1][0] == "report"


def test_table_of_one_repeated_label_is_no_cover_sheet(tmp_path: Path) -> None:
    # A table whose wrapped cells print "Committee" again and again (an allocation of seats)
    # is no cover sheet: the labels must differ.
    pack = AGENDA_AND_MINUTES.format(council="Hartsmere County Council") + """|# Committee | Seats |
| Committee | 6 |
| Committee of the Whole | 8 |
| Committee on Appeals | 3 |
| Committee for Standards | 4 |
"""
    assert [k for k, _, _ in _kinds(pack, tmp_path)] == ["agenda", "minutes"]


def test_regression_appendix_in_its_reports_section_type_stays_with_the_report(
        tmp_path: Path) -> None:
    # A report titled in the type of its numbered sections: an appendix headed in that type
    # at a page's top is one more section of it (before, it was split off as a paper of its
    # own).
    report = """<< Agenda Item 4
** Call-in of Cabinet Decision CAB/2026/014: Car Parking Charges
Meeting: Overview and Scrutiny Committee
Report of: Monitoring Officer
** 1. Purpose of the report
1.1 To set out the call-in of the Cabinet's decision of 19 February 2026.
** 2. Recommendation
2.1 That the Committee considers the reasons for the call-in.
--- page ---
{heading} Appendix A - Call-in request form
|- Field | Detail |
| Decision called in | CAB/2026/014 |
| Received | 2.40 pm, 26 February 2026 |
| Signed by | Five members of the Committee |
| Reasons | Consultation; equality impact; trade assessment |
"""
    pack = AGENDA_AND_MINUTES.format(council="Marshfield District Council")
    section = _kinds(pack + report.format(heading="**"), tmp_path)
    assert [k[1:] for k in section][-1] == (3, 4)


@pytest.mark.parametrize(("line", "title"), [
    ("10.50\t6. Harbour Wall Repairs Contract 2026-2028 - tender award (Phases 1 and 2)",
     "Harbour Wall Repairs Contract 2026-2028 - tender award (Phases 1 and 2)"),
])
def test_regression_agenda_title_broken_inside_its_brackets_goes_on(line: str, title: str,
                                                                     tmp_path: Path) -> None:
    # The margin broke the title inside a bracket it opened: before, the title was cut there
    # ("... tender award (Lots 1") and its close read as the item's description.
    pack = f"""## Saltmouth Harbour Board
** AGENDA
1. Apologies for absence
2. Declarations of interest
3. Minutes of the meeting held on 24 April 2026
4. Matters arising
5. Harbour Master's report
{line}
7. Harbour dues and charges 2027 - first consideration
8. Correspondence
"""
    result = process_file(str(_pdf(pack, tmp_path)))
    titles = {r.item_ref: r.title for r in result.records if isinstance(r, AgendaItem)}
    assert titles["6"] == title


@pytest.mark.parametrize(("body", "last"), [
    ("Northmoor Police, Fire and Crime Panel", "Date of next meeting: 19 March 2026 (reserve "
     "date for precept reconsideration: 18 February 2026)"),
    ("Eastvale Joint Waste Committee", "Annual report of the Joint Committee 2025/26 and "
     "forward work programme for the coming municipal year"),
])
def test_regression_unpaged_row_centred_beside_its_wrapped_cell_is_an_item(
        body: str, last: str, tmp_path: Path) -> None:
    # A table printed without rules whose pages cell is empty: the row's number is centred on
    # the middle line of its wrapped title, which breaks at its column's edge, not the page's
    # margin. Before, the row was lost (no item 5).
    pack = f"""## {body}
Wednesday, 4 February 2026 at 1.30 pm
^^ A G E N D A
|- No. | Business | Pages |
| 1 | Welcome and apologies |   |
| 2 | Declarations of interest |   |
| 3 | Minutes of the meeting held on 14 January 2026 | 3 - 5 |
| 4 | Public questions |   |
| 5 | {last} |   |
Papers are published a week before the meeting on the website of the host authority.
"""
    result = process_file(str(_pdf(pack, tmp_path)))
    titles = {r.item_ref: r.title for r in result.records if isinstance(r, AgendaItem)}
    assert titles.get("5") == last


TEXT_PACK = """KILBRAE AND DUNMORE COMMUNITY COUNCIL

NOTICE OF MEETING AND AGENDA
Monday 14th September 2026 at 7.00pm, Kilbrae Village Hall

1. Apologies
2. Minutes of the meeting of 10th August 2026
3. {title}
\fKILBRAE AND DUNMORE COMMUNITY COUNCIL

Minutes of the Ordinary Meeting held in Kilbrae Village Hall on Monday 10th August 2026

Present: E. Cowie (Chair), H. Duthie, M. Ross
1. APOLOGIES
   None.
2. MINUTES
   AGREED: that the minutes of 8th June 2026 be approved as a correct record.
\fKILBRAE AND DUNMORE COMMUNITY COUNCIL

{title_caps}
For the meeting of 14th September 2026
Prepared by: {author}

1. ACCOUNTS AT 31ST AUGUST 2026
   The general account held 4,812.40 at the end of August.
2. RECOMMENDATION
   The {author_role} recommends that the Community Council accepts the quotation of Aird
   Electrical Contractors Ltd of 2,460.00 for the festive lights.
"""


@pytest.mark.parametrize(("title", "author"), [
    ("Treasurer's report", "Hamish Duthie, Treasurer"),
    ("Secretary's report on the path network", "Morag Ross, Secretary"),
])
def test_regression_paper_headed_by_who_prepared_it_starts_a_report(
        title: str, author: str, tmp_path: Path) -> None:
    # A text pack's paper: its title in capitals over "Prepared by: ..." at a page's top.
    # Before, only "Report of/by" and "Report author:" were read so, and the paper ran on as
    # the minutes' last page.
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_PACK.format(title=title, title_caps=title.upper(), author=author,
                                     author_role=author.split(", ")[-1]))
    kinds = [(s.kind, s.page_from) for s in segment(load(path))]
    assert [k for k, _ in kinds[-2:]] == ["minutes", "report"] and kinds[-1][1] == 3
