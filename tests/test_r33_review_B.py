"""Review of held-out round 33's fixes to minutes and text mastheads, decision lists, tables of
business, annual reports and joined asks: papers another council would publish, which the
fixes read wrong, each mended."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, pack_documents, rendered, source_lines
from kcc_papers.classify.report_clues import ANNUAL_REPORT_TITLE
from test_heldout_round33_B import MEMBER_COLUMN_FRONT, NOTE_AND_APPROVE_PAGE


def test_regression_a_members_column_named_in_the_plural_heads_the_table(
        tmp_path: Path) -> None:
    # The fix read "Cabinet Member" and "Portfolio Holder" only: a table of business whose
    # last column is "Cabinet Member(s)" or "Portfolio Holders" lost the pack's agenda.
    for column in ("Cabinet Member(s)", "Portfolio Holders", "Lead Officer(s)"):
        front = MEMBER_COLUMN_FRONT.replace("| Cabinet Member |", f"| {column} |")
        assert pack_documents(front, tmp_path)[:2] == [
            ("agenda", "2026-07-06", "Cabinet"), ("minutes", "2026-06-08", "Cabinet")], column


def _committee_annual_report(title: str, purpose: str) -> str:
    """A committee's annual report to council, titled and sectioned as given."""
    return source_lines(
        "%% footer Fernhill District Council | Council, 9 December 2031 | {page}",
        "## Fernhill District Council",
        f"!! {title}",
        "Presented to Council on 9 December 2031.",
        f"** {purpose}",
        "This report sets out the work of the Committee in 2030/31.",
        "** 2. Work of the Committee",
        "The Committee met six times and considered 40 reports.",
        "** 3. Looking ahead",
        "The Committee will review its terms of reference.",
    )


def test_regression_an_annual_report_of_the_committee_is_a_report(tmp_path: Path) -> None:
    # The fix read the committee's name before "Annual Report" only: "Annual Report of the
    # Audit Committee 2030/31" (or "... to Council") stayed other, its purpose stated.
    for title in ("Annual Report of the Audit Committee 2030/31",
                  "Standards Committee Annual Report to Council 2030/31"):
        docs = documents_of(rendered(_committee_annual_report(
            title, "1. Purpose of this report"), tmp_path))
        assert [d[0] for d in docs if d[0] != "pack"] == ["report"], title
    # (a sentence naming one is still no title)
    assert not ANNUAL_REPORT_TITLE.search(
        "The Annual Report of the Audit Committee was noted by Council.\n")


def test_regression_a_purpose_section_numbered_1_0_states_the_reports_purpose(
        tmp_path: Path) -> None:
    # "1.0 Purpose of Report" (a section numbered with its first point) was no purpose: the
    # committee's annual report stayed other.
    docs = documents_of(rendered(_committee_annual_report(
        "Audit Committee Annual Report 2030/31", "1.0 Purpose of Report"), tmp_path))
    assert [d[0] for d in docs if d[0] != "pack"] == ["report"]


_JOINED = "note the checks made in the year and approve the updated Anti-Money Laundering Policy"


def _asked(asks: str, tmp_path: Path) -> str:
    page = tmp_path / "page.html"
    page.write_text(NOTE_AND_APPROVE_PAGE.replace(_JOINED, asks))
    return documents_of(page)[-1][0]


def test_regression_note_and_to_approve_or_a_second_point_is_that_decisions_report(
        tmp_path: Path) -> None:
    # The fix read "and approve" straight after the first ask only: "and to approve", or the
    # second ask a list's next point ("; and (b) approve"), left the report a risk register.
    assert NOTE_AND_APPROVE_PAGE.count(_JOINED) == 1
    for asks in ("note the checks made in the year and to approve the updated Policy",
                 "(a) note the checks made in the year; and (b) approve the updated Policy",
                 "note the checks made in the year; and approve the updated Policy"):
        assert _asked(asks, tmp_path) == "report", asks
    # (approving the register so joined is still the register's own paper)
    assert _asked("(a) note the checks made in the year; and (b) approve the updated risk"
                  " register", tmp_path) == "risk_register"


def _decisions_list(title: str, date_line: str) -> str:
    """A text list of a meeting's decisions under the council's name, titled as given."""
    return "\n".join([
        "Marlstone Council", "", title, date_line, "",
        "1. Revenue Budget Monitoring", "Decision: That the forecast outturn be noted.", "",
        "2. Leisure Contract", "Decision: That the contract be awarded to Active Ltd.", ""])


def test_regression_decisions_of_the_body_in_capitals_or_dated_on_its_line(
        tmp_path: Path) -> None:
    # The fix read the title in its own case over a bare date line only: set in capitals, its
    # date on the title's line ("held on ..."), or labelled under it, the list stayed other or
    # took its title for the body.
    paper = tmp_path / "paper.txt"
    for title, date_line, body in (
            ("DECISIONS OF THE EXECUTIVE", "4 NOVEMBER 2025", "Executive"),
            ("Decisions of the Executive held on 4 November 2025", "", "Executive"),
            ("Decisions of the Planning Committee", "Date of meeting: 4 November 2025",
             "Planning Committee")):
        paper.write_text(_decisions_list(title, date_line))
        assert documents_of(paper)[-1] == ("decision", "2025-11-04", body), title
    # (a member's decisions are no meeting's: since session 53 one office holder's decision
    # record, never the Executive's)
    paper.write_text(_decisions_list("Decisions of the Executive Member for Housing",
                                     "4 November 2025"))
    member_record = documents_of(paper)[-1]
    assert member_record[0] == "decision" and member_record[2] != "Executive"
