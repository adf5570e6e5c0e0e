"""Regression tests for the review of held-out round 23's minutes and agenda fixes: rules
that fired on papers of other councils where they must not. Each on a small paper written
here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _items(path: Path) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(a.item_ref, a.title, a.page_from, a.page_to) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ------------- a board's agenda table whose last column is the paper's code, not its pages

PAPER_CODE_COLUMN = """## Wyvern Health and Wellbeing Board
!! Meeting in Public
Date:	Tuesday 09/11/2027
** Agenda
|- No. | Item | Paper |
| 1 | Welcome and apologies for absence | - |
| 2 | Minutes of the meeting held on 07/09/2027 | A1 |
| 3 | Joint Local Health and Wellbeing Strategy: Annual Report | B2 |
| 4 | Better Care Fund Plan 2027/28 Quarter Two Return | C3 |
"""


def test_regression_paper_code_cell_not_read_as_pages(tmp_path: Path) -> None:
    # a supplementary pack's lettered range ("S2 - S6") was let in as any letter before a
    # figure: a "Paper" column's codes "A1", "B2" were read as pages 1, 2
    assert _items(rendered(PAPER_CODE_COLUMN, tmp_path)) == [
        ("1", "Welcome and apologies for absence", None, None),
        ("2", "Minutes of the meeting held on 07/09/2027", None, None),
        ("3", "Joint Local Health and Wellbeing Strategy: Annual Report", None, None),
        ("4", "Better Care Fund Plan 2027/28 Quarter Two Return", None, None)]


# ------------- a text agenda's page footer, its page number set at the right as "Page 1"

FOOTER_PAGE_NUMBER = """                       HAVERLEY DISTRICT COUNCIL

                           MEETING OF COUNCIL

Date:    Thursday 20 April 2028
Time:    7.00 pm

                               A G E N D A

 1.  Apologies for absence

 2.  Minutes of the Budget Meeting of the Council held on 24 February 2028

 3.  Questions from Members (Council Procedure Rule 12)
Council - 20 April 2028                                            Page 1
\f
 4.  Notices of Motion

 5.  Exclusion of the Press and Public
"""


def test_regression_text_footer_page_not_read_as_pages(tmp_path: Path) -> None:
    # a pages column's cell with its word ("pages 2 - 6") was read as well without a range:
    # the page's footer "Page 1" became item 3's pages and its words the title's
    path = tmp_path / "council.txt"
    path.write_text(FOOTER_PAGE_NUMBER)
    assert _items(path) == [
        ("1", "Apologies for absence", None, None),
        ("2", "Minutes of the Budget Meeting of the Council held on 24 February 2028", None,
         None),
        ("3", "Questions from Members (Council Procedure Rule 12)", None, None),
        ("4", "Notices of Motion", None, None),
        ("5", "Exclusion of the Press and Public", None, None)]
