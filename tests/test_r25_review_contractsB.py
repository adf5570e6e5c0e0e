"""Review of held-out round 25's contract fixes (batches E-H): papers another council could
publish that the new rules misread, each failing before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts.contract_cue import CONTRACT_CUE
from kcc_papers.extract.contracts.stacked_columns import unstacked
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------ "call-off from": read with a run of spaces, as the rest of CONTRACT_CUE


def test_regression_call_off_cue_reads_a_space_as_a_run() -> None:
    # a bare "\s" in CONTRACT_CUE (a character class "[\s-]" too) fails the cue test of
    # tests/contracts/test_contracts_pdf.py; the call-off is still read either way it is spelt
    pattern = CONTRACT_CUE.pattern
    call_off = pattern[pattern.index(r"\bcall"):]
    assert r"[\s" not in call_off.split("|")[0]
    for text in ("approves a call-off from the framework", "a call off under the framework",
                 "a call  off from the framework"):
        assert CONTRACT_CUE.search(text), text


# ------------ a count of other contracts earlier in the sentence is not the sum's subject

SINGLE_CONTRACT_AFTER_A_COUNT = """CABINET REPORT
1.1 That Cabinet, noting that the service is currently spread over 3 contracts, approves the procurement of a single new contract for home care with an estimated value of £4,200,000.
"""  # noqa: E501


def test_regression_one_contracts_value_after_a_count_of_others_is_read(tmp_path: Path) -> None:
    valued = SINGLE_CONTRACT_AFTER_A_COUNT.replace("an estimated value", "a value")
    assert _rows(valued, tmp_path) == [(None, 4_200_000.0)]
    # (an estimate of a contract no firm yet holds is none: round 39's unnamed estimates)
    assert _rows(SINGLE_CONTRACT_AFTER_A_COUNT, tmp_path) == []


def test_regression_counted_total_is_still_no_contract(tmp_path: Path) -> None:
    text = ("CABINET REPORT\n1.1 In addition, 23 contracts of £25,000 to £100,000 were awarded "
            "by officers in the quarter, with a total value of £1,280,000.\n")
    assert _rows(text, tmp_path) == []


# ------------ "be entered into with X Ltd": a grant's or a lease's agreement lets no contract

GRANT_AGREEMENT = """CABINET REPORT
1.1 That a grant funding agreement for the Town Deal be entered into with Hallam Arts Trust Ltd at a value of £250,000.
"""  # noqa: E501

AGREEMENT_FOR_LEASE = """ASSET COMMITTEE
1.1 That a lease of Unit 4 be granted, and an agreement for lease be entered into with Harlow Retail Ltd at a rent of £45,000 a year.
"""  # noqa: E501


def test_regression_grant_agreement_entered_into_names_no_provider(tmp_path: Path) -> None:
    assert all(provider is None for provider, _ in _rows(GRANT_AGREEMENT, tmp_path))


def test_regression_agreement_for_lease_entered_into_is_no_contract(tmp_path: Path) -> None:
    assert _rows(AGREEMENT_FOR_LEASE, tmp_path) == []


def test_regression_services_agreement_entered_into_still_names_its_firm(
        tmp_path: Path) -> None:
    text = ("CABINET REPORT\n1.1 That a pre-construction services agreement for Foundry Wharf "
            "be entered into with Haddow Pemberton Construction Ltd at a fee of £164,500.\n")
    assert _rows(text, tmp_path) == [("Haddow Pemberton Construction Ltd", 164_500.0)]


# ------------ the stacked header is linear in a run of spaces


def test_regression_stacked_header_is_linear_in_a_run_of_spaces() -> None:
    # "\s*/?\s+" between the party's name and the value's tried each split of a run of
    # spaces (7 s on 5,000)
    def header(spaces: int) -> object:
        return unstacked([["Ref", "Provider" + " " * spaces + "value x"], ["1", "A Ltd £1"]])

    assert _growth(header, 200) < MOST_GROWTH


def test_stacked_header_with_or_without_a_stroke_is_parted() -> None:
    for cell in ("Provider Total value", "Supplier / Contract value", "Contractor  Value"):
        rows = unstacked([["Ref", cell], ["1", "Peverell Books Ltd £412,000"]])
        assert rows[1][1:] == ["Peverell Books Ltd", "£412,000"], cell


# ------------ a planning variation of a developer's scheme names no contract

VARIED_CONDITION = """PLANNING COMMITTEE
5.1 The construction of the distribution centre is being carried out by Tritax Developments Ltd. A variation of condition 4 (hours of working) is applied for.
"""  # noqa: E501


def test_regression_variation_of_a_planning_condition_names_no_contract(
        tmp_path: Path) -> None:
    assert _rows(VARIED_CONDITION, tmp_path) == []


def test_priced_variation_of_works_still_names_the_contract_in_place(tmp_path: Path) -> None:
    text = VARIED_CONDITION.replace("of condition 4 (hours of working) is applied for",
                                    "of £42,000 for extra piling was agreed")
    assert _rows(text, tmp_path) == [("Tritax Developments Ltd", None)]


# ------------ "with an option to extend" is a term; "with Options Housing ..." is a party

WITH_A_PARTY_CALLED_OPTIONS = """CABINET REPORT
1.1 Harbour Homes Ltd, which provides supported housing under a contract with Options Housing Partnership, will be consulted on the new allocations policy.
"""  # noqa: E501


def test_regression_contract_with_a_party_named_options_is_still_anothers(
        tmp_path: Path) -> None:
    providers = [provider for provider, _ in _rows(WITH_A_PARTY_CALLED_OPTIONS, tmp_path)]
    assert "Harbour Homes Ltd" not in providers
