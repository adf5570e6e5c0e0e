"""Review of round 29's fixes to the minutes and decisions of informal, advisory and area
bodies (S3): papers another council would publish that the new rules misread. Each test
failed before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pack_kinds, source_lines
from kcc_papers.segment_starts.next_meeting_pages import next_meeting_page

# ---------------- the lost motion's own mover and seconder, named after it fell, put no vote

MOVER_AFTER = """NORTHFELL NATIONAL PARK AUTHORITY
PLANNING COMMITTEE
Minutes of the meeting held on 3 March 2029
Present: Cllr A Jones (Chair), Cllr B Smith

PC/12 28/0355/FUL - Two Holiday Lodges
The officer presented the report, recommending refusal. A motion to approve the application \
was put to the vote and was lost. The motion had been moved by Cllr Waddington and seconded \
by Cllr Entwistle.
RESOLVED That planning permission be refused for the reasons in the report.
"""


def test_regression_lost_motion_mover_named_after_is_no_new_vote(tmp_path: Path) -> None:
    # "had been moved ... and seconded" tells of the motion lost: the refusal is its vote, and
    # the motion lost no decision of its own (it was read as one, 'approved')
    got = decision_rows(MOVER_AFTER, tmp_path)
    assert got == [("RESOLVED That planning permission be refused for the reasons in the "
                    "report.", "rejected")], got


# ------------- a short set of notes whose last item is the next meeting's date is the notes

NOTES_PACK = source_lines(
    "%% header Town Centre Partnership",
    "## Town Centre Working Group",
    "** Agenda",
    "Date:\tTuesday 10 April 2029, 6 pm",
    "| Item | Subject |",
    "| 1 | Notes of the last meeting |",
    "| 2 | Christmas lights |",
    "| 3 | Date of Next Meeting |",
    "--- page ---",
    "** Town Centre Working Group",
    "** Notes of the meeting held on 4 March 2029",
    "Attendees: Cllr R Penwarden, Mr T Hale (Town Centre Manager)",
    "** 1. Christmas lights",
    "Mr Hale gave an update on the switch-on event.",
    "** 2. Date of Next Meeting",
    "Tuesday 10 April 2029 at 6 pm.",
)


def test_regression_short_notes_ending_on_next_meeting_kept(tmp_path: Path) -> None:
    # the notes ("Attendees", no "present" or "apologies") were dropped as the next meeting's
    # page: they head an item of their own before it
    kinds = [kind for kind, _, _ in pack_kinds(NOTES_PACK, tmp_path)]
    assert kinds == ["agenda", "minutes"], kinds


def test_regression_next_meeting_page_going_on_to_another_item() -> None:
    # the page goes on to the urgent item's decision: more than the date
    page = ("Item 6: Date of Next Meeting\nWednesday 27 June 2029 at 10.30 am\n"
            "Item 7: Urgent Business\nThe Director made emergency repairs to the sea wall at a "
            "cost of £4,200 under delegated powers.")
    assert not next_meeting_page(page)


def test_regression_next_meeting_item_asking_approval_is_a_paper() -> None:
    # a calendar of meetings the panel is asked to approve is a paper, as one asked to agree is
    page = ("6. Dates of Next Meetings\nThe Panel is requested to approve the dates of its "
            "meetings for 2029/30: 4 May, 6 July and 7 September 2029.")
    assert not next_meeting_page(page)


def test_next_meeting_page_alone_is_no_document() -> None:
    # the page of the item alone, running heads with it, is still none
    page = ("Saltmarsh Bay Coastal Partnership\nItem 3: Date of Next Meeting\n"
            "Wednesday 27 June 2029 at 10.30 am.\nSMP Steering Group, 28 March 2029 - page 4 of 4")
    assert next_meeting_page(page)
