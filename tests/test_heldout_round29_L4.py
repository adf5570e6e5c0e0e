"""Regression tests for the misses left of held-out round 29's batches D and G (fixer L4): a
national park's appeals report "For information. No decision is sought." read as other, a
coastal partnership's ask in its "Purpose" section, an IJB's firm that "will continue to
provide care until the new framework starts", and a housing table's codes with their set's
prefix ("TSM-CH01"). Each on a small paper in the layout that showed it, with a guard of the
general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, pack_documents, rendered, source_decision_rows
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file

# ------------ a report for information only, stamped with its item (r29d national park)

PLANNING_PACK = """## Fellmoor National Park Authority
** Planning Committee
Date:	Friday 9 March 2029
Time:	10.00 am
Venue:	Authority Offices, Kendrigg
** AGENDA
1. Apologies for absence
2. Planning appeals
--- page ---
** Agenda Item 2
** Planning Appeals Received and Decided
{statement}
| Reference | Site | Appeal against | Inspectorate decision |
| NP/27/0291/FUL | Beck Side, Thwaite | Refusal | Dismissed |
| NP/28/0110/HH | 3 Mill Lane, Arkle | Refusal | Allowed |
** Appeal summaries
NP/27/0291/FUL, Beck Side, Thwaite. The appeal against refusal of a dwelling in the open countryside was dismissed.
NP/28/0110/HH, 3 Mill Lane, Arkle. The appeal against refusal of a side extension was allowed.
"""  # noqa: E501


def _kinds(statement: str, tmp_path: Path) -> list[str]:
    pack = PLANNING_PACK.format(statement=statement)
    return [kind for kind, _, _ in pack_documents(pack, tmp_path)]


def test_paper_for_information_seeking_no_decision_is_a_report(tmp_path: Path) -> None:
    assert _kinds("For information. No decision is sought.", tmp_path) == ["agenda", "report"]


def test_paper_saying_nothing_of_itself_stays_other(tmp_path: Path) -> None:
    # the guard: the same page without the statement has no word of a paper put to a meeting
    assert _kinds("Two appeals were decided in the period.", tmp_path) == ["agenda", "other"]


# ------------ the ask in the report's Purpose section (r29d coastal partnership)

COASTAL_PACK = """%% header Wrenmouth to Carrick Point Coastal Partnership
%% footer Coastal Steering Group, 28 March 2029 - page {{page}} of {{pages}}
<< Wrenmouth to Carrick Point Coastal Partnership
## Coastal Steering Group
** Agenda
Meeting:	Coastal Steering Group
Date:	Wednesday 28 March 2029, 10.30 am
Venue:	Harbour Office, Wrenmouth
| Item | Subject | Lead |
| 1 | Notes of the Meeting on 6 December 2028 | Chair |
| 2 | Action Plan Progress | Coastal Engineer |
| 3 | Partnership Budget | Partnership Officer |
--- page ---
** Wrenmouth to Carrick Point Coastal Partnership
** Coastal Steering Group
** Notes of the meeting held on Wednesday 6 December 2028 at the Harbour Office, Wrenmouth
Attending: Cllr Ruth Pascoe (Chair), Cllr Owen Treloar, Mark Hendra (Environment Agency)
** CSG 28/21 Apologies
Apologies from Cllr Ailsa Rowe.
** CSG 28/22 Notes of the Last Meeting
The notes of the meeting held on 13 September 2028 were agreed.
--- page ---
** Item 2: Action Plan Progress
Lead: Coastal Engineer
** Purpose
{purpose}
** Progress
Of the 28 actions in the plan, 17 are complete, 8 under way and 3 not started. The overdue actions are in policy units 3a and 3b, where a grant bid is awaited.
--- page ---
** Item 3: Partnership Budget
Lead: Partnership Officer
** Recommendation
That the Group approves the partnership budget for 2029/30.
** Background
Partner contributions for 2029/30 total £29,700, as agreed in the memorandum of understanding.
"""  # noqa: E501


BUDGET = ("That the Group approves the partnership budget for 2029/30.", "approved")


def test_ask_after_the_purpose_in_its_section_is_the_reports_ask(tmp_path: Path) -> None:
    purpose = "To report progress on the action plan. The Group is asked to note the report."
    rows = source_decision_rows(COASTAL_PACK.format(purpose=purpose), "report", tmp_path)
    assert rows == [("The Group is asked to note the report.", "noted"), BUDGET]


def test_purpose_without_an_ask_decides_nothing(tmp_path: Path) -> None:
    # the guard: a purpose stating what the paper is for asks the meeting nothing
    purpose = "To report progress on the action plan. The plan was adopted in 2026."
    assert source_decision_rows(COASTAL_PACK.format(purpose=purpose), "report", tmp_path) == [
        BUDGET]


# ------------ the firm carrying on until the new framework starts (r29g Scottish IJB)

CARE_AT_HOME = """Care at Home Framework: Direction to the Council
1. The Integration Joint Board is asked to issue a direction to the Council to award places on the care at home framework from 1 April 2030 for three years.
2. The current framework, let in 2026, ends on 31 March 2030. Most hours are delivered by Corrie Homecare Ltd, which will continue to provide care {until}.
"""  # noqa: E501


def test_firm_continuing_until_the_new_framework_starts_holds_the_one_in_place(
        tmp_path: Path) -> None:
    text = CARE_AT_HOME.format(until="until the new framework starts")
    assert contract_rows(text, tmp_path) == [("Corrie Homecare Ltd", None)]


def test_firm_continuing_with_no_new_contract_named_holds_nothing_said(tmp_path: Path) -> None:
    # the guard: carrying on "until further notice" names no contract the firm holds
    text = CARE_AT_HOME.format(until="until further notice")
    assert contract_rows(text, tmp_path) == []


# ------------ a housing table's codes with their set's prefix (r29g borough summons)

HOUSING_TABLE = """## Appendix 1: Housing Performance 2028/29
|% 12 36 10 10 10 8
|# Ref | Measure | 2027/28 | Target | 2028/29 | RAG |
| HS01 | Overall satisfaction with the landlord's service | 68.2% | 72% | 73.5% | G |
| HS02 | Satisfaction that the home is well maintained | 66.0% | 70% | 64.8% | R |
| HS03 | Emergency repairs completed within 24 hours | 97.1% | 99% | 98.2% | A |
| {code} | Stage 1 complaints per 1,000 homes | 41.6 | - | 44.2 |  |
"""


def _kpis(code: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    path = rendered(HOUSING_TABLE.format(code=code), tmp_path)
    return [(k.ref, k.latest_value) for k in process_file(str(path)).records
            if isinstance(k, Kpi)]


def test_code_with_its_sets_prefix_and_a_hyphen_is_the_rows_ref(tmp_path: Path) -> None:
    assert _kpis("TSM-CH01", tmp_path)[-1] == ("TSM-CH01", 44.2)


def test_plain_code_is_the_rows_ref_as_before(tmp_path: Path) -> None:
    # the guard: the set's own code without its prefix reads as it did
    assert _kpis("CH01", tmp_path)[-1] == ("CH01", 44.2)
