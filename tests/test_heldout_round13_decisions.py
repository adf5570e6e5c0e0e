"""Regression tests for the decisions misses of round 13's blind batches, on small papers
written here: a page of one meeting's decisions, each with its own fields; an individual
member's decision set out in numbered sections, what was agreed led in by a sentence."""

from __future__ import annotations

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of
from kcc_papers.extract import decisions
from kcc_papers.normalise.outcomes import classify_outcome

# A meeting's page of decisions: each decision's title over its "Decision Maker:", one title
# holding a colon of its own.
MEETING_DECISIONS_PAGE = """Committees > Cabinet > Decisions
Decisions
Decisions published on Monday 8 March 2027 for the meeting of Cabinet on Thursday 4 March 2027
Printable version
Library Opening Hours
Decision Maker: Cabinet
Made at meeting: 04/03/2027
Decision status: Recommendations Approved
Is Key decision?: No
Decision:
RESOLVED:
1. That the revised opening hours for the central library be agreed.
2. That the hours be reviewed in April 2028.
Reasons for the decision:
Footfall has fallen in the evenings.
Date of decision: 04/03/2027
Depot Relocation: Land Purchase
Decision Maker: Cabinet
Made at meeting: 04/03/2027
Decision status: Deferred
Is Key decision?: Yes
Decision:
RESOLVED that the purchase of land for the depot be deferred to the April meeting.
Date of decision: 04/03/2027
"""

# An individual cabinet member's decision in numbered sections, the decision led in by a
# sentence wrapped over lines that ends "have AGREED:".
MEMBER_DECISION = """BOROUGH OF WESTMARSH

INDIVIDUAL CABINET MEMBER DECISION

Decision No:        CMD 2027/031
Title:              Extension of the parks grounds maintenance contract
Cabinet Member:     Councillor Ada Moss, Cabinet Member for Environment
Date of decision:   Monday 5th April 2027
Key decision:       No

1. DECISION

   I, Councillor Ada Moss, Cabinet Member for Environment, having
   considered the report of the Director of Place dated 29 March
   2027, have AGREED:

   (i)   to extend the grounds maintenance contract with Verdant Parks
         Ltd for 12 months from 1 May 2027; and

   (ii)  to note that the service will be re-procured in 2028.

2. REASONS FOR THE DECISION

   2.1 The current contract ends on 30 April 2027.
"""


def _notices(text: str) -> list[tuple[str | None, str, str]]:
    return [(d.title, d.decision_text, d.outcome)
            for ctx in text_contexts(text, "decision")
            for d in decisions_in(decisions.extract(ctx))]


def test_regression_meeting_decisions_page_read_as_its_subtitle():
    assert _notices(MEETING_DECISIONS_PAGE) == [
        ("Library Opening Hours",
         "RESOLVED:\n1. That the revised opening hours for the central library be agreed.\n"
         "2. That the hours be reviewed in April 2028.", "approved"),
        ("Depot Relocation: Land Purchase",
         "RESOLVED that the purchase of land for the depot be deferred to the April meeting.",
         "deferred"),
    ]


def test_regression_member_decision_in_numbered_sections_read_as_its_banner():
    (ctx,) = text_contexts(MEMBER_DECISION, "decision")
    (notice,) = decisions_in(decisions.extract(ctx))
    assert (notice.title, notice.decision_text, notice.decision_maker) == (
        "Extension of the parks grounds maintenance contract",
        "(i) to extend the grounds maintenance contract with Verdant Parks Ltd for 12 months "
        "from 1 May 2027; and\n(ii) to note that the service will be re-procured in 2028.",
        "Councillor Ada Moss, Cabinet Member for Environment",
    )


# Minutes telling what the meeting heard ("noted that ... had been ...") beside what it did.
NOTED_THAT = """PLANNING COMMITTEE

Minutes of the meeting held on Tuesday 2 March 2027

Present: Councillors A Reid (Chair), P Okafor, S Lund

12. Appeal Decisions
The Committee noted that the Planning Appeals Commission had dismissed the appeal at 4 Mill Lane.

13. Enforcement Report
The Committee noted the quarterly enforcement report.
"""


def test_regression_noted_that_a_fact_taken_as_a_decision(tmp_path):
    assert [(d.minute_number, d.decision_text) for d in decisions_in(
        minutes_of(NOTED_THAT, tmp_path))] == [
        ("13", "The Committee noted the quarterly enforcement report.")]


def test_regression_continued_consideration_not_tagged_deferred():
    assert [classify_outcome(text) for text in (
        "To continue consideration of the report to the next meeting of the Committee.",
        "The Committee agreed to continue consideration to its next meeting.",
    )] == ["deferred", "deferred"]
