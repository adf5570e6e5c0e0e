"""Regression tests for the agenda item misses of round 14's blind batches (and the round 10
and 11 leftovers of the same kind): a borderless table whose title and lead cells both wrap,
the lead's lines read between the title's; a row whose title cell runs near the next
column. Each runs on small generated papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pdf_agenda_items as _pdf_items

# --------------------------- a borderless table's lead wrapped beside its wrapped title

BOARD_LEAD_WRAPPED_BESIDE_TITLE = """## Harrowdale Borough Council
!! Scrutiny Coordinating Committee
** Agenda
Date:	Wednesday, 12 May 2027
|- No. | Item | Lead |
| 1. | Apologies for absence | |
| 2. | Minutes of the meeting held on 14 April 2027 and matters arising | |
| 3. | Call-in: Executive decision 28 April 2027 (Decision EX.204) - Closure of the Fenwick Road Day Centre | Director of Adult Social Care and Housing Services |
| 4. | Work programme of the committee for the coming year 2027/28 | Scrutiny Support Officer |
| 5. | Any other business which the Chair decides is urgent | |
"""  # noqa: E501


def test_regression_a_wrapped_lead_read_between_a_wrapped_title_is_not_the_title(
        tmp_path: Path) -> None:
    # the lead's lines ("Director of Adult Social ... / Housing Services") lie between the
    # title's lines in the text layer: the title's cell is read past them, whole
    assert _pdf_items(BOARD_LEAD_WRAPPED_BESIDE_TITLE, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 14 April 2027 and matters arising"),
        ("3", "Call-in: Executive decision 28 April 2027 (Decision EX.204) - Closure of the "
              "Fenwick Road Day Centre"),
        ("4", "Work programme of the committee for the coming year 2027/28"),
        ("5", "Any other business which the Chair decides is urgent"),
    ]
