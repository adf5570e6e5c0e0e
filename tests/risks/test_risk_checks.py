"""The rating checks on their own, with records built here."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.extract.risks.checks import (
    check_conflict,
    check_level,
    check_ratings,
    check_statements,
    check_total,
)
from kcc_papers.extract.risks.values import parse_legend
from kcc_papers.models import Risk

LEGEND = parse_legend("Low = 1-6 Medium = 8-15 High = 16-25")


def risk(**kw) -> Risk:
    base = {"risk_id": "R 1", "risk_key": "R1", "status": "open"}
    return Risk(**{**base, **kw})


@given(st.integers(1, 5), st.integers(1, 5))
def test_consistent_ratings_give_nothing(li, im):
    r = risk(current_rating=li * im, likelihood=li, impact=im, target_rating=li * im,
             target_likelihood=li, target_impact=im)
    assert check_ratings(r) == []
    assert check_level("R 1", "current", li * im, LEGEND.level(li * im), LEGEND) == []


def test_each_rating_check():
    assert [c for c, _, _ in check_ratings(risk(current_rating=9, likelihood=2, impact=4))] == [
        "risk_rating_mismatch"]
    assert [c for c, _, _ in check_ratings(risk(current_rating=6, target_rating=9))] == [
        "risk_target_above_current"]
    assert [c for c, _, _ in check_level("R 1", "current", 16, "medium", LEGEND)] == [
        "risk_level_mismatch"]
    assert check_level("R 1", "current", 16, None, LEGEND) == []
    assert [c for c, _, _ in check_conflict("R 1", "current", [9, 9, None, 12])] == [
        "risk_rating_conflict"]
    assert check_conflict("R 1", "current", [9, None, 9]) == []


def test_statement_counts_directorate_risks_only():
    rows = [risk(risk_id="D 1", risk_key="D1", register="Directorate Risk Register",
                 current_rating=9, current_level="medium"),
            risk(risk_id="D 2", risk_key="D2", register="Directorate Risk Register",
                 current_rating=4, current_level="low"),
            risk(risk_id="C 1", risk_key="C1", register="KCC Corporate Risk Register",
                 current_rating=20, current_level="high")]
    ok = ("There are currently two directorate risks on the directorate risk register, none of "
          "which are rated as 'High', one is rated as 'Medium' and one is rated as 'Low'.")
    assert check_statements(ok, rows) == []
    wrong = ok.replace("one is rated as 'Medium'", "two are rated as 'Medium'")
    assert [c for c, _, _ in check_statements(wrong, rows)] == ["risk_count_mismatch"]


def test_total_with_unitemised_sections():
    rows = [risk(annual_exposure_gbp=10_000_000), risk(lifetime_exposure_gbp=5_000_000)]
    sections = {"Other": (2_000_000.0, None)}
    assert check_total((12_000_000, 5_000_000), rows, sections) == []
    # Printed to one decimal of £m: 12.04 rounds to 12.0.
    assert check_total((12_040_000, 5_000_000), rows, sections) == []
    assert [c for c, _, _ in check_total((12_100_000, None), rows, sections)] == [
        "risk_total_mismatch"]
