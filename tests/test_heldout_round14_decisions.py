"""Regression tests for the decisions misses of round 14's blind batches, on small papers
written here: a record of a meeting's decisions whose item heading in capitals wraps onto a
line holding only the word "DECISION"; a report whose recommendation is one body's to another
("The Cabinet RECOMMENDS that Council:"); minutes whose closing "The Committee noted ..." is
followed by what else it decided ("The Committee requested a deep dive ..."); minutes that
print each minute's bold heading in a left-hand gutter, its text in a column beside it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes, source_lines
from kcc_papers.extract import decisions

# A record of a meeting's decisions, each item's reference and title in capitals over its
# "Decision:" label; the second heading wraps, its last word "DECISION" alone on a line.
RECORD_WITH_WRAPPED_HEADING = """ASHCOMBE COUNCIL
RECORD OF EXECUTIVE DECISIONS
Decision maker: Cabinet
Date of meeting: Tuesday 4 May 2027
EX/27/011 LIBRARY OPENING HOURS
Decision: That the revised opening hours be agreed.
Reasons for decision: Footfall has fallen in the evenings.
EX/27/012 PURCHASE OF A DEPOT SITE - URGENT
DECISION
Decision: Cabinet approved the purchase of the depot site for £1,200,000.
Reasons for decision: The vendor's offer expires this month.
EX/27/013 PARKING TARIFFS
Decision: That the tariffs be deferred to the June meeting.
"""

# The same record with each decision under a bare "DECISION" heading, no label below it: the
# heading is the decision's label.
RECORD_WITH_DECISION_HEADINGS = """ASHCOMBE COUNCIL
RECORD OF EXECUTIVE DECISIONS
Decision maker: Cabinet
EX/27/011 LIBRARY OPENING HOURS
DECISION
That the revised opening hours be agreed.
EX/27/012 PARKING TARIFFS
DECISION
That the tariffs be deferred to the June meeting.
"""


def _notices(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(d.agenda_item_ref, d.title, d.decision_text)
            for ctx in text_contexts(text, "decision")
            for d in decisions_in(decisions.extract(ctx))]


def test_regression_wrapped_heading_word_decision_taken_for_the_label() -> None:
    assert _notices(RECORD_WITH_WRAPPED_HEADING) == [
        ("EX/27/011", "LIBRARY OPENING HOURS", "That the revised opening hours be agreed."),
        ("EX/27/012", "PURCHASE OF A DEPOT SITE - URGENT DECISION",
         "Cabinet approved the purchase of the depot site for £1,200,000."),
        ("EX/27/013", "PARKING TARIFFS", "That the tariffs be deferred to the June meeting."),
    ]


def test_regression_wrapped_heading_bare_decision_heading_still_a_label() -> None:
    assert _notices(RECORD_WITH_DECISION_HEADINGS) == [
        ("EX/27/011", "LIBRARY OPENING HOURS", "That the revised opening hours be agreed."),
        ("EX/27/012", "PARKING TARIFFS", "That the tariffs be deferred to the June meeting."),
    ]


# A report to full council carrying the Cabinet's recommendation, under a heading that names
# the body before the word "Recommendation".
CABINET_RECOMMENDS = """REPORT OF THE CABINET
Meeting: County Council
Date of meeting: 25 February 2027
Capital Programme 2027/28 to 2031/32
1. PURPOSE
1.1 To seek approval of the capital programme recommended by the Cabinet on 9 February 2027.
2. CABINET RECOMMENDATION
The Cabinet RECOMMENDS that Council:
(a) approve the capital programme for 2027/28 to 2031/32 of £312.7m; and
(b) approve prudential borrowing of up to £86.4m over the period.
3. THE PROGRAMME
3.1 The programme includes £54.2m for highways and flood defence.
"""


def test_regression_body_recommends_to_council_read_as_the_recommendation() -> None:
    found = [(d.source, d.decision_text) for ctx in text_contexts(CABINET_RECOMMENDS, "report")
             for d in decisions_in(decisions.extract(ctx))]
    assert found == [(
        "report",
        "The Cabinet RECOMMENDS that Council:\n"
        "(a) approve the capital programme for 2027/28 to 2031/32 of £312.7m; and\n"
        "(b) approve prudential borrowing of up to £86.4m over the period.",
    )]


# A minute that closes on what the committee noted and then what else it did, each its own
# sentence; another whose members only asked questions in the debate.
NOTED_THEN_REQUESTED = """AUDIT AND GOVERNANCE COMMITTEE

Minutes of the meeting held on Thursday 5 November 2026

Present: S Dunforth (Chair), Cllr M Oakes, Cllr N Akhtar

30. Corporate Risk Register
Members questioned whether the score for the transition risk was high enough.
The Committee noted the Corporate Risk Register.
The Committee requested a deep dive into the transition risk at its January meeting.

31. Treasury Management Update
The Committee noted the update.
The Committee asked about the timing of the next borrowing.
"""


def test_regression_noted_then_requested_each_a_decision(tmp_path: Path) -> None:
    assert [(d.minute_number, d.decision_text) for d in decisions_in(
        minutes_of(NOTED_THEN_REQUESTED, tmp_path))] == [
        ("30", "The Committee noted the Corporate Risk Register."),
        ("30", "The Committee requested a deep dive into the transition risk at its January "
               "meeting."),
        ("31", "The Committee noted the update."),
    ]


# A board's minutes, each short minute's heading in bold in a left-hand gutter and its text in
# a column right of it, wrapping under itself; a longer minute under a heading of its own. (Set
# in a serif TrueType font, PDFium reads a heading and its text beside it as one run.)
GUTTER_MINUTES = source_lines(
    "%% ligatures",
    "%% font serif",
    "!! Minutes of the meeting of the Board of Ashdale Homes Ltd held on Thursday 19 March 2026",
    "Present:\tGareth Lomax (Chair), Patience Odum, Megan Tulley, Kofi Amankwah",
    "<> **B/26/14 Apologies** || Apologies were received from Jonathan Rudd (independent). The "
    "meeting was quorate.",
    "<> **B/26/15 Minutes** || The minutes of 22 January 2026 were approved as a correct "
    "record.",
    "** B/26/16 Budget and business plan 2026/27",
    "The Board **approved** the budget and business plan 2026/27.",
)


def test_regression_gutter_heading_and_its_text_read_apart(tmp_path: Path) -> None:
    records = pdf_minutes(GUTTER_MINUTES, tmp_path)
    assert numbers(records) == [("B/26/14", "Apologies"), ("B/26/15", "Minutes"),
                                ("B/26/16", "Budget and business plan 2026/27")]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("B/26/15", "The minutes of 22 January 2026 were approved as a correct record."),
        ("B/26/16", "The Board approved the budget and business plan 2026/27."),
    ]


# A member's request closing a minute after the body's "noted" is no decision of the body's:
# "The Chair of the Committee asked that ..." names the body only as the member's office.
NOTED_THEN_CHAIR_ASKED = """AUDIT AND GOVERNANCE COMMITTEE

Minutes of the meeting held on Thursday 5 November 2026

Present: S Dunforth (Chair), Cllr M Oakes, Cllr N Akhtar

32. Internal Audit Progress
The Committee noted the progress report.
The Chair of the Committee asked that members send their questions in advance.
The Audit and Governance Committee requested a report on the fleet audit in March.
"""


def test_regression_member_of_the_body_asking_read_as_its_decision(tmp_path: Path) -> None:
    # the went-on sentences stop at the Chair's request, the first that is no decision
    assert [(d.minute_number, d.decision_text) for d in decisions_in(
        minutes_of(NOTED_THEN_CHAIR_ASKED, tmp_path))] == [
        ("32", "The Committee noted the progress report."),
    ]


def test_body_named_in_full_went_on_to_request(tmp_path: Path) -> None:
    """Guard: a body named with words before its own ("The Audit and Governance Committee
    requested ...") still decides what it went on to do."""
    text = NOTED_THEN_CHAIR_ASKED.replace(
        "The Chair of the Committee asked that members send their questions in advance.\n", "")
    assert [d.decision_text for d in decisions_in(minutes_of(text, tmp_path))] == [
        "The Committee noted the progress report.",
        "The Audit and Governance Committee requested a report on the fleet audit in March.",
    ]
