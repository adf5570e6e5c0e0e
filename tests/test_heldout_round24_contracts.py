"""Regression tests for the contract misses of held-out round 24's blind batches: each named
after what was misread, on small papers in the layouts that showed it, with guards of the
general rule that fixed it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import html_page, rendered, source_lines
from kcc_papers.extract.contracts import provider_phrasings
from kcc_papers.extract.contracts.text_columns import column_order
from kcc_papers.load.model import Line
from kcc_papers.load.text import split_pages
from test_s25_limits_misc import MOST_GROWTH, _growth


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "the contract price is £448,000 below this allocation" (r24b fire authority)

BELOW_ALLOCATION = """REPLACEMENT OF FIRE APPLIANCES - AWARD OF CONTRACT
1.1 That the Authority awards a contract for the supply of 14 type B rescue pumps to Caledon Emergency Vehicles Ltd, through the national fire appliance framework, at a total price of £5,572,000.
3.1 The capital programme includes £6,020,000 for appliance replacement; the contract price is £448,000 below this allocation.
"""  # noqa: E501


def test_sum_compared_with_an_allocation_is_no_contract_value(tmp_path):
    assert _rows(BELOW_ALLOCATION, tmp_path) == [("Caledon Emergency Vehicles Ltd", 5_572_000.0)]


def test_contract_price_not_compared_is_still_read(tmp_path):
    # the guard: the price said alone is the award's (the paper's one contract)
    text = BELOW_ALLOCATION.replace(
        "at a total price of £5,572,000.", "as set out below.").replace(
        "£448,000 below this allocation", "£5,572,000, within this allocation")
    assert _rows(text, tmp_path) == [("Caledon Emergency Vehicles Ltd", 5_572_000.0)]


# ------------ "the Council's insurance programme ... be placed with Mercia Mutual Insurance plc"

INSURANCE_PLACED = """MINUTES OF THE POLICY AND RESOURCES COMMITTEE
P&R.37 Provision of Insurance Services
It was RESOLVED that the Council's insurance programme from 1 October 2028 be placed with Mercia Mutual Insurance plc for three years at an annual premium of £1,126,000.
"""  # noqa: E501


def test_insurance_placed_with_an_insurer_is_a_contract_let(tmp_path):
    assert _rows(INSURANCE_PLACED, tmp_path) == [("Mercia Mutual Insurance plc", 1_126_000.0)]


def test_money_placed_with_a_bank_is_no_contract(tmp_path):
    # the guard: only insurance is placed with the party it is let to; a deposit is money lent
    text = INSURANCE_PLACED.replace(
        "the Council's insurance programme from 1 October 2028",
        "£5m of the Council's surplus cash").replace(
        "Mercia Mutual Insurance plc for three years at an annual premium of £1,126,000",
        "Lloyds Bank plc for 95 days")
    assert _rows(text, tmp_path) == []


# ------------ a newsletter's two columns side by side in a text export (r24b district pack)

NEWSLETTER = """MEMBERS' BRIEFING - AUTUMN 2028
Report of: Chief Executive

   NEWS IN BRIEF                          DATES FOR YOUR DIARY

   New grounds maintenance contract.      14 November - Planning training
   Verdant Landscapes Ltd took over the   for all members, 6.00 pm.
   grounds maintenance of our parks and
   open spaces on 1st October under a     28 November - Budget briefing
   five-year contract worth £2,480,000.   with the Director of Resources.
   The crews will cut 212 hectares of
   grass and look after 31 play areas.    5 December - Executive.
"""


def test_text_columns_side_by_side_read_one_after_the_other(tmp_path):
    assert _rows(NEWSLETTER, tmp_path) == [("Verdant Landscapes Ltd", 2_480_000.0)]


def _placed(text: str) -> list[str]:
    (page,) = split_pages(text)
    flat: list[tuple[int, int, Line]] = [(1, i, line) for i, line in enumerate(page.lines)]
    return [said for _, _, said in column_order(flat)]


def test_text_columns_left_then_right():
    said = _placed(NEWSLETTER)
    assert said.index("five-year contract worth £2,480,000.") < said.index(
        "14 November - Planning training")


def test_text_table_set_out_in_spaces_keeps_its_rows():
    # the guard: a table's rows part their cells by wide gaps, so its first column is no prose
    table = ("Contractor                      Quotation (ex VAT)   Warranty\n"
             "Marsh Heating Services Ltd               £12,480     10 years\n"
             "Kelsham Plumbing and Gas Ltd             £11,960      5 years\n"
             "Thermacore Building Services             £14,200     10 years\n")
    assert _placed(table) == [" ".join(line.split()) for line in table.splitlines()]


# ------------ "X Ltd under its contract", "bought in from X Ltd under a call-off contract"

UNDER_CONTRACT = """REPORT TO THE AUDIT AND GOVERNANCE COMMITTEE
3.1 Average investments of £96.4m earned 4.71%. The Council's treasury adviser remains Kestrel Treasury Advisers Ltd under its contract to March 2029.
2.2 The service is provided in house, with specialist IT audit bought in from Calder Ridge Assurance Ltd under a call-off contract awarded in 2026.
2.3 Chassis maintenance will continue to be carried out by Mercia Truck Services Ltd under the Authority's existing maintenance contract, which runs to March 2030.
"""  # noqa: E501


def test_firm_acting_under_a_contract_holds_it(tmp_path):
    assert _rows(UNDER_CONTRACT, tmp_path) == [("Kestrel Treasury Advisers Ltd", None),
                                               ("Calder Ridge Assurance Ltd", None),
                                               ("Mercia Truck Services Ltd", None)]


def test_firm_under_a_contract_with_another_party_holds_none_of_the_councils(tmp_path):
    # the guard: a firm working under another body's contract holds none of the council's
    # (the other party is read as "a contract with X" names it, as before)
    text = ("REPORT TO CABINET\n2.1 The new homes are being built by Harbour Homes Ltd under a "
            "contract with Homes England.\n")
    assert "Harbour Homes Ltd" not in [provider for provider, _ in _rows(text, tmp_path)]


def test_person_under_a_contract_is_no_firm(tmp_path):
    # the guard: a name with no legal form (a person, a team) holds no contract by this rule
    text = ("REPORT TO CABINET\n2.1 The interim Director, Mrs Jane Ashworth, was engaged under "
            "a fixed-term contract in 2027.\n")
    assert _rows(text, tmp_path) == []


# ------------ "the community transport service (Redcastle Community Transport Ltd, since April ..."

BRACKETED_HOLDERS = """COMMISSIONED COMMUNITY SERVICES PERFORMANCE
2.1 The Council commissions three community services under contracts let through its Contract Procedure Rules: the independent advice service (see item 4 for its extension), the community transport service (Redcastle Community Transport Ltd, since April 2025) and the social prescribing service (Wellfield Connect Ltd, since April 2026).
"""  # noqa: E501


def test_firm_in_brackets_with_the_date_it_has_held_a_service_since(tmp_path):
    assert _rows(BRACKETED_HOLDERS, tmp_path) == [("Redcastle Community Transport Ltd", None),
                                                  ("Wellfield Connect Ltd", None)]


def test_firm_in_brackets_without_a_date_held_since_is_not_read(tmp_path):
    # the guard: a firm merely named in brackets (a partner, an example) holds nothing by it
    text = BRACKETED_HOLDERS.replace(", since April 2025", "").replace(", since April 2026", "")
    assert _rows(text, tmp_path) == []


# ------------ "be awarded to X Ltd for four years from 1 October 2027 for a total of £436,800"

FOR_A_TOTAL = """MINUTES OF THE COMMUNITIES AND NEIGHBOURHOODS COMMITTEE
CN 20 Cemeteries Grounds Maintenance Contract
RESOLVED that the cemeteries grounds maintenance contract be awarded to Hedgerow Amenity Services Ltd for four years from 1 October 2027 for a total of £436,800.
"""  # noqa: E501


def test_award_for_a_total_of_far_from_its_firm(tmp_path):
    assert _rows(FOR_A_TOTAL, tmp_path) == [("Hedgerow Amenity Services Ltd", 436_800.0)]


def test_for_a_total_of_in_a_sentence_that_lets_nothing(tmp_path):
    # the guard: the sum of a contract in place, said so, is no price of an award
    text = FOR_A_TOTAL.replace("be awarded to", "has been held since 2023 by")
    assert _rows(text, tmp_path) == []


# ------------ "the call-off ... of a contract for the refurbishment of X to Hollins & Crake"

CALL_OFF_TO = """REPORT TO THE COMMERCIAL AND PROCUREMENT SUB-COMMITTEE
1.2 That the Sub-Committee approves the call-off from the Yorkshire and Humber Construction Framework (Lot 3, minor works) of a contract for the refurbishment of Beverstone Library to Hollins & Crake Building Ltd at a value of £1,348,200.
"""  # noqa: E501


def test_call_off_to_a_firm(tmp_path):
    assert _rows(CALL_OFF_TO, tmp_path) == [("Hollins & Crake Building Ltd", 1_348_200.0)]


def test_call_off_to_a_place_names_no_firm(tmp_path):
    # the guard: the firm a call-off is to has a legal form; the place it is for names none
    text = CALL_OFF_TO.replace(" to Hollins & Crake Building Ltd", "")
    assert _rows(text, tmp_path) == [(None, 1_348_200.0)]


# ------------ a concession: its estimated value, the fee trap, the present concession

CONCESSION = """<html><body><h1>Aldermere Park Lakeside Concession 2028-2038</h1>
<p>Decision:</p>
<p>(1) awards the concession contract to operate the Aldermere Park lakeside café, boat hire and play kiosk to Wharfside Hospitality Ltd for ten years from 1 March 2028, the estimated value of the concession contract being £6,240,000;</p>
<p>(2) notes that Wharfside Hospitality Ltd will pay the Council a guaranteed concession fee of £58,000 a year.</p>
<p>Alternative options considered: Extending the present concession with Bellbrook Catering Ltd, which ends on 28 February 2028, was rejected: the concession has no further extension option and its fee of £31,500 a year is well below the market.</p>
</body></html>"""  # noqa: E501


def test_concession_value_and_present_concession(tmp_path):
    assert _html_rows(CONCESSION, tmp_path) == [("Wharfside Hospitality Ltd", 6_240_000.0),
                                                ("Bellbrook Catering Ltd", None)]


def test_value_of_the_existing_contract_is_not_the_awards(tmp_path):
    # the guard: the value of a contract in place is no value of the one let
    html = CONCESSION.replace("estimated value of the concession contract being",
                              "value of the existing concession contract being")
    assert _html_rows(html, tmp_path)[0] == ("Wharfside Hospitality Ltd", None)


# ------------ an extension and a variation "at a combined cost of £1,380,500"

COMBINED = """REQUEST FOR DECISION
Title: Custody Healthcare and Forensic Medical Services - Extension and Variation of Contract
3.1 The extension and this variation together come to £1,380,500 (22.4% of the original value).
DECISION OF THE POLICE AND CRIME COMMISSIONER
I approve the extension of the contract for custody healthcare and forensic medical services with Medaxis Forensic Healthcare Ltd for twelve months from 1 April 2028, and the variation adding paediatric forensic examinations at the SARC, at a combined cost of £1,380,500.
"""  # noqa: E501


def test_extension_and_variation_at_a_combined_cost(tmp_path):
    assert _rows(COMBINED, tmp_path) == [("Medaxis Forensic Healthcare Ltd", 1_380_500.0)]


# ------------ a social value table beside the awards (r24e unitary cabinet)

SOCIAL_VALUE = source_lines(
    "## HALLAMBY COUNCIL",
    "** CABINET - HOME TO SCHOOL AND SUPPORTED BUS CONTRACTS - AWARD",
    "** 6. Social value commitments",
    "6.1 The figures below are the suppliers' own valuations of their commitments over five "
    "years; they are not payments by the Council.",
    "|- Supplier | Main commitments | Social value over 5 years (£) |",
    "| Brightways Coaches Ltd | 6 apprenticeships; local recruitment of drivers | 412,600 |",
    "| Marlow & Finch Travel Ltd | 4 apprenticeships; driver training academy | 366,900 |",
)


def test_social_value_column_is_no_contract_value(tmp_path):
    assert _pdf_rows(SOCIAL_VALUE, tmp_path) == []


def test_contract_value_column_beside_commitments_is_read(tmp_path):
    # the guard: the same table priced by the contracts' value is a contract table
    source = SOCIAL_VALUE.replace("Social value over 5 years (£)", "Contract value (£)")
    assert _pdf_rows(source, tmp_path) == [("Brightways Coaches Ltd", 412_600.0),
                                           ("Marlow & Finch Travel Ltd", 366_900.0)]


# ------------ "the quotation of Lea Valley Electrical Ltd, £7,850 plus VAT, be accepted"

QUOTATION_COMMAS = """MINUTES OF THE FINANCE COMMITTEE
F28/50 CHRISTMAS LIGHTS
Two quotations had been received for installing and removing the Christmas lights. RESOLVED that the quotation of Lea Valley Electrical Ltd, £7,850 plus VAT, be accepted.
"""  # noqa: E501


def test_accepted_quotation_priced_between_commas(tmp_path):
    assert _rows(QUOTATION_COMMAS, tmp_path) == [("Lea Valley Electrical Ltd", 7_850.0)]


def test_quotation_priced_between_commas_not_accepted_is_no_contract(tmp_path):
    # the guard: a quotation named with its price but not accepted lets nothing
    text = QUOTATION_COMMAS.replace("RESOLVED that the", "The").replace(
        "be accepted.", "was the lower.")
    assert _rows(text, tmp_path) == []


# ------------ "the quotation of X Ltd of GBP 11,940 a year (GBP 35,820 over the three years)"

GBP_QUOTATIONS = """MINUTES OF THE TOWN COUNCIL
RESOLVED to accept the quotation from Lumenfest Displays Ltd of GBP 8,640 for the hire, installation and removal of the Christmas lights.
RECOMMENDATION That the Council accepts the quotation of Greenacre Grounds Care Ltd of GBP 11,940 a year (GBP 35,820 over the three years) for grounds maintenance from 1 May 2028 to 30 April 2031.
"""  # noqa: E501


def test_gbp_quotations_name_the_firm_and_the_whole_terms_price(tmp_path):
    assert _rows(GBP_QUOTATIONS, tmp_path) == [("Lumenfest Displays Ltd", 8_640.0),
                                               ("Greenacre Grounds Care Ltd", 35_820.0)]


def test_yearly_price_with_a_sum_of_no_whole_years_keeps_the_years(tmp_path):
    # the guard: a bracketed sum no whole number of years' prices is something else
    text = ("MINUTES OF THE TOWN COUNCIL\nRESOLVED to accept the quotation of Safeplay Ltd of "
            "£1,200 a year (£3,700 over three years).\n")
    assert _rows(text, tmp_path) == [("Safeplay Ltd", 1_200.0)]


# ------------ "the award of the contract ... to the Tri-Force Audit Consortium, the shared service"

SHARED_SERVICE_AWARD = """REPORT TO THE JOINT AUDIT COMMITTEE
2.1 That the Joint Audit Committee endorses the award of the contract for internal audit services for 1 April 2028 to 31 March 2033 to the Tri-Force Audit Consortium, the shared internal audit service hosted by Calderbrook Constabulary.
5.1 The Tri-Force Audit Consortium will provide 310 audit days a year for a fixed fee of £228,000 per annum, a total contract value of £1,140,000 over five years.
"""  # noqa: E501


def test_contract_let_to_a_shared_service_named_with_the(tmp_path):
    assert _rows(SHARED_SERVICE_AWARD, tmp_path) == [("Tri-Force Audit Consortium", 1_140_000.0)]


def test_award_to_the_councils_own_body_names_no_party(tmp_path):
    # the guard: a body of the paper's own ("the Audit Committee") is no body's name it lets to
    # (the value sentence's sum stays a row of its own, under the paper's title)
    text = SHARED_SERVICE_AWARD.replace("Tri-Force Audit Consortium", "Audit Committee")
    assert _rows(text, tmp_path) == [(None, 1_140_000.0)]


# ------------ "the internal audit shared service agreement with Glenorrin Council be extended"

AGREEMENT_EXTENDED = """INTERNAL AUDIT SHARED SERVICE
1.1 It is recommended that the Committee recommends to the Policy and Resources Committee that the internal audit shared service agreement with Glenorrin Council be extended for three years from 1 April 2029 at a total cost of £1,260,000.
"""  # noqa: E501


def test_agreement_with_a_council_extended_names_its_provider(tmp_path):
    assert _rows(AGREEMENT_EXTENDED, tmp_path) == [("Glenorrin Council", 1_260_000.0)]


def test_statutory_agreement_extended_names_no_provider(tmp_path):
    # the guard: a section 75 agreement pools budgets between public bodies, no contract let
    text = AGREEMENT_EXTENDED.replace("internal audit shared service agreement",
                                      "section 75 agreement").replace(
        "Glenorrin Council", "NHS Glenorrin")
    assert _rows(text, tmp_path) == []


# ------------ an amended web notice: "<del>£42,800,000</del> <ins>£48,200,000</ins>"

AMENDED = html_page(
    "<h2>3. Council Housing Responsive Repairs and Voids Contract 2028-2033: Award</h2>",
    "<p>That the contract for responsive repairs be awarded to Kingsgate Property Services Ltd "
    "for five years from 1 April 2028 at a total value of <del>£42,800,000</del> "
    "<ins>£48,200,000</ins>, with an option to extend for up to two further years.</p>",
)


def test_struck_out_value_of_an_amended_page_is_not_read(tmp_path):
    assert _html_rows(AMENDED, tmp_path) == [("Kingsgate Property Services Ltd", 48_200_000.0)]


def test_amended_page_value_unmarked_is_read_as_printed(tmp_path):
    # the guard: without the markup the first sum is the one read (the page says both)
    html = AMENDED.replace("<del>", "").replace("</del>", "").replace("<ins>", "").replace(
        "</ins>", "")
    assert _html_rows(html, tmp_path) == [("Kingsgate Property Services Ltd", 42_800_000.0)]


# ------------ the new patterns stay linear on what a bad text layer repeats

@pytest.mark.parametrize("pattern", [p for p, _ in provider_phrasings.MORE_PROVIDER_PATTERNS
                                     + provider_phrasings.MORE_PROSE_PATTERNS])
@pytest.mark.parametrize("unit", ["A", " ", "Aa Ltd "])
def test_regression_new_provider_patterns_are_linear(pattern: re.Pattern[str], unit: str):
    def search(repeats: int) -> object:
        return list(pattern.finditer("Bw " + unit * repeats + " x under the contract"))

    assert _growth(search, 100) < MOST_GROWTH
