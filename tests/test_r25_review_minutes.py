"""Review of held-out round 25's minutes and agenda items fixes: papers another council would
publish in the layouts the round's new rules read, each misread by a rule before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers, text_agenda_items

# ------------- a text agenda that sets a description under its titles

DESCRIBED_AGENDA = """\
NORTH WEALD DISTRICT COUNCIL

CABINET

Tuesday, 10th March, 2026 at 6.00 pm

                               AGENDA

  1.   Minutes of the meeting held on 27th November 2025           (Pages 1 - 5)
       To approve the minutes as a correct record

  2.   Internal Audit Progress Report                                (Pages 6 - 14)
       Report of the Head of Internal Audit

  3.   Housing Revenue Account Business Plan Update                  (Pages 15 - 36)
       Presentation by the Director of Housing

  4.   Committee Work Programme                                      (Pages 37 - 38)
"""


def test_regression_description_with_a_long_first_word_is_no_column_wrap(
        tmp_path: Path) -> None:
    # the page sets a description under its titles ("To approve ...", "Report of ..."): the
    # one whose first word would not have fitted after its title ("Presentation") was joined
    # to the title as a word wrapped in the titles' column
    assert text_agenda_items(DESCRIBED_AGENDA, tmp_path) == [
        ("1", "Minutes of the meeting held on 27th November 2025"),
        ("2", "Internal Audit Progress Report"),
        ("3", "Housing Revenue Account Business Plan Update"),
        ("4", "Committee Work Programme"),
    ]


# ------------- a text file's minutes whose clerk prints the resolutions in capitals

SHOUTED_MINUTES = """\
WESTBURY TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 8 SEPTEMBER 2025 AT 7.00PM

PRESENT: Cllrs A Smith (Chair), B Jones, C Patel

1   APOLOGIES

    There were no apologies.

2   FINANCE

2.1 IT WAS RESOLVED THAT THE ACCOUNTS FOR PAYMENT BE APPROVED

2.2 RESOLVED THAT THE BANK RECONCILIATION BE NOTED

3   PLANNING

    The council had no objection to application 25/0412.

The meeting closed at 8.05pm.
"""


def test_regression_shouted_numbered_resolutions_are_no_minute_parts(tmp_path: Path) -> None:
    # "2.1 IT WAS RESOLVED THAT ..." under "2 FINANCE": capitals alone told a part's heading,
    # and the clerk's resolutions in capitals were read as minutes 2.1 and 2.2
    assert numbers(minutes_of(SHOUTED_MINUTES, tmp_path)) == [
        ("1", "APOLOGIES"),
        ("2", "FINANCE"),
        ("3", "PLANNING"),
    ]


# ------------- an agenda table numbering each item's parts in a column of their own

PART_COLUMN_AGENDA = """\
NHS Fenwick Integrated Care Board

Board meeting in public

Tuesday 9 December 2025, 10:00am

AGENDA

Item   Part   Title                                                    Presenter
1             Welcome, apologies and declarations of interest          Chair
2             Minutes of the meeting held on 14 October 2025           Chair
3      3.1    Chief Executive's report                                 Chief Executive
3      3.2    Community Health Services: award of contract             Chief Delivery Officer
4             Any other business                                       Chair
"""


def test_regression_part_column_is_the_rows_ref_no_paper(tmp_path: Path) -> None:
    # a second ref-like cell was taken for the item's paper and dropped: each part lost its
    # number, both read as item 3
    assert text_agenda_items(PART_COLUMN_AGENDA, tmp_path) == [
        ("1", "Welcome, apologies and declarations of interest"),
        ("2", "Minutes of the meeting held on 14 October 2025"),
        ("3.1", "Chief Executive's report"),
        ("3.2", "Community Health Services: award of contract"),
        ("4", "Any other business"),
    ]
