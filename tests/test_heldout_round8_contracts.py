"""Regression tests for the contract misses of held-out round 8's blind batches (J: PDF and
text, K: web pages) on their first run: each named after the bug, on small generated papers in
the layouts that showed it (and in other councils' forms of the same thing), with guards of the
general rule that fixed it."""

from __future__ import annotations

import pytest

from conftest import text_contexts
from heldout_support import FLOOR, below_floor
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.contracts.reader import read as read_contracts
from kcc_papers.models import Contract
from kcc_papers.normalise.money import find_money, parse_money

# The batches' papers with contracts (the family), and those that must give none.
CONTRACT_PAPERS = {
    "r8j_freeport_board_contract_register_cards.txt",
    "r8j_port_health_authority_award_lots.pdfsrc",
    "r8j_local_pension_board_prose_minutes.txt",
    "r8j_ni_schools_authority_board_caps_verbs_minutes.pdfsrc",
    "r8j_parking_adjudication_joint_committee_minutes.pdfsrc",
    "r8j_joint_burial_committee_decided_minutes.pdfsrc",
    "r8j_shared_services_procurement_forward_plan.pdfsrc",
    "r8j_valuation_joint_board_waiver.pdfsrc",
    "r8k_cmis_scottish_minute_decided_contracts.html",
    "r8k_localgov_drupal_contracts_register_mixed_money.html",
    "r8k_mg_officer_decision_details_gritting.html",
    "r8k_welsh_mg_decision_details_bilingual.html",
    "r8k_wordpress_parish_minutes_post.html",
    "r8k_city_officer_key_decision_record_determination.txt",
    "r8k_borough_committee_award_report_lots_text.txt",
    "r8k_police_crime_panel_about_page_nonpaper.html",
    # the older papers whose accepted quotations the set now counts
    "parish_minutes.txt",
    "parish_caps_headings_minutes.txt",
    "parish_compact_year_minutes.txt",
    "welsh_item_numbered_minutes.txt",
    "r6e_parish_agenda_and_draft_minutes.txt",
    "r6d_town_council_resolution_label.pdfsrc",
    "r6d_town_clerk_report_proposal.txt",
    "r7h_jersey_parish_roads_committee_minutes.txt",
    "r7h_welsh_community_council_penderfyniad.pdfsrc",
}


def test_round8_contract_papers_meet_the_floor():
    low = below_floor(CONTRACT_PAPERS)
    assert "contracts" not in low, f"round 8 contracts F1 below {FLOOR}: {low}"


# ------------------------------------------------------------------- money with a currency code


def test_regression_amount_with_the_currency_code_was_no_money():
    for printed, pounds in (("1,250,000 GBP", 1_250_000), ("GBP 2.4m", 2_400_000)):
        money = parse_money(printed)
        assert money is not None and money.pounds == pounds, printed
    found = find_money("an estimated 300,000 GBP per annum")
    assert [(m.pounds, m.period, m.approximate) for m in found] == [(300_000, "annual", True)]
    # not inside a reference or a longer word
    assert find_money("ref GB12345GBPX") == [] and find_money("12GBPS") == []


CARDS = """Contracts register

Contract ref:      C01
Title:             Programme management office
Supplier:          Castleford Programme Partners LLP
Term:              3 years
Contract value:    1,250,000 GBP

Contract ref:      C02
Title:             Marketing campaign
Supplier:          {pending}
Term:              2 years
Contract value:    Estimated 300,000 GBP
"""


def test_regression_register_cards_lost_gbp_values_and_kept_an_entry_not_yet_awarded(tmp_path):
    for pending in ("To be awarded (tender closes 6 March 2026)", "Not yet appointed",
                    "Awaiting tender outcome", "Under procurement"):
        rows = _rows(CARDS.format(pending=pending), tmp_path)
        assert rows == [("Castleford Programme Partners LLP", 1_250_000)], pending


REGISTER_TABLE = """<html><body><h1>Contracts register</h1><table>
<tr><th>Ref</th><th>Supplier</th><th>Start date</th><th>Contract value</th></tr>
<tr><td>R1</td><td>Freedom Leisure (Charity no. 1101372)</td><td>01/06/2025</td>
<td>1,250,000 GBP</td></tr>
<tr><td>R2</td><td>Acme Cleaning Ltd (Company No. 04567890)</td><td>01/07/2025</td>
<td>£19k</td></tr>
<tr><td>R3</td><td>To be awarded</td><td>01/09/2026</td><td>£300,000</td></tr>
</table></body></html>"""


def test_regression_register_table_kept_registration_numbers_and_unawarded_rows(tmp_path):
    assert _html_rows(REGISTER_TABLE, tmp_path) == [
        ("Freedom Leisure", 1_250_000), ("Acme Cleaning Ltd", 19_000)]


# ---------------------------------------------------------------------------- award tables

LOTS_TABLE = """<html><body><h2>3. CARRIAGEWAY RESURFACING FRAMEWORK - TENDER OUTCOME</h2>
<p>There was submitted a report seeking approval to award the framework following a tender.</p>
<table>
<tr><th>Lot</th><th>Description</th><th>{winner}</th><th>{sum}</th></tr>
<tr><td>1</td><td>North area</td><td>Breedon Trading Limited</td><td>£3,184,560</td></tr>
<tr><td>2</td><td>Surface dressing</td><td>Kiely Bros Ltd</td><td>£744,900</td></tr>
</table>
<p>The Committee DECIDED to award Lots 1 and 2 to the tenderers shown in the table.</p>
</body></html>"""


def test_regression_tendered_sum_column_was_not_read_as_the_value(tmp_path):
    for winner, total in (("Recommended tenderer", "Tendered sum (4 years)"),
                          ("Successful tenderer", "Contract sum"),
                          ("Preferred bidder", "Tender sum (£)")):
        html = LOTS_TABLE.format(winner=winner, sum=total)
        assert _html_rows(html, tmp_path) == [
            ("Breedon Trading Limited", 3_184_560), ("Kiely Bros Ltd", 744_900)], total


# ----------------------------------------------------------------------------- sentences


def test_regression_award_of_a_lot_named_in_brackets_gave_no_provider(tmp_path):
    text = """Award of Contracts

1.1 The Committee is recommended to:
(a) award Lot 1 (official control laboratory analysis) to Anglian Scientific Services Ltd for
four years from 1 April 2026 at a total contract value of £1,196,400; and
(b) award Lot 2 (sampling vessel charter) to Estuary Marine Charters Ltd for three years from
1 April 2026 at a total contract value of £258k.
"""
    assert _rows(text, tmp_path) == [
        ("Anglian Scientific Services Ltd", 1_196_400), ("Estuary Marine Charters Ltd", 258_000)]


def test_regression_a_date_range_of_awarded_contracts_read_a_month_as_a_party(tmp_path):
    text = """The services were subject to Directly Awarded contracts from April 2021 to March
2022 under Covid-19 guidance.
"""
    assert _rows(text, tmp_path) == []


def test_regression_firm_appointed_under_delegation_was_no_contract(tmp_path):
    text = """The Head of Pensions reported that the contract for an independent adviser had been
tendered. Following evaluation, the Head of Pensions had, under the delegation agreed by the
Committee, appointed Cairnhill Actuarial and Governance LLP for three years from 1 February
2026, with a contract value of £72,000 over the three years.

The Council appointed Councillor Jane Smith to the contract monitoring panel.
"""
    assert _rows(text, tmp_path) == [("Cairnhill Actuarial and Governance LLP", 72_000)]


def test_regression_sum_after_the_awardee_was_not_the_value(tmp_path):
    text = """Cabinet, 11 February 2025

RESOLVED to award the design and build contract for Bro Tegid Primary School to Wynne
Construction Ltd for £14.7m, funded 65% by the Welsh Government.

To award the combined liability and property insurance contract for 2025/26 to Zurich
Municipal for an annual premium of £186k.
"""
    assert _rows(text, tmp_path) == [
        ("Wynne Construction Ltd", 14_700_000), ("Zurich Municipal", 186_000)]
    (ctx,) = text_contexts(text, None, tmp_path)
    periods = [c.value_period for c in read_contracts(ctx) if isinstance(c, Contract)]
    assert periods == ["total", "annual"]  # a premium "annual" is a year's worth
    # the years an award runs are not its service
    (draft,) = sentence_drafts([(1, "To award the insurance contract for 2025/26 to Zurich "
                                    "Municipal for £186k.")], None)
    assert (draft.provider, draft.service) == ("Zurich Municipal", None)


def test_regression_value_repeated_without_the_provider_was_a_second_contract(tmp_path):
    text = """The Head of Service reported that the case management system was supplied under a
contract with Ternary Legal Systems Ltd which would end in August 2026. Under the contract's
extension clause, the system could be retained for a further two years at a cost of £325,000.

Resolution: The Joint Committee agreed to extend the contract with Ternary Legal Systems Ltd for
two years from 1 September 2026 at a cost of £325,000.
"""
    assert _rows(text, tmp_path) == [("Ternary Legal Systems Ltd", 325_000)]
    # a value of another amount is another contract's, and stays
    other = text.replace("retained for a further two years at a cost of £325,000",
                         "retained under a separate contract valued at £90,000")
    assert ("Ternary Legal Systems Ltd", 325_000) in _rows(other, tmp_path)
    assert (None, 90_000) in _rows(other, tmp_path)


def test_regression_bid_price_did_not_price_the_award_to_that_bidder(tmp_path):
    text = """Minute 26/06 - School Meals Provisions Contract
The Head of Procurement reported on the tender for the supply of food to school kitchens. Four
tenders had been received; the most economically advantageous was from Antrim Coast
Foodservice Ltd at an estimated £5.6m over three years. The next was from Lagan Foods Ltd at
£5.9m.

The Committee APPROVED the award of the school meals provisions contract to Antrim Coast
Foodservice Ltd for three years from 1 April 2026.
"""
    # the losing bidder's offer is no contract
    assert _rows(text, tmp_path) == [("Antrim Coast Foodservice Ltd", 5_600_000)]


# ------------------------------------------------------------------- accepted quotations

QUOTATIONS = (
    ("It was RESOLVED to accept the quotation from Brett Valley Surfacing Ltd of £8,640 plus "
     "VAT, to be funded from the CIL reserve.", ("Brett Valley Surfacing Ltd", 8_640)),
    ("RESOLVED: that the quotation of £640 from Safeplay Ltd for the repair be accepted.",
     ("Safeplay Ltd", 640)),
    ("RESOLVED to accept the quotation of Safeplay Ltd for £1,240 + VAT for the repairs.",
     ("Safeplay Ltd", 1_240)),
    ("To accept the quotation of Gwasanaethau Tir Glyn Cyf for grass cutting in the 2026 season "
     "at £3,950.", ("Gwasanaethau Tir Glyn Cyf", 3_950)),
    ("The Committee agreed to accept the quotation from Highway Surfacing (Jersey) Limited in "
     "the sum of £61,280.", ("Highway Surfacing (Jersey) Limited", 61_280)),
    ("It was resolved to accept the quote from Playsafe Ltd of £4,350.", ("Playsafe Ltd", 4_350)),
)


def test_regression_accepted_quotation_with_its_price_was_no_contract(tmp_path):
    for sentence, expected in QUOTATIONS:
        text = f"24/119 Playground\nThree quotations were considered. {sentence}\n"
        assert _rows(text, tmp_path) == [expected], sentence


def test_accepted_quotation_without_a_price_is_no_contract(tmp_path):
    # a small purchase named without its price says too little to record; a budget it is met
    # from is not its price
    for sentence in ("Resolution: To accept the quotation of Festive Lighting Ltd for the 2026 "
                     "Christmas lights.",
                     "It is proposed that the Committee accepts the quotation from Bramley "
                     "Heating Ltd, the cost to be met from the maintenance reserve of £20,000."):
        assert _rows(f"26/034 Christmas lights\n{sentence}\n", tmp_path) == [], sentence


def test_accepted_quotation_takes_its_price_from_the_quotations_listed_before(tmp_path):
    text = """26/034 Christmas lights
Quotations had been received from Brightstar Displays (£61,900) and from Festive Lighting Ltd
(£56,250).
RESOLVED: To accept the quotation of Festive Lighting Ltd for the 2026 Christmas lights.
"""
    assert _rows(text, tmp_path) == [("Festive Lighting Ltd", 56_250)]


# ------------------------------------------------------------------ prose in a table's cells

DECISIONS_REGISTER = """<html><body><h1>Decisions register: officer decisions, March 2025</h1>
<table>
<tr><th>Ref</th><th>Date</th><th>Title</th><th>Decision</th></tr>
<tr><td>OD 2025/031</td><td>11/03/2025</td><td>Passenger information displays</td>
<td>To award a contract for the supply and maintenance of 240 real-time passenger information
displays to Trapeze Group (UK) Limited for £1,137,400 over five years.</td></tr>
<tr><td>OD 2025/032</td><td>14/03/2025</td><td>Skills Bootcamps</td>
<td>To approve grant agreements with four training providers for Skills Bootcamps, up to a total
of £2.6m.</td></tr>
</table></body></html>"""


def test_regression_contract_in_a_decision_cell_of_a_table_was_never_read(tmp_path):
    assert _html_rows(DECISIONS_REGISTER, tmp_path) == [
        ("Trapeze Group (UK) Limited", 1_137_400)]


# ------------------------------------------------------------------------- bidders' tables

BIDS_TABLE = """<html><body><h2>Award of contract - laboratory services</h2>
<p>Tenders were evaluated 60% price and 40% quality.</p>
<table>
<tr><th>Lot</th><th>{bidder}</th><th>Tendered price (£)</th><th>Quality (40)</th>
<th>Outcome</th></tr>
<tr><td>1</td><td>Anglian Scientific Services Ltd</td><td>1,196,400</td><td>34.0</td>
<td>{won}</td></tr>
<tr><td>1</td><td>Wensum Analytical LLP</td><td>1,308,900</td><td>35.5</td>
<td>Unsuccessful</td></tr>
<tr><td>1</td><td>Bure Laboratories Ltd</td><td>1,411,250</td><td>30.0</td>
<td>Not recommended</td></tr>
</table></body></html>"""


def test_regression_bidders_table_gave_no_winner_and_must_give_no_loser(tmp_path):
    for bidder, won in (("Tenderer", "Preferred bidder"), ("Bidder", "Successful"),
                        ("Name of tenderer", "Recommended for award")):
        html = BIDS_TABLE.format(bidder=bidder, won=won)
        assert _html_rows(html, tmp_path) == [("Anglian Scientific Services Ltd", 1_196_400)]
    # no outcome column: every row is an offer, and no award names a bidder, so no contract
    plain = BIDS_TABLE.format(bidder="Tenderer", won="").replace("<th>Outcome</th>", "<th></th>")
    assert _html_rows(plain, tmp_path) == []


def test_bidders_table_prices_the_award_a_sentence_makes(tmp_path):
    text = """Bids were evaluated 60% quality and 40% price:

     Bidder                          Score     Tendered price
     Connected Kerb Ltd              84.2      £950k
     Char.gy Ltd                     79.6      £1.1m

DETERMINATION

To award the EV charging concession contract for 23 council car parks to Connected Kerb Ltd
for a term of ten years from 1 December 2024.
"""
    assert _rows(text, tmp_path) == [("Connected Kerb Ltd", 950_000)]


def test_an_award_of_marks_or_grants_in_a_tender_sentence_is_no_contract(tmp_path):
    text = """The tender panel awarded the highest quality score to Green Ltd. The scheme awarded
grants to Hearth Trust alongside the procurement.
"""
    assert _rows(text, tmp_path) == []


def test_regression_price_base_year_before_gbp_was_read_as_an_amount():
    # "at 2024 GBP prices" names the year the figures are priced at; "2023/24 GBP" a year's span
    for text in ("All figures are shown at 2024 GBP prices.", "Budget in 2023/24 GBP terms",
                 "the whole-life cost in 2025 GBP values"):
        assert find_money(text) == [], text
    # an amount the code follows is still one
    assert [m.pounds for m in find_money("a fee of 2,024 GBP and GBP 1.2m")] == [2_024, 1_200_000]


AWARD_SENTENCE = """CABINET REPORT

3. BACKGROUND

Following a tender, {sentence}
"""


@pytest.mark.parametrize("sentence", [
    "the contract was awarded in 2022 to Amey Ltd for five years.",
    "members resolved to award the contract to Bure Ltd.",
    "the Council awarded during 2024 to Bure Ltd the grounds maintenance work.",
    "the contract was awarded following a mini-competition to Balfour Beatty Ltd for £2.3m.",
    "the work was awarded under the regional framework to Kier Ltd.",
])
def test_regression_award_sentence_gave_when_or_how_it_was_let_as_the_service(
        sentence, tmp_path):
    services = [c.service for ctx in text_contexts(AWARD_SENTENCE.format(sentence=sentence),
                                                   None, tmp_path)
                for c in read_contracts(ctx) if isinstance(c, Contract)]
    assert services and all(s is None for s in services), services


STAGE_BIDS = """<html><body><h1>Procurement of leisure management: stage 1 outcome</h1>
<p>Report to the Cabinet. The selection questionnaire stage has closed.</p><table>
<tr><th>Bidder</th><th>Indicative price (£)</th><th>Status</th></tr>
<tr><td>Alpha Leisure Ltd</td><td>£1,200,000</td><td>{status}</td></tr>
<tr><td>Beta Leisure Ltd</td><td>£1,350,000</td><td>{status}</td></tr>
<tr><td>Gamma Trust</td><td>£1,500,000</td><td>Not selected</td></tr>
</table><p>The contract will be awarded in 2027.</p></body></html>"""


@pytest.mark.parametrize("status", ["Selected for ITT stage", "Accepted for evaluation",
                                    "Recommended for the dialogue stage",
                                    "Selected to proceed to stage 2"])
def test_regression_bids_let_through_to_a_tender_stage_were_read_as_contracts_let(status,
                                                                                   tmp_path):
    assert _html_rows(STAGE_BIDS.format(status=status), tmp_path) == []


def test_regression_bids_table_still_lets_the_contract_to_the_bid_marked_won(tmp_path):
    won = STAGE_BIDS.replace("{status}</td></tr>\n<tr><td>Beta", "Preferred bidder</td></tr>\n"
                             "<tr><td>Beta").format(status="Reserve bidder")
    assert _html_rows(won, tmp_path) == [("Alpha Leisure Ltd", 1_200_000)]


ACCEPTED_QUOTE = """MINUTES OF THE PARISH COUNCIL

7. FOOTPATH REPAIRS

It was resolved to accept the quotation from Brett Valley Surfacing Ltd{rest}
"""


@pytest.mark.parametrize(("rest", "expected"), [
    (", as it fell below the £10,000 threshold for formal tenders.", []),
    (" as the cheapest of three, saving £2,000 on last year's price.", []),
    (" of £8,640 for the footpath.", [("Brett Valley Surfacing Ltd", 8_640)]),
    (" for the repairs at an estimated £3,950.", [("Brett Valley Surfacing Ltd", 3_950)]),
])
def test_regression_accepted_quotation_was_priced_by_a_threshold_or_a_saving(rest, expected,
                                                                              tmp_path):
    assert _rows(ACCEPTED_QUOTE.format(rest=rest), tmp_path) == expected


# Far above what the list takes now (milliseconds); the exponential backtracking took hours.
BACKTRACK_CPU_SECONDS = 2.0


def test_regression_many_bracketed_uk_names_backtracked_exponentially():
    import time

    from kcc_papers.extract.contracts.offers import offer_drafts

    # a framework's suppliers, none with a legal form at its end (the appointment pattern
    # fails, after trying every way to read the names)
    names = ", ".join(f"Supplier{n} Group (UK) Services" for n in range(30))
    sentence = f"Following the tender, the Council appointed {names} as framework suppliers."
    start = time.process_time()
    sentence_drafts([(1, sentence)], None)
    offer_drafts([(1, sentence)])
    assert time.process_time() - start < BACKTRACK_CPU_SECONDS
