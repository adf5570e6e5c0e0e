"""Regression tests for round 14's document misses: reports not split from the minutes before
them (a council's masthead over its meeting and title; "Report" alone in title type over its
header table; "To:" over "By:"), an appendix split from its report though set in the type of
that report's section headings, a forward plan dated by its first entry, and committee names
read wrongly (a body named for what it advises on, a bilingual masthead wrapped, "Report
for:", "Cabinet Agenda", a labelled line joined into the name above). Each runs on small
generated papers, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_kinds
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.extract.meetings.mastheads import masthead_pair

AGENDA = """## Glenmorrow Council
!! LICENSING BOARD
Council Offices, 2 March 2027
A meeting of the LICENSING BOARD will be held on THURSDAY, 11 MARCH 2027 at 10:00 AM.
** AGENDA
1. APOLOGIES
2. MINUTE
3. FEES REVIEW
4. STAFFING REPORT
--- page ---
"""

MINUTES = """** MINUTES of MEETING of LICENSING BOARD held on THURSDAY, 14 JANUARY 2027
Present:	Councillor Ann Roy (Chair); Councillors Bell and Dunn
** 1. APOLOGIES
There were no apologies.
** 2. FEES
Decision
The Board noted the report.
--- page ---
"""


def _council_report(title: str) -> str:
    return f"""!! GLENMORROW COUNCIL
LICENSING BOARD	11 MARCH 2027
LEGAL SERVICES
** {title}
** 1. SUMMARY
1.1 This report sets out the proposals for the Board to consider and decide upon this year.
** 2. RECOMMENDATIONS
2.1 It is recommended that the Board approves the proposals in this report.
"""


def test_regression_council_masthead_report_is_split_from_the_minutes(tmp_path: Path) -> None:
    # no "Report to" block: the council's name in title type, the meeting's body and date,
    # the service, then the title; each such page starts a paper
    pack = (AGENDA + MINUTES + _council_report("FEES REVIEW") + "--- page ---\n"
            + _council_report("STAFFING REPORT"))
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2027-03-11", "Licensing Board"),
        ("minutes", "2027-01-14", "Licensing Board"),
        ("report", "2027-03-11", "Licensing Board"),
        ("report", "2027-03-11", "Licensing Board"),
    ]


def test_regression_report_word_in_title_type_over_header_table_is_a_paper(
        tmp_path: Path) -> None:
    report = """** GLENMORROW BOROUGH COUNCIL
!! Report
|# Report to | Date of Meeting | Subject |
| Council | 11 March 2027 | Tender Report: Street Lighting Maintenance |
Reporting Officer:	Director of Operations
** 1.0 Purpose
1.1 To seek approval to award the street lighting maintenance contract for three years.
** 2.0 Recommendation
2.1 It is recommended that Council awards the contract to the most advantageous tenderer.
"""
    assert [kind for kind, _, _ in pack_kinds(AGENDA + MINUTES + report, tmp_path)] == [
        "agenda", "minutes", "report"]


def test_regression_to_label_over_by_label_starts_a_report(tmp_path: Path) -> None:
    report = """## Highway Works Programme 2027/28
To:	Licensing Board, 11 March 2027
Main Portfolio Area:	Highways and Transport
By:	Highways Service, Glenmorrow Council
Classification:	Unrestricted
** 1.0 Introduction
1.1 The programme below is drawn from the asset management plan and the condition surveys.
"""
    assert [kind for kind, _, _ in pack_kinds(AGENDA + MINUTES + report, tmp_path)] == [
        "agenda", "minutes", "report"]


def test_regression_appendix_in_its_reports_section_type_stays_with_it(tmp_path: Path) -> None:
    # the title and the section headings share one large type; the appendix so headed on the
    # next page is the report's own, not a paper of its own
    report = """!! Quarterly Performance Report - Quarter 3
Report to:	Licensing Board
Meeting Date:	11 March 2027
Author:	Performance Manager
!! Recommendations
The Board is asked to note the performance set out in the appendix to this report.
!! Key messages
Processing times improved again in the quarter, and complaints fell by a fifth overall.
--- page ---
!! Appendix 1: Performance by quarter
|# Ref | Indicator | Q3 |
| L1 | Licences issued within 28 days (%) | 91.0% |
"""
    assert [(kind, first) for kind, first, _ in pack_kinds(AGENDA + MINUTES + report, tmp_path)
            ] == [("agenda", 1), ("minutes", 2), ("performance_report", 3)]


def test_regression_forward_plan_row_is_no_masthead() -> None:
    # "KD/27/032 Cabinet 19 May 2027": an entry's reference, decision maker and date
    lines = ["Forward Plan of Key Decisions: 1 May 2027 - 31 August 2027",
             "Ref Matter for decision Decision maker Date",
             "KD/27/032 Cabinet 19 May 2027 Finance and Resources"]
    assert masthead_pair(lines) == {}


def test_regression_body_named_for_what_it_advises_on() -> None:
    found = agenda_masthead(["Standing Advisory Council on Religious Education (SACRE)",
                             "Wednesday 4 February 2027, 4.00 pm", "Agenda"])
    assert found["committee"] == "Standing Advisory Council on Religious Education"


def test_regression_body_agenda_heading_names_the_body() -> None:
    found = agenda_masthead(["London Borough of Hallowfield", "Cabinet Agenda",
                             "Date: Monday 12 December 2016"])
    assert found["committee"] == "Cabinet"


def test_regression_bilingual_masthead_name_wrapped_in_its_column() -> None:
    found = agenda_masthead(["Cwm Gwyrdd County Borough Council",
                             "Governance and Audit Committee / Pwyllgor Llywodraethu ac",
                             "Archwilio", "Date and time: Wednesday, 26 January 2028 at 2.00 pm"])
    assert found["committee"] == "Governance and Audit Committee"


def test_regression_report_for_label_names_the_meeting() -> None:
    found = addressed_to(["Report for: Cabinet 12 December 2016", "Item number: 8"])
    assert (found["committee"], str(found["meeting_date"])) == ("Cabinet", "2016-12-12")


def test_regression_labelled_line_is_not_joined_into_the_committee() -> None:
    found = addressed_to(["Committee: Cabinet",
                          "Dyddiad y cyfarfod / Date of Dyddmeeting: Mawrth, 16 Mehefin 2026 / "
                          "Tuesday, 16 June 2026"])
    assert (found["committee"], str(found["meeting_date"])) == ("Cabinet", "2026-06-16")
