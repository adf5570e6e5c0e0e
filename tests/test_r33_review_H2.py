"""Review of held-out round 33's moved-before-lost rule (fix33H2): minutes another council
would print, which the rule read wrong, each mended."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows

_HEAD = """ASHCOMBE TOWN COUNCIL

Minutes of the meeting of the Council held on 12th March 2026

Present: Councillors A Brook (Chair), C Dunn, E Fisk and G Hale

"""


def test_regression_two_motions_moved_before_the_defeat_keep_it_alone(tmp_path: Path) -> None:
    # Two motions moved, then "the motion was lost": the rule took the nearer one (here a
    # motion to defer), which the minutes do not say was the one refused.
    rows = decision_rows(_HEAD + """14. ALLOTMENTS
Councillor Dunn moved that allotment rents be frozen for 2026/27. Councillor Hale moved that
the matter be deferred to the next meeting. On being put to the vote the motion was lost.
""", tmp_path)
    assert rows == [("On being put to the vote the motion was lost.", "rejected")]


def test_regression_an_action_line_between_is_no_part_of_the_record(tmp_path: Path) -> None:
    # An officer's action printed between the motion and its defeat was kept in the record.
    rows = decision_rows(_HEAD + """14. ALLOTMENTS
Councillor Dunn moved that allotment rents be frozen for 2026/27.
ACTION: Clerk to write to tenants.
On being put to the vote the motion was lost.
""", tmp_path)
    assert rows == [("Councillor Dunn moved that allotment rents be frozen for 2026/27. On being"
                     " put to the vote the motion was lost.", "rejected")]


def test_regression_an_attendance_note_between_is_no_part_of_the_record(tmp_path: Path) -> None:
    # A member leaving the meeting between the motion and its vote was kept in the record.
    rows = decision_rows(_HEAD + """14. ALLOTMENTS
Councillor Dunn moved that allotment rents be frozen for 2026/27. Councillor Hale left the
meeting at 8.10pm. On being put to the vote the motion was lost.
""", tmp_path)
    assert rows == [("Councillor Dunn moved that allotment rents be frozen for 2026/27. On being"
                     " put to the vote the motion was lost.", "rejected")]


def test_regression_a_motion_moving_an_amendment_keeps_the_defeat_alone(tmp_path: Path) -> None:
    # "moved that the motion be amended ...": the motion lost may be the amendment; the rule
    # read the amendment's words as the motion refused.
    rows = decision_rows(_HEAD + """14. ALLOTMENTS
Councillor Dunn moved that the motion be amended to freeze rents. On being put to the vote the
motion was lost.
""", tmp_path)
    assert rows == [("On being put to the vote the motion was lost.", "rejected")]


def test_regression_other_wordings_of_moving_a_motion(tmp_path: Path) -> None:
    # "moved a motion that", the seconder named before "that", "the following motion: That":
    # the rule read only "moved that" / "moved, seconded by B, that".
    rows = decision_rows(_HEAD + """14. ALLOTMENTS
Councillor Dunn moved a motion that allotment rents be frozen. On being put to the vote the
motion was lost.

15. PLAY AREA
Cllr Fisk proposed and Cllr Hale seconded that the play area close at dusk. On being put to
the vote the proposal was lost.

16. NOTICE OF MOTION
Councillor Hale moved the following motion: That the Council declares a nature emergency. On
being put to the vote the motion was lost.
""", tmp_path)
    assert rows == [
        ("Councillor Dunn moved a motion that allotment rents be frozen. On being put to the vote"
         " the motion was lost.", "rejected"),
        ("Cllr Fisk proposed and Cllr Hale seconded that the play area close at dusk. On being"
         " put to the vote the proposal was lost.", "rejected"),
        ("Councillor Hale moved the following motion: That the Council declares a nature"
         " emergency. On being put to the vote the motion was lost.", "rejected"),
    ]
