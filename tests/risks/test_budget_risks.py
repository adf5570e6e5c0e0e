"""Budget risk registers: the real Kent 2025-26 register (landscape PDF, section headings
printed over rows), and small registers built here as a PDF and as a text export."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import risks
from kcc_papers.extract.risks.budget import is_budget_register
from kcc_papers.models import Risk

BUDGET = "pdfs/kent_cabinet_2025-01-30_budget_risk_register_appendix_I.pdf"
SIG = "Significant Risks (over £10m)"
OTHER = "Other Risks (under £10m - individual amounts not included)"

# page, directorate, title, likelihood, annual £m, lifetime £m, section
EXPECTED = [
    (1, "CYPE", "High Needs Spending", 4, None, 165.0, SIG),
    (1, "ALL", "Non delivery of Savings and income and inability to replace one-off measures",
     4, 119.2, None, SIG),
    (2, "ASCH / CYPE", "Market Sustainability", 4, 20.0, None, SIG),
    (2, "ALL", "2024-25 potential overspend impact on reserves", 3, 23.3, None, SIG),
    (2, "ALL", "Revenue Inflation", 3, 14.0, None, SIG),
    (2, "ALL", "Distribution of Grant Settlements", 4, 22.0, None, SIG),
    (3, "ALL", "Demand & Cost Drivers", 4, 12.0, None, SIG),
    (3, "CYPE", "Market Sustainability", 4, 10.0, None, SIG),
    (3, "CYPE", "Home to School Transport", 3, 10.0, None, SIG),
    (3, "GET/DCED", "Changing Government focus on funding to support the Net Zero/Carbon "
     "Reduction green agenda (capital spend)", 4, None, 30.0, SIG),
    (4, "Non Attributable Costs", "Insecure funding", 3, 14.2, None, SIG),
    (4, "GET", "Waste capital infrastructure life expired and insufficient to cope with "
     "increased housing and population levels", 4, None, 50.0, SIG),
    (4, "ALL", "Capital - Developer Contributions", 4, None, None, OTHER),
    (4, "ALL", "Council Taxbase & Collection Fund assumptions", 4, None, None, OTHER),
    (5, "ALL", "Full year effect of current overspends", 4, None, None, OTHER),
    (5, "GET", "Capital – asset management and rolling programmes including: Highways, "
     "Country Parks, PROW", 4, None, None, OTHER),
    (5, "GET", "Highways asset defects/failures as a result of static asset management "
     "funding", 4, None, None, OTHER),
    (6, "ALL", "Capital", 4, None, None, OTHER),
    (6, "ALL", "Contract retender", 4, None, None, OTHER),
    (6, "GET", "Investment in the Public Rights of Way (PROW) network", 4, None, None, OTHER),
    (6, "GET", "Revenue - drainage and adverse weather", 4, None, None, OTHER),
    (7, "GET", "Changing Government focus on funding to support the Net Zero/Carbon "
     "Reduction green agenda (revenue spend)", 4, None, None, OTHER),
    (7, "GET", "Waste income, tonnage and gate fee prices", 4, None, None, OTHER),
    (8, "GET", "Capital – Galley Hill cliff collapse and ongoing discussions regarding "
     "ownership and remedial costs to put right", 3, None, None, OTHER),
    (8, "CYPE", "Recruitment, retention & cover for social workers", 3, None, None, OTHER),
    (8, "DCED", "Cyber Security", 3, None, None, OTHER),
    (8, "DCED", "Strategic Headquarters", 3, None, None, OTHER),
    (8, "ALL", "Capital - Capital Receipts", 3, None, None, OTHER),
    (9, "ALL", "Income", 3, None, None, OTHER),
    (9, "GET", "English National Concessionary Travel Scheme (ENCTS) and Kent Travel Saver "
     "(KTS) journey levels", 3, None, None, OTHER),
    (9, "Non Attributable Costs", "Volatility on Investment Income", 3, None, None, OTHER),
    (9, "CYPE", "Unaccompanied Asylum Seeking (UAS) Children", 3, None, None, OTHER),
    (10, "CYPE / DCED", "Reduction in DFE grants for central services for schools and review "
     "of school services provided by the Local Authority", 3, None, None, OTHER),
    (10, "ASCH (PH)", "Uplift in Public Health Grant", 3, None, None, OTHER),
    (10, "ALL", "Capital - Climate Change", 3, None, None, OTHER),
    (10, "DCED", "Enterprise Business Capabilities (EBC) - Now called Oracle Cloud Programme",
     3, None, None, OTHER),
    (10, "DCED", "Capital Investment in Modernisation of Assets", 2, None, None, OTHER),
    (10, "ALL", "VAT Partial Exemption", 2, None, None, OTHER),
    (11, "ALL", "IFRS9", 2, None, None, OTHER),
    (11, "CYPE", "Capital - Basic Need Allocations", 2, None, None, OTHER),
    (11, "DCED", "Highways unadopted land", 1, None, None, OTHER),
    (11, "DCED", "Backlog of maintenance for properties transferring to Corporate Landlord",
     1, None, None, OTHER),
]


def _m(value: float | None) -> float | None:
    return None if value is None else round(value / 1_000_000, 1)


@pytest.fixture(scope="module")
def budget():
    [ctx] = contexts(corpus_file(BUDGET))
    return [r for r in risks.extract(ctx) if isinstance(r, Risk)], ctx.findings


def test_every_row_of_the_budget_register(budget):
    rows, _ = budget
    got = [(r.page, r.directorate, r.title, r.likelihood, _m(r.annual_exposure_gbp),
            _m(r.lifetime_exposure_gbp), r.section) for r in rows]
    assert got == EXPECTED


def test_rows_and_section_totals_sum_to_the_printed_total(budget):
    rows, findings = budget
    annual = sum(r.annual_exposure_gbp or 0 for r in rows)
    lifetime = sum(r.lifetime_exposure_gbp or 0 for r in rows)
    other = [r for r in rows if r.section == OTHER]
    assert {(r.section_annual_exposure_gbp, r.section_lifetime_exposure_gbp) for r in other} \
        == {(90_000_000, 45_000_000)}
    assert round(annual + 90_000_000) == 334_700_000
    assert round(lifetime + 45_000_000) == 290_000_000
    assert findings == []


def test_regression_section_heading_printed_over_a_row_is_not_its_text(budget):
    # "Significant Risks (over £10m)" is printed again over the first row of every page.
    rows, _ = budget
    assert not any("Significant" in (r.directorate or "") + (r.title or "") + (r.cause or "")
                   for r in rows)
    capital = next(r for r in rows if r.title == "Capital")
    assert capital.cause == "Capital project costs are subject to higher than budgeted inflation."


def test_cause_event_consequence_of_a_row(budget):
    rows, _ = budget
    cyber = next(r for r in rows if r.title == "Cyber Security")
    assert cyber.cause == "Malicious attacks on KCC systems."
    assert cyber.event.startswith("Confidentiality, integrity")
    assert cyber.consequence.startswith("Financial loss from damag")
    keys = [r.risk_key for r in rows]
    assert len(set(keys)) == len(keys)


# --- a small register drawn here ------------------------------------------------------------

COLUMNS = [20, 80, 150, 260, 370, 470, 520, 570, 620]
HEADS = ["Directorate", "Risk Title", "Source/Cause of Risk", "Risk Event", "Consequence",
         "Current Likelihood (1-5)", "Estimated Annual Financial Exposure",
         "Estimated Lifetime Financial Exposure"]


def _draw_page(pdf, total: tuple[str, str], rows: list[tuple[float, list[str]]],
               banners: list[tuple[float, str]]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", size=7)
    pdf.text(300, 25, "Appendix I: Budget Risks Register 2025-26")
    pdf.text(475, 40, "TOTAL £m")
    pdf.text(530, 40, total[0])
    pdf.text(580, 40, total[1])
    top, bottom = 60.0, rows[-1][0] + 50
    rules = [top, 100.0, 115.0] + [y for y, _ in rows] + [bottom]
    for y in sorted(set(rules)):
        pdf.line(COLUMNS[0], y, COLUMNS[-1], y)
    for x in COLUMNS:
        pdf.line(x, top, x, bottom)
    for n, head in enumerate(HEADS):
        words = head.split() if n >= 5 else [head]
        for k, word in enumerate(words[:4]):
            pdf.text(COLUMNS[n] + 2, 67 + 8 * k, word)
    pdf.text(COLUMNS[6] + 2, 110, "£m")
    pdf.text(COLUMNS[7] + 2, 110, "£m")
    for y, cells in rows:
        for n, cell in enumerate(cells):
            if cell:
                pdf.text(COLUMNS[n] + 2, y + 10, cell)
    pdf.set_font("Helvetica", style="B", size=12)
    for y, text in banners:
        pdf.text(22, y, text)


def draw_register(path: Path, total: tuple[str, str] = ("229.2", "210.0")) -> Path:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    row_a = ["CYPE", "High Needs", "Grant short", "Deficit grows", "Overspend", "4", "", "165.0"]
    row_b = ["ALL", "Savings", "Delays", "Not delivered", "Overspend", "4", "119.2", ""]
    _draw_page(pdf, total, [(135.0, row_a), (185.0, row_b)], [(128.0, SIG)])
    row_c = ["ASCH", "Market", "Wages rise", "Providers exit", "Costs rise", "4", "20.0", ""]
    other = ["", "", "", "", "", "", "90.0", "45.0"]
    row_d = ["ALL", "Capital", "Inflation", "Costs rise", "Borrowing", "3", "", ""]
    # The printer repeats the first section's heading over the first row of the page.
    _draw_page(pdf, total, [(115.0, row_c), (165.0, other), (185.0, row_d)],
               [(128.0, SIG), (178.0, OTHER)])
    tail = ["", "", "and more inflation", "", "", "", "", ""]
    _draw_page(pdf, total, [(115.0, tail)], [])
    pdf.output(str(path))
    return path


def test_drawn_register_rows_sections_and_continuation(tmp_path):
    path = draw_register(tmp_path / "register.pdf")
    [ctx] = contexts(path)
    rows = [r for r in risks.extract(ctx) if isinstance(r, Risk)]
    got = [(r.page, r.directorate, r.title, r.cause, r.likelihood, _m(r.annual_exposure_gbp),
            _m(r.lifetime_exposure_gbp), r.section, _m(r.section_annual_exposure_gbp))
           for r in rows]
    assert got == [
        (1, "CYPE", "High Needs", "Grant short", 4, None, 165.0, SIG, None),
        (1, "ALL", "Savings", "Delays", 4, 119.2, None, SIG, None),
        (2, "ASCH", "Market", "Wages rise", 4, 20.0, None, SIG, None),
        (2, "ALL", "Capital", "Inflation and more inflation", 3, None, None, OTHER, 90.0),
    ]
    assert ctx.findings == []


def test_drawn_register_with_a_wrong_total_gives_exactly_one_finding(tmp_path):
    path = draw_register(tmp_path / "register.pdf", total=("229.2", "200.0"))
    [ctx] = contexts(path)
    risks.extract(ctx)
    assert [(f.check, f.message) for f in ctx.findings] == [
        ("risk_total_mismatch",
         "TOTAL lifetime exposure printed £200.0m, rows sum to £210.0m"),
    ]


def test_text_export_of_a_budget_register(tmp_path):
    t = "\t"
    text = "\n".join([
        "Budget Risks Register",
        t.join(["", "", "", "", "", "TOTAL £m", "30.0", "5.0"]),
        t.join(HEADS),
        "Significant Risks (over £10m)",
        t.join(["CYPE", "High Needs", "Grant short", "Deficit grows", "Overspend", "4", "25.0",
                ""]),
        t.join(["ALL", "Savings", "Delays", "Not delivered", "Overspend", "3", "", "5.0"]),
        t.join(["", "", "more delays", "", "", "", "", ""]),
    ]) + "\n"
    path = tmp_path / "budget.txt"
    path.write_text(text, encoding="utf-8")
    [ctx] = [c for c in contexts(path) if c.segment.kind in risks.KINDS]
    rows = [r for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert [(r.directorate, r.title, r.cause, r.likelihood, _m(r.annual_exposure_gbp),
             _m(r.lifetime_exposure_gbp), r.section) for r in rows] == [
        ("CYPE", "High Needs", "Grant short", 4, 25.0, None, SIG),
        ("ALL", "Savings", "Delays more delays", 3, None, 5.0, SIG),
    ]
    # The TOTAL row prints 30.0 annual: the rows sum to 25.0.
    assert [f.check for f in ctx.findings] == ["risk_total_mismatch"]


def test_budget_register_detection():
    assert is_budget_register("Risk Title ... Current Likelihood ... Financial Exposure")
    assert not is_budget_register("Risk Title Current Risk Rating Target Risk Rating")


def test_unreadable_likelihood_is_a_finding_not_a_guess(tmp_path):
    t = "\t"
    text = "\n".join([
        "Budget Risks Register",
        t.join(["", "", "", "", "", "TOTAL £m", "25.0", ""]),
        t.join(HEADS),
        t.join(["CYPE", "High Needs", "Grant short", "Deficit grows", "Overspend", "High",
                "25.0", ""]),
    ]) + "\n"
    path = tmp_path / "budget.txt"
    path.write_text(text, encoding="utf-8")
    [ctx] = [c for c in contexts(path) if c.segment.kind in risks.KINDS]
    [row] = [r for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert row.likelihood is None
    assert [(f.check, f.message) for f in ctx.findings] == [
        ("risk_value_unreadable", "High Needs: likelihood 'High' is not 1-5")]
