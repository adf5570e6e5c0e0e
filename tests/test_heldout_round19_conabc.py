"""Regression tests for the contract misses of held-out round 19's blind batches A-C: each
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


# ------------ "awards ... to X for a total of £Y": the total named by no cost or value word

DREDGING_AWARD = """HARBOUR BOARD
Report title: Maintenance Dredging Contract
1. RECOMMENDATION
1.1 That the Board awards the maintenance dredging contract for 2027-2030 to Tidewell Dredging NV for a total of £2,946,000 (three years at £982,000 a year), with an option to extend for a further two years.
2. BACKGROUND
2.1 The current contract with Saltmarsh Marine Services Ltd expires on 31 March 2027 and cannot be extended further.
"""  # noqa: E501


def test_award_for_a_total_of_lost_its_value(tmp_path):
    assert _rows(DREDGING_AWARD, tmp_path) == [
        ("Tidewell Dredging NV", 2_946_000.0), ("Saltmarsh Marine Services Ltd", None)]


def test_a_total_not_given_to_the_firm_awarded_is_no_value(tmp_path):
    # "a total of" prices the award only after the firm it lets to
    budget = DREDGING_AWARD.replace(
        "for a total of £2,946,000 (three years at £982,000 a year), with",
        "with").replace("2.1 The", "2.1 Dredging cost a total of £2,100,000 last year. The")
    assert _rows(budget, tmp_path) == [
        ("Tidewell Dredging NV", None), ("Saltmarsh Marine Services Ltd", None)]


# ------------ "the extension of the contract for <service> with X": the firm after the service

CONVEYANCE_EXTENSION = """JOINT CORONER SERVICE COMMITTEE
Report title: Mortuary Services
2. RECOMMENDATIONS
2.1 That the Committee:
     (a) approves the award of the mortuary services contract to Brookfield Mortuary Services Ltd for five years from 1 April 2028 at an estimated total value of £2,385,000; and
     (b) approves the extension of the contract for the removal and conveyance of the deceased with Ashgrove Funeral Services for twelve months to 31 March 2029 at a cost of £96,500.
5. REMOVAL AND CONVEYANCE
5.1 The contract with Ashgrove Funeral Services for the removal of bodies to the mortuary ends on 31 March 2028.
"""  # noqa: E501


def test_extension_of_contract_for_a_service_with_a_firm_lost_the_firm(tmp_path):
    # the extension's firm holds the priced row; the paragraph about its contract ending is
    # the same contract, not a row of its own
    assert _rows(CONVEYANCE_EXTENSION, tmp_path) == [
        ("Brookfield Mortuary Services Ltd", 2_385_000.0), ("Ashgrove Funeral Services", 96_500.0)]
