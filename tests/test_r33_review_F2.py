"""Review of held-out round 33 F2 (``back_values``): a sentence referring back to the contract
let gives no value of it when its sum is a difference or the contract before it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows_of, rendered, source_lines

HEAD = ("## Harrowfield District Council", "** Executive",
        "1.1 To award the parks mowing contract to Sedgecombe Turf Ltd for three years.")


def _rows(tmp_path: Path, *lines: str) -> list[tuple[str | None, float | None]]:
    return [(r[0], r[1]) for r in contract_rows_of(
        contexts(rendered(source_lines(*HEAD, *lines), tmp_path)))]


def test_regression_a_difference_said_of_the_contract_is_no_value(tmp_path: Path) -> None:
    assert _rows(tmp_path, "1.2 Its value is £50,000 lower than the current contract.") == [
        ("Sedgecombe Turf Ltd", None)]


def test_regression_the_contract_before_is_no_value_of_the_one_let(tmp_path: Path) -> None:
    assert _rows(tmp_path, "1.2 The contract was last tendered in 2019 valued at £250,000.") == [
        ("Sedgecombe Turf Ltd", None)]
    assert _rows(tmp_path, "1.2 The cost of the contract was £250,000 last year.") == [
        ("Sedgecombe Turf Ltd", None)]


def test_a_value_referring_back_still_read(tmp_path: Path) -> None:
    assert _rows(tmp_path, "1.2 The total value of the contract is £300,000.") == [
        ("Sedgecombe Turf Ltd", 300000.0)]


def test_regression_its_refers_to_the_sentence_just_before_alone(tmp_path: Path) -> None:
    # a losing bidder named without its legal form, a service run in-house: "Its" is theirs
    assert _rows(tmp_path, "2.1 Sedgecombe Turf Ltd scored highest on quality. Amberly Lawns"
                 " was second. Its price was £310,000.") == [("Sedgecombe Turf Ltd", None)]
    assert _rows(tmp_path, "1.2 The service is run in-house at present. Its cost is £400,000"
                 " a year.") == [("Sedgecombe Turf Ltd", None)]


def test_regression_a_sentence_of_something_else_between_stops_the_look_back(
        tmp_path: Path) -> None:
    assert _rows(tmp_path, "1.2 The Council will also lease the depot to the firm. The value"
                 " of the agreement is £40,000.") == [("Sedgecombe Turf Ltd", None)]
