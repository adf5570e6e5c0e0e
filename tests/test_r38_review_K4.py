"""Review of round 38's fix K4 (contracts in award reports and decision notices: a firm
appointed for a fee, the outgoing holder of a service said to end, a contract "for ... held by"
with no comma): the cases the review found read wrong, each on a small paper a council could
print."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow, contract_rows_of, rendered, source_lines


def _rows(*body: str, tmp_path: Path) -> list[ContractRow]:
    source = source_lines("## Harrowfield Borough Council", "** Projects Board - 9 March 2027",
                          "Report of:\tDirector of Place", "** 1. Summary", *body)
    return sorted(contract_rows_of(contexts(rendered(source, tmp_path))), key=str)


# ------------------------------------------------ "held by" with no comma, said of another noun

def test_regression_held_by_said_of_a_site_or_a_post(tmp_path: Path) -> None:
    # the site, the shares, the post are held by the party named, not the contract
    assert _rows(
        "1.1 The contract for the sale of the former depot site held by Harrowfield Homes Ltd"
        " was completed on 3 March 2027.",
        "1.2 The contract for the valuation of the shares held by Harrowfield Holdings Ltd was"
        " let in January 2027.",
        "1.3 The contract for the post held by John Smith ends on 31 March 2027.",
        tmp_path=tmp_path) == []


def test_regression_run_by_said_of_the_buildings_cleaned(tmp_path: Path) -> None:
    # "run by" with no comma is said of the leisure centres: the cleaning contract is not X's
    assert _rows(
        "1.1 The contract for the cleaning of the leisure centres run by Everyone Active Ltd has"
        " been extended to March 2028.", tmp_path=tmp_path) == []


def test_regression_held_by_a_firm_still_read(tmp_path: Path) -> None:
    assert _rows(
        "1.1 The contract for grounds maintenance held by Greenway Ltd expires on 31 March"
        " 2027.", tmp_path=tmp_path) == [("Greenway Ltd", None)]


# ------------------------------------------------------ the outgoing holder of a service

def test_regression_service_provided_by_the_council_itself(tmp_path: Path) -> None:
    assert _rows(
        "1.1 The current service, provided by Harrowfield Borough Council, ends on 31 March"
        " 2027.",
        "1.2 The existing service, provided by Legal Services, ends on 31 March 2027.",
        "1.3 The current service has been provided by Harrowfield Borough Council since April"
        " 2019 and the contract ends on 31 March 2027.",
        tmp_path=tmp_path) == []


def test_regression_service_running_to_a_place_or_an_hour(tmp_path: Path) -> None:
    # a route, opening hours or a stage, not the end of a contract
    assert _rows(
        "1.1 The existing bus service, provided by Stagecoach South East Ltd, runs to Ashford"
        " every hour.",
        "1.2 The current service, provided by Westmoor Community Trust, runs until 8pm on"
        " weekdays.",
        "1.3 The current service, provided by Westmoor Community Health NHS Trust, ends its"
        " pilot phase in May.",
        tmp_path=tmp_path) == []


def test_regression_service_ending_on_a_month_still_read(tmp_path: Path) -> None:
    assert _rows(
        "1.1 Our existing service, provided by Westmoor Care Ltd, is due to end in March 2027.",
        tmp_path=tmp_path) == [("Westmoor Care Ltd", None)]


# ------------------------------------------------------------------- a firm appointed for a fee

def test_regression_losing_bidders_fee_in_a_relative_clause(tmp_path: Path) -> None:
    # the fee is Briar's bid, told in a clause of its own: not the appointed firm's
    rows = _rows(
        "1.1 Oakhurst Vane Consultants was appointed as principal designer after Briar"
        " Consultants, who bid at a fee of £41,000, withdrew.", tmp_path=tmp_path)
    assert ("Oakhurst Vane Consultants", 41000.0) not in rows
    assert ("Briar Consultants", 41000.0) not in rows


def test_regression_councils_own_services_appointed_for_a_fee(tmp_path: Path) -> None:
    # a council's department charges an internal fee: no firm, no contract
    assert _rows(
        "1.1 That the Board appoint Legal Services to act for the Council on the lease for a fee"
        " of £2,000.",
        "1.2 That Democratic Services be appointed to run the ballot for a fee of £1,500.",
        tmp_path=tmp_path) == []


def test_regression_firms_appointed_together_share_no_whole_fee(tmp_path: Path) -> None:
    # one fee for two firms appointed together: each was given all of it
    rows = _rows(
        "1.1 That the Board appoint Alpha Consultants and Beta Partnership as joint designers"
        " for a fee of £48,000.", tmp_path=tmp_path)
    assert ("Alpha Consultants", 48000.0) not in rows
    assert ("Beta Partnership", 48000.0) not in rows


def test_regression_sum_something_else_is_estimated_at(tmp_path: Path) -> None:
    # "estimated at a cost of": the scheme's cost, not the fee of the firm appointed
    assert _rows(
        "1.1 That Fenwick Hale Consultants be appointed to prepare an estimate of the fees for"
        " the scheme, currently estimated at a cost of £48,000.", tmp_path=tmp_path) == []
