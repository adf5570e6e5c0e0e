"""Regression tests for the misses of held-out round 26's batches I and J (housing landlord
services; one council's week of committees in one house style): each named after what was
misread, on small papers in the layouts that showed it, with guards of the general rule."""

from __future__ import annotations

from heldout_support import pdf_agenda_items, source_lines

# ------------ a summons's notices of motion, lettered under their item (r26j full council)

SUMMONS = source_lines(
    "** CALDERBROOK COUNCIL",
    "** SUMMONS TO A MEETING OF THE COUNCIL",
    "Thursday 22 June 2028 at 6.30 pm, Council Chamber",
    "** AGENDA",
    "| Item | Business | Page |",
    "| 1 | Apologies for Absence | |",
    "| 2 | Declarations of Interest | |",
    "| 3 | Notices of Motion | 10 |",
    "| 4 | Questions from Members | |",
    "** Item 3: Notices of Motion",
    '(a) Proposed by Councillor Harriet Stainsby, seconded by Councillor Olu Adeyemi: "This '
    "Council resolves to ask Cabinet to introduce free after-3pm parking in all Council car "
    'parks in Calderbrook town centre on Saturdays."',
    '(b) Proposed by Councillor Keir Wolstenholme, seconded by Councillor Maryam Qadir: "This '
    'Council calls on the Government to fund the repair of the Kettlewick sea wall in full."',
)


def test_notice_of_motion_under_its_item_is_no_agenda_item(tmp_path):
    assert pdf_agenda_items(SUMMONS, tmp_path) == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Notices of Motion"), ("4", "Questions from Members")]


def test_lettered_part_titled_in_capitals_case_is_still_an_item(tmp_path):
    # the guard: a part printed as an item of its own under the last one stays an item
    text = SUMMONS.replace(
        SUMMONS[SUMMONS.index("** Item 3"):],
        "(a) Schedule of Payments\n(b) Bank Reconciliation\n")
    assert pdf_agenda_items(text, tmp_path)[-2:] == [
        ("4(a)", "Schedule of Payments"), ("4(b)", "Bank Reconciliation")]
