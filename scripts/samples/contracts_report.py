"""A committee report on a district council's environmental services contracts, in the layout of
the real contract-monitoring reports (Kent's Total Facilities Management report, the Family Hub
contracts report): a header block, a summary, a ruled table of the contracts on its own page,
then numbered paragraphs that name the same contracts again with the facts the table leaves out
(start dates, terms, extension options), and two contracts the table does not list, named only
in sentences. Every name, figure and date is invented."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, labelled, numbered, para, ruled_table

TITLE = "Environmental Services Contracts – Annual Review"
HEADER = [
    ("From:", "Ruth Calloway, Director of Environment and Waste"),
    ("To:", "Environment Scrutiny Committee – 18 March 2025"),
    ("Subject:", TITLE),
    ("Classification:", "Unrestricted"),
]
SUMMARY = (
    "Summary: This report reviews the performance of the council's three environmental "
    "services contracts in 2024-25 and the two smaller contracts that support them."
)
RECOMMENDATION = (
    "Recommendation: The Environment Scrutiny Committee is asked to NOTE the performance of "
    "the contracts set out in this report."
)
INTRODUCTION = [
    (
        "1.1",
        "The council commissions its household waste collection, street cleansing and "
        "household waste recycling centres from three contractors. The contracts are listed in "
        "the table in section 2.",
    ),
    (
        "1.2",
        "The contract management team meets each contractor monthly, and the contracts are "
        "monitored against 24 key performance indicators.",
    ),
]
TABLE_HEADINGS = ("Contract", "Provider", "Area", "Contract End Date", "Annual Value")
TABLE_ROWS = [
    ("Household waste collection", "Northgate Waste Services Ltd", "North Vale", "31/03/2028",
     "£3,450,000"),
    ("Street cleansing", "Brightside Environmental Ltd", "South Vale", "30/09/2027",
     "£1,280,000"),
    ("Recycling centres", "Cirrus Recycling plc", "Whole district", "31/03/2030", "£2,150,000"),
    ("Total", "", "", "", "£6,880,000"),
]  # fmt: skip
PERFORMANCE = [
    (
        "3.1",
        "The household waste collection contract with Northgate Waste Services Ltd started on "
        "1 April 2021 for a term of seven years, with an option to extend for 2 years.",
    ),
    (
        "3.2",
        "The street cleansing contract with Brightside Environmental Ltd started on "
        "1 October 2022. Missed cleansing reports fell by a third during the year.",
    ),
    (
        "3.3",
        "The recycling centres contract with Cirrus Recycling plc met 23 of its 24 indicators "
        "in every quarter of the year.",
    ),
]
OTHER_CONTRACTS = [
    (
        "4.1",
        "Bulky waste collections are provided by Second Chance Furniture CIC under a contract "
        "that runs until 31 March 2026.",
    ),
    (
        "4.2",
        "Following a tender in 2024, the contract for clinical waste collection was awarded to "
        "Medway Clinical Collections Ltd for three years at a cost of £180,000 per annum.",
    ),
    (
        "4.3",
        "The contract management arrangements for all five contracts will be reviewed in 2026.",
    ),
]


def write_contracts_report(path: Path) -> None:
    pdf = PaperPDF(TITLE)
    pdf.add_page()
    for label, value in HEADER:
        labelled(pdf, label, value)
    para(pdf, SUMMARY)
    para(pdf, RECOMMENDATION)
    heading(pdf, "1. Introduction")
    for number, text in INTRODUCTION:
        numbered(pdf, number, text)
    pdf.add_page()
    heading(pdf, "2. The contracts")
    ruled_table(pdf, TABLE_HEADINGS, TABLE_ROWS, widths=(40, 50, 30, 25, 25), size=9)
    pdf.add_page()
    heading(pdf, "3. Performance")
    for number, text in PERFORMANCE:
        numbered(pdf, number, text)
    heading(pdf, "4. Other contracts")
    for number, text in OTHER_CONTRACTS:
        numbered(pdf, number, text)
    pdf.output(str(path))
