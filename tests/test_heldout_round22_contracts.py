"""Regression tests for the contract misses of held-out round 22's blind batches: each named
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


# ------------ a value column headed "Total value £": the unit printed after the name

UNIT_AFTER = """## WENDMOOR COUNTY COUNCIL
** Appendix A - Contracts awarded over £500,000, 1 October to 31 December 2027
|~ Ref | Service | Provider | Term (years) | Total value £ | Route |
| WCC/27/0411 | Supported living services | Fernleigh Supported Living Ltd | 4 + 2 | 6,842,000 | Competitive flexible |
| WCC/27/0438 | School catering equipment maintenance | Kitchenwise Servicing Ltd | 3 | 612,500 | Open procedure |
| | Total | | | 7,454,500 | |
"""  # noqa: E501


def test_value_column_with_pound_sign_after_its_name_read_as_pounds(tmp_path):
    assert _pdf_rows(UNIT_AFTER, tmp_path) == [
        ("Fernleigh Supported Living Ltd", 6_842_000.0), ("Kitchenwise Servicing Ltd", 612_500.0)]


def test_pound_sign_inside_a_header_gives_no_unit(tmp_path):
    # the guard: a "£" the header goes on after ("Value £ per week") is no unit of the column
    text = UNIT_AFTER.replace("Total value £", "Value £ per hour")
    assert _pdf_rows(text, tmp_path) == [
        ("Fernleigh Supported Living Ltd", None), ("Kitchenwise Servicing Ltd", None)]


# ------------ "It has been provided since 2021 by X Ltd under a contract that was due to run to"

SINCE = """CABINET
2.1 The Council's floating support service helps around 340 households a year. It has been provided since 2021 by Oakstead Support Services Ltd under a contract that was due to run to 31st March 2028.
2.2 The garden waste service has been delivered since 1 April 2019 by Greenacre Recycling Ltd under a contract which ends in March 2027.
"""  # noqa: E501


def test_service_provided_since_a_year_by_a_firm_under_a_contract_not_read(tmp_path):
    assert _rows(SINCE, tmp_path) == [
        ("Oakstead Support Services Ltd", None), ("Greenacre Recycling Ltd", None)]


def test_service_provided_since_a_year_under_a_lease_is_no_contract(tmp_path):
    # the guard: what a firm provides under a lease is let by no contract
    text = ("CABINET\n2.1 The cafe has been run since 2021 by Oakstead Catering Ltd under a "
            "lease that ends in 2030.\n")
    assert _rows(text, tmp_path) == []


# ------------ "The project budget ... covers the contract sum, a contingency of £130,000 and ..."

CONTINGENCY = """STRATEGY AND RESOURCES COMMITTEE
Title: Leisure Centre Decarbonisation Works - Call-Off Contract Award
1.1 That the Committee awards a call-off contract for the decarbonisation works at Saxham Leisure Centre to Kestrel Mechanical and Electrical Ltd at a contract sum of £1,742,615.
5.1 The project budget of £1,960,000 covers the contract sum, a contingency of £130,000 and fees of £87,385.
"""  # noqa: E501


def test_contingency_listed_after_the_contract_sum_not_read_as_its_value(tmp_path):
    assert _rows(CONTINGENCY, tmp_path) == [("Kestrel Mechanical and Electrical Ltd", 1_742_615.0)]


def test_contract_sum_named_in_an_aside_still_read(tmp_path):
    # the guard: an aside after the comma that is the sum itself ("a total of") prices it
    text = CONTINGENCY.replace("covers the contract sum, a contingency of £130,000 and fees of "
                               "£87,385", "includes the contract sum, a total of £1,742,615")
    assert _rows(text, tmp_path) == [("Kestrel Mechanical and Electrical Ltd", 1_742_615.0)]


# ------------ "at an estimated cost of £3.1m, funded by ... under the ... contract with X"

FUNDED = """EXECUTIVE
1.1 the tender of Trevanion Building Contractors Ltd in the sum of £2,874,310 be accepted for the refurbishment of Ashcombe Leisure Centre.
2.1 The Executive approved the refurbishment scheme on 15th March 2012 at an estimated cost of £3.1m, funded by prudential borrowing repaid from the reduced management fee under the leisure management contract with Cornerstone Leisure Trust.
"""  # noqa: E501


def test_scheme_cost_funded_through_a_firms_contract_not_read_as_its_value(tmp_path):
    assert _rows(FUNDED, tmp_path) == [
        ("Trevanion Building Contractors Ltd", 2_874_310.0), ("Cornerstone Leisure Trust", None)]


def test_award_priced_before_its_funding_keeps_its_price(tmp_path):
    # the guard: a firm named before its price and the funding is let at that price
    text = ("EXECUTIVE\n1.1 That the contract for the works be awarded to Trevanion Building "
            "Contractors Ltd at a cost of £2,874,310, funded by prudential borrowing.\n")
    assert _rows(text, tmp_path) == [("Trevanion Building Contractors Ltd", 2_874_310.0)]


# ------------ "The present system is supplied by X Ltd under a licence that expires on ..."

LICENCE = """JOINT COMMITTEE
1.1 That the Joint Committee awards the contract for a hosted case management system to Planvault Software Ltd for four years from 1 October 2027 at a total cost of £212,400.
2.1 The partnership's present system is supplied by Datarowe Systems Ltd under a licence that expires on 30 September 2027. The supplier has announced that the product will not be supported after March 2028.
"""  # noqa: E501


def test_system_supplied_by_a_firm_under_an_expiring_licence_not_read(tmp_path):
    assert _rows(LICENCE, tmp_path) == [
        ("Planvault Software Ltd", 212_400.0), ("Datarowe Systems Ltd", None)]


def test_licence_of_premises_held_by_a_firm_is_no_contract(tmp_path):
    # the guard: a firm holding a licence from the council (to trade, to occupy) buys nothing
    text = ("LICENSING COMMITTEE\n2.1 The kiosk is run by Harbour Catering Ltd under a premises "
            "licence that expires on 30 September 2027.\n")
    assert _rows(text, tmp_path) == []


# ------------ "The present contractor, X Ltd, has held the contract since 2019 and it ends ..."

HELD_SINCE = """ENVIRONMENT AND COMMUNITIES POLICY COMMITTEE
1.1 To report the outcome of the tender for the grounds maintenance contract and to seek approval to award it. The present contractor, Tillbrook Grounds Services Ltd, has held the contract since 2019 and it ends on 31 March 2027.
"""  # noqa: E501


def test_firm_that_has_held_the_contract_since_a_year_not_read(tmp_path):
    assert _rows(HELD_SINCE, tmp_path) == [("Tillbrook Grounds Services Ltd", None)]


def test_person_who_has_held_a_post_under_the_contract_is_no_firm(tmp_path):
    # the guard: a name with no firm's ending holds a post, not the contract
    text = HELD_SINCE.replace("The present contractor, Tillbrook Grounds Services Ltd,",
                              "The contract manager, Sarah Collins,")
    assert _rows(text, tmp_path) == []


# ------------ a borderless table's header line "Contract | Awarded to | Value (£)" read as prose

BORDERLESS = """## OKEBOURNE COUNTY COUNCIL
** Appendix A - Contract award notices, Quarter 3 2027/28
|- Contract | Awarded to | Value (£) | Notice date |
| Agency staff managed service | Orchard Talent Solutions Ltd | 3,562,750 | 28 October 2027 |
| Printing and mailing services | Northgate Print Solutions Ltd | 212,750 | 16 October 2027 |
"""


def test_borderless_header_line_above_its_words_box_not_read_as_an_award(tmp_path):
    assert _pdf_rows(BORDERLESS, tmp_path) == [
        ("Orchard Talent Solutions Ltd", 3_562_750.0), ("Northgate Print Solutions Ltd", 212_750.0)]


def test_sentence_just_above_a_borderless_table_still_read(tmp_path):
    # the guard: the line over the header, outside the table's box, is the paper's prose
    text = BORDERLESS.replace(
        "|- Contract", "The current contract with Tollbridge Services Ltd expires in May 2028.\n"
        "|- Contract")
    assert _pdf_rows(text, tmp_path) == [
        ("Orchard Talent Solutions Ltd", 3_562_750.0), ("Northgate Print Solutions Ltd", 212_750.0),
        ("Tollbridge Services Ltd", None)]
