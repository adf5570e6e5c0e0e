"""Regression tests for the risk-register misses of held-out round 12's blind batches: how
other councils' papers lay out (or only seem to lay out) a register. Small papers in other
councils' words, each with a guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, scored_risks
from kcc_papers.extract import risks
from kcc_papers.models import Risk

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _risks(source: str, tmp_path: Path) -> list[RiskRow]:
    """The paper's risks as the scorer compares them: id, likelihood, impact, rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


# A tender report beside a register: its evaluation table ("Bidder | Quality score | Price
# score | Total") has score columns and decimals shaped like section numbers ("58.6"), but it
# lists who bid, never risks.
TENDER = """\
!! Award of Contract - Grounds Maintenance
Committee:\tResources Committee
Date:\t4 March 2027
** 1 Background
1.1 Five contractors were invited to tender; three returned bids, scored 70% price and 30% quality.
| {who} | Quality score | Price score | Total |
| Greenway Landscapes Ltd | 24.5 | 70.0 | 94.5 |
| Bidder 2 | 27.0 | 61.3 | 88.3 |
| Bidder 3 | 21.5 | 58.6 | 80.1 |
** 2 Risk register
| Ref | Risk | Likelihood | Impact | Score |
| GM1 | The contractor fails to mobilise by April | 2 | 3 | 6 |
| GM2 | Fuel prices raise the contract sum | 3 | 2 | 6 |
"""


def test_regression_tender_score_table_is_no_register(tmp_path: Path) -> None:
    for who in ("Bidder", "Tenderer", "Supplier"):
        (tmp_path / who).mkdir()
        assert _risks(TENDER.format(who=who), tmp_path / who) == [
            ("GM1", 2, 3, 6), ("GM2", 3, 2, 6)]


# Guard of the rule above: a register of contracts' risks lists each risk's supplier, and
# scores its likelihood and impact as no tender evaluation does.
SUPPLIERS_REGISTER = """\
!! Contract Risk Register
Committee:\tAudit Committee
Date:\t21 January 2027
| Ref | Supplier | Risk | Likelihood | Impact | Score | Owner |
| SC1 | Acme Care Ltd | The provider fails financially | 3 | 4 | 12 | Director of Adults |
| SC2 | Brite Cleaning Ltd | Staff shortages stop the service | 2 | 3 | 6 | Head of Facilities |
"""


def test_regression_register_naming_each_risks_supplier_was_taken_for_tenders(
        tmp_path: Path) -> None:
    assert _risks(SUPPLIERS_REGISTER, tmp_path) == [("SC1", 3, 4, 12), ("SC2", 2, 3, 6)]


# A register whose risk column also holds its controls ("Risk and controls"), whose impact
# comes before the likelihood, and whose narrow factor columns break their headings inside a
# word ("Likeli" / "hood").
RISK_AND_CONTROLS = """\
!! Strategic Risk Register
Committee:\tPolice and Crime Panel
Date:\t21 January 2027
** Scoring
Impact and likelihood are each scored 1 to 4; the score is impact times likelihood.
|% 7 38 {w} {w} 9 9 22
| Ref | {risk} | Impact | Likelihood | Current score | Target score | Owner |
| PR-02 | Victim services under-deliver. Controls: contract reviews. | 4 | 2 | 8 | 4 | Director |
| PR-05 | Estates savings are not achieved. Controls: programme board. | 3 | 3 | 9 | 6 | Treasurer |
"""


def test_regression_risk_and_controls_column_is_the_risk(tmp_path: Path) -> None:
    paper = RISK_AND_CONTROLS.format(risk="Risk and controls", w=12)
    assert _risks(paper, tmp_path) == [("PR-02", 2, 4, 8), ("PR-05", 3, 3, 9)]


def test_regression_heading_broken_inside_its_word_by_a_narrow_column(tmp_path: Path) -> None:
    paper = RISK_AND_CONTROLS.format(risk="Risk", w=7)
    assert _risks(paper, tmp_path) == [("PR-02", 2, 4, 8), ("PR-05", 3, 3, 9)]


# A register numbering its risks by the year each was raised ("R/23/001", "CR-2024-07").
YEAR_IDS = """\
!! Corporate Risk Register
Committee:\tAudit and Governance Committee
Date:\t21 January 2027
| Risk ref | Risk | Owner | Current likelihood | Current impact | Current score |
| {a} | The investment fund is overcommitted | Director of Finance | 4 | 4 | 16 |
| {b} | Ransomware takes the ticketing systems offline | Head of Digital | 3 | 4 | 12 |
"""


def test_regression_ids_numbered_by_year_raised(tmp_path: Path) -> None:
    for a, b in (("R/23/001", "R/24/011"), ("CR-2024-07", "CR-2025-12")):
        (tmp_path / a[:2]).mkdir()
        assert _risks(YEAR_IDS.format(a=a, b=b), tmp_path / a[:2]) == [
            (a, 4, 4, 16), (b, 3, 4, 12)]


# A risk system's report (Pentana): one card per risk, headed by its code and title, its
# scores in a small table a row per stage under the factors' letters; the original score is
# before controls, the current one the risk as it stands. Set word by word with no spaces in
# the text layer, as such exports often are.
STAGE_CARDS = """\
%% nospaces
!! Corporate Risk Register - Risk Report
Report to:\tAudit Committee, 9 December 2026
Likelihood (L) and impact (I) are each scored 1 to 4; the score is L x I.
** DC-SR-02 Loss of the waste transfer station
Description:\tFire or flood closes the only waste transfer station for weeks.
Managed by:\tHead of Waste Services
|- Rating | L | I | L x I | Status |
| Original | 4 | 4 | 16 | Red |
| Current | 2 | 4 | 8 | Amber |
| Target | 1 | 4 | 4 | Green |
Internal controls:\tFire suppression system; mutual aid with the neighbouring authority.
** DC-SR-04 Pay award above budget
Description:\tThe national pay award exceeds the 3% the budget assumes.
Managed by:\tChief Finance Officer
|- Rating | L | I | L x I | Status |
| Original | 3 | 3 | 9 | Amber |
| Current | 3 | 2 | 6 | Amber |
Internal controls:\tContingency budget of £1.2m.
"""


def test_regression_card_scores_in_a_table_by_stage(tmp_path: Path) -> None:
    paper = rendered(STAGE_CARDS, tmp_path)
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_rating, r.owner)
             for ctx in contexts(paper) for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [
        ("DC-SR-02", 2, 4, 8, 4, "Head of Waste Services"),
        ("DC-SR-04", 3, 2, 6, None, "Chief Finance Officer")]


# A zebra register (no rules, every other row shaded) running on to the next page without its
# header: the row at the new page's head is unshaded, above the first shaded piece, so no rule
# or fill places it; the columns of the table the page before ended with do.
ZEBRA_CARRIED = """\
!! Corporate Risk Register
Committee:\tAudit and Scrutiny Committee
Date:\t2 December 2026
--- page landscape ---
** Appendix A: Corporate Risk Register
|% 2 7 1 1 1 5
|~ Ref | Risk | {up}Current L | {up}Current I | {up}Current score | Owner |
| PR01 | Reduction in grant beyond that assumed in the plan | 3 | 4 | 12 | Chief Executive |
| PR02 | Failure to deliver the plan review on time | 2 | 3 | 6 | Director of Planning |
| PR03 | Loss of IT services through a cyber incident | 3 | 4 | 12 | Head of Digital |
| --- page, header not repeated --- |
| PR04 | Visitor pressure at popular sites causes damage and tension nearby | 2 | 3 | 6 |\
 Head of Visitor Services: park and ride, wardens on the busiest days |
| PR05 | Inability to recruit specialist staff | 3 | 3 | 9 | Director of Corporate Services |
| PR06 | Non-compliance with the language standards | 1 | 3 | 3 | Chief Executive |
| PR07 | A new farming scheme reduces income from farms the authority owns | 3 | 2 | 6 | Estates |
Scores: 1-4 low, 6-8 medium, 9-16 high.
"""


def test_regression_zebra_rows_at_a_page_head_without_the_header(tmp_path: Path) -> None:
    assert _risks(ZEBRA_CARRIED, tmp_path) == [
        ("PR01", 3, 4, 12), ("PR02", 2, 3, 6), ("PR03", 3, 4, 12), ("PR04", 2, 3, 6),
        ("PR05", 3, 3, 9), ("PR06", 1, 3, 3), ("PR07", 3, 2, 6)]


# Guard: a labelled block's score line names the factors as a stage table's header does, but
# with its figures it is the score, not a header ("Current score: Likelihood 4 / Impact 5").
LABELLED = """\
Risk Ref: HB01
Risk title: Financial sustainability of the partnership
Current score: Likelihood 4 / Impact 5 = 20
Target score: Likelihood 3 / Impact 4 = 12
"""


def test_labelled_score_line_is_no_stage_header(tmp_path: Path) -> None:
    assert scored_risks(LABELLED, tmp_path) == [("HB01", 4, 5, 20)]
