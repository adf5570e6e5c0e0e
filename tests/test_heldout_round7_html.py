"""Regression tests for what blind batch I (16 council web pages, tests/heldout/papers/r7i_*)
showed on its first run, each named after the bug and run on a small page in its layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kcc_papers.models import Decision, Meeting
from kcc_papers.pipeline import process_file

DECISIONS_LIST = (
    "<html><body><h1>Executive – decisions taken on Thursday 5 March 2026</h1>"
    "<p>Published: 6 March 2026.</p><table>"
    "<tr><th>Item</th><th>Subject</th><th>Decision</th><th>Key decision</th><th>Call-in</th></tr>"
    "<tr><td>EX/118</td><td>Budget monitoring</td><td>RESOLVED that the forecast be noted.</td>"
    "<td>No</td><td>Yes</td></tr>"
    "<tr><td>EX/119</td><td>Cycling plan</td><td>RESOLVED that the plan be adopted.</td>"
    "<td>Yes</td><td>Yes</td></tr></table></body></html>")


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[Meeting], list[Decision]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    return ([r for r in result.records if isinstance(r, Meeting)],
            [r for r in result.records if isinstance(r, Decision)])


def test_regression_decision_table_with_columns_after_decision_gave_none(tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, "list.html", DECISIONS_LIST)
    assert [(d.agenda_item_ref, d.title) for d in decisions] == [
        ("EX/118", "Budget monitoring"), ("EX/119", "Cycling plan")]


def test_regression_decisions_taken_on_a_date_named_no_meeting(tmp_path: Path) -> None:
    meetings, _ = _read(tmp_path, "list.html", DECISIONS_LIST)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        ("Executive", dt.date(2026, 3, 5))]


def test_regression_minutes_dated_by_the_minutes_of_the_previous_meeting(tmp_path: Path) -> None:
    page = ("<html><body><h1>Minutes</h1><p>Cabinet<br>Tuesday, 24th March, 2026 6.00 pm</p>"
            "<p>102. Minutes of the previous meeting</p><p><b>Minutes:</b></p>"
            "<p><b>Resolved:</b> That the minutes of the meeting held on 24 February 2026 be "
            "approved as a correct record.</p></body></html>")
    meetings, _ = _read(tmp_path, "minutes.html", page)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        ("Cabinet", dt.date(2026, 3, 24))]


CMIS = (
    "<html><body><table><tr><td><div class='cmisNav'><ul><li>Home</li></ul></div></td><td>"
    "<p><b>Education Committee</b></p><p>Date: Tuesday, 31 March 2026</p><h2>Minute of Meeting</h2>"
    "<p><b>Present:</b> Councillor A (Convener); Councillors B and C.</p><table>"
    "<tr><td>1.</td><td><b>Minute of Previous Meeting of 10 February 2026</b></td></tr>"
    "<tr><td></td><td>There was submitted the minute of the meeting of 10 February 2026, which "
    "had been circulated to members in advance of the meeting with the papers.<br/><br/>"
    "<b>Decision</b><br/>The Committee approved the minute as a correct record.</td></tr>"
    "</table></td></tr></table></body></html>")


def test_regression_minute_of_meeting_named_its_present_line_as_the_body(tmp_path: Path) -> None:
    meetings, _ = _read(tmp_path, "cmis.html", CMIS)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        ("Education Committee", dt.date(2026, 3, 31))]


def test_regression_a_cell_of_running_text_and_line_breaks_hid_its_decision(
        tmp_path: Path) -> None:
    _, decisions = _read(tmp_path, "cmis.html", CMIS)
    assert [d.decision_text for d in decisions] == [
        "The Committee approved the minute as a correct record."]


def test_regression_a_summons_to_be_held_split_off_from_its_agenda(tmp_path: Path) -> None:
    page = ("<html><body><h1>Full Council – Monday 9 March 2026</h1><p>To: All Members</p>"
            "<p>You are hereby summoned to attend the meeting of Pelham Market Town Council to be"
            " held in the Assembly Room, Town Hall, Market Place, Pelham Market on Monday 9 March"
            " 2026 at 7.30pm to transact the business below.</p><p>Town Clerk</p><h2>Agenda</h2>"
            "<h3>26/032 Apologies</h3><p>To receive apologies.</p><h3>26/033 Minutes</h3>"
            "<p>To approve the minutes of the meeting held on 9 February 2026.</p></body></html>")
    path = tmp_path / "agenda.html"
    path.write_text(page, encoding="utf-8")
    assert [d.kind for d in process_file(str(path)).documents] == ["agenda"]


def test_regression_a_date_printed_in_both_languages_left_the_body_unread(
        tmp_path: Path) -> None:
    page = ("<html><body><h1>Cofnodion / Minutes</h1><p>Pwyllgor Craffu Addysg / Education "
            "Scrutiny Committee</p><p>Dydd Iau, 19 Mawrth 2026 10.00 am / Thursday, 19 March "
            "2026 10.00 am</p><h3>21. Ymddiheuriadau / Apologies</h3><p>None.</p>"
            "<p><b>PENDERFYNWYD / RESOLVED:</b> That the report be noted.</p></body></html>")
    meetings, _ = _read(tmp_path, "cofnodion.html", page)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        ("Education Scrutiny Committee", dt.date(2026, 3, 19))]


# Review finding 9: a title's words in capitals other than the list's own left its meeting unread.
@pytest.mark.parametrize(("title", "committee", "day"), [
    ("Decisions taken by the Cabinet at its meeting on 3 March 2026", "Cabinet", 3),
    ("Executive – Decisions taken on Thursday 5 March 2026", "Executive", 5),
    ("Record of Decisions taken by the Planning Committee on 4 March 2026", "Planning Committee",
     4),
])
def test_regression_decisions_taken_in_title_case_named_no_meeting(
        tmp_path: Path, title: str, committee: str, day: int) -> None:
    page = DECISIONS_LIST.replace("Executive – decisions taken on Thursday 5 March 2026", title)
    meetings, _ = _read(tmp_path, "list.html", page)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        (committee, dt.date(2026, 3, day))]


def test_regression_members_of_the_committee_are_summoned_named_the_body_committee(
        tmp_path: Path) -> None:
    # review finding 13: the summons names the body by its noun alone; the masthead names it
    page = ("<html><body><h1>Planning Committee</h1><p>Wednesday 18 March 2026</p>"
            "<p>Members of the Committee are summoned to attend a meeting at the Guildhall, "
            "Market Place on Wednesday 18 March 2026 at 7.00 pm.</p><h2>Agenda</h2>"
            "<p>1. Apologies for absence</p><p>2. Minutes of the last meeting (Pages 1 - 4)</p>"
            "<p>3. Planning applications (Pages 5 - 40)</p></body></html>")
    meetings, _ = _read(tmp_path, "agenda.html", page)
    assert [(m.committee, m.meeting_date) for m in meetings] == [
        ("Planning Committee", dt.date(2026, 3, 18))]
