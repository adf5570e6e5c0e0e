"""Regressions found reviewing round 14's loader and structure changes (r14-review-a)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from heldout_support import pack_kinds
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.extract.meetings.body_names import INITIALISM_TAIL, is_masthead_name
from kcc_papers.load.straddled import spaces
from kcc_papers.load.zebra import ZebraTable
from kcc_papers.load.zebra_rows import _last_row

AGENDA = """## Glenmorrow Council
!! LICENSING BOARD
Council Offices, 2 March 2027
A meeting of the LICENSING BOARD will be held on THURSDAY, 11 MARCH 2027 at 10:00 AM.
** AGENDA
1. APOLOGIES
2. MINUTE
3. FEES REVIEW
--- page ---
"""

MINUTES_UNDER_MASTHEAD = """!! GLENMORROW COUNCIL
LICENSING BOARD	14 JANUARY 2027
** MINUTES
Present:	Councillor Ann Roy (Chair); Councillors Bell and Dunn
** 1. APOLOGIES
There were no apologies.
** 2. FEES
Decision
The Board noted the report.
"""


def test_regression_council_masthead_over_minutes_is_no_report(tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(AGENDA + MINUTES_UNDER_MASTHEAD, tmp_path)]
    assert kinds == ["agenda", "minutes"]


AGENDA_UNDER_MASTHEAD = """!! GLENMORROW COUNCIL
LICENSING BOARD	11 MARCH 2027
** AGENDA
1. APOLOGIES
2. MINUTE
3. FEES REVIEW
"""

SUMMONS = """## Glenmorrow Council
!! Summons to attend a meeting of the Council
To:	All Members of the Council
From:	Chief Executive
You are summoned to attend a meeting of the Council on Thursday 11 March 2027 at 7.00 pm.
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 14 January 2027 (Pages 3 - 6)
3. Budget 2027/28 (Pages 7 - 20)
"""


def test_council_masthead_over_an_agenda_is_an_agenda(tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(
        MINUTES_UNDER_MASTHEAD + "--- page ---\n" + AGENDA_UNDER_MASTHEAD, tmp_path)]
    assert kinds == ["minutes", "agenda"]


def test_summons_to_over_from_is_no_report(tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(SUMMONS, tmp_path)]
    assert kinds == ["agenda"]


def test_summons_to_over_from_after_minutes_is_no_report(tmp_path: Path) -> None:
    kinds = [kind for kind, _, _ in pack_kinds(
        MINUTES_UNDER_MASTHEAD + "--- page ---\n" + SUMMONS, tmp_path)]
    assert kinds == ["minutes", "agenda"]


def _glyph(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + size, "size": size}


def test_regression_zebra_word_across_an_edge_seen_whatever_its_glyphs_tops_round_to() -> None:
    # one line of a zebra table's guessed last row, its glyphs' tops a fraction apart (two
    # fonts on a line: 100.4 and 100.6 round apart): the word "ab" across the column edge at
    # 50 is the paragraph after the table running across the columns, no row of it
    table = cast(ZebraTable, SimpleNamespace(last=(100.0, 115.0), edges=[0.0, 50.0, 100.0],
                                             strict=False))
    chars = [_glyph("c", 10.0, 14.0, 100.6), _glyph("a", 45.0, 49.0, 100.6),
             _glyph("b", 49.5, 54.0, 100.4)]
    assert _last_row(table, chars) is None


def test_regression_initialism_tail_tried_only_where_its_spaces_start() -> None:
    # a match tried from inside a run of spaces rescans the rest of the run: 10,000 spaces
    # before no initialism took 0.75 s (quadratic). From the run's start only, it is linear
    assert INITIALISM_TAIL.search("Education  (SACRE)", len("Education ")) is None
    assert INITIALISM_TAIL.sub("", "Education  (SACRE) ") == "Education"
    assert INITIALISM_TAIL.sub("", "(SACRE)") == ""
    assert INITIALISM_TAIL.sub("", " " * 10_000 + "x") == " " * 10_000 + "x"


def test_spaces_are_the_runs_inside_a_runs_text() -> None:
    # (the loop pdf.py's cells, its heading-beside parting and straddled.py each wrote out)
    text = "  5   Decision  x "
    assert list(spaces(text, 0, len(text))) == [(3, 6), (14, 16)]
    assert list(spaces(text, 3, 15)) == []  # a run at either end parts nothing


def test_regression_body_meeting_on_a_day_is_no_body_named_for_its_subject() -> None:
    # "Council on Religious Education" names a body by its subject; "Committee on Wednesday"
    # is the body and the day it meets, the date on the line below
    found = agenda_masthead(["Kelsworth Borough Council", "Audit Committee on Wednesday",
                             "12 March 2027 at 2.00 pm", "Agenda"])
    assert found.get("committee") != "Audit Committee on Wednesday"
    assert not is_masthead_name("Planning Board on Monday")
    assert not is_masthead_name("Licensing Committee on March")
    assert is_masthead_name("Standing Advisory Council on Religious Education")
