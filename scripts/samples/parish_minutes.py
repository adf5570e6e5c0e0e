"""Minutes of a community council in the Word-made parish layout: the council's name above
"Minutes of a meeting of the above Council held on ...", minute numbers that run on across
meetings (3101, 3102 ...), each minute's number and title in bold with its text following on
the same line, decisions written inline ("Approved and signed as correct.", "Proposed by ...,
seconded by ..., all approved.") and the clerk's slips: a number printed twice, a dropped dot,
a heading left unbolded."""

from __future__ import annotations

from pathlib import Path

from .base import BODY, LEADING, PaperPDF, heading

MINUTES = [
    ("3101. Police Report:", "No report received."),
    (
        "3102. Public Forum:",
        "Mrs D Vaughan asked about the state of the footpath by the old mill. The Clerk will "
        "report it to the County Council.",
    ),
    ("3103. Apologies for absence:", "Cllr Jenkins."),
    ("3104. Declarations of interest:", "None."),
    ("3105. Approval of minutes of previous meeting:", "Approved and signed as correct."),
    ("3106. Financial Report:", "Current A/C £5,210.44, Reserve A/C £8,900.00."),
    (
        "3107. Accounts for payment:-",
        "\nClerk's Salary & Expenses - £310.00 (Ch. No. 200411),\nVillage Hall Room Hire - £25 "
        "(Ch. No. 200412).\nAll approved for payment.",
    ),
    (
        "3108. Planning Permissions:-",
        "\nPA/2025/00031 – Single storey extension, Ty Gwyn, Mill Lane – approved.\nCouncillors "
        "had no objection to PA/2025/00047 – Replacement garage, Bryn Cottage.",
    ),
    (
        "3109. Updates:-",
        "\n**Noticeboard** – The new noticeboard has been installed by the school.",
    ),
    (
        None,  # the clerk forgot the bold on this heading
        "3110. Play Area Inspection: The annual inspection report was received and two items "
        "need attention. It was agreed that the Clerk obtain quotes for the repairs.",
    ),
    (
        "3111. Grant to the Village Show:",
        "A request for £150 towards the Village Show was received. Proposed by Cllr Bevan, "
        "seconded by Cllr Rees, all approved.",
    ),
    (
        "3111. Christmas Lights:",
        "Cllr Morgan reported that the lights had been taken down and stored for next year.",
    ),
    (
        "3112 Correspondence:",
        "One Voice Wales re training dates for new councillors. Councillors agreed to give £40 "
        "to the Air Ambulance appeal.",
    ),
    (
        "3113. Precept 2025/26:",
        "Proposed by Cllr Howells, seconded by Cllr Morgan that the precept be set at £14,500. "
        "Carried with 5 votes for and 1 against.",
    ),
    (
        "3114. Any Other Business:",
        "Cllr Rees asked about the damaged bus shelter. The Clerk will write to the bus company.",
    ),
    ("3115. Date of next meeting:", "31st March 2025."),
]


def minute(pdf: PaperPDF, head: str | None, text: str) -> None:
    pdf.set_font("helvetica", "", BODY)
    body = text if head is None else f"**{head}** {text}"
    pdf.multi_cell(0, BODY * LEADING, body, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def write_parish_minutes(path: Path) -> None:
    pdf = PaperPDF("Llanfoel Community Council - Minutes - 24 February 2025")
    pdf.add_page()
    heading(pdf, "LLANFOEL COMMUNITY COUNCIL", size=BODY, align="C", gap=1)
    heading(
        pdf,
        "Minutes of a meeting of the above Council held on Monday 24th February 2025 at 7.00pm "
        "in Llanfoel Village Hall.",
        size=BODY,
        gap=1,
    )
    minute(
        pdf,
        "Present:",
        "Chairman Cllr Mrs Pritchard, Cllrs Bevan, Howells, Morgan and Rees, County Cllr Lloyd "
        "and the Clerk.",
    )
    for head, text in MINUTES:
        minute(pdf, head, text)
    for line in (
        "There being no further business the meeting closed at 8.40pm.",
        "Signed ………………………………. Chairman",
    ):
        minute(pdf, None, line)
    pdf.output(str(path))
