"""Held-out round 32, contracts: a contract's worth said in a second clause ("The contract is
for 5 years from 1 April 2027 and is worth £X"), each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows_of, rendered, source_lines

# A district's one-page report: the award asked for in one line, its price in a bullet under
# "Why" after the contract's term ("is for 5 years ... and is worth"), beside the pre-tender
# estimate and the yearly budget, neither of them the award's value.
ONE_PAGE_AWARD_WORTH_AFTER_TERM = source_lines(
    "## Hollinmoor District Council",
    "** Street cleansing contract 2028 to 2033",
    "Cabinet, 12 October 2027 | Item 5 | Key decision | Report of the Director of Place",
    "** What we are asking",
    "That Cabinet awards the street cleansing contract for 2028 to 2033 to Brackwater"
    " Environmental Ltd.",
    "** Why",
    "-- The current contract ends on 31 March 2028.",
    "-- We had 4 tenders. Brackwater Environmental Ltd scored highest on price and quality.",
    "-- The contract is for 5 years from 1 April 2028 and is worth £4,175,000.",
    "-- When we went out to tender we estimated the contract at £4,400,000. The winning price is"
    " lower.",
    "** Money",
    "The budget of £850,000 a year covers the cost. No extra money is needed.",
)


def test_a_contract_worth_after_its_term_prices_the_lone_award(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(ONE_PAGE_AWARD_WORTH_AFTER_TERM, tmp_path)))
    assert rows == [("Brackwater Environmental Ltd", 4175000.0)]


# The same kind of report, the new contract "will run ... and is valued at", the one in place
# said to run on "and is worth" its own sum: only the new contract's worth prices the award.
NEW_VALUED_BESIDE_CURRENT_WORTH = source_lines(
    "## Hollinmoor District Council",
    "** Leisure centre cleaning contract",
    "Cabinet, 12 October 2027 | Item 6 | Key decision | Report of the Director of Place",
    "** What we are asking",
    "That Cabinet awards the leisure centre cleaning contract to Tarnside Facilities Ltd.",
    "** Why",
    "-- The current contract runs to 31 March 2028 and is worth £310,000.",
    "-- The new contract will run for three years and is valued at £486,000.",
)


def test_a_new_contract_valued_after_its_term_not_the_current_ones_worth(
        tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(NEW_VALUED_BESIDE_CURRENT_WORTH, tmp_path)))
    assert rows == [("Tarnside Facilities Ltd", 486000.0)]
