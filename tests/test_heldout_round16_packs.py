"""Regression tests for round 16's two packs read worst: a board's pack stamping each paper
"Paper A", "Paper B" at its first page's top (its agenda's "Paper" column), its notes titled
"<Board> - Notes of Meeting"; a partnership board's "Notes and Actions" and an item's paper
headed "Item 5: <title>" after them, a risk and issue log. Each runs on small generated
papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, pack_documents, pack_kinds, pdf_agenda_items

# ------------------------------- a board's papers stamped "Paper A" ... over their first pages

BOARD_PACK_STAMPED_PAPERS = """## Ravensholme Borough Council
!! Housing Delivery Board
Tuesday 14th March 2028, 2.00pm
Committee Room 2, Town Hall
** Agenda
|~ Item | Subject | Paper | Lead |
| 1 | Apologies | Verbal | Chair |
| 2 | Notes of the last meeting | A | Chair |
| 3 | Delivery programme update | B | Head of Housing |
| 4 | Delivery risk register | C | Head of Housing |
--- page ---
** Paper A
!! Housing Delivery Board - Notes of Meeting
Date:	Tuesday 10th January 2028
Attendees:	Cllr A Brennan (Chair), Cllr T Oduya, M Petrie
** HDB 28/01 Apologies
None were received.
** HDB 28/02 Site acquisitions
Agreed: the Board approved the purchase of the former depot site.
--- page ---
** Paper B
!! Delivery Programme Update
Author:	Mary Petrie, Head of Housing
** Recommendation
That the Board notes progress on the delivery programme.
Completions in the year to date are 212 homes against a plan of 240.
--- page ---
** Paper C: Housing Delivery Risk Register (March 2028)
|# Risk ID | Risk description | Owner | L | I | Score |
| HDR-01 | Build cost inflation exceeds allowances | Head of Housing | 4 | 4 | 16 |
| HDR-02 | Planning delays on the depot site | Head of Planning | 3 | 3 | 9 |
"""


def test_papers_stamped_paper_a_b_c_were_read_as_one_agenda(tmp_path: Path) -> None:
    # each "Paper X" at a page's top starts that paper; the heading under it names its kind
    # ("... Board - Notes of Meeting": the board's minutes)
    assert pack_kinds(BOARD_PACK_STAMPED_PAPERS, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("risk_register", 4, 4)]
    assert pack_documents(BOARD_PACK_STAMPED_PAPERS, tmp_path) == [
        ("agenda", "2028-03-14", "Housing Delivery Board"),
        ("minutes", "2028-01-10", "Housing Delivery Board"),
        ("report", "2028-03-14", "Housing Delivery Board"),
        ("risk_register", "2028-03-14", "Housing Delivery Board"),
    ]


# ------------- a board's "Notes and Actions", then an item's paper headed "Item 4: <title>"

PARTNERSHIP_BOARD_NOTES_AND_ITEM_PAPER = """## Youth Justice Management Board
** Agenda
Date:	21/02/2028
Time:	14:00 - 16:00
Location:	Room 3, Ashby House
|% 8 62 30
| No. | Item | Lead |
| 1 | Apologies | Chair |
| 2 | Notes and actions from 13/12/2027 | Chair |
| 3 | Performance update | Head of Service |
| 4 | Risk and issue log | Programme Manager |
--- page ---
** Youth Justice Management Board: Notes and Actions
Meeting:	13/12/2027, Ashby House
Present:	Jane Ordway (Chair); Colin Marsh (Head of Service); Priya Anand (Programme Manager)
** 1. Apologies
None.
** 2. Performance update
Agreed: the Board accepted the revised reoffending targets.
--- page ---
** Item 4: Youth Justice Risk and Issue Log (as at 01/02/2028)
|# ID | Risk | Owner | L | I | L x I |
| R01 | Custody placements exceed the remand budget | Head of Service | 4 | 4 | 16 |
| R02 | Case management system data is incomplete | Programme Manager | 2 | 3 | 6 |
"""


def test_board_notes_and_an_item_titled_paper_after_them_were_read_as_the_agenda(
        tmp_path: Path) -> None:
    # "<Board>: Notes and Actions" heads the board's minutes; "Item 4: ..." at the next page's
    # top, after minutes numbering theirs "1.", "2.", heads that item's paper
    assert pack_kinds(PARTNERSHIP_BOARD_NOTES_AND_ITEM_PAPER, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("risk_register", 3, 3)]
    assert pack_documents(PARTNERSHIP_BOARD_NOTES_AND_ITEM_PAPER, tmp_path) == [
        ("agenda", "2028-02-21", "Youth Justice Management Board"),
        ("minutes", "2027-12-13", "Youth Justice Management Board"),
        ("risk_register", "2028-02-21", "Youth Justice Management Board"),
    ]


# --------------- a zebra agenda whose unshaded row wraps to more lines than the rows above

ZEBRA_AGENDA_TALL_UNSHADED_ROW = """## Ravensholme Borough Council
!! Asset Management Board
** Agenda
|~ Item | Subject | Paper | Lead |
| 1 | Apologies | Verbal | Chair |
| 2 | Notes of the meeting held on 9th February 2028, the action log and matters arising | A | Chair |
| 3 | Property disposals programme: quarter three monitoring and forecast receipts | B | Head of Estates |
| 4 | Any other business | - | Chair |
"""  # noqa: E501


def test_zebra_agenda_split_where_an_unshaded_row_wraps_taller_than_the_rows_above(
        tmp_path: Path) -> None:
    # the unshaded item 2, wrapped to three lines under one-line shaded rows, is a row's gap
    # by the shaded band below it (as tall): the table is one, every title read whole
    assert pdf_agenda_items(ZEBRA_AGENDA_TALL_UNSHADED_ROW, tmp_path) == [
        ("1", "Apologies"),
        ("2", "Notes of the meeting held on 9th February 2028, the action log and matters "
              "arising"),
        ("3", "Property disposals programme: quarter three monitoring and forecast receipts"),
        ("4", "Any other business"),
    ]


# ------------------------- a direct award listed for noting: service, provider, sum by commas

AWARDS_REPORT_WITH_DIRECT_AWARD = """RAVENSHOLME BOROUGH COUNCIL
ASSET MANAGEMENT BOARD - 14 MARCH 2028
CONTRACT AWARDS FOR APPROVAL

Recommendation
That the Board approves the award of the contract in the table below.

Direct award under delegated authority (for noting): condition survey of the Market Hall roof, Hollowell Surveying Services, £36,400 (awarded 6th February 2028).
"""  # noqa: E501


def test_direct_award_listed_by_service_provider_and_sum_was_missed(tmp_path: Path) -> None:
    # a direct award for noting names its service, its provider and its sum parted by commas,
    # no "contract" or "to <provider>" in the sentence
    assert contract_rows(AWARDS_REPORT_WITH_DIRECT_AWARD, tmp_path) == [
        ("Hollowell Surveying Services", 36400.0)]
