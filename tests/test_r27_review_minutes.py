"""Regression tests of the review of round 27's minutes and agenda items fixes: each a paper
another council would publish that the fixes misread, named after what was misread."""

from __future__ import annotations

import time
from pathlib import Path

from heldout_support import decision_rows, decisions_in, numbers, pack_kinds, pdf_minutes
from kcc_papers.classify import classify, weigh
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from kcc_papers.segment_starts.tagged_items import TAGGED_TITLE
from test_heldout_round27_minutes import BOARD_PACK, PAGED_AGENDA, PANEL_MINUTES, SAG_PAGE

# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

# ------------ the tagged-item rule on notes that tag their own minutes "(Item N)"

# The last meeting's notes head each minute as the papers are headed, "(Item 3)" after its
# title, and a recurring item's minute stands at their second page's top.
NOTES_PAGE = (
    "--- page ---\n"
    "^^ N O T E S\n"
    "## Winter Gardens Revival Project Board\n"
    "Notes of the meeting held on Thursday 18 February 2027 at Cromerstead Town Hall\n"
    "Present: Cllr Linnea Hartigan (Chair), Rupert Ashbrook, Claire Penmarric\n"
    "** Welcome and apologies (Item 1)\n"
    "Apologies were received from Hamid Lusardi.\n"
    "** Notes of the meeting held on 10 December 2026 (Item 2)\n"
    "The notes were agreed as a correct record.\n"
    "--- page ---\n"
    "** Highlight report: February 2027 (Item 3)\n"
    "The Project Manager presented the highlight report.\n"
    "The Board AGREED to submit the quarterly progress report by 30 April 2027.\n"
    "** Project risk log at 10 February 2027 (Item 4)\n"
    "The Board NOTED the risk log.\n"
)


def _tagged_notes_pack() -> str:
    head, rest = BOARD_PACK.split("--- page ---\n^^ N O T E S", 1)
    papers = rest[rest.index("--- page ---\n^^ H I G H L I G H T"):]
    return head + NOTES_PAGE + papers


def test_regression_notes_own_tagged_minute_of_a_recurring_item_starts_no_paper(tmp_path):
    # the notes run over both their pages; the highlight report and the risk log start after
    kinds = pack_kinds(_tagged_notes_pack(), tmp_path)
    assert [(kind, first, last) for kind, first, last in kinds][:2] == [
        ("agenda", 1, 1), ("minutes", 2, 3)]
    assert [first for _, first, _ in kinds] == [1, 2, 4, 5]


def test_tagged_paper_head_repeated_over_its_next_page_still_starts_it(tmp_path):
    # the guard: the paper's own head again over its next page is no recurring minute's
    source = BOARD_PACK.replace(
        "That the Project Board notes the progress of the delivery phase.",
        "That the Project Board notes the progress of the delivery phase.\n--- page ---\n"
        "** Highlight report: April 2027 (Item 3)\nMilestones for the quarter are on track.")
    assert [first for _, first, _ in pack_kinds(source, tmp_path)] == [1, 2, 3, 5]


# ------------ the bare page figure under a "Page" header is the item's page

def _agenda_pages(text: str, tmp_path: Path) -> list[tuple[str, str, int | None, int | None]]:
    path = tmp_path / "agenda.txt"
    path.write_text(text)
    return [(r.item_ref, r.title, r.page_from, r.page_to)
            for r in process_file(str(path)).records if isinstance(r, AgendaItem)]


def test_regression_bare_page_figure_is_read_as_the_items_page(tmp_path):
    # a one-page cell is the page the paper starts on, as a leader's "..... 2" or a
    # column's "7" is read ("(Pages 7 - 7)"), not dropped with the title's other figures
    rows = _agenda_pages(PAGED_AGENDA, tmp_path)
    assert rows[1:4] == [
        ("2", "Minutes of the Meeting held on 25 February 2026", 3, 3),
        ("3", "Urgent Decision taken by the Chief Executive: Eastholm Sea Wall Emergency "
              "Repairs", 7, 7),
        ("4", "Members' Allowances Scheme 2026/27", 11, 11)]
    assert rows[4] == ("5", "Phase 2", None, None)


# ------------ "Group" as the body naming itself

SCRUTINY_MINUTES = """SCRUTINY COMMITTEE

Minutes of the meeting held on 3 March 2027

Present: Councillors Ashpole (Chair), Halloran and Qureshi

1. BUDGET WORKING GROUP

The Chair of the Budget Working Group presented the group's findings. At its meeting in
February the group had heard from the Director of Children's Services.
The Budget Working Group NOTED the pressures in home to school transport.

RESOLVED: That the Working Group's report be forwarded to Cabinet.
"""


def test_regression_named_working_group_quoted_in_minutes_is_no_decision(tmp_path):
    # a committee's minute reporting what its working group noted: the committee's decision
    # is its resolution alone
    assert [text for text, _ in decision_rows(SCRUTINY_MINUTES, tmp_path)] == [
        "RESOLVED: That the Working Group's report be forwarded to Cabinet."]


def test_regression_group_did_not_support_is_its_refusal(tmp_path):
    # the group's notes refuse as they note: "The Group did NOT SUPPORT ..." as "The
    # Committee did NOT APPROVE ..."
    html = SAG_PAGE.replace(
        "<p>The Group AGREED to defer its advice until the organiser submits a revised route "
        "plan.</p>", "<p>The Group did NOT SUPPORT the proposed route through Elmstead Park.</p>")
    path = tmp_path / "notes.html"
    path.write_text(html)
    found = [(d.outcome, d.decision_text) for d in decisions_in(process_file(str(path)).records)]
    assert ("rejected", "The Group did NOT SUPPORT the proposed route through Elmstead "
            "Park.") in found
    assert ("noted", "The Group NOTED the debrief report for the Christmas Lights "
            "Switch-On.") in found


def test_regression_tagged_title_pattern_is_linear_in_a_run_of_spaces() -> None:
    # a lazy title tried the spaces before "(" from each of a long run's spaces (0.2 s on
    # 10,000; a text export's line holding "item" and a wide column gap)
    for text in ("Item a" + " " * 10_000 + "x", "Agenda item" + " " * 10_000 + "(Item 3"):
        start = time.process_time()
        TAGGED_TITLE.match(text)
        assert time.process_time() - start < LINEAR_SECONDS


# ------------ the "Attendees:" clue

EVENTS_REPORT = """Licensing Committee

Summer events 2027

1. Background

1.1 At its meeting on 3 March 2027 the Committee
RESOLVED that a programme of summer events be brought to this meeting.

2. Events

Harrowmere Colour Run, Elmstead Park, 11 July 2027
Attendees: 4,000

Elmstead Park Proms, 2 August 2027
Attendees: 7,500

3. Recommendation

3.1 That the programme be noted.
"""


def test_regression_attendees_counted_by_a_figure_are_no_minutes_clue() -> None:
    # a report's events, each with its crowd counted ("Attendees: 4,000"), list no one who
    # attended a meeting: the report quoting a resolution is not made minutes by them
    assert weigh(EVENTS_REPORT)["minutes"] == 1
    assert classify(EVENTS_REPORT) != "minutes"


def test_attendees_naming_people_are_a_minutes_clue() -> None:
    # the guard: "Attendees:" over names still speaks for minutes
    named = EVENTS_REPORT.replace("Attendees: 4,000", "Attendees: Sgt Keeley Morrow (Police)")
    assert weigh(named)["minutes"] == 2


# ------------ the larger-type heading rule on a heading wrapped over two lines

def test_larger_heading_wrapped_over_two_lines_keeps_both(tmp_path):
    # the guard: a larger heading too long for its line wraps in its own type; it ends on its
    # second line, its colon's words and the wrap both its title
    source = PANEL_MINUTES.replace(
        "** PCP/25/32 Police Funding Formula: Proposal to Write to the Home Secretary",
        "** PCP/25/32 Police Funding Formula: Proposal to Write to the Home Secretary on the "
        "Panel's Behalf About the 2026/27 Settlement")
    assert numbers(pdf_minutes(source, tmp_path))[1] == (
        "PCP/25/32", "Police Funding Formula: Proposal to Write to the Home Secretary on the "
        "Panel's Behalf About the 2026/27 Settlement")
