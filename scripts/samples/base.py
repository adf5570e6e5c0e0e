"""Shared PDF machinery for the sample papers: a fixed-date FPDF, text helpers and ruled tables.

Everything is deterministic: no clock, no randomness, core fonts only (nothing embedded), so
the same fpdf2 version writes the same bytes every time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import fpdf
from fpdf import FPDF
from fpdf.fonts import FontFace

# Every sample claims to have been written at the same moment.
FIXED_DATE = dt.datetime(2025, 2, 10, 9, 0, 0, tzinfo=dt.UTC)
PRODUCER = f"fpdf2 {fpdf.__version__}"
SUBJECT = "Synthetic sample paper for kcc-papers: all names, figures and decisions are fictional"

GREEN = (146, 208, 80)
AMBER = (255, 192, 0)
RED = (255, 80, 80)
GREY = (217, 217, 217)
RAG_FILL = {"GREEN": GREEN, "AMBER": AMBER, "RED": RED}

BODY = 11.5
LEADING = 0.56  # line height in mm per point of font size


class PaperPDF(FPDF):
    """A4 paper with optional per-page header/footer callbacks and a "Page N" pack footer."""

    def __init__(self, title: str, orientation: str = "P") -> None:
        super().__init__(orientation=orientation, unit="mm", format="A4")
        # WinAnsi lets the core fonts print en dashes and curly quotes, as real papers do.
        self.core_fonts_encoding = "cp1252"
        self.set_creation_date(FIXED_DATE)
        self.set_producer(PRODUCER)
        self.set_creator("kcc-papers scripts/make_samples.py")
        self.set_title(title)
        self.set_subject(SUBJECT)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_font("helvetica", size=BODY)
        # File page from which a printed "Page 1" footer starts (agenda packs); None: no footer.
        self.numbered_from: int | None = None
        self.header_fn: Callable[[PaperPDF], None] | None = None
        self.footer_fn: Callable[[PaperPDF], None] | None = None

    def printed_number(self) -> int | None:
        if self.numbered_from is None or self.page_no() < self.numbered_from:
            return None
        return self.page_no() - self.numbered_from + 1

    def header(self) -> None:
        if self.header_fn:
            self.header_fn(self)

    def footer(self) -> None:
        if self.footer_fn:
            self.footer_fn(self)
        number = self.printed_number()
        if number is not None:
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 5, f"Page {number}", align="C")
            self.set_font("helvetica", size=BODY)


def para(
    pdf: PaperPDF,
    text: str,
    size: float = BODY,
    style: str = "",
    gap: float = 2.5,
    indent: float = 0,
) -> None:
    pdf.set_font("helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, size * LEADING, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(pdf: PaperPDF, text: str, size: float = 12, gap: float = 2.5, align: str = "L") -> None:
    pdf.set_font("helvetica", "B", size)
    pdf.multi_cell(0, size * LEADING, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)
    pdf.set_font("helvetica", size=BODY)


def labelled(
    pdf: PaperPDF, label: str, value: str, width: float = 38, gap: float = 2.5, size: float = BODY
) -> None:
    """A bold label with its value beside it, on the same baseline (the report header block)."""
    pdf.set_font("helvetica", "B", size)
    y = pdf.get_y()
    pdf.cell(width, size * LEADING, label)
    pdf.set_font("helvetica", "", size)
    pdf.set_xy(pdf.l_margin + width, y)
    pdf.multi_cell(0, size * LEADING, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def numbered(
    pdf: PaperPDF,
    number: str,
    text: str,
    indent: float = 12,
    gap: float = 2.0,
    size: float = BODY,
    left: float = 0,
    style: str = "",
) -> None:
    """A hanging-indent paragraph: "(1)" or "2.1" in the margin, the text beside it."""
    pdf.set_font("helvetica", style, size)
    y = pdf.get_y()
    if y + size * LEADING > pdf.page_break_trigger:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_x(pdf.l_margin + left)
    pdf.cell(indent, size * LEADING, number)
    pdf.set_xy(pdf.l_margin + left + indent, y)
    pdf.multi_cell(0, size * LEADING, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)
    pdf.set_font("helvetica", size=BODY)


def blank_page(pdf: PaperPDF) -> None:
    pdf.add_page()
    pdf.set_y(pdf.h / 2 - 10)
    pdf.set_font("helvetica", "", 12)
    pdf.cell(0, 6, "This page is intentionally left blank", align="C")
    pdf.set_font("helvetica", size=BODY)


def ruled_table(
    pdf: PaperPDF,
    headings: Sequence[str],
    rows: Sequence[Sequence[str | tuple[str, tuple[int, int, int]]]],
    widths: Sequence[float],
    size: float = 8,
    align: str = "LEFT",
) -> None:
    """A fully ruled table. A cell given as (text, rgb) is filled with that colour; a row of
    one cell spans the whole table (a section heading row)."""
    pdf.set_font("helvetica", size=size)
    heading_style = FontFace(emphasis="BOLD", fill_color=GREY)
    with pdf.table(
        col_widths=tuple(widths),
        width=sum(widths),
        align="LEFT",
        text_align=align,
        line_height=size * LEADING,
        headings_style=heading_style,
        padding=1,
    ) as table:
        head = table.row()
        for text in headings:
            head.cell(text)
        for cells in rows:
            row = table.row()
            if len(cells) == 1:
                row.cell(
                    str(cells[0]),
                    colspan=len(headings),
                    style=FontFace(emphasis="BOLD", fill_color=GREY),
                )
                continue
            for cell in cells:
                if isinstance(cell, tuple):
                    row.cell(cell[0], style=FontFace(fill_color=cell[1]))
                else:
                    row.cell(cell)
    pdf.ln(3)
    pdf.set_font("helvetica", size=BODY)
