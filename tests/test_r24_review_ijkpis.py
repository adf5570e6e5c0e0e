"""Review of round 24's I/J KPI fixes (and the State of the County's header): regressions
found in review, each failing before its mend, with a guard of the mend's bounds."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, rendered
from kcc_papers.classify import KPI_TABLE_HEADER
from test_heldout_round24_ijkpis import _state_of_the_county


@pytest.mark.parametrize("rating", ["Overall rating", "Performance rating", "Current rating"])
def test_regression_rating_column_named_by_other_words_makes_a_performance_report(
        rating: str, tmp_path: Path) -> None:
    """The fix accepted the r24b paper's own words, "Our rating", alone: another council's
    State of the County heading the same column "Overall rating" (or "Performance rating")
    stayed a report. A word before "rating" names a rating's column however it reads."""
    source = _state_of_the_county("2028").replace("| Our rating |", f"| {rating} |")
    docs = documents_of(rendered(source, tmp_path))
    assert [kind for kind, _, _ in docs] == ["performance_report"]


@pytest.mark.parametrize("line", ["Ref | Counterparty | Credit rating | Q2 2028/29",
                                  "Code\tCounterparty\tCredit rating\tLatest"])
def test_credit_rating_column_names_no_kpi_header(line: str) -> None:
    """Guard: a treasury report's counterparties by "Credit rating" and their investment at
    Q2 rate a borrower, no measure: no KPI table's header (the word before "rating" is an
    agency's)."""
    assert KPI_TABLE_HEADER.search(line + "\n") is None


def test_regression_named_rating_column_with_a_value_column_is_a_kpi_header() -> None:
    """The same header naming a measure's rating ("Overall rating") is one."""
    assert KPI_TABLE_HEADER.search("Ref | Indicator | Q2 2028/29 | Overall rating\n")
