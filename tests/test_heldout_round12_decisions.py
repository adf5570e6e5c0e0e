"""Regression tests for the decisions misses of round 12's blind batches, on small papers
written here: minutes that record a committee's decision in plain verbs, without "RESOLVED";
a record of decision that labels each of its numbered decisions apart."""

from __future__ import annotations

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of
from heldout_support import pdf_minutes as _pdf_minutes
from heldout_support import source_lines as _paper
from kcc_papers.extract import decisions

# A committee recommends a report to the body above it, the thing recommended named first.
AUDIT_RECOMMENDS = """AUDIT AND GOVERNANCE COMMITTEE

Minutes of the meeting held on Thursday 19 November 2026

Present: Councillors A Reid (Chair), P Okafor, S Lund

31. Internal Audit Progress Report
The Committee noted the progress report.

32. Treasury Management Mid-Year Review
The Committee recommended the Treasury Management Mid-Year Review 2026/27 to the
Combined Authority Board.

33. Work Programme
The Committee discussed which reports it had recommended to others in past years.
"""

# The same, wrapped in a PDF's narrow column, with a council as the body recommended to.
SCRUTINY_RECOMMENDS = _paper(
    "!! OVERVIEW AND SCRUTINY COMMITTEE",
    "Minutes of the meeting held on Tuesday 3 March 2026",
    "Present: Councillors J Hale (Chair), M Ruiz, T Booth",
    "** 7. Annual Scrutiny Report",
    "The Committee recommended the Annual Scrutiny Report 2025/26 to the Council for "
    "adoption at its April meeting.",
)


def test_regression_committee_recommended_the_report_to_a_body_was_missed(tmp_path):
    audit = minutes_of(AUDIT_RECOMMENDS, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(audit)] == [
        ("31", "The Committee noted the progress report."),
        ("32", "The Committee recommended the Treasury Management Mid-Year Review 2026/27 to "
               "the Combined Authority Board."),
    ]
    scrutiny = decisions_in(_pdf_minutes(SCRUTINY_RECOMMENDS, tmp_path / "scrutiny"))
    assert [d.decision_text for d in scrutiny] == [
        "The Committee recommended the Annual Scrutiny Report 2025/26 to the Council for "
        "adoption at its April meeting."]


# A cabinet member's record labels each numbered decision "DECISION:" on a line of its own.
MEMBER_RECORD = """Cabinet Member Decision Record
Decision reference: CMD/2026/061
Title: Award of contract for school crossing patrol equipment
Cabinet Member: Cllr Ada Moss, Cabinet Member for Transport
Date of decision: 10/11/2026
Key decision: No
DECISION: 1. To award the contract for the supply of crossing patrol equipment to Kerbline
Safety Ltd for two years from 1 January 2027.
DECISION: 2. To approve a contract value of up to £84,000.
DECISION: 3. To delegate authority to the Head of Highways to agree any extension.
Reasons for the decision
The current supply agreement ends on 31 December 2026.
"""

# One "Decision:" label over a numbered list: one decision, as before.
OFFICER_RECORD = """Officer Decision Record
Decision reference: ODR/2026/014
Title: Library opening hours
Date of decision: 12/10/2026
Decision:
1. To agree the revised opening hours for the central library.
2. To note that the hours will be reviewed in April 2027.
Reasons for the decision
Footfall has fallen in the evenings.
"""


def _notice_decisions(text: str) -> list[str]:
    return [d.decision_text for ctx in text_contexts(text, "decision")
            for d in decisions_in(decisions.extract(ctx))]


def test_regression_numbered_decision_labels_kept_only_the_first():
    assert _notice_decisions(MEMBER_RECORD) == [
        "1. To award the contract for the supply of crossing patrol equipment to Kerbline "
        "Safety Ltd for two years from 1 January 2027.",
        "2. To approve a contract value of up to £84,000.",
        "3. To delegate authority to the Head of Highways to agree any extension.",
    ]
    assert _notice_decisions(OFFICER_RECORD) == [
        "1. To agree the revised opening hours for the central library.\n"
        "2. To note that the hours will be reviewed in April 2027."]
