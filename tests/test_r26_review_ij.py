"""Review of round 26's I and J fixes: false positives of the new rules on papers another
council would publish, each a test_regression_* that failed before its mend."""

from __future__ import annotations

from heldout_support import pdf_agenda_items, source_decision_rows, source_lines
from kcc_papers.extract.decisions.recommendations import find_recommendations
from test_heldout_round26_ij import SUMMONS

# ------------ a report's own second block headed for whom it asks (described_asks.py)

CAPITAL = [
    "CAPITAL PROGRAMME 2026/27",
    "1. Recommendations",
    "1.1 That Cabinet approves the capital programme for 2026/27 set out in Appendix A.",
    "2. Recommendations to Council",
    "2.1 That Council sets a borrowing limit of GBP 80m and adopts the treasury strategy.",
    "3. Background",
    "3.1 The programme totals GBP 42m over three years.",
]


def _blocks(lines: list[str]) -> list[str]:
    return [b.text for b in find_recommendations(list(enumerate(lines)))]


def test_regression_cabinet_report_s_recommendations_to_council_are_its_own_ask():
    texts = _blocks(CAPITAL)
    assert len(texts) == 2 and texts[1].startswith("That Council sets a borrowing limit")


def test_regression_board_s_own_second_block_headed_of_the_board_is_its_ask():
    lines = [t.replace("Recommendations to Council", "Recommendations of the Pension Board")
             for t in CAPITAL]
    assert len(_blocks(lines)) == 2


def test_review_s_findings_under_another_s_heading_stay_described():
    # the guard: points worded as findings, not asks, under such a heading are no decision
    lines = [t.replace("Recommendations to Council", "Recommendations of the Review")
             .replace("That Council sets a borrowing limit of GBP 80m and adopts the treasury "
                      "strategy.", "R1 The lettable standard should include a voucher.")
             for t in CAPITAL]
    assert len(_blocks(lines)) == 1


# ------------ a bare lead-in ("X is asked:") in a report's prose (recommendations.INLINE)

CONSULTATION = source_lines(
    "** CALDERBROOK COUNCIL",
    "** REPORT TO CABINET",
    "Meeting date:\t4 February 2026",
    "** PARKING CONSULTATION",
    "** 1. Recommendations",
    "1.1 That Cabinet notes the consultation results.",
    "** 2. Consultation",
    "2.1 The survey ran for six weeks. In the survey",
    "Residents are asked:",
    "(a) whether they support evening charges;",
    "(b) whether they use the park and ride.",
    "2.2 The results are in Appendix A.",
)


def test_regression_bare_lead_in_inside_prose_is_no_decision(tmp_path):
    rows = source_decision_rows(CONSULTATION, "report", tmp_path)
    assert [text for text, _ in rows] == ["That Cabinet notes the consultation results."]


# ------------ a lettered agenda part naming its mover before a title (agenda/reader._MOVER)

# (the fixer's summons, its notices of motion swapped for lettered appointments under its
# last item, as its guard test prints "(a) Schedule of Payments")
APPOINTMENTS = SUMMONS[:SUMMONS.index("** Item 3")] + (
    "(a) Moved by Cllr Jones: Appointment of Chief Executive\n"
    "(b) Moved by Cllr Smith: Appointment of Monitoring Officer\n")


def test_regression_mover_before_an_item_title_keeps_the_item(tmp_path):
    assert pdf_agenda_items(APPOINTMENTS, tmp_path)[-2:] == [
        ("4(a)", "Moved by Cllr Jones: Appointment of Chief Executive"),
        ("4(b)", "Moved by Cllr Smith: Appointment of Monitoring Officer")]
