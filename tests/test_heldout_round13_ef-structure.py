"""Regression tests for round 13's carry-over batches E and F, committee names and documents of
a pack: a report's "To:" line wrapped before its body's last word, a report's header printed in
two columns side by side (the next column's label read into the committee's name), and a
bilingual masthead name wrapped after "and". Each runs on small generated papers, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents
from kcc_papers.extract.meetings.readers import addressed_to, agenda_masthead

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
    report = """!! By: Ms A Hartigan, Cabinet Member for Highways, Transport and Waste Management Services
!! To: Highways, Transport, Waste Management and Environmental Services Cabinet Committee - 11 February 2027
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
