"""Review of round 29's S2 fixes (forms: item forms, open choices, ASCII frames, decider boxes):
small papers another council could publish, which the fixes misread or read too slowly, each
read right after the review's mends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kcc_papers.classify import classify
from kcc_papers.load import ascii_frames
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    """(source, text) of each decision the pipeline finds in a file."""
    return [(d.source, d.decision_text) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _report(body: str) -> str:
    """A short plain-text report to Cabinet, ``body`` its numbered sections."""
    return ("Harbridge Borough Council\n\nREPORT TO: Cabinet, 12 March 2031\n"
            "REPORT OF: Director of Resources\n\nMILL LANE PLAY AREA SCHEME\n\n" + body
            + "\n2. Background\n\n2.1 The scheme was consulted on in January 2031.\n")


# ------------------------------------------------------------------ open choices (open_choices)

def test_regression_ask_to_determine_whether_to_approve_is_a_decision(tmp_path: Path) -> None:
    # "whether to approve the scheme" words the decision asked for; only "which" / "between"
    # point at options set out elsewhere
    path = tmp_path / "whether.txt"
    path.write_text(_report(
        "1. Purpose\n\n1.1 The Cabinet is asked to determine whether to approve the Mill Lane "
        "play area scheme at a cost of £40,000, funded from section 106 contributions.\n"))
    assert [s for s, _ in _decisions(path)] == ["report"]


def test_regression_a_later_choice_leaves_the_asks_block_standing(tmp_path: Path) -> None:
    # the choice asked for at 1.2 dropped the whole block, the award at 1.1 with it (the choice
    # itself, its own body's part of the block, is still no decision)
    path = tmp_path / "later_choice.txt"
    path.write_text(_report(
        "1. Purpose\n\n1.1 The Cabinet is asked to approve the award of the play area contract "
        "to Marlow Play Ltd at a cost of £40,000.\n\n1.2 Members are asked to choose which of "
        "the two colour schemes at Appendix B is used.\n"))
    assert _decisions(path) == [("report", "The Cabinet is asked to approve the award of the "
                                 "play area contract to Marlow Play Ltd at a cost of £40,000.")]


# -------------------------------------------------------- forms under an item (item_forms)

DECLARATION_FORM = """Harbridge Borough Council

DECLARATION OF INTERESTS AT MEETINGS

Meeting:        Planning Committee, 12 March 2031
Agenda item:    5
Councillor:     P Dawe
Nature of interest:   Other registrable interest - a trustee of the applicant charity
I will leave the room for the item:   Yes
Signed:  P Dawe
"""

SPEAKER_FORM = """Harbridge Borough Council

REQUEST TO SPEAK AT A COMMITTEE MEETING

Meeting:        Licensing Committee
Agenda item:    4
Name:           Jane Smith
Speaking as:    Objector
Date received:  10 March 2031
"""


def test_regression_members_and_public_forms_under_an_item_are_no_report() -> None:
    # naming the meeting and the item made any form the item's paper: a form filed with a
    # report names that report too
    assert classify(DECLARATION_FORM) == "other"
    assert classify(SPEAKER_FORM) == "other"
    exempt_form = SPEAKER_FORM.replace("Name:           Jane Smith",
                                       "Report:         Review of a Premises Licence")
    assert classify(exempt_form) == "report"


# -------------------------------------------------------- a decider's box (decision_boxes)

FORWARD_PLAN = """Westshire County Council

FORWARD PLAN OF KEY DECISIONS
1 April 2031 to 31 July 2031

1. Decision by the Cabinet Member for Highways
Title: Award of the highways term maintenance contract
Decision: To award a term maintenance contract for highways works
Key decision: Yes
Date of decision: April 2031
Contact: J Smith, Head of Highways
"""


def test_regression_forward_plan_entry_is_no_decider_box() -> None:
    # "Decision by the ..." over "Decision: To award ..." is a forward plan's entry, the
    # decision still to be taken: the decider's box ticks its verdict before wording it
    assert classify(FORWARD_PLAN) == "forward_plan"


# ------------------------------------------------- frames of a text form (ascii_frames)

BOXED_RECORD = """HARBRIDGE BOROUGH COUNCIL

RECORD OF DECISION TAKEN BY AN OFFICER UNDER DELEGATED POWERS

Decision reference:   ODR/2031/012
┌────────────────────────────────────────────────────────────────────┐
│ 1. Decision maker                                                  │
│    Name:       Alison Greaves                                      │
│    Post:       Director of Environment                             │
├────────────────────────────────────────────────────────────────────┤
│ 2. Subject                                                         │
│    Replacement of the Eastgate car park barriers                   │
├────────────────────────────────────────────────────────────────────┤
│ 3. Decision                                                        │
│    To award a contract for the replacement of the Eastgate car     │
│    park barriers to Marlow Access Systems Ltd at a cost of         │
│    GBP 48,200 (excluding VAT).                                     │
├────────────────────────────────────────────────────────────────────┤
│ 4. Reasons for the decision                                        │
│    The barriers failed on 3 March 2031 and parts are no longer     │
│    made.                                                           │
└────────────────────────────────────────────────────────────────────┘

Signed:  A. Greaves                            Date:  10 March 2031
"""


def test_regression_record_in_box_drawing_frames(tmp_path: Path) -> None:
    # the frames were read in "+---+" and "|" only: the same form exported with box-drawing
    # characters kept its walls, and its decision was not read
    path = tmp_path / "boxed_record.txt"
    path.write_text(BOXED_RECORD)
    assert _decisions(path) == [
        ("decision_notice", "To award a contract for the replacement of the Eastgate car park "
         "barriers to Marlow Access Systems Ltd at a cost of GBP 48,200 (excluding VAT).")]


class _CountedRule:
    """FRAME_RULE, counting the lines it is tried on."""

    def __init__(self) -> None:
        self.tries = 0

    def match(self, line: str) -> re.Match[str] | None:
        self.tries += 1
        return _RULE.match(line)


_RULE = ascii_frames.FRAME_RULE


def test_regression_run_of_rules_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each rule of a run of rules with no walled line between scanned the run to its end
    # again: 8,000 such lines took 26 s
    counted = _CountedRule()
    monkeypatch.setattr(ascii_frames, "FRAME_RULE", counted)
    rules = "\n".join(["+" + "-" * 40 + "+"] * 2000)
    assert ascii_frames.open_frames(rules) == rules
    assert counted.tries <= 2 * 2000
