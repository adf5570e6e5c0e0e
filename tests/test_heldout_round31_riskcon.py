"""Held-out round 31, risks and contracts: the misses fixed, each on a small paper written in
the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import contract_rows, rendered, scored_risks, source_lines
from kcc_papers.extract import risks
from kcc_papers.models import Contract, Risk
from kcc_papers.pipeline import process_file

# A fire authority's 6 x 4 register: likelihood lettered A to F, converted to a number by the
# key printed without rules ("Likelihood Description Score" over "A Almost impossible 1"), the
# register printing each stage's letter, impact and score.
LETTERED_KEY_REGISTER = source_lines(
    "## Thamesmere Combined Fire Authority",
    "** Corporate Risk Register: Quarter 3",
    "Report of:\tDeputy Chief Fire Officer",
    "** 2. How risks are scored",
    "2.1 Likelihood is lettered A to F and impact numbered 1 to 4. Each likelihood letter is"
    " converted to a number as the key below shows, and multiplied by the impact.",
    "|- Likelihood | Description | Score |",
    "| A | Almost impossible | 1 |",
    "| B | Very low | 2 |",
    "| C | Low | 3 |",
    "| D | Significant | 4 |",
    "| E | High | 5 |",
    "| F | Very high | 6 |",
    "** Appendix A - Corporate Risk Register",
    "| Ref | Risk | Inherent L | Inherent I | Inherent score | Current L | Current I"
    " | Current score | Target score | Owner |",
    "| CRR01 | Funding settlement below the financial plan | F | 4 | 24 | E | 3 | 15 | 8"
    " | Treasurer |",
    "| CRR02 | Pension remedy costs not funded | E | 4 | 20 | D | 4 | 16 | 12 | Treasurer |",
    "| CRR03 | Cause of concern on culture not met | E | 3 | 15 | C | 3 | 9 | 6"
    " | Chief Fire Officer |",
)


def test_likelihood_letters_are_numbered_by_a_key_printed_as_lines(tmp_path: Path) -> None:
    (ctx,) = contexts(rendered(LETTERED_KEY_REGISTER, tmp_path), "risk_register")
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
             for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [("CRR01", 5, 3, 15), ("CRR02", 4, 4, 16), ("CRR03", 3, 3, 9)]


# A programme's risk register beside its opportunity register, scored on the same matrix
# ("Ref | Opportunity | Likelihood | Benefit | Score"): the opportunities are no risks.
RISKS_AND_OPPORTUNITIES = """Joint Local Plan: Programme Risk and Opportunity Registers
Appendix 1: Programme Risk Register
Ref\tRisk\tLikelihood\tImpact\tScore\tOwner
JLP-R01\tPlan found unsound at examination\t2\t3\t6\tPolicy Manager
JLP-R02\tTransport evidence not ready\t3\t3\t9\tTransport Lead
Appendix 2: Opportunity Register
Ref\tOpportunity\tLikelihood\tBenefit\tScore\tOwner
JLP-O01\tHomes England funding for infrastructure\t2\t3\t6\tGrowth Lead
JLP-O02\tShared examination with the minerals plan\t1\t2\t2\tPolicy Manager
"""


def test_an_opportunity_register_beside_the_risks_gives_no_risks(tmp_path: Path) -> None:
    assert [r[0] for r in scored_risks(RISKS_AND_OPPORTUNITIES, tmp_path)] == [
        "JLP-R01", "JLP-R02"]


# An award over four years, and the financial implications pricing one year of it ("The
# contract price for a district poll year is £117,400"): one contract, not a second unnamed.
AWARD_AND_ITS_YEAR = """Election Printing and Postal Vote Production: Award of Contract

1.1 That the Committee awards the contract for election printing and postal vote production
to Pellbrook Print Solutions Ltd for four years from 1 April 2031 at a total cost of
£486,200.

4.1 The electoral services printing budget is £98,000 a year for district polls. The
contract price for a district poll year is £117,400, the difference being met from the
elections reserve.
"""


def test_the_contract_price_for_a_year_of_it_is_the_award_s(tmp_path: Path) -> None:
    assert contract_rows(AWARD_AND_ITS_YEAR, tmp_path) == [
        ("Pellbrook Print Solutions Ltd", 486200.0)]


# A risk register whose running text names the contract a risk reflects ("ER01 reflects the
# new contract with Pellworth Secure Print Ltd"); its register's cells name none as let.
REGISTER_NAMING_A_CONTRACT = source_lines(
    "## Eastmoor Council",
    "** Electoral Registration and Elections Board",
    "** Returning Officer's Risk Register",
    "Report of:\tElectoral Services Manager",
    "** 1. Purpose",
    "1.1 To note the Returning Officer's risk register for the May 2032 elections.",
    "** 2. Risk register",
    "| Risk ID | Risk | Likelihood | Impact | Score | Owner |",
    "| ER01 | Postal vote packs not produced on time | 3 | 5 | 15 | Electoral Services Manager |",
    "| ER02 | Polling station unavailable | 2 | 3 | 6 | Elections Officer |",
    "| ER03 | Shortage of polling staff | 4 | 4 | 16 | Elections Officer |",
    "** 3. Changes since the last review",
    "3.1 ER01 (postal votes) reflects the new contract with Pellworth Secure Print Ltd, which"
    " is to produce postal votes for the first time in 2032; a test run is required in"
    " February 2032.",
)


def test_a_risk_register_s_text_names_the_contract_in_place(tmp_path: Path) -> None:
    result = process_file(str(rendered(REGISTER_NAMING_A_CONTRACT, tmp_path)))
    assert {d.kind for d in result.documents} >= {"risk_register"}
    assert [(c.provider, c.value_gbp) for c in result.records if isinstance(c, Contract)] == [
        ("Pellworth Secure Print Ltd", None)]
