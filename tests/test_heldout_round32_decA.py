"""Held-out round 32, decisions and agenda items of batches A, B, D and F: the misses fixed, each
on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, text_agenda_items

# A joint board's ModernGov text agenda: titles beside a pages column, one ending on a colon
# wrapped onto the item's last line under it, the next item's row right after.
JOINT_BOARD_TEXT_AGENDA = """KENT COUNTY COUNCIL                                   MEDWAY COUNCIL

                                   AGENDA

        KENT AND MEDWAY JOINT HEALTH AND WELLBEING BOARD

Tuesday, 10th December, 2019, at 2.00 pm       Ask for:   Dympna Halling

                              UNRESTRICTED ITEMS

1.   Chairman's Welcome

2.   Apologies and Substitutes

3.   Minutes of the meeting held on 24 September 2019          (Pages 1 - 6)

4.   Kent and Medway Joint Health and Wellbeing Strategy:      (Pages 7 - 14)
     Outcomes Dashboard

5.   Better Care Fund 2019/20: Quarter 2 Update                (Pages 15 - 22)

6.   Date of next meeting - 17 March 2020

Benedict Westwell
General Counsel
"""


def test_a_text_title_ending_on_a_colon_goes_on_onto_its_items_last_line(
        tmp_path: Path) -> None:
    items = text_agenda_items(JOINT_BOARD_TEXT_AGENDA, tmp_path)
    assert ("4", "Kent and Medway Joint Health and Wellbeing Strategy: Outcomes Dashboard") in items
    assert ("5", "Better Care Fund 2019/20: Quarter 2 Update") in items


# A shadow authority's implementation executive minuting what it noted by its name's last word;
# an officer's title ending on the same word ("The Interim Chief Executive noted ...") is no
# decision of the body's.
EXECUTIVE_MINUTES = """SOUTH EASTMARCH COUNCIL (SHADOW AUTHORITY)

Minutes of the Implementation Executive held on Thursday 22 October 2026 at 6.00 pm at Sedgeford House

Present:    Councillors Y. Abernethy (Chair), W. Bramall, U. Chadwick, S. Dellow

IE 23   Minutes

RESOLVED: That the minutes of the meeting held on 24 September 2026 be confirmed as a correct record.

IE 26   Programme Risks

The Interim Chief Executive noted the risk to the payroll workstream.

IE 27   Forward Plan

The Executive noted the forward plan.

The meeting closed at 7.41 pm.
"""  # noqa: E501


def test_an_executive_noting_by_its_names_last_word_decides(tmp_path: Path) -> None:
    rows = decision_rows(EXECUTIVE_MINUTES, tmp_path)
    assert ("The Executive noted the forward plan.", "noted") in rows
    assert not any("Chief Executive noted" in text for text, _ in rows)


# A corporate parenting board's text minutes refusing a proposal in the resolution's own
# verb negated: "be not agreed".
BOARD_MINUTES_BE_NOT_AGREED = """CORPORATE PARENTING BOARD

MINUTES of a meeting of the Corporate Parenting Board held on Tuesday, 16 October 2018 at 10.00 am

PRESENT:  Mrs A Holt (Chairman), Mr B Kerr, Mrs C Lund

CPB/45  FOSTER CARER FEES AND ALLOWANCES

        The Head of Fostering presented a proposal to replace the three skills
        payment levels for foster carers with a single rate.

        RESOLVED - That the proposed single rate for foster carer
        skills payments be not agreed, and that officers consult
        foster carers on alternatives.
"""


def test_a_proposal_resolved_to_be_not_agreed_is_refused(tmp_path: Path) -> None:
    rows = decision_rows(BOARD_MINUTES_BE_NOT_AGREED, tmp_path)
    assert [outcome for text, outcome in rows if "single rate" in text] == ["rejected"]


# A combined authority's performance report: its byline and its recommendation run into one
# line, the resolution proposed in small letters after the label's colon.
RUN_IN_RECOMMENDATION_REPORT = """%% header EASTMARCH COMBINED AUTHORITY
%% footer Transport Committee | 24 November 2032 | {page}
## EASTMARCH COMBINED AUTHORITY
Agenda Item 5
** Bus Network Performance: Quarter 2 2032/33
Report of: Head of Network Performance. Recommendation: that the Committee notes bus network performance for quarter 2 2032/33 and the actions for the measures rated red.
** 1. Performance
1.1 Services operating on time rose to 86.2% in quarter 2, above the target of 85.0%.
1.2 Customer satisfaction fell to 79%, below the target of 86%; an action plan is set out in section 2.
** 2. Actions
2.1 Operators will report on the causes of the fall in satisfaction at the next meeting.
"""  # noqa: E501


def test_a_recommendation_run_in_after_the_byline_in_small_letters_is_the_ask(
        tmp_path: Path) -> None:
    rows = source_decision_rows(RUN_IN_RECOMMENDATION_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "that the Committee notes bus network performance for quarter 2 2032/33 and the "
        "actions for the measures rated red."]
