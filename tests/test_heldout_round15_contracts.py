"""Regression tests for the contract misses of held-out round 15's blind batches: each named
after the bug, on small papers in the layouts that showed it, with guards of the general rule
that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------- a forward plan's value bands, with no provider, came out as contracts let

BANDS = """## Brynmawr County Borough Council
!! Forward Procurement Plan 2027/28
1.1 The Plan lists procurements the Council expects to start in 2027/28. Estimated values are shown as bands.
1.2 Contract awards over £1m are reported to Cabinet.
|# Ref | Title | Service | Estimated value | Procedure | Tender start | Contract start |
| FP-01 | Highway resurfacing framework | Environment | £10m - £25m | Open | Apr 2027 | Oct 2027 |
| FP-02 | Residential care for older people | Social Services | £25m+ | Light touch | Jun 2027 | Apr 2028 |
| FP-03 | Corporate insurance programme | Finance | over £5m | Framework | Oct 2027 | Apr 2028 |
| FP-04 | Library book supply | Communities | £450,000 | Open | Nov 2027 | Apr 2028 |
"""  # noqa: E501

AWARDED_BANDS = """## Brynmawr County Borough Council
!! Contracts awarded in quarter 2
|# Supplier | Service | Contract value | Contract start |
| Tawe Surfacing Ltd | Highway resurfacing | £2m - £3m | Oct 2027 |
"""


def test_regression_forward_plan_value_bands_read_as_contracts(tmp_path):
    # a band ("£10m - £25m", "£25m+", "over £5m") is an estimate of a procurement to come,
    # no contract's value: without a provider such a row is no contract; a single sum is
    # still read (a plan row priced exactly is the table's business, as before)
    assert _pdf_rows(BANDS, tmp_path) == [(None, 450_000.0)]


def test_band_with_a_provider_keeps_its_row(tmp_path):
    # a contract let to a named firm stays a row, whatever form its value is printed in
    assert _pdf_rows(AWARDED_BANDS, tmp_path) == [("Tawe Surfacing Ltd", 2_000_000.0)]


# ---------------------------- "for a contract sum of £x" after an appointment: value unread

CONTRACT_SUM = """1.1 It is recommended that Cabinet approves the appointment of Morfa Build Partnership Ltd, through the regional schools framework, to construct the extension at Ysgol Glan for a contract sum of £4,218,566.
1.2 It is recommended that Cabinet delegates authority to approve the use of the project contingency of £350,000 if required.
"""  # noqa: E501


def test_regression_appointment_for_a_contract_sum_gave_no_value(tmp_path):
    # "for a contract sum of" names the sum let as "at a contract sum of" does; the
    # contingency in the next sentence is no contract's
    assert _rows(CONTRACT_SUM, tmp_path) == [("Morfa Build Partnership Ltd", 4_218_566.0)]


# ------------------ an extension or variation "at an additional cost of £x": value unread

ADDITIONAL_COST = """RESOLVED:
1. That the extension of the Highways Term Maintenance Contract with Ridgeway Infrastructure Ltd for 12 months from 1 April 2028 to 31 March 2029 at an additional cost of £14,600,000 be approved.
2. That the contract with Talentway Managed Services Ltd for temporary agency staff be extended for 12 months at an estimated additional cost of £3,800,000.
3. That the works be carried out at an additional cost of £40,000, met from reserves.
"""  # noqa: E501


def test_regression_extension_at_an_additional_cost_gave_no_value(tmp_path):
    # the additional cost is what the extension lets to the firm it names; a sentence that
    # names no firm gives no contract for its additional cost
    assert _rows(ADDITIONAL_COST, tmp_path) == [
        ("Ridgeway Infrastructure Ltd", 14_600_000.0),
        ("Talentway Managed Services Ltd", 3_800_000.0)]


# ---------- a counted lot of waivers "with a total value of £x" read as one contract

COUNTED_TOTAL = """Resolved: the Committee noted the eleven single tender waivers approved in quarter 2, with a total value of £418,300.
Resolved: the Committee noted that 41 contracts were let in the half year with a combined value of £18.2 million.
Resolved: the Committee approved the single tender waiver for the two-year contract for specialist seating, with a total value of £64,800.
"""  # noqa: E501


def test_regression_counted_waivers_total_read_as_a_contract(tmp_path):
    # the total of a counted lot of awards or waivers is each of theirs, no one contract's;
    # a "two-year contract" counts no contracts, and its total value is its own
    assert _rows(COUNTED_TOTAL, tmp_path) == [(None, 64_800.0)]


# ------ an award's price given paragraphs later as "the contract price is £x per annum, a
# ------ total of £y over the term", beside the contract in place: unread

LATER_PRICE = """1.1 That the Harbour Board RESOLVES to:
a) award the contract for the provision of towage services at Skelvoe Harbour to Orkney Tugs Ltd for a term of five years from 1 July 2027;
b) delegate authority to the Director of Infrastructure Services to sign the contract.
2.1 Towage has since been provided under a contract with Northbay Marine Services, which expires on 30 June 2027.
2.2 Two compliant tenders were received.
2.3 The contract price is £780,000 per annum, a total of £3,900,000 over the five year term, with annual indexation capped at 3%.
"""  # noqa: E501

TWO_UNPRICED = """1.1 That the Board RESOLVES to:
a) award the contract for towage services to Orkney Tugs Ltd for a term of five years;
b) award the contract for pilot launch maintenance to Scapa Marine Ltd for three years.
2.1 Both firms scored well on quality.
2.2 The contract price is £780,000 per annum.
"""


def test_regression_award_priced_later_beside_the_contract_in_place_gave_no_value(tmp_path):
    # "the contract price is" gives the value of the paper's one award without one; the firm
    # holding the contract in place does not stand in the way, and the rate's total after a
    # comma is the whole term's value
    assert sorted(_rows(LATER_PRICE, tmp_path), key=str) == [
        ("Northbay Marine Services", None), ("Orkney Tugs Ltd", 3_900_000.0)]


def test_contract_price_with_two_unpriced_awards_is_given_to_neither(tmp_path):
    # two awards without values: "the contract" could be either's
    assert sorted(_rows(TWO_UNPRICED, tmp_path), key=str) == [
        ("Orkney Tugs Ltd", None), ("Scapa Marine Ltd", None), (None, 780_000.0)]


OTHER_TERM = """1.1 The contract was awarded to Kestle Construction Ltd in March 2019 for a period of five years.
1.2 The cleaning contract with Brightwell Ltd was extended in 2024 at a cost of £120,000.
1.3 The total contract value over the 7 year term is estimated at £14.2m.
"""  # noqa: E501


def test_value_over_another_term_is_not_the_unpriced_awards(tmp_path):
    # beside another firm's contract, a value given over a term the award does not run is
    # some other contract's: it stays a row of its own
    assert sorted(_rows(OTHER_TERM, tmp_path), key=str) == [
        ("Brightwell Ltd", 120_000.0), ("Kestle Construction Ltd", None), (None, 14_200_000.0)]


# ---------- a table of operators recommended, its header wrapped, was never read: only
# ---------- the recommendation's total came out, as a contract with no provider

OPERATORS = """## Harrowby Combined Transport Authority
!! Supported Bus Services Tender Round 2026B: Award of Contracts
The Board is recommended to award the contracts for the supported bus services to the operators shown in Table 1, for five years from 4 January 2027, at a total cost of £9,861,500.
--- page rotated ---
** Table 1: Recommended awards, tender round 2026B
|% 6 26 18 10 10 10 10
|# Route | Service | Recommended operator | Contract start date | Vehicles | Annual cost | Contract value (5 years) |
| 14 | Harrowby - Ryburn Dale - Ripponden (Mon-Sat daytime) | Calder Buses Ltd | 4 January 2027 | 2 | £412,300 | £2,061,500 |
| 27 | Harrowby - Mytholm - Cragg Vale (Mon-Sat daytime) | ^ | ^ | 1 | £236,900 | £1,184,500 |
| 31 | Elland Cross - Sowerby - Hubberton (Mon-Sun) | Pennine Coaches Ltd | ^ | 2 | £507,800 | £2,539,000 |
| 88 | Harrowby - Elland Cross evenings and Sundays | Kirkby Transit Ltd | ^ | 3 | £815,300 | £4,076,500 |
"""  # noqa: E501


def test_regression_operators_table_with_a_wrapped_header_was_not_read(tmp_path):
    # "Recommended operator" names the party column, as the table reader reads it: with
    # "Contract value" the page holds a contract table; its rows' sum is no contract of its own
    assert _pdf_rows(OPERATORS, tmp_path) == [
        ("Calder Buses Ltd", 2_061_500.0), ("Calder Buses Ltd", 1_184_500.0),
        ("Pennine Coaches Ltd", 2_539_000.0), ("Kirkby Transit Ltd", 4_076_500.0)]
