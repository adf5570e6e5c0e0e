"""Regression tests for the contract misses of held-out round 9's blind batches L, M and N
(agenda packs) on their first run: each named after the bug, on small generated papers in the
layouts that showed it and in other councils' forms of the same thing, with guards of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import FLOOR, below_floor, heldout_accuracy
from heldout_support import ContractRow as Row
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import html_page as _page
from heldout_support import html_table as _table
from kcc_papers.extract.contracts.contract_pages import contract_page

# The batches' papers with contracts (the family).
CONTRACT_PAPERS = {
    "r9l_combined_authority_board_pack.pdfsrc",
    "r9l_fire_rescue_authority_pack.pdfsrc",
    "r9l_national_park_authority_risk_pack.pdfsrc",
    "r9l_unitary_cabinet_pack.pdfsrc",
    "r9m_welsh_county_scrutiny_pack.pdfsrc",
    "r9m_scottish_council_cmis_pack.pdfsrc",
    "r9m_ni_district_council_committee_pack.txt",
    "r9m_nhs_trust_board_pack.pdfsrc",
    "r9m_integration_joint_board_pack.pdfsrc",
    "r9m_joint_waste_partnership_pack.pdfsrc",
    "r9n_idb_annual_meeting_pack.pdfsrc",
    "r9n_regional_park_supplementary_lots_award.pdfsrc",
    "r9n_prosperity_board_performance_pack.pdfsrc",
    "r9n_county_pension_fund_committee_exempt_pack.pdfsrc",
    "r9n_joint_planning_committee_two_minutes_pack.pdfsrc",
    "r9n_crematorium_joint_committee_pack.pdfsrc",
    "r9n_welsh_cjc_transport_pack.pdfsrc",
}


def test_round9_contract_papers_meet_the_floor():
    low = below_floor(CONTRACT_PAPERS)
    assert "contracts" not in low, f"round 9 contracts F1 below {FLOOR}: {low}"


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source, encoding="utf-8")
    return _read(contexts(heldout_accuracy.render_pdf(src, tmp_path)))


# ---------------------------------------------- a bids table and an awards table name one lot


AWARD_HEAD = ("<h1>Grounds Maintenance 2026-2031</h1><p>Report to the Executive Committee. "
              "The tender was run under the open procedure; each lot was evaluated "
              "separately.</p>")


@pytest.mark.parametrize(("bidder", "won", "winner"), [
    ("Tenderer", "Preferred bidder", "Recommended contractor"),
    ("Bidder", "Successful", "Successful tenderer"),
    ("Name of tenderer", "Recommended for award", "Contractor"),
])
def test_regression_bids_table_and_awards_table_gave_each_lot_twice(bidder, won, winner,
                                                                    tmp_path):
    bids = _table(["Lot", bidder, "Five-year price (£)", "Outcome"], [
        ["1", "Chalk Edge Ltd", "1,486,250", won],
        ["1", "Greenway Ltd", "1,402,900", "Not successful"],
        ["2", "Parkscape Ltd", "1,238,700", won],
        ["2", "Chalk Edge Ltd", "1,301,500", "Not successful"],
        ["3", "Chalk Edge Ltd", "389,500", won],
    ])
    awards = _table(["Lot", "Service", winner, "Five-year price (£)"], [
        ["1", "Grounds maintenance - north", "Chalk Edge Ltd", "1,486,250"],
        ["2", "Grounds maintenance - south", "Parkscape Ltd", "1,238,700"],
        ["3", "Litter picking", "Chalk Edge Ltd", "389,500"],
    ])
    # under a title naming the award too, whose service every row without its own takes
    for head in (AWARD_HEAD, AWARD_HEAD.replace("2026-2031", "2026-2031: Award of Contracts")):
        rows = _html_rows(_page(head, bids, "<p>The recommended awards are:</p>", awards),
                          tmp_path)
        # one firm winning two lots is two rows; each lot once
        assert sorted(rows) == sorted([("Chalk Edge Ltd", 1_486_250),
                                       ("Parkscape Ltd", 1_238_700),
                                       ("Chalk Edge Ltd", 389_500)])


def test_two_rows_of_one_firm_for_one_lot_at_two_prices_stay_two(tmp_path):
    # a guard: the rows merge only where they agree; two prices are two readings kept apart
    table_a = _table(["Lot", "Contractor", "Contract value (£)"], [["1", "Alpha Ltd", "10,000"]])
    table_b = _table(["Lot", "Service", "Contractor", "Contract value (£)"],
                     [["1", "Cleaning", "Alpha Ltd", "12,000"]])
    rows = _html_rows(_page(AWARD_HEAD, table_a, "<p>Later:</p>", table_b), tmp_path)
    assert sorted(rows) == [("Alpha Ltd", 10_000), ("Alpha Ltd", 12_000)]


# ----------------------------------------------- a table of lots whose party is an "Operator"


@pytest.mark.parametrize(("party", "lot", "whole"), [
    ("Operator", "Lot", "Four-year cost (£)"),
    ("Company", "Lot no.", "Five year cost (£)"),
    ("Organisation", "Lots", "Total cost (£)"),
])
def test_regression_table_of_lots_with_an_operator_column_gave_no_contracts(party, lot, whole,
                                                                            tmp_path):
    awards = _table([lot, party, "Annual cost (£)", whole], [
        ["1", "Cambrian Coaches Ltd", "121,500", "486,000"],
        ["2", "Ystwyth Bus Company Ltd", "153,200", "612,800"],
    ])
    rows = _html_rows(_page("<h1>Supported bus services: award of contracts</h1>",
                            "<p>Report to the Joint Committee.</p>", awards), tmp_path)
    # the whole term's value ("Four-year", "Five year") over the year's
    assert rows == [("Cambrian Coaches Ltd", 486_000), ("Ystwyth Bus Company Ltd", 612_800)]


def test_a_table_of_operators_without_lots_is_still_no_contract_table(tmp_path):
    # a guard: "Operator" alone names who runs a route, not a contract let
    table = _table(["Route", "Operator", "Annual cost (£)"],
                   [["T21", "Cambrian Coaches Ltd", "121,500"]])
    assert _html_rows(_page("<h1>Bus network review</h1>", table), tmp_path) == []


@pytest.mark.parametrize("won", ["Award", "Award (single tender)", "Awarded", "Recommended"])
def test_regression_outcome_column_marking_the_award_gave_no_winner(won, tmp_path):
    bids = _table(["Lot", "Route", "Operator", "Four-year price (£)", "Score (100)", "Result"], [
        ["1", "T21 Aberaeron - Lampeter", "Cambrian Coaches Ltd", "486,000", "91.6", won],
        ["1", "T21 Aberaeron - Lampeter", "Teifi Valley Travel Ltd", "512,400", "86.2", ""],
        ["2", "28 Machynlleth - Tywyn", "no tenders received", "-", "-", "Not awarded"],
        ["3", "Sunday network", "Dyfi Valley Buses Ltd", "176,900", "94.1", won],
        ["3", "Sunday network", "Cambrian Coaches Ltd", "181,200", "89.7", ""],
    ])
    rows = _html_rows(_page("<h1>Supported bus services: award of contracts</h1>",
                            "<p>Tenders received:</p>", bids), tmp_path)
    assert rows == [("Cambrian Coaches Ltd", 486_000), ("Dyfi Valley Buses Ltd", 176_900)]


def test_a_status_column_marking_every_row_alike_is_a_register_not_bids(tmp_path):
    # a guard: "Awarded" on every row is a register's status; every row is a contract
    register = _table(["Lot", "Contractor", "Contract value (£)", "Status"], [
        ["1", "Alpha Ltd", "10,000", "Awarded"], ["2", "Beta Ltd", "20,000", "Awarded"]])
    rows = _html_rows(_page("<h1>Contracts awarded</h1><p>Report to the Committee.</p>",
                            register), tmp_path)
    assert rows == [("Alpha Ltd", 10_000), ("Beta Ltd", 20_000)]


# -------------------------------------------------- a table of scored bids is a table of offers


SCORED = """** 1 Recommendation
1.1 That the contract for the accommodation assessment be awarded to Pennine Research Ltd at a cost of £48,900.
--- page ---
** 3 Quotations
3.1 Three quotations were received and evaluated 50% price and 50% quality.
| Supplier | {price} | {score} | Total | {rank} |
| Pennine Research Ltd | 48,900 | 44 | 89.2 | 1 |
| Northfield Insight Ltd | 52,600 | 41 | 83.1 | 2 |
| Opinion Associates | 44,250 | 31 | 81.0 | 3 |
"""  # noqa: E501


@pytest.mark.parametrize(("price", "score", "rank"), [
    ("Price (£)", "Quality (50)", "Rank"),
    ("Contract value (£)", "Score", "Ranking"),
    ("Annual cost (£)", "Quality score", "Overall score"),
])
def test_regression_scored_bids_table_gave_every_bidder_a_contract(price, score, rank, tmp_path):
    rows = _pdf_rows(SCORED.format(price=price, score=score, rank=rank), tmp_path)
    assert rows == [("Pennine Research Ltd", 48_900)]


def test_a_winners_table_with_a_score_column_still_gives_its_rows(tmp_path):
    # a guard: a party column naming the winner makes each row a lot let, scored or not
    table = _table(["Lot", "Service", "Preferred tenderer", "Score", "Estimated value"], [
        ["1", "Dry recyclables", "Ridgeline Recovery Ltd", "81.5", "£6,250,000"],
        ["2", "Garden waste", "Greenacre Organics Ltd", "77.0", "£1,840,000"]])
    rows = _html_rows(_page("<h1>Award of contracts</h1><p>Report to the Committee.</p>",
                            table), tmp_path)
    assert rows == [("Ridgeline Recovery Ltd", 6_250_000), ("Greenacre Organics Ltd", 1_840_000)]


# ------------------------------------------- a PDF page whose only contract words are "price"


BIDS_PAGE = """** APPOINTMENT OF INVESTMENT CONSULTANT
** 1. Recommendation
1.1 That the Committee approves the appointment of Harcourt Lowe LLP as the Fund's consultant.
--- page ---
** 2. The further competition
2.1 The further competition was run under Lot 1 of the national frameworks for investment consultancy services, and three of the framework's firms bid for it.
| {bidder} | {price} | Quality (70) | Price (30) | Total | Result |
| Harcourt Lowe LLP | 540,000 | 61.6 | 27.2 | 88.8 | Recommended |
| Meridian Advisory LLP | 489,500 | 52.5 | 30.0 | 82.5 | Not recommended |
"""  # noqa: E501


@pytest.mark.parametrize(("bidder", "price"), [("Bidder", "Five-year price (£)"),
                                               ("Tenderer", "Tendered price (£)")])
def test_regression_bids_table_page_without_contract_words_was_never_read(bidder, price,
                                                                          tmp_path):
    rows = _pdf_rows(BIDS_PAGE.format(bidder=bidder, price=price), tmp_path)
    assert rows == [("Harcourt Lowe LLP", 540_000)]


def test_regression_bids_price_column_did_not_make_a_contract_page():
    # the cheap filter before the slow table read: a bidder and a price are two column words;
    # a price list with no party or contract column is still not read
    assert not contract_page(["Item Price (£)", "Room hire 45.00 £", "Tea and coffee £2.50"])
    assert contract_page(["Bidder Five-year price (£)", "Alpha LLP 540,000 £"])


# ----------------------------------------------- the total of the awards is no contract itself


TOTAL_AWARD = """CORPORATE JOINT COMMITTEE

That the Committee awards the supported bus service contracts for Lots 1 and 2 to the operators named in Table 2, {cost}.

Table 2
Lot\tOperator\tFour-year cost (£)
1\tCambrian Coaches Ltd\t486,000
2\tYstwyth Bus Company Ltd\t612,800
"""  # noqa: E501


@pytest.mark.parametrize("cost", ["at a total cost of £1,098,800",
                                  "at a total contract value of £1,098,800",
                                  "at a cost of £1.0988m"])
def test_regression_total_of_the_awards_was_a_contract_of_its_own(cost, tmp_path):
    rows = _rows(TOTAL_AWARD.format(cost=cost), tmp_path)
    assert rows == [("Cambrian Coaches Ltd", 486_000), ("Ystwyth Bus Company Ltd", 612_800)]


def test_a_value_that_is_not_the_sum_of_the_awards_stays(tmp_path):
    # a guard: a contract value the named rows do not add up to is a contract of its own
    rows = _rows(TOTAL_AWARD.format(cost="and a support contract at a total cost of £75,000"),
                 tmp_path)
    assert (None, 75_000) in rows


# --------------------------------------------------------- a bid priced "at a total price of"


@pytest.mark.parametrize("priced", ["at a total price of £612,400 for the five years",
                                    "with a tendered sum of £612,400",
                                    "for a five-year cost of £612,400"])
def test_regression_bid_priced_at_a_named_price_did_not_price_the_award(priced, tmp_path):
    text = f"""REPORT TO CABINET

4.1 Three tenders were received.
4.2 The highest scoring tender was submitted by Teithlyfr Cymru Cyf, {priced}. Cabinet will be asked to award the contract to Teithlyfr Cymru Cyf.
"""  # noqa: E501
    assert _rows(text, tmp_path) == [("Teithlyfr Cymru Cyf", 612_400)]


# ------------------------------------------------------------ a firm and its town after a comma


@pytest.mark.parametrize("sentence", [
    "approves the award of the contract for the school extension to Brannock Construction Ltd,"
    " Greenock, at a contract sum of £3,482,716.40.",
    "agrees to award the contract for resurfacing to Tarmac Trading Ltd, Solihull, for"
    " £412,000.",
])
def test_regression_firm_and_its_town_were_read_as_two_providers(sentence, tmp_path):
    rows = _rows(f"EDUCATION COMMITTEE\n\n1. That the Committee {sentence}\n", tmp_path)
    assert len(rows) == 1 and rows[0][0] in {"Brannock Construction Ltd", "Tarmac Trading Ltd"}


def test_a_list_of_firms_closed_by_and_is_still_several(tmp_path):
    text = ("CABINET\n\n1. Cabinet agreed to award the framework contracts to Alpha Ltd, Beta Ltd"
            " and Gamma plc.\n")
    assert [p for p, _ in _rows(text, tmp_path)] == ["Alpha Ltd", "Beta Ltd", "Gamma plc"]


# ---------------------------------------------------- a contract let, the verb after "contract"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("the contract had been let under delegated authority to Carevale Homecare Ltd for three"
     " years from 1 February 2026, at £1,236,000 over the term.",
     ("Carevale Homecare Ltd", 1_236_000)),
    ("The contract was let through the regional framework to Kelso Care Ltd at £84,000.",
     ("Kelso Care Ltd", 84_000)),
    ("The contract has been let by the Chief Officer to Hartley Fleet Ltd.",
     ("Hartley Fleet Ltd", None)),
])
def test_regression_contract_let_under_delegation_to_a_firm_was_no_contract(sentence, expected,
                                                                           tmp_path):
    text = f"MINUTES OF THE INTEGRATION JOINT BOARD\n\n7. CARE AT HOME\n\n{sentence}\n"
    assert _rows(text, tmp_path) == [expected]


# ------------------------------------------------- a table introduced as the quotations received


QUOTES_TEXT = """CLERK'S FINANCE REPORT

5. Quotations - CCTV maintenance

{lead_in}
Supplier\tAnnual cost (ex VAT)\t3-year cost (ex VAT)\tNotes
Westcountry Security Ltd\t£1,380\t£4,140\tCurrent provider; 4-hour response
Parrett Vision CCTV Ltd\t£1,195\t£3,585\t8-hour response
Sentinel Camera Services Ltd\t£1,260\t£3,780\t4-hour response; includes cleaning
The Clerk recommends that the quotation from Sentinel Camera Services Ltd of £3,780 + VAT for three years be accepted.
"""  # noqa: E501


@pytest.mark.parametrize("lead_in", [
    "As requested, three quotations were obtained for a three-year maintenance agreement:",
    "The following quotes were received:",
    "Quotations have been sought from three firms and returned as below.",
])
def test_regression_table_of_quotations_received_gave_every_supplier_a_contract(lead_in,
                                                                                tmp_path):
    rows = _rows(QUOTES_TEXT.format(lead_in=lead_in), tmp_path)
    assert rows == [("Sentinel Camera Services Ltd", 3_780)]


def test_regression_table_of_tenders_received_in_a_pdf_gave_every_tenderer_a_contract(tmp_path):
    source = """** Award of the grass cutting contract
3.1 That the contract be awarded to Verdant Grounds Ltd at a cost of £96,000 over three years.
3.2 Three tenders were received by the closing date of 20 February 2026 and are summarised
below.
| Contractor | Contract value (£) | Notes |
| Verdant Grounds Ltd | 96,000 | Includes verges |
| Hedgerow Services Ltd | 99,500 | Excludes verges |
| Mowbray Landscapes Ltd | 104,250 | Includes verges |
"""
    assert _pdf_rows(source, tmp_path) == [("Verdant Grounds Ltd", 96_000)]


def test_regression_3_year_cost_column_was_not_the_whole_term(tmp_path):
    # "3-year cost" is the whole term's, as "3 years" was; and a guard: a table introduced as
    # tenders received and the contracts let from them is contracts
    text = QUOTES_TEXT.format(
        lead_in="Tenders were received and the contracts awarded as follows:").replace(
        "\tCurrent provider; 4-hour response", "\tLot 1").split("The Clerk")[0]
    rows = _rows(text, tmp_path)
    assert ("Westcountry Security Ltd", 4_140) in rows and len(rows) == 3


# ------------------------------------------------ review: the firm, its town, and lists of firms


@pytest.mark.parametrize("firm", ["Smith & Sons Ltd", "Marks and Spencer plc"])
def test_regression_firm_with_and_in_its_name_and_its_town_read_as_several(firm, tmp_path):
    # "and" or "&" inside the firm's own name is no list's closing "and": the town after its
    # comma is still where the firm is, not a provider
    sentence = (f"approves the award of the contract for the school extension to {firm},"
                " Greenock, at a contract sum of £3,482,716.40.")
    rows = _rows(f"EDUCATION COMMITTEE\n\n1. That the Committee {sentence}\n", tmp_path)
    assert rows == [(firm, 3_482_716.40)]


def test_regression_list_of_firms_without_and_read_as_its_first_firm(tmp_path):
    text = ("CABINET\n\n1. Cabinet agreed to award the framework contracts to Alpha Ltd, Beta Ltd,"
            " Gamma plc.\n")
    assert [p for p, _ in _rows(text, tmp_path)] == ["Alpha Ltd", "Beta Ltd", "Gamma plc"]


# ------------------------------------------- review: a register's status and rank columns


def test_regression_register_status_column_of_several_states_made_its_rows_bids(tmp_path):
    # a status naming each contract's state ("Awarded", "Live", "Extended") is a register's,
    # not a tender's outcome (which leaves the bids it did not take blank or lost)
    register = _table(["Contract", "Supplier", "Contract value (£)", "Status"], [
        ["Grounds maintenance", "Alpha Ltd", "10,000", "Awarded"],
        ["Cleaning", "Beta Ltd", "20,000", "Live"],
        ["Catering", "Gamma Ltd", "30,000", "Extended"]])
    rows = _html_rows(_page("<h1>Contracts register</h1><p>Report to the Committee.</p>",
                            register), tmp_path)
    assert rows == [("Alpha Ltd", 10_000), ("Beta Ltd", 20_000), ("Gamma Ltd", 30_000)]


@pytest.mark.parametrize("placed", ["Second", "2nd", "Runner-up", "Not recommended"])
def test_an_outcome_column_placing_the_other_bids_still_makes_them_bids(placed, tmp_path):
    # a guard: an outcome naming the winner and the others' places is a tender's
    bids = _table(["Supplier", "Price (£)", "Outcome"], [
        ["Alpha Ltd", "10,000", "Preferred"], ["Beta Ltd", "12,000", placed]])
    rows = _html_rows(_page("<h1>Award of the cleaning contract</h1>"
                            "<p>Report to the Committee.</p>", bids), tmp_path)
    assert rows == [("Alpha Ltd", 10_000)]


def test_regression_register_ranked_by_value_made_its_rows_bids(tmp_path):
    # a rank beside rows that each name their own contract orders a register, not a tender's
    # bids for one contract
    register = _table(["Rank", "Contract", "Supplier", "Annual value (£)"], [
        ["1", "Waste collection", "Alpha Ltd", "4,000,000"],
        ["2", "Highways maintenance", "Beta Ltd", "3,000,000"],
        ["3", "Cleaning", "Gamma Ltd", "1,000,000"]])
    rows = _html_rows(_page("<h1>The Council's largest contracts</h1>"
                            "<p>Report to the Committee.</p>", register), tmp_path)
    assert rows == [("Alpha Ltd", 4_000_000), ("Beta Ltd", 3_000_000), ("Gamma Ltd", 1_000_000)]


@pytest.mark.parametrize("lead_in", [
    "Four tenders were received and evaluated against the published award criteria, as below:",
    "Tenders were received by letter and are summarised below:",
])
def test_regression_tenders_received_under_award_criteria_or_by_letter_were_contracts(
        lead_in, tmp_path):
    text = QUOTES_TEXT.format(lead_in=lead_in)
    assert _rows(text, tmp_path) == [("Sentinel Camera Services Ltd", 3_780)]


# --------------------------------------------- review: long lines read again from each verb

# CPU seconds the two searches below may take: each was 1.1-1.6 s when every verb's search
# read on to the end of the line (quadratic in its length), 0.02 s reading a clause.
LONG_LINE_CPU_SECONDS = 0.2


def test_regression_long_line_without_stops_read_again_from_each_verb() -> None:
    import time

    from kcc_papers.extract.contracts.reader import OFFERS_LEAD_IN
    from kcc_papers.extract.contracts.value_drafts import ACCEPTED

    started = time.process_time()
    OFFERS_LEAD_IN.search("tenders received " * 4000 + "and awarded")
    ACCEPTED.search("let them " * 4000)
    assert time.process_time() - started < LONG_LINE_CPU_SECONDS
