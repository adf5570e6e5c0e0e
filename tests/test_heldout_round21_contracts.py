"""Regression tests for the contract misses of held-out round 21's blind batches: each named
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

# ------------ "at an annual value of £X and a total contract value of £Y over the term"

ANNUAL_AND_TOTAL = """EXECUTIVE
Report title: Responsive Repairs and Voids Contract Award
1.1 That the Executive awards the Responsive Repairs and Voids Contract to Ashworth Brook Property Services Ltd for an initial term of five years from 01/10/2027, with an option to extend for up to a further two years, at an annual value of £4,630,000 and a total contract value of £32,410,000 over the full seven years.
"""  # noqa: E501


def test_total_joined_to_annual_value_by_and_read_as_the_annual(tmp_path):
    assert _rows(ANNUAL_AND_TOTAL, tmp_path) == [
        ("Ashworth Brook Property Services Ltd", 32_410_000.0)]


def test_sum_after_and_that_is_no_whole_term_of_the_rate_left_out(tmp_path):
    # the guard: a "total" no whole number of years of the rate is something else
    odd = ANNUAL_AND_TOTAL.replace("£32,410,000", "£30,000,000")
    assert _rows(odd, tmp_path) == [("Ashworth Brook Property Services Ltd", 4_630_000.0)]


# ------------ "That X Ltd be appointed as global custodian ...", "current custodian, X"

CUSTODIAN = """PENSIONS COMMITTEE
38. Appointment of Global Custodian
The Director of Pensions presented the outcome of the further competition under the National LGPS Frameworks custody services framework. The Fund's current custodian, Ravenglass Trust Bank, was not among the bidders.
RESOLVED:
That Northbank Trust Company Ltd be appointed as global custodian to the Pension Fund for five years from 1st July 2028 at a total fee of £1,085,000 over the term.
"""  # noqa: E501


def test_custodian_appointed_and_current_custodian_not_read(tmp_path):
    assert _rows(CUSTODIAN, tmp_path) == [
        ("Ravenglass Trust Bank", None), ("Northbank Trust Company Ltd", 1_085_000.0)]


def test_current_post_holder_is_no_incumbent_firm(tmp_path):
    # the guard: a current manager of anything but a fund is a post, its holder a person
    text = ("CABINET\n2.1 The current Service Manager, Sarah Collins, will transfer to the new "
            "provider under the contract.\n")
    assert _rows(text, tmp_path) == []


def test_current_operator_of_a_lot_not_awarded_is_no_incumbent_row(tmp_path):
    # the guard: "current" of any role but a custodian's may hold its service by any
    # arrangement (a held-out paper's expected rows leave such an operator out)
    text = ("BOARD\n5.1 One tender was received for Lot 4 but was non-compliant. The current "
            "operator, Ardnish Car Hire, has agreed to extend its existing contract on the same "
            "terms for up to twelve months from 5 April 2027.\n")
    assert _rows(text, tmp_path) == []


# ------------ "leased from X Ltd under a contract that ends on ...": the contract in place

HELD_UNDER = """POLICY AND RESOURCES COMMITTEE
Report title: Insurance Renewal
2.1 The Council's insurances are placed with Pemberton Mutual Assurance Ltd under a long term agreement which expires on 31st March 2028 and cannot be extended.
3.2 The vehicles are currently leased from Carrick Vehicle Leasing Ltd under a contract that ends on 31 May 2027.
3.3 The pool fleet of 11 petrol and diesel cars is leased from Tollgate Vehicle Leasing Ltd under an agreement ending on 30th November 2027.
"""  # noqa: E501


def test_firm_leased_or_placed_with_under_an_ending_contract_not_read(tmp_path):
    assert _rows(HELD_UNDER, tmp_path) == [
        ("Pemberton Mutual Assurance Ltd", None), ("Carrick Vehicle Leasing Ltd", None),
        ("Tollgate Vehicle Leasing Ltd", None)]


def test_land_leased_from_a_partner_is_no_contract(tmp_path):
    # the guard: a name with no legal form (a council, a trust) leasing land is no firm
    text = ("CABINET\n2.1 The depot is leased from Marlow Town Council under a lease that ends "
            "on 31 March 2030.\n")
    assert _rows(text, tmp_path) == []


# ------------ a manager appointed to a mandate "valued at £450 million"; the outgoing manager

MANDATE = """PENSION FUND COMMITTEE
Report title: Multi-Asset Credit Manager Appointment
1.1 That the Committee appoints Calloway Brunt Asset Management LLP to manage the Fund's multi-asset credit mandate, valued at £450 million, through the LGPS National Frameworks investment management framework, from 1 December 2027.
2.1 Sedgwick Fairfax Credit Partners has managed the multi-asset credit mandate since 2020. Its performance is reported at item 4.
"""  # noqa: E501


def test_mandate_valued_at_and_its_manager_since_not_read(tmp_path):
    assert _rows(MANDATE, tmp_path) == [
        ("Calloway Brunt Asset Management LLP", 450_000_000.0),
        ("Sedgwick Fairfax Credit Partners", None)]


def test_political_mandate_held_is_no_fund_manager(tmp_path):
    # the guard: a mandate invested in nothing is a body's authority, held by no firm
    text = ("COUNCIL\n2.1 Reform Group has held the political mandate since 2024 and the "
            "contract for waste was let in 2023.\n")
    assert _rows(text, tmp_path) == []


# ------------ "to place a contract for the works with X Ltd at a price of £362,400"

PLACED = """FULL COUNCIL
Record of Urgent Decision
Decision To approve the emergency demolition of the fire-damaged former Corn Exchange, Castlegate, to first floor level, at a cost of up to £385,000, and to place a contract for the works with Dunmere Demolition Ltd at a price of £362,400 without competition under Contract Procedure Rule 9 (emergencies).
"""  # noqa: E501


def test_contract_placed_with_a_firm_read_without_it_at_the_decisions_budget(tmp_path):
    assert _rows(PLACED, tmp_path) == [("Dunmere Demolition Ltd", 362_400.0)]


def test_sum_before_the_firm_kept_where_its_clause_prices_nothing(tmp_path):
    # the guard: a firm's clause with no sum leaves the sentence's first value the row's
    text = PLACED.replace(" at a price of £362,400", "")
    assert _rows(text, tmp_path) == [("Dunmere Demolition Ltd", 385_000.0)]


# ------------ an appointment "at a fixed fee of £146,250"

FIXED_FEE = """BOARD OF TRUSTEES
14a. The Board APPROVED the appointment of Lanternfield Design Studio Ltd as exhibition designer for the Maritime Gallery redevelopment at a fixed fee of £146,250, subject to the National Lottery Heritage Fund's permission to start.
"""  # noqa: E501


def test_fixed_fee_of_an_appointment_not_read_as_its_value(tmp_path):
    assert _rows(FIXED_FEE, tmp_path) == [("Lanternfield Design Studio Ltd", 146_250.0)]


# ------------ the contract in place: "the contract for <service> with X Ltd ends on ...",
# "the Council's tree works contractor, X Ltd, whose contract runs to ...", "X Ltd, which
# operates ... under a contract running to 2031"

IN_PLACE = """CABINET
2.1 The contract for the current system with Bibliotek Software Ltd ends on 31st July 2027. A further competition was run under the Crown Commercial Service framework RM6259; three suppliers responded.
3.1 The Council's contract for street cleansing, grounds maintenance and public toilet cleaning with Tollbridge Services Ltd expires on 31 October 2027. The services were re-tendered in three lots.
4.1 In 2026/27, 1,206 tree works were carried out by the Council's tree works contractor, Ridgeback Arboriculture Ltd, whose contract runs to March 2029.
5.1 The Panel received the annual report of Tidemark Leisure Ltd, which operates the Council's four leisure centres under a contract running to 2031. Visits had risen to 1.38 million.
"""  # noqa: E501


def test_contract_in_place_named_by_service_role_or_what_its_firm_runs_not_read(tmp_path):
    assert _rows(IN_PLACE, tmp_path) == [
        ("Bibliotek Software Ltd", None), ("Tollbridge Services Ltd", None),
        ("Ridgeback Arboriculture Ltd", None), ("Tidemark Leisure Ltd", None)]


def test_report_of_a_body_that_runs_a_service_under_no_contract_is_no_row(tmp_path):
    # the guard: a firm running a service under a lease or a partnership lets no contract
    text = ("CABINET\n5.1 The Panel received the annual report of Tidemark Leisure Ltd, which "
            "operates the Council's four leisure centres under a lease running to 2031.\n")
    assert _rows(text, tmp_path) == []


# ------------ "Table 2: Providers recommended for appointment" over ranks and weighted scores

CHOSEN = """** Home Care and Community Support Framework 2027-2031: Award
Report to: Adult Social Care Cabinet Committee
1.1 Nineteen tenders were received; they were evaluated 60% quality and 40% price against the Council's hourly rate cap of £27.40.
Table 2: Providers recommended for appointment
|- Rank | Provider | Quality (60) | Price (40) | Total |
| 1 | Hearthstone Home Support Ltd | 52.8 | 36.1 | 88.9 |
| 2 | Meadowlark Care Services Ltd | 50.4 | 37.0 | 87.4 |
| 3 | Aldgrove Community Care CIC | 51.6 | 34.9 | 86.5 |
1.2 Packages will be offered to providers in rank order within each locality.
"""  # noqa: E501


def test_table_captioned_as_providers_recommended_for_appointment_read_as_bids(tmp_path):
    assert _pdf_rows(CHOSEN, tmp_path) == [
        ("Hearthstone Home Support Ltd", None), ("Meadowlark Care Services Ltd", None),
        ("Aldgrove Community Care CIC", None)]


def test_scored_table_of_tenders_received_still_bids(tmp_path):
    # the guard: the same table captioned as the tenders received lists bids, no contracts
    text = CHOSEN.replace("Providers recommended for appointment", "Tenders received")
    assert _pdf_rows(text, tmp_path) == []


# ------------ "Three providers under the current contracts, including X Ltd, did not tender"

AMONG_CURRENT = """CABINET COMMITTEE
2.2 Three providers under the current contracts, including Cressway Domiciliary Care Ltd, did not tender; their packages will transfer to framework providers from April 2027.
"""  # noqa: E501


def test_firm_named_among_the_current_contracts_providers_not_read(tmp_path):
    assert _rows(AMONG_CURRENT, tmp_path) == [("Cressway Domiciliary Care Ltd", None)]


def test_providers_of_new_contracts_including_a_firm_are_no_incumbents(tmp_path):
    # the guard: "the new contracts" names no contract in place
    text = AMONG_CURRENT.replace("current contracts", "new contracts")
    assert _rows(text, tmp_path) == []


# ------------ a label cell printed on the wrapped value's line: "awarded to Decision Made: X Ltd"

LABEL_ON_VALUE_LINE = """CABINET - DECISION SHEET
Issue details: Winter Service - Supply of De-icing Salt
Key Decision: Yes (Forward Plan ref. HCC/KD/2026/088) That the contract for the supply and delivery of de-icing rock salt be awarded to Decision Made: Saltmarsh Minerals Ltd for three years from 1 July 2027 at a total cost of £1,245,000.
"""  # noqa: E501


def test_label_beside_a_wrapped_decision_read_as_the_firm(tmp_path):
    assert _rows(LABEL_ON_VALUE_LINE, tmp_path) == [("Saltmarsh Minerals Ltd", 1_245_000.0)]


def test_firm_before_a_colon_keeps_its_name(tmp_path):
    # the guard: a firm's name with a legal form before a colon is the firm, not a label
    text = ("CABINET\n2.1 That the contract for the supply of rock salt be awarded to Saltmarsh "
            "Minerals Ltd: Northgate Salt Ltd came second at a total cost of £1,245,000.\n")
    assert _rows(text, tmp_path) == [("Saltmarsh Minerals Ltd", 1_245_000.0)]
