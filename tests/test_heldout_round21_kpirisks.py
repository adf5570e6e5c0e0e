"""Regression tests for the KPI and risk misses of held-out round 21: a quantified register
whose "Probability (%)" column stands beside the likelihood band's own "L"; a stamp printed
over a register's header row where its last cell starts right of the stamp; a grants panel's
applications table ("Applicant | Score (of 25)") read as a register; a company's financial
projection ("£000 | 2028/29 | ...") read as the dashboard before it carried on; a public
health table of indicators beside comparators, rated only by a comparison with England.
Small papers in other councils' words, each with a guard of the rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, kpi_rows, rendered, scored_risks, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.load.pdf import load_pdf
from kcc_papers.models import Risk


def _quantified_register(chance_heading: str) -> str:
    return "\n".join([
        "NORTHFELL BYPASS PROGRAMME BOARD",
        "Quantified Risk Register - Quarter 2",
        "Each risk's probability (%) is banded into a likelihood (L) of 1 to 5; impact (I) is "
        "banded from the most likely cost. Score = L x I.",
        "",
        f"Risk ID\tRisk description\tOwner\t{chance_heading}\tL\tI\tScore (L x I)\t"
        "Most likely (£000)\tEMV (£000)",
        "NB-R1\tStatutory orders are challenged in the High Court\tSRO\t35\t3\t5\t15\t1,450\t508",
        "NB-R2\tSteel prices rise above the cost plan's allowance\tCommercial Lead\t55\t4\t4\t16"
        "\t820\t451",
        "NB-R3\tBat roost found in the river bridge\tEcologist\t15\t2\t3\t6\t300\t45",
        "",
    ])


QUANTIFIED: list[ScoredRisk] = [("NB-R1", 3, 5, 15), ("NB-R2", 4, 4, 16), ("NB-R3", 2, 3, 6)]


def test_probability_percent_read_as_the_likelihood(tmp_path: Path) -> None:
    """Before, "Probability (%)" took the likelihood's role, the first heading to fit it, and
    its percentages (35, 55) were no 1-5 likelihood: every risk lost its likelihood, and the
    register's own "L" column went unread."""
    assert scored_risks(_quantified_register("Probability (%)"), tmp_path) == QUANTIFIED


def test_percent_likelihood_with_no_band_column_stays_the_likelihood(tmp_path: Path) -> None:
    """Guard: a heading in percent is still the likelihood's where no other column is (its
    figures are then no 1-5 factor, as before)."""
    text = "\n".join([
        "NORTHFELL BYPASS PROGRAMME BOARD",
        "Quantified Risk Register - Quarter 2",
        "",
        "Risk ID\tRisk description\tOwner\tLikelihood (%)\tImpact\tScore",
        "NB-R1\tStatutory orders are challenged in the High Court\tSRO\t35\t5\t15",
        "",
    ])
    assert scored_risks(text, tmp_path) == [("NB-R1", None, 5, 15)]


def _stamped_register(*lead: str) -> str:
    rows = [("FR01", "Reductions in funding leave the plan undeliverable", "3", "5", "15"),
            ("FR02", "Too few on-call firefighters at rural stations", "4", "3", "12"),
            ("FR03", "Failure of the mobilising system", "2", "5", "10")]
    return source_lines(
        "%% overprint Agenda Item 9",
        "## HOLMSHIRE FIRE AND RESCUE AUTHORITY",
        "** AUDIT AND RISK COMMITTEE",
        "Subject:\tCorporate Risk Register - March 2028",
        "** 1. CORPORATE RISK REGISTER",
        "1.1 Risks are scored for likelihood (L) and impact (I) from 1 to 5; the residual score "
        "is L x I after the controls shown.",
        "--- page ---",
        *lead,
        "|% 8 64 8 8 12",
        "|# Risk | Description | L | I | Residual score |",
        *(f"| {ref} | {title} | {lk} | {im} | {score} |" for ref, title, lk, im, score in rows),
        "** 2. FINANCIAL IMPLICATIONS",
        "2.1 None.",
    )


STAMPED: list[ScoredRisk] = [("FR01", 3, 5, 15), ("FR02", 4, 3, 12), ("FR03", 2, 5, 10)]


def _pdf_risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) if ctx.document.kind in risks.KINDS
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def test_header_cell_starting_right_of_stamp_unread_as_the_stamp(tmp_path: Path) -> None:
    """Before, the stamp was taken to be the top band's last run to start: a wrapped header
    cell ("Residual" over "score") starting right of the stamp printed over it was read as
    the stamp, and the stamp's letters went into the header's cells ("A I", "genda Item 9
    score"): the impact column was lost."""
    source = _stamped_register()
    pages = load_pdf(rendered(source, tmp_path), "x").pages
    assert [line.text for line in pages[1].lines if line.stamp] == ["Agenda Item 9"]
    assert _pdf_risks(source, tmp_path) == STAMPED


def test_stamp_beside_a_heading_over_the_register_stays_the_stamp(tmp_path: Path) -> None:
    """Guard: a stamp sharing its band with a heading over the register (the heading ending
    left of it) is the stamp, as before."""
    source = _stamped_register("** Appendix A - Corporate Risk Register")
    pages = load_pdf(rendered(source, tmp_path), "x").pages
    assert [line.text for line in pages[1].lines if line.stamp] == ["Agenda Item 9"]
    assert _pdf_risks(source, tmp_path) == STAMPED


def _grants_table(name_heading: str) -> str:
    return "\n".join([
        "ASHBOURNE TOWN COUNCIL - COMMUNITY GRANTS PANEL",
        "Community Grants: Round 2 applications",
        "",
        f"Ref\t{name_heading}\tRequested\tScore (of 25)\tOfficer recommendation",
        "CG/27/04\tAshbourne Allotment Society\t£1,800\t17\tAward £1,800",
        "CG/27/05\tSt Oswald's Church Hall Trust\t£8,000\t19\tAward £5,000",
        "CG/27/06\tFriends of Mill Park\t£4,200\t9\tDo not award",
        "",
        "Applications scoring below 14 are not recommended for award.",
        "",
    ])


def test_grant_applications_scored_unread_as_a_risk_register(tmp_path: Path) -> None:
    """Before, a grants panel's table of applications, each with a reference, a name of three
    words and a "Score (of 25)", read as a register of risks scored 17, 19 and 9."""
    assert scored_risks(_grants_table("Applicant"), tmp_path) == []


def test_risk_table_of_the_same_shape_stays_a_register(tmp_path: Path) -> None:
    """Guard: the same table naming its risks is a register still."""
    assert scored_risks(_grants_table("Risk description"), tmp_path) == [
        ("CG/27/04", None, None, 17), ("CG/27/05", None, None, 19), ("CG/27/06", None, None, 9)]


def _company_pack(corner: str) -> str:
    return source_lines(
        "## Thornbury Borough Council",
        "** Shareholder Committee - 12th March 2028",
        "!! Thornbury Homes Ltd: Performance Report and Business Plan",
        "** 1. Performance",
        "1.1 Performance to 31 December 2027 against the company's key performance indicators:",
        "|- Ref | Indicator | Target 2027/28 | Actual to Q3 | Status |",
        "| TH1 | Homes completed (cumulative) | 105 | 96 | Amber |",
        "| TH2 | Rent collected as % of rent due | 98.5% | 98.9% | Green |",
        "| TH3 | Average days to re-let empty homes | 21 | 34 | Red |",
        "Status key: Green - target met; Amber - within 10% of target; Red - more than 10% "
        "adrift.",
        "--- page ---",
        "** 2. The Business Plan",
        "2.1 The company's financial projections are summarised below.",
        f"|# {corner} | 2028/29 | 2029/30 | 2030/31 | 2031/32 | 2032/33 |",
        "| Turnover | 24,310 | 29,880 | 33,420 | 35,160 | 36,900 |",
        "| Operating profit | 2,140 | 3,015 | 3,560 | 3,890 | 4,120 |",
        "| Profit after tax | 208 | 606 | 829 | 975 | 1,132 |",
        "2.2 The plan assumes further loans from the Council.",
    )


COMPANY_KPIS = [("TH1", 96.0, "amber"), ("TH2", 98.9, "green"), ("TH3", 34.0, "red")]


def test_money_projection_unread_as_the_dashboard_carried_on(tmp_path: Path) -> None:
    """Before, a row of years under a money table's unit ("£000 | 2028/29 | ...") was read
    as figures, not a new table's names: the dashboard of the page before was taken to carry
    on, and the projection's rows were read as KPIs ("Operating profit": target 2,140,
    latest 3,015)."""
    assert kpi_rows(_company_pack("£000"), tmp_path) == COMPANY_KPIS


def test_dashboard_carried_onto_the_next_page_reads_on(tmp_path: Path) -> None:
    """Guard: a dashboard's rows carried onto the next page without its header (a row of a
    ref and figures, as many cells as the header's) are its rows still."""
    source = _company_pack("£000").replace(
        "** 2. The Business Plan", "| TH4 | Tenant satisfaction (%) | 85% | 88% | Green |\n"
        "** 2. The Business Plan")
    assert kpi_rows(source, tmp_path) == [*COMPANY_KPIS, ("TH4", 88.0, "green")]


def _benchmarked_indicators(comparison: str) -> str:
    return source_lines(
        "## WESTBURGH METROPOLITAN BOROUGH COUNCIL",
        "** Health Scrutiny Panel - 2nd December 2027",
        "!! Public Health Outcomes: Performance Report",
        "1.1 Each indicator is compared with England's value using 95% confidence intervals: "
        "Better, Similar or Worse than England. These are not ratings against targets.",
        f"|~ Ref | Indicator | Period | Westburgh | Yorkshire | England | {comparison} |",
        "| HP1 | Smoking prevalence in adults (%) | 2026 | 14.2 | 12.9 | 11.6 | Worse |",
        "| HP2 | Successful completion of drug treatment (%) | 2026 | 6.4 | 5.1 | 5.0 | Better |",
        "| HP3 | Year 6 children living with obesity (%) | 2026/27 | 24.1 | 23.9 | 22.7 | "
        "Similar |",
    )


def test_indicators_compared_with_england_unread_as_kpis(tmp_path: Path) -> None:
    """Before, a table setting each indicator's figure (under the area's name) beside a
    region's and England's, compared with England, named no target nor rating: it was no
    dashboard and none of its rows was read. The comparison is no rating of the council's
    own (the rows are unrated), and the area's own figure is the first, not the region's."""
    assert kpi_rows(_benchmarked_indicators("Compared with England"), tmp_path) == [
        ("HP1", 14.2, None), ("HP2", 6.4, None), ("HP3", 24.1, None)]


def test_comparison_column_role() -> None:
    """Guard: the comparison is its own role, neither a rating nor the comparator; a table of
    figures with no comparison, target or rating stays no dashboard."""
    cells = ["Ref", "Indicator", "Period", "Westburgh", "Yorkshire", "England",
             "Compared with England"]
    below = ["HP1", "Smoking prevalence in adults (%)", "2026", "14.2", "12.9", "11.6", "Worse"]
    header = read_header(cells, below)
    assert header is not None
    assert header.roles == ["ref", "description", "period", "latest", None, "comparator",
                            "comparison"]
    assert read_header(cells[:-1], below[:-1]) is None

