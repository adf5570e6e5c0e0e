"""A 2015-style strategic register drawn here as a PDF: summary table, scales and a risk card
whose control table runs over a page break (with a printed page number between)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from kcc_papers.extract import risks
from kcc_papers.models import Risk, RiskAction, RiskControl


def _table(pdf, widths: tuple[int, ...], rows: list[tuple[str, ...]]) -> None:
    with pdf.table(col_widths=widths, first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)


def draw_register(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.multi_cell(0, 12, "APPENDIX 2\nEXAMPLE DIRECTORATE RISK REGISTER\nSummary Risk Profile\n"
                          "Low = 1-6 Medium = 8-15 High = 16-25")
    _table(pdf, (60, 250, 80, 100, 80), [
        ("Risk No.*", "Risk Title", "Current Risk Rating", "Changes to Current Risk Level",
         "Target Risk Rating"),
        ("XYZ 01", "Keeping the workforce healthy", "8 (Medium)", "New risk", "4 (Low)"),
        ("XYZ 02", "An old risk", "", "Risk closed", ""),
    ])
    pdf.ln(10)
    _table(pdf, (80, 90, 90, 90, 90, 90), [
        ("", "Likelihood & Impact Scales", "", "", "", ""),
        ("Likelihood", "Very Unlikely (1)", "Unlikely (2)", "Possible (3)", "Likely (4)",
         "Very Likely (5)"),
        ("Impact", "Minor (1)", "Moderate (2)", "Significant (3)", "Serious (4)", "Major (5)"),
    ])
    pdf.add_page()
    _table(pdf, (60, 60, 60, 300), [("Risk ID", "XYZ 01", "Risk Title",
                                    "Keeping the workforce healthy")])
    _table(pdf, (130, 120, 120, 130, 80, 80), [(
        "Source / Cause of risk\nStaff work hard\nin a changing organisation",
        "Risk Event\nSickness rises", "Consequence\nServices suffer",
        "Risk Owner\nAnn Other, Director People\nResponsible Cabinet Member(s):\nCllr Example",
        "Current\nLikelihood\nUnlikely (2)\nTarget\nResidual\nLikelihood\nUnlikely (2)",
        "Current\nImpact\nSerious (4)\nTarget\nResidual\nImpact\nModerate (2)",
    )])
    _table(pdf, (500, 160), [("Control Title", "Control Owner"),
                             ("Attendance management policy in place",
                              "Ann Other, Director People")])
    pdf.set_auto_page_break(False)
    pdf.set_y(560)
    pdf.cell(0, 10, "Page 2", align="C")
    pdf.add_page()
    _table(pdf, (500, 160), [("Wellbeing offer for staff", "Bob Smith, Head of Health & Safety")])
    _table(pdf, (400, 160, 100), [
        ("Action Title", "Action Owner", "Planned Completion Date"),
        ("Review the attendance policy", "Ann Other, Director People", "31st March 2016"),
    ])
    pdf.output(str(path))
    return path


def test_pdf_register_card_over_a_page_break(tmp_path):
    [ctx] = contexts(draw_register(tmp_path / "register.pdf"))
    records = risks.extract(ctx)
    rows = [(r.risk_id, r.current_rating, r.current_level, r.target_rating, r.change, r.status,
             r.likelihood, r.impact, r.target_likelihood, r.target_impact, r.owner,
             r.cabinet_member, r.cause, r.event, r.consequence)
            for r in records if isinstance(r, Risk)]
    assert rows == [
        ("XYZ 01", 8, "medium", 4, "new", "open", 2, 4, 2, 2, "Ann Other, Director People",
         "Cllr Example", "Staff work hard in a changing organisation", "Sickness rises",
         "Services suffer"),
        ("XYZ 02", None, None, None, "closed", "closed", None, None, None, None, None, None,
         None, None, None),
    ]
    controls = [(c.control, c.owner, c.page) for c in records if isinstance(c, RiskControl)]
    assert controls == [
        ("Attendance management policy in place", "Ann Other, Director People", 2),
        ("Wellbeing offer for staff", "Bob Smith, Head of Health & Safety", 3),
    ]
    actions = [(a.action, a.planned_completion_date.isoformat())
               for a in records if isinstance(a, RiskAction)]
    assert actions == [("Review the attendance policy", "2016-03-31")]
    assert ctx.findings == []
