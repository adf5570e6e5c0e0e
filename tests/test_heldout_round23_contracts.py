"""Regression tests for the contract misses of held-out round 23's blind batches (and one risk
miss of r23f): each named after what was misread, on small papers in the layouts that showed
it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered, scored_risks, source_lines


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "under the National LGPS Frameworks private markets investment management framework"

LONG_FRAMEWORK = """PENSION FUND COMMITTEE
The Committee RESOLVED:
(a) to appoint Tarnbeck Private Credit LLP to manage the Fund's senior private debt allocation, following a further competition under the National LGPS Frameworks private markets investment management framework, for seven years from 1st June 2028, at an estimated total management fee of £8,400,000 over the term;
(b) to delegate to the Director of Pensions authority to agree the limited partnership agreement.
"""  # noqa: E501


def test_appointment_under_a_framework_named_in_many_words_not_read(tmp_path):
    assert _rows(LONG_FRAMEWORK, tmp_path) == [("Tarnbeck Private Credit LLP", 8_400_000.0)]


def test_framework_named_in_many_words_lets_nothing_to_no_firm(tmp_path):
    # the guard: the cue lets the sentence be read; with no firm and no price, it names no row
    text = ("PENSION FUND COMMITTEE\nThe Committee agreed to run a further competition under "
            "the National LGPS Frameworks private markets investment management framework.\n")
    assert _rows(text, tmp_path) == []


# ------------ "To appoint X Ltd as manager of the Fund's ... mandate of £320 million"

MANDATE_OF = """PENSIONS COMMITTEE
1.1 To appoint Brantwood Index Management Ltd as manager of the Fund's passive low carbon global equities mandate of £280 million, for an initial term of five years from 1 March 2028.
"""  # noqa: E501


def test_mandate_size_after_manager_of_not_read_as_its_value(tmp_path):
    assert _rows(MANDATE_OF, tmp_path) == [("Brantwood Index Management Ltd", 280_000_000.0)]


def test_mandate_size_with_no_manager_appointed_is_no_value(tmp_path):
    # the guard: a mandate's size where no manager is appointed to it is the money it invests
    text = ("PENSIONS COMMITTEE\n1. That officers run a further competition under the National "
            "LGPS Frameworks for a passive low carbon global equities mandate of about £280 "
            "million.\n")
    assert _rows(text, tmp_path) == []


# ------------ "The Council's treasury advisers, X Services, provide ... under a contract"

APPOSITION = """AUDIT COMMITTEE
2.2 The Council's treasury advisers, Castlerigg Treasury Services, provide interest rate forecasts and counterparty credit information under a contract that runs to 31st March 2029.
"""  # noqa: E501


def test_firm_named_beside_its_role_working_under_a_contract_not_read(tmp_path):
    assert _rows(APPOSITION, tmp_path) == [("Castlerigg Treasury Services", None)]


def test_person_named_beside_a_role_holds_no_contract(tmp_path):
    # the guard: a person's name ends in no firm's word
    text = APPOSITION.replace("Castlerigg Treasury Services", "Mrs Joan Whitlock")
    assert _rows(text, tmp_path) == []


# ------------ "X Ltd, which has held the Council's highways term maintenance contract since"

WHICH_HAS_HELD = """CLIMATE AND PLACE SELECT COMMITTEE
1. The Committee heard evidence from Fellgate Highway Services Ltd, which has held the Council's highways term maintenance contract since April 2023, that most defects had been made safe on time.
"""  # noqa: E501


def test_firm_which_has_held_the_councils_contract_not_read(tmp_path):
    assert _rows(WHICH_HAS_HELD, tmp_path) == [("Fellgate Highway Services Ltd", None)]


def test_firm_which_has_held_the_contract_papers_holds_no_contract(tmp_path):
    # the guard: a noun after "contract" is what was held ("the contract documents")
    text = WHICH_HAS_HELD.replace("maintenance contract since", "maintenance contract papers "
                                  "since")
    assert _rows(text, tmp_path) == []


# ------------ "provided under the Council's contract with X Ltd, which runs to ..."

COUNCILS_CONTRACT = """CABINET
3.2 The community equipment service is provided under the Council's contract with Wrekin Mobility Solutions Ltd, which runs to 31 March 2029 and is not affected by this decision.
"""  # noqa: E501


def test_councils_contract_with_a_firm_not_read(tmp_path):
    assert _rows(COUNCILS_CONTRACT, tmp_path) == [("Wrekin Mobility Solutions Ltd", None)]


# ------------ a section 75 partnership agreement's pooled budgets read as a contract's value

SECTION_75 = """CABINET
1.1 That Cabinet approves the Council entering into a new section 75 partnership agreement with NHS Teme Valley Integrated Care Board for three years from 1 April 2028, under which the Council will host pooled budgets with a total value of £184,200,000 over the three years.
"""  # noqa: E501


def test_section_75_agreements_pooled_budgets_not_read_as_a_contract(tmp_path):
    assert _rows(SECTION_75, tmp_path) == []


def test_contract_beside_a_section_75_agreement_still_read(tmp_path):
    # the guard: a sentence naming a contract besides the statutory agreement is read for it
    text = ("CABINET\n1.1 That the contract with Ashgrove Equipment Ltd for community equipment, "
            "funded from the pool under the section 75 agreement, be extended for one year at a "
            "total value of £2,400,000.\n")
    assert _rows(text, tmp_path) == [("Ashgrove Equipment Ltd", 2_400_000.0)]


# ------------ "award the contract for the supply of electricity to Council premises to X Ltd"

COUNCIL_PREMISES = """CORPORATE SERVICES COMMITTEE
2.1 It is recommended that members approve the award of the contract for the supply of electricity to Council premises to Foyle Energy Supply Ltd at an estimated value of £1,840,000 over the two-year term.
"""  # noqa: E501


def test_award_to_council_premises_then_to_a_firm_not_read(tmp_path):
    assert _rows(COUNCIL_PREMISES, tmp_path) == [("Foyle Energy Supply Ltd", 1_840_000.0)]


def test_award_to_council_premises_then_to_no_firm_names_no_provider(tmp_path):
    # the guard: the second "to" must name a firm (a legal form); with none named, the
    # "estimated value" prices a contract not yet let, no contract (round 39's estimates)
    text = COUNCIL_PREMISES.replace("Foyle Energy Supply Ltd", "the lowest tenderer")
    assert _rows(text, tmp_path) == []
    valued = text.replace("an estimated value", "a value")
    assert _rows(valued, tmp_path) == [(None, 1_840_000.0)]


# ------------ a resolution broken over a page's foot, its footnotes and running lines between

OVER_THE_PAGE = source_lines(
    "%% header Tollerton Parish Council - Minutes of 4th March 2027",
    "%% footer Minutes - 4th March 2027 - Page {page} of {pages}",
    "## TOLLERTON PARISH COUNCIL",
    "** Minutes of the meeting of the Parish Council held on Thursday 4th March 2027",
    "** 31 Precept",
    "The Clerk confirmed that the precept for 2027/28 of £48,200[^1] had been paid.",
    "[^1]: After the use of £3,000 from the general reserve, as agreed in January.",
    "** 32 Playground fence",
    "It was proposed by Cllr. Ames, seconded by Cllr. Booth and resolved that the quotation of "
    "Quarry",
    "--- page ---",
    "Lane Fencing Ltd in the sum of £4,260 for the replacement of the playground fence be "
    "accepted.",
    "** 33 Date of next meeting",
    "The next meeting will be held on Thursday 1st April 2027.",
)


def test_sentence_broken_over_a_page_foot_with_footnotes_not_read(tmp_path):
    assert _pdf_rows(OVER_THE_PAGE, tmp_path) == [("Quarry Lane Fencing Ltd", 4_260.0)]


def test_footnote_of_a_page_still_read(tmp_path):
    # the guard: a footnote set aside from the sentence is read on its own
    text = OVER_THE_PAGE.replace(
        "After the use of £3,000 from the general reserve, as agreed in January.",
        "The contract with Hallam Payroll Services Ltd ends on 31 March 2027.")
    assert sorted(_pdf_rows(text, tmp_path), key=str) == [
        ("Hallam Payroll Services Ltd", None), ("Quarry Lane Fencing Ltd", 4_260.0)]


# ------------ a value cell "32,500.00 (a year)" under "Amount £"

PERIOD_IN_BRACKETS = source_lines(
    "## KESTON VALE DISTRICT COUNCIL",
    "** REPORT TO THE RESOURCES COMMITTEE - 14TH FEBRUARY 2008",
    "** CONTRACTS REGISTER - CONTRACTS LET 1ST APRIL TO 31ST DECEMBER 2007",
    "** 1. Recommendation",
    "1.1 That the Committee notes the contracts let, as recorded in the summary below.",
    "** 2. Summary",
    "| Ref | Contractor | Amount £ |",
    "| KV/C/07/03 | Dentholme Surfacing Ltd | 41,860.00 |",
    "| KV/C/07/06 | Wharfedale Commercials Ltd | 58,214.00 |",
    "| KV/C/07/11 | Ribblesdale Joinery Ltd | 126,745.50 |",
    "| KV/C/07/15 | Dales Audit Partnership | 32,500.00 (a year) |",
    "| | Total | 259,319.50 |",
)
LET = [("Dentholme Surfacing Ltd", 41_860.0), ("Wharfedale Commercials Ltd", 58_214.0),
       ("Ribblesdale Joinery Ltd", 126_745.5)]


def test_value_cell_with_its_period_in_brackets_not_read(tmp_path):
    assert _pdf_rows(PERIOD_IN_BRACKETS, tmp_path) == [*LET, ("Dales Audit Partnership", 32_500.0)]


def test_value_cell_with_a_remark_in_brackets_still_unread(tmp_path):
    # the guard: only a period in the bracket; a remark leaves the cell no single amount
    text = PERIOD_IN_BRACKETS.replace("(a year)", "(see note 4)")
    assert _pdf_rows(text, tmp_path) == [*LET, ("Dales Audit Partnership", None)]


# ------------ risks: "Residual Score: 2 x 3 = 6 (Yellow)"

YELLOW = """AUDIT COMMITTEE
Strategic Risk Register
Ratings: 15-25 Red; 8-12 Amber; 4-6 Yellow; 1-3 Green.
SR06 - Housing demand
Risk Owner: Director of Housing
Residual Score: 4 x 3 = 12 (Amber)
Target Score: 3 x 3 = 9 (Amber)
SR07 - Climate commitments
Risk Owner: Director of Place
Residual Score: 2 x 3 = 6 (Yellow)
Target Score: 1 x 3 = 3 (Green)
"""


def test_score_banded_yellow_not_read(tmp_path):
    assert scored_risks(YELLOW, tmp_path) == [("SR06", 4, 3, 12), ("SR07", 2, 3, 6)]


def test_score_with_an_unknown_word_after_it_still_unread(tmp_path):
    # the guard: only a band's or a colour's word after the score
    text = YELLOW.replace("6 (Yellow)", "6 (Pending)")
    assert scored_risks(text, tmp_path) == [("SR06", 4, 3, 12)]
