"""Regression tests for the agenda-item misses of round 10's blind batches (text layers as real
PDFs mangle them). Each runs on small generated papers in the layout that showed the miss, in
more than one council's form."""

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


# ------------------------------------ a number centred beside a wrapped title, other columns
# Every title here wraps in its cell: a one-line row's columns are read as one run by PDFium
# when written in order (left for a load/ fix, see the round's report).

BOARD_AGENDA = """## Northmere Homes Limited
** Board Meeting
Date:	Thursday 12 November 2026, 6.00 pm
** Agenda
|- No. | Item | Lead | Purpose
|- 1 | Apologies, quorum and declarations of interest of board members | Chair | -
|- 2 | Minutes of the Board meeting held on 10 September 2026 and matters arising | Chair | Approve
|- 3 | Chief Executive's update on the regulator's inspection | Chief Executive | Note
|- 4 | Building safety and compliance report for quarter 2 | Director of Assets | Assurance
"""

PARTNERSHIP_AGENDA = """## Eastvale Integration Joint Board
** Agenda
|- Ref | Business | Presenter | Paper
|- A1 | Welcome, apologies for absence and declarations of interest | Chair | Verbal
|- A2 | Strategic commissioning plan: outcome of the consultation | Chief Officer | EIJB 26/51
|- A3 | Medium term financial outlook and savings programme | Chief Finance Officer | EIJB 26/52
|- A4 | Winter plan 2026/27 and the whole system escalation framework | Chief Officer | EIJB 26/53
"""


def test_regression_a_centred_number_beside_other_columns_joins_its_wrapped_title(
        tmp_path: Path) -> None:
    # "1  Chair  -" printed between "Apologies, quorum ..." and "... of board members": the
    # row's lead and purpose are on the number's line, its title's cell above and below it
    assert _pdf_items(BOARD_AGENDA, tmp_path) == [
        ("1", "Apologies, quorum and declarations of interest of board members"),
        ("2", "Minutes of the Board meeting held on 10 September 2026 and matters arising"),
        ("3", "Chief Executive's update on the regulator's inspection"),
        ("4", "Building safety and compliance report for quarter 2"),
    ]


def test_regression_a_centred_ref_beside_presenter_and_paper_columns(tmp_path: Path) -> None:
    assert _pdf_items(PARTNERSHIP_AGENDA, tmp_path) == [
        ("A1", "Welcome, apologies for absence and declarations of interest"),
        ("A2", "Strategic commissioning plan: outcome of the consultation"),
        ("A3", "Medium term financial outlook and savings programme"),
        ("A4", "Winter plan 2026/27 and the whole system escalation framework"),
    ]
