"""Regression tests for the contract misses of held-out round 20's blind batches: each named
after the bug, on small papers in the layouts that showed it, with guards of the general rule
that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered, scored_risks


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ thousands grouped by (thin) spaces: "£1 846 000", a lot table's "14 862 500"

THIN_SPACE_AWARD = """CABINET
Report title: Supported Bus Services Contract
2.2 In October 2027 Cabinet awarded the supported bus services contract for routes 12, 14 and 31 to Coachway Travel Ltd at a value of £1\u2009846\u2009000 over three years.
"""  # noqa: E501


def test_thin_space_thousands_read_as_one_pound(tmp_path):
    assert _rows(THIN_SPACE_AWARD, tmp_path) == [("Coachway Travel Ltd", 1_846_000.0)]


def test_a_figure_after_a_whole_sum_is_no_group_of_it(tmp_path):
    # "£1 8460" is no space-grouped figure: the groups after the first are of three digits
    odd = THIN_SPACE_AWARD.replace("£1\u2009846\u2009000", "£1\u20098460")
    assert _rows(odd, tmp_path) == [("Coachway Travel Ltd", 1.0)]


LOT_TABLE = """%% ligatures
## Borough Council
** Housing Repairs Contracts 2028-2033: Award
Report to: Cabinet
1.1 That Cabinet awards the three housing repairs contracts to the contractors named in Table 1 for five years from 1st April 2028, at a total estimated value of £25\u2009021\u2009250[^1].
1.2 That Cabinet notes that the current repairs contract with Brackley Estates Maintenance Ltd will end on 31st March 2028.
2.2 The recommended contractors offered the most economically advantageous tenders for their lots:
|# Lot | Description | Recommended contractor | Estimated value (£)[^1] |
| 1 | Responsive repairs and void works | Ashby Property Care Ltd | 14\u2009862\u2009500 |
| 2 | Planned kitchens and bathrooms | Cobham Building Services Ltd | 6\u2009240\u2009000 |
| 3 | Gas servicing and heating repairs | Dunmore Heating Ltd | 3\u2009918\u2009750 |
|   | Total | | 25\u2009021\u2009250 |
[^1]: Estimated total value over the initial five-year term, excluding VAT.
"""  # noqa: E501


def test_space_grouped_lot_values_and_their_total_misread(tmp_path):
    # each lot's value read whole; the recommendation's total adds them up, no row of its own
    assert _pdf_rows(LOT_TABLE, tmp_path) == [
        ("Ashby Property Care Ltd", 14_862_500.0), ("Cobham Building Services Ltd", 6_240_000.0),
        ("Dunmore Heating Ltd", 3_918_750.0), ("Brackley Estates Maintenance Ltd", None)]


# ------------ "the award of the engineering, procurement and construction contract ... to X"

EPC_AWARD = """CABINET
Report title: Solar Farm Construction Contract
2.1 That Cabinet approves the award of the engineering, procurement and construction contract for Parc Solar Hendre to Glaslyn Renewables Construction Ltd at a contract sum of £7,842,650.
3.2 Planning permission was granted on 14th July 2026 and the grid connection offer from the distribution network operator was accepted in September 2026 at a cost of £612,000, paid from the capital programme and not part of this contract.
"""  # noqa: E501


def test_contract_named_by_a_list_of_words_lost_its_firm(tmp_path):
    assert _rows(EPC_AWARD.split("3.2")[0], tmp_path) == [
        ("Glaslyn Renewables Construction Ltd", 7_842_650.0)]


def test_sum_said_to_be_no_part_of_the_contract_read_as_a_contract(tmp_path):
    assert _rows(EPC_AWARD, tmp_path) == [("Glaslyn Renewables Construction Ltd", 7_842_650.0)]


def test_sum_said_to_be_part_of_the_contract_still_read(tmp_path):
    # the guard: the same sum said to be the contract's is a value row as before
    inside = EPC_AWARD.replace("and not part of this contract", "as part of this contract")
    assert _rows(inside, tmp_path) == [
        ("Glaslyn Renewables Construction Ltd", 7_842_650.0), (None, 612_000.0)]


# ------------ the contract in place: "insurance with X expires", "supplied and maintained by X
# under a contract"

INSURANCE_RENEWAL = """TOWN COUNCIL
Report title: Insurance Renewal 2027-2030
1. The Council's insurance with Harbourside Mutual Insurance expires on 31 May 2027. The Clerk invited quotations for the Council's cover on a three-year long-term agreement.
Recommendation
That the Council accepts the quotation of Bellmead Parish Insure and enters into a three-year long-term agreement from 1 June 2027 at an annual premium of £4,312.60.
"""  # noqa: E501


def test_insurance_held_with_an_insurer_read_as_no_contract(tmp_path):
    assert _rows(INSURANCE_RENEWAL, tmp_path) == [
        ("Harbourside Mutual Insurance", None), ("Bellmead Parish Insure", 4_312.60)]


def test_insurance_bought_from_no_one_named_is_no_contract(tmp_path):
    # the guard: "insurance with effect from" names no insurer
    no_insurer = INSURANCE_RENEWAL.replace(
        "The Council's insurance with Harbourside Mutual Insurance expires on 31 May 2027.",
        "The Council's insurance with effect from 1 June 2027 was discussed.")
    assert _rows(no_insurer, tmp_path) == [("Bellmead Parish Insure", 4_312.60)]


BREATHING_APPARATUS = """DECISION NOTICE
Title: Breathing Apparatus Contract Award
Decision
I approve the award of a contract for the supply and maintenance of 310 breathing apparatus sets to Carrow Respiratory Systems Ltd for a period of eight years at a total value of £3,186,520.
1.1 Breathing apparatus is critical firefighter safety equipment. The current sets are supplied and maintained by Eastbridge Safety Products Ltd under a contract that ends on 30th September 2027.
"""  # noqa: E501


def test_firm_supplying_and_maintaining_under_a_contract_lost(tmp_path):
    assert _rows(BREATHING_APPARATUS, tmp_path) == [
        ("Carrow Respiratory Systems Ltd", 3_186_520.0), ("Eastbridge Safety Products Ltd", None)]


# ------------ "X be appointed as internal auditor ... at a fee of £1,150 a year"

INTERNAL_AUDITOR = """TOWN COUNCIL FINANCE AND GENERAL PURPOSES COMMITTEE
Minute 15. Internal audit 2027/28
The Clerk reported that the Council's internal auditor is retiring. Quotations had been obtained from two independent internal auditors.
RESOLVED that Tallyman Audit Services be appointed as internal auditor for 2027/28 and 2028/29 at a fee of £1,150 a year.
"""  # noqa: E501


def test_firm_appointed_as_internal_auditor_for_a_fee_read_as_no_contract(tmp_path):
    assert _rows(INTERNAL_AUDITOR, tmp_path) == [("Tallyman Audit Services", 1_150.0)]


def test_person_appointed_as_internal_auditor_is_no_contract(tmp_path):
    # the guard: a person holds the post, not a firm a contract
    person = INTERNAL_AUDITOR.replace("Tallyman Audit Services", "Mrs G Halsey")
    assert _rows(person, tmp_path) == []


# ------------ a refused waiver request in prose: what it asked for was not let

REFUSED_WAIVER = """AUDIT AND GOVERNANCE COMMITTEE
Report title: Contract Procedure Rules - Exemptions and Waivers
3.2 One waiver request was refused: a request from Regeneration to extend the town centre events contract with Lantern Events Ltd (£58,000) without competition. The service has since run a request for quotation.
"""  # noqa: E501


def test_refused_waiver_request_read_as_a_contract(tmp_path):
    assert _rows(REFUSED_WAIVER, tmp_path) == []


def test_approved_waiver_request_still_names_its_contract(tmp_path):
    # the guard: the same request, approved, names the contract with its firm
    approved = REFUSED_WAIVER.replace("was refused", "was approved")
    assert _rows(approved, tmp_path) == [("Lantern Events Ltd", None)]


# ------------ "at a management fee payable by the Council of £X"

LEISURE_AWARD = """CABINET
Report title: Leisure Management Contract
1.1 That Cabinet:
(i) award the contract for the management of Thornleigh Leisure Centre to Ravensworth Community Leisure Trust for ten years from 1 June 2027 at a management fee payable by the Council of £4,150,000 over the term;
2.1 The current contract with Hollins Leisure Ltd expires on 31 May 2027.
"""  # noqa: E501


def test_management_fee_payable_by_the_council_lost_its_value(tmp_path):
    assert _rows(LEISURE_AWARD, tmp_path) == [
        ("Ravensworth Community Leisure Trust", 4_150_000.0), ("Hollins Leisure Ltd", None)]


def test_management_fee_of_a_procurement_strategy_is_no_contract(tmp_path):
    # the guard: a fee estimated for a contract still to be procured names no firm, no row
    strategy = """CABINET
Report title: Leisure Centres Management Contract: Procurement Strategy
1. That the Cabinet approve the procurement strategy outlined in this report for a leisure centres management contract for a period of ten years from 1 August 2029, with an option to extend for up to five years, at an estimated annual management fee of up to £1,400,000.
"""  # noqa: E501
    assert _rows(strategy, tmp_path) == []


# ------------ agreements with firms: "a sleeving agreement with X Ltd", ", with an estimated
# value of £31.4 million" after the agreement's firm and what it supplies

POWER_PURCHASE = """CABINET
Report title: Corporate Power Purchase Agreement
2. Recommendations
That Cabinet:
2.1 approves entering into a fifteen-year power purchase agreement with Scarfell Wind Energy Ltd for the supply of renewable electricity from Scarfell Wind Farm from 1 April 2028, with an estimated value of £31.4 million over its term;
2.2 approves a sleeving agreement with Indigo Energy Supply Ltd, the Council's electricity supplier, at an annual charge of £42,000; and
2.3 delegates authority to the Director of Resources to finalise the agreements.
"""  # noqa: E501


def test_agreements_with_firms_lost_a_firm_and_a_value(tmp_path):
    assert _rows(POWER_PURCHASE, tmp_path) == [
        ("Scarfell Wind Energy Ltd", 31_400_000.0), ("Indigo Energy Supply Ltd", 42_000.0)]


def test_agreement_with_a_partner_without_legal_form_is_no_contract(tmp_path):
    # the guard: a council agrees with its partners too (no legal form, no firm)
    partner = "CABINET\nReport title: Partnership\n2.1 approves a data sharing agreement with Eastshire County Council.\n"  # noqa: E501
    assert _rows(partner, tmp_path) == []


# ------------ "Brightwell Care at Home Ltd"; "contracts with A Ltd (North) and B Ltd (South)"

HOME_CARE = """CABINET
Report title: Community Home Support Services Contract Award
1.1 Cabinet is asked to:
a) award the contract for Community Home Support Services in the North zone to Brightside Care at Home Ltd for four years from 1 April 2028 at an estimated value of £21,600,000;
2.1 The Council buys about 24,000 hours of home support a week. The current zoned contracts with Ashcombe Community Care Ltd (North) and Hawthorn Homecare Ltd (South) end on 31 March 2028 and cannot be extended further.
"""  # noqa: E501


def test_firm_named_care_at_home_cut_at_at(tmp_path):
    assert _rows(HOME_CARE.split("2.1")[0], tmp_path) == [
        ("Brightside Care at Home Ltd", 21_600_000.0)]


def test_award_to_a_firm_at_a_place_keeps_the_place_out_of_the_name(tmp_path):
    # the guard: "at" joins a name only before one word and the legal form
    at_place = HOME_CARE.split("2.1")[0].replace(
        "to Brightside Care at Home Ltd for", "to Brightside Care Ltd at Home Farm for")
    assert _rows(at_place, tmp_path) == [("Brightside Care Ltd", 21_600_000.0)]


def test_second_firm_of_a_list_with_areas_in_brackets_lost(tmp_path):
    assert _rows(HOME_CARE, tmp_path) == [
        ("Brightside Care at Home Ltd", 21_600_000.0), ("Ashcombe Community Care Ltd", None),
        ("Hawthorn Homecare Ltd", None)]


# ------------ a register heading its factors' letters with their scale: "L (1-4) | I (1-4)"

CLIMATE_REGISTER = """Climate Risk Register 2027
Type\tRef\tRisk description\tL (1-4)\tI (1-4)\tScore\tRating\tRisk owner
Physical\tCCR01\tSurface water flooding of the depot closes services\t3\t4\t12\tHigh\tHead of Operations
Physical\tCCR02\tExtreme heat harms tenants in sheltered housing\t3\t3\t9\tMedium\tHead of Housing
Transition\tCCR03\tCost of decarbonising the leisure centres exceeds grant\t4\t4\t16\tHigh\tDirector of Resources
"""  # noqa: E501


def test_factor_letters_with_their_scale_lost_likelihood_and_impact(tmp_path):
    assert scored_risks(CLIMATE_REGISTER, tmp_path) == [
        ("CCR01", 3, 4, 12), ("CCR02", 3, 3, 9), ("CCR03", 4, 4, 16)]
