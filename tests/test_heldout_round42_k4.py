"""Regression tests for the misses of held-out round 42's family K4 (agenda items and
decisions in minutes). Small papers in other bodies' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items, source_lines, text_agenda_items

# A partnership board's agenda printing each item's number, then its start time (or its slot),
# then its title, in columns set apart by spaces.
_TIMED = source_lines(
    "!! Holmbridge Borough Council and Holmbridge Place Partnership",
    "## Community Safety Partnership Board",
    "Date:\tWednesday 8 March 2028",
    "Time:\t9.30am - 12.00 noon",
    "Location:\tCommittee Room 3, Town Hall, Holmbridge",
    "** AGENDA",
    "1.   9.30am   Welcome and apologies",
    "2.   9.35 - 9.45 am   Minutes of the meeting held on 6 December 2027",
    "3.   9.45am   Serious Violence Duty - Strategic Needs Assessment",
    "4.   10.30am   Domestic Abuse Housing Support - Commissioning Update",
    "5.   11.40am   Any other business",
)


def test_start_time_after_the_item_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    """Before, "1.   9.30am   Welcome and apologies" gave no item: the start time printed
    between the item's number and its title was read as the title's start, and a title
    starting with a time is none. A board's timed agenda prints the time after the number as
    readily as before it ("10.05   2.  Declarations of interest"): the time, or the slot, is
    skipped and the title is what follows it."""
    want = [
        ("1", "Welcome and apologies"),
        ("2", "Minutes of the meeting held on 6 December 2027"),
        ("3", "Serious Violence Duty - Strategic Needs Assessment"),
        ("4", "Domestic Abuse Housing Support - Commissioning Update"),
        ("5", "Any other business"),
    ]
    assert pdf_agenda_items(_TIMED, tmp_path) == want
    text = "\n\n".join(line for line in _TIMED.splitlines()
                       if not line.startswith(("!!", "##", "**")))
    text = ("HOLMBRIDGE BOROUGH COUNCIL\n\nCOMMUNITY SAFETY PARTNERSHIP BOARD\n\nAGENDA\n\n"
            + text.replace("\t", " ") + "\n")
    assert text_agenda_items(text, tmp_path) == want


def test_time_after_the_number_needs_a_title_after_it(tmp_path: Path) -> None:
    """Guard: a line whose number is followed by a time and no capitalised title ("2  10.30
    am start") is still no item; the items around it are read as before."""
    text = ("HOLMBRIDGE BOROUGH COUNCIL\n\nLICENSING COMMITTEE\n\nAGENDA\n\n"
            "1.  Apologies for Absence\n\n"
            "2.  Declarations of Interest\n\n"
            "3  10.30 am start, site visit to the Old Mill\n\n"
            "3.  Street Trading Policy Review\n")
    assert text_agenda_items(text, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Street Trading Policy Review"),
    ]
