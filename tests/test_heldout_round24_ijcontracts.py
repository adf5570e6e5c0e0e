"""Regression tests for the contract misses of held-out round 24's after-fix batches I and J
(decisions taken by unusual routes; waste, environment and infrastructure): each named after
what was misread, on small papers in the layouts that showed it, with guards of the general
rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import ContractRow as Row
from heldout_support import contract_rows as _rows
from heldout_support import contract_rows_of as _read
from heldout_support import rendered


def _pdf_rows(source: str, tmp_path: Path) -> list[Row]:
    return _read(contexts(rendered(source, tmp_path)))


# ------------ "at a target cost of £1,184,300" (r24i officer's urgent key decision record)

TARGET_COST = """RECORD OF A KEY DECISION TAKEN BY AN OFFICER
Decision
To award a contract for the emergency replacement of the collapsed Millbeck culvert to Causeway Civils (Midlands) Ltd, at a target cost of £1,184,300, under Lot 3 of the Council's Highway Structures Framework.
"""  # noqa: E501


def test_target_cost_is_the_contract_value(tmp_path):
    assert _rows(TARGET_COST, tmp_path) == [("Causeway Civils (Midlands) Ltd", 1_184_300.0)]


# ------------ "the emergency repair ... by Thornbury Roofing Ltd at a cost of £48,750 be approved"

WORK_BY_FIRM = """MINUTES OF THE CABINET
60. Urgent Item: Kelsbury Market Hall Roof
RESOLVED: That the emergency repair of the Market Hall roof by Thornbury Roofing Ltd at a cost of £48,750 be approved, and that, the Chair of the Overview and Scrutiny Committee having agreed, the decision be exempt from call-in.
"""  # noqa: E501


def test_work_done_by_a_firm_at_a_cost_is_a_contract_let(tmp_path):
    assert _rows(WORK_BY_FIRM, tmp_path) == [("Thornbury Roofing Ltd", 48_750.0)]


def test_work_by_the_councils_own_staff_lets_no_contract(tmp_path):
    # the guard: no firm with a legal form before the price
    text = WORK_BY_FIRM.replace("Thornbury Roofing Ltd", "the Council's building surveyor")
    assert _rows(text, tmp_path) == []


# ------------ "(b) approves the award of Lot 2, for the supply of ..., to X Ltd" (r24j fleet)

LETTERED_LOTS = """Report to Cabinet
1. Recommendations
That Cabinet:
(a) approves the award of Lot 1 of the fleet replacement contract, for the supply of 28 electric and diesel refuse collection vehicles, to Pellworth Commercial Vehicles Ltd at a total cost of £7,924,300;
(b) approves the award of Lot 2, for the supply of 41 light commercial vans and tippers, to Moorgate Van Centres Ltd at a total cost of £1,868,950;
(c) delegates authority to the Strategic Director to enter into the contracts.
"""  # noqa: E501


def test_lots_awarded_with_what_they_supply_between_commas(tmp_path):
    assert _rows(LETTERED_LOTS, tmp_path) == [
        ("Pellworth Commercial Vehicles Ltd", 7_924_300.0),
        ("Moorgate Van Centres Ltd", 1_868_950.0)]


def test_lot_awarded_to_no_firm_is_no_contract(tmp_path):
    # the guard: a lot "awarded" to something that is no firm with a legal form
    text = ("Report to Cabinet\n(b) notes the award of Lot 2, for the supply of vans, to the "
            "highest scoring bidder at a total cost of £1,868,950;\n")
    assert [r for r in _rows(text, tmp_path) if r[0]] == []


# ------------ "The proposal was to accept the quotation of X Ltd ... Outcome: not carried" (r24i)

WRITTEN_PROCEDURE = """REPORT OF THE CLERK TO THE JOINT COMMITTEE
3. Written Procedure WP 2027/04: Memorial Garden Benches
3.1 Circulated on 2 November 2027, closing on 9 November 2027. The proposal was to accept the quotation of Oakwright Street Furniture Ltd of £7,260 for twelve recycled-plastic benches.
3.2 Outcome: not carried. Councillor Featherstone asked that the proposal be considered at a meeting.
"""  # noqa: E501


def test_a_proposal_not_carried_lets_no_contract(tmp_path):
    assert _rows(WRITTEN_PROCEDURE, tmp_path) == []


def test_a_proposal_carried_lets_its_contract(tmp_path):
    text = WRITTEN_PROCEDURE.replace("Outcome: not carried.", "Outcome: carried (3 agree).")
    assert _rows(text, tmp_path) == [("Oakwright Street Furniture Ltd", 7_260.0)]


# ------------ "Date | Decision | Taken by | Call-in": a register of urgent decisions (r24i)

URGENT_DECISIONS = """%% ligatures
** KELSBURY BOROUGH COUNCIL
** REPORT TO CABINET: 7 DECEMBER 2027
Title:	Urgent Decisions and Decisions taken by Chair's Action
Report of:	Monitoring Officer
** 1. Recommendation
1.1 That Cabinet notes the decisions taken under the urgency provisions of the Constitution and by chair's action since its last meeting.
** 3. Decisions taken
3.1 The decisions taken since 19 October 2027:
|% 12 40 16 32
| Date | Decision | Taken by | Call-in |
| 27 Oct 2027 | To appoint Haldane Cross Surveyors LLP to carry out a structural survey of the Kelsbury Town Hall clock tower, at a fee of £9,850 | Chief Executive after consulting the Leader | Not a key decision |
| 4 Nov 2027 | To submit the Council's bid of £1.6 million to the Local Authority Housing Fund Round 4 | Chief Executive after consulting the Leader | Waived: Chair of Overview and Scrutiny agreed on 3 Nov 2027 |
| 18 Nov 2027 | To approve the Licensing Committee's revised hackney carriage fares table for consultation | Chair of Licensing Committee (chair's action) | Not applicable |
3.2 The Chair of the Overview and Scrutiny Committee gave his agreement in writing.
"""  # noqa: E501


def test_register_of_urgent_decisions_appointing_a_firm_is_read_by_its_cells(tmp_path):
    assert _pdf_rows(URGENT_DECISIONS, tmp_path) == [("Haldane Cross Surveyors LLP", 9_850.0)]


# ------------ "X Ltd, which currently provides ... under a contract ending ..." (r24i)

INCUMBENT_WHICH = """REPORT TO CABINET
2.2 Three providers responded to the invitation to tender. Welbourne Housing Solutions Ltd scored highest (81.5%). Ravensmere Lettings Ltd, which currently provides 12 units at Orchard House under a contract ending on 31 December 2027, scored 72.0%.
"""  # noqa: E501


def test_firm_which_provides_under_a_contract_holds_it(tmp_path):
    assert _rows(INCUMBENT_WHICH, tmp_path) == [("Ravensmere Lettings Ltd", None)]


def test_firm_with_a_list_comma_before_under_a_contract_is_not_read(tmp_path):
    # the guard: only a clause opened by "which" or "who" is crossed after the comma
    text = INCUMBENT_WHICH.replace(", which currently provides", ", and others provide")
    assert _rows(text, tmp_path) == []


# ------------ "The contract sum is £318,000" answering a member's question (r24g summons pack)

MEMBERS_QUESTIONS = """MINUTES OF THE MEETING OF THE COUNCIL
66. QUESTIONS FROM MEMBERS
Four questions had been received under Procedure Rule 12. The questions and the answers given were:
|% 1 3 6 8
| No. | Asked by / to | Question | Answer |
| 1 | Cllr Radley to the Cabinet Member for Highways | How many potholes were reported in October? | 412 were reported and 388 repaired within 28 days. |
| 2 | Cllr Zeal to the Leader | What is the cost of the Town Hall roof repairs? | The contract sum is £318,000, within the approved budget of £350,000. |
| 3 | Cllr Garside to the Cabinet Member for Leisure | When will Brookside pool reopen? | The pool will reopen on 3 January 2028 after retiling. |
67. COUNCIL TAX SUPPORT SCHEME 2028/29
RESOLVED: That the scheme be adopted.
"""  # noqa: E501


def test_a_sum_answering_a_members_question_is_no_contract(tmp_path):
    assert _pdf_rows(MEMBERS_QUESTIONS, tmp_path) == []


def test_an_answer_naming_the_firm_let_to_is_still_read(tmp_path):
    # the guard: only a sum with no provider is set aside
    text = MEMBERS_QUESTIONS.replace(
        "The contract sum is £318,000, within the approved budget of £350,000.",
        "The contract was awarded to Thornbury Roofing Ltd for £318,000.")
    # (the row is kept; its name runs on into the next cell's words, "Thornbury Roofing Ltd 2
    # Leader", as the page's lines of an unread table mix its cells: a reading left as it was)
    ((provider, value),) = _pdf_rows(text, tmp_path)
    assert provider is not None and provider.startswith("Thornbury Roofing Ltd")
    assert value == 318_000.0
