"""Review of the round 39 fix for risks rated by a word (family K4): a column headed "Hazard"
was made the risk's own column wherever it stood, so a register printing the hazard before the
column naming the risk ("Ref | Hazard | Risk | ...", "Hazard | Description") read each risk by
its hazard's word ("Flooding") and lost its title; "Hazard identified" (as "Risk identified")
was not read. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Risk


def _titles(source: str, tmp_path: Path) -> list[tuple[str, str | None, int | None]]:
    return [(r.risk_id, r.title, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def _register(header: str, *rows: str) -> str:
    return source_lines(
        "## Fellmouth Local Resilience Forum",
        "** Report to:  Resilience Partnership Board",
        "Date of meeting:\t9 July 2027",
        "Report by:\tResilience Manager",
        "Subject:\tCommunity Risk Register 2027",
        "** 1. Recommendation",
        "1.1 That the Board notes the register.",
        "** 2. The register",
        "|% 10 20 40 10 10 12",
        header,
        *rows,
    )


def test_regression_hazard_before_risk_column_keeps_the_risk_title(tmp_path: Path) -> None:
    """Before, the "Hazard" column took the title role for being first, and "Loss of homes in
    Kelby ..." under "Risk" (or "Description", "Risk title") was lost: the hazard's word was
    each risk's title. The hazard names the risk only where no column does."""
    rows = ("| CRR-1 | Flooding | Loss of homes in Kelby from river flooding | 3 | 4 | High |",
            "| CRR-2 | Severe weather | Disruption to roads from heavy snow | 2 | 3 | Medium |")
    for risk_head in ("Risk", "Description", "Risk title"):
        header = f"|# Ref | Hazard | {risk_head} | Likelihood | Impact | Rating |"
        assert _titles(_register(header, *rows), tmp_path) == [
            ("CRR-1", "Loss of homes in Kelby from river flooding", 12),
            ("CRR-2", "Disruption to roads from heavy snow", 6)], risk_head


def test_regression_hazard_identified_names_the_risk(tmp_path: Path) -> None:
    """Before, "Hazard identified" (a register's "Risk identified" in its hazards' words) was
    no title, and the register read no risks."""
    paper = _register("|# Ref | Hazard identified | Impact | Likelihood | Rating |",
                      "| CRR-H23 | Pandemic disease | 5 | 3 | High |",
                      "| CRR-F02 | River flooding | 4 | 4 | Very High |")
    assert _titles(paper, tmp_path) == [("CRR-H23", "Pandemic disease", 15),
                                        ("CRR-F02", "River flooding", 16)]


def test_regression_planning_report_hazards_are_no_register(tmp_path: Path) -> None:
    """Before, any table with a "Hazard" column, ids and factors was a register: a planning
    report's battery storage safety table ("BESS-1 | Fire | 2 | 5 | High" under "2. Safety")
    read as risks, and the report as a risk register. The hazards name risks where the heading
    over them says the table registers or assesses them ("The refreshed register", "Community
    Risk Register", "The assessed hazards")."""
    paper = source_lines(
        "## Fellmouth District Council",
        "** Report to:  Planning Committee",
        "Date of meeting:\t9 July 2027",
        "Report by:\tHead of Planning",
        "Subject:\tApplication 27/0456/FUL: Battery storage at Kelby Farm",
        "** 1. Recommendation",
        "1.1 That planning permission be granted subject to conditions.",
        "** 2. Safety",
        "|% 12 30 12 12 14",
        "|# Ref | Hazard | Likelihood | Severity | Rating |",
        "| BESS-1 | Fire | 2 | 5 | High |",
        "| BESS-2 | Noise | 3 | 2 | Medium |",
    )
    assert _titles(paper, tmp_path) == []
