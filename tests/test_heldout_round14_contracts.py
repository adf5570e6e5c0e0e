"""Regression tests for the contract misses of held-out round 14's blind batches (and the
round-11 ones left): each named after the bug, on small papers in the layouts that showed it,
with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_html_rows as _html_rows
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import html_page, html_table, rendered
from kcc_papers.load import load
from kcc_papers.load.page_tables import pdf_tables


def _tables_of(source: str, tmp_path: Path) -> list[list[list[str]]]:
    pdf = load(rendered(source, tmp_path))
    return [t.texts() for page in pdf.pages for t in pdf_tables(page, pdf.layout)]


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------- the incumbent's contract took the price its holder bid for the contract to come

INCUMBENT_BIDS = """## Ashcombe County Council
!! Street Cleansing Contract 2027-2034: Award
** 1. Background
1.1 The current contract with Marlow Ltd expires on 31 March 2027. Cabinet agreed to procure a new contract in June 2026.
** 2. Evaluation
2.1 Tenders were evaluated on 60% quality and 40% price.
|~ Bidder | Quality (60%) | Price (40%) | Total | Seven-year estimated value |
| Tidewell Services Ltd | 52.1 | 37.0 | 89.1 | £48.2m |
| Marlow Ltd | 47.3 | 40.0 | 87.3 | £46.9m |
| Hensall Civils Ltd | 41.0 | 38.2 | 79.2 | £49.0m |
** 3. Recommendation
3.1 Cabinet is recommended to award the contract to Tidewell Services Ltd.
"""  # noqa: E501


def test_regression_incumbent_took_its_bid_for_the_next_contract(tmp_path):
    # the outgoing contract (no value printed) was priced by its holder's losing bid; the
    # winner's bid still prices the award
    assert sorted(_pdf_rows(INCUMBENT_BIDS, tmp_path), key=str) == [
        ("Marlow Ltd", None), ("Tidewell Services Ltd", 48_200_000.0)]


# ------------------------------- a call-off from a framework named its firm after "with": unread

CALL_OFF = """Officer decisions taken under delegated powers
Decision: To call off from the Eastern Regional Temporary Accommodation Framework a two-year block booking of 24 units at Carrow House with Carrow Lettings Ltd, at a total cost of £1,248,000.
Reasons for the decision: The block booking costs less than nightly-paid accommodation.
Decision: To call off 12 electric pool cars under the national vehicle framework with Meridian Fleet Solutions Ltd at a cost of £286,500.
Decision: To call off the remaining budget, as agreed with the Cabinet Member for Housing.
"""  # noqa: E501


def test_regression_call_off_from_a_framework_gave_no_provider(tmp_path):
    # the value was read, its firm not: "call off ... with X Ltd" names the party of the
    # call-off contract; a call-off "agreed with" a member names no firm (no legal form)
    assert _rows(CALL_OFF, tmp_path) == [
        ("Carrow Lettings Ltd", 1_248_000.0), ("Meridian Fleet Solutions Ltd", 286_500.0)]


# -------- an award whose procurement rules stand in an aside between commas gave no provider

AWARD_UNDER_ASIDE = """Record of urgent decision
2.1 The Chief Executive, with the agreement of the Convener, DECIDED:
(a) to award the repair contract, under Regulation 33 of the Public Contracts (Scotland) Regulations 2015 (negotiated procedure without prior publication, extreme urgency), to Lochside Civils Ltd in the sum of £512,300; and
(b) to award the survey contract, under the Council's Contract Standing Orders, to Brae Surveys Ltd in the sum of £18,400.
"""  # noqa: E501


def test_regression_award_with_its_rules_in_an_aside_gave_no_provider(tmp_path):
    # "award the contract, under <rules>, to X": the aside kept the award pattern from
    # reaching the firm, and only the sum was read
    assert _rows(AWARD_UNDER_ASIDE, tmp_path) == [
        ("Lochside Civils Ltd", 512_300.0), ("Brae Surveys Ltd", 18_400.0)]


# ------------------ a rate with the whole term's sum bracketed after it was read as the rate

RATE_AND_TERM = """Report to Council
3.1 It is recommended that Council awards the contract for Street Cleansing 2028-2032 to Glenmore Environmental Ltd at a cost of £250,000 per annum (£1,000,000 over the initial four-year term).
3.2 It is recommended that Council awards the contract for Pest Control to Vermin Ward Ltd at a cost of £40,000 per annum (£15,000 of it capital).
"""  # noqa: E501


def test_regression_rate_read_over_the_whole_term_bracketed_after_it(tmp_path):
    # the value is the term's, as a label block or a table's total column gives it; a
    # bracketed sum that is no whole number of years of the rate is something else
    assert _rows(RATE_AND_TERM, tmp_path) == [
        ("Glenmore Environmental Ltd", 1_000_000.0), ("Vermin Ward Ltd", 40_000.0)]


# -------- a zebra table's last row, unshaded and wrapped over lines, was read as its first line

BANDED_REGISTER = """## Fernleigh Development Corporation
** Appendix A - Contracts register extract
|~ Ref | Description | Supplier | Value | Term | Procedure |
| FDC-01 | Masterplan | Halden Architects LLP | £1.2m | 05/2027 - 04/2030 | Framework call-off |
| FDC-02 | Cost consultancy | Arkwright Partnership Ltd | £640,000 | 06/2027 - 05/2029 | Open |
| FDC-03 | Site security | Sentinel Guarding Ltd | £85,000 | 07/2027 - 06/2029 | Quotation (3) |
| FDC-04 | Meanwhile use: Wharf Yard pop-up market licence for the summer season | Wharf Makers Collective CIC | Nil (concession) | 07/2027 - 06/2028 | Concession |
Procedure: framework call-offs are under the regional frameworks, and waivers are approved by the Chief Executive.
"""  # noqa: E501


def test_regression_zebra_table_last_wrapped_row_cut_to_its_first_line(tmp_path):
    # the unshaded row below the last band was guessed one line high: the cells set in the
    # middle of its wrapped height fell outside it, and the concession (no value, its dates
    # in the "Term" column) was no row; the paragraph after the table stays out of it
    assert _tables_of(BANDED_REGISTER, tmp_path)[0][-1] == [
        "FDC-04", "Meanwhile use: Wharf Yard pop-up market licence for the summer season",
        "Wharf Makers Collective CIC", "Nil (concession)", "07/2027 - 06/2028", "Concession"]
    assert _pdf_rows(BANDED_REGISTER, tmp_path) == [
        ("Halden Architects LLP", 1_200_000.0), ("Arkwright Partnership Ltd", 640_000.0),
        ("Sentinel Guarding Ltd", 85_000.0), ("Wharf Makers Collective CIC", None)]


# ------------- a register's "Term" column printing months in figures gave a row no dates

TERM_MONTHS = html_page("<h2>Contracts register extract</h2>", html_table(
    ["Ref", "Description", "Supplier", "Value", "Term"],
    [["R-1", "Pop-up market licence", "Wharf Makers CIC", "Nil (concession)", "07/2027 - 06/2028"],
     ["R-2", "Grounds maintenance", "Greenreach Ltd", "£360,000", "09/2027 - 08/2030"],
     ["R-3", "Room hire", "Civic Lettings Ltd", "Nil", "3 years"]]))


def test_regression_term_printed_as_months_in_figures_gave_no_dates(tmp_path):
    # under a header that never says "contract", a row is one when it prints money or dates:
    # "07/2027 - 06/2028" are dates; a row with neither (a length only) is still none
    assert _html_rows(TERM_MONTHS, tmp_path) == [
        ("Wharf Makers CIC", None), ("Greenreach Ltd", 360_000.0)]


# --------- a firm appointed for a term, its fees over the term given later, was no contract

MANAGER_APPOINTED = """Appointment of Infrastructure Investment Manager
2.1 It is recommended that the Committee appoints Harbourline Infrastructure Partners LLP as the Fund's infrastructure manager, to manage a commitment of £90m, for an initial term of ten years.
3.1 Six managers submitted proposals and three were interviewed.
4.1 Management fees are 0.75% a year on invested capital. The total fees over the ten-year term are estimated at £5,200,000 (about £520,000 a year).
5.1 The Committee also appoints Councillor Ross as its representative for a term of four years.
"""  # noqa: E501


def test_regression_firm_appointed_for_a_term_was_no_contract(tmp_path):
    # no contract word: the appointment of a firm (a legal form) for a term, and the total
    # fees over that term, are its contract and value; a councillor appointed is none
    assert _rows(MANAGER_APPOINTED, tmp_path) == [
        ("Harbourline Infrastructure Partners LLP", 5_200_000.0)]
