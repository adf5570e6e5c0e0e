"""Held-out round 33, documents of Kent's committees, decision lists, audit and finance: the
misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    documents_of,
    html_page,
    html_table,
    pack_documents,
    pack_front,
    rendered,
    source_lines,
)
from kcc_papers.classify.report_clues import ANNUAL_REPORT_TITLE
from kcc_papers.segment_starts.item_tables import AGENDA_TABLE_HEADER

# A ModernGov minutes page: its title "Minutes of <body>" over the meeting's date line, no
# "held" sentence; the body is the name after "Minutes of", not the title.
MINUTES_TITLE_PAGE = html_page(
    "<p>Accept all cookies</p><p>Harrowfield District Council</p>",
    "<p>Home</p><p>&gt;</p><p>Committees</p><p>&gt;</p><p>Licensing Committee</p>",
    "<h1>Minutes of Licensing Committee</h1>",
    "<p>Thursday, 6th March, 2025 6.30 pm</p>",
    "<p>Venue: Council Chamber, Harrowfield.</p>",
    "<p>Attendance</p><p>Present: Councillors Ames (Chair), Brook and Cole.</p>",
    "<p>Items</p><p>LC 12</p><p>Apologies for Absence</p><p>None were received.</p>",
    "<p>LC 13</p><p>Minutes</p><p>Resolved: That the Minutes of the meeting held on 9 January"
    " 2025 be approved.</p>",
)


def test_a_minutes_title_over_its_date_names_the_body_after_minutes_of(
        tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(MINUTES_TITLE_PAGE)
    assert documents_of(page)[-1] == ("minutes", "2025-03-06", "Licensing Committee")


# (negative) a title naming the body with no "Minutes of": kept whole, not cut
NAMED_TITLE_PAGE = MINUTES_TITLE_PAGE.replace("Minutes of Licensing Committee",
                                              "Licensing Committee")


def test_a_body_title_without_minutes_of_is_kept_whole(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NAMED_TITLE_PAGE)
    assert documents_of(page)[-1] == ("minutes", "2025-03-06", "Licensing Committee")


# A unitary council's report in a text export: the council's name (no "Borough" or
# "District" in it), then its body named by its one word, then the meeting's date.
EXECUTIVE_UNDER_COUNCIL = "\n".join([
    "Marlstone Council", "", "EXECUTIVE", "", "12 March 2031", "",
    "Report of the Director of Resources", "", "TREASURY OUTTURN 2030/31", "",
    "1.    PURPOSE OF REPORT", "",
    "1.1   To report the treasury management outturn for the year.", "",
    "2.    RECOMMENDATIONS", "",
    "2.1   That the Executive notes the outturn.", ""])


def test_a_one_word_body_under_the_councils_name_is_the_meeting(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(EXECUTIVE_UNDER_COUNCIL)
    assert documents_of(paper)[-1] == ("report", "2031-03-12", "Executive")


# (negative) a committee named in full under the council's name stays that committee
def test_a_named_committee_under_the_councils_name_is_kept(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(EXECUTIVE_UNDER_COUNCIL.replace("EXECUTIVE", "AUDIT COMMITTEE")
                     .replace("the Executive", "the Committee"))
    assert documents_of(paper)[-1] == ("report", "2031-03-12", "Audit Committee")


# A council's web page of a meeting's decisions: the sentence saying whose they are runs on
# past its date to the time and venue in one paragraph.
RECORD_SENTENCE_RUNS_ON = html_page(
    "<p>Accept all cookies</p><p>Lowbridge Borough Council</p>",
    "<p>Home</p><p>Cabinet</p><p>Record of decisions</p>",
    "<h1>Cabinet: Record of Decisions</h1>",
    "<p>Decisions taken at the meeting of the Cabinet held on Wednesday 8 April 2026 at 7.00 pm"
    " in Committee Room 2, Lowbridge Civic Centre.</p>",
    "<p>Published: 9 April 2026.</p>",
    "<h2>CAB/101 Minutes of the meeting held on 11 March 2026</h2>",
    "<p>Decision: That the minutes of the meeting held on 11 March 2026 be approved.</p>",
    "<h2>CAB/102 Street Lighting Maintenance</h2>",
    "<p>Decision: That the street lighting maintenance contract be awarded to Glowline Ltd.</p>",
    "<p>Reasons for the decision: The most advantageous tender.</p>",
)


def test_a_decisions_sentence_running_on_past_its_date_names_the_meeting(
        tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(RECORD_SENTENCE_RUNS_ON)
    assert documents_of(page)[-1] == ("decision", "2026-04-08", "Cabinet")


# A list of a meeting's decisions titled by whose they are, the date, time and venue on the
# line under the title, each item printing its "Decision:"; a table of earlier decisions
# (ref, date, subject, status) under it.
DECISIONS_OF_BODY_PAGE = html_page(
    "<p>Reject optional cookies</p><p>Marsh Dyke District Council</p>",
    "<p>Home</p><p>&gt;</p><p>Cabinet</p><p>&gt; Decisions</p>",
    "<h1>Decisions of the Cabinet</h1>",
    "<p>Wednesday 14 January 2026, 6.30 pm, Council Chamber, Dyke House</p>",
    "<p>This is the record of the decisions taken by the Cabinet at the meeting above.</p>",
    "<h2>C/71 Play Area Refurbishment</h2>",
    "<p>Key decision:</p><p>No</p><p>Decision:</p>",
    "<p>That the refurbishment of the Mill Lane play area be approved.</p>",
    "<h2>C/72 Housing Allocations Policy</h2>",
    "<p>Key decision:</p><p>Yes</p><p>Decision:</p>",
    "<p>That the revised housing allocations policy be adopted.</p>",
    "<h2>Previous decisions (for information)</h2>",
    html_table(["Ref", "Date", "Subject", "Status"],
               [["C/60", "10 December 2025", "Tree Strategy - adopted", "Implemented"],
                ["C/63", "10 December 2025", "Disposal of land - agreed", "Implemented"]]),
)


def test_decisions_of_a_body_titled_so_are_its_meetings_decisions(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(DECISIONS_OF_BODY_PAGE)
    assert documents_of(page)[-1] == ("decision", "2026-01-14", "Cabinet")


# (negative) a report whose sentence speaks of "decisions of the Cabinet" is no such title
REPORT_MENTIONING_DECISIONS = html_page(
    "<p>Marsh Dyke District Council</p>",
    "<h1>Report to Audit Committee - 21 January 2026</h1>",
    "<h2>Implementation of Cabinet Decisions</h2>",
    "<p>1.1 This report sets out progress in implementing the decisions of the Cabinet"
    " taken since April 2025.</p>",
    "<h2>2. Recommendation</h2><p>2.1 That the Committee notes the report.</p>",
)


def test_a_report_speaking_of_decisions_of_a_body_stays_a_report(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(REPORT_MENTIONING_DECISIONS)
    assert documents_of(page)[-1] == ("report", "2026-01-21", "Audit Committee")


# A scrutiny committee's pack: its last minutes headed as the record of the meeting, under the
# committee's name, their minutes numbered "PSC/25/31".
RECORD_OF_MEETING_PACK = pack_front("Tollgate Council", "Place Scrutiny Committee") + (
    "Agenda Item 2\n"
    "** Place Scrutiny Committee\n"
    "** Record of the meeting held on Thursday 12 March 2026\n"
    "Present:\tCouncillors Ruddock (Chairperson), Amis, Birch and Cole\n"
    "** PSC/25/31 Apologies for absence\n"
    "There were none.\n"
    "** PSC/25/32 Record of meeting\n"
    "The record of the meeting held on 8 January 2026 was agreed as correct.\n"
    "** PSC/25/33 Bus Service Review\n"
    "The Committee noted the report.\n"
    "--- page ---\n"
    "** Place Scrutiny Committee\n"
    "11 June 2026\n"
    "** Budget Monitoring\n"
    "Report from: Head of Finance\n"
    "1. Recommendation\n"
    "1.1 That the Committee is recommended to note the forecast outturn.\n"
    "2. Background\n"
    "2.1 The forecast outturn is an overspend of £0.4m.\n"
)


def test_minutes_headed_as_the_record_of_the_meeting_are_minutes(tmp_path: Path) -> None:
    docs = pack_documents(RECORD_OF_MEETING_PACK, tmp_path)
    assert docs[:2] == [("agenda", "2026-06-11", "Place Scrutiny Committee"),
                        ("minutes", "2026-03-12", "Place Scrutiny Committee")]


# A cabinet's pack whose front never says "Agenda": the body, date and venue, then its table
# of business, the last column the member presenting each item.
MEMBER_COLUMN_FRONT = source_lines(
    "%% header Northmarsh County Council",
    "## Cabinet",
    "Monday 6 July 2026, 2.00 pm",
    "Council Chamber, Shire Hall, Northmarsh",
    "Members of the Cabinet:\tCouncillors A. Dunn (Leader), B. Eyre, C. Frost, D. Gale",
    "|~ Item | Business | Cabinet Member |",
    "| 1 | Apologies for absence | |",
    "| 2 | Minutes of the meeting held on 8 June 2026 | |",
    "| 3 | Library Service Review | Cllr Eyre |",
    "--- page ---",
    "** Cabinet",
    "** Minutes of the meeting held on Monday 8 June 2026",
    "Present:\tCouncillors A. Dunn (Leader, in the Chair), B. Eyre, C. Frost",
    "** C/41 Apologies",
    "There were none.",
    "** C/42 Minutes",
    "RESOLVED that the minutes of the meeting held on 11 May 2026 be agreed.",
)


def test_a_table_of_business_with_a_members_column_is_an_agenda(tmp_path: Path) -> None:
    assert pack_documents(MEMBER_COLUMN_FRONT, tmp_path)[:2] == [
        ("agenda", "2026-07-06", "Cabinet"), ("minutes", "2026-06-08", "Cabinet")]


def test_a_portfolio_holder_label_is_no_table_of_business() -> None:
    # (negative) a report's label naming its member is no agenda's header row
    assert not AGENDA_TABLE_HEADER.search("Portfolio Holder: Councillor B. Eyre\n")
    assert not AGENDA_TABLE_HEADER.search("Cabinet Member\n")
    assert AGENDA_TABLE_HEADER.search("Item Subject Portfolio Holder\n")


# An external auditor's annual report to a council's audit committee: titled as the year's
# report, its sections numbered ("1. Purpose of this report"), no recommendations of its own.
AUDITORS_ANNUAL_REPORT = source_lines(
    "%% footer Carrick Moss LLP | Audit Committee, 9 December 2031 | {page}",
    "## Fernhill District Council",
    "!! Auditor's Annual Report for the year ended 31 March 2031",
    "Prepared by Carrick Moss LLP for the Audit Committee meeting of 9 December 2031.",
    "** 1. Purpose of this report",
    "This report brings together the findings of our audit of the Council for 2030/31.",
    "** 2. Opinion on the financial statements",
    "We issued an unqualified opinion on the financial statements on 25 November 2031.",
    "** 3. Value for money arrangements",
    "We found no significant weakness in the Council's arrangements.",
)


def test_an_auditors_annual_report_is_a_report(tmp_path: Path) -> None:
    docs = documents_of(rendered(AUDITORS_ANNUAL_REPORT, tmp_path))
    assert [d[0] for d in docs if d[0] != "pack"] == ["report"]


def test_an_annual_report_named_in_a_sentence_is_no_title() -> None:
    # (negative) a sentence or an item naming an annual report is no paper's title line
    assert not ANNUAL_REPORT_TITLE.search(
        "The Committee received the Annual Report of the Chair, which was noted.\n")
    assert not ANNUAL_REPORT_TITLE.search("7. Annual Report (Pages 12 - 20)\n")
    assert ANNUAL_REPORT_TITLE.search("Internal Audit Annual Report 2031/32\n")


# A council's web page of a finance report: its asks numbered under "The Committee is asked
# to:", the first to approve a strategy; a table of its financial risks further down.
NUMBERED_ASKS_PAGE = html_page(
    "<p>Accept analytics cookies</p><p>Oxmoor City Council</p>",
    "<h1>Capital Strategy 2031/32 to 2034/35</h1>",
    "<dl><dt>Committee</dt><dd>Finance Committee</dd>"
    "<dt>Meeting date</dt><dd>Tuesday 9 September 2031</dd></dl>",
    "<h2>Summary</h2><p>This report sets out the capital strategy and its risks.</p>",
    "<h2>Recommendations</h2><p>The Committee is asked to:</p>",
    "<ol><li>approve the Capital Strategy 2031/32 to 2034/35;</li>"
    "<li>note the risks in section 3.</li></ol>",
    "<h2>3. Risks</h2>",
    html_table(["Ref", "Risk", "Likelihood", "Impact", "Current score"],
               [["CR1", "Build costs rise faster than forecast", "4", "3", "12"],
                ["CR2", "Capital receipts fall short", "3", "3", "9"]]),
)


def test_numbered_asks_to_approve_a_strategy_keep_it_a_report(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NUMBERED_ASKS_PAGE)
    assert documents_of(page)[-1][0] == "report"


# (negative) numbered asks only to note the register: the register's own paper
def test_numbered_asks_to_note_a_risk_table_leave_it_a_register(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NUMBERED_ASKS_PAGE.replace(
        "approve the Capital Strategy 2031/32 to 2034/35;", "note the capital risks;"))
    assert documents_of(page)[-1][0] == "risk_register"


# A report asking first to note its activity, then, joined by "and", to approve a policy; a
# table of the risks its team assessed further down.
NOTE_AND_APPROVE_PAGE = html_page(
    "<p>Hobbs Lane Borough Council</p>",
    "<h1>Anti-Money Laundering Report 2031/32</h1>",
    "<dl><dt>Committee</dt><dd>Standards Committee</dd>"
    "<dt>Meeting date</dt><dd>Monday 2 February 2032</dd></dl>",
    "<h2>Recommendations</h2><p>The Committee is asked to note the checks made in the year"
    " and approve the updated Anti-Money Laundering Policy at Appendix A.</p>",
    "<h2>1. Checks made</h2><p>1.1 The team made 214 checks in the year.</p>",
    "<h2>2. Risk assessment</h2>",
    html_table(["Ref", "Risk", "Likelihood", "Impact", "Current score"],
               [["ML1", "Cash payments not checked", "3", "4", "12"],
                ["ML2", "Property sales to unknown buyers", "2", "4", "8"]]),
)


def test_note_and_approve_a_policy_is_that_decisions_report(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NOTE_AND_APPROVE_PAGE)
    assert documents_of(page)[-1][0] == "report"


# (negative) noting the activity and approving the register: the register's own paper
def test_note_and_approve_the_register_leaves_it_a_register(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NOTE_AND_APPROVE_PAGE.replace(
        "the updated Anti-Money Laundering Policy at Appendix A", "the updated risk register"))
    assert documents_of(page)[-1][0] == "risk_register"


# (negative) a council's annual report to its residents, stating no report's purpose, is a
# publication, no paper
def test_a_councils_annual_report_without_a_purpose_section_is_no_report(
        tmp_path: Path) -> None:
    docs = documents_of(rendered(AUDITORS_ANNUAL_REPORT.replace(
        "** 1. Purpose of this report", "** Welcome from the Leader"), tmp_path))
    assert "report" not in [d[0] for d in docs]
