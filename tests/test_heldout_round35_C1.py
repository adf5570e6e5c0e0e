"""Held-out round 35, contract papers in rarer forms: the misses fixed, each on a small paper
written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_html_rows,
    contract_rows_of,
    documents_of,
    html_page,
    html_table,
    rendered,
    source_lines,
)

# A web page of a quarter's procurement: the contracts awarded in the quarter, a framework
# joined with no one appointed, and a register "for information" whose sentence above says
# none of its contracts was let.
AWARDED_THEN_REGISTER_PAGE = html_page(
    "<h1>Contracts Update - Quarter 2</h1>",
    "<h2>2. Contracts awarded in quarter 2</h2>",
    "<p>2.1 The following contracts were awarded in the quarter.</p>",
    "<p>Table 1: Contracts awarded, 1 July to 30 September 2026</p>",
    html_table(["Contract", "Provider", "Term", "Value"], [
        ["Library lift replacement", "Oakhurst Lifts Ltd", "5 months", "£218,000"],
        ["Catering supplies", "Call-off from the YPO food framework (no supplier appointed)",
         "2 years", "£150,000"],
    ]),
    "<h2>3. Larger contracts in force (for information)</h2>",
    "<p>3.1 The table lists the contracts in force over £1 million. None of these contracts"
    " was awarded, extended or varied in the quarter.</p>",
    "<p>Table 2: Contracts in force</p>",
    html_table(["Contract", "Provider", "Start", "End", "Total contract value"], [
        ["Highways maintenance", "Stonecross Highways Ltd", "01/04/2022", "31/03/2029",
         "£21,400,000"],
        ["Street cleansing", "Brightway Cleansing Ltd", "01/10/2023", "30/09/2030",
         "£8,750,000"],
    ]),
)


def test_a_table_none_of_whose_contracts_was_let_lists_none(tmp_path: Path) -> None:
    assert contract_html_rows(AWARDED_THEN_REGISTER_PAGE, tmp_path) == [
        ("Oakhurst Lifts Ltd", 218000.0)]


# The same register with no sentence denying its rows were let: a register reported for its
# own sake, its rows the contracts it reports.
REGISTER_PAGE = html_page(
    "<h1>Contracts Register</h1>",
    "<p>3.1 The table lists the contracts in force over £1 million.</p>",
    html_table(["Contract", "Provider", "Start", "End", "Total contract value"], [
        ["Highways maintenance", "Stonecross Highways Ltd", "01/04/2022", "31/03/2029",
         "£21,400,000"],
    ]),
)


def test_a_register_without_the_denial_is_read(tmp_path: Path) -> None:
    assert contract_html_rows(REGISTER_PAGE, tmp_path) == [("Stonecross Highways Ltd", 21400000.0)]


# A forward plan whose party column is each procurement's incumbent, beside one award since
# the last report, whose earlier estimate is said after it.
FORWARD_PLAN_WITH_INCUMBENTS = source_lines(
    "## TREVANNION DISTRICT COUNCIL",
    "** Resources Committee - 9 June 2026",
    "** Procurement Plan 2026/27",
    "** 1. Awards since the last report",
    "1.1 On 2 May 2026 the Council awarded the pool plant maintenance contract to Aquaserve"
    " Engineering Ltd for three years at a total contract value of £188,400. The contract was"
    " in last year's plan with an estimated value of £175,000.",
    "** 2. The plan",
    "| Planned procurement | Incumbent supplier | Estimated value | Route | Expected award |",
    "| Cemetery grounds maintenance | Lanyon Grounds Ltd | £420,000 | Open procedure |"
    " Nov 2026 |",
    "| Office furniture | - | £95,000 | Framework call-off | Sep 2026 |",
)


def test_a_forward_plans_incumbents_hold_no_contract_let(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(FORWARD_PLAN_WITH_INCUMBENTS, tmp_path)))
    assert rows == [("Aquaserve Engineering Ltd", 188400.0)]


# A table of contracts ending, each with its successor's expected award: its party column is
# the holder of a contract let and running (it says when each ends), read as ever.
ENDING_WITH_AWARDS_TO_COME = source_lines(
    "## TREVANNION DISTRICT COUNCIL",
    "** Resources Committee - 9 June 2026",
    "** Contracts ending in 2027",
    "| Contract | Current provider | Contract value | End date | Expected award |",
    "| Cemetery grounds maintenance | Lanyon Grounds Ltd | £420,000 | 31/03/2027 | Nov 2026 |",
)


def test_contracts_ending_with_awards_to_come_are_read(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(ENDING_WITH_AWARDS_TO_COME, tmp_path)))
    assert rows == [("Lanyon Grounds Ltd", 420000.0)]


# An executive decision notice novating a contract from one firm to another, the contract's
# first award to the outgoing firm priced in its background.
NOVATION_NOTICE = source_lines(
    "## Notice of Executive Decision",
    "Decision taken by:\tExecutive",
    "Date of decision:\t3 June 2026",
    "Subject:\tHome Care Contract - Novation",
    "** Decision",
    "RESOLVED that:",
    "1. the Home Care Contract for the northern area be novated from Elmbridge Care Ltd to"
    " Fairhaven Homecare Ltd with effect from 1 July 2026, for the remaining term of the"
    " contract to 30 June 2029, with a remaining contract value of £2,310,000;",
    "** Background",
    "The contract was awarded to Elmbridge Care Ltd in 2023 for six years at a total contract"
    " value of £4,980,000.",
)


def test_a_novation_lets_to_the_incoming_firm_and_replaces_the_outgoing(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(NOVATION_NOTICE, tmp_path)))
    assert sorted(rows, key=str) == [("Elmbridge Care Ltd", None),
                                     ("Fairhaven Homecare Ltd", 2310000.0)]


# A novation weighed among the options and rejected: no contract passes.
NOVATION_REJECTED = source_lines(
    "## Fenmarch District Council",
    "** Cabinet - Home Care",
    "1. That Cabinet approves the award of the home care contract to Fairhaven Homecare Ltd"
    " at a total contract value of £2,310,000.",
    "** Alternative options considered",
    "Option 1 - novating the contract from Elmbridge Care Ltd to Birchwood Care Ltd: rejected"
    " because Birchwood could not meet the selection criteria.",
)


def test_a_novation_rejected_among_the_options_passes_nothing(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(NOVATION_REJECTED, tmp_path)))
    assert ("Fairhaven Homecare Ltd", 2310000.0) in rows
    assert not [r for r in rows if r[0] == "Birchwood Care Ltd"]


def test_a_bodys_decision_notice_is_dated_by_its_date_of_decision(tmp_path: Path) -> None:
    assert documents_of(rendered(NOVATION_NOTICE, tmp_path)) == [
        ("decision", "2026-06-03", "Executive")]


# The same notice of a decision a person took: no meeting's, whatever its date.
PERSONS_DECISION_NOTICE = NOVATION_NOTICE.replace(
    "Decision taken by:\tExecutive", "Decision taken by:\tCabinet Member for Adult Care")


def test_a_persons_decision_notice_names_no_meeting(tmp_path: Path) -> None:
    assert documents_of(rendered(PERSONS_DECISION_NOTICE, tmp_path)) == [
        ("decision", None, None)]


# A cabinet report varying a contract: the variation value is the row's, not the value the
# contract was first let at; a variation value in a sentence naming no firm is no row.
VARIATION_REPORT = source_lines(
    "## Wrenford Borough Council",
    "** Cabinet - 4 March 2026",
    "** Street Lighting Contract - Variation",
    "2.1 That Cabinet approves a variation to the Street Lighting Maintenance Contract with"
    " Lumenway Highways Ltd to add the LED conversion of 1,200 columns, at a variation value of"
    " £642,000 over the remaining term.",
    "3.1 The contract was awarded to Lumenway Highways Ltd in 2021 for ten years at a total"
    " contract value of £9,850,000.",
    "3.2 A second phase, at a variation value of £300,000, may follow in 2028.",
)


def test_the_variation_value_is_the_varied_contracts(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(VARIATION_REPORT, tmp_path)))
    assert rows == [("Lumenway Highways Ltd", 642000.0)]

