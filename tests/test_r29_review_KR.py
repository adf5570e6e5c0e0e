"""Review of held-out round 29's KPI and risk fixes (reviewer KR): regressions the review found,
each in a small paper another council would plausibly publish."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import text_contexts
from heldout_support import html_kpi_rows, html_page, html_table, kpi_rows, scored_risks
from kcc_papers.extract import risks
from kcc_papers.models import Risk
from test_heldout_round29_KR import SAVINGS_TRACKER


@pytest.mark.parametrize("amber", [
    "some risk to delivery",           # the gloss most trackers print
    "risk of slippage into next year",
    "high risk, recovery plan agreed",
])
def test_regression_savings_key_glossing_amber_as_risk_is_no_register(
        amber: str, tmp_path: Path) -> None:
    # the fix read only "at risk" as a status: a key that glosses its colour with "risk" in
    # other words still made the rated savings a register
    assert scored_risks(SAVINGS_TRACKER.format(amber=amber), tmp_path) == []


def test_regression_register_keyed_by_risk_levels_is_still_read(tmp_path: Path) -> None:
    # the guard: a register whose key glosses its colours as risk levels still names its
    # column "Risk" and is read
    text = SAVINGS_TRACKER.format(amber="medium risk").replace("Saving  ", "Risk    ")
    assert [r[0] for r in scored_risks(text, tmp_path)] == ["S-01", "S-02", "S-03"]


# A risk assessment form per risk, its stages' boxes on a line each (round 29's r29b audit
# pack in another council's words): only the stage after controls is the risk's score.
ASSESSMENT_FORMS = """CORPORATE RISK REGISTER - ASSESSMENT FORMS

Each risk is assessed for likelihood and impact on a scale of 1 to 5.

Risk Ref: CR4 Loss of key ICT systems
Risk owner   Head of ICT
Gross risk   Likelihood [{l1}]  Impact [{i1}]  Score [{s1}]
Controls     Backups tested quarterly
Residual risk   Likelihood [{l2}]  Impact [{i2}]  Score [{s2}]
Target risk   Likelihood [2]  Impact [4]  Score [8]
Risk Ref: CR5 Failure to recruit care staff
Risk owner   Director of Adult Services
Gross risk   Likelihood [5]  Impact [4]  Score [20]
Residual risk   Likelihood [4]  Impact [4]  Score [16]
Target risk   Likelihood [3]  Impact [3]  Score [9]
"""


def test_regression_assessment_forms_read_by_their_residual_stage(tmp_path: Path) -> None:
    text = ASSESSMENT_FORMS.format(l1=4, i1=4, s1=16, l2=3, i2=4, s2=12)
    assert scored_risks(text, tmp_path) == [("CR4", 3, 4, 12), ("CR5", 4, 4, 16)]


def test_regression_blank_assessment_form_gives_no_risk(tmp_path: Path) -> None:
    # the guard: a form whose first risk's boxes are not filled in scores nothing for it
    text = ASSESSMENT_FORMS.format(l1=" ", i1=" ", s1=" ", l2=" ", i2=" ", s2=" ")
    assert scored_risks(text, tmp_path) == [("CR5", 4, 4, 16)]


# A joint committee's minutes printing the register it reviewed, its id column headed "Risk"
# and the factors by their letters (round 29's r29b joint waste pack, its reports read as part
# of its minutes, in another body's words).
BOARD_MINUTES = """HALLAM VALLEY HIGHWAYS PROGRAMME BOARD

Minutes of the meeting held on Tuesday 3 March 2026 at 10.00 am

Present: J Carver (Chair), P Ndlovu, R Osei

1. Apologies

Apologies were received from K Lamb.

2. Programme risk register

The board reviewed the register. Scores: likelihood (L) and impact (I) 1-5; score = L x I.

{header}
HB1     Utility diversions delayed             3   4   12      Project Manager
HB2     Contractor insolvency                  2   5   10      Commercial Lead
HB3     Steel prices above allowance           4   3   12      Cost Manager

RESOLVED: That the register be noted.
"""


def _minuted_risks(text: str, tmp_path: Path) -> list[tuple[str, int | None, int | None,
                                                              int | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in text_contexts(text, "minutes", tmp_path)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def test_regression_minutes_print_register_headed_by_risk_and_letters(tmp_path: Path) -> None:
    text = BOARD_MINUTES.format(
        header="Risk    Description                            L   I   Score   Owner")
    assert _minuted_risks(text, tmp_path) == [
        ("HB1", 3, 4, 12), ("HB2", 2, 5, 10), ("HB3", 4, 3, 12)]


def test_regression_minutes_table_of_other_letters_is_no_register(tmp_path: Path) -> None:
    # the guard: the letters must head the factors beside a score, under a "Risk" column
    text = BOARD_MINUTES.format(
        header="Scheme  Description                            A   B   Total   Owner")
    assert _minuted_risks(text, tmp_path) == []


# A plan's targets tabled by their names under "Target", the figure each sets under "Target"
# again with its year (round 29's r29a combined authority slides page, in a county's words).
TARGETS_HEADER = ["Ref", "Target", "Baseline 2024/25", "Target 2027/28", "Latest", "Rating"]


def _targets_page(first_cells: list[str]) -> str:
    rows = [["CT1", first_cells[0], "42.0", "50.0", "47.5", "Amber"],
            ["CT2", first_cells[1], "61", "70", "72", "Green"]]
    return html_page("<h1>Transport Committee: Performance Report, Quarter 3 2026/27</h1>",
                     "<h2>Local Transport Plan key performance indicators</h2>",
                     "<p>The latest performance against the plan's targets.</p>",
                     html_table(TARGETS_HEADER, rows))


def test_regression_names_headed_target_beside_a_years_target(tmp_path: Path) -> None:
    page = _targets_page(["Trips made by bus or rail (millions)",
                          "Residents within 400m of a frequent bus (%)"])
    assert html_kpi_rows(page, tmp_path) == [("CT1", 47.5, "amber"), ("CT2", 72.0, "green")]


def test_regression_figures_headed_target_are_no_names(tmp_path: Path) -> None:
    # the guard: a first "Target" column of figures (an interim target) names no measure
    assert html_kpi_rows(_targets_page(["45.0", "65"]), tmp_path) == []


# An education report comparing the county's results with the nation's, its own figure for
# two years under its own name (round 29's r29h scrutiny pack, in another county's words).
OUTCOMES_HEADER = ["Ref", "Indicator", "Kirkby {first}", "Kirkby {second}", "National 2026",
                   "Rating"]
OUTCOMES_ROWS = [["KS1", "Pupils meeting the expected standard at KS2 (%)", "58.0", "61.5",
                  "60.2", "Green"],
                 ["KS2", "Pupils achieving grade 5 in English and maths (%)", "41.0", "40.4",
                  "45.9", "Red"]]


@pytest.mark.parametrize(("first", "second", "latest"), [
    ("2025", "2026", [61.5, 40.4]),
    ("2026", "2025", [58.0, 41.0]),  # the years printed latest first
])
def test_regression_own_figure_of_the_latest_year_is_rated(
        first: str, second: str, latest: list[float], tmp_path: Path) -> None:
    header = [h.format(first=first, second=second) for h in OUTCOMES_HEADER]
    page = html_page("<h1>Children's Scrutiny Committee: Performance Report 2026</h1>",
                     "<p>Educational outcomes compared with national results.</p>",
                     html_table(header, OUTCOMES_ROWS))
    assert [(ref, value) for ref, value, _ in html_kpi_rows(page, tmp_path)] == [
        ("KS1", latest[0]), ("KS2", latest[1])]


OUTCOMES_REPORT = """## Kirkby County Council
** Report to the Children and Young People Scrutiny Committee
Date of meeting:\t14 January 2027
Title:\tEducational Outcomes 2026
** 1. Recommendation
1.1 That the Committee scrutinises the educational outcomes for 2026.
** 2. Outcomes
2.1 Each figure is rated against the national figure for 2026.
| Ref | Indicator | {{up}}Kirkby 2026 | {{up}}{comparator} 2026 | {{up}}Rating |
| KS1 | Pupils meeting the expected standard at KS2 (%) | 61.5 | 60.2 | Green |
| KS2 | Pupils achieving grade 5 in English and maths (%) | 40.4 | 45.9 | Red |
** 3. Next steps
3.1 The Committee will receive final results in March.
"""


@pytest.mark.parametrize("comparator", ["National", "Statistical neighbours"])
def test_regression_report_rating_against_the_nation_is_read(
        comparator: str, tmp_path: Path) -> None:
    # in a report only the pages whose lines head a rated table are read (the headings turned,
    # the figures' columns' words on a line of their own): the comparator's words head a
    # column as the target's do
    source = OUTCOMES_REPORT.format(comparator=comparator)
    assert kpi_rows(source, tmp_path) == [("KS1", 61.5, "green"), ("KS2", 40.4, "red")]
