"""Review of branch zebra45 (zebra tables shaded in their filled cells only, joined by
``zebra_columns.fits``): tables a council prints one under another stay their own tables."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from kcc_papers.load import load

DARK, LIGHT = (31, 56, 100), (217, 226, 243)
ROW_MM = 7.0

SERVICES = [["Service", "Measure", "Q1", "Q2", "Q3"]] + [
    [f"S{i}", f"Measure {i} of service", str(i * 3), str(i * 4), str(i * 5)]
    for i in range(1, 6)]
TOTALS = [["Quarter", "Total"], ["Q1", "45"], ["Q2", "60"], ["Q3", "75"]]


def _zebra(pdf: FPDF, x: float, y: float, widths: list[float], rows: list[list[str]]) -> float:
    """A zebra table as Word shades one, each cell its own fill: the header dark, every
    other body row light; the y below it."""
    for r, row in enumerate(rows):
        fill = DARK if r == 0 else LIGHT if r % 2 == 0 else None
        cx = x
        for width, text in zip(widths, row, strict=True):
            if fill:
                pdf.set_fill_color(*fill)
                pdf.rect(cx, y, width, ROW_MM, style="F")
            pdf.set_text_color(*((255, 255, 255) if r == 0 else (0, 0, 0)))
            pdf.set_font("helvetica", "B" if r == 0 else "", 9)
            pdf.set_xy(cx, y)
            pdf.cell(width, ROW_MM, text)
            cx += width
        y += ROW_MM
    return y


def _tables(pdf: FPDF, tmp_path: Path) -> list[list[list[str]]]:
    path = tmp_path / "paper.pdf"
    pdf.output(str(path))
    return [[[c.text for c in row] for row in t.rows]
            for page in load(path).pages for t in page.tables]


def test_regression_a_narrower_zebra_table_under_a_wider_one_inside_its_span_stays_its_own(
        tmp_path: Path) -> None:
    # the quarters' totals under the services' table, under its last three columns: its
    # edges fall on the columns above, but it reaches neither of the wider table's edges
    pdf = FPDF()
    pdf.add_page()
    y = _zebra(pdf, 20, 20, [20, 60, 30, 30, 30], SERVICES)
    _zebra(pdf, 100, y + 6, [30, 30], TOTALS)
    assert _tables(pdf, tmp_path) == [SERVICES, TOTALS]


# A KPI table shaded in its filled cells only: HS3's long name, in a cell merged down over
# HS4's (left white), wraps on past HS4's bottom into HS5's row, whose own name stands there.
KPI_ROWS: list[tuple[list[str | None], tuple[int, int, int] | None]] = [
    (["Code", "Indicator", "Q3", "Target", "Rating"], DARK),
    (["HS1", "Households helped", "61", "55", "Green"], None),
    (["HS2", "Rough sleepers", "12", "10", "Red"], LIGHT),
    (["HS3", None, "84", "70", "Red"], None),
    (["HS4", None, "9", "8", "Amber"], LIGHT),
    (["HS5", "Empty homes back in use", "30", "25", "Green"], None),
    (["HS6", "Homes built", "400", "350", "Green"], LIGHT)]
LONG_NAME = ["Households in temporary", "accommodation at the end", "of the quarter, all types",
             "of housing included"]
# the long name's lines this far apart: its last line stands across HS4's bottom edge
LINE_STEP_MM = 3.6


def test_regression_a_long_name_wrapping_past_its_merged_cell_keeps_the_next_row_s_name(
        tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    widths = [20, 60, 30, 30, 30]
    for r, (cells, fill) in enumerate(KPI_ROWS):
        x, y = 20.0, 20 + r * ROW_MM
        for width, text in zip(widths, cells, strict=True):
            if fill and text is not None:
                pdf.set_fill_color(*fill)
                pdf.rect(x, y, width, ROW_MM, style="F")
            if text:
                pdf.set_text_color(*((255, 255, 255) if r == 0 else (0, 0, 0)))
                pdf.set_font("helvetica", "", 9)
                pdf.set_xy(x, y)
                pdf.cell(width, ROW_MM, text)
            x += width
    pdf.set_text_color(0, 0, 0)
    for i, line in enumerate(LONG_NAME):
        pdf.set_xy(40, 20 + 3 * ROW_MM + 0.5 + i * LINE_STEP_MM)
        pdf.cell(60, 3.5, line)
    [table] = _tables(pdf, tmp_path)
    names = {row[0]: row[1] for row in table[1:]}
    assert names["HS5"] == "Empty homes back in use"
    assert names["HS3"] == " ".join(LONG_NAME)
    assert names["HS6"] == "Homes built"
