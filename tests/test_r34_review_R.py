"""Review of round 34's fix R (risk registers: threat assessments, stage words cut short,
"Presented to:"): the cases the review found read wrong, each on a small paper a council
could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import documents_of, html_page, html_table, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.stage_abbreviations import spelt_stage
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

# A risk as these tests compare it: id and current score.
IdScore = tuple[str | None, int | None]


def _page_risks(page: str, tmp_path: Path) -> list[IdScore]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [(r.risk_id, r.current_rating) for ctx in contexts(path)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _paper_risks(path: Path) -> list[IdScore]:
    return [(r.risk_id, r.current_rating) for r in process_file(str(path)).records
            if isinstance(r, Risk)]


# A cyber register titling each risk by the threat it is: "Ref | Threat | L | I | Score".
def _cyber_table(owner: str = "Owner") -> str:
    return html_table(
        ["Ref", "Threat", "Likelihood", "Impact", "Score", owner],
        [["CY1", "Ransomware attack encrypts the council's file servers", "3", "5", "15",
          "Head of ICT"],
         ["CY2", "Phishing email leads to payroll diversion fraud", "4", "3", "12",
          "Head of Finance"]])


CYBER_RISKS: list[IdScore] = [("CY1", 15), ("CY2", 12)]


@pytest.mark.parametrize("heading", [
    "<h1>Cyber Security Risk Register</h1>",
    "<h1>Audit Committee, 3 March 2027</h1><h2>Cyber security risks</h2>"
    "<p>The table sets out the main cyber risks the council faces, scored on its matrix.</p>",
])
def test_regression_a_threat_column_under_a_heading_naming_risks_keeps_its_risks(
        heading: str, tmp_path: Path) -> None:
    assert _page_risks(html_page(heading, _cyber_table()), tmp_path) == CYBER_RISKS


def test_regression_a_threat_table_whose_rows_have_risk_owners_lists_risks(
        tmp_path: Path) -> None:
    page = html_page("<h1>Cyber security update</h1>", _cyber_table("Risk owner"))
    assert _page_risks(page, tmp_path) == CYBER_RISKS


def test_regression_a_pdf_register_titled_by_threats_under_its_heading_keeps_its_risks(
        tmp_path: Path) -> None:
    paper = rendered(source_lines(
        "## Emergency Planning Risk Register",
        "Committee:\tAudit and Governance Committee",
        "Meeting date:\t12 May 2027",
        "| Ref | Threat | Likelihood | Impact | Score | Lead |",
        "| EP1 | Pandemic influenza affecting a quarter of staff | 4 | 5 | 20"
        " | Director of Public Health |",
        "| EP2 | Severe flooding of the river corridor | 3 | 4 | 12"
        " | Head of Emergency Planning |",
    ), tmp_path)
    assert _paper_risks(paper) == [("EP1", 20), ("EP2", 12)]


def test_a_threat_assessment_under_its_own_heading_still_lists_no_risks(
        tmp_path: Path) -> None:
    # the prose under the heading speaks of a risk register; the heading names threats
    page = html_page(
        "<h1>Community Safety Strategic Assessment</h1>", "<h2>4. Threat and risk assessment</h2>",
        "<p>Each threat was scored for likelihood and impact; this is not a risk register.</p>",
        html_table(["Ref", "Threat", "Likelihood", "Impact", "Score"],
                   [["T1", "Serious youth violence in the town centre", "4", "5", "20"],
                    ["T2", "Rural crime against farms and machinery", "3", "3", "9"]]))
    assert _page_risks(page, tmp_path) == []


# A quarterly report's scorecard ("Prev. Qtr | Cur. Qtr | Tgt") over its risks: the
# scorecard's columns cut short head a quarter's figures and a target, no risk's scores.
def test_regression_a_scorecards_cut_quarter_columns_head_no_risk(tmp_path: Path) -> None:
    page = html_page(
        "<h1>Quarterly Performance and Risk Report</h1>", "<h2>Performance</h2>",
        html_table(["Ref", "Service standard", "Prev. Qtr", "Cur. Qtr", "Tgt", "Status"],
                   [["PS1", "Planning applications decided in time", "88", "91", "90", "Green"],
                    ["PS2", "Days to process new benefit claims", "21", "19", "20", "Green"]]),
        "<h2>Risks</h2>",
        html_table(["Ref", "Risk", "Likelihood", "Impact", "Score"],
                   [["CR1", "Failure to deliver the savings plan", "3", "4", "12"],
                    ["CR2", "Loss of the main depot to flooding", "2", "5", "10"]]))
    assert _page_risks(page, tmp_path) == [("CR1", 12), ("CR2", 10)]


def test_regression_only_a_stage_cut_short_before_a_factor_or_score_is_spelt_out() -> None:
    assert spelt_stage("Cur. L x I") == "Current L x I"
    assert spelt_stage("Tgt Risk Rating") == "Target Risk Rating"
    for heading in ("Cur. Qtr", "Curr. Value", "Tgt Date", "Cur. Status", "Tgt. Level"):
        assert spelt_stage(heading) == heading


# A register's cover addressing it by a "Presented to:" label.
def _presented(*lines: str) -> str:
    return source_lines(
        "## Corporate Risk Register - March 2028",
        *lines,
        "| Ref | Risk | Likelihood | Impact | Score |",
        "| CR1 | Failure to deliver the savings programme | 4 | 4 | 16 |",
        "| CR2 | Loss of the main depot to flooding | 2 | 5 | 10 |",
    )


def test_regression_a_bare_label_over_its_committee_over_its_date_gives_the_date(
        tmp_path: Path) -> None:
    paper = rendered(_presented("Presented to:", "Audit and Governance Committee",
                                "14 March 2028"), tmp_path)
    assert documents_of(paper) == [
        ("risk_register", "2028-03-14", "Audit and Governance Committee")]


def test_regression_a_register_presented_to_the_leader_names_no_meeting(tmp_path: Path) -> None:
    paper = rendered(_presented("Presented to:\tLeader of the Council, 14 March 2028"), tmp_path)
    assert documents_of(paper) == [("risk_register", None, None)]
