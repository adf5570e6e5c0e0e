"""Regression tests for the KPI misses of held-out round 11's batches (table layout): a RAG
given by a coloured dot drawn as a shape or by a symbol-font glyph printed in colour, KPI
tables grouped by a merged first column, header cells turned 90 degrees, footnote markers
after a figure, and a half year as one period of several. Small papers in other councils'
words, each with a guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered as _pdf
from kcc_papers.extract import kpis
from kcc_papers.load import load
from kcc_papers.models import Kpi

KpiRow = tuple[str | None, float | None, str | None]


def _kpis(source: str, tmp_path: Path) -> list[KpiRow]:
    found: list[KpiRow] = []
    for ctx in contexts(_pdf(source, tmp_path)):
        if kpis.KINDS is None or ctx.document.kind in kpis.KINDS:
            found += [(k.ref or k.description, k.latest_value, k.latest_rag)
                      for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    return found


def _rows(source: str, tmp_path: Path) -> list[list[tuple[str, str | None]]]:
    """The first table's rows as (text, fill) cells."""
    with load(_pdf(source, tmp_path)) as src:
        table = next(t for p in src.pages for t in p.tables)
        return [[(c.text, c.fill) for c in row] for row in table.rows]


HEAD = """\
## ASHCOMBE DISTRICT COUNCIL
!! Overview and Scrutiny Committee
** Quarter 2 Performance Report 2026/27
1. The Committee is asked to note performance at the end of Quarter 2. Of the measures
below, {counts}.
"""

# dots drawn as shapes, no text: the colour is the rating (BRAG's blue, "exceeded", a green)
DOTS = HEAD.format(counts="three are green and one is red") + """\
|# Code | Measure | Target | Q1 | Q2 | RAG |
| AS1 | Missed bins per 100,000 collections | 60 | 58 | 55 | {dot#92d050} |
| AS2 | Planning appeals allowed (%) | 30 | 29 | 36 | {dot#ff0000} |
| AS3 | Invoices paid within 30 days (%) | 95 | 96 | 97 | {dot#00b050} |
| AS4 | Council tax collected (%) | 96 | 97 | 99.1 | {dot#0070c0} |
"""

# glyphs of a symbol font printed in colour, with and without a word beside them
GLYPHS = HEAD.format(counts="one is green, one amber and one red") + """\
| Ref | Indicator | Target | Actual | Status |
| LS-1 | Leisure centre visits (thousands) | 410 | 432 | {ding#00b050} |
| LS-2 | Library loans (thousands) | 220 | 214 | {ding#ffc000}Amber |
| LS-3 | Museum visits (thousands) | 90 | 71 | {ding#c00000} |
"""


def test_a_dot_drawn_in_a_cell_is_its_rating(tmp_path: Path) -> None:
    assert _kpis(DOTS, tmp_path) == [("AS1", 55.0, "green"), ("AS2", 36.0, "red"),
                                     ("AS3", 97.0, "green"), ("AS4", 99.1, "green")]


def test_a_symbol_glyph_in_colour_is_its_rating_not_text(tmp_path: Path) -> None:
    assert _kpis(GLYPHS, tmp_path) == [("LS-1", 432.0, "green"), ("LS-2", 214.0, "amber"),
                                       ("LS-3", 71.0, "red")]
    rows = _rows(GLYPHS, tmp_path)
    assert rows[1][4] == ("", "#00b050")  # no "l" from the glyph's font


def test_a_black_icon_leaves_the_cells_own_fill(tmp_path: Path) -> None:
    """Guard: a black dot (an icon, a bullet) rates nothing: the cell keeps its own fill."""
    source = HEAD.format(counts="one is amber") + """\
| Ref | Indicator | Target | Actual | Status |
| PK-1 | Parking fines paid on time (%) | 80 | 76 | {dot#000000} |
| PK-2 | Penalty charge appeals upheld (%) | 10 | 12 | {dot#a6a6a6} |
"""
    assert [row[4] for row in _rows(source, tmp_path)[1:]] == [("", None), ("", None)]


def test_a_merged_group_cell_gives_its_value_to_every_row(tmp_path: Path) -> None:
    source = HEAD.format(counts="all three are green") + """\
| Service | Ref | Indicator | Target | Actual | RAG |
| Waste | W1 | Household waste recycled (%) | 50 | 52 | Green |
| ^ | W2 | Missed collections per 100,000 | 60 | 41 | Green |
| Housing | H1 | Homelessness preventions | 300 | 344 | Green |
"""
    rows = _rows(source, tmp_path)
    assert [r[0][0] for r in rows] == ["Service", "Waste", "Waste", "Housing"]
    assert all(len(r) == len(rows[0]) for r in rows)
    assert _kpis(source, tmp_path) == [("W1", 52.0, "green"), ("W2", 41.0, "green"),
                                       ("H1", 344.0, "green")]


def test_turned_header_text_reads_along_its_turn(tmp_path: Path) -> None:
    source = HEAD.format(counts="one is red") + """\
|% 2 8 2 2 2
|# Ref | Indicator | Target | Actual | {up}Direction of travel |
| CT1 | Council tax collected (%) | 97.0 | 95.1 | Worse |
"""
    header = [text for text, _ in _rows(source, tmp_path)[0]]
    assert header[4].split() == ["Direction", "of", "travel"]


def test_a_footnote_marker_is_no_part_of_the_figure(tmp_path: Path) -> None:
    source = HEAD.format(counts="one is green and one amber") + """\
| Ref | Indicator | Target | Actual | RAG |
| FN1 | Average days to process new claims | 20 | 18.5[^1] | Green |
| FN2 | Rent collected (%) | 98 | 97[^2] | Amber |
[^1]: Excludes claims waiting for evidence.
[^2]: Cumulative to the end of the quarter.
"""
    assert _kpis(source, tmp_path) == [("FN1", 18.5, "green"), ("FN2", 97.0, "amber")]


def test_a_figure_printed_small_but_not_raised_is_kept(tmp_path: Path) -> None:
    """Guard: a cell whose chars are all one small size keeps every digit."""
    source = HEAD.format(counts="one is green") + """\
| Ref | Indicator | Target | Actual | RAG |
| SM1 | Fly-tips cleared in two days (%) | 90 | 91 | Green |
"""
    assert _kpis(source, tmp_path) == [("SM1", 91.0, "green")]


def test_the_half_year_column_is_the_latest_period(tmp_path: Path) -> None:
    source = HEAD.format(counts="one is amber") + """\
| Measure | Target 2026/27 | Q1 2026/27 | Half year 2026/27 | Rating |
| Routine repairs completed within 28 days (%) | 90.0 | 86.3 | 88.1 | Amber |
| Voids re-let within 30 days (%) | 80.0 | 82.0 | 84.5 | Green |
"""
    assert [(v, r) for _, v, r in _kpis(source, tmp_path)] == [(88.1, "amber"), (84.5, "green")]


# a zebra table: no rules, every other body row shaded, an odd number of body rows so the
# last one is unshaded
ZEBRA = HEAD.format(counts="three are green, one amber and one red") + """\
|~ Ref | Indicator | Target | Actual | RAG |
| ZB1 | Household waste recycled (%) | 50 | 52 | Green |
| ZB2 | Missed collections per 100,000 | 60 | 41 | Green |
| ZB3 | Fly-tips cleared within 2 days (%) | 90 | 84 | Amber |
| ZB4 | Streets at an acceptable standard (%) | 92 | 95 | Green |
| ZB5 | Abandoned vehicles removed within 24 hours (%) | 95 | 80 | Red |
"""


def test_a_zebra_table_is_one_table_with_its_unshaded_rows(tmp_path: Path) -> None:
    assert _kpis(ZEBRA, tmp_path) == [("ZB1", 52.0, "green"), ("ZB2", 41.0, "green"),
                                      ("ZB3", 84.0, "amber"), ("ZB4", 95.0, "green"),
                                      ("ZB5", 80.0, "red")]


def test_a_zebra_table_grouped_by_a_merged_column(tmp_path: Path) -> None:
    source = HEAD.format(counts="two are green and two red") + """\
|~ Theme | Code | Measure | Target | Actual | Status |
| Place | PL1 | Potholes repaired within 28 days (%) | 90 | 93 | {ding#00b050} |
| ^ | PL2 | Street lights repaired within 7 days (%) | 95 | 88 | {ding#ff0000} |
| ^ | PL3 | Parks with a Green Flag | 4 | 4 | {ding#00b050} |
| People | PE1 | Adult learners enrolled | 1,200 | 960 | {ding#ff0000} |
"""
    assert _kpis(source, tmp_path) == [("PL1", 93.0, "green"), ("PL2", 88.0, "red"),
                                       ("PL3", 4.0, "green"), ("PE1", 960.0, "red")]


def test_shaded_boxes_apart_are_no_zebra_table(tmp_path: Path) -> None:
    """Guard: two filled tables with text between them stay two tables, no rows added."""
    source = HEAD.format(counts="one is green") + """\
|# Ref | Indicator | Target | Actual | RAG |
| BX1 | Library visits (thousands) | 400 | 420 | Green |
2. The table below shows the second measure, reported for the first time this year, and
the paragraph between the two tables runs over several lines so that they are well apart.
3. A further paragraph.
|# Ref | Indicator | Target | Actual | RAG |
| BX2 | Museum visits (thousands) | 80 | 70 | Red |
"""
    with load(_pdf(source, tmp_path)) as src:
        tables = [t.texts() for p in src.pages for t in p.tables]
    assert [len(t) for t in tables] == [2, 2]


def test_an_aim_column_beside_a_target_column_is_no_target(tmp_path: Path) -> None:
    """The plan's aims the indicators are grouped under ("Aim", merged down) are not their
    target when a column is named "Target"."""
    source = HEAD.format(counts="one is green and one red") + """\
| Aim | Ref | Indicator | Target (half year) | Quarter 2 | Status |
| Safer streets | SS 1 | Anti-social behaviour incidents | 900 | 850 | Green |
| ^ | SS 2 | Repeat victims of crime (%) | 20 | 24 | Red |
"""
    found = []
    for ctx in contexts(_pdf(source, tmp_path)):
        found += [(k.ref, k.target) for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert found == [("SS 1", 900.0), ("SS 2", 20.0)]


def test_a_zebra_table_ending_on_a_shaded_row_takes_no_paragraph(tmp_path: Path) -> None:
    """The row guessed below the last shaded one is dropped when it is the paragraph after
    the table (its words run across the columns' edges), or empty."""
    source = HEAD.format(counts="three are green") + """\
|~ Ref | Indicator | Target | Actual | RAG |
| ZC1 | Household waste recycled (%) | 50 | 52 | Green |
| ZC2 | Missed collections per 100,000 | 60 | 41 | Green |
| ZC3 | Streets at an acceptable standard (%) | 92 | 95 | Green |
The figures for the third quarter are provisional until the waste data returns are validated.
"""
    assert [row[0][0] for row in _rows(source, tmp_path)] == ["Ref", "ZC1", "ZC2", "ZC3"]
