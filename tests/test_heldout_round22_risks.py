"""Regression tests for the risk misses of held-out round 22: a borderless register whose
narrow "Likelihood (L)" column broke the word ("Likelihoo" / "d (L)"), so the paper was never
taken to show a register. Small papers in other councils' words, each with a guard of the
rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ScoredRisk, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk


def _pdf_risks(source: str, tmp_path: Path) -> list[ScoredRisk]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) if ctx.document.kind in risks.KINDS
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def _borderless_register(widths: str) -> str:
    rows = [("SR01", "Failure to recruit enough foster carers for older children", "4", "3",
             "12", "Rising"),
            ("SR02", "Flooding of the depot and loss of the gritting fleet", "2", "5", "10",
             "Static"),
            ("SR03", "Breach of the public sector equality duty in service changes", "2", "3",
             "6", "Falling")]
    return source_lines(
        "!! Harrowdale Borough Council",
        "** Cabinet - 3 March 2028",
        "** Strategic Risk Register",
        "That Cabinet notes the strategic risk register.",
        "--- page ---",
        "** Appendix 1 - Strategic Risk Register",
        f"|% {widths}",
        "|- Risk | Description | Likelihood (L) | Impact (I) | Rating (L x I) | Trend |",
        *(f"| {' | '.join(row)} |" for row in rows),
        "Ratings of 15 and above are reported to Council.",
    )


BORDERLESS: list[ScoredRisk] = [("SR01", 4, 3, 12), ("SR02", 2, 5, 10), ("SR03", 2, 3, 6)]


def test_likelihood_heading_broken_by_a_narrow_column_shows_a_register(tmp_path: Path) -> None:
    """Before, a column too narrow for "Likelihood" broke it inside the word, its last letter
    printed under the rest of the header ("Likelihoo" / "Risk Description Impact (I)" /
    "d (L)"): the cheap test for a register's header never found the likelihood's word, so
    the paper gave no risks, though its column reader mends the word."""
    assert _pdf_risks(_borderless_register("8 46 10 10 10 16"), tmp_path) == BORDERLESS


def test_likelihood_heading_printed_whole_stays_a_register(tmp_path: Path) -> None:
    """Guard: the same register with room for the word reads the same, as before."""
    assert _pdf_risks(_borderless_register("8 40 16 10 10 16"), tmp_path) == BORDERLESS
