"""Review of round 33's fix F (outgoing holders by role, extension values, contracts let on a
day): the defects found, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# A waste committee's minutes: the contract is not to be extended; what an extension would have
# cost prices nothing.
EXTENSION_REFUSED = """Lowmarsh Joint Waste Committee
Minutes of the meeting held on 2 July 2027

JWC 23  GREEN WASTE TRANSFER CONTRACT
        RESOLVED that the green waste transfer contract with Ashwell Transfer
        Ltd will not be extended, the cost of the extension being £142,000.
"""


def test_regression_extension_refused_prices_nothing(tmp_path: Path) -> None:
    assert contract_rows(EXTENSION_REFUSED, tmp_path) == [("Ashwell Transfer Ltd", None)]


# A staffing report: a person replaced, whose fixed-term contract ended, holds a post, not a
# contract let by the council.
PERSON_WHOSE_POSTS_CONTRACT_ENDED = source_lines(
    "## Westmere Town Council",
    "** Staffing",
    "1.1 The new Events Officer will replace Karen Wells, whose fixed-term contract ended in"
    " May 2027.",
)


def test_regression_person_whose_fixed_term_contract_ended_holds_none(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(PERSON_WHOSE_POSTS_CONTRACT_ENDED, tmp_path)))
    assert rows == []


# A capital update: the contract let on a weekday and a date, then the firm.
LET_ON_A_WEEKDAY_AND_DATE = source_lines(
    "## Westmere Town Council",
    "** Pavilion refurbishment",
    "1.1 The contract was let on Monday 12 January 2033 to Oldacre Building Ltd.",
)


def test_regression_contract_let_on_a_weekday_and_date(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(LET_ON_A_WEEKDAY_AND_DATE, tmp_path)))
    assert rows == [("Oldacre Building Ltd", None)]


# The role as the council's own: "The Council's previous contractor, X,".
COUNCILS_PREVIOUS_CONTRACTOR = source_lines(
    "## Westmere Town Council",
    "** Cemetery maintenance",
    "1.1 Two quotations were invited. The Council's previous contractor, Larkhill Hedging, did"
    " not quote.",
)


def test_regression_the_councils_previous_contractor_holds_a_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(COUNCILS_PREVIOUS_CONTRACTOR, tmp_path)))
    assert rows == [("Larkhill Hedging", None)]
