"""A landscape budget risks register: a TOTAL line repeated on every page above a ruled table
split into "Significant Risks (over £10m)" and "Other Risks" sections. The totals are the sums
of the two exposure columns."""

from __future__ import annotations

from pathlib import Path

from .base import PaperPDF, ruled_table

TITLE = "Appendix J: Budget Risks Register 2025-26"
HEADINGS = [
    "Directorate",
    "Risk Title",
    "Source/Cause of Risk",
    "Risk Event",
    "Consequence",
    "Current Likelihood (1-5)",
    "Estimated Annual Financial Exposure £m",
    "Estimated Lifetime Financial Exposure £m",
]
WIDTHS = [20, 30, 55, 55, 53, 18, 18, 18]

# (directorate, title, cause, event, consequence, likelihood, annual £m, lifetime £m)
Risk = tuple[str, str, str, str, str, int, float, float]
SIGNIFICANT: list[Risk] = [
    (
        "CYPE",
        "High Needs Spending",
        "The High Needs Block of the Dedicated Schools Grant does not meet the cost of demand for "
        "placements in special schools and independent providers.",
        "The deficit recovery plan does not reduce the in-year deficit as planned, because the "
        "number of children with education, health and care plans keeps rising.",
        "The accumulated deficit has to be met from the council's own reserves when the statutory "
        "override ends, and a balanced budget cannot be set.",
        4,
        64.0,
        120.0,
    ),
    (
        "ALL",
        "Non-delivery of Savings",
        "Changes in circumstances delay the delivery of agreed savings or income, and one-off "
        "measures cannot be replaced with permanent alternatives.",
        "Savings plans for 2025-26 are not delivered in full or on time.",
        "Overspend on the revenue budget, needing compensating savings in year or unbudgeted use "
        "of reserves, and a recurring pressure in future years.",
        4,
        38.5,
        38.5,
    ),
    (
        "ASCH",
        "Market Sustainability",
        "Rising wage costs and recruitment difficulties put pressure on providers of residential "
        "and home care.",
        "Providers raise their prices above the inflation allowed for in the budget, or leave the "
        "market and placements have to be found at higher cost.",
        "Overspend on adult social care packages and placements.",
        3,
        27.2,
        45.0,
    ),
    (
        "GET",
        "Waste Disposal Contract Inflation",
        "Waste disposal contracts are indexed to measures of inflation that have risen faster "
        "than the budget assumption.",
        "Contract prices rise by more than the 3% allowed for, and tonnages do not fall as "
        "forecast.",
        "Pressure on the waste budget in 2025-26 and 2026-27.",
        3,
        14.6,
        29.2,
    ),
    (
        "ALL",
        "Capital Programme Cost Inflation",
        "Construction costs remain volatile and several large schemes are at tender stage.",
        "Tenders for schemes in the capital programme come in above their approved budgets.",
        "Schemes have to be reduced in scope, delayed or funded by extra borrowing, with a "
        "revenue cost of financing.",
        3,
        12.0,
        24.0,
    ),
]
OTHER: list[Risk] = [
    (
        "DCED",
        "Income from Traded Services",
        "Schools and academies buy fewer services from the council.",
        "Income from traded services falls below the budgeted level.",
        "Shortfall against the income budget.",
        2,
        6.4,
        6.4,
    ),
    (
        "GET",
        "Concessionary Fares Reimbursement",
        "Bus operators' reimbursement is based on fares that have risen since the budget was set.",
        "Reimbursement payments to operators exceed the budget.",
        "Overspend on the concessionary fares budget.",
        3,
        4.3,
        4.3,
    ),
    (
        "CYPE",
        "Home to School Transport",
        "The number of pupils eligible for transport to special schools continues to grow.",
        "Transport costs rise faster than the growth allowed for in the budget.",
        "Overspend on home to school transport in this and future years.",
        4,
        8.9,
        17.8,
    ),
    (
        "ALL",
        "Pay Award above Budget Assumption",
        "The national pay award for 2025-26 has not been agreed.",
        "The pay award is higher than the 3% allowed for in the budget.",
        "Unbudgeted pressure on staffing budgets across all directorates.",
        3,
        5.5,
        5.5,
    ),
]


def totals(risks: list[Risk] | None = None) -> tuple[float, float]:
    risks = SIGNIFICANT + OTHER if risks is None else risks
    return round(sum(r[6] for r in risks), 1), round(sum(r[7] for r in risks), 1)


def page_header(pdf: PaperPDF, risks: list[Risk] | None = None, title: str = TITLE) -> None:
    """Every page repeats the title and the TOTAL line, aligned over the exposure columns."""
    annual, lifetime = totals(risks)
    pdf.set_font("helvetica", "B", 13)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("helvetica", "B", 9)
    pdf.set_x(pdf.l_margin + sum(WIDTHS[:-3]))
    pdf.cell(WIDTHS[-3], 6, "TOTAL £m", border=1, align="C")
    pdf.cell(WIDTHS[-2], 6, f"{annual:.1f}", border=1, align="C")
    pdf.cell(WIDTHS[-1], 6, f"{lifetime:.1f}", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def row(risk: Risk) -> tuple[str, ...]:
    *text, likelihood, annual, lifetime = risk
    return (*text, str(likelihood), f"{annual:.1f}", f"{lifetime:.1f}")


def write_budget_risks(
    path: Path,
    significant: list[Risk] = SIGNIFICANT,
    other: list[Risk] = OTHER,
    title: str = TITLE,
    addressed_to: str | None = None,
) -> None:
    pdf = PaperPDF(title, orientation="L")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.header_fn = lambda p: page_header(p, significant + other, title)
    pdf.add_page()
    if addressed_to:  # "To: Cabinet – 26 June 2025": the meeting the register went to
        pdf.set_font("helvetica", "", 10)
        pdf.cell(0, 6, f"To: {addressed_to}", new_x="LMARGIN", new_y="NEXT")
    rows: list[tuple[str, ...]] = [("Significant Risks (over £10m)",)]
    rows += [row(r) for r in significant]
    rows.append(("Other Risks (under £10m)",))
    rows += [row(r) for r in other]
    ruled_table(pdf, HEADINGS, rows, WIDTHS, size=8.5)
    pdf.output(str(path))
