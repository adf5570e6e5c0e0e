"""Held-out round 30, documents, agenda items, KPIs and risks: the rules the round's misses
showed, each on a small paper in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import scored_risks

# A community grants programme's appendix: "Ref | ... | Score (of 40)", the scores of the
# lower-ranked applications under 25; the paper never calls anything a risk (r30d cabinet).
GRANTS_APPENDIX = """Community Grants Programme 2031/32
Appendix A: Community grants recommended for 2031/32
Ref\tOrganisation\tPurpose\tScore (of 40)\tRequested £\tRecommended £
CG01\tWendlebury Citizens Advice\tDebt advice outreach\t36\t28,000\t28,000
CG02\tWendlebury Carers Hub\tYoung carers' groups\t35\t24,500\t24,500
CG13\tLittle Sowerby Lunch Club\tKitchen equipment\t25\t2,950\t2,950
CG14\tWendlebury Pride\tCommunity festival\t24\t5,000\t2,500
"""


def test_a_scored_grants_table_in_a_paper_that_never_says_risk_is_no_register(
        tmp_path: Path) -> None:
    assert scored_risks(GRANTS_APPENDIX, tmp_path) == []


def test_a_register_so_titled_keeps_its_scored_rows(tmp_path: Path) -> None:
    # the same columns under a register's title: its rows are risks, scored alone
    text = GRANTS_APPENDIX.replace("Appendix A: Community grants recommended for 2031/32",
                                   "Appendix A: Corporate Risk Register")
    assert [r[0] for r in scored_risks(text, tmp_path)] == ["CG01", "CG02", "CG13", "CG14"]
