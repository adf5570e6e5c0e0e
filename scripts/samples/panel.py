"""A report to a panel whose masthead glues the dash to the panel's name ("CORPORATE PARENTING
PANEL– 14 November 2025") and prints no "To:"/"Subject:" block. Modelled on real panel papers
of other councils; every name and figure is invented."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, numbered, para

COUNCIL = "Wealdshire County Council"
SECTIONS = [
    ("1.", "Introduction",
     "This report sets out the work of the Virtual School for children in care during the "
     "2024/25 school year."),
    ("2.", "Attainment",
     "Of the 212 children in care in Year 11, 41% achieved a grade 4 or above in English and "
     "maths, against 36% the year before."),
    ("3.", "Attendance",
     "Attendance rose to 91.2%, and no child in care was permanently excluded."),
]


def write_panel_report(path: Path) -> None:
    pdf = PaperPDF("Corporate Parenting Panel - Virtual School Annual Report")
    pdf.add_page()
    heading(pdf, COUNCIL.upper(), size=12, align="C", gap=2)
    heading(pdf, "CORPORATE PARENTING PANEL\u2013 14 November 2025", size=14, align="C", gap=5)
    heading(pdf, "Virtual School Annual Report 2024/25", size=13, gap=3)
    para(pdf, "Report of: Director of Education, Wealdshire County Council")
    heading(pdf, "Recommendation(s):", size=11, gap=1)
    para(pdf, "The Panel is asked to NOTE the report and the priorities of the Virtual School "
              "for 2025/26.")
    for number, title, text in SECTIONS:
        numbered(pdf, number, title, style="B")
        para(pdf, text, indent=12)
    pdf.output(str(path))
