"""Held-out round 32, documents of batches B and D: the rules the round's misses showed (local
government reorganisation bodies: an implementation executive and a shadow executive under
their shadow authority's name, a shadow body's "first meeting", a joint committee's long name
wrapped in its report's "Report to:" cell; a district council's minutes web page; a district
cabinet's short template of one-page reports), each on a small paper in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, pack_kinds, rendered

# An implementation executive's pack (r32b): the front prints the shadow authority's name over
# the executive's short name, the running head a longer one; each report is headed by the
# authority's name over its labels, "Report to: Implementation Executive".
IMPLEMENTATION_EXECUTIVE = """%% header Corvedale Implementation Executive
%% footer Corvedale Council (Shadow Authority) | Implementation Executive 3 December 2026 | {page}
## Corvedale Council (Shadow Authority)
## Implementation Executive
Date:	Thursday 3 December 2026
Time:	6.00 pm
Venue:	Council Chamber, Ludmore House, Ludmore LM1 2AB
** AGENDA
|~ Item | Business | Page |
| 1 | Apologies for Absence | |
| 2 | Depot Strategy | 2 |
--- page ---
## Corvedale Council (Shadow Authority)
| Report to: | Implementation Executive |
| Date: | 3 December 2026 |
| Report of: | Implementation Programme Director |
| Title: | Depot Strategy |
** 1. Recommendations
1.1 That the Implementation Executive approves the depot strategy for the new council.
** 2. Background
2.1 The predecessor councils run five depots between them; the new council needs three.
"""


def test_an_implementation_executive_is_the_body_of_its_pack(tmp_path: Path) -> None:
    docs = documents_of(rendered(IMPLEMENTATION_EXECUTIVE, tmp_path))
    assert [(kind, committee) for kind, _, committee in docs[1:]] == [
        ("agenda", "Implementation Executive"), ("report", "Implementation Executive")]


# A shadow executive's pack (r32b): the front prints the new council's name, "Shadow
# Authority" under it and the executive's name letter-spaced; the running head prints the
# council's name with "(Shadow Authority)" after it, the running foot the executive's name; the
# minutes are of "the first meeting of the Shadow Executive".
SHADOW_EXECUTIVE = """%% header West Teme Council (Shadow Authority)
%% footer Shadow Executive | 9 July 2026 | {page}
## West Teme Council
!! Shadow Authority
^^ S H A D O W   E X E C U T I V E
Date:	Thursday 9 July 2026
Time:	10.00 am
Venue:	Council Chamber, Teme House, Bromyard BR7 4HA
^^ A G E N D A
| No. | Item | Lead |
| 1 | Apologies for Absence | |
| 2 | Minutes of the First Meeting held on 11 June 2026 | Chair |
--- page ---
## West Teme Council
!! Shadow Authority
** Minutes of the first meeting of the Shadow Executive held at Teme House on Thursday 11 June 2026
Present:	Councillors A. Burford (Shadow Leader, in the Chair), C. Dorrell and E. Fownhope
** SE/1 Apologies for Absence
None.
** SE/2 Interim Constitution
RESOLVED: That the Shadow Executive recommends the Shadow Authority to adopt the constitution.
"""


def test_a_shadow_executive_spaced_on_its_front_is_its_packs_body(tmp_path: Path) -> None:
    docs = documents_of(rendered(SHADOW_EXECUTIVE, tmp_path))
    assert ("agenda", "2026-07-09", "Shadow Executive") in docs


def test_the_first_meeting_of_a_body_is_no_part_of_its_name(tmp_path: Path) -> None:
    docs = documents_of(rendered(SHADOW_EXECUTIVE, tmp_path))
    assert ("minutes", "2026-06-11", "Shadow Executive") in docs


# A joint committee's report (r32b): its long name wraps in the "Report to:" cell of the
# report's header table, the label set beside the cell's middle ("Report to:" between the
# name's first line and its last word, "Committee", in the text's order).
JOINT_COMMITTEE_REPORT = """%% header Teme and Corve Local Government Reorganisation Joint Committee
%% footer Joint Committee, 15 October 2025 | Page {page}
## Teme and Corve Local Government Reorganisation Joint Committee
| Report to: | Teme and Corve Local Government Reorganisation Joint Committee |
| Date of meeting: | 15 October 2025 |
| Report of: | Programme Director (LGR), on behalf of the five Chief Executives |
| Subject: | Joint Committee Budget 2025/26 |
** 1. Recommendation
1.1 That the Joint Committee approves a budget of £840,000 for 2025/26.
** 2. Background
2.1 The five councils share the cost of the Joint Committee by population.
"""


def test_a_joint_committees_name_wrapped_in_its_report_to_cell(tmp_path: Path) -> None:
    docs = documents_of(rendered(JOINT_COMMITTEE_REPORT, tmp_path))
    assert docs[-1][2] == "Teme and Corve Local Government Reorganisation Joint Committee"


# A district council's minutes web page (r32b): the page titled "Minutes: Extraordinary
# Council" over its details (date, venue, status: approved at a later meeting), the members
# present in a long paragraph, then "Minutes" over the numbered minutes.
MINUTES_WEB_PAGE = html_page(
    "<p>Corvebury District Council</p>",
    "<h1>Minutes: Extraordinary Council</h1>",
    "<dl><dt>Date</dt><dd>Tuesday 14 October 2025, 7.00 pm</dd>"
    "<dt>Venue</dt><dd>Council Chamber, Corvebury House, Corvebury CB1 1AA</dd>"
    "<dt>Status</dt><dd>Approved at the meeting of Council on 2 December 2025</dd></dl>",
    "<h2>Attendance</h2>",
    "<p><strong>Present:</strong> Councillor Jane Pembridge (Chairman of the Council) in the "
    "Chair; Councillors Aston, Bircher, Clee, Diddlebury, Eardisland, Felton, Gatley, Hopton, "
    "Ivington, Kinlet, Leinthall, Munslow, Norbury, Onibury, Peaton, Richards Castle</p>",
    "<h2>Minutes</h2>",
    "<h3>21 Apologies for absence</h3>",
    "<p>Apologies for absence were received from Councillor Stanton.</p>",
    "<h3>22 Local Government Reorganisation: Final Proposal</h3>",
    "<p>RESOLVED: That the Council submits the proposal for two unitary councils.</p>",
)


def test_a_minutes_web_page_titled_as_minutes_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(MINUTES_WEB_PAGE)
    assert [(kind, date) for kind, date, _ in documents_of(path)] == [
        ("minutes", "2025-10-14")]


# A district cabinet's short template (r32d): each report one page, titled, the line under
# the title naming the meeting, the item and whose report it is, then "What we are asking".
SHORT_TEMPLATE_PACK = """%% header Corvebury District Council | Cabinet | 4 November 2026
## Cabinet
When:	Tuesday 4 November 2026, 6pm
Where:	Council Chamber, Corvebury House
** Agenda
|- Item | Subject | Page |
| 1 | Apologies | |
| 2 | Play areas contract 2027 to 2031 | 2 |
| 3 | Car parking charges 2027 | 3 |
--- page ---
** Play areas contract 2027 to 2031
Cabinet, 4 November 2026 | Item 2 | Key decision | Report of the Director of Place
** What we are asking
That Cabinet awards the play areas inspection contract for 2027 to 2031 to Clee Play Services Ltd.
** Why
The current contract ends on 31 March 2027. We had four tenders.
--- page ---
** Car parking charges 2027
Cabinet, 4 November 2026 | Item 3 | Key decision | Report of the Director of Place
** What we are asking
That Cabinet agrees the car parking charges for 2027.
** Why
The charges have not changed since 2024.
"""


def test_a_papers_meeting_line_under_its_title_starts_the_paper(tmp_path: Path) -> None:
    kinds = pack_kinds(SHORT_TEMPLATE_PACK, tmp_path)
    assert [(kind, first) for kind, first, _ in kinds] == [
        ("agenda", 1), ("report", 2), ("report", 3)]
