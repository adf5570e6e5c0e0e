"""Held-out round 37, decisions and contracts in council and committee minutes: the misses
fixed, each on a small paper written in the layout that showed it (other councils, members,
firms and words)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decisions_in,
    pdf_minutes,
    source_lines,
)


def _rows(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(source, tmp_path))]


# ------------------------------------------------------------------ a motion on notice lost

# A council's motion on notice, moved with its seconder named first and "the following
# motion:", its words in quotation marks, a member's speech, then "the motion was put to the
# vote and was LOST" (r37h): the decision is the motion's words, refused.
QUOTED_MOTION_LOST = source_lines(
    "%% header Fellbridge District Council  |  Council 3.03.2027  |  Minutes C.40 - C.42",
    "## FELLBRIDGE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the COUNCIL held at the Guildhall, Fellbridge on WEDNESDAY"
    " 3 MARCH 2027 at 7.00 pm",
    "PRESENT: Councillor Ruth Orme (Mayor); Councillors Abbas, Birtle, Crook, Daley and Eke.",
    "** C.40 MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
    "** C.41 MOTION ON NOTICE - STREET LIGHTING",
    "Councillor Birtle moved, and Councillor Daley seconded, the following motion:",
    "\"That this Council restores all-night street lighting in residential roads from the"
    " autumn.\"",
    "Councillor Crook said that the saving had paid for two extra road sweepers. After debate"
    " the motion was put to the vote and was LOST.",
    "** C.42 CALENDAR OF MEETINGS",
    "RESOLVED that the calendar of meetings for 2027/28 be approved.",
)


def test_a_quoted_motion_on_notice_lost_is_its_words(tmp_path: Path) -> None:
    rows = _rows(QUOTED_MOTION_LOST, tmp_path)
    assert [outcome for _, outcome in rows] == ["approved", "rejected", "approved"]
    assert rows[1][0].startswith(
        "Councillor Birtle moved, and Councillor Daley seconded, the following motion: \"That"
        " this Council restores all-night street lighting in residential roads from the"
        " autumn.\"")
    assert rows[1][0].endswith("the motion was put to the vote and was LOST.")


# ... but an amendment moved so, in quotation marks, and lost beside a carried resolution is
# no decision of its own; nor are its words the resolution's.
QUOTED_AMENDMENT_LOST = source_lines(
    "%% header Fellbridge District Council  |  Council 3.03.2027  |  Minutes C.42 - C.44",
    "## FELLBRIDGE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the COUNCIL held at the Guildhall, Fellbridge on WEDNESDAY"
    " 3 MARCH 2027 at 7.00 pm",
    "PRESENT: Councillor Ruth Orme (Mayor); Councillors Abbas, Birtle, Crook, Daley and Eke.",
    "** C.42 MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
    "** C.43 HOUSING STRATEGY",
    "Councillor Abbas moved, and Councillor Eke seconded, the following amendment:",
    "\"That the target of 120 affordable homes a year be raised to 150.\"",
    "The amendment was put to the vote and was LOST.",
    "RESOLVED that the Housing Strategy 2027-2032 be adopted.",
    "** C.44 QUESTIONS FROM MEMBERS",
    "Councillor Eke asked when the Guildhall lift would be repaired. The Leader replied that"
    " the parts had been ordered.",
)


def test_a_quoted_amendment_lost_beside_a_resolution_is_none(tmp_path: Path) -> None:
    assert _rows(QUOTED_AMENDMENT_LOST, tmp_path) == [
        ("RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
         "approved"),
        ("RESOLVED that the Housing Strategy 2027-2032 be adopted.", "other")]
