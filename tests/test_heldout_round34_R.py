"""Held-out round 34, risk registers and risk-like tables: the misses fixed, each on a small
paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import documents_of, html_page, html_table, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.stage_abbreviations import spelt_stage
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

# A risk as these tests compare it: id, current likelihood, impact and score, target score.
StagedRisk = tuple[str | None, int | None, int | None, int | None, int | None]


def staged_risks(path: Path) -> list[StagedRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_rating)
            for r in process_file(str(path)).records if isinstance(r, Risk)]


def register_with_stage_heads(current: str, target: str) -> str:
    """A landscape register scoring each risk inherent, now and at target, the stages' words
    as its narrow columns print them (``current``: "Cur", ``target``: "Tgt")."""
    return source_lines(
        "## Ashcombe Valley Water Board",
        "!! Strategic Risk Register - May 2027",
        "Committee:\tRisk and Resilience Committee",
        "Meeting date:\t19 May 2027",
        "Each risk is scored for likelihood and impact from 1 to 5.",
        "--- page landscape ---",
        "|% 8 30 6 6 6 6 6 6 6 6 6 20",
        f"|# Ref | Risk | Inh L | Inh I | Inh Score | {current} L | {current} I"
        f" | {current} Score | {target} L | {target} I | {target} Score | Owner |",
        "| SRR1 | Drought order needed before the new reservoir opens | 4 | 5 | {#ff0000}20"
        " | 3 | 5 | {#ff0000}15 | 2 | 4 | {#ffc000}8 | Director of Operations |",
        "| SRR2 | Pumping station failure during a flood event | 3 | 4 | {#ffc000}12"
        " | 2 | 4 | {#ffc000}8 | 1 | 4 | {#00b050}4 | Head of Assets |",
        "| SRR3 | Loss of key engineering staff to the private sector | 4 | 3 | {#ffc000}12"
        " | 3 | 3 | {#ffc000}9 | 2 | 2 | {#00b050}4 | Head of People |",
    )


STAGED_ROWS: list[StagedRisk] = [
    ("SRR1", 3, 5, 15, 8), ("SRR2", 2, 4, 8, 4), ("SRR3", 3, 3, 9, 4)]


@pytest.mark.parametrize(("current", "target"), [
    ("Cur", "Tgt"), ("Curr.", "Trgt"), ("Current", "Target")])
def test_stage_words_cut_short_head_the_current_and_target_columns(
        current: str, target: str, tmp_path: Path) -> None:
    # "Cur L | Cur I | Cur Score": the current factors and score; "Tgt L | Tgt I | Tgt Score":
    # the target's, its score the target (not its likelihood, the first column "Tgt" heads)
    paper = rendered(register_with_stage_heads(current, target), tmp_path)
    assert staged_risks(paper) == STAGED_ROWS


def test_only_a_stage_word_cut_short_is_spelt_out() -> None:
    assert spelt_stage("Cur L") == "Current L"
    assert spelt_stage("Tgt.Score") == "Target Score"
    # a word of its own, or a stage word already whole, is left as printed
    assert spelt_stage("Current L") == "Current L"
    assert spelt_stage("Curriculum area") == "Curriculum area"
    assert spelt_stage("Targeted support") == "Targeted support"
    assert spelt_stage("Cur") == "Cur"


# A partnership's strategic assessment as a web page: its threats scored for likelihood and
# impact in a table headed by the threat, not a risk.
THREAT_TABLE = html_table(
    ["Threat", "Description", "Likelihood", "Impact", "Score", "Trend"],
    [["TH1", "Rural acquisitive crime against farms", "4", "3", "12", "Rising"],
     ["TH2", "Online fraud targeting small businesses", "3", "4", "12", "Stable"],
     ["TH3", "Hate crime at the night-time economy", "2", "4", "8", "Falling"]])


def _page_risks(page: str, tmp_path: Path) -> list[tuple[str | None, int | None]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [(r.risk_id, r.current_rating) for ctx in contexts(path)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def test_a_threat_assessment_table_lists_no_risks(tmp_path: Path) -> None:
    page = html_page("<h1>Strategic Assessment 2027</h1>", "<h2>Threat assessment</h2>",
                     "<p>The analysts scored each threat for likelihood and impact.</p>",
                     THREAT_TABLE)
    assert _page_risks(page, tmp_path) == []


def test_a_register_naming_its_rows_risks_keeps_a_threat_column(tmp_path: Path) -> None:
    # the ids named as risks, each titled by its threat: a register (a cyber one's)
    register = html_table(
        ["Risk ID", "Threat", "Likelihood", "Impact", "Score"],
        [["CYB1", "Ransomware encrypts the file servers", "3", "5", "15"],
         ["CYB2", "Phishing leads to payroll fraud", "2", "4", "8"]])
    page = html_page("<h1>Cyber Risk Register</h1>", register)
    assert _page_risks(page, tmp_path) == [("CYB1", 15), ("CYB2", 8)]


# A register's cover: the meeting it goes to given by a "Presented to:" label, its date after
# the committee's name.
PRESENTED_TO = source_lines(
    "## Corporate Risk Register - March 2028",
    "Presented to:\t{to}",
    "Owner:\tChief Executive",
    "| Ref | Risk | Likelihood | Impact | Score |",
    "| CR1 | Failure to deliver the savings programme | 4 | 4 | 16 |",
    "| CR2 | Loss of the main depot to flooding | 2 | 5 | 10 |",
)


def test_a_presented_to_label_names_the_meeting_and_its_date(tmp_path: Path) -> None:
    paper = rendered(PRESENTED_TO.format(to="Standards and Audit Committee, 14 March 2028"),
                     tmp_path)
    assert documents_of(paper) == [
        ("risk_register", "2028-03-14", "Standards and Audit Committee")]


def test_a_register_presented_to_a_person_names_no_meeting(tmp_path: Path) -> None:
    paper = rendered(PRESENTED_TO.format(to="Director of Resources, 14 March 2028"), tmp_path)
    assert documents_of(paper) == [("risk_register", None, None)]
