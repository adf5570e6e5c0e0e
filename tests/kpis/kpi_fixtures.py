"""Small papers built at test time: a dashboard as a text export, and a PDF of KPI boxes
with coloured RAG cells (fpdf2)."""

from __future__ import annotations

from pathlib import Path

GRID_DASHBOARD = "\n".join(
    [
        "From:\tA Cabinet Member",
        "To:\tSome Cabinet Committee – 1 June 2016",
        "Subject:\tPerformance Dashboard",
        "Classification:\tUnrestricted",
        "The Dashboard includes results up to the end of March 2016.",
        "Of the 3 KPIs, two are Green and one is Amber and none are Red.",
        "Results up to March 2016",
        "DoT Alerts",
        "↑\tPerformance has improved",
        "↓\tPerformance has worsened",
        "Division\tDirector\tCabinet Member",
        "Libraries\tJo Bloggs\tSam Smith",
        "Ref\tIndicator description\tLatest Month\tMonth RAG\tDoT\tYear to Date\tYTD RAG"
        "\tTarget\tFloor Standard\tPrevious Year",
        "LB01\tPercentage of books returned on time\t91%\tGREEN\t↑\t88%\tAMBER\t90%\t80%\t85%",
        "LB02\tPercentage of requests waiting over 3 weeks\t12%\tAMBER\t↓\t9%\tGREEN\t10%\t20%"
        "\tNew Indicator",
        "LB03\tNumber of library visits (000s)\t1,210\tGREEN\t\t9,800\tGREEN\t1,000\t900\t1,150",
        "LB01 - Figures exclude mobile libraries.",
        "Ref\tIndicator description\tYear to date\tIn expected range\tExpected Upper"
        "\tExpected Lower\tPrev. yr YTD",
        "LB10\tNumber of new members\t5,020\tHigh\t4,800\t4,000\t4,400",
        "\tValue of fines collected\t£12.5k\t\t\t\t£14k",
    ]
)


def box_pdf(path: Path, boxes: list[tuple[str, str, str, str]]) -> Path:
    """KPI boxes like the 2025 Kent QPR: (description, RAG label, fill hex, values line)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 8, "Adult Social Care", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Cabinet Member Dan Watkins", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Key Performance Indicators", new_x="LMARGIN", new_y="NEXT")
    for desc, label, fill, values in boxes:
        latest, target, previous = values.split("|")
        with pdf.table(col_widths=(60, 60, 50, 20), first_row_as_headings=False) as table:
            row = table.row()
            row.cell(desc, colspan=3)
            rgb = tuple(int(fill[i : i + 2], 16) for i in (1, 3, 5))
            row.cell(label, style=FontFace(fill_color=rgb))
            row = table.row()
            row.cell(latest)
            row.cell(target)
            row.cell(previous, colspan=2)
        pdf.ln(6)
    pdf.output(str(path))
    return path


def grid_pdf(path: Path, rows: list[tuple[str, ...]], fills: dict[tuple[int, int], str]) -> Path:
    """A 2015-style dashboard table as a PDF; ``fills`` colours cells by (row, column)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    pdf.cell(0, 8, "Performance Dashboard", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "Results up to December 2016", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(first_row_as_headings=False) as table:
        for r, cells in enumerate(rows):
            row = table.row()
            for c, text in enumerate(cells):
                fill = fills.get((r, c))
                style = None
                if fill:
                    rgb = tuple(int(fill[i : i + 2], 16) for i in (1, 3, 5))
                    style = FontFace(fill_color=rgb)
                row.cell(text, style=style)
    pdf.output(str(path))
    return path
