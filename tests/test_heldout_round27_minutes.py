"""Regression tests for the minutes and agenda items misses of held-out round 27 (a community
planning partnership's CMIS text pack, a district council's web page of an events safety
advisory group's notes, a heritage project board's pack, a district council's ModernGov text
pack, a police and crime panel's minutes): each named after what was misread, on small papers
in the layouts that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    decisions_in,
    documents_of,
    numbers,
    pack_kinds,
    pdf_minutes,
    source_lines,
    text_agenda_items,
)
from kcc_papers.extract import minutes
from kcc_papers.pipeline import process_file

# ------------ "MINUTE of MEETING held in <place> on <date>" (r27c CPP board CMIS text pack)

CPP_PACK = """KILBRANNAN COMMUNITY PLANNING PARTNERSHIP BOARD

Wednesday 8 September 2027 at 2.00 pm

AGENDA

 1.   Welcome and Apologies

 2.   Minute of Previous Meeting held on 9 June 2027                      (Pages 3 - 5)

 3.   Locality Plans: Progress Update                                     (Verbal)

                                                                              Page 1
\f                                                                     Agenda Item 2

KILBRANNAN COMMUNITY PLANNING PARTNERSHIP BOARD

MINUTE of MEETING held in Kilbrannan House, Portnacraig on Wednesday 9 June 2027
at 2.00 pm

Present:       Councillor Eilidh Munro (Chair), Superintendent Ross Guthrie, Jane Orr
Apologies:     Area Manager Fiona Rennie

1.   WELCOME AND APOLOGIES

     The Chair welcomed members and noted the apology above.

2.   LOCAL CHILD POVERTY ACTION REPORT 2026/27

     Rhona Sinclair presented the joint Council and NHS report.

     Decision

     The Board agreed to approve the Local Child Poverty Action Report 2026/27
     for publication by 30 June 2027.

                                                                              Page 3
"""


def _kinds(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [d[0] for d in documents_of(path)]


def test_minute_of_meeting_held_in_a_place_heads_minutes(tmp_path):
    assert "minutes" in _kinds(CPP_PACK, tmp_path)
    path = tmp_path / "pack.txt"
    (ctx,) = contexts(path, "minutes")
    records = minutes.extract(ctx)
    assert numbers(records) == [("1", "WELCOME AND APOLOGIES"),
                                ("2", "LOCAL CHILD POVERTY ACTION REPORT 2026/27")]
    assert [d.outcome for d in decisions_in(records)] == ["approved"]


def test_minute_of_meeting_held_in_a_place_without_present_is_no_heading(tmp_path):
    # the guard: the same words with no list of who was present under them start nothing
    text = CPP_PACK.replace("Present:", "Members:").replace("Apologies:", "Sent:")
    assert "minutes" not in _kinds(text, tmp_path)


# ------------ "<Group>: notes of the meeting held on ..." web page (r27f events SAG)

SAG_PAGE = """<html><head><title>Events Safety Advisory Group - notes</title></head><body>
<main>
<h1>Events Safety Advisory Group: notes of the meeting held on 3 March 2027</h1>
<dl>
<dt>Date</dt><dd>Wednesday 3 March 2027, 10am</dd>
<dt>Attendees</dt><dd>Sgt Keeley Morrow (Police), Jenna Whitlow (Ambulance Service)</dd>
</dl>
<h2>1. Introductions and apologies</h2>
<p>The Chair welcomed members. Apologies were noted as above.</p>
<h2>2. Harrowmere Colour Run, 11 July 2027</h2>
<p>The organiser proposed a new 5km route through Elmstead Park.</p>
<p>The Group AGREED to defer its advice until the organiser submits a revised route plan.</p>
<h2>3. Christmas Lights Switch-On 2026: debrief</h2>
<p>The Events Officer summarised the debrief.</p>
<p>The Group NOTED the debrief report for the Christmas Lights Switch-On.</p>
</main></body></html>
"""


def _page_result(html: str, tmp_path: Path):
    path = tmp_path / "notes.html"
    path.write_text(html)
    return process_file(str(path))


def test_advisory_group_notes_page_is_minutes_not_an_agenda(tmp_path):
    result = _page_result(SAG_PAGE, tmp_path)
    assert [d.kind for d in result.documents] == ["minutes"]
    assert numbers(result.records) == [
        ("1", "Introductions and apologies"), ("2", "Harrowmere Colour Run, 11 July 2027"),
        ("3", "Christmas Lights Switch-On 2026: debrief")]


def test_group_noted_in_capitals_is_the_groups_decision(tmp_path):
    found = [(d.outcome, d.decision_text) for d in decisions_in(
        _page_result(SAG_PAGE, tmp_path).records)]
    assert ("noted", "The Group NOTED the debrief report for the Christmas Lights "
            "Switch-On.") in found


def test_group_noted_in_small_letters_is_discussion(tmp_path):
    # the guard: "the group noted" in running prose is no template's mark of a decision
    html = SAG_PAGE.replace("The Group NOTED the debrief report",
                            "The Group noted in passing the debrief report")
    found = [d.decision_text for d in decisions_in(_page_result(html, tmp_path).records)]
    assert not any("debrief report" in text for text in found)


# ------------ "<title> (Item N)" heads a paper after the notes (r27f heritage project board)

BOARD_PACK = source_lines(
    "%% header Winter Gardens Revival - Project Board - 22 April 2027",
    "%% font serif",
    "^^ W I N T E R   G A R D E N S   R E V I V A L",
    "## Winter Gardens Revival Project Board",
    "** Agenda",
    "Date:\tThursday 22 April 2027, 2.00 pm",
    "| Item | Subject | Lead |",
    "| 1 | Welcome and apologies | Chair |",
    "| 2 | Notes of the meeting held on 18 February 2027 | Chair |",
    "| 3 | Highlight report: April 2027 | Project Manager |",
    "| 4 | Project risk log | Project Manager |",
    "--- page ---",
    "^^ N O T E S",
    "## Winter Gardens Revival Project Board",
    "Notes of the meeting held on Thursday 18 February 2027 at Cromerstead Town Hall",
    "Present: Cllr Linnea Hartigan (Chair), Rupert Ashbrook, Claire Penmarric",
    "** WGPB/27/01 Welcome and apologies",
    "Apologies were received from Hamid Lusardi.",
    "** WGPB/27/02 Delivery phase progress",
    "The Board AGREED to submit the quarterly progress report by 30 April 2027.",
    "--- page ---",
    "^^ H I G H L I G H T   R E P O R T",
    "## Winter Gardens Revival Project Board",
    "** Highlight report: April 2027 (Item 3)",
    "Prepared by the Project Manager for the Project Board meeting of 22 April 2027",
    "** Recommendation",
    "That the Project Board notes the progress of the delivery phase.",
    "--- page ---",
    "^^ R I S K   L O G",
    "## Winter Gardens Revival Project Board",
    "** Project risk log at 14 April 2027 (Item 4)",
    "Likelihood (L) and Impact (I) are scored 1 to 5; the score is L x I.",
    "| Risk ID | Description | L | I | Score | Mitigation | Owner |",
    "| WG-R01 | Condition of cast-iron structure worse than surveyed | 4 | 4 | 16 | Survey | PM |",
    "| WG-R02 | Specialist contractors unavailable | 3 | 5 | 15 | Early award | SRO |",
)


def test_title_tagged_with_its_item_starts_a_paper_after_the_notes(tmp_path):
    kinds = pack_kinds(BOARD_PACK, tmp_path)
    assert [(kind, first) for kind, first, _ in kinds][:2] == [("agenda", 1), ("minutes", 2)]
    assert [first for _, first, _ in kinds] == [1, 2, 3, 4]
    assert pack_kinds(BOARD_PACK, tmp_path)[1][2] == 2  # the notes end on their own page


def test_tagged_item_the_agenda_does_not_list_starts_nothing(tmp_path):
    # the guard: a head tagged with an item whose agenda title is another's is no paper's
    # (its letter-spaced banner taken away: "H I G H L I G H T   R E P O R T" at a page's top
    # starts a report by a rule of its own, round 27's docsB)
    source = BOARD_PACK.replace("** Highlight report: April 2027 (Item 3)",
                                "** Quarterly finance summary (Item 3)").replace(
        "^^ H I G H L I G H T   R E P O R T", "^^ W I N T E R   G A R D E N S")
    assert [first for _, first, _ in pack_kinds(source, tmp_path)] == [1, 2, 4]


# ------------ a text agenda's bare page figure under "Page" (r27h district council pack)

PAGED_AGENDA = """HOLMCLIFFE DISTRICT COUNCIL

You are hereby summoned to attend a meeting of HOLMCLIFFE DISTRICT COUNCIL on
WEDNESDAY 22 APRIL 2026 at 7.00 pm for the transaction of the business below.

                                   AGENDA

                                                                          Page
1.   Apologies for Absence

2.   Minutes of the Meeting held on 25 February 2026                         3

3.   Urgent Decision taken by the Chief Executive: Eastholm Sea Wall       7
     Emergency Repairs

4.   Members' Allowances Scheme 2026/27                                      11

5.   Phase 2
"""


def test_bare_page_figure_under_a_page_header_is_no_part_of_the_title(tmp_path):
    assert text_agenda_items(PAGED_AGENDA, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 25 February 2026"),
        ("3", "Urgent Decision taken by the Chief Executive: Eastholm Sea Wall Emergency "
              "Repairs"),
        ("4", "Members' Allowances Scheme 2026/27"),
        ("5", "Phase 2"),  # the guard: a figure one space after the title is the title's
    ]


def test_bare_figure_kept_without_a_page_header(tmp_path):
    # the guard: no "Page" column header, no page column: the figure is left as printed
    text = PAGED_AGENDA.replace("Page\n", "\n")
    items = text_agenda_items(text, tmp_path)
    assert ("4", "Members' Allowances Scheme 2026/27 11") in items


# ------------ a larger-type heading's colon words stay its title (r27h police and crime panel)

PANEL_MINUTES = source_lines(
    "## THORNVALE POLICE AND CRIME PANEL",
    "** MINUTES of a meeting of the Thornvale Police and Crime Panel held on Thursday, "
    "20 November 2025 at Shire Hall, at 10.00 am",
    "Present: Councillor Gwendolyn Ashpole (Chair), Councillors Rupert Halloran and Farida "
    "Qureshi",
    "** PCP/25/31 Apologies for Absence",
    "There were no apologies. The Chair welcomed the Commissioner and his officers to the "
    "meeting, and reminded members that the meeting was being recorded for the Panel's "
    "website. Members noted that the Panel's independent co-opted member's term of office "
    "ends in March 2026 and that the recruitment of a successor is under way.",
    "** PCP/25/32 Police Funding Formula: Proposal to Write to the Home Secretary",
    "Councillor Tregaskis moved, and Councillor Oyelaran seconded, that the Chair write to the "
    "Home Secretary on the Panel's behalf. On being put to the vote the proposal was lost.",
    "** PCP/25/33 Work Programme",
    "RESOLVED: That the work programme be agreed.",
)


def test_larger_heading_keeps_its_words_after_the_colon(tmp_path):
    assert numbers(pdf_minutes(PANEL_MINUTES, tmp_path)) == [
        ("PCP/25/31", "Apologies for Absence"),
        ("PCP/25/32", "Police Funding Formula: Proposal to Write to the Home Secretary"),
        ("PCP/25/33", "Work Programme")]


def test_body_type_heading_still_runs_on_into_its_text(tmp_path):
    # the guard: a heading set in the body's type, its text after the colon, is split there
    text = source_lines(
        "## THORNVALE POLICE AND CRIME PANEL",
        "** MINUTES of a meeting of the Thornvale Police and Crime Panel held on Thursday, "
        "20 November 2025 at Shire Hall",
        "Present: Councillor Gwendolyn Ashpole (Chair), Councillors Rupert Halloran",
        "** PCP/25/31 Apologies for Absence",
        "There were no apologies.",
        "PCP/25/32 Police Report: The Chief Constable reported on the quarter's figures and "
        "took questions from members of the panel on rural crime.",
        "** PCP/25/33 Work Programme",
        "RESOLVED: That the work programme be agreed.",
    )
    titles = dict(numbers(pdf_minutes(text, tmp_path)))
    assert titles.get("PCP/25/32") == "Police Report"
