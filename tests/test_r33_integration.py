"""Regression tests of round 33's integration: rules of two fixers that met only when merged."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines

# A company board's collection report: its purpose names the collection measures, it asks to
# note them and to approve a small write-off, and its section 3 is their rated table.
COLLECTION_REPORT_NOTE_AND_APPROVE = source_lines(
    "## Item 5: Rent Collection and Arrears Report to 31 January 2029",
    "** 1. Purpose",
    "1.1 To update the Board on the rent collection measures for 2028/29 and the arrears.",
    "** 2. Recommendation",
    "2.1 That the Board note the collection position at 31 January 2029 and approve the"
    " write-off of £1,860 of arrears owed by former tenants who cannot be traced.",
    "** 3. Collection measures",
    "| Ref | Measure | Target | January 2029 | Rating |",
    "| RC1 | Rent collected as a share of rent due | 98.5% | 98.9% | Green |",
    "| RC2 | Current tenant arrears as a share of the rent roll | 2.0% | 2.4% | Amber |",
    "| RC3 | Former tenant arrears written off | £5,000 | £1,860 | Green |",
    "** 4. Financial implications",
    "4.1 The write-off is met from the bad debt provision set aside for the year.",
)

# An audit committee's counter fraud report: it asks to note the year's activity and to
# approve a revised strategy; its fraud risk assessment is the evidence, no register's paper.
COUNTER_FRAUD_NOTE_AND_APPROVE = source_lines(
    "## Counter Fraud Annual Report 2028/29",
    "Report to:\tAudit Committee, 12 June 2029",
    "Report of:\tHead of Internal Audit",
    "** Recommendation",
    "That the Committee note the counter fraud activity in 2028/29 and approve the revised"
    " Anti-Fraud and Corruption Strategy at Appendix A.",
    "** Fraud risk assessment",
    "| Ref | Risk | Likelihood | Impact | Score |",
    "| FR1 | Tenancy fraud in the housing stock | 3 | 4 | 12 |",
    "| FR2 | False claims for business grants | 2 | 3 | 6 |",
    "** Activity in the year",
    "Forty-two referrals were received and thirty-eight were closed in the year.",
)


def test_regression_r33_note_and_approve_keeps_a_report_about_its_measures_a_performance_report(
        tmp_path: Path) -> None:
    # (round 33's fixer read a decision joined to an ask to note by "and" as that decision's
    # report everywhere; r25i's and r26h's performance reports, asking to note their measures
    # and to agree or approve something small, became plain reports)
    kinds = [d[0] for d in documents_of(rendered(COLLECTION_REPORT_NOTE_AND_APPROVE, tmp_path))]
    assert kinds == ["performance_report"]


def test_regression_r33_note_and_approve_beside_a_risk_table_is_the_decisions_report(
        tmp_path: Path) -> None:
    kinds = [d[0] for d in documents_of(rendered(COUNTER_FRAUD_NOTE_AND_APPROVE, tmp_path))]
    assert kinds == ["report"]
