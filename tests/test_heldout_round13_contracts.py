"""Regression tests for the contract misses of held-out round 13's blind batches (and the
round-12 ones left): each named after the bug, on small papers in the layouts that showed it
and in other councils' forms of the same thing, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered
from kcc_papers.load import load
from kcc_papers.load.page_tables import pdf_tables
from kcc_papers.load.unruled import read_words


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


def _tables_of(source: str, tmp_path: Path) -> list[list[list[str]]]:
    pdf = load(rendered(source, tmp_path))
    return [t.texts() for page in pdf.pages for t in pdf_tables(page, pdf.layout)]


# ------------------------- a table without rules on a page that has a ruled one was not read

LET_UNDER_BIDS = """## Fernleigh District Council
!! Leisure Management Contract: Award
** 3. Evaluation summary
|# Bidder | Quality (60%) | Price (40%) | Total | Rank |
| Bidder A | 51.6 | 37.2 | 88.8 | 1 |
| Bidder B | 48.0 | 40.0 | 88.0 | 2 |
** 5. Other contracts let under delegated powers
For information, the following contracts were awarded by officers under the Contract Procedure Rules:
|- Contract | Supplier | Term | Value |
| Street lighting column replacement | Lumenfield Civil Engineering Ltd | 3 years | £147,900 |
| Pest control | Vermex Services Ltd | 2 years | £96,400 |
"""  # noqa: E501


def test_regression_unruled_contracts_table_under_a_ruled_one_not_read(tmp_path):
    # the boxed bids table named no bidder; the borderless table of contracts let below it
    # was never looked for, as the page held a ruled table
    assert _pdf_rows(LET_UNDER_BIDS, tmp_path) == [
        ("Lumenfield Civil Engineering Ltd", 147_900.0), ("Vermex Services Ltd", 96_400.0)]


# ---------------- a cell wrapped in two columns beside cells set in the middle split its row

WRAPPED_TWO_COLUMNS = """## Fernleigh District Council
** Contracts let in the quarter
|% 24 24 12 12
|- Contract | Supplier | Term | Value |
| Cemetery grounds maintenance and tree works | Greenhallow Landscapes and Arboriculture Ltd | 3 years | £147,900 |
| Public toilets cleansing | Spotless Amenity Services Ltd | 2 years | £96,400 |
| CCTV monitoring | Watchfield Security Ltd | 4 years | £212,000 |
"""  # noqa: E501


def test_regression_cell_wrapped_in_two_columns_split_its_row(tmp_path):
    # the second line of the wrapped cells (words in the first column and another) was taken
    # for a row of its own, half a line below the row's one-line cells
    assert _tables_of(WRAPPED_TWO_COLUMNS, tmp_path) == [[
        ["Contract", "Supplier", "Term", "Value"],
        ["Cemetery grounds maintenance and tree works",
         "Greenhallow Landscapes and Arboriculture Ltd", "3 years", "£147,900"],
        ["Public toilets cleansing", "Spotless Amenity Services Ltd", "2 years", "£96,400"],
        ["CCTV monitoring", "Watchfield Security Ltd", "4 years", "£212,000"],
    ]]
    assert _pdf_rows(WRAPPED_TWO_COLUMNS, tmp_path) == [
        ("Greenhallow Landscapes and Arboriculture Ltd", 147_900.0),
        ("Spotless Amenity Services Ltd", 96_400.0), ("Watchfield Security Ltd", 212_000.0)]


SIZE = 9.0
COLUMNS = (60.0, 180.0, 300.0, 420.0)


def _words(lines: list[tuple[float, list[tuple[int, str]]]]) -> list[dict[str, object]]:
    """pdfplumber's words of lines given as (top, [(column, text), ...]), a word each."""
    out: list[dict[str, object]] = []
    for top, cells in lines:
        for column, text in cells:
            x = COLUMNS[column]
            for word in text.split():
                width = len(word) * SIZE / 2
                out.append({"text": word, "x0": x, "x1": x + width, "top": top,
                            "bottom": top + SIZE, "size": SIZE, "bold": False})
                x += width + SIZE / 4
    return out


def test_guard_rows_set_tight_stay_apart() -> None:
    # rows of one line set closer than usual (their lines touch, never overlap) are not joined
    pitch = SIZE + 0.4
    words = _words([
        (100.0, [(0, "Contract"), (1, "Supplier"), (2, "Term"), (3, "Value")]),
        (100.0 + pitch, [(0, "Grounds"), (1, "Greenhallow Ltd"), (2, "3 years"), (3, "£147,900")]),
        (100.0 + 2 * pitch, [(0, "Pest control"), (1, "Vermex Ltd"), (2, "2 years"),
                             (3, "£96,400")]),
        (100.0 + 3 * pitch, [(0, "CCTV"), (1, "Watchfield Ltd"), (2, "4 years"),
                             (3, "£212,000")]),
    ])
    (table,) = read_words(words, [100.0], 1)
    assert table.texts() == [["Contract", "Supplier", "Term", "Value"],
                             ["Grounds", "Greenhallow Ltd", "3 years", "£147,900"],
                             ["Pest control", "Vermex Ltd", "2 years", "£96,400"],
                             ["CCTV", "Watchfield Ltd", "4 years", "£212,000"]]


# ------------ a table headed as contracts let, whose header names its party "Operator", lost

def _awarded(heading: str, mark: str = "|- ") -> str:
    return f"""## Wealdmarsh County Council
!! Record of an Officer Decision
Subject:	Home to school transport routes
** Decision
I have decided to award contracts for the routes to the operators listed below.
** {heading}
|% 24 12 14 14
{mark}Operator | Routes | Term | Value |
| Marshside Minibuses Ltd | 21 (wheelchair accessible) | to 23 July 2028 | £684,300 |
| Rye Valley Taxis | 12 | to 23 July 2028 | GBP 1.2m |
** Conflicts of interest
None declared.
"""


@pytest.mark.parametrize("heading", ["Contracts awarded", "Contract awards",
                                     "The following contracts were let"])
@pytest.mark.parametrize("mark", ["|- ", "| "])
def test_regression_operator_table_under_a_contracts_let_heading_not_read(heading, mark,
                                                                          tmp_path):
    assert _pdf_rows(_awarded(heading, mark), tmp_path) == [
        ("Marshside Minibuses Ltd", 684_300.0), ("Rye Valley Taxis", 1_200_000.0)]


def test_regression_operator_table_under_a_contracts_let_heading_in_a_text_paper(tmp_path):
    text = ("Record of an Officer Decision\nHome to school transport routes\n"
            "Contracts awarded\nOperator\tRoutes\tTerm\tValue\n"
            "Marshside Minibuses Ltd\t21\tto 23 July 2028\t£684,300\n"
            "Rye Valley Taxis\t12\tto 23 July 2028\t£1.2m\n")
    assert _rows(text, tmp_path) == [("Marshside Minibuses Ltd", 684_300.0),
                                     ("Rye Valley Taxis", 1_200_000.0)]


def test_guard_an_operator_table_not_headed_as_contracts_let_is_none(tmp_path):
    # operators and their costs under a heading that lets nothing are no contracts
    assert _pdf_rows(_awarded("Routes operated last year"), tmp_path) == []



# ------------------------- a cell giving a year's rate and the whole term's value left empty

def _valued(value: str) -> str:
    return ("Report to the Joint Committee\nVehicle procurement: award of contracts\n"
            "Table 1: contracts to be awarded\n"
            "Lot\tSupplier\tTerm\tContract value\n"
            f"D\tDulverton Sweeper Hire Ltd\t4 years (contract hire)\t{value}\n")


@pytest.mark.parametrize("value", ["£61,800 per annum (£247,200 over 4 years)",
                                   "£247,200 (£61,800 per annum)",
                                   "£20,600 per month (£247,200 in total)"])
def test_regression_rate_and_whole_term_value_in_one_cell_left_empty(value, tmp_path):
    # the whole term's value is the rate times a whole number of periods: the contract's value
    assert _rows(_valued(value), tmp_path) == [("Dulverton Sweeper Hire Ltd", 247_200.0)]


def test_guard_two_values_of_different_periods_that_do_not_agree_stay_empty(tmp_path):
    # a rate and a sum that is no whole number of its periods (a capital sum beside a revenue
    # charge) are two things: the value stays empty
    assert _rows(_valued("£61,800 per annum (£150,000 capital)"), tmp_path) == [
        ("Dulverton Sweeper Hire Ltd", None)]


# ------------------------------ a figure with "k" in a contract's value column is no money

@pytest.mark.parametrize(("value", "pounds"), [("145k", 145_000.0),
                                               ("450k per annum", 450_000.0),
                                               ("1.2m", 1_200_000.0)])
def test_regression_scaled_figure_without_pound_sign_in_value_column_lost(value, pounds,
                                                                          tmp_path):
    assert _rows(_valued(value), tmp_path) == [("Dulverton Sweeper Hire Ltd", pounds)]


def test_guard_bare_figure_in_value_column_is_no_value(tmp_path):
    # a figure with neither a pound sign nor a scale may count anything: not read as money
    assert _rows(_valued("145"), tmp_path) == [("Dulverton Sweeper Hire Ltd", None)]


# ------------- a winners' table ("Most economically advantageous tenderer") read as offers

def _lots(party: str) -> str:
    return f"""## Glenmoyle Borough Council
!! Tender Report: Christmas Lights Supply and Maintenance
** 2.0 Tender Evaluation
2.1 Three tenders were received for Lot 1 (town centres) and two for Lot 2 (villages).
|% 10 30 20 20
| Lot | {party} | Contract period | Tender sum (3 seasons) |
| Lot 1 | Festive Illuminations (Ireland) Ltd | 2027 - 2030 | £187,350 |
| Lot 2 | Glens Electrical Contractors | 2027 - 2030 | £64,920 |
** 3.0 Recommendation
It is recommended that the Committee recommend to Council that the lots be let as shown.
"""


@pytest.mark.parametrize("party", ["Most economically advantageous tenderer",
                                   "MEAT bidder", "Most advantageous tender"])
def test_regression_most_advantageous_tenderer_column_read_as_offers(party, tmp_path):
    # the column names each lot's winner: a row a contract, though tenders were received
    assert _pdf_rows(_lots(party), tmp_path) == [
        ("Festive Illuminations (Ireland) Ltd", 187_350.0),
        ("Glens Electrical Contractors", 64_920.0)]


def test_guard_tenderers_under_tenders_received_stay_offers(tmp_path):
    # a column of every tenderer under "tenders were received": the bids, no contract let
    assert _pdf_rows(_lots("Tenderer"), tmp_path) == []


# ------------------------ a contract's value given apart from its award, before it, split off

def _award(value: str, award: str) -> str:
    return f"""## Glenmoyle Borough Council
!! Tender Report: Provision of Lifeguard Training
** 3.0 Tender Evaluation
3.1 The tender was advertised on 6 July 2027 and four tenders were received.
3.2 The contract is for two years with an option to extend for up to a further two years. {value}
** 4.0 Recommendation
IT IS RECOMMENDED that the Committee recommend to Council that {award}
"""


ONE_AWARD = ("the contract for the provision of lifeguard training be awarded to Aquasafe "
             "Training NI Ltd, being the most economically advantageous tender.")


@pytest.mark.parametrize("value", ["The contract value is £24,500 per annum.",
                                   "The estimated contract value is £49,000."])
def test_regression_value_given_before_the_award_split_off(value, tmp_path):
    rows = _pdf_rows(_award(value, ONE_AWARD), tmp_path)
    assert [(p, v and round(v)) for p, v in rows] == [
        ("Aquasafe Training NI Ltd", 24_500 if "24,500" in value else 49_000)]


def test_guard_the_current_contracts_value_is_not_the_awards(tmp_path):
    # the value of the contract in place is not the new award's
    rows = _pdf_rows(_award("The current contract value is £24,500 per annum.", ONE_AWARD),
                     tmp_path)
    assert set(rows) == {(None, 24_500.0), ("Aquasafe Training NI Ltd", None)}


def test_guard_a_value_beside_two_awards_stays_its_own(tmp_path):
    two = ("Lot 1 be awarded to Aquasafe Training NI Ltd and that the contract for Lot 2 be "
           "awarded to Poolwise Services Ltd.")
    rows = _pdf_rows(_award("The contract value is £24,500 per annum.", two), tmp_path)
    assert set(rows) == {(None, 24_500.0), ("Aquasafe Training NI Ltd", None),
                         ("Poolwise Services Ltd", None)}


# ------------------ the cost of an option the paper turns down taken for a contract's value

REASONS = """Individual Cabinet Member Decision
Waiver of Contract Procedure Rules - extension of the CCTV maintenance contract
1. DECISION
I have AGREED to waive Contract Procedure Rule 11.3 and to approve a direct award to
Securivue Systems Ltd for the maintenance of the CCTV control room for 18 months, at a value
of £146,250.
2. REASONS FOR THE DECISION
2.1 Securivue Systems Ltd holds the licences for the software. {reason}
"""


@pytest.mark.parametrize("reason", [
    "A competitive tender now would require a new provider to replace the software at an "
    "estimated cost of £280,000, only for the service to move to the partnership later.",
    "Re-tendering the contract would mean replacing the software at a cost of £280,000.",
])
def test_regression_cost_of_what_an_option_would_need_taken_for_a_contract(reason, tmp_path):
    assert _rows(REASONS.format(reason=reason), tmp_path) == [
        ("Securivue Systems Ltd", 146_250.0)]


def test_guard_a_contract_that_will_cost_is_a_value(tmp_path):
    reason = "The new contract for the cameras will be let at a cost of £280,000."
    assert set(_rows(REASONS.format(reason=reason), tmp_path)) == {
        (None, 280_000.0), ("Securivue Systems Ltd", 146_250.0)}
