"""Regression tests for the agenda-item misses of round 10's blind batches (text layers as real
PDFs mangle them). Each runs on small generated papers in the layout that showed the miss, in
more than one council's form."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from conftest import contexts
from heldout_support import heldout_accuracy
from kcc_papers.extract import agenda
from kcc_papers.load.pdf_lines import _spans
from kcc_papers.load.pdf_runs import Run, _one_line_pieces
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



# ----------------------------------------- a bold ref in a label column, its title plain beside

LABELLED_AGENDA = """## Westmarch County Council
** Environment Cabinet Committee
^^ AGENDA
A1\tApologies and substitutes
A2\tDeclarations of interest by Members in items on this agenda
B1\tVerbal update by the Cabinet Member for Highways and the Corporate Director
B2\tFlood risk management strategy: annual progress report and forward work plan
B3\tTree planting programme 2026/27
"""

NUMBERED_LABELS = """## Harrowfield Borough Council
** Overview and Scrutiny Committee
^^ AGENDA
1\tApologies for absence
2\tCall-in of the Executive decision on the closure of the Eastgate household waste site
3\tPerformance of the council tax and business rates collection service in Quarter 1
4\tWork programme
"""


def test_regression_a_plain_title_beside_a_bold_ref_keeps_its_wrapped_line(
        tmp_path: Path) -> None:
    # "B1" bold in the label column, "Verbal update ... Corporate" plain beside it to the
    # margin, "Director" under the title: the line's weight is its ref's, not the title's
    assert _pdf_items(LABELLED_AGENDA, tmp_path) == [
        ("A1", "Apologies and substitutes"),
        ("A2", "Declarations of interest by Members in items on this agenda"),
        ("B1", "Verbal update by the Cabinet Member for Highways and the Corporate Director"),
        ("B2", "Flood risk management strategy: annual progress report and forward work plan"),
        ("B3", "Tree planting programme 2026/27"),
    ]


def test_regression_a_numbered_label_column_keeps_wrapped_titles(tmp_path: Path) -> None:
    assert _pdf_items(NUMBERED_LABELS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Call-in of the Executive decision on the closure of the Eastgate household "
              "waste site"),
        ("3", "Performance of the council tax and business rates collection service in "
              "Quarter 1"),
        ("4", "Work programme"),
    ]


# --------------------------------- a page range closes a title: no centred number's cell above

PAGED_LABELS = (
    "%% shuffle\n"
    "## Castleby City Council\n"
    "** Planning Committee\n"
    "^^ AGENDA\n"
    "1\tApologies for absence\n"
    "2\tMinutes of the meeting held on 2 June 2026 (Pages 1 - 4)\n"
    "3\t26/01144/FUL - Land at Mill Lane, Castleby: the erection of 48 homes and of the "
    "access road (Pages 5 - 9)\n"
    "4\t26/01302/OUT - Former Bus Depot, Station Road, Castleby: outline application for a "
    "food store (Pages 10 - 14)\n"
    "5\tPlanning appeals (Page 15)\n"
)


def test_regression_a_page_range_above_a_number_is_no_part_of_its_cell(tmp_path: Path) -> None:
    # "3 ... (Pages 5 - 9)" wrapped, then "4 26/01302/OUT ..." on its line, its title going on
    # below: the number is on its title's first line, not centred on the middle of a cell
    assert _pdf_items(PAGED_LABELS, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 2 June 2026"),
        ("3", "26/01144/FUL - Land at Mill Lane, Castleby: the erection of 48 homes and of the "
              "access road"),
        ("4", "26/01302/OUT - Former Bus Depot, Station Road, Castleby: outline application "
              "for a food store"),
        ("5", "Planning appeals"),
    ]


# ------------------------------- a centred number's cell going on in a line led by a figure

FIGURE_LED_CELLS = """%% ligatures
## Greyhaven Fire and Rescue Authority
** Audit Committee
^^ A G E N D A
|- No. | Item | Pages
| 1 | Minutes of the meeting held on 14 May 2026 | 1 - 4 |
| 2 | Statement of accounts for the year 2025/26 | 5 - 40 |
| 3 | Internal audit annual report and opinion 2025/26 | 41 - 52 |
"""


def test_regression_a_cells_line_led_by_a_figure_is_no_item(tmp_path: Path) -> None:
    # "1  1 - 4" centred between "Minutes of the meeting held on" and "14 May 2026": the
    # figure "14" is no neighbour of "1" in the numbering, so the line is the title's words
    assert _pdf_items(FIGURE_LED_CELLS, tmp_path) == [
        ("1", "Minutes of the meeting held on 14 May 2026"),
        ("2", "Statement of accounts for the year 2025/26"),
        ("3", "Internal audit annual report and opinion 2025/26"),
    ]

# ------------------------------------------------ a PDFium run over two lines, a word parted

class _Glyphs:
    """Glyph boxes (left, bottom, right, top; PDF points, y up) of a text laid out by lines:
    each (x, baseline, text) piece's letters CHAR_WIDTH apart, HEIGHT tall."""

    CHAR_WIDTH, HEIGHT = 6.0, 12.0

    def __init__(self, pieces: list[tuple[float, float, str]],
                 climb: float = 0.0) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []
        self.text = ""
        for x, base, text in pieces:
            for k, _ in enumerate(text):
                left = x + k * self.CHAR_WIDTH
                bottom = base + k * climb  # a rotated watermark's letters climb
                self.boxes.append((left, bottom, left + self.CHAR_WIDTH, bottom + self.HEIGHT))
            self.text += text

    def loose_box(self, index: int) -> tuple[float, float, float, float]:
        return self.boxes[index]


def _pieces(glyphs: _Glyphs) -> list[str]:
    text = glyphs.text
    pieces = _one_line_pieces(cast(Any, glyphs), text, 0, len(text))
    return [text[a:z] for a, z in pieces]


def test_regression_a_run_over_two_lines_is_read_as_two_lines() -> None:
    # a heading and the paragraph under it (or a label's line and the heading under it) that
    # PDFium gave as one run: the second line starts back at the margin, a line lower
    heading = _Glyphs([(60.0, 700.0, "Policy Committee "), (60.0, 680.0, "A meeting of")])
    assert _pieces(heading) == ["Policy Committee ", "A meeting of"]
    clerk = _Glyphs([(60.0, 500.0, "Clerk: 01632 820015 "), (60.0, 478.0, "B U S I N E S S")])
    assert _pieces(clerk) == ["Clerk: 01632 820015 ", "B U S I N E S S"]


def test_a_run_on_one_line_a_watermark_or_a_hyphenated_word_stays_whole() -> None:
    assert _pieces(_Glyphs([(60.0, 700.0, "Apologies for absence")])) == ["Apologies for absence"]
    # a watermark's letters climb the page, each right of the last
    assert _pieces(_Glyphs([(150.0, 300.0, "DRAFT")], climb=60.0)) == ["DRAFT"]
    # a word PDFium joined across a hyphenated line break on purpose
    hyphenated = _Glyphs([(400.0, 700.0, "sub\ufffe"), (60.0, 686.0, "categories")])
    assert _pieces(hyphenated) == ["sub\ufffecategories"]


def _run(x0: float, text: str, size: float = 14.0) -> Run:
    return Run(100.0, x0, x0 + 0.5 * size * len(text), 110.0, text, size, False)


def test_regression_a_short_word_parted_from_its_line_by_a_word_space_joins_its_span() -> None:
    # "Item" "1" "- Declarations of Interest", each a run PDFium parted at the short word
    item = _run(60.0, "Item")
    one = _run(item.x1 + 4.2, "1")
    title = _run(one.x1 + 4.2, "- Declarations of Interest")
    assert [t for _, t in _spans([item, one, title])] == ["Item 1 - Declarations of Interest"]
    # a table's cells sit further apart: the pages cell "8" is a column of its own
    cell = _run(220.0, "April to September 2026", size=10.5)
    pages = _run(cell.x1 + 5.7, "8", size=10.5)
    assert [t for _, t in _spans([cell, pages])] == ["April to September 2026", "8"]
    # two long words a word space apart stay the runs PDFium gave
    lead = _run(60.0, "Apologies")
    chair = _run(lead.x1 + 4.0, "Chair")
    assert len(_spans([lead, chair])) == 2
