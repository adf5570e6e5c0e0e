"""Held-out round 36, contracts awarded and varied in reports (family K6): the misses fixed,
each on a small paper written in the layout that showed it, with a guard of each rule."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# ------------------------------------------- a report's title naming the contracts it awards

ROUTE_AWARD = source_lines(
    "%% header Brindlecombe District Council",
    "## Executive",
    "## 4 March 2027",
    "Title:\tAward of Door to Door Courier Contracts from June 2027",
    "Portfolio:\tCommunities",
    "** 1. Purpose of the report",
    "1.1 To seek approval to award the library courier contracts for two rounds.",
    "** 2. Tender outcome (Table 1)",
    "|# Round | Area | Successful operator | Annual value | Total contract value (3 years) |",
    "| 1 | North villages | Quickstep Couriers Ltd | £41,000 | £123,000 |",
    "| 2 | South villages | Larkway Logistics Ltd | £38,500 | £115,500 |",
)


def test_title_naming_contracts_names_no_firm(tmp_path: Path) -> None:
    """Before, "Award of Door to Door Courier Contracts from June 2027" was read as an award
    of "Door" to a firm "Door Courier Contracts". A name ending on the word
    "Contracts" names what is let, never who it is let to."""
    rows = contract_rows_of(contexts(rendered(ROUTE_AWARD, tmp_path)))
    assert rows == [("Quickstep Couriers Ltd", 123000.0), ("Larkway Logistics Ltd", 115500.0)]


def test_firm_with_contracts_in_its_name_before_legal_form_still_read(tmp_path: Path) -> None:
    """Guard: a firm whose name holds "Contracts" before its legal form is still the party."""
    text = ("Award of Grit Bin Servicing Contract\n\n"
            "RESOLVED: That the grit bin servicing contract be awarded to Harlow Contracts Ltd"
            " for two years at a total contract value of £64,000.\n")
    assert contract_rows(text, tmp_path) == [("Harlow Contracts Ltd", 64000.0)]
