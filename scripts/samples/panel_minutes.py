"""Printed minutes of a panel in the Kent panel layout: the heading names the panel and the
date with the dash glued to the name ("CORPORATE PARENTING PANEL– 29 October 2024"), the items
carry no minute number, only a bold title with "(Item n)" on the line under it, each item's
paragraphs are numbered "1.", "2." ..., and resolutions are written "RESOLVED that ...",
"RESOLVED – to note ..." and "Resolved: ..."."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, labelled, numbered, para

PRESENT = (
    "Mrs A Pellew (Chair), Mr B Quarrington (Vice-Chair), Ms C Rookwood, Mr D Stenning, "
    "Mrs E Tillotson and Mr K Zenner (Substitute for Mr J Yardley)"
)
IN_ATTENDANCE = (
    "Ms F Ulverston (Democratic Services Officer) and Mr M Brackenbury (Assistant Director, "
    "Corporate Parenting)"
)


def item(pdf: PaperPDF, title: str, number: int) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 25:
        pdf.add_page()  # keep an item's title with its first lines
    heading(pdf, title, size=11.5, gap=0.5)
    para(pdf, f"(Item {number})", gap=2)


def paragraphs(pdf: PaperPDF, texts: list[str]) -> None:
    for n, text in enumerate(texts, 1):
        numbered(pdf, f"{n}.", text, indent=8)


def write_panel_minutes(path: Path) -> None:
    pdf = PaperPDF("Corporate Parenting Panel - 29 October 2024 - Minutes")
    pdf.add_page()
    heading(pdf, "KENT COUNTY COUNCIL", size=12, align="C", gap=1)
    heading(pdf, "CORPORATE PARENTING PANEL– 29 October 2024", size=12, align="C", gap=3)
    para(
        pdf,
        "MINUTES of a meeting held in the Darent Room, Sessions House, County Hall, Maidstone "
        "at 10.00 am.",
        gap=3,
    )
    labelled(pdf, "PRESENT:", PRESENT, width=24)
    labelled(pdf, "IN ATTENDANCE:", IN_ATTENDANCE, width=36)
    heading(pdf, "UNRESTRICTED ITEMS", size=11.5, align="C", gap=3)

    item(pdf, "Membership", 1)
    para(pdf, "The Panel noted that Ms G Varley had joined the Panel in place of Mr H Wexcombe.")
    item(pdf, "Apologies and Substitutes", 2)
    paragraphs(
        pdf,
        [
            "Apologies for absence had been received from Mr J Yardley.",
            "Mr K Zenner was present as a substitute for Mr J Yardley.",
        ],
    )
    item(pdf, "Minutes of the meeting held on 23 July 2024", 3)
    para(
        pdf,
        "RESOLVED that the minutes of the meeting held on 23 July 2024 are correctly recorded "
        "and that they be signed by the Chair.",
    )
    item(pdf, "Verbal Update from the Children in Care Council", 4)
    paragraphs(
        pdf,
        [
            "Ms L Abernathy, Participation Lead, gave a verbal update on the summer activity "
            "programme, which 140 young people in care had attended.",
            "In response to questions, Ms Abernathy said that a survey of care leavers would "
            "report in January 2025.",
            "RESOLVED – to note the verbal update.",
        ],
    )
    item(
        pdf,
        "Fostering Recruitment and Retention: Half-Year Performance Report for the Period "
        "April to September 2024",
        5,
    )
    paragraphs(
        pdf,
        [
            "Mr Brackenbury introduced the report. 46 new fostering households had been approved "
            "in the first half of the year against a target of 60.",
            "Members asked about the reasons foster carers gave for leaving. Mr Brackenbury said "
            "that most cited retirement, and that exit interviews were now offered to all.",
            "RESOLVED that:",
        ],
    )
    numbered(pdf, "(a)", "the report be noted; and", left=8, indent=9)
    numbered(
        pdf,
        "(b)",
        "a further report on foster carer retention be brought to the Panel in March 2025.",
        left=8,
        indent=9,
    )
    item(pdf, "Dates of future meetings", 6)
    para(
        pdf,
        "Resolved: that the dates reserved for meetings of the Panel in 2025 be noted: "
        "28 January, 25 March, 20 May and 22 July 2025.",
    )
    para(pdf, "The meeting ended at 11.50 am.", gap=2)
    pdf.output(str(path))
