"""Regression tests of the review of round 25's I/J contracts, risks and KPIs fixes: each a
paper another council would plausibly publish that the fixes misread (or a guard of the
general rule the mend keeps)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered
from kcc_papers.extract.contracts.table_header import Columns
from kcc_papers.extract.contracts.tables import _continues
from test_heldout_round25_ijrest import SPLIT_SCHEDULE

# ------------ a concession of a charge (rent, rates, fees, fares) is relief the council grants,
# no service let, whatever firm it is "awarded" to

RENT_CONCESSION = """Property Sub-Committee
2.1 That the Sub-Committee approves the award of a 12-month rent concession to Riverside Cafe Ltd for the kiosk at Castle Park.
"""  # noqa: E501


def test_regression_rent_concession_awarded_to_a_firm_is_no_contract(tmp_path: Path) -> None:
    assert _rows(RENT_CONCESSION, tmp_path) == []


def test_regression_rates_or_fee_concession_awarded_is_no_contract(tmp_path: Path) -> None:
    for kind in ("business rates", "licence fee"):
        text = RENT_CONCESSION.replace("12-month rent", kind)
        assert _rows(text, tmp_path) == [], kind


def test_service_concession_named_by_what_it_runs_is_let_still(tmp_path: Path) -> None:
    # the guard: an EV charging concession is a service let ("charging" is no charge relieved)
    text = RENT_CONCESSION.replace("12-month rent concession to Riverside Cafe Ltd for the kiosk",
                                   "15-year EV charging concession to Voltaway Charging Ltd for "
                                   "the car parks")
    assert _rows(text, tmp_path) == [("Voltaway Charging Ltd", None)]


FARES_FOR_THE_TERM = """Cabinet
2.1 Award the contract for the supported bus services to Hillside Coaches Ltd.
3.1 The value of the fares concession for the term is £240,000.
"""


def test_regression_fares_concession_over_the_term_gives_no_value_row(tmp_path: Path) -> None:
    assert _rows(FARES_FOR_THE_TERM, tmp_path) == [("Hillside Coaches Ltd", None)]


# ------------ an aside before the verb that is itself the words naming the sum

ASIDE_IS_THE_CUE = """Cabinet
2.1 Award the contract for grounds maintenance to Greenleaf Services Ltd.
3.1 The price tendered, the lowest contract sum received, is £845,000.
"""


def test_regression_aside_naming_the_contract_sum_gives_the_value(tmp_path: Path) -> None:
    assert _rows(ASIDE_IS_THE_CUE, tmp_path) == [("Greenleaf Services Ltd", 845_000.0)]


# ------------ a contract table whose totals row alone is carried over to the next page

# (round 25's carried schedule, its page 2 no rows but the totals row, printed twice)
TOTAL_CARRIED = SPLIT_SCHEDULE.split("| WCC-27-215")[0] + "| | Total | | 698,400 | | | |\n" * 2


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


def test_regression_totals_row_alone_on_the_next_page_keeps_the_table(tmp_path: Path) -> None:
    assert _pdf_rows(TOTAL_CARRIED, tmp_path) == [("Culverwell Drainage Ltd", 486_000.0),
                                                  ("Fosterlink Families Ltd", 212_400.0)]


def test_regression_short_totals_row_first_carries_no_table_on() -> None:
    # a totals row first closes nothing of the table before: no full row to read as data
    cols = Columns(roles={"provider": 2, "value": 3, "start": 4}, value_header="Value (£)",
                   width=7)
    assert not _continues([["Total", "950,550"]], 2, cols, 1)
    assert _continues([["R1", "Signage", "Greenway Signs Ltd", "104,250", "18/12/2027", "1 year",
                        "Quotations"], ["Total", "950,550"]], 2, cols, 1)


# ------------ a concession "for the summer term" is a season's discount, no concession let
# for its term (a contract's term is said by its length, or as the whole one)

SEASON_TERM = """Leisure Committee
3.1 Award the contract for lifeguard training to Poolsafe Ltd.
3.2 The value of the junior swim concession for the summer term is £12,000.
"""


def test_regression_concession_for_a_season_term_gives_no_value_row(tmp_path: Path) -> None:
    assert _rows(SEASON_TERM, tmp_path) == [("Poolsafe Ltd", None)]


def test_concession_value_over_its_term_in_years_is_read_still(tmp_path: Path) -> None:
    # the guard: "over its ten-year term" is the term of the concession the paper lets
    text = ("Cabinet\n2.1 Approve the award of a ten-year concession for the Castle Park cafe to "
            "Bramblewick Kitchen Ltd.\n3.1 The estimated value of the concession over its "
            "ten-year term is £2,400,000.\n")
    assert _rows(text, tmp_path) == [("Bramblewick Kitchen Ltd", 2_400_000.0)]
