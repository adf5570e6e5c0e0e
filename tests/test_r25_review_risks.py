"""Review of round 25's risks fixes: small papers another council could publish on which the
new rules misread (a two-column table of prose or a glossary read as a profile's boxes, scores
by period printed latest first, a movement table's reason taken as the risk's title)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk
from test_heldout_round25_risks import _framework

Described = tuple[str, int | None, int | None, int | None, str | None, str | None]


def described(source: str, tmp_path: Path) -> list[Described]:
    """Each risk of a small ``.pdfsrc`` paper with its factors, score, title and owner."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.title, r.owner)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


REGISTER = [
    "## Thornbury District Council",
    "** Audit Committee - 4 June 2029",
    "** Strategic Risk Register",
    "|% 10 50 10 10 10",
    "|# Ref | Risk | Likelihood | Impact | Score |",
    "| SR1 | Failure to balance the medium term budget | 4 | 4 | 16 |",
    "| SR2 | Cyber attack on council systems | 3 | 5 | 15 |",
]
REGISTERED: list[Described] = [
    ("SR1", 4, 4, 16, "Failure to balance the medium term budget", None),
    ("SR2", 3, 5, 15, "Cyber attack on council systems", None)]


def test_regression_two_column_prose_table_is_no_profile_box(tmp_path: Path) -> None:
    """A 'Risk | Mitigation' table of prose after a register: its rows are no boxes of the
    last risk's profile (its title became 'Mitigation', its owner 'Director of Finance')."""
    paper = source_lines(
        *REGISTER,
        "** Risks and mitigations",
        "|% 40 60",
        "| Risk | Mitigation |",
        "| Budget gap | Savings programme agreed by Cabinet |",
        "| Risk owner | Director of Finance |",
        "| Likelihood | Reduced by monthly monitoring |",
    )
    assert described(paper, tmp_path) == REGISTERED


def test_regression_glossary_is_no_profile_box(tmp_path: Path) -> None:
    """A glossary printed as 'Term | Meaning' under a register of labelled lines: its
    'Likelihood | How probable ...' row is no label of the last risk."""
    paper = source_lines(
        "## Thornbury District Council",
        "** Audit Committee - 4 June 2029",
        "** Strategic Risk Register",
        "Each risk is scored likelihood multiplied by impact.",
        "Risk Ref: SR1",
        "Risk title: Failure to balance the medium term budget",
        "Current score: 4 x 4 = 16",
        "Risk Ref: SR2",
        "Risk title: Cyber attack on council systems",
        "Current score: 3 x 5 = 15",
        "** Glossary",
        "|% 30 70",
        "| Term | Meaning |",
        "| Likelihood | How probable it is that the risk will happen |",
        "| Impact | The effect on the council if the risk happens |",
    )
    assert [r[:4] for r in described(paper, tmp_path)] == [
        ("SR1", 4, 4, 16), ("SR2", 3, 5, 15)]


def _movement(header: str, rows: list[str]) -> str:
    """Round 25's framework paper with its movement table's rows given here."""
    paper = _framework(header)
    kept = paper.split("| Reason |\n")[0]
    return kept + "| Reason |\n" + "\n".join(rows) + "\n"


MOVED = [("BAF 1", 3, 4, 12), ("BAF 2", 4, 4, 16), ("BAF 3", 4, 5, 20)]


def test_regression_scores_by_quarter_latest_first(tmp_path: Path) -> None:
    """A movement table printing the latest quarter first ("Q2 score | Q1 score"): the Q2
    column is the score as it stands, not the Q1 one printed last (BAF 2 read 20)."""
    paper = _movement("BAF ref | Q2 score | Q1 score", [
        "| BAF 2 | 16 | 20 | Overseas recruitment of twelve health visitors |",
        "| BAF 3 | 20 | 10 | National cyber alert and supplier notice |"])
    assert [r[:4] for r in described(paper, tmp_path)] == MOVED


def test_quarters_over_a_new_year_read_in_order(tmp_path: Path) -> None:
    """Guard: "Q4 score | Q1 score" runs on into a new year, the Q1 column the latest."""
    paper = _movement("BAF ref | Q4 score | Q1 score", [
        "| BAF 2 | 20 | 16 | Overseas recruitment of twelve health visitors |",
        "| BAF 3 | 10 | 20 | National cyber alert and supplier notice |"])
    assert [r[:4] for r in described(paper, tmp_path)] == MOVED


def test_regression_movement_reason_is_no_title(tmp_path: Path) -> None:
    """The movement table's "Reason" column is remarks on the score, not the risk's title: BAF
    3 kept the register's title, not "National cyber alert and supplier notice" (r25b's BAF
    paper, BAF 3 and BAF 6)."""
    paper = _movement("BAF ref | Q1 score | Q2 score", [
        "| BAF 2 | 20 | 16 | Overseas recruitment of twelve health visitors |",
        "| BAF 3 | 10 | 20 | National cyber alert and supplier notice |"])
    assert [r[4] for r in described(paper, tmp_path)] == [
        "Failure to meet the urgent care standard", "Inability to recruit health visitors",
        "Loss of the electronic record"]


def test_regression_year_of_quarterly_scores_filled_to_date(tmp_path: Path) -> None:
    """A year's register with a score column per quarter, Q3 and Q4 still blank: the latest
    quarter scored (Q2) is the score as it stands, not the blank Q4 (no score at all)."""
    paper = source_lines(
        "## Thornbury District Council",
        "** Audit Committee - 4 November 2029",
        "** Corporate Risk Register 2029/30 - quarterly scores",
        "|% 10 50 10 10 10 10",
        "|# Ref | Risk | Q1 score | Q2 score | Q3 score | Q4 score |",
        "| CR1 | Failure to balance the medium term budget | 16 | 12 | | |",
        "| CR2 | Cyber attack on council systems | 15 | 20 | | |",
    )
    assert [(r[0], r[3]) for r in described(paper, tmp_path)] == [("CR1", 12), ("CR2", 20)]
