"""Review of round 35's fix C1 (contract papers in rarer forms: a table none of whose contracts
was let, a provider cell naming no one, a forward plan's incumbents, novations, a body's
decision notice dated by its decision): the cases the review found read wrong, each on a small
paper a council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import (
    contract_html_rows,
    contract_rows,
    contract_rows_of,
    documents_of,
    html_page,
    html_table,
    rendered,
    source_lines,
)

HEAD = "Harwood Borough Council\nCabinet report\n\n"

# ------------------------------------------------ a table none of whose contracts was let


def _awards_page(said: str) -> str:
    """A web page's table of the quarter's awards, what the text above says of them after."""
    return html_page(
        "<h1>Procurement Update - Quarter 3</h1>",
        f"<p>2.1 The following contracts were awarded in the quarter. {said}</p>",
        html_table(["Contract", "Provider", "Term", "Value"], [
            ["Library lift replacement", "Oakhurst Lifts Ltd", "5 months", "£218,000"],
            ["Grounds maintenance", "Greenway Grounds Ltd", "3 years", "£420,000"]]))


AWARDS = [("Oakhurst Lifts Ltd", 218000.0), ("Greenway Grounds Ltd", 420000.0)]


@pytest.mark.parametrize("said", [
    "None of them was awarded without competition.",
    "None of these contracts was let to a supplier outside the region.",
    "None of these contracts were awarded under a waiver of Contract Standing Orders.",
])
def test_regression_saying_how_none_was_let_keeps_the_awards(said: str, tmp_path: Path) -> None:
    # how the rows were let (or to whom) is denied, not that they were
    assert contract_html_rows(_awards_page(said), tmp_path) == AWARDS


def test_regression_saying_none_was_varied_keeps_the_awards(tmp_path: Path) -> None:
    # no letting denied: the table is the awards its lead-in names
    page = _awards_page("None of these contracts has been extended or varied since award.")
    assert contract_html_rows(page, tmp_path) == AWARDS


def _register_page(said: str) -> str:
    """The quarter's awards, then a register of contracts in force under ``said``."""
    return html_page(
        "<h1>Procurement Update - Quarter 3</h1>",
        "<p>2.1 The following contracts were awarded in the quarter.</p>",
        html_table(["Contract", "Provider", "Term", "Value"], [
            ["Library lift replacement", "Oakhurst Lifts Ltd", "5 months", "£218,000"]]),
        "<h2>3. Contracts in force</h2>",
        f"<p>3.1 {said}</p>",
        html_table(["Contract", "Provider", "Start", "End", "Total contract value"], [
            ["Highways maintenance", "Stonecross Highways Ltd", "01/04/2022", "31/03/2029",
             "£21,400,000"]]))


@pytest.mark.parametrize("said", [
    "None of the contracts listed below was let, extended or varied in the quarter.",
    "None of the contracts in the table below was let, extended or varied in the quarter.",
    "No contract in the table below was let, extended or varied in the quarter.",
    "Neither of these contracts was let or varied in the quarter.",
])
def test_regression_a_denial_in_other_words_lists_no_contract(said: str, tmp_path: Path) -> None:
    assert contract_html_rows(_register_page(said), tmp_path) == [("Oakhurst Lifts Ltd", 218000.0)]


# The denial ends a page, the register (under its caption) opens the next.
DENIAL_OVER_A_PAGE = source_lines(
    "%% header Greyhithe District Council",
    "%% footer Procurement update | Page {page} of {pages}",
    "## GREYHITHE DISTRICT COUNCIL",
    "** Governance and Audit Committee - 9 June 2026",
    "** 2. Contracts awarded",
    "2.1 The following contracts were awarded in the quarter.",
    "| Contract | Provider | Term | Value |",
    "| Library lift replacement | Oakhurst Lifts Ltd | 5 months | £218,000 |",
    "** 3. Contracts in force",
    "3.1 The table below lists the Council's contracts in force. None of these contracts was"
    " let, extended or varied in the quarter.",
    "--- page ---",
    "Table 2: Contracts in force",
    "| Contract | Provider | Start | End | Total contract value |",
    "| Highways maintenance | Stonecross Highways Ltd | 01/04/2022 | 31/03/2029 | £21,400,000 |",
)


def test_regression_a_denial_ending_the_page_before_its_table(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(DENIAL_OVER_A_PAGE, tmp_path)))
    assert rows == [("Oakhurst Lifts Ltd", 218000.0)]


# ------------------------------------------------ a provider cell naming no one

def _cell_rows(cell: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    source = source_lines(
        "## TREVANNION DISTRICT COUNCIL",
        "** Resources Committee - 9 June 2026",
        "** Contracts awarded",
        "The following contracts were awarded in the quarter.",
        "| Contract | Provider | Term | Value |",
        f"| Catering supplies | {cell} | 2 years | £150,000 |",
        "| Library lift replacement | Oakhurst Lifts Ltd | 5 months | £218,000 |",
    )
    return contract_rows_of(contexts(rendered(source, tmp_path)))


@pytest.mark.parametrize("cell", [
    "ESPO framework (no supplier has been appointed)",
    "ESPO framework - no supplier appointed",
    "ESPO framework (supplier to be appointed)",
    "No provider appointed",
])
def test_regression_a_cell_saying_no_one_appointed_in_other_words(cell: str,
                                                                   tmp_path: Path) -> None:
    assert _cell_rows(cell, tmp_path) == [("Oakhurst Lifts Ltd", 218000.0)]


def test_a_firm_with_no_subcontractor_appointed_is_still_let_to(tmp_path: Path) -> None:
    assert _cell_rows("Brightway Ltd (no subcontractor appointed)", tmp_path) == [
        ("Brightway Ltd (no subcontractor appointed)", 150000.0),
        ("Oakhurst Lifts Ltd", 218000.0)]


# ------------------------------------------------ a forward plan's incumbents, an award's

def _plan_rows(header: list[str], row: list[str], tmp_path: Path) -> list[tuple[str | None,
                                                                              float | None]]:
    source = source_lines(
        "## TREVANNION DISTRICT COUNCIL",
        "** Resources Committee - 9 June 2026",
        "** Procurement Plan 2026/27",
        "| " + " | ".join(header) + " |",
        "| " + " | ".join(row) + " |",
    )
    return contract_rows_of(contexts(rendered(source, tmp_path)))


def test_regression_a_plans_estimates_beside_the_incumbents_contract_end(tmp_path: Path) -> None:
    # each row prices the procurement to come, not the incumbent's contract
    assert _plan_rows(
        ["Procurement", "Incumbent supplier", "Current contract expiry", "Estimated value",
         "Expected award"],
        ["Cemetery grounds maintenance", "Lanyon Grounds Ltd", "31/03/2027", "£420,000",
         "Nov 2026"], tmp_path) == []


def test_regression_a_plans_provider_column_marked_incumbent(tmp_path: Path) -> None:
    assert _plan_rows(
        ["Planned procurement", "Provider (incumbent)", "Estimated value", "Route",
         "Expected award"],
        ["Cemetery grounds maintenance", "Lanyon Grounds Ltd", "£420,000", "Open procedure",
         "Nov 2026"], tmp_path) == []


def test_regression_an_awards_table_names_the_winner_not_the_previous_provider(
        tmp_path: Path) -> None:
    assert _plan_rows(
        ["Contract", "Previous provider", "Successful bidder", "Value", "Start date"],
        ["Cemetery grounds maintenance", "Lanyon Grounds Ltd", "Greenway Grounds Ltd",
         "£420,000", "01/05/2026"], tmp_path) == [("Greenway Grounds Ltd", 420000.0)]


# ------------------------------------------------ novations

INCOMING_AND_OUTGOING = [("Elmbridge Care Ltd", None), ("Fairhaven Homecare Ltd", 2310000.0)]


@pytest.mark.parametrize("said", [
    "The home care contract with Elmbridge Care Ltd was transferred by novation to Fairhaven"
    " Homecare Ltd on 1 July 2026, with a remaining contract value of £2,310,000.",
    "Cabinet agreed that the home care contract be assigned from Elmbridge Care Ltd to"
    " Fairhaven Homecare Ltd with effect from 1 July 2026, with a remaining contract value of"
    " £2,310,000.",
    # (another clause of the sentence refusing something else)
    "RESOLVED that the home care contract be novated from Elmbridge Care Ltd to Fairhaven"
    " Homecare Ltd with effect from 1 July 2026, with a remaining contract value of £2,310,000,"
    " and that Fairhaven's request for a price increase be refused.",
])
def test_regression_a_novation_said_other_ways(said: str, tmp_path: Path) -> None:
    assert sorted(contract_rows(HEAD + said + "\n", tmp_path), key=str) == INCOMING_AND_OUTGOING


def test_regression_a_novation_naming_only_the_incoming_firm(tmp_path: Path) -> None:
    text = HEAD + ("The home care contract will be novated to Fairhaven Homecare Ltd from 1 July"
                   " 2026, with a remaining contract value of £2,310,000.\n")
    assert contract_rows(text, tmp_path) == [("Fairhaven Homecare Ltd", 2310000.0)]


@pytest.mark.parametrize("said", [
    "Cabinet rejected the proposal that the home care contract be novated from Elmbridge Care"
    " Ltd to Fairhaven Homecare Ltd.",
    "It is not recommended that the home care contract be novated from Elmbridge Care Ltd to"
    " Fairhaven Homecare Ltd.",
    "The Council declined to novate the home care contract from Elmbridge Care Ltd to Fairhaven"
    " Homecare Ltd, and will re-tender it.",
    "No novation is needed: staff will transfer from Elmbridge Care Ltd to Fairhaven Homecare Ltd"
    " under TUPE.",
])
def test_regression_a_novation_set_aside_before_it_passes_nothing(said: str,
                                                                  tmp_path: Path) -> None:
    assert contract_rows(HEAD + said + "\n", tmp_path) == []


def test_regression_a_guarantees_sum_in_the_novation_is_no_value(tmp_path: Path) -> None:
    text = HEAD + ("RESOLVED that the home care contract be novated from Elmbridge Care Ltd to"
                   " Fairhaven Homecare Ltd, with the parent company guarantee capped at"
                   " £500,000.\n")
    assert sorted(contract_rows(text, tmp_path), key=str) == [
        ("Elmbridge Care Ltd", None), ("Fairhaven Homecare Ltd", None)]


def test_regression_a_novation_ending_its_sentence_names_the_firm_without_the_stop(
        tmp_path: Path) -> None:
    text = HEAD + ("RESOLVED that the home care contract be novated from Elmbridge Care Ltd to"
                   " Fairhaven Homecare Ltd. The remaining contract value is £2,310,000.\n")
    assert sorted(contract_rows(text, tmp_path), key=str) == INCOMING_AND_OUTGOING


# ------------------------------------------------ a body's decision notice, dated by its decision

def _notice(*labels: str) -> list[str]:
    return ["## Notice of Decision", *labels, "** Decision", "RESOLVED that the report be noted."]


def test_regression_a_bilingual_date_of_decision(tmp_path: Path) -> None:
    source = source_lines(*_notice("Penderfyniad gan / Decision taken by:\tExecutive",
                                   "Dyddiad y penderfyniad / Date of decision:\t3 June 2026"))
    assert documents_of(rendered(source, tmp_path)) == [("decision", "2026-06-03", "Executive")]


def test_regression_a_clerks_decision_notice_names_no_meeting(tmp_path: Path) -> None:
    # the body's officer, named with the body's name, decides alone: no meeting's
    source = source_lines(*_notice("Decision maker:\tClerk to the Commissioners",
                                   "Date of decision:\t12 March 2026"))
    assert documents_of(rendered(source, tmp_path)) == [("decision", None, None)]
