"""Held-out round 35, contract awards in reports, packs and minutes: the misses fixed, each on
a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines

# A cabinet report letting a golf course's management: the firm running it now named in one
# sentence, "That contract" said to end in the next.
RUN_BY_THEN_THAT_CONTRACT_ENDS = source_lines(
    "## Hollinbeck Borough Council",
    "!! Golf Course Management Contract: Award",
    "** 1. Recommendation",
    "1.1 That Cabinet awards the contract for the management of Hollinbeck Park Golf Course to"
    " Greenway Fairways Ltd for eight years from 1 May 2027, at a total contract value of"
    " £3,260,000.",
    "** 2. Background",
    "2.1 The course has been run by Tarnside Golf Management Ltd since 2017. That contract,"
    " varied in 2022, expires on 30 April 2027 and cannot be extended.",
)


def test_a_firm_running_the_service_whose_contract_the_next_sentence_ends(
        tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(RUN_BY_THEN_THAT_CONTRACT_ENDS, tmp_path)))
    assert rows == [("Greenway Fairways Ltd", 3260000.0), ("Tarnside Golf Management Ltd", None)]


# A pension committee's report: the adviser in place the subject of "has provided", "Its
# contract" said to end in the next sentence.
FIRM_HAS_PROVIDED_THEN_ITS_CONTRACT_ENDS = """Report to the Pensions Committee
1. That the Committee appoints Larchmont Governance LLP as independent adviser to the Fund for
four years from 1 October 2027 at a total fee of £286,000.
2. The current adviser, Quayle Pension Advisory Ltd, has provided governance advice to the Fund
since 2019. Its contract expires on 30 September 2027.
"""


def test_a_firm_that_has_provided_the_service_whose_contract_ends_next(tmp_path: Path) -> None:
    assert contract_rows(FIRM_HAS_PROVIDED_THEN_ITS_CONTRACT_ENDS, tmp_path) == [
        ("Larchmont Governance LLP", 286000.0), ("Quayle Pension Advisory Ltd", None)]


# ... but not where the next sentence ends a lease, ends a contract long gone, or where the one
# running the service is a person or the council's own team.
NOT_A_CONTRACT_ENDING_NEXT = """Report to the Cabinet
1. That the Cabinet awards the contract for the café at Linden Park to Brewhouse Kitchens Ltd
for five years at a total contract value of £140,000.
2. The kiosk has been run by Saltbox Catering Ltd since 2020. Its lease expires on 31 March
2027.
3. The boathouse was run by Oarsmen Leisure Ltd until 2019. That contract ended in March 2019.
4. The bowls pavilion has been managed by Mr Peter Dunmore since 2015. His contract ends in
June 2027.
5. The park has been maintained by the Council's own Parks Team since 2012. That contract
ends in 2028.
"""


def test_no_holder_where_the_next_sentence_ends_no_contract_in_place(tmp_path: Path) -> None:
    assert contract_rows(NOT_A_CONTRACT_ENDING_NEXT, tmp_path) == [
        ("Brewhouse Kitchens Ltd", 140000.0)]


# An award report: the trust operating the centres now, when it began between "operated" and
# "by", whose contract is said to end in the same sentence.
OPERATED_SINCE_BY_WHOSE_CONTRACT_ENDS = source_lines(
    "## Ravensmoor District Council",
    "!! Swimming Pools Contract: Award",
    "** 1. Recommendations",
    "1.1 That Cabinet awards the contract for the operation of the district's two pools to"
    " Bluewater Community Pools Ltd for seven years, at a total contract value of £5,180,000.",
    "** 2. Background",
    "2.1 The pools have been operated since 1 April 2015 by Moorland Swim Trust, whose contract"
    " expires on 31 March 2027.",
)


def test_a_trust_operating_since_a_date_whose_contract_ends(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(OPERATED_SINCE_BY_WHOSE_CONTRACT_ENDS, tmp_path)))
    assert rows == [("Bluewater Community Pools Ltd", 5180000.0), ("Moorland Swim Trust", None)]


# A recommendation letting a leisure contract with the fee the council pays "with" it over the
# term; a procurement strategy's fee, in a sentence naming no firm, prices nothing let.
WITH_A_MANAGEMENT_FEE = """Report to the Executive
(a) awards the contract for the management of Castlegate Sports Centre to Peakfit Leisure Ltd
for a term of ten years from 1 June 2027, with a management fee payable by the Council of
£6,150,000 over the term;
(b) notes that the next leisure contract would be let with a management fee of about £700,000
a year.
"""


def test_the_management_fee_an_award_comes_with_is_its_value(tmp_path: Path) -> None:
    assert contract_rows(WITH_A_MANAGEMENT_FEE, tmp_path) == [("Peakfit Leisure Ltd", 6150000.0)]


# A committee's programme report: a works contract said let in a month, to a firm at a price.
LET_IN_A_MONTH = source_lines(
    "## Lowerby Town Council",
    "!! Heritage Projects Update",
    "3.1 The contract for the war memorial cleaning was let in March 2027 to Stoneguard"
    " Restoration Ltd at £48,750 following three quotations.",
    "3.2 The contract for the lychgate repairs will be let in June 2027 to the lowest bidder.",
)


def test_a_contract_let_in_a_month_to_a_firm(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(LET_IN_A_MONTH, tmp_path)))
    assert rows == [("Stoneguard Restoration Ltd", 48750.0)]
