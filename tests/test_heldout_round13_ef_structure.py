"""Regression tests for round 13's carry-over batches E and F, committee names and documents of
a pack: a report's "To:" line wrapped before its body's last word, a report's header printed in
two columns side by side (the next column's label read into the committee's name), and a
bilingual masthead name wrapped after "and". Each runs on small generated papers, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from kcc_papers.classify import classify
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.agenda_front import agenda_masthead

AGENDA = """## Pellinore County Council
** Highways and Transport Committee
Date:	Thursday 11 February 2027
Time:	2.30 pm
Venue:	Council Chamber, County Hall
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 10 December 2026
3. Winter Maintenance Review
--- page ---
"""


def test_regression_report_to_line_wrapped_before_its_bodys_last_word() -> None:
    lines = [
        "By: Ms A Hartigan, Cabinet Member for Highways",
        "To: Highways, Transport and Waste Management Cabinet",
        "Committee - 11 February 2027",
        "Subject: Winter Maintenance Review",
    ]
    assert addressed_to(lines)["committee"] == (
        "Highways, Transport and Waste Management Cabinet Committee")
    # a venue under the name is no part of it
    venue = ["To: Highways Cabinet - 11 February 2027", "Committee Room 2, County Hall"]
    assert addressed_to(venue)["committee"] == "Highways Cabinet"


def test_regression_report_to_line_wrapped_in_a_pack(tmp_path: Path) -> None:
    report = """!! By: Ms A Hartigan, Cabinet Member for Highways, Transport and Waste Management \
Services
!! To: Highways, Transport, Waste Management and Environmental Services Cabinet Committee - \
11 February 2027
## Subject: Winter Maintenance Review
Classification:	Unrestricted
** Recommendation(s):
The Cabinet Committee is asked to NOTE the review of winter maintenance.
** 1. Introduction
1.1 The review covers the gritting network.
"""
    assert pack_documents(AGENDA + report, tmp_path)[-1] == (
        "report", "2027-02-11",
        "Highways, Transport, Waste Management and Environmental Services Cabinet Committee")


def test_regression_report_header_in_two_columns_ends_the_name_at_the_next_label() -> None:
    lines = [
        "WINTER MAINTENANCE REVIEW",
        "Report to: Highways and Transport Committee Date of meeting: 11 February 2027",
        "Report of: Director of Environment Agenda item: 3",
    ]
    assert addressed_to(lines) == {"committee": "Highways and Transport Committee",
                                   "meeting_date": addressed_to(lines)["meeting_date"]}
    assert str(addressed_to(lines)["meeting_date"]) == "2027-02-11"


def test_regression_report_header_in_two_columns_in_a_pack(tmp_path: Path) -> None:
    report = """## WINTER MAINTENANCE REVIEW
<> Report to: Highways and Transport Committee || Date of meeting: 11 February 2027
<> Report of: Director of Environment || Agenda item: 3
** 1. PURPOSE OF REPORT
1.1 To report on the winter maintenance season.
** 2. RECOMMENDATIONS
2.1 Members are asked to note the report.
"""
    assert pack_documents(AGENDA + report, tmp_path)[-1] == (
        "report", "2027-02-11", "Highways and Transport Committee")


def test_regression_bilingual_masthead_name_wrapped_after_and() -> None:
    head = [
        "Cyngor Sir Pellinore",
        "Pwyllgor Safonau a Moeseg / Standards and",
        "Ethics Committee",
        "Dyddiad / Date: Dydd Mawrth, 9 Mawrth 2027 / Tuesday, 9 March 2027",
        "AGENDA",
    ]
    assert agenda_masthead(head)["committee"] == "Standards and Ethics Committee"


MINUTES = """## Pellinore County Council
^^ MINUTES
Minutes of the meeting of the Highways and Transport Committee held in the Council Chamber, \
County Hall on Thursday, 10 December 2026 at 2.30 pm.
Present:	Councillors A Penhaligon (Chair), F Bassett and M Youlden
** HT.21 APOLOGIES
Apologies were received from Councillor J Carew-Pole.
** HT.22 BUS SERVICES
RESOLVED that the report be noted.
--- page ---
"""


def test_regression_report_headed_by_a_borderless_row_without_colons(tmp_path: Path) -> None:
    report = """^^ REPORT
!! Winter Maintenance Review 2026/27
|- Report to | Date | Report of |
| Highways and Transport Committee | 11 February 2027 | Director of Environment |
** 1. Purpose
1.1 To report on the winter maintenance season.
** 2. Recommendations
2.1 Members are asked to approve the revised gritting routes.
"""
    assert pack_documents(AGENDA + MINUTES + report, tmp_path) == [
        ("agenda", "2027-02-11", "Highways and Transport Committee"),
        ("minutes", "2026-12-10", "Highways and Transport Committee"),
        ("report", "2027-02-11", "Highways and Transport Committee"),
    ]


def test_regression_minutes_table_naming_reports_starts_no_report(tmp_path: Path) -> None:
    # a table in the minutes, its header row at a page's top, names reports too: no heading
    # over it, so it goes on with the minutes
    table = """|- Item | Report to | Report of |
| HT.23 | Highways and Transport Committee | Director of Environment |
RESOLVED that the reports listed be noted.
"""
    assert [kind for kind, _, _ in pack_documents(AGENDA + MINUTES + table, tmp_path)] == [
        "agenda", "minutes"]


def test_regression_bilingual_report_heading_set_in_two_columns(tmp_path: Path) -> None:
    report = """## Winter Maintenance Review 2026/27
<> ADRODDIAD I'R PWYLLGOR || REPORT TO HIGHWAYS AND TRANSPORT COMMITTEE
<> Dyddiad y cyfarfod: 11 Chwefror 2027 || Date of meeting: 11 February 2027
<> Adroddiad gan: Cyfarwyddwr yr Amgylchedd || Report by: Director of Environment
** RECOMMENDATIONS
It is recommended that the Committee approves the revised gritting routes.
"""
    assert pack_documents(AGENDA + MINUTES + report, tmp_path)[-1] == (
        "report", "2027-02-11", "Highways and Transport Committee")


def test_regression_performance_monitoring_report_title_is_a_performance_report() -> None:
    head = """Pellinore Transport Partnership
Performance Monitoring Report: Quarter 3, 2026/27
Meeting:\tPartnership Board
Date:\t19 March 2027
Report by:\tPartnership Director
1. Purpose
1.1 This report sets out the quarter's results.
"""
    assert classify(head, hint="report") == "performance_report"
