"""Regression tests for the bugs held-out batch 20 showed on its first run (the fifth round,
aimed at agenda layouts the set had not shown): each named after the bug, on a small paper in
the layout that showed it, plus the guards of the general rule that fixed them (an agenda's
items are the lines whose leading token has one shape and runs up in one slot)."""

from __future__ import annotations

from conftest import text_contexts
from heldout_support import FLOOR, heldout_accuracy
from kcc_papers.extract import agenda, decisions, meetings
from kcc_papers.load import load
from kcc_papers.models import AgendaItem, Decision, Meeting
from kcc_papers.segment import segment

BATCH_20 = {
    "ni_council_agenda_point_zero.txt",
    "fire_authority_lettered_agenda.txt",
    "health_board_coded_agenda.txt",
    "town_council_item_padded_agenda.txt",
    "national_park_roman_agenda.pdfsrc",
    "council_timed_table_agenda.pdfsrc",
    "report_it_is_recommended_roman.txt",
    "portfolio_holder_decision_sheet.txt",
    "committee_report_proposal_box.pdfsrc",
}
# What batch 20 still misses: the committee of the "Members of the ... Committee are
# summoned" masthead. (The Scottish "Proposal" report's ask and the timed table, read as
# "other", were fixed in round 6: tests/test_heldout_round6_decisions.py.)
KNOWN_SHORT = {"committee"}
AGENDA_HEAD = "NORTHMOOR FIRE AND RESCUE AUTHORITY\n\nAGENDA\n\n"


def _items(text: str) -> list[tuple[str | None, str | None]]:
    (ctx,) = text_contexts(text, "agenda")
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def test_fifth_round_batch_meets_the_floor_in_its_agenda_items():
    totals, per_file = heldout_accuracy.evaluate(BATCH_20)
    assert set(per_file) == BATCH_20
    low = {c for c, s in totals.items() if s.f1 < FLOOR}
    assert low <= KNOWN_SHORT, f"batch 20 F1 below {FLOOR}: {low}"
    assert totals["agenda_items"].f1 >= FLOOR


def test_lettered_agenda_items_were_not_items():
    text = AGENDA_HEAD + ("A.  Apologies for Absence\nB.  Declarations of Interest\n"
                          "C.  Budget 2026/27\n")
    assert _items(text) == [("A", "Apologies for Absence"), ("B", "Declarations of Interest"),
                            ("C", "Budget 2026/27")]


def test_roman_numeral_agenda_items_were_not_items():
    text = AGENDA_HEAD + "i. Apologies\nii. Declarations of Interest\niii. Minutes\niv. Appeals\n"
    assert [ref for ref, _ in _items(text)] == ["i", "ii", "iii", "iv"]


def test_coded_board_refs_and_presenter_column_were_not_items():
    rows = [("PB 26/01", "Welcome and Apologies", "Chair"),
            ("PB 26/02", "Declarations of Interest", "Chair"),
            ("PB 26/03", "Chief Executive's Report", "Chief Executive")]
    text = AGENDA_HEAD + "".join(f"{r:<11}{t:<40}{p}\n" for r, t, p in rows)
    assert _items(text) == [(r, t) for r, t, _ in rows]


def test_padded_item_label_with_a_dash_stays_read():
    # a guard: the known reader already read "Item 01 - " (the town paper failed on its kind)
    text = AGENDA_HEAD + ("Item 01 - Apologies\nItem 02 - Declarations of Interest\n"
                          "Item 03 - Minutes\n")
    assert _items(text) == [("01", "Apologies"), ("02", "Declarations of Interest"),
                            ("03", "Minutes")]


def test_shape_rule_needs_three_items_in_one_running_slot():
    # two lettered lines, or letters that do not run up, are not a list
    assert _items(AGENDA_HEAD + "A.  Apologies\nB.  Declarations\n") == []
    assert _items(AGENDA_HEAD + "A.  Apologies\nD.  Declarations\nK.  Minutes\n") == []


def test_members_are_summoned_and_items_of_business_made_no_agenda(tmp_path):
    path = tmp_path / "summons.txt"
    path.write_text("KINGSBRIDGE ABBEY TOWN COUNCIL\n\nMembers of the Planning Committee are "
                    "summoned to attend a meeting on Wednesday 18 March 2026.\n\n"
                    "Items of Business\n\nItem 01 - Apologies\n")
    assert [s.kind for s in segment(load(path))] == ["agenda"]


def test_details_of_the_decision_made_label_was_not_the_decision():
    (ctx,) = text_contexts(
        "PORTFOLIO HOLDER DECISION SHEET\n\nTitle of decision: Tree Planting Grant Scheme\n\n"
        "Details of the decision made:\nThe Portfolio Holder agreed to establish a tree "
        "planting grant scheme.\n\nReasons for the decision:\nTo meet the canopy target.\n",
        "decision")
    found = [d for d in decisions.extract(ctx) if isinstance(d, Decision)]
    assert [d.decision_text for d in found] == [
        "The Portfolio Holder agreed to establish a tree planting grant scheme."]


def test_report_to_the_committee_kept_the_article_in_its_name():
    (ctx,) = text_contexts("CARNWATH COUNCIL\nReport to the Policy and Resources Committee\n"
                           "24 February 2026\nCouncil Tax Reduction Scheme 2026/27\n\n"
                           "1. Recommendations\n1.1 It is recommended that the Committee "
                           "agrees the scheme.\n", "report")
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Policy and Resources Committee"


def test_agenda_of_the_committee_heading_named_no_committee(tmp_path):
    (ctx,) = text_contexts("WESTERN LAKES NATIONAL PARK AUTHORITY\nAgenda of the Planning "
                           "Committee\nWednesday 4 March 2026 at 10.00 am\n\nAgenda\n\n"
                           "1. Apologies for Absence\n2. Declarations of Interest\n",
                           "agenda", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Planning Committee"
