"""A ModernGov-style agenda pack: the agenda front sheet, then the minutes of the last meeting and
a report per item, each starting on an odd printed page ("Page N" footers after the front sheet,
blank pages where a document ends on an odd page). The page ranges printed on the agenda are
the ones the pack really has: the pack is laid out once to measure them, then again to print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .base import PaperPDF, blank_page, heading, labelled, numbered, para
from .pack_dashboard import write_dashboard
from .pack_minutes import COMMITTEE, write_minutes
from .pack_reports import write_facilities_report, write_risk_report

Writer = Callable[[PaperPDF], None]

# Sections of the agenda: (heading, [(code, title, description, writer or None)]).
AGENDA: list[tuple[str, list[tuple[str, str, str, Writer | None]]]] = [
    (
        "A - Committee Business",
        [
            ("A1", "Introduction/Webcast announcement", "", None),
            (
                "A2",
                "Apologies and Substitutes",
                "To receive apologies for absence and notification of any substitutes present",
                None,
            ),
            (
                "A3",
                "Declarations of Interest by Members in items on the Agenda",
                "To receive any declarations of interest made by Members in relation to any matter "
                "on "
                "the agenda.",
                None,
            ),
            (
                "A4",
                "Minutes of the meeting held on 12 November 2024",
                "To consider and approve the minutes as a correct record.",
                write_minutes,
            ),
        ],
    ),
    (
        "B - Key or significant Cabinet Member Decision(s) for recommendation or endorsement",
        [
            (
                "B1",
                "24/00123 - Renewal of Facilities Management Contract",
                "To consider and endorse or make recommendations on the proposed decision to "
                "extend "
                "the Total Facilities Management contract for Mid Kent.",
                write_facilities_report,
            ),
        ],
    ),
    (
        "C - Monitoring of Performance",
        [
            (
                "C1",
                "Performance Dashboard",
                "To receive a report showing progress made against targets set for Key Performance "
                "Indicators",
                write_dashboard,
            ),
            (
                "C2",
                "Financial Monitoring 2024-25 - Verbal Update",
                "To receive a verbal update from the Deputy Leader",
                None,
            ),
        ],
    ),
    (
        "D - Other items for comment/recommendation to the Leader/Cabinet Member/Cabinet or "
        "officers",
        [
            (
                "D1",
                "Risk Management - Strategic Risk Register",
                "To receive a report that presents the corporate risks owned by directors in the "
                "Chief Executive's Department",
                write_risk_report,
            ),
        ],
    ),
]

Ranges = dict[str, tuple[int, int]]


def write_front_sheet(pdf: PaperPDF, ranges: Ranges) -> None:
    pdf.add_page()
    heading(pdf, "AGENDA", size=16, align="C", gap=3)
    heading(pdf, COMMITTEE, size=13, align="C", gap=4)
    pdf.set_font("helvetica", "", 10.5)
    labelled(
        pdf,
        "Wednesday, 15th January, 2025, at 10.00 am",
        "Ask for: Mrs W Harcourt",
        width=110,
        gap=1,
    )
    labelled(
        pdf,
        "Darent Room, Sessions House, County Hall,",
        "Telephone: 03000 410999",
        width=110,
        gap=1,
    )
    para(pdf, "Maidstone", gap=4)
    para(pdf, "Tea/Coffee will be available 15 minutes before the start of the meeting", gap=4)
    heading(pdf, "Membership (11)", size=10.5, gap=1.5)
    labelled(
        pdf,
        "Conservative (7):",
        "Mr A Smith (Chairman), Mr C Brown, Mr D Hartley, "
        "Mr F Pennington, Mrs G Lowther, Mr H Ridgeway and Mr M Ashcombe",
        width=46,
        gap=1,
    )
    labelled(pdf, "Labour (2):", "Ms E Okafor and Mr K Dunmore", width=46, gap=1)
    labelled(pdf, "Liberal Democrat (1):", "Miss J Carraway", width=46, gap=1)
    labelled(pdf, "Green (1):", "Mr N Fairbrother", width=46, gap=4)
    heading(pdf, "Webcasting Notice", size=10.5, gap=1.5)
    para(
        pdf,
        "Please note: this meeting may be filmed for live or subsequent broadcast via the "
        "Council's internet site. The Chairman will confirm if all or part of the meeting is "
        "to be filmed by the Council.",
        gap=5,
    )
    heading(pdf, "UNRESTRICTED ITEMS", size=11, align="C", gap=1)
    para(pdf, "(During these items the meeting is likely to be open to the public)", gap=4)
    for section, items in AGENDA:
        heading(pdf, section, size=11, gap=2.5)
        for code, title, description, _ in items:
            pages = f" (Pages {ranges[code][0]} - {ranges[code][1]})" if code in ranges else ""
            numbered(pdf, code, title + pages, indent=12, gap=1, style="B")
            if description:
                para(pdf, description, indent=12, gap=3)
            else:
                pdf.ln(2)
    heading(pdf, "EXEMPT ITEMS", size=11, align="C", gap=1)
    para(
        pdf,
        "(At the time of preparing the agenda there were no exempt items. During any such "
        "items which may arise the meeting is likely NOT to be open to the public)",
        gap=8,
    )
    for line in [
        "Mrs J Ashby",
        "Head of Democratic Services",
        "03000 410000",
        "Tuesday, 7 January 2025",
    ]:
        para(pdf, line, gap=0.5)


def layout(ranges: Ranges) -> tuple[PaperPDF, Ranges, int]:
    """Lay the pack out; return it, the printed page range of each item and the front sheet's
    length in pages."""
    pdf = PaperPDF("Policy and Resources Cabinet Committee - 15 January 2025 - Agenda pack")
    write_front_sheet(pdf, ranges)
    front = pdf.page_no()
    pdf.numbered_from = front + 1
    found: Ranges = {}
    first = 1
    for _, items in AGENDA:
        for code, _, _, writer in items:
            if writer is None:
                continue
            writer(pdf)
            if (pdf.printed_number() or 0) % 2:
                blank_page(pdf)  # the next document starts on an odd (right-hand) page
            found[code] = (first, pdf.printed_number() or 0)
            first = found[code][1] + 1
    return pdf, found, front


def write_pack(path: Path) -> None:
    placeholder = {code: (10, 10) for _, items in AGENDA for code, *_, w in items if w}
    _, ranges, front = layout(placeholder)
    pdf, again, front_again = layout(ranges)
    if again != ranges or front_again != front:
        raise RuntimeError(f"agenda page ranges do not settle: {ranges} vs {again}")
    pdf.output(str(path))
