"""Review of round 16's agenda and PDF table fixes, checked against papers of other councils:
a dot leader leading to its pages spelled with their word ("Pages 3 - 4", "(Pages 3 - 4)") or
to a bracketed note stayed in the title; a page whose cells are shaded in Word's 25% grey
(#BFBFBF, PDFium's stand-in colour for a pattern) beside a pattern-filled chart lost that grey
on the fast table path. Each runs on a small paper written here."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import pdf_agenda_items as _pdf_items
from heldout_support import rendered
from kcc_papers.extract import agenda
from kcc_papers.models import AgendaItem

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

# ----------------------- a leader to pages spelled with their word, or to a bracketed note

MODERNGOV_WORDED_LEADERS = """%% font serif
## ASHCOMBE BOROUGH COUNCIL
**LICENSING COMMITTEE - THURSDAY, 9TH JULY, 2026**
A meeting of the Licensing Committee will be held in the Council Chamber, Ashcombe on Thursday, 9th July, 2026 at 6.30 pm.
** AGENDA
1.  Apologies for Absence
2.  Minutes ................................................................................... (Pages 3 - 6)
3.  Statement of Licensing Policy 2026-2031 ...................................... Pages 7 - 40
4.  Fees and Charges Review ................................................................ Page 41
5.  Hackney Carriage Fares ................................................................... (To Follow)
6.  Any Other Business which the Chairman considers to be urgent
"""  # noqa: E501


def test_regression_leader_to_worded_or_bracketed_pages_is_no_part_of_the_title(
        tmp_path: Path) -> None:
    # a leader leads to the pages however they are printed ("(Pages 3 - 6)", "Pages 7 - 40",
    # "Page 41") or to a note in brackets: the dots were left in the title
    assert _pdf_items(MODERNGOV_WORDED_LEADERS, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes"),
        ("3", "Statement of Licensing Policy 2026-2031"),
        ("4", "Fees and Charges Review"),
        ("5", "Hackney Carriage Fares"),
        ("6", "Any Other Business which the Chairman considers to be urgent"),
    ]


# ------------------- a plain fill in PDFium's pattern stand-in grey beside a pattern's fill

def _grey_headed_table_beside_a_gradient(path: Path) -> Path:
    """A table whose header row and first column are shaded #BFBFBF (Word's "White,
    Background 1, Darker 25%"), one column rated red, and a chart's bar filled with a
    gradient (a shading pattern) below it."""
    from fpdf import FPDF
    from fpdf.pattern import LinearGradient

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for r, label in enumerate(["Measure", "Rate", "Count"]):
        for c, fill in enumerate([(191, 191, 191), (200, 30, 30), None]):
            fill = (191, 191, 191) if r == 0 else fill
            if fill:
                pdf.set_fill_color(*fill)
            pdf.rect(50 + 120 * c, 100 + 30 * r, 120, 30, style="DF" if fill else "D")
            pdf.text(55 + 120 * c, 120 + 30 * r, f"{label} {c}")
    bar = LinearGradient(from_x=50, from_y=300, to_x=250, to_y=300,
                         colors=["#1f4e79", "#9dc3e6"])
    with pdf.use_pattern(bar):
        pdf.rect(50, 300, 200, 40, style="F")
    pdf.output(str(path))
    return path


def test_regression_grey_fill_beside_a_pattern_keeps_its_colour(tmp_path: Path) -> None:
    # PDFium gives a pattern's fill as 0xBFBFBF: a page with a pattern and a plain fill of
    # that grey read the grey cells as patterns, no colour, where pdfplumber gives #bfbfbf
    pytest.importorskip("fpdf", reason="fpdf2 (the 'samples' extra) is not installed")
    from kcc_papers.load.pdf_layout import _LazyTables

    path = _grey_headed_table_beside_a_gradient(tmp_path / "grey.pdf")
    grey, red = "#bfbfbf", "#c81e1e"
    want = [[grey, grey, grey], [grey, red, None], [grey, red, None]]
    for engine in ("pdfplumber", "pdfium"):
        tables = _LazyTables(path, engine).read(1)
        assert [[cell.fill for cell in row] for t in tables for row in t.rows] == want, engine


def test_the_review_patterns_are_linear() -> None:
    # the stand-in grey's operator is found first and its operands read in a bounded window;
    # the leader's pages take their word before the figures once; a private note's inner
    # bracket starts with its own character, no other branch's
    from kcc_papers.extract.agenda.leaders import leaders_read
    from kcc_papers.extract.agenda.patterns import NOTE
    from kcc_papers.load.model import Line
    from kcc_papers.load.pdf_colours import _stand_in_fill

    for text in (" " * 10_000, "a" * 10_000, "1" * 10_000, "." * 10_000, "1 g " * 2_500,
                 "(a)" * 3_000, "(not for publication " * 500):
        start = time.process_time()
        _stand_in_fill(text.encode())
        leaders_read([(1, Line(f"3. Minutes ........ Pages {text}"))])
        NOTE.sub("", f"Disposal (not for publication {text}")
        assert time.process_time() - start < LINEAR_SECONDS, text[:4]


# ----------------- two zebra tables, a caption between, the second's header wrapped tall

TWO_ZEBRA_TABLES = """## Finance and Resources Committee
** Budget monitoring
The tables below set out the position at the end of quarter 2.
|~ Service | Budget | Forecast |
| Adult Social Care | 120.4 | 121.0 |
| Children's Services | 80.2 | 82.3 |
| Highways | 40.1 | 39.9 |
| Waste | 30.0 | 30.5 |
Table 2 shows capital.
The schemes are listed by ward.
All figures are in thousands.
|~ Capital scheme and the ward or wards it serves across the district | Approved budget for the year 2026/27 £000 | Forecast outturn at the end of quarter 2 £000 |
| Depot replacement | 5.0 | 5.2 |
| Leisure centre | 12.0 | 11.5 |
| Flood defences | 3.1 | 3.1 |
"""  # noqa: E501


def test_regression_next_tables_tall_header_joins_no_zebra_pieces(tmp_path: Path) -> None:
    # the band just below the gap counted as a row of the table above, the next table's
    # header (dark, wrapped to three lines) let a three-line caption pass for an unshaded
    # row: the two tables were read as one, the caption in its "Waste" row
    from kcc_papers.load.pdf_layout import _LazyTables

    path = rendered(TWO_ZEBRA_TABLES, tmp_path)
    for engine in ("pdfplumber", "pdfium"):
        tables = _LazyTables(path, engine).read(1)
        assert [[row[0].text for row in t.rows] for t in tables] == [
            ["Service", "Adult Social Care", "Children's Services", "Highways", "Waste"],
            ["Capital scheme and the ward or wards it serves across the district",
             "Depot replacement", "Leisure centre", "Flood defences"],
        ], engine


# ------------------- a note not for publication naming the Act "(as amended)" in brackets

HARTSDALE_NESTED_NOTE = """HARTSDALE DISTRICT COUNCIL
CABINET
Wednesday 14 April 2027 at 6.00 pm, Council Chamber, Hartsdale
AGENDA
1. Apologies for Absence
2. Minutes of the meeting held on 10 March 2027
3. Leisure Centre Management Contract (Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (as amended))
4. Any Other Business
"""  # noqa: E501


def test_regression_private_note_with_a_bracket_inside_is_no_part_of_the_title(
        tmp_path: Path) -> None:
    # the note's words ran to its first closing bracket only, so "(as amended))" kept the
    # whole note in the title and the item was not marked exempt
    path = tmp_path / "agenda.txt"
    path.write_text(HARTSDALE_NESTED_NOTE)
    (ctx,) = contexts(path, "agenda")
    items = [r for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]
    assert [(r.item_ref, r.title, r.exempt) for r in items] == [
        ("1", "Apologies for Absence", False),
        ("2", "Minutes of the meeting held on 10 March 2027", False),
        ("3", "Leisure Centre Management Contract", True),
        ("4", "Any Other Business", False),
    ]
