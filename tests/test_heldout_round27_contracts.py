"""Regression tests for the contract misses of held-out round 27's batches A-H (a framework's
providers by zone, a grants table, outgoing contractors said in several ways, extensions and
concessions priced, an addendum's withdrawn recommendation): each named after what was
misread, on small papers in the layouts that showed it, with guards of the general rule that
fixed it."""

from __future__ import annotations

from heldout_support import contract_html_rows, contract_rows, html_page, html_table
from kcc_papers.extract.contracts.sentences import sentences

# ------------ framework places awarded to providers by zone (r27b ModernGov decision page)

ZONE_TABLE = """<table><caption>Lot 1 framework providers</caption>
<thead><tr><th>Zone</th><th>Provider</th><th>Quality score (out of 70)</th><th>Hourly rate bid</th></tr></thead>
<tbody>
<tr><td rowspan="2">North</td><td>Heatherfield Homecare Ltd</td><td>61.2</td><td>£26.84</td></tr>
<tr><td>Silverbirch Care at Home Ltd</td><td>58.7</td><td>£27.10</td></tr>
<tr><td>South</td><td>Greencross Care Partners LLP</td><td>60.1</td><td>£27.95</td></tr>
</tbody></table>"""  # noqa: E501


def _zone_page(heading: str) -> str:
    return html_page("<h1>Home Care Framework: Award</h1>",
                     "<p>The Cabinet Member awarded places on the Home Care Framework.</p>",
                     f"<h4>{heading}</h4>", ZONE_TABLE)


def test_providers_awarded_framework_places_are_contracts_without_value(tmp_path):
    rows = contract_html_rows(_zone_page("Lot 1: providers awarded a framework place, by zone"),
                              tmp_path)
    assert rows == [("Heatherfield Homecare Ltd", None), ("Silverbirch Care at Home Ltd", None),
                    ("Greencross Care Partners LLP", None)]


def test_zone_table_without_an_award_caption_lets_nothing(tmp_path):
    # the guard: the same scores and hourly rates under a plain heading are a tender's bids
    assert contract_html_rows(_zone_page("Lot 1: evaluation by zone"), tmp_path) == []


# ------------ a grants panel's table of recommended awards (r27f arts grants panel pack)

GRANTS_TABLE = """REPORT TO THE ARTS GRANTS PANEL

1.   RECOMMENDATION

1.1  That the Panel approves the grants in Appendix A.

2.   APPENDIX A: RECOMMENDED AWARDS

     Organisation                         Project                    {score}  {money}
     ----------------------------------------------------------------------------
     Saltway Theatre Company              Tidewrack (new play tour)     36  £28,000
     Kestrelbury Youth Dance CIC          Moves on the Map              35  £19,500
     The Lantern Parade Collective        Winter Lantern Parade         33  £18,000
"""


def test_table_with_a_grant_column_lets_no_contract(tmp_path):
    assert contract_rows(GRANTS_TABLE.format(score="Score", money="Grant"), tmp_path) == []


def test_same_table_with_a_contract_value_column_is_still_read(tmp_path):
    # the guard: the column headed as the contracts' value lists contracts let (and the column
    # before it no score, which would make the rows a tender's bids)
    rows = contract_rows(GRANTS_TABLE.format(score=" Lot ", money="Value"), tmp_path)
    assert ("Kestrelbury Youth Dance CIC", 19_500.0) in rows


# ------------ the stage a design is done to, then the firm (r27d combined authority pack)

STAGED_DESIGN = """Transport Committee
Item 7: Station Accessibility Programme
1.1 That the Committee approves the award of a contract for the design of step-free access at Coundon Road and Shelsley stations, to GRIP stage 5, to Brackley Rail Design Ltd at a fee of £412,500.
"""  # noqa: E501


def test_firm_after_the_stage_a_design_is_done_to_is_the_provider(tmp_path):
    assert contract_rows(STAGED_DESIGN, tmp_path) == [("Brackley Rail Design Ltd", 412_500.0)]


def test_stage_alone_is_still_no_party(tmp_path):
    # the guard: no firm after the stage, no provider read from the scale's name
    text = STAGED_DESIGN.replace(", to GRIP stage 5, to Brackley Rail Design Ltd",
                                 " to GRIP stage 5")
    assert [name for name, _ in contract_rows(text, tmp_path)] == [None]


# ------------ a contract let "to install and operate" a scheme (r27h mayoral decision notice)

INSTALL_AND_OPERATE = """MAYORAL DECISION NOTICE
Decision reference: MD26/005
Decision: The Mayor has decided to approve the award of the contract to {verb} the Wyvern Vale cycle hire scheme (600 pedal and electric bikes at 80 docking stations in Kingsmere and Lydbrook) to Pedalpoint Mobility Ltd for six years from 1 June 2026 at a total value of £4,260,000.
"""  # noqa: E501


def test_contract_to_install_and_operate_a_scheme_names_its_firm(tmp_path):
    rows = contract_rows(INSTALL_AND_OPERATE.format(verb="install and operate"), tmp_path)
    assert rows == [("Pedalpoint Mobility Ltd", 4_260_000.0)]


def test_contract_to_operate_a_scheme_is_read_as_before(tmp_path):
    # the guard: the purpose that was read before, one verb of running a service
    rows = contract_rows(INSTALL_AND_OPERATE.format(verb="operate"), tmp_path)
    assert rows == [("Pedalpoint Mobility Ltd", 4_260_000.0)]


# ------------ a concession valued at its "estimated concession value" (r27a EV charging award)

EV_CONCESSION = """Environment and Climate Change Committee
Agenda item 4: Public Electric Vehicle Charging Concession
The Committee is recommended to award a concession contract for the installation, operation and maintenance of public electric vehicle charge points in Council car parks to Voltharbour Charging Ltd for 15 years from 1 December 2030, with an estimated {worth} of £9,600,000.
"""  # noqa: E501


def test_concession_value_is_the_contracts_value(tmp_path):
    rows = contract_rows(EV_CONCESSION.format(worth="concession value"), tmp_path)
    assert rows == [("Voltharbour Charging Ltd", 9_600_000.0)]


def test_capital_investment_is_still_no_value(tmp_path):
    # the guard: what the concessionaire invests is no value the concession is let at
    rows = contract_rows(EV_CONCESSION.format(worth="capital investment"), tmp_path)
    assert rows == [("Voltharbour Charging Ltd", None)]


# ------------ "extended the contract ... at a cost of £X" after the sentence naming its firm
# (r27a Jadu LLFA annual report page)

EXTENDED = html_page(
    "<h1>Lead Local Flood Authority Annual Report</h1>",
    "<h3>Gully and culvert cleansing</h3>",
    "<p>Highway gullies and culverts are cleansed under a contract with Delvin Drainage Services"
    " Ltd that began in April 2025. {second}</p>")


def test_contract_extended_at_a_cost_is_priced_on_its_firm(tmp_path):
    page = EXTENDED.format(second="Using the delegation agreed by Cabinet on 14 January 2025, "
                           "the Director of Place extended the contract by one year to 31 March"
                           " 2031 at a cost of £684,000.")
    assert contract_html_rows(page, tmp_path) == [("Delvin Drainage Services Ltd", 684_000.0)]


def test_another_contracts_cost_stays_apart(tmp_path):
    # the guard: a sentence letting another contract at a sum does not price the one named
    page = EXTENDED.format(second="A new contract for jetting was awarded at a cost of £84,000.")
    assert ("Delvin Drainage Services Ltd", 84_000.0) not in contract_html_rows(page, tmp_path)


# ------------ the value a contract was let at years ago, beside its extension priced
# (r27d safer roads partnership board pack)

CAMERA_EXTENSION = """Safer Roads Partnership Board
Agenda Item 4: Safety Camera Maintenance Contract
That the Board approves the extension of the safety camera maintenance contract with Redline Enforcement Systems Ltd for twelve months from 1 April 2028 to 31 March 2029, at an additional cost of £186,000.

1.1 The contract for the maintenance of the Partnership's camera sites was let by Severnvale County Council on behalf of the Partnership {when} for five years, at a value of £742,000. It allows one extension of up to twelve months.
"""  # noqa: E501


def test_value_let_in_a_past_year_is_no_contract_of_its_own(tmp_path):
    rows = contract_rows(CAMERA_EXTENSION.format(when="in 2023"), tmp_path)
    assert rows == [("Redline Enforcement Systems Ltd", 186_000.0)]


def test_value_without_a_year_let_is_still_read(tmp_path):
    # the guard: a contract let at a sum, no year said, is read as before
    rows = contract_rows(CAMERA_EXTENSION.format(when="recently"), tmp_path)
    assert (None, 742_000.0) in rows


# ------------ the contract in place, its firm an aside between commas (r27a waste wood award)

def test_firm_between_commas_holds_the_contract_in_place(tmp_path):
    text = ("Cabinet Committee\nItem 5: Waste Wood Contract\n1.1 The current contract, with "
            "Gantry Wood Fibre Ltd, expires on 31 October 2030.\n")
    assert contract_rows(text, tmp_path) == [("Gantry Wood Fibre Ltd", None)]


def test_firm_between_commas_without_an_end_is_no_contract(tmp_path):
    # the guard: the aside read only where the contract is said to end
    text = ("Cabinet Committee\nItem 5: Waste Wood Contract\n1.1 We discussed the current "
            "contract, with Gantry Wood Fibre Ltd, at the last meeting.\n")
    assert contract_rows(text, tmp_path) == []


# ------------ the outgoing operator's bid prices nothing (r27d park and ride report page)

def _park_and_ride(held: str) -> str:
    bids = html_table(["Tenderer", "Annual price", "Quality (50)", "Price (40)", "Total"],
                      [["Kennet Vale Coaches Ltd", "£1,068,000", "42.5", "38.2", "80.7"],
                       ["Chalkhill Buses Ltd", "£1,121,400", "40.0", "36.4", "76.4"]])
    return html_page(
        "<h1>Park and Ride Operating Contract</h1>",
        "<p>a. award the contract for the operation of the Park and Ride service to Kennet Vale"
        " Coaches Ltd for five years at a total value of £5,340,000.</p>",
        f"<p>3.1 The Park and Ride service is {held} Chalkhill Buses Ltd under a contract that "
        "began in September 2021 and ends on 2 September 2028.</p>",
        "<p>4.1 Four tenders were received.</p>", bids)


def test_operator_currently_holding_the_contract_takes_no_bid_price(tmp_path):
    rows = contract_html_rows(_park_and_ride("currently operated by"), tmp_path)
    assert ("Chalkhill Buses Ltd", None) in rows
    assert ("Kennet Vale Coaches Ltd", 5_340_000.0) in rows


def test_operator_named_otherwise_still_takes_its_bid_price(tmp_path):
    # the guard: a firm not said to hold the contract now is priced by its bid as before
    rows = contract_html_rows(_park_and_ride("to be operated by"), tmp_path)
    assert ("Chalkhill Buses Ltd", 1_121_400.0) in rows


# ------------ the firm of "the current arrangement", which ends (r27h delegated decision page)

def test_firm_of_the_current_arrangement_holds_a_contract(tmp_path):
    page = html_page("<h1>Cemeteries Grounds Maintenance</h1>",
                     "<p>The current arrangement with Greenway Verge Services Ltd ends on 31 "
                     "March 2026. A request for quotation was issued.</p>")
    assert contract_html_rows(page, tmp_path) == [("Greenway Verge Services Ltd", None)]


def test_current_arrangement_with_a_public_body_is_no_contract(tmp_path):
    # the guard: an arrangement with a body of no legal form a firm has lets nothing
    page = html_page("<h1>Cemeteries Grounds Maintenance</h1>",
                     "<p>The current arrangement with Westholm Parish Council ends on 31 "
                     "March 2026.</p>")
    assert contract_html_rows(page, tmp_path) == []


# ------------ a firm named from its founder's initial (r27g town council minutes)

INITIALLED = """MINUTES OF THE EXTRAORDINARY MEETING OF THE TOWN COUNCIL

121/26  JUBILEE HALL KITCHEN REFURBISHMENT
        RESOLVED to award the contract for the refurbishment of the
        Jubilee Hall kitchen to R. Tollemache & Sons Ltd at a cost of
        GBP 23,615 plus VAT, to be met from the buildings reserve.
"""


def test_initial_opening_a_firms_name_ends_no_sentence(tmp_path):
    assert contract_rows(INITIALLED, tmp_path) == [("R. Tollemache & Sons Ltd", 23_615.0)]


def test_initial_before_a_new_sentence_still_ends_one():
    # the guard: a lettered option closing a sentence, a new one after it
    assert sentences("Members chose Option B. Tollemache Hall will close.") == [
        "Members chose Option B.", "Tollemache Hall will close."]


# ------------ an addendum's withdrawn recommendation, replaced by the amended one (r27g)

ADDENDUM = """CABINET - ADDENDUM
Agenda Item 8 - Home Care Services: Award of Zone Contracts
8.1 The estimated value of the Northern Zone contract in recommendation 2.1 is corrected.
Original recommendation 2.1 ({status}):
That Cabinet approves the award of the Northern Zone home care contract to Brightwater Care Partnership Ltd at an estimated value of £2,946,000.
Amended recommendation 2.1:
That Cabinet approves the award of the Northern Zone home care contract to Brightwater Care Partnership Ltd at an estimated value of £3,118,400.
"""  # noqa: E501


def test_withdrawn_recommendation_gives_no_value(tmp_path):
    rows = contract_rows(ADDENDUM.format(status="withdrawn"), tmp_path)
    assert rows == [("Brightwater Care Partnership Ltd", 3_118_400.0)]


def test_recommendation_not_withdrawn_is_read_as_before(tmp_path):
    # the guard: a label saying nothing of withdrawal leaves its words read
    rows = contract_rows(ADDENDUM.format(status="as published"), tmp_path)
    assert ("Brightwater Care Partnership Ltd", 2_946_000.0) in rows


# ------------ a register's "Total awarded" row (r27e contracts awarded over £500,000 page)

def _awarded_page(total_label: str) -> str:
    table = html_table(["Ref", "Contract", "Provider", "Total value (£)"],
                       [["FC-041", "Supported living", "Brightwater Support Services Ltd",
                         "3,864,000"],
                        ["FC-047", "Highway drainage cleansing", "Clearflow Environmental Ltd",
                         "1,278,450"],
                        [total_label, "", "", "5,142,450"]])
    return html_page("<h1>Contracts awarded over £500,000: Quarter 2</h1>", table)


def test_total_awarded_row_is_no_contract(tmp_path):
    assert contract_html_rows(_awarded_page("Total awarded"), tmp_path) == [
        ("Brightwater Support Services Ltd", 3_864_000.0),
        ("Clearflow Environmental Ltd", 1_278_450.0)]


def test_total_facilities_management_row_is_still_a_contract(tmp_path):
    # the guard: a service whose name opens on "Total" is no totals row
    page = _awarded_page("Total facilities management").replace(
        "<td></td><td></td><td>5,142,450", "<td>FM</td><td>Mitie FM Ltd</td><td>5,142,450")
    assert ("Mitie FM Ltd", 5_142_450.0) in contract_html_rows(page, tmp_path)


# ------------ goods leased from a firm until a day named (r27h borough cabinet vehicles award)

def test_goods_leased_from_a_firm_until_a_date_are_its_contract(tmp_path):
    text = ("Cabinet\nItem 6: Garden Waste Vehicles\n2.1 The eight garden waste vehicles are "
            "leased from Fleetwell Vehicle Rental Ltd until 31 August 2026, when the lease "
            "ends.\n")
    assert contract_rows(text, tmp_path) == [("Fleetwell Vehicle Rental Ltd", None)]


def test_land_leased_from_a_partner_is_no_contract(tmp_path):
    # the guard: a body without a legal form, a council's partner, lets no contract
    text = ("Cabinet\nItem 6: Depot\n2.1 The depot is leased from Westholm Parish Council "
            "until 31 August 2026.\n")
    assert contract_rows(text, tmp_path) == []


def test_current_arrangement_said_to_continue_is_no_contract(tmp_path):
    # the guard: an arrangement said to end is a term's; one that continues says none
    page = html_page("<h1>Cemeteries Grounds Maintenance</h1>",
                     "<p>The current arrangement with Greenway Verge Services Ltd for training "
                     "continues.</p>")
    assert contract_html_rows(page, tmp_path) == []
