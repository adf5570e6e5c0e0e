"""Regression tests for the misses of held-out round 40's family K3 (contracts): an outgoing
holder whose name has "and" inside it read twice (whole and its tail); a variation's new total
printed in the sentence varying the contract, read as the value first let (and a line of
running text opening on a plan's name read as a forward plan's title); an outgoing holder
"provided since <date> by" a firm that also bid, given its bid as a value; and a concession
awarded to a named operator at a total fee, with the operator it replaces, read as nothing.
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_rows,
    contract_rows_of,
    documents_of,
    rendered,
    source_lines,
)

# ------------------------------------------------ an outgoing holder's name with "and" inside


def test_holder_name_with_and_inside_read_once(tmp_path: Path) -> None:
    """Before, "currently provided by Northgate Home and Repair Agency Ltd under a contract
    that ends" gave the whole name and its tail "Repair Agency Ltd" (a plain pattern, whose
    names end at "and", read it again from inside the name another had read). A name read
    inside a name already read is a fragment of it, not a second firm."""
    text = (
        "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Home Improvement Agency Service\n\n"
        "1. Recommendations\n\n"
        "1.1 Award the contract for the home improvement agency service to Wellspring "
        "Housing Support Ltd for four years from 1 April 2028 at a total value of £880,000.\n\n"
        "2. Background\n\n"
        "2.1 The service is currently provided by Northgate Home and Repair Agency Ltd under "
        "a contract that ends on 31 March 2028 and cannot be extended.\n"
    )
    assert contract_rows(text, tmp_path) == [
        ("Wellspring Housing Support Ltd", 880000.0),
        ("Northgate Home and Repair Agency Ltd", None),
    ]


def test_two_firms_joined_by_and_still_both_read(tmp_path: Path) -> None:
    """Guard: two firms, each with its legal form, joined by "and" are two holders still."""
    text = (
        "BRAMHOLT DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n"
        "Grounds Maintenance\n\n"
        "1.1 The Cabinet awarded the grounds maintenance contract to Fernbank Landscapes Ltd "
        "and Hollis Tree Care Ltd for five years at a total value of £2,400,000.\n"
    )
    rows = contract_rows(text, tmp_path)
    assert [p for p, _ in rows] == ["Fernbank Landscapes Ltd", "Hollis Tree Care Ltd"]

