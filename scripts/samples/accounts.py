"""A statement of accounts: not a committee paper, though it names the committee that approved
it, quotes what that committee resolved, and numbers its notes like minute items. Modelled on
the layout of a real council's published accounts (a cover, a narrative report, the approval
page, the core statements as tables of figures, then numbered notes); every name and figure
is invented."""

from __future__ import annotations

from pathlib import Path

from .base import BODY, PaperPDF, heading, numbered, para, ruled_table

COUNCIL = "Wealdshire County Council"

NARRATIVE = [
    "This Statement of Accounts sets out the Council's income and spending for the year ended "
    "31 March 2024 and its financial position at that date. It has been prepared under the Code "
    "of Practice on Local Authority Accounting in the United Kingdom 2023/24.",
    "Net spending on services was £1,104.6m against a budget of £1,098.2m. The overspend of "
    "£6.4m, mainly in children's social care, was met from the general reserve, which stands "
    "at £41.3m.",
]

# The approval page opens with a "Minutes of ..." line: what once made the whole document
# read as minutes, its numbered notes as minute items.
APPROVAL = [
    "record that the Committee approved this Statement of Accounts at its meeting held on 24 "
    "September 2024.",
    "RESOLVED that the Statement of Accounts for 2023/24 be approved and signed by the Chairman "
    "of the Committee and the Chief Finance Officer.",
    "Signed: Councillor P Amberley, Chairman of the Governance and Audit Committee",
    "Signed: R Oakhurst CPFA, Chief Finance Officer, 24 September 2024",
]

CIES = [
    ["Children's Services", "412.8", "(96.1)", "316.7"],
    ["Adult Social Care", "598.3", "(181.5)", "416.8"],
    ["Highways and Transport", "139.2", "(22.4)", "116.8"],
    ["Corporate Services", "88.7", "(12.9)", "75.8"],
    ["Cost of Services", "1,239.0", "(312.9)", "926.1"],
]
BALANCE = [
    ["Property, Plant and Equipment", "2,861.4", "2,790.2"],
    ["Short-term Investments", "118.0", "96.5"],
    ["Short-term Creditors", "(201.7)", "(188.9)"],
    ["Long-term Borrowing", "(842.6)", "(861.3)"],
    ["Net Assets", "1,935.1", "1,836.5"],
]

NOTES = [
    ("1.", "Accounting policies",
     "The accounts are prepared on an accruals basis: income and spending are recognised in the "
     "year in which goods or services are received or provided, not when cash is paid."),
    ("2.", "Critical judgements in applying accounting policies",
     "The Council has judged that its schools, other than academies, are under its control and "
     "has included their income, spending and assets in these accounts."),
    ("3.", "Assumptions made about the future",
     "The valuation of the pension liability depends on a discount rate of 4.8%; a 0.1% change "
     "would alter the liability by about £31m."),
    ("4.", "Events after the reporting period",
     "On 12 June 2024 two secondary schools converted to academies; their land and buildings, "
     "valued at £18.2m, will be written out in 2024/25."),
    ("5.", "Expenditure and income analysed by nature",
     "Employee costs were £498.1m, other service costs £707.0m and depreciation £61.4m."),
    ("6.", "Property, plant and equipment",
     "Additions in the year were £148.7m, of which £61.2m was spent on highways."),
]


def write_statement_of_accounts(path: Path) -> None:
    pdf = PaperPDF(f"{COUNCIL} Statement of Accounts 2023/24")
    pdf.add_page()
    pdf.ln(50)
    heading(pdf, COUNCIL, size=24, align="C", gap=6)
    heading(pdf, "Statement of Accounts 2023/24", size=24, align="C", gap=6)
    para(pdf, "For the year ended 31 March 2024", size=14)

    pdf.add_page()
    heading(pdf, "Narrative Report", size=16, gap=4)
    for text in NARRATIVE:
        para(pdf, text)

    pdf.add_page()
    para(pdf, "Minutes of the Governance and Audit Committee of the County Council", size=BODY)
    for text in APPROVAL:
        para(pdf, text)
    heading(pdf, "Comprehensive Income and Expenditure Statement", size=13, gap=3)
    ruled_table(pdf, ["2023/24 £m", "Gross Expenditure", "Gross Income", "Net Expenditure"],
                CIES, [60, 36, 36, 36])
    heading(pdf, "Balance Sheet", size=13, gap=3)
    ruled_table(pdf, ["£m", "31 March 2024", "31 March 2023"], BALANCE, [70, 40, 40])

    pdf.add_page()
    heading(pdf, "Notes to the Core Financial Statements", size=14, gap=4)
    for number, title, text in NOTES:
        numbered(pdf, number, title, style="B")
        para(pdf, text, indent=12)
    pdf.output(str(path))
