"""Regression tests for round 14's carry-over batches E and F, the documents of a pack: minutes
titled "Minutes" alone with the meeting's sentence wrapped before "Present:", a report whose
committee's name and title each wrap over two lines above "Report from:", a joint committee's
name of nine words, and an agenda with no "AGENDA" heading whose date line has the masthead's
other column beside it. Each runs on small generated papers, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, rendered, source_lines
from kcc_papers.extract.meetings.body_names import is_masthead_name
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file

JOINT = "Kent and Medway Joint Health Overview and Scrutiny Committee"
JOINT_FRONT = source_lines(
    f"%% header {JOINT}",
    "%% footer Agenda pack | 22 April 2027 | {page}",
    "^^ NOTICE OF MEETING",
    f"## {JOINT}",
    "Date:\tThursday 22 April 2027",
    "Time:\t10.00am",
    "Venue:\tMeeting Room 2, Gun Wharf, Chatham",
    "^^ AGENDA",
    "1 Apologies for absence",
    "2 Record of the meeting held on 26 January 2027",
    "3 Stroke Services: Two Years On",
    "--- page ---",
)
JOINT_MINUTES = source_lines(
    "^^ MINUTES",
    f"** {JOINT}",
    f"Record of the meeting of the {JOINT} held on Tuesday 26 January 2027, 10.00am to 12.48pm,"
    " in the Darent Room, Sessions House, County Hall, Maidstone.",
    "Present:\tMr P Cartwright (Chair), Councillor Mrs K Abiola (Vice-Chair) and Dr L Hoskins",
    "** 1 Apologies for absence",
    "There were none.",
    "** 2 Work Programme",
    "RESOLVED: that the work programme be agreed.",
    "--- page ---",
)
JOINT_REPORT = source_lines(
    f"!! {JOINT.upper()}",
    "** 22 APRIL 2027",
    "## STROKE SERVICES IN KENT AND MEDWAY: HYPER ACUTE STROKE UNITS - TWO YEARS ON",
    "Report from:\tDr Priya Nandakumar, Chief Medical Officer",
    "Author:\tHelen Brockway, Programme Director",
    "** 1. Recommendation",
    "1.1 The Committee is asked to note the report.",
    "** 2. Background",
    "2.1 The final unit opened in April 2025.",
)


def test_regression_minutes_title_over_wrapped_meeting_sentence_before_present(
        tmp_path: Path) -> None:
    assert pack_documents(JOINT_FRONT + JOINT_MINUTES, tmp_path) == [
        ("agenda", "2027-04-22", JOINT),
        ("minutes", "2027-01-26", JOINT),
    ]


def test_regression_report_head_under_wrapped_committee_name_and_title(tmp_path: Path) -> None:
    assert pack_documents(JOINT_FRONT + JOINT_MINUTES + JOINT_REPORT, tmp_path) == [
        ("agenda", "2027-04-22", JOINT),
        ("minutes", "2027-01-26", JOINT),
        ("report", "2027-04-22", JOINT),
    ]


def test_regression_masthead_name_of_nine_words_with_joining_words() -> None:
    assert is_masthead_name(JOINT)
    # "of the" is a phrase's, counted; and a council's name beside its committee's is two
    assert not is_masthead_name("Notice of Decision Taken By the Leader of the Council")
    assert not is_masthead_name(
        "Ardcloy, Bannvale and Mourne Foot District Council Planning Committee")


AGENDA_BY_SECTIONS = source_lines(
    "%% header PELLINORE COUNTY COUNCIL",
    "## HIGHWAYS AND TRANSPORT CABINET COMMITTEE",
    "Tuesday, 9th March, 2027, at 10.00 am\tAsk for: Gregory Pinnock",
    "Council Chamber, County Hall\tTelephone: 01234 567 890",
    "Membership (4): Mr B Staveley (Chairman), Mrs N Holdstock, Mr C Amis, Mr F Bexley",
    "** UNRESTRICTED ITEMS",
    "** A. Committee Business",
    "A1 Apologies and Substitutes",
    "A2 Minutes of the meeting held on 24 November 2026",
    "** B. Key Decisions",
    "B1 Highways Term Maintenance Contract - Extension Option",
    "** C. Other Items for Comment",
    "C1 Performance Dashboard",
    "C2 Work Programme 2027",
    "--- page ---",
)


def test_regression_agenda_without_heading_dated_beside_masthead_column(tmp_path: Path) -> None:
    minutes = source_lines(
        "** PELLINORE COUNTY COUNCIL",
        "** HIGHWAYS AND TRANSPORT CABINET COMMITTEE",
        "MINUTES of a meeting of the Highways and Transport Cabinet Committee held in the "
        "Council Chamber, County Hall on Tuesday, 24 November 2026.",
        "PRESENT:\tMr B Staveley (Chairman), Mrs N Holdstock and Mr C Amis",
        "** 12. Apologies and Substitutes",
        "Apologies were received from Mr Bexley.",
        "** 13. Work Programme 2027",
        "RESOLVED that the work programme be noted.",
    )
    committee = "Highways and Transport Cabinet Committee"
    assert pack_documents(AGENDA_BY_SECTIONS + minutes, tmp_path) == [
        ("agenda", "2027-03-09", committee),
        ("minutes", "2026-11-24", committee),
    ]


def test_regression_agenda_without_heading_gives_its_lettered_items(tmp_path: Path) -> None:
    records = process_file(str(rendered(AGENDA_BY_SECTIONS, tmp_path))).records
    assert [(r.item_ref, r.title) for r in records if isinstance(r, AgendaItem)] == [
        ("A1", "Apologies and Substitutes"),
        ("A2", "Minutes of the meeting held on 24 November 2026"),
        ("B1", "Highways Term Maintenance Contract - Extension Option"),
        ("C1", "Performance Dashboard"),
        ("C2", "Work Programme 2027"),
    ]
