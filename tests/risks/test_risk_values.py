"""Parsers of risk-register values: ids, ratings, legend, scales, change column, £m."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kcc_papers.extract.risks.values import (
    Rating,
    Score,
    parse_change,
    parse_legend,
    parse_millions,
    parse_rating,
    parse_risk_id,
    parse_scale_row,
    parse_score,
    risk_key,
)

LIKELIHOOD = {"Very Unlikely": 1, "Unlikely": 2, "Possible": 3, "Likely": 4, "Very Likely": 5}
IMPACT = {"Minor": 1, "Moderate": 2, "Significant": 3, "Serious": 4, "Major": 5}


def test_risk_key_normalises_spacing_and_parts():
    assert risk_key("CRR 1") == "CRR1"
    assert risk_key("CRR 10(a)") == "CRR10A"
    assert risk_key("CRR10 (b)") == "CRR10B"
    assert risk_key("STCS 03") == "STCS03"


@given(st.from_regex(r"[A-Z]{2,5}", fullmatch=True), st.integers(1, 99),
       st.sampled_from(["", "a", "b"]), st.booleans())
def test_risk_key_ignores_how_the_id_is_spaced(prefix, number, part, spaced):
    printed = f"{prefix}{' ' if spaced else ''}{number}" + (f"({part})" if part else "")
    assert risk_key(printed) == f"{prefix}{number}{part.upper()}"


def test_parse_risk_id_only_accepts_whole_ids():
    assert parse_risk_id("CRR 10(a)") == "CRR 10(a)"
    assert parse_risk_id("  STCS   03 ") == "STCS 03"
    assert parse_risk_id("Risk No.*") is None
    assert parse_risk_id("CRR") is None


def test_parse_rating():
    assert parse_rating("12 (Medium)") == Rating(12, "medium")
    assert parse_rating("9") == Rating(9, None)
    assert parse_rating("Risk closed") == Rating(None, None, closed=True)
    assert parse_rating("") is None
    assert parse_rating("New risk") is None
    assert parse_rating("30") is None


@given(st.integers(1, 25), st.sampled_from(["Low", "Medium", "High", "low"]))
def test_parse_rating_reads_any_value_and_level(value, level):
    assert parse_rating(f"{value} ({level})") == Rating(value, level.lower())


def test_legend_bands():
    legend = parse_legend("Low = 1-6 Medium = 8-15 High = 16-25")
    assert legend is not None
    assert [legend.level(v) for v in (1, 6, 8, 15, 16, 25)] == [
        "low", "low", "medium", "medium", "high", "high"]
    assert legend.level(7) is None  # 7 is not a product of two 1-5 numbers: no band
    assert parse_legend("Low = 1-6 Medium = 8-15") is None


def test_change_column():
    assert parse_change("New risk") == "new"
    assert parse_change("Revised risk") == "revised"
    assert parse_change("Risk closed") == "closed"
    assert parse_change("\\Leftrightarrow") == "unchanged"
    assert parse_change("\\Rightarrow") == "unchanged"
    assert parse_change("Û") == "unchanged"  # Symbol-font arrowdblboth
    assert parse_change("⇧") == "increased"
    assert parse_change("⇩") == "decreased"
    assert parse_change("") is None
    assert parse_change("??") is None


def test_scale_rows_plain_and_glued():
    assert parse_scale_row("Very Unlikely (1) Unlikely (2) Possible (3) Likely (4) "
                           "Very Likely (5)") == LIKELIHOOD
    glued = "LikelihoodVery Unlikely (1)Unlikely (2)Possible (3)Likely (4)Very Likely (5)"
    assert parse_scale_row(glued) == LIKELIHOOD
    assert parse_scale_row("ImpactMinor (1)Moderate (2)Significant (3)Serious (4)Major (5)") \
        == IMPACT


def test_score_from_card_text():
    assert parse_score("Likelihood Possible (3)", LIKELIHOOD) == Score(3, "Possible")
    assert parse_score("Very unlikely (1)", LIKELIHOOD) == Score(1, "Very Unlikely")
    # The number lost in the text layer: read from the scale by name.
    assert parse_score("Impact Significant (", IMPACT) == Score(3, "Significant")
    assert parse_score("Current", IMPACT) is None


@given(st.sampled_from(sorted(LIKELIHOOD)))
def test_score_reads_every_scale_entry(name):
    assert parse_score(f"Current Likelihood {name} ({LIKELIHOOD[name]})", LIKELIHOOD) == \
        Score(LIKELIHOOD[name], name)


def test_millions():
    assert parse_millions("165.0") == 165_000_000
    assert parse_millions("£12.5m") == 12_500_000
    assert parse_millions("") is None
    assert parse_millions("£m") is None


@given(st.decimals(min_value=0, max_value=999, places=1))
def test_millions_round_trip(value):
    assert parse_millions(f"{value}") == round(float(value) * 1_000_000, 2)
