"""The minutes of the committee's previous meeting, as they appear inside its next agenda pack."""

from __future__ import annotations

from .base import PaperPDF, heading, labelled, numbered, para

COMMITTEE = "POLICY AND RESOURCES CABINET COMMITTEE"

PRESENT = (
    "Mr A Smith (Chairman), Mrs B Jones (Substitute for Mr C Brown), Mr D Hartley, "
    "Ms E Okafor, Mr F Pennington, Mrs G Lowther, Mr H Ridgeway, Miss J Carraway, "
    "Mr K Dunmore, Mrs L Whitfield (Substitute for Mr M Ashcombe) and Mr N Fairbrother"
)
ALSO_PRESENT = "Mr P Langridge and Mrs R Thorne"
IN_ATTENDANCE = (
    "Ms S Okonjo (Director of Infrastructure), Mr T Bramley (Head of Performance and "
    "Analytics), Mrs U Castell (Chief Risk Officer), Mr V Ingram (Head of Facilities "
    "Management) and Mrs W Harcourt (Democratic Services Officer)"
)

# (number, title, item, paragraphs); a paragraph is text, or (label, text) for a numbered one.
MINUTES: list[tuple[int, str, str, list[str | tuple[str, str]]]] = [
    (
        21,
        "Apologies and Substitutes",
        "A2",
        [
            "Apologies for absence were received from Mr Brown and Mr Ashcombe. Mrs Jones and "
            "Mrs Whitfield attended as substitutes.",
        ],
    ),
    (
        22,
        "Declarations of Interest by Members in items on the Agenda",
        "A3",
        [
            "There were no declarations of interest.",
        ],
    ),
    (
        23,
        "Minutes of the meeting held on 18 September 2024",
        "A4",
        [
            "RESOLVED that the minutes of the meeting held on 18 September 2024 are correctly "
            "recorded and that they be signed by the Chairman.",
        ],
    ),
    (
        24,
        "24/00098 - Procurement of Corporate Insurance Services",
        "B1",
        [
            (
                "(1)",
                "Mr Langridge (Deputy Leader and Cabinet Member for Finance, Corporate and "
                "Traded Services) introduced the report, which set out the proposal to procure the "
                "council's property, liability and motor insurance through a regional framework "
                "from "
                "1 April 2025.",
            ),
            (
                "(2)",
                "In response to questions, Mr Ingram said that the framework allowed a "
                "five year term with a break clause after three years and that the premium for the "
                "first year was expected to be within the existing budget of £3.2m.",
            ),
            (
                "(3)",
                "Members asked whether the framework had been used by other councils in the "
                "region. Mr Ingram confirmed that four county councils and eleven district "
                "councils "
                "had bought insurance through it since 2022, and that claims handling would remain "
                "with the council's own team.",
            ),
            (
                "(4)",
                "A Member asked about the excess on the motor fleet policy. Mr Ingram undertook "
                "to circulate a note comparing the excess levels of the current and proposed "
                "policies.",
            ),
            (
                "(5)",
                "RESOLVED that the proposed decision to be taken by the Cabinet Member for "
                "Finance, Corporate and Traded Services be endorsed.",
            ),
        ],
    ),
    (
        25,
        "Performance Dashboard",
        "C1",
        [
            (
                "(1)",
                "Mr Bramley (Head of Performance and Analytics) introduced the dashboard, "
                "which showed results up to the end of September 2024.",
            ),
            (
                "(2)",
                "Of the eight Key Performance Indicators, four were rated Green, three Amber and "
                "one Red. The Red indicator, complaints responded to within timescale, had been "
                "affected "
                "by the introduction of a new case management system in July.",
            ),
            (
                "(3)",
                "In response to questions, Mr Bramley said that a backlog of 160 complaints had "
                "built up during the migration and was expected to be cleared by the end of "
                "December. "
                "Members asked that the next dashboard show the size of the backlog each month.",
            ),
            (
                "(4)",
                "A Member asked why the number of visits to the council's website had fallen. "
                "Mr Bramley explained that the new website answered more questions on its first "
                "page, "
                "so fewer repeat visits were needed.",
            ),
            ("(5)", "RESOLVED that the performance dashboard be noted."),
        ],
    ),
    (
        26,
        "Financial Monitoring 2024-25",
        "C2",
        [
            (
                "(1)",
                "Mr Langridge introduced the report, which forecast a revenue overspend of "
                "£4.1m for the directorate, mainly due to energy prices and agency staff costs.",
            ),
            (
                "",
                "Members noted that the energy contract would be re-let from April 2025 and that "
                "the council had already bought 60% of its expected electricity for 2025-26 at a "
                "fixed price. Mr Langridge said that a recovery plan was being prepared and would "
                "include a freeze on non-essential recruitment.",
            ),
            ("(2)", "RESOLVED that:"),
            ("", "(a) the forecast revenue overspend of £4.1m for the directorate be noted; and"),
            (
                "",
                "(b) a further report on the recovery plan be brought to the meeting of the "
                "Committee on 15 January 2025.",
            ),
        ],
    ),
    (
        27,
        "Work Programme 2025",
        "D1",
        [
            "RESOLVED that the work programme for 2025 be agreed, subject to the addition of an "
            "item on the renewal of the facilities management contract.",
        ],
    ),
    (
        28,
        "Exclusion of the Press and Public",
        "",
        [
            "RESOLVED that under Section 100A of the Local Government Act 1972 the press and "
            "public "
            "be excluded from the meeting for the following item of business on the grounds that "
            "it "
            "involved the likely disclosure of exempt information as defined in paragraph 3 of "
            "Part 1 "
            "of Schedule 12A of the Act.",
        ],
    ),
    (
        29,
        "Disposal of Former Highways Depot, Eastmarsh",
        "E1",
        [
            (
                "(1)",
                "Ms Okonjo (Director of Infrastructure) introduced the exempt report on the "
                "proposed disposal of the former highways depot at Eastmarsh.",
            ),
            (
                "(2)",
                "RESOLVED that the proposed disposal of the former highways depot at Eastmarsh, "
                "on the terms set out in the exempt report, be endorsed.",
            ),
        ],
    ),
]
EXEMPT_FROM = 29  # the minutes from this number on were taken in private


def write_minutes(pdf: PaperPDF) -> None:
    pdf.add_page()
    heading(pdf, COMMITTEE, size=12, align="C")
    para(
        pdf,
        "MINUTES of a meeting of the Policy and Resources Cabinet Committee held in the "
        "Darent Room, Sessions House, County Hall, Maidstone on Tuesday, 12 November 2024.",
    )
    labelled(pdf, "PRESENT:", PRESENT, width=24)
    labelled(pdf, "ALSO PRESENT:", ALSO_PRESENT, width=33)
    labelled(pdf, "IN ATTENDANCE:", IN_ATTENDANCE, width=33)
    heading(pdf, "UNRESTRICTED ITEMS", size=11, align="C")
    for number, title, item, paragraphs in MINUTES:
        if number == EXEMPT_FROM:
            heading(pdf, "EXEMPT ITEMS", size=11, align="C", gap=0.5)
            para(pdf, "(Open access to minutes)", gap=3)
        label = f"{title} (Item {item})" if item else title
        numbered(pdf, f"{number}.", label, indent=10, gap=2, style="B")
        for paragraph in paragraphs:
            if isinstance(paragraph, tuple):
                numbered(pdf, paragraph[0], paragraph[1], left=10, indent=10)
            else:
                para(pdf, paragraph, indent=10)
