"""Review of held-out round 33's health and audit KPI fixes: a spaced text table's short
heading over rows set in under it ("Housing" over "  Homes delivered") was run on into its
first row, as a wrapped name is ("Housing Homes delivered"), though a name wraps only where
its line is full."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows
from kcc_papers.extract.kpis.period_names import named_with_period
from kcc_papers.load.aligned import aligned_tables
from kcc_papers.load.text import split_pages
from test_heldout_round33_E import METRICS_PAPER, _profile, _table, text_kpi_rows


def _rows(*lines: str) -> list[list[str]]:
    """Every row of every spaced table of a one-page text."""
    (page,) = split_pages("\n".join(lines) + "\n")
    return [[c.text for c in row] for table in aligned_tables(page) for row in table.rows]


def test_regression_short_heading_over_set_in_rows_is_no_wrapped_name() -> None:
    """Before, a heading alone on its line ("Housing", "Adult Social Care"), its rows set in
    under it, was joined to the first of them as a name that wrapped; a name wraps only where
    the next word would not have fitted before the next column."""
    rows = _rows(
        "Measure                                  Target     Actual    Status",
        "Customer calls answered (%)               90%        92%     Green",
        "Housing",
        "  Homes delivered                          500        488     Green",
        "  Affordable homes                         150        120     Red",
    )
    assert not any(r[0].startswith("Housing") for r in rows)
    budget = _rows(
        "Service                          Budget 2025/26    Forecast    Variance",
        "Corporate services                      4,100        4,000       -100",
        "Adult Social Care",
        "  Residential care                     12,400       13,100        700",
        "  Home care                             8,200        8,050       -150",
    )
    assert not any(r[0].startswith("Adult Social Care") for r in budget)


def test_regression_wrapped_names_still_run_on(tmp_path: Path) -> None:
    """Guard of the mend: a full line's name wrapping onto a line set in under it (a member's
    title in an attendance table, the fixer's metric) still runs its row on."""
    assert _table(
        "Member                     Present   Apologies   Substitute",
        "Cllr B Jones               -         Yes         Cllr C Brown",
        "Cllr A Smith (Vice-",
        "  Chairman)                Yes       -           -",
        "Cllr D Evans               Yes       -           -",
    )[2] == ["Cllr A Smith (Vice- Chairman)", "Yes", "-", "-"]
    assert len(text_kpi_rows(METRICS_PAPER, tmp_path)) == 3


def test_regression_comparison_the_paper_says_is_no_rating_stays_unrated(
        tmp_path: Path) -> None:
    """Before, a key of the comparison's colours in the "Green - ..." form rated the rows even
    where the paper says its comparison is no rating (r27b's words, r21h's): the paper's word
    decides, not the key's punctuation. Without that word the same key still rates."""
    key = ("Green - significantly better than England; Amber - similar to England; Red -"
           " significantly worse than England.")
    said = ("The comparison is not a performance rating: the Council sets no local targets. "
            + key)
    assert kpi_rows(_profile(said), tmp_path) == [
        ("B01", 66.1, None), ("B02", 67.9, None), ("B03", 55.2, None), ("B04", 22.4, None)]
    assert kpi_rows(_profile(key), tmp_path) == [
        ("B01", 66.1, "red"), ("B02", 67.9, "amber"), ("B03", 55.2, "green"),
        ("B04", 22.4, None)]


def test_regression_two_digit_pair_is_a_year_only_when_consecutive() -> None:
    """Before, any two-digit pair beside a word named a column as a year does, a date too
    ("Due 01/12", "Reviewed 30/06"); a year in two digits is a year and the next."""
    assert not named_with_period("Due 01/12")
    assert not named_with_period("Reviewed 30/06")
    assert named_with_period("Budget 24/25")
    assert named_with_period("Plan 99/00")


def test_regression_key_with_colons_or_commas_rates_the_comparison(tmp_path: Path) -> None:
    """Before, a key of the same ratings in another house style rated nothing: its colour
    before a colon ("Green: significantly better than England"), or its entries parted by
    commas ("Green = better than the England average, Amber = ...")."""
    rated = [("B01", 66.1, "red"), ("B02", 67.9, "amber"), ("B03", 55.2, "green"),
             ("B04", 22.4, None)]
    colons = ("Key: Green: significantly better than England; Amber: similar to England; Red:"
              " significantly worse than England.")
    (tmp_path / "colons").mkdir()
    assert kpi_rows(_profile(colons), tmp_path / "colons") == rated
    commas = ("Rating: Green = significantly better than the England average, Amber = similar"
              " to the England average, Red = significantly worse than the England average.")
    (tmp_path / "commas").mkdir()
    assert kpi_rows(_profile(commas), tmp_path / "commas") == rated
