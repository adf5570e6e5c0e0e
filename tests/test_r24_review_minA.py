"""Regression tests for the review of held-out round 24's minutes and agenda fixes (batches
A-E and H): what the fixes read wrongly on other councils' papers, or read slowly."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows, rendered
from kcc_papers.extract.minutes.lost_motions import _refuses
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH
from test_s25_limits_misc import _growth as _run_growth

# ------------- a motion lost beside its refusal, a sentence naming a vote between them

LOST_THEN_REFUSED = """MINUTES of the meeting of the Adults and Health Committee held on 14 June 2027
Present: Councillors A Fenn (Chair), B Gill, C Hart and D Ives
Minute 5 - Shared Lives Scheme Expansion
It was proposed by Councillor Fenn and seconded by Councillor Gill that the expansion be approved. On being put to the vote the motion was lost.
{between}
It was RESOLVED that the proposed expansion of the Shared Lives scheme be not approved.
"""  # noqa: E501


def test_regression_the_lost_motion_s_count_after_it_is_no_second_vote(tmp_path: Path) -> None:
    # "The voting was 3 for and 4 against" counts the motion lost: no other motion is put, so
    # the refusal is that motion's result (r21h), one decision, not two
    text = LOST_THEN_REFUSED.format(between="The voting was 3 for and 4 against.")
    assert [outcome for _, outcome in decision_rows(text, tmp_path)] == ["rejected"]


def test_regression_a_member_s_vote_recorded_is_no_second_vote(tmp_path: Path) -> None:
    # a member asking that her vote be recorded names a vote but puts none
    text = LOST_THEN_REFUSED.format(
        between="Councillor Gill asked that her vote in favour of the motion be recorded.")
    assert [outcome for _, outcome in decision_rows(text, tmp_path)] == ["rejected"]


@pytest.mark.parametrize("between", [
    "It was then proposed by Councillor Hart and seconded by Councillor Ives that the expansion "
    "be not approved, and on being put to the vote this was carried.",
    "The Chair then put the officer recommendation to the vote: 5 for and 2 against.",
    "Members then voted on the officer recommendation, 5 for and 2 against."])
def test_another_motion_put_to_the_vote_is_a_second_vote(between: str, tmp_path: Path) -> None:
    # the rule kept: another motion put to the vote, the refusal is its result
    text = LOST_THEN_REFUSED.format(between=between)
    assert [outcome for _, outcome in decision_rows(text, tmp_path)] == ["rejected", "rejected"]


def test_regression_many_lost_motions_and_refusals_are_read_in_linear_time() -> None:
    # each motion lost was read against every refusal after it, over all the lines between
    # them: 200 motions lost, each refused, took 87 s
    def minute(motions: int) -> object:
        texts = [line for _ in range(motions) for line in (
            "It was proposed that the scheme be approved. On being put to the vote the motion "
            "was LOST.", "RESOLVED that the scheme be not approved.")]
        return _refuses(texts, list(range(1, len(texts), 2)))

    assert _run_growth(minute, 6) < MOST_GROWTH


# ------------- a borderless agenda's items numbered inside their title's cell

SUB_NUMBERED_AGENDA = """## Police and Crime Commissioner for Westmarch
## JOINT AUDIT COMMITTEE
Thursday 16 March 2028, 10:00
** AGENDA
|- Item | Title | Lead | Paper |
| 1 | Welcome and Apologies | Chair | Verbal |
| 2 | 2.1   Internal Audit Plan | Head of Audit | D |
| 3 | 3.1   External Audit Plan | Auditor | E |
| 4 | Any Other Business | Chair | Verbal |
"""


def test_regression_a_tab_after_an_item_s_number_in_its_cell_parts_no_cell(
        tmp_path: Path) -> None:
    # the tab between "2.1" and its title (0.7 of a font height, 3 word spaces) was read as a
    # tight gutter: the row's cells one too many, items 2 and 3 lost and their numbers read
    # into item 1's title. "Internal Audit Plan" starts at no column of the table.
    path = rendered(SUB_NUMBERED_AGENDA, tmp_path)
    items = [(a.item_ref, a.title) for a in process_file(str(path)).records
             if isinstance(a, AgendaItem)]
    assert [ref for ref, _ in items] == ["1", "2", "3", "4"]
    assert items[0][1] == "Welcome and Apologies"
    assert items[1][1].endswith("Internal Audit Plan")
    assert items[2][1].endswith("External Audit Plan")
