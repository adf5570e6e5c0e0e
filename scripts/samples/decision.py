"""A signed record of decision for 24/00123, the contract extension endorsed in the agenda pack."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, heading, para

TITLE = "Renewal of Facilities Management Contract"
CRITERIA = [
    "Key decision criteria. The decision will:",
    "a) result in savings or expenditure which is significant having regard to the budget for "
    "the service or function (currently defined by the Council as in excess of £1,000,000); or",
    "b) be significant in terms of its effects on communities living or working in two or more "
    "electoral divisions.",
]
DECISION = [
    "As Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services, I agree to:",
    "a) EXTEND the Total Facilities Management contract for Mid Kent with Acme FM Ltd for two "
    "years, from 1 April 2027 to 31 March 2029, at an estimated value of £4.2m; and",
    "b) DELEGATE authority to the Director of Infrastructure to take relevant actions, including "
    "but not limited to finalising the terms of and entering into the contract variation, to "
    "implement this decision.",
]
REASONS = [
    "The Mid Kent contract started on 1 April 2021 and ends on 31 March 2027 unless the two year "
    "extension option is used. Acme FM Ltd has met 27 of its 30 key performance indicators in "
    "each quarter of the last two years, and user satisfaction has risen from 71% to 84%.",
    "Market testing carried out in 2024 showed that re-procuring the service would not reduce "
    "its cost, while a procurement would cost about £0.3m and risk disruption to services in "
    "the council's 120 buildings in Mid Kent.",
    "The extension can be met from the existing revenue budget for facilities management of "
    "£2.1m a year, uplifted only by the contract's indexation clause.",
]


def section(pdf: PaperPDF, title: str, texts: list[str]) -> None:
    heading(pdf, title, size=11, gap=1.5)
    for text in texts:
        para(pdf, text, gap=2)
    pdf.ln(1)


def write_record_of_decision(path: Path) -> None:
    pdf = PaperPDF(f"Record of Decision 24/00123 - {TITLE}")
    pdf.add_page()
    heading(pdf, "KENT COUNTY COUNCIL – RECORD OF DECISION", size=13, align="C", gap=5)
    section(
        pdf,
        "DECISION TO BE TAKEN BY:",
        [
            "Mr P Langridge, Deputy Leader and Cabinet Member for Finance, Corporate and Traded "
            "Services"
        ],
    )
    section(pdf, "DECISION NUMBER:", ["24/00123"])
    para(pdf, "For publication", size=9, gap=3)
    heading(pdf, "Key decision: YES", size=11, gap=1.5)
    for text in CRITERIA:
        para(pdf, text, size=9, gap=1)
    pdf.ln(3)
    section(pdf, "Subject Matter / Title of Decision", [TITLE])
    section(pdf, "Decision:", DECISION)
    section(pdf, "Reason(s) for decision:", REASONS)
    section(
        pdf,
        "Cabinet Committee recommendations and other consultation:",
        [
            "The proposed decision was considered by the Policy and Resources Cabinet Committee on "
            "15 January 2025, which resolved to endorse it. The trade unions representing staff "
            "working on the contract were consulted in December 2024 and raised no objections."
        ],
    )
    section(
        pdf,
        "Any alternatives considered and rejected:",
        [
            "Re-procuring the service from April 2027 was rejected because it would cost about "
            "£0.3m "
            "with no expected saving. Bringing the service in-house was rejected because it would "
            "need the transfer of 140 staff and new systems before April 2027."
        ],
    )
    section(
        pdf,
        "Any interest declared when the decision was taken and any dispensation granted "
        "by the Proper Officer:",
        ["None."],
    )
    pdf.ln(12)
    y = pdf.get_y()
    pdf.set_font("helvetica", "", 11)
    pdf.cell(80, 6, "." * 60)
    pdf.set_xy(pdf.l_margin + 100, y)
    pdf.cell(70, 6, "." * 50, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    pdf.cell(80, 6, "signed")
    pdf.set_xy(pdf.l_margin + 100, y)
    pdf.cell(70, 6, "date", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.cell(80, 6, "Mr P Langridge")
    pdf.set_xy(pdf.l_margin + 100, y)
    pdf.cell(70, 6, "27 January 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
