"""Regression tests of the review of round 27's contracts fixes: small papers another council
would plausibly publish, which the round's new rules misread (a contract table with a grant
funding column, a second contract let in a past year, a lettered option before a firm's
name, a withdrawn item before another item's award, premises leased from a landlord firm,
a note saying which bidders won, an extension only weighed), each with a guard that the
round's own reading stands."""

from __future__ import annotations

import time

from heldout_support import contract_html_rows, contract_rows, html_page, html_table
from kcc_papers.extract.contracts.fallen_proposals import WITHDRAWN
from kcc_papers.extract.contracts.sentences import sentences

# ------------ a table of contracts with a grant funding column is still contracts


def _capital_works(header: list[str], funding: list[str], pound: str = "£") -> str:
    table = html_table(header, [["Bridge deck repair", "Stonebridge Civils Ltd",
                                 f"{pound}412,000", funding[0]],
                                ["Footway renewal", "Kerbline Surfacing Ltd", f"{pound}98,000",
                                 funding[1]]])
    return html_page("<h1>Capital works contracts awarded</h1>", table)


def test_regression_grant_funding_column_beside_contract_value_keeps_the_contracts(tmp_path):
    page = _capital_works(["Scheme", "Contractor", "Contract value", "Grant funding"],
                          ["£200,000", "£0"])
    assert contract_html_rows(page, tmp_path) == [("Stonebridge Civils Ltd", 412_000.0),
                                                  ("Kerbline Surfacing Ltd", 98_000.0)]


def test_regression_a_cell_saying_grant_under_the_header_keeps_the_contracts(tmp_path):
    # a funding source column: "Grant" is a row's data, no column headed as a grant
    page = _capital_works(["Contract", "Supplier", "Value (£)", "Funding"], ["Grant", "Capital"],
                          pound="")
    assert contract_html_rows(page, tmp_path) == [("Stonebridge Civils Ltd", 412_000.0),
                                                  ("Kerbline Surfacing Ltd", 98_000.0)]


def test_grant_as_the_only_money_column_still_lets_nothing(tmp_path):
    # the round's reading: the money column is the grant's
    table = html_table(["Organisation", "Project", "Score", "Grant (£)"],
                       [["Saltway Theatre Company Ltd", "Tidewrack", "36", "28,000"]])
    page = html_page("<h1>Contracts and awards</h1>", table)
    assert contract_html_rows(page, tmp_path) == []


# ------------ a second contract let in a past year is a contract of its own

CAMERAS = """Safer Roads Partnership Board
Agenda Item 4: Camera Contracts
That the Board approves the extension of the safety camera maintenance contract with Redline Enforcement Systems Ltd for twelve months from 1 April 2028, at an additional cost of £186,000.

1.1 {subject} was awarded in 2025 following a mini-competition, at a value of £1,240,000.
"""  # noqa: E501


def test_regression_separate_contract_let_in_a_past_year_is_kept(tmp_path):
    text = CAMERAS.format(subject="A separate contract for the supply of new digital average "
                          "speed cameras")
    assert (None, 1_240_000.0) in contract_rows(text, tmp_path)


def test_the_extended_contract_let_in_a_past_year_is_still_its_original(tmp_path):
    text = CAMERAS.format(subject="The contract for the maintenance of the camera sites")
    assert contract_rows(text, tmp_path) == [("Redline Enforcement Systems Ltd", 186_000.0)]


# ------------ a lettered option or appendix before a firm's name ends its sentence

def test_regression_option_letter_before_a_firm_ends_the_sentence():
    assert sentences("Members chose Option B. Harlow Construction Ltd will deliver it.") == [
        "Members chose Option B.", "Harlow Construction Ltd will deliver it."]


def test_regression_losing_bid_after_an_option_letter_prices_no_award(tmp_path):
    text = ("Cabinet\nItem 4: Depot Roof\n1.1 The contract for the depot roof is awarded to "
            "Kerbline Roofing Ltd under Option B. Harlow Construction Ltd submitted a tender of "
            "£91,000.\n")
    assert ("Kerbline Roofing Ltd", 91_000.0) not in contract_rows(text, tmp_path)


def test_initial_after_to_still_opens_the_firms_name():
    # the round's reading: a founder's initial after a word in small letters
    assert sentences("The contract is awarded to R. Tollemache & Sons Ltd at £23,615.") == [
        "The contract is awarded to R. Tollemache & Sons Ltd at £23,615."]


# ------------ an item withdrawn, then another item's award

ADDENDUM = """CABINET - ADDENDUM
Item 7 - Disposal of land at Mill Lane (withdrawn):
This item has been withdrawn by the Leader.

Item 8 - Award of Cleaning Contract

That Cabinet approves the award of the office cleaning contract to Sparkle Facility Services Ltd at a value of £310,000.
"""  # noqa: E501


def test_regression_award_after_a_withdrawn_items_note_is_read(tmp_path):
    assert contract_rows(ADDENDUM, tmp_path) == [("Sparkle Facility Services Ltd", 310_000.0)]


def test_regression_withdrawn_words_end_at_their_full_stop():
    text = ("Original recommendation 2.1 (withdrawn):\nThat Cabinet approves the award to X "
            "Ltd at £1.\nThe Southern Zone award to Y Ltd at £2 is unchanged.")
    assert WITHDRAWN.sub("", text).strip() == ("The Southern Zone award to Y Ltd at £2 is "
                                               "unchanged.")


def test_withdrawn_time_on_a_long_paragraph():
    text = "Original recommendation 2.1 (withdrawn):\n" + "word " * 40_000
    start = time.perf_counter()
    WITHDRAWN.sub("", text)
    assert time.perf_counter() - start < 0.5


# ------------ premises leased from a landlord firm are no contract let

def test_regression_premises_leased_from_a_firm_until_a_date_are_no_contract(tmp_path):
    text = ("Cabinet\nItem 6: Accommodation\n2.1 The Council's depot at Mill Street is leased "
            "from Harbour Estates Ltd until 31 March 2030, when the lease ends.\n")
    assert contract_rows(text, tmp_path) == []


def test_regression_offices_leased_from_a_firm_are_no_contract(tmp_path):
    text = ("Cabinet\nItem 6: Accommodation\n2.1 The offices at 4 Mill Street are leased from "
            "Northgate Property Holdings Ltd until 24 June 2031.\n")
    assert contract_rows(text, tmp_path) == []


def test_vehicles_leased_from_a_firm_until_a_date_are_still_its_contract(tmp_path):
    text = ("Cabinet\nItem 6: Garden Waste Vehicles\n2.1 The eight garden waste vehicles are "
            "leased from Fleetwell Vehicle Rental Ltd until 31 August 2026.\n")
    assert contract_rows(text, tmp_path) == [("Fleetwell Vehicle Rental Ltd", None)]


def test_vehicles_kept_at_a_depot_and_leased_are_still_a_contract(tmp_path):
    # the guard: a place after "at" is where the goods stand, not what is leased
    text = ("Cabinet\nItem 6: Garden Waste Vehicles\n2.1 The vehicles kept at the depot are "
            "leased from Fleetwell Vehicle Rental Ltd until 31 August 2026.\n")
    assert contract_rows(text, tmp_path) == [("Fleetwell Vehicle Rental Ltd", None)]


# ------------ a note saying which bidders were chosen is no caption of the chosen

def _framework_page(caption: str) -> str:
    table = html_table(["Provider", "Quality score", "Hourly rate bid"],
                       [["Heatherfield Homecare Ltd", "61.2", "£26.84"],
                        ["Silverbirch Care Ltd", "48.0", "£27.10"]])
    return html_page("<h1>Home Care Framework</h1>", "<p>Four tenders were received.</p>",
                     f"<h4>{caption}</h4>", table)


def test_regression_note_marking_the_providers_appointed_lets_no_row(tmp_path):
    page = _framework_page("Evaluation results. Providers awarded a framework place are shown "
                           "in bold.")
    assert contract_html_rows(page, tmp_path) == []


def test_regression_note_marking_those_appointed_in_brackets_lets_no_row(tmp_path):
    page = _framework_page("Tenders received (providers appointed to the framework are "
                           "highlighted)")
    assert contract_html_rows(page, tmp_path) == []


def test_caption_listing_the_providers_appointed_still_lets_each_row(tmp_path):
    page = _framework_page("Providers awarded a framework place are listed below")
    assert [name for name, _ in contract_html_rows(page, tmp_path)] == [
        "Heatherfield Homecare Ltd", "Silverbirch Care Ltd"]



# ------------ an extension weighed, not let, prices no contract

def test_regression_extension_only_considered_does_not_price_the_contract(tmp_path):
    page = html_page("<h1>Gully cleansing</h1>",
                     "<p>Gullies are cleansed under a contract with Delvin Drainage Services Ltd "
                     "that began in April 2025. Officers considered whether to extend the "
                     "contract by one year at a cost of £684,000, but recommend a new tender."
                     "</p>")
    assert ("Delvin Drainage Services Ltd", 684_000.0) not in contract_html_rows(page, tmp_path)
