"""Regression tests for the contract misses of held-out round 16's blind batches: each named
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


# ------------ a tracked change printed inline ("[deleted: £x] £y") parted a sum from its cue

TRACKED = """3.1 That the Committee awards the window cleaning contract for two years to Clearview Glazing Ltd at a cost of [deleted: £9,600] £10,200, to be met from the premises budget.
3.2 RESOLVED to accept the quotation of Hedgerow Grounds Ltd for verge cutting at [Deleted: £3,100] £2,950.
"""  # noqa: E501


def test_regression_tracked_deletion_between_cue_and_sum_gave_no_value(tmp_path):
    # the words a tracked change struck out are no longer the paper's: the sum after them is
    # the one the cue gives, the struck one no value at all
    assert _rows(TRACKED, tmp_path) == [
        ("Clearview Glazing Ltd", 10_200.0), ("Hedgerow Grounds Ltd", 2_950.0)]


TRACKED_PDF = """## Hollowmere Town Council
!! Finance Committee
** 5. Window cleaning contract
5.1 That the Committee awards the window cleaning contract for two years from 1st April 2027 to Clearview Glazing Ltd at a cost of [deleted: £9,600] £10,200, to be met from the premises budget.
"""  # noqa: E501


def test_tracked_deletion_in_a_wrapped_pdf_paragraph(tmp_path):
    # the struck text may wrap over a PDF's lines with the rest of the paragraph
    assert _pdf_rows(TRACKED_PDF, tmp_path) == [("Clearview Glazing Ltd", 10_200.0)]


# ------------ an accepted quotation's sum straddling the reach it is looked for in was cut

STRADDLING = """RESOLVED to accept the quotation of Lantern Festive Lighting Ltd for the hire, installation and removal of the festive lights on the square for 2027 at a cost of £18,450.
"""  # noqa: E501


def test_regression_accepted_sum_cut_where_its_reach_ends(tmp_path):
    # the sum starts within the characters after the bidder a price is looked for in: it is
    # read whole ("£18,450"), not as the figures the reach happened to end on ("£18")
    assert _rows(STRADDLING, tmp_path) == [("Lantern Festive Lighting Ltd", 18_450.0)]


# ------------ one sentence letting two contracts, each "to X at a cost of £y": no values

TWO_AWARDS = """DECISION:
That the contract for the supply of six gritting lorries be awarded to Fenland Commercial Vehicles Ltd at a cost of £1,206,000, funded from the capital programme, and that the contract for the maintenance of the lorries for five years be awarded to Causey Fleet Care Ltd at a cost of £418,500.
"""  # noqa: E501

ONE_AWARD = """DECISION:
That the contract for the supply of six gritting lorries be awarded to Fenland Commercial Vehicles Ltd at a cost of £1,206,000, funded from the capital programme.
"""  # noqa: E501


def test_regression_two_awards_in_one_sentence_gave_no_values(tmp_path):
    # each firm an award lets to is paired with the sum it is let at, read per part as an
    # award of lots is
    assert _rows(TWO_AWARDS, tmp_path) == [
        ("Fenland Commercial Vehicles Ltd", 1_206_000.0), ("Causey Fleet Care Ltd", 418_500.0)]


def test_one_award_at_a_cost_keeps_its_value(tmp_path):
    assert _rows(ONE_AWARD, tmp_path) == [("Fenland Commercial Vehicles Ltd", 1_206_000.0)]


# ------------ "awards the contract for the design ... to RIBA stage 4": the stage read as a firm

TO_A_STAGE = """This decision awards the contract for the design of the two stations to RIBA stage 4, procured through the Authority's Design Consultancy Framework.
That the Mayor approves the award of the contract for the design of the stations to Pellow Rail Design Ltd at a value of £1,240,000.
"""  # noqa: E501

TO_A_STAGE_CAPITALISED = """The Council awarded the contract for the design of the new library to RIBA Stage 3 in 2026.
"""  # noqa: E501


def test_regression_stage_of_a_scale_read_as_the_firm_awarded(tmp_path):
    # the stage a work is designed to follows its scale's name ("to RIBA stage 4"): no party,
    # so the paper's one award is the firm's
    assert _rows(TO_A_STAGE, tmp_path) == [("Pellow Rail Design Ltd", 1_240_000.0)]


def test_capitalised_stage_of_a_scale_is_no_firm(tmp_path):
    assert _rows(TO_A_STAGE_CAPITALISED, tmp_path) == []


# ------------ "appoint X plc as custodian ... for five years": a firm appointed for a
# ------------ counted term was no contract's party

APPOINTED_FOR_YEARS = """1.1 The Committee is recommended to:
(a) appoint Harbury Custody Services plc as global custodian to the Pension Fund for five years from 1st April 2028, with an option to extend for up to two further years; and
(b) appoint Councillor Amos Reed as vice-chair of the Local Pension Board for two years.
"""  # noqa: E501


def test_regression_firm_appointed_for_counted_years_was_no_contract(tmp_path):
    # a firm appointed for a term is engaged under a contract, its term counted in years as
    # well as given as "a term of"; a person appointed so is no party (no legal form)
    assert _rows(APPOINTED_FOR_YEARS, tmp_path) == [("Harbury Custody Services plc", None)]


# ------------ "Its price is £x over the five year term": the award's price unread

PRICE_OVER_TERM = """1.1 The Committee is recommended to appoint Harbury Custody Services plc as global custodian to the Fund for a term of five years from 1st April 2028.
2.1 The custody contract with Northgate Trust Bank expires on 31st March 2028.
2.2 Bids were evaluated 70% quality and 30% price. Harbury Custody Services plc scored highest on both. Its price is £1,085,000 over the five year term (£217,000 a year).
"""  # noqa: E501

PRICE_OVER_TERM_ALONE = """2.2 Its price is £1,085,000 over the five year term.
2.3 The price is £1,085,000, the same as last year.
"""


def test_regression_price_over_the_term_gave_the_award_no_value(tmp_path):
    # the price over the term is what the engagement costs in all: the value of the paper's
    # one award without one
    assert sorted(_rows(PRICE_OVER_TERM, tmp_path), key=str) == [
        ("Harbury Custody Services plc", 1_085_000.0), ("Northgate Trust Bank", None)]


def test_price_without_a_term_is_no_contract_value(tmp_path):
    # a price alone may be any figure's; over the term it is an engagement's
    assert _rows(PRICE_OVER_TERM_ALONE, tmp_path) == [(None, 1_085_000.0)]


# ------------ a contract in place set against the award's value, after it, kept the value
# ------------ from the award

AGAINST_CURRENT = """1.1 That the Board RESOLVES to award the contract for towage services to Orkney Tugs Ltd for a term of five years.
2.1 Two compliant tenders were received.
2.2 The contract value is £3,900,000, against £4,200,000 under the current contract.
"""  # noqa: E501

CURRENT_VALUE = """1.1 That the Board RESOLVES to award the contract for towage services to Orkney Tugs Ltd for a term of five years.
2.1 Two compliant tenders were received.
2.2 The current contract value is £4,200,000, against £3,900,000 for the new one.
"""  # noqa: E501


def test_regression_contract_in_place_after_the_value_kept_it_from_the_award(tmp_path):
    # what a sum is the value of is said before it: the contract in place it is set against
    # after it does not make it that contract's
    assert _rows(AGAINST_CURRENT, tmp_path) == [("Orkney Tugs Ltd", 3_900_000.0)]


def test_value_of_the_contract_in_place_is_not_the_awards(tmp_path):
    assert sorted(_rows(CURRENT_VALUE, tmp_path), key=str) == [
        ("Orkney Tugs Ltd", None), (None, 4_200_000.0)]
