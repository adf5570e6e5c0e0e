"""Regression tests for the risk-register misses of held-out round 14's blind batches: registers
printing each risk's factors as a pair ("L4 / I5") and no score, and registers printing the
score with its factors in brackets ("12 (3x4)") on pages whose text is written out of order.
Small papers in other councils' words, each with a guard of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, scored_risks, source_lines
from kcc_papers.extract import Context, risks
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

RiskRow = tuple[str | None, int | None, int | None, int | None]


def _contexts(source: str, tmp_path: Path) -> list[Context]:
    return contexts(rendered(source, tmp_path))


def _rows(ctxs: list[Context]) -> list[RiskRow]:
    """The risks as the scorer compares them: id, likelihood, impact, current rating."""
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in ctxs for r in risks.extract(ctx) if isinstance(r, Risk)]


# A register printing each risk's likelihood and impact as a pair under "Inherent (L / I)" and
# "Residual (L / I)", no score: the paper says the score is their product. The residual pair
# carries a coloured marker, the change column's heading is turned on its side, the page is
# landscape and the table runs onto a second page without its header (set in a Unicode face
# for the arrows).
PAIRED = source_lines(
    "%% ligatures",
    "!! Strategic Risk Register: Quarter 2",
    "Report to:\tAudit and Risk Committee",
    "Date:\t14 October 2027",
    "** 1. Risk scoring",
    "1.1 Likelihood (L) and impact (I) are each scored 1 to 5; the risk score is L multiplied "
    "by I. Residual ratings carry a coloured marker.",
    "--- page rotated ---",
    "** Appendix A - Strategic Risk Register",
    "|% 8 50 16 9 10 7",
    "|# Ref | Risk | Lead officer | Inherent (L / I) | Residual (L / I) | {up}Trend |",
    "| SRR 1 | **Pay award** Pay awards exceed the budget provision. | Chief Finance Officer "
    "| L4 / I4 | {dot#ff0000}L4 / I4 | ↔ |",
    "| SRR 2 | **Fleet** Vehicle breakdowns stop refuse collection rounds. | Head of Waste "
    "| L3 / I4 | {dot#ffc000}L2 / I4 | ↓ |",
    "| --- page, header not repeated --- |",
    "| SRR 3 | **Coastal erosion** Loss of the promenade road. | Head of Highways "
    "| L5 / I5 | {dot#ff0000}L3 / I5 | ↑ |",
)


def test_regression_factor_pair_columns_are_scored(tmp_path: Path) -> None:
    ctxs = _contexts(PAIRED, tmp_path)
    assert _rows(ctxs) == [("SRR 1", 4, 4, 16), ("SRR 2", 2, 4, 8), ("SRR 3", 3, 5, 15)]
    # the scores are not printed: each is said to be derived
    derived = [f.record_ref for ctx in ctxs for f in ctx.findings
               if f.check == "risk_rating_derived"]
    assert derived == ["SRR 1", "SRR 2", "SRR 3"]


# Guard: a pair column beside a printed score keeps the printed score (no finding), and the
# pair still gives the factors.
PAIR_AND_SCORE = source_lines(
    "!! Corporate Risk Register",
    "Committee:\tGovernance Committee",
    "Date:\t3 March 2027",
    "| Risk ref | Risk | Owner | Current L / I | Current score |",
    "| CR 1 | Failure of the council's ICT network | Head of Digital | L3 / I4 | 12 |",
    "| CR 2 | Insufficient school places in the north of the borough | Director of "
    "Education | L2 / I3 | 6 |",
)


def test_regression_factor_pair_beside_printed_score(tmp_path: Path) -> None:
    ctxs = _contexts(PAIR_AND_SCORE, tmp_path)
    assert _rows(ctxs) == [("CR 1", 3, 4, 12), ("CR 2", 2, 3, 6)]
    assert not [f for ctx in ctxs for f in ctx.findings if f.check == "risk_rating_derived"]


# A register printing its scores with their factors in brackets ("12 (3x4)") under inherent,
# residual and target columns, on pages whose text layer is written in a random order: read
# whole once its document is split out (the round's Scottish pack missed only its split).
SHUFFLED = source_lines(
    "%% header MORVERN COUNCIL",
    "%% footer Audit Committee - 9 December 2027 | {page}",
    "%% shuffle",
    "!! MORVERN COUNCIL",
    "AUDIT COMMITTEE\t9 DECEMBER 2027",
    "** CORPORATE RISK REGISTER",
    "** 1. RECOMMENDATIONS",
    "1.1 Members are asked to consider the Corporate Risk Register at Appendix 1.",
    "** 2. DETAIL",
    "2.1 Risks are scored by multiplying likelihood by impact, so 12 (3x4) is a likelihood of 3 "
    "and an impact of 4.",
    "** APPENDIX 1 - CORPORATE RISK REGISTER",
    "|% 8 50 14 14 14",
    "| Risk No. | Risk Title | Inherent Score | Residual Score | Target Score |",
    "| CR1 | Budget gap in the medium term | 25 (5x5) | 20 (4x5) | 12 (3x4) |",
    "| CR2 | Teacher recruitment on the islands | 16 (4x4) | 12 (4x3) | 9 (3x3) |",
    "| CR3 | Storm damage to harbours and slipways | 20 (5x4) | 8 (2x4) | 6 (2x3) |",
    "| CR4 | Data protection breach | 12 (3x4) | 6 (2x3) | 4 (2x2) |",
)


def test_bracketed_scores_on_shuffled_page(tmp_path: Path) -> None:
    result = process_file(str(rendered(SHUFFLED, tmp_path)))
    assert [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_rating)
            for r in result.records if isinstance(r, Risk)] == [
        ("CR1", 4, 5, 20, 12), ("CR2", 4, 3, 12, 9), ("CR3", 2, 4, 8, 6), ("CR4", 2, 3, 6, 4)]
    # the scores are printed: none is said to be derived
    assert not [f for f in result.findings if f.check == "risk_rating_derived"]


# A register given as a text export, headed by its factors' letters alone ("Inherent (L / I)")
# with no word of a register's columns anywhere: the pair cells show it is one. The letters
# say the order: "(I / L)" over "5 / 4" prints the impact first.
PAIR_EXPORT = """Corporate Risk Register
Audit Committee 3 March 2027
Ref\tRisk\tOwner\t{inherent}\t{residual}
CR1\tLoss of the data centre\tHead of IT\t{a1}\t{b1}
CR2\tRecruitment of social workers\tDirector of Children's Services\t{a2}\t{b2}
"""


def test_regression_factor_pair_register_in_text_export(tmp_path: Path) -> None:
    for n, (inherent, residual, a1, b1, a2, b2) in enumerate((
            ("Inherent (L / I)", "Residual (L / I)", "L5 / I5", "L4 / I5", "L3 / I4", "L2 / I3"),
            ("Inherent L/I", "Residual L/I", "L5/I5", "L4/I5", "L3/I4", "L2/I3"),
            ("Gross (I / L)", "Net (I / L)", "5 / 5", "5 / 4", "4 / 3", "3 / 2"))):
        paper = PAIR_EXPORT.format(inherent=inherent, residual=residual, a1=a1, b1=b1, a2=a2,
                                   b2=b2)
        (tmp_path / str(n)).mkdir()
        assert scored_risks(paper, tmp_path / str(n)) == [("CR1", 4, 5, 20), ("CR2", 2, 3, 6)]


def test_regression_residual_risk_heading_is_the_current_score(tmp_path: Path) -> None:
    """"Residual risk" over the score is the risk as it stands, not a second "Risk" column."""
    for n, (b1, b2) in enumerate((("L4 / I5", "L2 / I3"), ("20", "6"))):
        paper = PAIR_EXPORT.format(inherent="Target risk", residual="Residual risk", a1="8",
                                   b1=b1, a2="4", b2=b2) + "Risk score = likelihood x impact\n"
        (tmp_path / str(n)).mkdir()
        assert [row[0::3] for row in scored_risks(paper, tmp_path / str(n))] == [
            ("CR1", 20), ("CR2", 6)]
