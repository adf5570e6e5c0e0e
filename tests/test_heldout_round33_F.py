"""Held-out round 33, contracts and risks: the misses fixed, each on a small paper written in
the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, contract_rows_of, rendered, source_lines
from kcc_papers.extract import risks
from kcc_papers.extract.risks.header_roles import FACTORS_NAMED_IN_CELL
from kcc_papers.models import Risk

# A town council's report on quotations: the contractor holding the work now, named by its
# role in apposition, its name without a legal form; it did not quote.
CURRENT_CONTRACTOR_NAMED_BY_ROLE = source_lines(
    "## Westmere Town Council",
    "** Hedge trimming 2028-2031",
    "1.1 Three quotations were invited for hedge trimming along the town's footpaths. The"
    " current contractor, Larkhill Hedging, has done the work since 2022 and did not quote.",
    "| Contractor | Annual price | Three-year total |",
    "| Brambleway Grounds Ltd | £6,100 | £18,300 |",
    "| Coombe Verges | £6,900 | £20,700 |",
    "Recommendation: That the Committee accepts the quotation of Brambleway Grounds Ltd of"
    " £18,300 for hedge trimming for 2028 to 2031.",
)


def test_the_current_contractor_named_in_apposition_holds_a_contract(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(CURRENT_CONTRACTOR_NAMED_BY_ROLE, tmp_path)))
    assert ("Larkhill Hedging", None) in rows
    assert ("Coombe Verges", None) not in rows


# A parish council's minutes in plain text: a quotation accepted, then the previous
# contractor named by its role.
PREVIOUS_CONTRACTOR_MINUTES = """Oakhollow Parish Council
Minutes of the meeting held on 4 March 2027

211/27  CEMETERY MAINTENANCE
        RESOLVED: that the quotation of Yewtree Grounds Ltd be accepted
        for two seasons at a total cost of £5,460.
        The previous contractor, Hollin Mowing Services, had not sought to
        renew its contract.
"""


def test_the_previous_contractor_named_in_apposition_holds_a_contract(tmp_path: Path) -> None:
    assert contract_rows(PREVIOUS_CONTRACTOR_MINUTES, tmp_path) == [
        ("Yewtree Grounds Ltd", 5460.0), ("Hollin Mowing Services", None)]


# A treasury report: the adviser appointed replaces a firm whose contract is said to have ended.
REPLACES_FIRM_WHOSE_CONTRACT_ENDED = source_lines(
    "## Brackwell District Council",
    "** Treasury Management Mid-Year Review",
    "4.1 The Section 151 Officer awarded the contract for treasury advisory services to"
    " Corbridge Treasury Ltd for three years from 1 April 2031 at a total value of £48,300."
    " Corbridge replace Fairholme Capital Advisory, whose contract ended on 31 March 2031.",
)


def test_the_firm_replaced_whose_contract_ended_held_it(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(REPLACES_FIRM_WHOSE_CONTRACT_ENDED, tmp_path)))
    assert rows == [("Corbridge Treasury Ltd", 48300.0), ("Fairholme Capital Advisory", None)]


# Neither a person in the role ("The previous contractor, Mr Ashby,") nor an operator or a
# manager, which may hold a service or a post by any arrangement.
ROLES_NOT_A_FIRMS_CONTRACT = source_lines(
    "## Westmere Town Council",
    "** Market and allotments",
    "2.1 The previous contractor, Mr Ashby, retired in 2026 after twenty years of mowing.",
    "2.2 The current market operator, Fenland Stalls, runs the Saturday market.",
    "2.3 The current site manager, Joan Perrow, retires in May.",
)


def test_a_person_or_an_operator_in_the_role_holds_no_contract(tmp_path: Path) -> None:
    assert contract_rows_of(contexts(rendered(ROLES_NOT_A_FIRMS_CONTRACT, tmp_path))) == []


# A provider in place named by its role needs a firm's ending; a contractor does not.
PROVIDER_BY_ROLE = source_lines(
    "## Westmere Town Council",
    "** Community transport",
    "3.1 Two quotations were invited for the dial-a-ride service under the Council's contract"
    " procedure rules. The current provider, Moorside Minibus, did not quote.",
    "3.2 Two quotations were invited for the hire of marquees under the Council's contract"
    " procedure rules. The current supplier, Fenwick Event Services, did not quote.",
)


def test_a_provider_in_place_needs_a_firms_ending(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(PROVIDER_BY_ROLE, tmp_path)))
    assert rows == [("Fenwick Event Services", None)]


# A capital programme update in a text pack: the works contract let on a day, under delegated
# authority, to the firm; the other bidders and the pre-tender estimate are no contracts.
LET_ON_A_DAY_UNDER_DELEGATION = """Tarnside Council
Executive - 9 February 2034

CAPITAL PROGRAMME 2033/34: QUARTER 3

4.1 The pre-tender estimate for the main works was £2.3m.

4.2 Three compliant bids were received. The refurbishment contract was
awarded on 20 January 2034 under delegated authority to Oldacre Building
Ltd at a contract sum of £2,118,000.

4.3 The other bidders were Hexmoor Builders Ltd and P. Quayle & Sons.
"""


def test_a_contract_let_on_a_day_under_delegation_names_its_firm(tmp_path: Path) -> None:
    assert contract_rows(LET_ON_A_DAY_UNDER_DELEGATION, tmp_path) == [
        ("Oldacre Building Ltd", 2118000.0)]


# A joint committee's minutes: a firm's contract extended, the extension's value in a clause
# of its own; weighed as an option, the extension's cost prices nothing.
EXTENSION_VALUE_CLAUSE = """Lowmarsh Joint Waste Committee
Minutes of the meeting held on 2 July 2027

JWC 22  GREEN WASTE TRANSFER CONTRACT
        RESOLVED that the green waste transfer contract with Ashwell Transfer
        Ltd be extended by six months to 31 March 2028, the value of the
        extension being £142,000.
"""


def test_the_value_of_an_extension_let_is_the_rows(tmp_path: Path) -> None:
    assert contract_rows(EXTENSION_VALUE_CLAUSE, tmp_path) == [
        ("Ashwell Transfer Ltd", 142000.0)]


def test_the_cost_of_an_extension_weighed_as_an_option_prices_nothing(tmp_path: Path) -> None:
    weighed = EXTENSION_VALUE_CLAUSE.replace(
        "RESOLVED that the green waste transfer contract with Ashwell Transfer\n        Ltd be"
        " extended by six months",
        "NOTED that the green waste transfer contract with Ashwell Transfer\n        Ltd has an"
        " option to extend by six months")
    assert "option" in weighed
    assert contract_rows(weighed, tmp_path) == [("Ashwell Transfer Ltd", None)]


# An ICB committee's award report: the contract named with a possessive among its words; its
# value over the initial term in a later section; the outgoing holder with no value.
POSSESSIVE_IN_CONTRACTS_NAME = source_lines(
    "## Award of the Community Nursing Contract",
    "** Recommendation",
    "The Committee is asked to recommend to the Board the award of the district and women's"
    " community nursing contract to Harrowgate Community NHS Trust under Direct Award Process C"
    " of the Provider Selection Regime.",
    "** 1. Background",
    "The current contract, held by Penwith Nursing Partnership CIC, expires on 31 March 2026.",
    "** 2. Proposed award",
    "The contract is for five years from 1 April 2026, at a total value of £48,500,000 over"
    " the initial term.",
)


def test_a_possessive_in_the_contracts_name_names_its_firm(tmp_path: Path) -> None:
    rows = contract_rows_of(contexts(rendered(POSSESSIVE_IN_CONTRACTS_NAME, tmp_path)))
    assert rows == [("Harrowgate Community NHS Trust", 48500000.0),
                    ("Penwith Nursing Partnership CIC", None)]


# A combined authority's register: the current factors printed as "L4 I3" under a heading of
# the stage alone, the score in a coloured cell of its own; inherent and target beside them.
REGISTER_FACTORS_NAMED_IN_CELL = source_lines(
    "## Strategic Risk Register",
    "Ratings are printed as likelihood (L) and impact (I), each 1-5.",
    "|# Ref | Risk | Inherent | Current | Score | Target |",
    "| CR1 | Adult skills funding is recovered by government | L5 I4 | L3 I4 | {#ffc000}12"
    " | L2 I4 |",
    "| CR2 | The housing retrofit programme overspends | L4 I5 | L4 I4 | {#ff0000}16 | L3 I3 |",
)


def _register_risks(source: str, tmp_path: Path) -> list[tuple[str | None, int | None,
                                                                int | None, float | None]]:
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating)
            for ctx in contexts(rendered(source, tmp_path)) for r in risks.extract(ctx)
            if isinstance(r, Risk)]


def test_current_factors_named_in_the_cell_beside_the_score(tmp_path: Path) -> None:
    assert _register_risks(REGISTER_FACTORS_NAMED_IN_CELL, tmp_path) == [
        ("CR1", 3, 4, 12.0), ("CR2", 4, 4, 16.0)]


def test_a_cell_names_its_factors_only_by_both_letters() -> None:
    # a bare "4 x 3" says not which factor is which (its heading must), nor one letter alone
    assert all(FACTORS_NAMED_IN_CELL.match(c) for c in ("L4 I3", "I4 L3", "L3 / I4",
                                                         "Likelihood 3 x Impact 4"))
    assert not any(FACTORS_NAMED_IN_CELL.match(c) for c in ("4 x 3", "L4", "12", "Low 4"))
