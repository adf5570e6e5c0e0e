"""Review of round 25's risks fixes: small papers another council could publish on which the
new rules misread (a two-column table of prose or a glossary read as a profile's boxes, scores
by period printed latest first, a movement table's reason taken as the risk's title)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk

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
