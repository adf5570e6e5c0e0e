"""Regression tests for held-out round 20's misses in decisions (batches A-D and F-H): a
town council's planning observations with their reasons ("Object: ...", "No objection,
provided ..."), a parish clerk's "NO OBJECTION." over the next application's reference, a
proposal LOST in a minute that resolves something else too, "The list of correspondence ...
was noted.", "The Council has no objection.", a noting sentence in a lettered part of a
minute, a panel's "resolved not to veto", an item "continued to the next meeting", and a
report's table whose Recommendations column counts them by kind. Each on a small paper
written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, rendered
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _decided(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


# ------------------------------------------------------------ planning observations

TOWN_PLANNING = """ASHCOMBE TOWN COUNCIL

Minutes of the meeting of Ashcombe Town Council held on 9th March 2027

Present: Cllrs A Lowe (Mayor), B Fisk, C Hart

27/041 Planning
The Council made the following observations:
27/00311/HOU  4 Mill Close - single storey rear extension. No objection.
27/00318/FUL  Land off Quarry Road - five dwellings. Object: overdevelopment and loss of hedgerow.
27/00322/ADV  9 Market Place - fascia sign. No objection, provided the sign is not illuminated.

27/042 Planning (2)
27/00340/FUL  The Barn, Ford Lane - holiday let. The Council has no objection.
"""


def test_planning_observation_with_reasons_read_into_the_one_before(tmp_path: Path) -> None:
    # each application's response is a decision of its own, its reasons or proviso after a
    # colon or comma too (the "Object: ..." and "No objection, provided ..." lines ran on into
    # the "No objection." above them); and "The Council has no objection." is a response
    assert _decided(TOWN_PLANNING, tmp_path) == [
        ("No objection.", "other"),
        ("Object: overdevelopment and loss of hedgerow.", "other"),
        ("No objection, provided the sign is not illuminated.", "other"),
        ("The Council has no objection.", "other"),
    ]


PARISH_PLANNING = """LOWER ASHTON PARISH COUNCIL

Minutes of the meeting of Lower Ashton Parish Council held on 8th September 2027

Present: Cllrs A Hale (Chairman), B Moss, C Dunn

51. PLANNING
    27/1154/HOU  The Old Forge - replacement windows
    and rear porch.
    Proposed Cllr Dunn, seconded Cllr Moss, all in favour:
    NO OBJECTION.
    27/1187/FUL  Back Lane Yard - change of use of
    agricultural building to two holiday lets.
    Proposed Cllr Moss, seconded Cllr Hale, 2 in favour, 1 against:
    OBJECT - the access onto Back Lane is narrow.
"""


def test_parish_objection_read_into_the_application_before(tmp_path: Path) -> None:
    # "NO OBJECTION." over the next application's reference ends its sentence (a reference is
    # no capital to start one): the second application's vote and objection were read into
    # the first's decision
    assert _decided(PARISH_PLANNING, tmp_path) == [
        ("27/1154/HOU The Old Forge - replacement windows and rear porch. Proposed Cllr Dunn, "
         "seconded Cllr Moss, all in favour: NO OBJECTION.", "other"),
        ("27/1187/FUL Back Lane Yard - change of use of agricultural building to two holiday "
         "lets. Proposed Cllr Moss, seconded Cllr Hale, 2 in favour, 1 against: OBJECT - the "
         "access onto Back Lane is narrow.", "other"),
    ]


# ------------------------------------------------ a proposal lost beside a resolution

LOST_BESIDE_RESOLVED = """METROPOLITAN BOROUGH COUNCIL

Minutes of the meeting of the Audit Committee held on 20th July 2027

Present: Councillors A Rowe (Chair), B Shaw and C Tait

15. Review of Effectiveness of the Audit Committee
A member proposed that the Committee recruit a second independent member. On being put to the vote the proposal was LOST.
RESOLVED - That the self-assessment be endorsed.
"""  # noqa: E501


def test_proposal_lost_beside_resolution_missed(tmp_path: Path) -> None:
    # a proposal voted down in a minute that resolves on its report too is a decision of its
    # own (it was read only where nothing else was resolved)
    assert _decided(LOST_BESIDE_RESOLVED, tmp_path) == [
        ("A member proposed that the Committee recruit a second independent member. On being "
         "put to the vote the proposal was LOST.", "rejected"),
        ("RESOLVED - That the self-assessment be endorsed.", "endorsed"),
    ]


# ------------------------------------------------------ a parish clerk's noting sentences

TOWN_NOTED = """ASHCOMBE TOWN COUNCIL

Minutes of the meeting of the Finance Committee of Ashcombe Town Council held on 9th March 2027

Present: Cllrs A Lowe (Chair), B Fisk, C Hart

12. Minutes of the previous meeting
(a) The minutes of the meeting held on 9th February 2027 were agreed as a correct record.
(b) Matters arising: the boiler was fitted on 2nd March.

13. Correspondence
The list of correspondence circulated with the agenda was noted.
"""


def test_noting_sentence_in_lettered_part_and_list_of_correspondence_missed(
        tmp_path: Path) -> None:
    # "(a) The minutes ... were agreed" under its letter is the minutes' approval as without
    # it; and "The list of correspondence ... was noted." notes what was put (both read as
    # nothing)
    assert _decided(TOWN_NOTED, tmp_path) == [
        ("(a) The minutes of the meeting held on 9th February 2027 were agreed as a correct "
         "record.", "agreed"),
        ("The list of correspondence circulated with the agenda was noted.", "noted"),
    ]


# ------------------------------------------------ a panel resolving not to act

NOT_TO_VETO = """POLICE AND CRIME PANEL

Minutes of the meeting of the Police and Crime Panel held on 3rd February 2028

Present: Councillors A Crane (Chair), B Dale and C Ellis

PCP/28/4 Proposed Police Precept 2028/29
Members asked about the precept survey.
Following a vote (6 for, 2 against), the Panel resolved not to veto the proposed precept.
"""


def test_panel_resolving_not_to_veto_missed(tmp_path: Path) -> None:
    # "resolved not to ..." is the body's resolution as "resolved to ..." is (read as nothing)
    assert _decided(NOT_TO_VETO, tmp_path) == [
        ("Following a vote (6 for, 2 against), the Panel resolved not to veto the proposed "
         "precept.", "other"),
    ]


def test_item_continued_to_next_meeting_read_as_agreed() -> None:
    # a Scottish committee "continues" an item to a later meeting: a deferral, as "be
    # deferred to the next meeting" is (read as agreed); a scheme continued is no deferral
    assert classify_outcome("The Committee agreed that the item be continued to the next "
                            "meeting to allow consultation.") == "deferred"
    assert classify_outcome("The Committee agreed that the scheme be continued until "
                            "March 2028.") == "agreed"


# ------------------------------------------ a report's table counting recommendations

AUDITOR_SUMMARY = """%% footer Metropolitan Borough Council  |  {page}
** Agenda Item 6
!! External Auditor's Annual Report 2026/27
Report to:	Audit Committee, 20 July 2027
** 1. Recommendation
It is recommended that the Audit Committee considers the External Auditor's Annual Report.
** 2. Summary of the auditor's findings
|# Area | Auditor's judgement | Recommendations |
| Opinion on the financial statements | Unqualified opinion | None |
| Financial sustainability | Significant weakness identified | 1 key, 2 improvement |
| Governance | No significant weakness | 3 improvement |
** 3. Audit fee
The scale fee for 2026/27 was £298,450.
"""


def test_recommendation_count_column_read_as_recommendations(tmp_path: Path) -> None:
    # a "Recommendations" column of counts by kind ("1 key, 2 improvement") counts the
    # auditor's recommendations, as one of bare numbers does: no ask of the meeting (its
    # "Opinion on the financial statements. None" row was read as a recommendation block)
    records = process_file(str(rendered(AUDITOR_SUMMARY, tmp_path))).records
    assert [(d.source, d.decision_text) for d in records if isinstance(d, Decision)] == [
        ("report", "It is recommended that the Audit Committee considers the External "
                   "Auditor's Annual Report."),
    ]


REVIEW_TABLE = """** Agenda Item 5
!! Scrutiny Review of Home to School Transport: Final Report
Report to:	Corporate Overview and Scrutiny Committee, 17 November 2027
** 1. Recommendation
1.1 That the Committee endorses the findings of the Task and Finish Group and submits its recommendations R1 to R3 to Cabinet.
** 2. Background
2.1 Spending on home to school transport rose from £14.8m in 2023/24 to £23.1m in 2026/27.
** 3. Recommendations of the Group
|# No. | Recommendation | To |
| R1 | Publish the transport policy in plain language with worked examples | Cabinet Member for Education |
| R2 | Review routes each term to combine under-used minibus runs | Director of Place |
| R3 | Report transport spending to this Committee every six months | Director of Resources |
** 4. Financial implications
The recommendations can be met from the existing transport budget.
"""  # noqa: E501


def test_review_recommendations_addressed_to_others_read_as_an_ask(tmp_path: Path) -> None:
    # a table of a review's recommendations, each addressed "To" the one to act on it, is
    # what the report's own block asks the meeting to endorse and pass on, no ask of its own
    # (its rows were read as a second recommendation block)
    records = process_file(str(rendered(REVIEW_TABLE, tmp_path))).records
    assert [(d.source, d.decision_text) for d in records if isinstance(d, Decision)] == [
        ("report", "That the Committee endorses the findings of the Task and Finish Group and "
                   "submits its recommendations R1 to R3 to Cabinet."),
    ]


PANEL_REPORT = """** Agenda Item 5 - Addendum
** KESTERMOOR POLICE AND CRIME PANEL
** REPORT OF THE PANEL TO THE POLICE AND CRIME COMMISSIONER ON THE PROPOSED APPOINTMENT OF THE CHIEF CONSTABLE
1. The Panel held a confirmation hearing on 24 February 2028 with the candidate.
2. The Panel is satisfied that the candidate has the professional competence required.
3. Having considered the proposed appointment, the Panel recommends the appointment of Marcus Ellingham as Chief Constable.
4. The Panel asks the Commissioner to send it the new Chief Constable's objectives.
"""  # noqa: E501


def test_panel_report_recommending_in_its_own_words_missed(tmp_path: Path) -> None:
    # a body's own report to another, no "Recommendation" heading: the paragraph where it
    # recommends ("the Panel recommends the appointment of ...") is its recommendation (read
    # as nothing)
    records = process_file(str(rendered(PANEL_REPORT, tmp_path))).records
    assert [(d.source, d.decision_text) for d in records if isinstance(d, Decision)] == [
        ("report", "3. Having considered the proposed appointment, the Panel recommends the "
                   "appointment of Marcus Ellingham as Chief Constable."),
    ]
