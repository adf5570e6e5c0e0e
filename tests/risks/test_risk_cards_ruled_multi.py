"""Several ruled risk cards in one PDF, in mixed layouts, the first at the very top of page 1
(no heading above it), and a scale table closing the register."""

from __future__ import annotations

from pathlib import Path

from test_risk_cards_ruled import _table

from conftest import contexts
from kcc_papers.extract import risks
from kcc_papers.models import Risk, RiskAction, RiskControl

OWNER = ("Jo Bloggs, Director of Highways\nResponsible Cabinet Member(s):\n"
         "Mr A Member, Cabinet Member for Highways")


def _card(pdf, risk_id: str, title: str, wide: bool) -> None:
    pdf.add_page()
    _table(pdf, (60, 60, 60, 400), [("Risk ID", risk_id, "Risk Title", title)])
    if wide:
        # One table: the body labels and the scores side by side, values below.
        _table(pdf, (90, 90, 90, 90, 70, 70, 70, 70), [
            ("Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner",
             "Current\nLikelihood", "Current\nImpact", "Target Residual\nLikelihood",
             "Target Residual\nImpact"),
            ("Thin market", "Contractor fails", "Flooding", OWNER, "Likely (4)", "Major (5)",
             "Possible (3)", "Serious (4)")])
    else:
        _table(pdf, (110,) * 6, [
            ("Likelihood", "Impact", "Rating", "Target Likelihood", "Target Impact",
             "Target Rating"),
            ("Possible (3)", "Serious (4)", "12 Medium", "Unlikely (2)", "Serious (4)",
             "8 Medium")])
        _table(pdf, (150, 170, 170, 170), [
            ("Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner"),
            ("Thin market", "Contractor fails", "Flooding", OWNER)])
    _table(pdf, (500, 160), [("Control Title", "Control Owner"),
                             (f"Monthly meetings on {title}", "Ann Other, Head of Contracts")])
    _table(pdf, (400, 160, 100), [
        ("Action Title", "Action Owner", "Planned Completion Date"),
        (f"Second supplier for {title}", "Jo Bloggs, Director of Highways", "March 2026")])


def draw_cards(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.set_font("Helvetica", size=7)
    _card(pdf, "HW 01", "Drainage contract", wide=True)
    _card(pdf, "HW 02", "Bridge strikes", wide=False)
    _card(pdf, "HW 03", "Winter service", wide=True)
    pdf.add_page()
    _table(pdf, (80, 90, 90, 90, 90, 90), [
        ("Likelihood", "Very Unlikely (1)", "Unlikely (2)", "Possible (3)", "Likely (4)",
         "Very Likely (5)"),
        ("Impact", "Minor (1)", "Moderate (2)", "Significant (3)", "Serious (4)", "Major (5)")])
    pdf.output(str(path))
    return path


def test_regression_mixed_ruled_cards_first_at_top_of_page_one(tmp_path):
    """The first card's table began a hair above the document's first text line, and the rows
    reader dropped it as lying before the document."""
    [ctx] = contexts(draw_cards(tmp_path / "cards.pdf"))
    records = risks.extract(ctx)
    rows = [(r.risk_id, r.page, r.title, r.current_rating, r.current_level, r.target_rating,
             r.likelihood, r.likelihood_name, r.impact, r.impact_name, r.target_likelihood,
             r.target_impact, r.owner, r.cabinet_member, r.cause, r.event, r.consequence)
            for r in records if isinstance(r, Risk)]
    tail = ("Jo Bloggs, Director of Highways", "Mr A Member, Cabinet Member for Highways",
            "Thin market", "Contractor fails", "Flooding")
    assert rows == [
        ("HW 01", 1, "Drainage contract", None, None, None, 4, "Likely", 5, "Major", 3, 4,
         *tail),
        ("HW 02", 2, "Bridge strikes", 12, "medium", 8, 3, "Possible", 4, "Serious", 2, 4,
         *tail),
        ("HW 03", 3, "Winter service", None, None, None, 4, "Likely", 5, "Major", 3, 4, *tail),
    ]
    assert [(c.risk_id, c.control) for c in records if isinstance(c, RiskControl)] == [
        ("HW 01", "Monthly meetings on Drainage contract"),
        ("HW 02", "Monthly meetings on Bridge strikes"),
        ("HW 03", "Monthly meetings on Winter service"),
    ]
    assert [(a.risk_id, a.planned_completion) for a in records
            if isinstance(a, RiskAction)] == [("HW 01", "March 2026"), ("HW 02", "March 2026"),
                                              ("HW 03", "March 2026")]
    assert ctx.findings == []
