"""Risk cards drawn as ruled PDF tables: the scores in a header row of their own ("Current
Likelihood | Current Impact | Current Risk | Target Residual Likelihood | ...") over a row of
values. Read by the header words, whatever their order or wording."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, contexts
from kcc_papers.extract import risks
from kcc_papers.extract.risks.card_labels import first_roles, header_roles, merge_roles
from kcc_papers.models import Risk, RiskAction, RiskControl

SAMPLE = ROOT / "data" / "raw" / "sample_agenda_pack.pdf"


def _risk_rows(records):
    return [(r.risk_id, r.title, r.current_rating, r.current_level, r.target_rating,
             r.target_level, r.likelihood, r.impact, r.target_likelihood, r.target_impact,
             r.owner, r.status) for r in records if isinstance(r, Risk)]


def _sample():
    [ctx] = contexts(SAMPLE, kind="risk_register")
    return ctx, risks.extract(ctx)


def test_sample_pack_summary_risk_profile_rows():
    _, records = _sample()
    summary = [row[:6] for row in _risk_rows(records)]
    assert summary == [
        ("CRR 01", "Data and Information Management", 16, "high", 8, "medium"),
        ("CRR 02", "Cyber Security Resilience", 20, "high", 12, "medium"),
        ("CRR 03", "Future Financial Operating Environment", 25, "high", 16, "high"),
        ("CRR 05", "Civil Contingencies and Resilience", 12, "medium", 8, "medium"),
        ("CRR 07", "Workforce Recruitment and Retention", 9, "medium", 6, "low"),
        ("CRR 09", "Contract Management of Key Suppliers", 8, "medium", 4, "low"),
    ]


def test_sample_pack_crr01_card():
    _, records = _sample()
    [crr01] = [r for r in records if isinstance(r, Risk) and r.risk_id == "CRR 01"]
    assert _risk_rows([crr01]) == [(
        "CRR 01", "Data and Information Management", 16, "high", 8, "medium", 4, 4, 2, 4,
        "Mr U Stanmore, General Counsel", "open")]
    assert (crr01.likelihood_name, crr01.impact_name, crr01.target_likelihood_name,
            crr01.target_impact_name) == ("Likely", "Serious", "Unlikely", "Serious")
    assert crr01.cause == (
        "The council holds large amounts of personal data and relies on it to plan and deliver "
        "services. More partnership working and flexible working make the data harder to "
        "control.")
    assert crr01.event == ("Information security incident resulting in loss of personal data "
                           "or breach of confidentiality.")
    assert crr01.consequence == ("Enforcement action or a monetary penalty from the Information "
                                 "Commissioner. Reputational damage and claims for damages.")
    assert crr01.page == 13
    controls = [(c.risk_id, c.control, c.owner, c.page)
                for c in records if isinstance(c, RiskControl)]
    assert controls == [
        ("CRR 01", "Senior Information Risk Owner supported by a cross-directorate Information "
                   "Governance group", "Mrs Q Harrowby, Chief Executive", 15),
        ("CRR 01", "Information governance policies and procedures in place and reviewed "
                   "annually", "Mr U Stanmore, General Counsel", 15),
        ("CRR 01", "Mandatory data protection training for all staff, with completion monitored "
                   "monthly", "Mrs Y Ferrand, Director of Human Resources", 15),
        ("CRR 01", "Information asset register maintained, with risk assessments for new "
                   "systems", "Ms S Okonjo, Director of Infrastructure", 15),
    ]
    actions = [(a.risk_id, a.action, a.owner, a.planned_completion, a.planned_completion_date)
               for a in records if isinstance(a, RiskAction)]
    assert actions == [
        ("CRR 01", "Review of records retention schedules for all directorates",
         "Mr U Stanmore, General Counsel", "June 2025", None),
        ("CRR 01", "Roll out of data loss prevention software to all council laptops",
         "Ms S Okonjo, Director of Infrastructure", "September 2025", None),
    ]


def test_regression_ruled_score_table_read_into_cause_and_missing():
    """The score header row was read under the cause/event/consequence/owner columns (glueing
    'Current Likelihood Likely (4)' onto the cause) and the card reported no values."""
    ctx, records = _sample()
    [crr01] = [r for r in records if isinstance(r, Risk) and r.risk_id == "CRR 01"]
    assert "Likelihood" not in crr01.cause and "Target" not in crr01.owner
    assert [f.check for f in ctx.findings] == []


def test_sample_pack_through_the_pipeline_has_no_risk_findings():
    from kcc_papers.pipeline import process_file

    result = process_file(str(SAMPLE))
    assert [f.check for f in result.findings if f.check.startswith("risk")] == []
    cards = [(r.risk_id, r.likelihood, r.impact, r.target_likelihood, r.target_impact)
             for r in result.records if isinstance(r, Risk) and r.likelihood is not None]
    assert cards == [("CRR 01", 4, 4, 2, 4)]
    assert len([r for r in result.records if isinstance(r, Risk)]) == 6


def test_regression_scale_key_under_a_card_is_not_an_action():
    _, records = _sample()
    assert not any("Very Unlikely" in a.action or a.action.startswith("(3)")
                   for a in records if isinstance(a, RiskAction))


def _table(pdf, widths: tuple[int, ...], rows: list[tuple[str, ...]]) -> None:
    with pdf.table(col_widths=widths, first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)


def draw_card(path: Path, scores: list[tuple[str, ...]], widths: tuple[int, ...],
              scores_first: bool = False) -> Path:
    """A card in another order and wording: owner first, the scores as given (above the body
    when ``scores_first``)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.multi_cell(0, 12, "Appendix B - Directorate Risk Register")
    pdf.ln(6)
    _table(pdf, (60, 60, 60, 400), [("Risk ID", "ABC 07", "Risk Title",
                                    "Failure of the highways drainage contract")])
    if scores_first:
        _table(pdf, widths, scores)
    _table(pdf, (150, 170, 170, 170), [
        ("Risk Owner", "Consequence", "Risk Event", "Source / Cause of risk"),
        ("Jo Bloggs, Director of Highways", "Flooding of roads and homes",
         "Contractor cannot clear gullies", "Single supplier in a thin market"),
    ])
    if not scores_first:
        _table(pdf, widths, scores)
    _table(pdf, (500, 160), [("Control Title", "Control Owner"),
                             ("Monthly contract meetings", "Ann Other, Head of Contracts")])
    _table(pdf, (400, 160, 100), [
        ("Action Title", "Action Owner", "Planned Completion Date"),
        ("Procure a second supplier", "Jo Bloggs, Director of Highways", "31 March 2026"),
    ])
    pdf.output(str(path))
    return path


CARD_ROW = ("ABC 07", "Failure of the highways drainage contract", 12, "medium", 4, "low", 3, 4,
            2, 2, "Jo Bloggs, Director of Highways", "open")


def _card_records(path: Path):
    [ctx] = contexts(path)
    records = risks.extract(ctx)
    return ctx, records


def test_synthetic_card_scores_in_two_header_rows_of_another_order(tmp_path):
    """'Rating | Impact | Likelihood' over values, then the targets in yet another order."""
    path = draw_card(tmp_path / "card.pdf", [
        ("Rating", "Impact", "Likelihood"),
        ("12 Medium", "Serious (4)", "Possible (3)"),
        ("Target Likelihood", "Target Rating", "Target Impact"),
        ("Unlikely (2)", "4 Low", "Moderate (2)"),
    ], (120, 120, 120))
    ctx, records = _card_records(path)
    [risk] = [r for r in records if isinstance(r, Risk)]
    assert _risk_rows([risk]) == [CARD_ROW]
    assert (risk.cause, risk.event, risk.consequence) == (
        "Single supplier in a thin market", "Contractor cannot clear gullies",
        "Flooding of roads and homes")
    assert [(c.control, c.owner) for c in records if isinstance(c, RiskControl)] == [
        ("Monthly contract meetings", "Ann Other, Head of Contracts")]
    assert [(a.action, a.planned_completion_date.isoformat())
            for a in records if isinstance(a, RiskAction)] == [
        ("Procure a second supplier", "2026-03-31")]
    assert ctx.findings == []


def test_synthetic_card_targets_first_in_one_header_row(tmp_path):
    path = draw_card(tmp_path / "card.pdf", [
        ("Target Residual\nImpact", "Target Residual\nLikelihood", "Current Risk\nScore",
         "Current\nImpact", "Current\nLikelihood", "Target Risk\nScore"),
        ("Moderate (2)", "Unlikely (2)", "12", "Serious (4)", "Possible (3)", "4"),
    ], (110, 110, 110, 110, 110, 110))
    ctx, records = _card_records(path)
    row = _risk_rows(records)
    # No level printed and no legend: the levels are unknown, not guessed.
    assert row == [(*CARD_ROW[:3], None, 4, None, *CARD_ROW[6:])]
    assert ctx.findings == []


def test_synthetic_card_rating_disagreeing_with_its_scores_is_reported(tmp_path):
    path = draw_card(tmp_path / "card.pdf", [
        ("Likelihood", "Impact", "Rating", "Target Likelihood", "Target Impact",
         "Target Rating"),
        ("Possible (3)", "Serious (4)", "16 High", "Unlikely (2)", "Moderate (2)", "4 Low"),
    ], (110, 110, 110, 110, 110, 110))
    ctx, _ = _card_records(path)
    assert [(f.check, f.record_ref) for f in ctx.findings] == [
        ("risk_rating_mismatch", "ABC 07")]


def test_synthetic_card_with_inherent_scores_and_a_trend_column(tmp_path):
    """Columns the card does not record (inherent scores, direction of travel) are skipped, not
    read into the target or glued onto the text."""
    path = draw_card(tmp_path / "card.pdf", [
        ("Inherent\nLikelihood", "Inherent\nImpact", "Current\nLikelihood", "Current\nImpact",
         "Current Risk\nRating", "Direction of\nTravel", "Target\nLikelihood", "Target\nImpact",
         "Target Risk\nRating"),
        ("Very Likely (5)", "Major (5)", "Possible (3)", "Serious (4)", "12 (Medium)",
         "Unchanged", "Unlikely (2)", "Moderate (2)", "4 (Low)"),
    ], (75,) * 9)
    ctx, records = _card_records(path)
    [risk] = [r for r in records if isinstance(r, Risk)]
    assert _risk_rows([risk]) == [CARD_ROW]
    assert risk.consequence == "Flooding of roads and homes"
    assert ctx.findings == []


def test_synthetic_card_scores_printed_above_the_body(tmp_path):
    path = draw_card(tmp_path / "card.pdf", [
        ("Current Risk Rating", "Current Likelihood", "Current Impact", "Target Risk Rating",
         "Target Likelihood", "Target Impact"),
        ("12 (Medium)", "Possible (3)", "Serious (4)", "4 (Low)", "Unlikely (2)",
         "Moderate (2)"),
    ], (110, 110, 110, 110, 110, 110), scores_first=True)
    ctx, records = _card_records(path)
    [risk] = [r for r in records if isinstance(r, Risk)]
    assert _risk_rows([risk]) == [CARD_ROW]
    assert risk.cause == "Single supplier in a thin market"
    assert len([c for c in records if isinstance(c, RiskControl)]) == 1
    assert ctx.findings == []


SCORE_HEADS = {
    "likelihood": ("Current Likelihood", "Likelihood", "Current\nLikelihood"),
    "impact": ("Current Impact", "Impact"),
    "rating": ("Current Risk", "Current Risk Rating", "Rating", "Risk Score", "Current Score"),
    "target_likelihood": ("Target Residual Likelihood", "Target Likelihood",
                          "Target Residual\nLikelihood"),
    "target_impact": ("Target Residual Impact", "Target Impact"),
    "target_rating": ("Target Risk", "Target Rating", "Target Risk Rating", "Target Score"),
}


@given(st.permutations(sorted(SCORE_HEADS)), st.data())
def test_header_roles_follow_the_words_in_any_order(order, data):
    cells = [data.draw(st.sampled_from(SCORE_HEADS[role])) for role in order]
    assert header_roles(cells) == list(order)


def test_header_roles_ignore_value_rows_and_lone_labels():
    assert header_roles(["Likely (4)", "Serious (4)", "16 High"]) is None
    assert header_roles(["", "", "", "", "Residual Likelihood", "Residual Impact"]) is None
    assert header_roles(["Likelihood Possible (3)", "Impact"]) is None
    assert header_roles(["Source / Cause of risk", "Risk Event"]) is None  # no score
    assert header_roles(["Thin market", "Likelihood"]) is None  # one score label
    assert header_roles(["Inherent Likelihood", "Trend", "Likelihood", "Impact"]) == [
        "inherent", "other", "likelihood", "impact"]


def test_merge_roles_same_table_keeps_unnamed_columns():
    old = first_roles(["Source / Cause of risk", "Risk Event", "Current", "Current"])
    assert old == ["cause", "event", "likelihood", "impact"]
    assert merge_roles(old, [None, None, "target_likelihood", "target_impact"]) == [
        "cause", "event", "target_likelihood", "target_impact"]
    assert merge_roles(old, ["rating", "target_rating"]) == ["rating", "target_rating"]


def test_first_roles_unchanged_for_glued_cards():
    cells = ["Source / Cause of risk x", "y", "Risk Event z", "Consequence c", "Risk Owner o",
             "Current Likelihood Possible (3) Target Residual Likelihood Unlikely (2)",
             "Current Impact Serious (4) Target Residual Impact Serious (4)"]
    assert first_roles(cells) == ["cause", "cause", "event", "consequence", "owner",
                                  "likelihood", "impact"]
    assert first_roles(["Current", "Current"]) == ["likelihood", "impact"]


def test_regression_four_digit_kent_ids_keep_their_key():
    """Kent's current ids ("CRR0065") were cut to three digits: CRR0061, CRR0063 and CRR0065
    of the Q3 2024-25 performance report all keyed as 'CRR006'."""
    from kcc_papers.extract.risks.cards import CARD_ID
    from kcc_papers.extract.risks.values import parse_risk_id, risk_key

    assert [risk_key(i) for i in ("CRR0061", "CRR0063", "CRR0065")] == [
        "CRR0061", "CRR0063", "CRR0065"]
    assert parse_risk_id("CRR0065") == "CRR0065"
    assert CARD_ID.search("Risk ID CRR0065 Risk Title Demand").group(2) == "0065"
    assert risk_key("CRR 10(a)") == "CRR10A" and parse_risk_id("2025") is None


VALUES = {"likelihood": "Likely (4)", "impact": "Major (5)", "rating": "20 High",
          "target_likelihood": "Unlikely (2)", "target_impact": "Serious (4)",
          "target_rating": "8 Medium"}


@given(st.permutations(sorted(SCORE_HEADS)), st.data(), st.booleans(), st.integers(1, 5))
def test_cards_read_any_score_column_order(order, data, scores_first, split):
    """Scores in any column order, in one header row or two, above or below the body."""
    from kcc_papers.extract.risks.cards import parse_cards
    from kcc_papers.extract.risks.rows import Row
    from kcc_papers.extract.risks.values import Scales

    heads = [data.draw(st.sampled_from(SCORE_HEADS[role])) for role in order]
    groups = [(heads[:split], order[:split]), (heads[split:], order[split:])]
    scores = [Row(1, cells) for hs, roles in groups if len(hs) >= 2
              for cells in (hs, [VALUES[r] for r in roles])]
    if len(scores) < 4:  # a group of one label is not a header row: keep the six together
        scores = [Row(1, heads), Row(1, [VALUES[r] for r in order])]
    body = [Row(1, ["Source / Cause of risk", "Risk Event", "Consequence", "Risk Owner"]),
            Row(1, ["A cause", "An event", "A consequence", "Jo Bloggs, Director"])]
    rows = [Row(1, ["Risk ID", "AB 12", "Risk Title", "A title"]),
            *(scores + body if scores_first else body + scores),
            Row(1, ["Control Title", "Control Owner"]), Row(1, ["A control", "Ann Other, Head"])]
    [card] = parse_cards(rows, Scales())
    assert (card.risk_id, card.cause, card.event, card.consequence, card.owner) == (
        "AB 12", "A cause", "An event", "A consequence", "Jo Bloggs, Director")
    assert (card.likelihood.number, card.impact.number, card.target_likelihood.number,
            card.target_impact.number) == (4, 5, 2, 4)
    assert (card.rating.value, card.rating.level, card.target_rating.value) == (20, "high", 8)
    assert [c.text for c in card.controls] == ["A control"]


def test_ruled_card_as_a_text_export(tmp_path):
    """The same card exported as tab-separated text reads the same way."""
    from conftest import text_contexts

    text = "\n".join([
        "APPENDIX 1", "CORPORATE RISK REGISTER",
        "Risk ID\tCRR 04\tRisk Title\tWinter resilience",
        "Source / Cause of risk\tRisk Event\tConsequence\tRisk Owner",
        "Severe weather\tRoads close\tServices stop\tJo Bloggs, Director of Highways",
        "Current Likelihood\tCurrent Impact\tCurrent Risk\tTarget Residual Likelihood\t"
        "Target Residual Impact\tTarget Risk",
        "Possible (3)\tSerious (4)\t12 Medium\tUnlikely (2)\tSerious (4)\t8 Medium",
        "Control Title\tControl Owner",
        "Gritting plan in place\tAnn Other, Head of Highways",
        "Action Title\tAction Owner\tPlanned Completion Date",
        "Buy more salt\tAnn Other, Head of Highways\tOctober 2025", ""])
    [ctx] = text_contexts(text, kind="risk_register", tmp=tmp_path)
    records = risks.extract(ctx)
    assert [(r.risk_id, r.current_rating, r.current_level, r.target_rating, r.likelihood,
             r.impact, r.target_likelihood, r.target_impact, r.cause, r.event, r.consequence)
            for r in records if isinstance(r, Risk)] == [
        ("CRR 04", 12, "medium", 8, 3, 4, 2, 4, "Severe weather", "Roads close",
         "Services stop")]
    assert [(a.action, a.planned_completion) for a in records if isinstance(a, RiskAction)] == [
        ("Buy more salt", "October 2025")]
    assert ctx.findings == []
