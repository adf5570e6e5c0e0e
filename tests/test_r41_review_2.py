"""Review of held-out round 41's K2 (contracts) fixes: probes of each changed rule in other
councils' words. An arrangement in place said to "terminate" or "come to an end"; two or three
zone or lot contracts awarded in one sentence, each "for a total contract value of" or listed
by commas; two holders "whose contracts end" when the second's name has "and" inside it; the
parties of a table an award names by its number, in other words, and a deferred, rejected or
refused appointment of them."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered
from test_heldout_round41_k2 import _FRAMEWORK

_HEAD = ("WESTBRIDGE DISTRICT COUNCIL\n\nREPORT TO THE EXECUTIVE\n\nCare Services\n\n"
         "1. Recommendations\n\n")
_AWARD = ("1.1 That the Executive awards the home care contract to Oakfield Care Ltd at a total "
          "value of £900,000.\n\n2. Background\n\n")

# ------------------------------------------------ an arrangement in place, said to end


def test_regression_arrangement_with_firm_terminates(tmp_path: Path) -> None:
    """"terminates", as ``contracts_in_place.ENDS`` reads a contract's end, was no end of an
    arrangement in place (held_roles.ARRANGEMENT_WITH_ENDS)."""
    text = (_HEAD + _AWARD + "2.1 The current block arrangement with Harebell Residential "
            "Services terminates on 30 November 2027.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Care Ltd", 900000.0), ("Harebell Residential Services", None)]


def test_regression_arrangement_with_firm_comes_to_an_end(tmp_path: Path) -> None:
    text = (_HEAD + _AWARD + "2.1 The existing spot purchase arrangement with Harebell Care "
            "Ltd comes to an end on 30 November 2027.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Care Ltd", 900000.0), ("Harebell Care Ltd", None)]


def test_arrangement_with_firm_name_across_a_line_break(tmp_path: Path) -> None:
    """Guard: the firm's name broken over a line is still read."""
    text = (_HEAD + _AWARD + "2.1 The current block arrangement with Harebell Residential\n"
            "Services will end on 30 November 2027.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Care Ltd", 900000.0), ("Harebell Residential Services", None)]


def test_grant_or_pooled_budget_arrangement_ending_is_no_holder(tmp_path: Path) -> None:
    """Guard: an arrangement that buys nothing, or a pooled budget with an NHS body, said to
    end, is no outgoing holder."""
    for kind, party in (("grant funding", "Harebell Care Services"),
                        ("pooled budget", "Westbridge NHS Trust")):
        text = (_HEAD + _AWARD + f"2.1 The current {kind} arrangement with {party} "
                "terminates on 31 March 2028.\n")
        assert contract_rows(text, tmp_path) == [("Oakfield Care Ltd", 900000.0)], kind


# ------------------------------------------------ contracts awarded in one sentence

_ZONES = ("1.1 That the Executive awards the Zone 1 (North) home care contract to Oakfield Care "
          "Ltd with a total contract value of £900,000, the Zone 2 (South) home care contract "
          "to Beacon Care Ltd with a total contract value of £800,000, and the Zone 3 (West) "
          "home care contract to Linden Care Ltd with a total contract value of £700,000.\n")


def test_regression_three_zone_contracts_listed_by_commas(tmp_path: Path) -> None:
    """A list of three: a comma alone before the second contract (which the first part's sum
    had read as its own) was no join, and only the first firm was read."""
    assert contract_rows(_HEAD + _ZONES, tmp_path) == [
        ("Oakfield Care Ltd", 900000.0), ("Beacon Care Ltd", 800000.0),
        ("Linden Care Ltd", 700000.0)]


def test_regression_two_lot_contracts_for_a_total_contract_value(tmp_path: Path) -> None:
    """ "for a total contract value of" prices a part as "at" and "with" do (PART_SUM)."""
    text = (_HEAD + "1.1 That the Executive awards the Lot 1 (Rural) contract to Oakfield Care "
            "Ltd for a total contract value of £900,000 over three years and the Lot 2 (Urban) "
            "contract to Beacon Care Ltd for a total contract value of £800,000 over three "
            "years.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Care Ltd", 900000.0), ("Beacon Care Ltd", 800000.0)]


def test_second_contract_deferred_is_no_part(tmp_path: Path) -> None:
    """Guard: "and the Zone 2 ... contract to Y Ltd is deferred" lets nothing to Y Ltd."""
    text = (_HEAD + "1.1 That the Executive awards the Zone 1 (North) home care contract to "
            "Oakfield Care Ltd with a total contract value of £900,000 over three years, and "
            "the Zone 2 (South) home care contract to Beacon Care Ltd is deferred to a later "
            "meeting.\n")
    assert contract_rows(text, tmp_path) == [("Oakfield Care Ltd", 900000.0)]


# ------------------------------------------------ holders "whose contracts end"


def test_regression_two_holders_the_second_with_and_in_its_name(tmp_path: Path) -> None:
    """"provided by Brightside Ltd and Hearth and Home Trust, whose contracts end" gave
    "Brightside Ltd", "Hearth" and "Home Trust": a part with no legal form or organisation
    word is the head of the next part that has one (names._split_names)."""
    text = (_HEAD + "1.1 That the Executive awards the advocacy contract to Oakfield Advocacy "
            "Ltd at a total value of £300,000.\n\n2.1 The service is provided by Brightside Ltd "
            "and Hearth and Home Trust, whose contracts end on 31 March 2028.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Advocacy Ltd", 300000.0), ("Brightside Ltd", None),
        ("Hearth and Home Trust", None)]


def test_council_beside_a_holder_whose_contract_ends_is_no_holder(tmp_path: Path) -> None:
    """Guard: "provided by the Council and X Ltd, whose contract ends": only the firm."""
    text = (_HEAD + "1.1 That the Executive awards the advocacy contract to Oakfield Advocacy "
            "Ltd at a total value of £300,000.\n\n2.1 The service is currently provided by the "
            "Council and Brightside Advocacy Ltd, whose contract ends on 31 March 2028.\n")
    assert contract_rows(text, tmp_path) == [
        ("Oakfield Advocacy Ltd", 300000.0), ("Brightside Advocacy Ltd", None)]


# ------------------------------------------------ the parties an award names by table number

_OLD_AWARD = ("Approves the appointment of the providers listed in Table 3 to the Short Breaks "
              "Framework")


def _framework_rows(award: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    source = _FRAMEWORK.format(parties="providers").replace(_OLD_AWARD, award)
    return contract_rows_of(contexts(rendered(source, tmp_path)))


_BOTH = [("Alder Brook Respite Ltd", None), ("Kingfisher Family Breaks CIC", None)]


def test_regression_appoints_the_providers_listed_in_a_table(tmp_path: Path) -> None:
    """The verb's own object, "Appoints the providers listed in Table 3 to the ... Framework",
    with no "to" or "of" before the parties, named no table (named_tables.NAMED_TABLE)."""
    award = "Appoints the providers listed in Table 3 to the Short Breaks Framework"
    assert _framework_rows(award, tmp_path) == _BOTH


def test_regression_awards_places_to_the_providers_in_a_table(tmp_path: Path) -> None:
    award = "Awards places on the Short Breaks Framework to the providers in Table 3"
    assert _framework_rows(award, tmp_path) == _BOTH


def test_regression_deferred_or_rejected_appointment_by_table_is_none(tmp_path: Path) -> None:
    """A decision deferring or rejecting the appointment of a table's parties, or naming its
    unsuccessful bidders, lets them nothing (named_tables.NOT_LET); each gave both rows."""
    for award in (
        "Defers the appointment of the providers listed in Table 3 to the Short Breaks "
        "Framework",
        "Rejects the proposed appointment of the providers listed in Table 3 to the Short "
        "Breaks Framework",
        "Notes that the appointment was not offered to the bidders listed in Table 3 to the "
        "Short Breaks Framework",
    ):
        assert _framework_rows(award, tmp_path) == [], award


# ------------------------------------------------ the price of a contract in force, no firm

_REPORT = ("ASHBY MARSH COUNTY COUNCIL\n\nPERFORMANCE REPORT\n\nWorkplace Wellbeing: Half Year "
           "Report\n\n4.1 The employee counselling service received 212 referrals in the "
           "period. ")


def test_regression_price_of_the_contract_currently_in_place_is_no_row(tmp_path: Path) -> None:
    """ "The contract currently in place has an annual value of £88,000", in a paper letting
    nothing, gave a row with no firm (in_force_values.IN_FORCE)."""
    text = _REPORT + "The contract currently in place has an annual value of £88,000.\n"
    assert contract_rows(text, tmp_path) == []


def test_regression_price_of_a_contract_due_to_end_is_no_row(tmp_path: Path) -> None:
    text = (_REPORT + "The contract, which is due to end on 31 March 2029, has an annual "
            "value of £88,000.\n")
    assert contract_rows(text, tmp_path) == []


def test_price_of_the_current_contract_across_a_line_break_is_no_row(tmp_path: Path) -> None:
    """Guard: "current" and "contract" on two lines."""
    text = _REPORT + "The current\ncontract value is about £88,000 a year.\n"
    assert contract_rows(text, tmp_path) == []
