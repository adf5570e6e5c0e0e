"""Review of round 34's fix C (contracts: outgoing holders "held by" / "whose ... contract ends",
a firm's worth in apposition): the cases the review found read wrong, each on a small paper a
council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows

HEAD = "Harwood Borough Council\nCabinet report\n\n"


def test_regression_a_firms_worth_to_the_local_economy_is_no_contract_value(
        tmp_path: Path) -> None:
    text = HEAD + ("The contract for waste collection was awarded to Brightbin Services Ltd,"
                   " worth £2m a year to the local economy.\n")
    assert contract_rows(text, tmp_path) == [("Brightbin Services Ltd", None)]


def test_a_firms_worth_over_the_term_is_still_its_value(tmp_path: Path) -> None:
    text = HEAD + ("The contract was awarded to Brightbin Services Ltd, worth £2m over five"
                   " years.\n")
    assert contract_rows(text, tmp_path) == [("Brightbin Services Ltd", 2000000.0)]


def test_regression_a_licence_or_tenancy_arrangement_held_by_a_firm_is_none(
        tmp_path: Path) -> None:
    text = HEAD + ("The current licence arrangement for the seafront kiosk, held by Seaview"
                   " Cafes Ltd, ends on 31 March 2027. The current tenancy arrangement for the"
                   " market units, held by Quayside Traders Ltd, ends on 30 June 2027.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_a_data_sharing_arrangement_held_by_a_firm_is_none(tmp_path: Path) -> None:
    text = HEAD + ("The current data sharing arrangement for the service, held by Pinewood"
                   " Care Ltd, ends on 31 March 2027.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_whose_grant_and_support_agreement_ends_buys_nothing(tmp_path: Path) -> None:
    text = HEAD + ("The community hub is run by Pinewood Care Ltd, whose grant and support"
                   " agreement ends on 31 March 2027.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_a_grants_worth_after_its_firm_is_no_contract_value(tmp_path: Path) -> None:
    text = HEAD + ("The Council awarded a contract for office cleaning to Shine Cleaning Ltd and"
                   " a grant to Tidewater Homes Ltd, worth £50,000.\n")
    assert contract_rows(text, tmp_path) == [("Shine Cleaning Ltd", None)]


def test_a_contract_for_a_lease_of_vehicles_keeps_its_worth(tmp_path: Path) -> None:
    text = HEAD + ("The Council awarded the contract for the lease of refuse vehicles to"
                   " Fleetline Ltd, worth £2m over five years.\n")
    assert contract_rows(text, tmp_path) == [("Fleetline Ltd", 2000000.0)]


# Parts of one award, a part's own remark holding the word "awarded" (no firm it goes to).
PARTS_WITH_A_REMARK = """WESTVALE DISTRICT COUNCIL
Report to Environment Committee

4.0 Recommendation
""" + ("4.1 It is recommended that Members approve the appointment of Fernhill Civils Ltd for"
       " Lot 1 (to be awarded for two years) in the sum of £846,300 and Cloverdale Fencing Ltd"
       " for Lot 2 in the sum of £218,650.\n")


def test_regression_a_parts_remark_with_awarded_still_parts_the_award(tmp_path: Path) -> None:
    assert contract_rows(PARTS_WITH_A_REMARK, tmp_path) == [
        ("Fernhill Civils Ltd", 846300.0), ("Cloverdale Fencing Ltd", 218650.0)]
