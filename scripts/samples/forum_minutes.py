"""Printed minutes of a policy committee in the Bristol layout: a large bold heading, items
numbered "1 Welcome ..." with no dot and no item ref, and a Public Forum item listing the
statements received as "01 Name Subject", "02 ...", numbered on past the committee's own items,
before the items that end in resolutions and a recorded vote."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, numbered, para

STATEMENTS = [
    ("Jane Smith", "Parking on Harbour Road"),
    ("Owen Daley", "Cycle lanes on Mill Street"),
    ("Priya Naidoo", "Bus shelter at Tenby Square"),
    ("Councillor Rhiannon Tate", "Street lighting in Ashgrove"),
    ("Marcus Bell", "Residents parking zone"),
    ("Sofia Lindqvist", "School streets"),
    ("Tom Ferris", "Pavement repairs in Redfield"),
    ("Grace Okafor", "Air quality on Brook Lane"),
    ("Harold Penry", "Car club bays"),
    ("Amira Haddad", "Bus gate signage"),
    ("Lewis Tranter", "Parking charges at the harbour"),
    ("Nell Osborne", "Crossing on Quarry Road"),
    ("Dylan Marsh", "Electric vehicle charging"),
    ("Ruth Abbott", "Weekend parking charges"),
    ("Kwame Mensah", "Bus service 41"),
    ("Isla Cartwright", "Cycle hangars"),
    ("Peter Gwynne", "Pedestrian zone trial"),
    ("Zainab Rahman", "Resurfacing of Kings Road"),
    ("Felix Moreau", "Disabled parking bays"),
    ("Bethan Hughes", "Traffic calming in Longwell"),
    ("Arjun Mehta", "Park and ride hours"),
    ("Clara Voss", "Loading bays on the high street"),
]


def item(pdf: PaperPDF, number: int, title: str) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 25:
        pdf.add_page()
    numbered(pdf, str(number), title, indent=7, gap=1.5, style="B")


def write_forum_minutes(path: Path) -> None:
    pdf = PaperPDF("Environment and Communities Policy Committee - 14 November 2024 - Minutes")
    pdf.add_page()
    heading(pdf, "Severnside City Council", size=16, gap=0.5)
    heading(pdf, "Minutes of the Environment and Communities Policy Committee", size=16, gap=0.5)
    heading(pdf, "14 November 2024 at 4.00 pm", size=16, gap=3)
    heading(pdf, "Members Present:-", size=11.5, gap=0.5)
    para(
        pdf,
        "Councillors: Ffion Ashworth (Chair), Gareth Beale (Vice-Chair), Hana Cole, Idris Dunne, "
        "Jemima Ellery, Kofi Frimpong and Lorna Gale",
    )
    item(pdf, 1, "Welcome, Introductions and Safety Information")
    para(pdf, "The Chair welcomed all attendees and explained the evacuation procedure.")
    item(pdf, 2, "Apologies for Absence and Substitutions")
    para(
        pdf,
        "Apologies were received from Councillor Hart. Councillor Lorna Gale attended as "
        "substitute.",
    )
    item(pdf, 3, "Declarations of Interest")
    para(pdf, "There were none.")
    item(pdf, 4, "Minutes of the Previous Meeting")
    para(
        pdf,
        "RESOLVED: that the minutes of the meeting held on 10 October 2024 be confirmed as a "
        "correct record.",
    )
    item(pdf, 5, "Chair's Announcements")
    para(pdf, "There were none.")
    item(pdf, 6, "Public Forum")
    para(pdf, "The Committee noted that the following Public Forum had been received.")
    heading(pdf, "Public Forum Statements:", size=11.5, gap=1)
    para(pdf, "Statements were received as follows:", gap=1)
    for n, (name, subject) in enumerate(STATEMENTS, 1):
        para(pdf, f"{n:02d} {name} {subject}", gap=0.3)
    para(
        pdf,
        "The Committee noted the public forum, with relevant content taken into account as part "
        "of the consideration of the agenda items.",
    )
    item(pdf, 7, "Harbourside Parking Review")
    para(
        pdf,
        "The Committee considered a report proposing changes to parking charges in the four "
        "harbourside car parks, which would raise £420,000 a year for sustainable transport.",
    )
    para(
        pdf,
        "RESOLVED: That the Committee approved the revised parking charges set out in Appendix A "
        "of the report, to take effect from 1 January 2025.",
    )
    item(pdf, 8, "Street Tree Planting Programme 2024/25")
    para(
        pdf,
        "The Head of Parks outlined the programme of 1,200 new street trees, 300 more than the "
        "previous year.",
    )
    para(pdf, "It was RESOLVED that the Committee noted the planting programme.")
    item(pdf, 9, "Household Waste Recycling Centre Booking Scheme")
    para(
        pdf,
        "The Committee considered a report on ending the booking scheme at the two household "
        "waste recycling centres.",
    )
    para(
        pdf,
        "On being put to the vote the recommendation was CARRIED (5 members voting in favour, "
        "1 against with 1 abstention).",
    )
    para(pdf, "It was APPROVED: That the booking scheme be ended from 1 February 2025.")
    para(pdf, "The meeting ended at 6.40 pm.")
    pdf.output(str(path))
