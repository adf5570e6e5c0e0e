"""Regression tests for the contract misses of held-out round 18's blind batches A-C: each
named after the bug, on small papers in the layouts that showed it, with guards of the general
rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ a table captioned "Recommended awards" under a header naming no contract

AWARDS_TABLE = """## Wealdmoor County Council
!! Decision report
** 1. Recommendation
1.1 The Cabinet Member is asked to approve the routes set out in Table 1.
** 2. Table 1: Recommended awards
| Operator | Vehicle type | Routes | No. of routes | Annual value |
| Harefield Taxis Ltd | Taxi (4 seat) | WM101-WM108 | 8 | £212,400 |
| Oxley Minibuses Ltd | Minibus (16 seat) | WM201-WM205 | 5 | £301,750 |
| Total | | | 13 | £514,150 |
** 3. Financial implications
3.1 The awards are within the transport budget.
"""

UNCAPTIONED = AWARDS_TABLE.replace("Table 1: Recommended awards", "Table 1: Routes")


def test_recommended_awards_caption_not_read_as_contracts_let(tmp_path):
    # the caption says the rows are awards recommended: the operator column is the provider,
    # the Total row no contract
    assert _pdf_rows(AWARDS_TABLE, tmp_path) == [
        ("Harefield Taxis Ltd", 212_400.0), ("Oxley Minibuses Ltd", 301_750.0)]


def test_operators_under_a_caption_of_no_award_are_no_contracts(tmp_path):
    assert _pdf_rows(UNCAPTIONED, tmp_path) == []


# ------------ "at an annual premium of £X, a total of £Y over the term": the year's sum read

PREMIUM_AND_TOTAL = """Agenda Item 5
Procurement of Insurance Services
Recommendation
That Cabinet awards the contract for insurance services for five years from 1st April 2028 to Ravensholt Insurance Ltd at an annual premium of £1,200,000, a total of £6,000,000 over the term.
"""  # noqa: E501


def test_annual_premium_read_over_the_total_given_after_it(tmp_path):
    # the words before the amount call it a year's: the total after it, a whole number of
    # years of it, is the contract's value
    assert _rows(PREMIUM_AND_TOTAL, tmp_path) == [("Ravensholt Insurance Ltd", 6_000_000.0)]


def test_total_no_whole_number_of_years_of_the_premium_leaves_the_premium(tmp_path):
    odd = PREMIUM_AND_TOTAL.replace("£6,000,000", "£6,150,000")
    assert _rows(odd, tmp_path) == [("Ravensholt Insurance Ltd", 1_200_000.0)]


# ------------ a fund manager appointed at a fee in per cent, then priced: no value, no
# ------------ outgoing manager

MANAGER_APPOINTMENT = """RESOLVED: That the Committee
(a) terminate the active UK equity mandate held by Ashcombe Asset Management;
(b) appoint Weirfield Investment Management LLP as the Fund's active UK equity manager under the National LGPS Frameworks investment management framework, at an annual management fee of 0.30% of assets, estimated at £1,200,000 a year on a mandate of £400m; and
(c) delegate the transition to the Head of Pensions.
"""  # noqa: E501


def test_fee_in_per_cent_then_estimated_in_pounds_lost_the_value(tmp_path):
    # the fee let as a share of assets, then priced: the pounds are the contract's value;
    # the mandate the outgoing manager holds is its contract (no value given)
    assert _rows(MANAGER_APPOINTMENT, tmp_path) == [
        ("Ashcombe Asset Management", None),
        ("Weirfield Investment Management LLP", 1_200_000.0)]


def test_a_fee_in_per_cent_alone_prices_nothing(tmp_path):
    bare = MANAGER_APPOINTMENT.replace(", estimated at £1,200,000 a year on a mandate of £400m", "")
    assert _rows(bare, tmp_path) == [
        ("Ashcombe Asset Management", None), ("Weirfield Investment Management LLP", None)]


# ------------ "the contract value, £2.96m over five years," in a later sentence went unread

VALUE_IN_AN_ASIDE = """Mayoral Decisions
The Committee noted that the Mayor had decided to award the contract for the bus ticketing back office to Penhallow Fare Systems Ltd.
Members asked about the decision. The Monitoring Officer confirmed the contract value, £1.84m over five years, had been set out in the published notice.
"""  # noqa: E501


def test_contract_value_between_commas_in_a_later_sentence_not_read(tmp_path):
    # "the contract value, £1.84m ..., had been": the value of the award just made
    assert _rows(VALUE_IN_AN_ASIDE, tmp_path) == [("Penhallow Fare Systems Ltd", 1_840_000.0)]


# ------------ "The incumbent Lot 3 provider, X Ltd, did not bid": the contract in place lost

INCUMBENT = """4. Procured provision
4.1 The procurement was run as an open procedure in four lots. Eleven tenders were received.
4.2 The incumbent Lot 3 provider, Tamarisk Care Training Ltd, did not bid.
4.3 The tender from Ardent Learning Solutions Ltd was excluded as it did not meet the financial standing threshold.
"""  # noqa: E501


def test_incumbent_provider_named_by_its_role_not_read_as_a_contract(tmp_path):
    # the incumbent holds the contract the tender replaces (no value given); an excluded
    # bidder holds none
    assert _rows(INCUMBENT, tmp_path) == [("Tamarisk Care Training Ltd", None)]
