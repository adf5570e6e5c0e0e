"""Two papers in layouts other than Kent's committee template, with invented content:

* a district council's cabinet report: a labelled header block ("Meeting:", "Date:",
  "Subject:", "Key Decision:"), then "2.0 Recommendations" whose paragraphs ask two bodies
  ("2.1 Cabinet is asked to RECOMMEND that: (1) ... 2.2 Council is asked to RESOLVE that: ...");
* a Full Council summons front sheet: a large-type cover ("Summons to and Agenda for a Meeting
  on Thursday, 13th March, 2025"), a blank page, then the clerk's letter, a letter-spaced
  "A G E N D A" and the numbered business with wrapped titles and page ranges.
"""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, labelled, numbered, para

REPORT_COUNCIL = "ASHDOWN VALE DISTRICT COUNCIL"
REPORT_HEADER = [
    ("Meeting:", "Cabinet"),
    ("Date:", "10 December 2025"),
    ("Subject:", "Leisure Centre Refurbishment Programme"),
    ("Report of:", "Director of Communities"),
    ("Portfolio Holder:", "Councillor Mara Quenby, Leisure and Wellbeing"),
    ("Key Decision:", "Yes"),
    ("Report Author:", "Tobias Wrenfield, Leisure Services Manager"),
    ("Wards affected:", "All"),
]
PURPOSE = [
    ("1.1", "This report sets out the case for refurbishing the council's two leisure centres "
            "and asks Cabinet to recommend a capital budget to Council."),
]
CABINET_ASK = "Cabinet is asked to RECOMMEND that:"
CABINET_PARTS = [
    ("(1)", "the refurbishment programme set out in section 4 is approved; and"),
    ("(2)", "a capital budget of £4.2 million is added to the capital programme for 2026/27."),
]
COUNCIL_ASK = "Council is asked to RESOLVE that:"
COUNCIL_PARTS = [
    ("(1)", "the capital programme for 2026/27 is amended to include the refurbishment "
            "programme; and"),
    ("(2)", "the Director of Communities is authorised to award the works contract."),
]
REASONS = [
    ("3.1", "Both centres are over thirty years old; their heating plant and pool filtration "
            "are failing and closures rose from 6 days in 2023 to 19 days in 2024."),
]
BACKGROUND = [
    ("4.1", "The council owns Marlcombe Leisure Centre and Westry Pool. A condition survey in "
            "2025 found £3.1 million of urgent works."),
    ("4.2", "The programme would replace the plant, refit the changing rooms and add solar "
            "panels, which would save £85,000 a year in energy."),
]


def write_district_report(path: Path) -> None:
    pdf = PaperPDF("Leisure Centre Refurbishment Programme - Cabinet report")
    pdf.add_page()
    heading(pdf, REPORT_COUNCIL, size=14, align="C", gap=4)
    for label, value in REPORT_HEADER:
        labelled(pdf, label, value, width=42, gap=1.5)
    pdf.ln(3)
    _section(pdf, "1.0", "Purpose of Report", PURPOSE)
    heading(pdf, "2.0 Recommendations", size=12, gap=2)
    numbered(pdf, "2.1", CABINET_ASK, indent=12)
    for number, text in CABINET_PARTS:
        numbered(pdf, number, text, indent=10, left=12)
    numbered(pdf, "2.2", COUNCIL_ASK, indent=12)
    for number, text in COUNCIL_PARTS:
        numbered(pdf, number, text, indent=10, left=12)
    pdf.ln(1)
    _section(pdf, "3.0", "Reasons for Recommendations", REASONS)
    _section(pdf, "4.0", "Background", BACKGROUND)
    pdf.output(str(path))


def _section(pdf: PaperPDF, number: str, title: str, paragraphs: list[tuple[str, str]]) -> None:
    heading(pdf, f"{number} {title}", size=12, gap=2)
    for n, text in paragraphs:
        numbered(pdf, n, text, indent=12)
    pdf.ln(1)


SUMMONS_COVER = [
    "Summons to and",
    "Agenda for a",
    "Meeting on",
    "Thursday, 13th",
    "March, 2025",
    "at 10.00 am",
]
SUMMONS_LETTER = [
    "To: All Members of the County Council",
    "A meeting of the County Council will be held in the Council Chamber, Shire Hall, "
    "Eastbury, EB1 4QA on Thursday, 13th March, 2025 at 10.00 am to deal with the following "
    "business. The meeting is scheduled to end by 4.00 pm.",
]
# (number, title lines, page range printed on the first line)
SUMMONS_ITEMS: list[tuple[str, list[str], str]] = [
    ("1.", ["Apologies for Absence"], ""),
    ("2.", ["Declarations of Disclosable Pecuniary Interests or Other",
            "Significant Interests in items on the agenda"], ""),
    ("3.", ["Minutes of the meeting held on 13 February 2025 and, if in",
            "order, to be approved as a correct record"], "(Pages 1 - 18)"),
    ("4.", ["Chairman's Announcements"], ""),
    ("5.", ["Questions"], ""),
    ("6.", ["Report by Leader of the Council (Oral)"], ""),
    ("7.", ["Pay Policy Statement 2025-26"], "(Pages 19 - 34)"),
    ("8.", ["Highways Asset Management Plan"], "(Pages 35 - 60)"),
    ("9.", ["Motion for Time Limited Debate"], ""),
]
CLERK = ["Hannah Lowick", "Head of Democratic Services", "01632 960118"]


def write_full_council_summons(path: Path) -> None:
    pdf = PaperPDF("Summons to and Agenda for a Meeting on Thursday, 13th March, 2025")
    pdf.add_page()
    pdf.set_y(60)
    for line in SUMMONS_COVER:
        style = "B" if line.startswith(("Thursday", "March")) else ""
        pdf.set_font("helvetica", style, 26)
        pdf.set_x(105)
        pdf.cell(0, 12, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # the cover's blank back
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    for line in ["DEMOCRATIC SERVICES", "SHIRE HALL", "EASTBURY", "Tuesday, 4 March 2025"]:
        pdf.cell(0, 6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for text in SUMMONS_LETTER:
        para(pdf, text, size=11, gap=3)
    heading(pdf, "A G E N D A", size=11, align="C", gap=3)
    for number, lines, pages in SUMMONS_ITEMS:
        _summons_item(pdf, number, lines, pages)
    pdf.ln(8)
    for line in CLERK:
        pdf.cell(0, 6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _summons_item(pdf: PaperPDF, number: str, lines: list[str], pages: str) -> None:
    """The number in the margin, the title on a hanging indent, the page range right-aligned
    on the title's first line (where ModernGov prints it)."""
    pdf.set_font("helvetica", "", 11)
    for n, line in enumerate(lines):
        y = pdf.get_y()
        if n == 0:
            pdf.cell(10, 6, number)
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.cell(130, 6, line)
        if n == 0 and pages:
            pdf.set_xy(pdf.l_margin + 140, y)
            pdf.cell(30, 6, pages, align="R")
        pdf.set_xy(pdf.l_margin, y + 6)
    pdf.ln(2)
