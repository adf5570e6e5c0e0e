"""Late fixes after round 16's reviews (contracts): a list of direct awards for noting read
for its first item only; staff appointed "for a period of" / "for a term of" read as a
contract. Each regression test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows
from kcc_papers.extract.contracts import award_parts, contract_cue
from test_s25_limits_misc import MOST_GROWTH, _seconds_per_call

# ------------------------------ a list of direct awards for noting: every item of the list

DIRECT_AWARDS_HEAD = """ASHBOURNE VALE DISTRICT COUNCIL
PROPERTY COMMITTEE - 3 MAY 2028
CONTRACT AWARDS FOR APPROVAL

Recommendation
That the Committee approves the award of the contract in the table below.

"""

DIRECT_AWARDS_LISTED = DIRECT_AWARDS_HEAD + """Direct awards (for noting): structural survey of the bus station canopy, Dunmore Structural Engineers Ltd, £48,950; load testing of the canopy fixings, Greyfell Testing Services, £12,400; and asbestos sampling of the plant room, Corrie Environmental Ltd, £3,150.
"""  # noqa: E501

# the items capitalised: the sentence splitter parts the list at each semicolon
DIRECT_AWARDS_CAPITALISED = DIRECT_AWARDS_HEAD + """Direct awards under delegated authority (for noting): Structural survey of the bus station canopy, Dunmore Structural Engineers Ltd, £48,950 (awarded 6th March 2028); Load testing of the canopy fixings, Greyfell Testing Services, £12,400.
"""  # noqa: E501

LISTED_ROWS = [("Dunmore Structural Engineers Ltd", 48_950.0),
               ("Greyfell Testing Services", 12_400.0),
               ("Corrie Environmental Ltd", 3_150.0)]


def test_regression_direct_awards_listed_read_for_the_first_item_only(tmp_path: Path) -> None:
    # the label's list parts its items by semicolons: each item is a service, its provider
    # and its sum, as the first is
    assert contract_rows(DIRECT_AWARDS_LISTED, tmp_path) == LISTED_ROWS


def test_regression_direct_awards_capitalised_items_parted_as_sentences(
        tmp_path: Path) -> None:
    # an item opening on a capital is split off as a sentence of its own, without the label
    assert contract_rows(DIRECT_AWARDS_CAPITALISED, tmp_path) == LISTED_ROWS[:2]


def test_direct_award_list_ends_at_an_item_of_another_shape(tmp_path: Path) -> None:
    # a clause after the semicolon that is no "service, provider, £sum" ends the list
    text = DIRECT_AWARDS_HEAD + (
        "Direct awards (for noting): structural survey of the bus station canopy, Dunmore "
        "Structural Engineers Ltd, £48,950; the budget for the works is £60,000.\n")
    assert contract_rows(text, tmp_path) == LISTED_ROWS[:1]


def test_direct_award_list_item_reader_is_linear() -> None:
    run = "; a, B, " * 1_250  # 10,000 characters of items that never reach a sum

    def read(label: str) -> float:
        return _seconds_per_call(
            lambda: award_parts._direct_award(label + "survey, Dunmore Ltd, £48,950" + run, 1),
            3)

    assert read("Direct awards (for noting): ") / read("Direct notes (for noting): ") \
        < MOST_GROWTH


# ------------------- staff appointed "for a period of" / "for a term of": no firm, no contract

STAFF_FOR_A_PERIOD = """4.1 The service appointed two social workers for a period of two years at a cost of £120,000.
4.2 The Director appointed an interim project manager for a term of 18 months at a cost of £95,000.
4.3 The Trust appointed three advocates for an initial period of one year at a cost of £84,000, funded from the Better Care Fund.
"""  # noqa: E501


def test_regression_staff_appointed_for_a_period_read_as_a_contract(tmp_path: Path) -> None:
    # "appoint ... for a period of" engages staff as often as a firm: only a name with a
    # legal form between the verb and the term is a firm engaged under a contract
    assert contract_rows(STAFF_FOR_A_PERIOD, tmp_path) == []


def test_firm_appointed_for_an_initial_term_still_read(tmp_path: Path) -> None:
    text = ("2.1 That the Committee appoints Kestrel Loch Private Debt LLP as the Fund's "
            "private credit manager for an initial term of seven years at a cost of "
            "£1,450,000.\n")
    assert contract_rows(text, tmp_path) == [("Kestrel Loch Private Debt LLP", 1_450_000.0)]


def test_appointment_cue_linear_over_a_run_of_letters() -> None:
    letters = "a" * 10_000

    def cue(word: str) -> float:
        return _seconds_per_call(
            lambda: contract_cue.CONTRACT_CUE.search(word + " " + letters + " Ltd x"), 3)

    assert cue("appoint") / cue("appint") < MOST_GROWTH
