"""Regression tests for the minute and agenda numbering misses of round 12's blind batches:
an item's parts printed as items under it ("6. Finance" over "(a) Schedule of payments"; "5
(i) Grazing licence" with the item's number printed again). Each runs on small generated
papers in more than one council's or board's form of the thing."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem


def _pdf_items(source: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "agenda")
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def _text_items(text: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    path = tmp_path / "agenda.txt"
    path.write_text(text)
    (ctx,) = contexts(path, "agenda")
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


# ------------------------------------------------ an item's parts printed as items under it

PARISH_LETTERED_PARTS = """%% font serif
!! BRACKENHOLT PARISH COUNCIL
You are hereby summoned to attend the meeting of the Parish Council on TUESDAY 12th MAY 2026
^^ AGENDA
1.	Apologies for absence
2.	Minutes of the meeting held on 14th April 2026
3.	Finance
(a)	Schedule of payments for April 2026
(b)	Internal audit report 2025/26
4.	Reports from committees
(a)	Planning Committee - 28th April 2026
5.	Date of next meeting
"""

BOARD_ROMAN_PARTS = """%% font serif
!! Upper Teme Board of Conservators
Notice of the meeting of the Board to be held on Wednesday 17th June 2026
** AGENDA
1.	Apologies for absence
2.	Minutes of the meeting held on 18th March 2026
3.	Estate management
3 (i)	Tree safety survey 2026
3 (ii)	Footpath repairs at Mill Bank
3 (iii)	Cattle grid replacement
4.	Any other business
"""

# A recommendation's lettered limbs under an item are its description, never items.
AGENDA_WITH_LIMBS = """Agenda of the Finance Committee, 3 March 2026

1. Apologies for absence
2. Budget monitoring
(a) to note the forecast underspend of £12,400;
(b) to approve the virement set out in the report.
3. Fees and charges 2026/27
"""


def test_regression_an_items_lettered_parts_printed_under_it_are_items(tmp_path: Path) -> None:
    assert _pdf_items(PARISH_LETTERED_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 14th April 2026"),
        ("3", "Finance"),
        ("3(a)", "Schedule of payments for April 2026"),
        ("3(b)", "Internal audit report 2025/26"),
        ("4", "Reports from committees"),
        ("4(a)", "Planning Committee - 28th April 2026"),
        ("5", "Date of next meeting"),
    ]


def test_regression_an_items_roman_parts_after_its_number_are_items(tmp_path: Path) -> None:
    assert _pdf_items(BOARD_ROMAN_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 18th March 2026"),
        ("3", "Estate management"),
        ("3 (i)", "Tree safety survey 2026"),
        ("3 (ii)", "Footpath repairs at Mill Bank"),
        ("3 (iii)", "Cattle grid replacement"),
        ("4", "Any other business"),
    ]


def test_regression_a_recommendations_limbs_under_an_item_stay_its_description(
        tmp_path: Path) -> None:
    assert _text_items(AGENDA_WITH_LIMBS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Budget monitoring"),
        ("3", "Fees and charges 2026/27"),
    ]


# A lettered part's ref in its own cell, centred beside its title wrapped in the next cell.
PANEL_TABLE_PARTS = """!! Fenwold Fire and Rescue Scrutiny Panel
Notice of a meeting of the Panel to be held on Monday 9th November 2026 at 2.00 pm
^^ AGENDA
|- Item | Subject | Pages |
| 1 | Apologies for absence | |
| 2 | Minutes of the meeting held on 7th September 2026 | 3 - 8 |
| 3 | Service performance | |
| 3(a) | Response times against the Integrated Risk Management Plan - Quarter 2 | 9 - 14 |
| 3(b) | Prevention and protection activity - inspection programme progress | 15 - 20 |
| 4 | Work programme | 21 |
"""


def test_regression_a_lettered_parts_ref_centred_beside_its_wrapped_title(
        tmp_path: Path) -> None:
    assert _pdf_items(PANEL_TABLE_PARTS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 7th September 2026"),
        ("3", "Service performance"),
        ("3(a)", "Response times against the Integrated Risk Management Plan - Quarter 2"),
        ("3(b)", "Prevention and protection activity - inspection programme progress"),
        ("4", "Work programme"),
    ]
