"""Printed minutes of a Cabinet meeting in the 2025 Kent layout: the page number at the top, each
minute's "(Item n)" on the line under its title, and one recorded vote."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, labelled, numbered, para

PRESENT = (
    "Mr R Ellingham (Chairman), Mr P Langridge, Mrs S Treadwell, Mr T Okoro, Ms V Castellan, "
    "Mr W Pryor, Mrs Y Blackmore, Mr Z Amberley, Mr J Fenwick and Mrs K Danvers"
)
IN_ATTENDANCE = (
    "Mrs Q Harrowby (Chief Executive), Mr U Stanmore (General Counsel), Mrs A Kettering "
    "(Corporate Director Growth, Environment and Transport), Mr B Morland (Director of Highways) "
    "and Ms C Redfern (Head of Libraries, Registration and Archives)"
)
IN_ATTENDANCE_VIRTUALLY = "Mr D Penhallow (Corporate Director Finance)"

VOTE = {
    "For": [
        "Mr Z Amberley",
        "Mrs Y Blackmore",
        "Mr R Ellingham",
        "Mr P Langridge",
        "Mr T Okoro",
        "Mr W Pryor",
        "Mrs S Treadwell",
    ],
    "Against": ["Ms V Castellan", "Mr J Fenwick"],
    "Abstain": ["Mrs K Danvers"],
}


def names(people: list[str]) -> str:
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]


def minute(pdf: PaperPDF, number: int, title: str, item: int) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 25:
        pdf.add_page()  # keep a minute's title with its first lines
    numbered(pdf, f"{number}.", title, indent=10, gap=0.5, style="B")
    para(pdf, f"(Item {item})", indent=10, style="B", gap=2)


def points(pdf: PaperPDF, texts: list[str], start: int = 1) -> None:
    for n, text in enumerate(texts, start):
        numbered(pdf, f"{n}.", text, left=10, indent=8)


def lettered(pdf: PaperPDF, texts: list[str]) -> None:
    for n, text in enumerate(texts):
        numbered(pdf, f"({chr(ord('a') + n)})", text, left=18, indent=9)


def top_number(pdf: PaperPDF) -> None:
    pdf.set_font("helvetica", "", 10)
    pdf.cell(0, 5, str(pdf.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 11.5)


def write_cabinet_minutes(path: Path) -> None:
    pdf = PaperPDF("Cabinet - 6 February 2025 - Printed minutes")
    pdf.header_fn = top_number
    pdf.add_page()
    heading(pdf, "KENT COUNTY COUNCIL", size=12, align="C", gap=1)
    heading(pdf, "CABINET", size=12, align="C", gap=3)
    para(
        pdf,
        "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, "
        "County Hall, Maidstone on Thursday, 6 February 2025.",
        gap=3,
    )
    labelled(pdf, "PRESENT:", PRESENT, width=24)
    labelled(pdf, "IN ATTENDANCE:", IN_ATTENDANCE, width=36)
    labelled(pdf, "IN ATTENDANCE VIRTUALLY:", IN_ATTENDANCE_VIRTUALLY, width=60)
    heading(pdf, "UNRESTRICTED ITEMS", size=11.5, align="C", gap=3)

    minute(pdf, 84, "Apologies", 1)
    para(pdf, "Apologies were received from Mr L Hawthorne.", indent=10)
    minute(pdf, 85, "Declarations of Interest", 2)
    para(pdf, "No declarations of interest were received.", indent=10)
    minute(pdf, 86, "Minutes of the Meeting held on 16 January 2025", 3)
    para(
        pdf,
        "RESOLVED that the minutes of the meeting held on 16 January 2025 were a correct "
        "record and that they be signed by the Chairman.",
        indent=10,
    )
    minute(pdf, 87, "Cabinet Member Updates", 4)
    points(
        pdf,
        [
            "Mr Langridge, Deputy Leader, reported that the provisional local government finance "
            "settlement had been confirmed on 3 February 2025 and was £2.4m higher than assumed in "
            "the draft budget.",
            "Mrs Treadwell, Cabinet Member for Highways and Transport, said that 18,400 potholes "
            "had "
            "been repaired since April 2024, 2,100 more than in the same period of the previous "
            "year.",
        ],
    )
    minute(pdf, 88, "25/00011 - Highways Asset Management Plan 2025-30", 5)
    points(
        pdf,
        [
            "Mrs Treadwell introduced the report, which set out how the council would maintain its "
            "5,400 miles of roads over the next five years, with capital investment of £312m.",
            "Mr Morland (Director of Highways) explained that the plan moved spending from "
            "reactive "
            "repairs to preventative surface treatments, which cost a fifth as much per mile.",
            "RESOLVED that Cabinet agree to:",
        ],
    )
    lettered(
        pdf,
        [
            "adopt the Highways Asset Management Plan 2025-30;",
            "approve the capital programme of £312m for highway maintenance over the five years, "
            "subject to the approval of the annual budget by County Council; and",
            "delegate authority to the Corporate Director Growth, Environment and Transport to "
            "make "
            "minor changes to the Plan during its lifetime.",
        ],
    )
    minute(pdf, 89, "25/00014 - Library Service Opening Hours Review", 6)
    points(
        pdf,
        [
            "Mr Okoro, Cabinet Member for Communities, introduced the report, which proposed new "
            "opening hours at 32 of the 99 libraries following a public consultation that received "
            "4,870 responses. The changes would save £1.1m a year.",
            "Ms Castellan said that the reduced hours at rural libraries would fall hardest on "
            "older "
            "residents without transport, and asked that the decision be deferred. Ms Redfern "
            "(Head "
            "of Libraries, Registration and Archives) said that every library would keep at least "
            "one late opening and one Saturday opening each week.",
            "A recorded vote was requested. The Chairman put the recommendations to the vote and "
            "the "
            "voting was as follows:",
        ],
    )
    for side, people in VOTE.items():
        para(pdf, f"{side} ({len(people)})", style="B", indent=18, gap=0.5)
        para(pdf, names(people), indent=18, gap=2)
    para(pdf, "Carried", style="B", indent=18, gap=2)
    points(pdf, ["RESOLVED that Cabinet agree to:"], start=4)
    lettered(
        pdf,
        [
            "approve the revised opening hours set out in Appendix A to the report, to take effect "
            "from 1 April 2025; and",
            "delegate authority to the Corporate Director Growth, Environment and Transport to "
            "take relevant actions, including consulting staff, to implement the decision.",
        ],
    )
    minute(pdf, 90, "Quarterly Performance Report, Quarter 3 2024/25", 7)
    points(
        pdf,
        [
            "Mrs Harrowby (Chief Executive) introduced the report. Of the 36 Key Performance "
            "Indicators, 18 were rated Green, 11 Amber and 7 Red.",
            "RESOLVED that the report be noted.",
        ],
    )
    pdf.output(str(path))
