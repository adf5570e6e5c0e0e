"""Regression tests for the decisions misses of round 12's blind batches, on small papers
written here: minutes that record a committee's decision in plain verbs, without "RESOLVED"."""

from __future__ import annotations

from heldout_support import decisions_in, minutes_of
from heldout_support import pdf_minutes as _pdf_minutes
from heldout_support import source_lines as _paper

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
