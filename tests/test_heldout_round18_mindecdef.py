"""Regression tests for held-out round 18's misses in minutes and decisions of batches D, E and
F: a joint committee's minute numbers printed code, year, then a running number of one figure
("JSC/27/5"), a "that" clause whose subject holds a noun that reads as a verb ("approval of
the strategy be deferred", "the request for funding be declined"), and a label's capital
after a noun in lower case ("four type B fire appliances") joined to the next word. Each on a
small paper written here in the layout that showed it, with guards of the general rule that
fixed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.normalise.textclean import clean_text

# ---------------- a joint committee's minutes: code, year, and a running number of one figure

JOINT_STAFFING = """## JOINT STAFFING COMMITTEE
Minutes of the meeting of the Joint Staffing Committee held on Monday 1st November 2027 at 9.30am
Present: Councillors P. Greenhalgh, V. Mistry, C. Rowntree
** JSC/27/7 Declarations of interest
None were made.
** JSC/27/8 Minutes
The minutes of the meeting held on 13th September 2027 were confirmed as a correct record.
** JSC/27/9 Exclusion of the press and public
RESOLVED - That the press and public be excluded for the following item.
** JSC/27/10 Appointment of Joint Chief Executive
RESOLVED - That Ms Harriet Olufemi be offered the post of Joint Chief Executive.
** JSC/27/11 Appointment of Joint Director of Place
RESOLVED - That the appointment of a Joint Director of Place be deferred.
"""


def test_code_year_and_one_figure_running_number_read_as_minutes(tmp_path: Path) -> None:
    # "JSC/27/7" ... "JSC/27/9" were no minute numbers (a code's number and year read "27/10",
    # never "27/7"): only 10 and 11 were minutes, the rest ran on inside the header
    records = pdf_minutes(JOINT_STAFFING, tmp_path)
    assert numbers(records) == [
        ("JSC/27/7", "Declarations of interest"),
        ("JSC/27/8", "Minutes"),
        ("JSC/27/9", "Exclusion of the press and public"),
        ("JSC/27/10", "Appointment of Joint Chief Executive"),
        ("JSC/27/11", "Appointment of Joint Director of Place"),
    ]
    assert [(d.minute_number, d.outcome) for d in decisions_in(records)] == [
        ("JSC/27/8", "approved"),
        ("JSC/27/9", "other"),
        ("JSC/27/10", "other"),
        ("JSC/27/11", "deferred"),
    ]


def test_code_number_and_year_still_read_so(tmp_path: Path) -> None:
    # guard: "ASC/15/25" ... "ASC/17/25" (number then year, as before) keep their reading
    text = """MINUTES OF THE ADULT SOCIAL CARE COMMITTEE HELD ON 3 MARCH 2025

ASC/15/25 Apologies for Absence
Apologies were received from Councillor Hart.

ASC/16/25 Minutes
RESOLVED that the minutes of the meeting held on 4 February 2025 be approved.

ASC/17/25 Care Market Update
RESOLVED that the update be noted.
"""
    assert numbers(minutes_of(text, tmp_path)) == [
        ("ASC/15/25", "Apologies for Absence"),
        ("ASC/16/25", "Minutes"),
        ("ASC/17/25", "Care Market Update"),
    ]


# ------------- a "that" clause deferring or declining what its subject names


def test_approval_deferred_read_as_deferred() -> None:
    # "approval" in the subject was read as the verb: approved
    assert classify_outcome(
        "RESOLVED: That approval of the Serious Violence Response Strategy be deferred to the "
        "May meeting, so that the youth diversion outcomes can be included.") == "deferred"


def test_agreed_that_request_be_declined_read_as_rejected() -> None:
    # "AGREED that ..." read as agreed whatever was agreed, a refusal too
    assert classify_outcome(
        "AGREED that the request for Town Deal funding for the Lights Festival be declined."
    ) == "rejected"


def test_clause_first_verb_decides_not_a_later_deferral() -> None:
    # guard: only the clause's first passive verb: a report noted, then an item deferred,
    # is noted
    assert classify_outcome(
        "RESOLVED that the report be noted and the next item be deferred.") == "noted"
    assert classify_outcome(
        "RESOLVED that the report be noted and the request be declined.") == "noted"
    assert classify_outcome("AGREED that officers prepare options.") == "agreed"


TEXT_MINUTES = """PELLBRIDGE TOWN CENTRE REGENERATION BOARD

MINUTES OF THE MEETING HELD ON TUESDAY 14 SEPTEMBER 2027

Minute 26 - Market Square Public Realm
    The Board received the design update.
    AGREED that the design be approved for consultation.

Minute 27 - Lights Festival
    The Board considered a request for funding.
    AGREED that the request for Town Deal funding for the Lights Festival be declined.
"""


def test_request_declined_in_text_minutes_read_as_rejected(tmp_path: Path) -> None:
    # the text indented under its heading, "AGREED that ... be declined" read as agreed
    # (guard: "AGREED that the design be approved" is agreed, as before)
    records = minutes_of(TEXT_MINUTES, tmp_path)
    assert [(d.minute_number, d.outcome, d.decision_text) for d in decisions_in(records)] == [
        ("26", "agreed", "AGREED that the design be approved for consultation."),
        ("27", "rejected",
         "AGREED that the request for Town Deal funding for the Lights Festival be declined."),
    ]


# ---------------- "type B fire appliances": a lone capital after a label noun in lower case


def test_capital_after_a_lower_case_label_noun_not_joined_to_the_next_word() -> None:
    # "type B fire" read as a split initial ("C orporate"): "type Bfire appliances", and the
    # report's recommendation no longer read as printed
    assert clean_text("That the Committee approves the supply of four type B fire appliances.") \
        == "That the Committee approves the supply of four type B fire appliances."
    assert clean_text("a category C building and option B costs") == (
        "a category C building and option B costs")


def test_split_initial_after_a_lower_case_word_still_joined() -> None:
    # guard: after any other word a capital split from its word is joined, as before
    assert clean_text("the C orporate Plan and the B udget") == "the Corporate Plan and the Budget"
