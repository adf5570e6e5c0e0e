"""Regression tests for the contract misses of held-out round 25's blind batches E-H: each
named after what was misread, on small papers in the layouts that showed it, with guards of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.contracts.stacked_columns import unstacked
from test_s25_limits_misc import MOST_GROWTH, _growth


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "The present contract with X ends ...": a losing bid of X does not price it
# (r25f portfolio holder decision record, r25f grounds maintenance lots)

PRESENT_CONTRACT = """PORTFOLIO HOLDER DECISION RECORD
Decision: To award the contract for the maintenance of the Council's CCTV network for three years from 1 July 2025 to Sentinel Vision Systems Ltd at a total price of £287,640.
2.1 The {holder} with Brightwatch Security Ltd ends on 30 June 2025 and cannot be extended further.
Supplier\tThree-year price\tScore
Sentinel Vision Systems Ltd\t£287,640\t88.5
Brightwatch Security Ltd\t£301,200\t79.0
Orbis Camera Services Ltd\t£266,910\t71.5
"""  # noqa: E501


def test_present_contract_is_not_priced_by_its_holders_losing_bid(tmp_path):
    rows = _rows(PRESENT_CONTRACT.format(holder="present contract"), tmp_path)
    assert sorted(rows, key=str) == sorted(
        [("Sentinel Vision Systems Ltd", 287_640.0), ("Brightwatch Security Ltd", None)], key=str)


def test_work_currently_delivered_under_a_contract_is_the_one_in_place(tmp_path):
    text = PRESENT_CONTRACT.format(holder="service is currently delivered under a contract")
    rows = _rows(text, tmp_path)
    assert ("Brightwatch Security Ltd", None) in rows
    assert ("Brightwatch Security Ltd", 301_200.0) not in rows


# ------------ an NEC4 award "with a target cost of £X" (r25g county cabinet)

NEC_TARGET_COST = """A518 HARROWBY BRIDGE REPLACEMENT - AWARD OF CONTRACT
1.1 That Cabinet awards the contract for the construction of the A518 Harrowby Bridge replacement to Tolland Marsh Civil Engineering Ltd under the NEC4 Engineering and Construction Contract Option C (target contract with activity schedule), with a target cost of £8,945,300.
4.1 Compensation events change the target cost; they are not new contracts.
"""  # noqa: E501


def test_nec_award_with_a_target_cost_is_priced_by_it(tmp_path):
    assert _rows(NEC_TARGET_COST, tmp_path) == [
        ("Tolland Marsh Civil Engineering Ltd", 8_945_300.0)]



# ------------ "a call-off from the <long-named> framework (RM6165) with X LLP" (r25g district)

LONG_FRAMEWORK_CALL_OFF = """REGENERATION AND ECONOMY COMMITTEE
1.1 That the Committee approves a call-off from the Crown Commercial Service Project Management and Full Design Team Services framework (RM6165) with Harcastle Project Partners LLP for client-side project management of the Riverside Quarter to March 2029, at a total cost of £196,750.
"""  # noqa: E501


def test_call_off_from_a_framework_of_any_name_length_is_a_contract(tmp_path):
    assert _rows(LONG_FRAMEWORK_CALL_OFF, tmp_path) == [
        ("Harcastle Project Partners LLP", 196_750.0)]


def test_a_phone_call_off_the_record_is_no_contract(tmp_path):
    # the guard: "call off" outside a call-off from a framework cues nothing
    text = ("1.2 Officers had a call off the record with Harcastle Project Partners LLP "
            "about fees of £196,750.\n")
    assert _rows(text, tmp_path) == []


# ------------ "a pre-construction services agreement ... be entered into with X Ltd", then the
# building contract with the same firm (r25g council-owned company board pack)

PCSA_MINUTE = """KIRKBY REGENERATION COMPANY BOARD
KRC.27.45 Foundry Wharf Phase 2: Pre-Construction Services Agreement
It was resolved that a pre-construction services agreement for Foundry Wharf Phase 2 be entered into with Haddow Pemberton Construction Ltd at a fee of £164,500.
"""  # noqa: E501

BUILDING_CONTRACT = """FOUNDRY WHARF PHASE 2 - AWARD OF CONTRACT
1.1 That the Board approves the award of the contract for the design and construction of Foundry Wharf Phase 2 to Haddow Pemberton Construction Ltd under the JCT Design and Build Contract 2024, for a contract sum of £21,386,750.
2.1 In November 2027 the Board entered into a pre-construction services agreement with Haddow Pemberton Construction Ltd (minute KRC.27.45).
"""  # noqa: E501


def test_agreement_entered_into_with_a_firm_names_its_provider(tmp_path):
    assert _rows(PCSA_MINUTE, tmp_path) == [("Haddow Pemberton Construction Ltd", 164_500.0)]


def test_pre_construction_agreement_and_building_contract_are_two(tmp_path):
    rows = _rows(PCSA_MINUTE + BUILDING_CONTRACT, tmp_path)
    assert sorted(rows, key=str) == [("Haddow Pemberton Construction Ltd", 164_500.0),
                                     ("Haddow Pemberton Construction Ltd", 21_386_750.0)]


def test_one_contract_priced_twice_stays_one(tmp_path):
    # the guard: two prices of one firm's contract, neither a pre-construction agreement, are
    # still read as one contract
    text = BUILDING_CONTRACT.replace(
        "2.1 In November 2027 the Board entered into a pre-construction services agreement "
        "with Haddow Pemberton Construction Ltd (minute KRC.27.45).",
        "2.1 Haddow Pemberton Construction Ltd will be paid monthly under the contract.")
    assert _rows(text, tmp_path) == [("Haddow Pemberton Construction Ltd", 21_386_750.0)]


# ------------ "awards Lot 1 (...) of the <name> Contract 2025-2030 to X Ltd" (r25f executive)

LOT_OF_DATED_CONTRACT = """GROUNDS MAINTENANCE AND TREE WORKS CONTRACT 2025-2030 - AWARD
1.1 That the Executive awards Lot 1 (grounds maintenance) of the Grounds Maintenance and Tree Works Contract 2025-2030 to Verdant Landscapes Ltd at £248,000 per annum, a total contract value of £1,240,000 over five years.
1.2 That the Executive awards Lot 2 (tree works) to Oakhurst Arboriculture Ltd at £86,500 per annum, a total contract value of £432,500 over five years.
"""  # noqa: E501


def test_lot_of_a_contract_named_with_its_years_is_let_to_its_firm(tmp_path):
    assert _rows(LOT_OF_DATED_CONTRACT, tmp_path) == [
        ("Verdant Landscapes Ltd", 1_240_000.0), ("Oakhurst Arboriculture Ltd", 432_500.0)]


# ------------ "approves the award of Lot 1, the monitoring of ..., to X Ltd ... at a whole-life
# value of £X" (r25h city cabinet, CCTV in two lots)

LOTS_IN_APPOSITION = """CABINET - 14 MARCH 2029
2.1 That Cabinet:
(a) approves the award of Lot 1, the monitoring of the public space CCTV system, to Sentinel Vantage Monitoring Ltd for five years from 1 July 2029 (three years with two optional extensions of one year), at a whole-life value of £2,184,000;
(b) approves the award of Lot 2, the maintenance of the CCTV cameras and network, to Halcyon Fire and Security Ltd for five years from 1 July 2029 at a whole-life value of £396,500; and
(c) delegates to the Director the decision whether to take up each extension.
"""  # noqa: E501


def test_lots_named_in_apposition_are_let_at_their_whole_life_values(tmp_path):
    assert _rows(LOTS_IN_APPOSITION, tmp_path) == [
        ("Sentinel Vantage Monitoring Ltd", 2_184_000.0),
        ("Halcyon Fire and Security Ltd", 396_500.0)]


# ------------ "... from X Ltd under a four-year contract with an option to extend by one year.
# The Cabinet Member ... took the decision ... to use the extension, ..., at a value of £X"
# (r25h county website report page, mortuary contract extension)

EXTENSION_TAKEN = """CORONER SERVICES ANNUAL REPORT
Since April 2025 the Council has bought body storage and mortuary facilities from Ravensfield Funeral Care Ltd under a four-year contract{option}. The Cabinet Member took the decision on 19 October 2028 to use the extension, from 1 April 2029 to 31 March 2030, at a value of £418,000 for the year.
"""  # noqa: E501


def test_contract_with_an_option_to_extend_names_its_holder(tmp_path):
    text = EXTENSION_TAKEN.format(option=" with an option to extend by one year")
    assert [r[0] for r in _rows(text, tmp_path)] == ["Ravensfield Funeral Care Ltd"]


def test_extension_taken_up_at_a_sum_prices_the_contract_named_before(tmp_path):
    text = EXTENSION_TAKEN.format(option="")
    assert _rows(text, tmp_path) == [("Ravensfield Funeral Care Ltd", 418_000.0)]


def test_contract_with_another_party_is_still_no_councils(tmp_path):
    # the guard: a firm's contract "with" a named party other than the council holds none
    text = ("Harbour Homes Ltd provides affordable housing under a contract with Homes "
            "England.\n")
    assert "Harbour Homes Ltd" not in [provider for provider, _ in _rows(text, tmp_path)]


# ------------ "23 contracts of £25,000 to £100,000 were awarded ..., with a total value of
# £1.28 million" (r25e procurement committee text pack)

COUNTED_TOTAL = """CONTRACTS AWARDED UNDER DELEGATED AUTHORITY
3.2 In addition, {count} of £25,000 to £100,000 were awarded by officers in the quarter, with a total value of £1.28 million. These are published in the contracts register.
"""  # noqa: E501


def test_total_of_a_counted_set_of_contracts_is_no_contract(tmp_path):
    assert _rows(COUNTED_TOTAL.format(count="23 contracts"), tmp_path) == []


def test_total_of_one_contract_is_still_read(tmp_path):
    # the guard: the same sum said of one contract is still that contract's value
    rows = _rows(COUNTED_TOTAL.format(count="one contract"), tmp_path)
    assert rows == [(None, 1_280_000.0)]


# ------------ a text table printing each contract over two lines, "Provider" over "Total value"
# in one column (r25e procurement committee text pack)

STACKED_TABLE = """CONTRACTS AWARDED UNDER DELEGATED AUTHORITY

3.   CONTRACTS AWARDED

Ref          Contract title                                      Provider
             Start / term                                        {value_name}
-----------  --------------------------------------------------  ----------------------------------
DA/27/041    Supply of library stock (books and e-books)         Peverell Books Ltd
             1 November 2027, 3 years                            £412,000

DA/27/044    Tree surgery (call-off, Eastern Arboriculture       Rowan & Hale Arboriculture Ltd
             Framework Lot 2)
             14 November 2027, 2 years                           £186,750

DA/27/047    Corporate telephony and contact centre platform     Cobaltline Telecoms Ltd
             1 December 2027, 4 years + 1                        £298,400
-----------  --------------------------------------------------  ----------------------------------
"""


def test_provider_over_value_in_one_column_is_read_as_two(tmp_path):
    assert _rows(STACKED_TABLE.format(value_name="Total value"), tmp_path) == [
        ("Peverell Books Ltd", 412_000.0), ("Rowan & Hale Arboriculture Ltd", 186_750.0),
        ("Cobaltline Telecoms Ltd", 298_400.0)]


def test_provider_over_another_name_is_not_parted(tmp_path):
    # the guard: a column naming the provider over no value keeps its cells whole
    rows = _rows(STACKED_TABLE.format(value_name="Contact"), tmp_path)
    assert ("Peverell Books Ltd", 412_000.0) not in rows


# ------------ "The ... works are being carried out by X Ltd. A variation of £118,400 ... was
# agreed": the contract in place, the variation no contract (r25g district committee pack)

VARIED = """LEVELLING UP FUND HIGHLIGHT REPORT
5.1 The Wharf Road public realm works are being carried out by Ingleby Surfacing Ltd. {next} of £118,400 for additional drainage was agreed in February 2028 under the Director's delegated authority and is met from the project contingency.
"""  # noqa: E501


def test_firm_whose_works_are_varied_holds_the_contract_in_place(tmp_path):
    assert _rows(VARIED.format(next="A variation"), tmp_path) == [
        ("Ingleby Surfacing Ltd", None)]


def test_firm_doing_works_without_a_variation_is_not_read(tmp_path):
    # the guard: works done by a firm, said alone, name no contract by this rule
    assert _rows(VARIED.format(next="A grant"), tmp_path) == []


# ------------ the new patterns are linear in a run of spaces


def test_regression_agreement_entered_into_is_linear_in_a_run_of_spaces() -> None:
    # what the agreement is for was tried from each space of a run (6 s on 1,000 spaces)
    def paragraph(spaces: int) -> object:
        text = "The Council will place the contracts for" + " " * spaces + "x."
        return sentence_drafts([(1, text)], None)

    assert _growth(paragraph, 100) < MOST_GROWTH


def test_regression_stacked_cell_is_linear_in_a_run_of_spaces() -> None:
    def table(spaces: int) -> object:
        return unstacked([["Ref", "Provider Total value"], ["1", "x" + " " * spaces + "y"]])

    assert _growth(table, 100) < MOST_GROWTH
