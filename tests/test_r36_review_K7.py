"""Review of round 36's fix K7 (contracts told in sentences: call-offs made with a firm,
agreements renewed through one, holders replaced, bodies named by their own word): the cases
the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows_of, rendered, source_lines


def _rows(source: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    return sorted(contract_rows_of(contexts(rendered(source, tmp_path))),
                  key=lambda row: row[0] or "")


def _report(*said: str) -> str:
    return source_lines("## Cabinet", "Date:\t9 June 2026", "Subject:\tFleet and Insurance",
                        "** Summary", *said)


def test_regression_payments_under_a_call_off_made_with_a_card(tmp_path: Path) -> None:
    # the call-off is the preposition's object: how it was paid, no call-off made with the firm
    assert _rows(_report(
        "Payments under the call-off were made with Allstar Business Solutions Ltd's fuel card"
        " for £3,200."), tmp_path) == []


def test_regression_a_call_off_made_with_a_firm_still_read(tmp_path: Path) -> None:
    assert _rows(_report(
        "The call-off was made with Trackwise Fleet Systems Ltd on 2 May 2026 for £88,500."),
        tmp_path) == [("Trackwise Fleet Systems Ltd", 88500.0)]


def test_regression_insurance_placed_through_the_councils_broker(tmp_path: Path) -> None:
    # the broker is a go-between: the insurer holds the contract
    assert "Marsh Ltd" not in [row[0] for row in _rows(_report(
        "The Council's insurance contracts were renewed on 1 April 2026 through Marsh Ltd, the"
        " Council's insurance broker. The premium is £186,000."), tmp_path)]
    assert "Marsh Ltd" not in [row[0] for row in _rows(_report(
        "The insurance contract was placed through Marsh Ltd with Zurich Municipal for"
        " £186,000."), tmp_path)]


def test_regression_a_loan_or_grant_agreement_extended_through_a_bank(tmp_path: Path) -> None:
    assert _rows(_report(
        "The Council's loan agreement was extended for five years through Lloyds Bank plc."),
        tmp_path) == []
    assert _rows(_report(
        "The grant agreement with the trust was extended on 1 May 2026 through Lloyds Bank plc,"
        " which holds the funds."), tmp_path) == []


def test_regression_through_in_another_clause_than_the_renewal(tmp_path: Path) -> None:
    assert _rows(_report(
        "The support agreement was extended to March 2027 and the funds are paid through"
        " Barclays Bank plc."), tmp_path) == []


def test_regression_a_family_firm_with_three_initials_whose_contract_ends(tmp_path: Path) -> None:
    # the founder's initials past the second, each split off alone, joined back on as it is
    rows = _rows(_report(
        "The paths have been maintained since 2021 by T. R. J. Moss & Sons, whose contract ends"
        " on 31 March 2026. The Council awards the contract to Fernside Groundcare Ltd for"
        " £12,600."), tmp_path)
    assert ("T. R. J. Moss & Sons", None) in rows


def test_regression_a_councillors_initials_before_a_firm_stay_apart(tmp_path: Path) -> None:
    # (held: minutes naming a person by initials, a firm's sentence after)
    rows = _rows(source_lines(
        "## Parish Council", "Minutes of the meeting held on 3 March 2026",
        "Apologies were received from P. A. Green. Greenway Grounds Ltd, whose contract expires"
        " on 31 March, did not quote. RESOLVED that the grounds contract be awarded to Fernside"
        " Groundcare Ltd for £12,600."), tmp_path)
    assert ("Fernside Groundcare Ltd", 12600.0) in rows
    assert all("Green." not in (name or "") for name, _ in rows)


def test_regression_the_holders_old_value_in_its_own_clause(tmp_path: Path) -> None:
    # (the case the fixer left open) the sum in the replaced holder's "whose contract" clause
    # is its old contract's: no price of the firm let now
    rows = _rows(source_lines(
        "## Cabinet", "Date:\t9 June 2026", "Subject:\tHome Care Contract",
        "** Recommendation",
        "That the contract be awarded to Yew Tree Care Ltd for three years, replacing Oak Care"
        " Ltd, whose contract ended on 31 March 2026 at a total value of £400,000."), tmp_path)
    assert ("Yew Tree Care Ltd", 400000.0) not in rows
    assert ("Oak Care Ltd", None) in rows
