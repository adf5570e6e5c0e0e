"""Review of round 37's fix K3 (minutes numbering: lettered parts titled by their applications'
references, resolutions numbered in a sequence of their own under unnumbered bold headings, a
lone body-set number no minute): the cases the review found read wrong, each on a small paper a
council could print."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes, source_lines

# A planning committee's text export, each lettered part titled by its application's
# reference in the style of a council that prints its district's figure first ("3/25/1877/OUT")
# or the year after the running number ("4/01877/25/OUT").
LETTERED_APPLICATIONS = """WESTLING DISTRICT COUNCIL

PLANNING CONTROL COMMITTEE

Minutes of the meeting held on Wednesday, 14th January, 2026 at 7.00 pm

Present:   Councillor M Varga (Chair), Councillors Aldous, Brierley and Cotton

30   MINUTES

     RESOLVED - That the minutes of the meeting held on 10 December 2025 be approved.

31   APPLICATIONS FOR DETERMINATION

     The Committee considered the reports of the Planning Manager on the applications below.

31A {first} - Land north of Ferry Lane, Westling

     RESOLVED - That outline planning permission be refused for the reasons in the report.

31B {second} - 4 Orchard Close, Brantham

     RESOLVED - That planning permission be granted subject to conditions.

32   DATE OF NEXT MEETING

     Wednesday 11 February 2026 at 7.00 pm.
"""


@pytest.mark.parametrize(("first", "second"), [
    ("3/25/1877/OUT", "3/26/0031/HH"),
    ("4/01877/25/OUT", "4/00031/26/HOU"),
])
def test_regression_lettered_parts_titled_by_references_opening_with_one_figure(
        first: str, second: str, tmp_path: Path) -> None:
    records = minutes_of(LETTERED_APPLICATIONS.format(first=first, second=second), tmp_path)
    assert numbers(records) == [
        ("30", "MINUTES"),
        ("31", "APPLICATIONS FOR DETERMINATION"),
        ("31A", f"{first} - Land north of Ferry Lane, Westling"),
        ("31B", f"{second} - 4 Orchard Close, Brantham"),
        ("32", "DATE OF NEXT MEETING"),
    ]
    assert [(d.minute_number, d.outcome) for d in decisions_in(records)] == [
        ("30", "approved"), ("31A", "rejected"), ("31B", "approved")]


# An extraordinary meeting's PDF minutes: its procedural items under unnumbered bold headings,
# its one business item numbered in body type after a finished sentence. The number is the
# item's (a lone body-set number is no minute only when it ends the sentence above it).
_ONE_NUMBERED_ITEM = (
    "## Extraordinary Meeting of the Council",
    "Minutes of an extraordinary meeting of Brayford Borough Council held on Monday 9 March"
    " 2026 at 6.00 pm.",
    "Present:\tCouncillors A Penn (Mayor), B Quill, C Rowe and D Shaw",
    "** Apologies",
    "Apologies were received from Councillor E Tate.",
    "** Declarations of Interest",
    "There were none.",
    "** Public Questions",
    "There were no questions from the public.",
    "1. Appointment of Head of Paid Service",
    "The Council considered the report of the Appointments Panel.",
    "RESOLVED: That Ms F Urwin be appointed Head of Paid Service.",
    "The meeting closed at 6.20 pm.",
)


def test_regression_a_lone_body_set_minute_number_after_a_finished_sentence_is_a_minute(
        tmp_path: Path) -> None:
    records = pdf_minutes(source_lines(*_ONE_NUMBERED_ITEM), tmp_path)
    assert numbers(records) == [("1", "Appointment of Head of Paid Service")]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("1", "RESOLVED: That Ms F Urwin be appointed Head of Paid Service.")]


# Minutes whose resolutions are numbered in their own sequence, the clause in lower case, after
# an em dash, in capitals or after "no.".
CALL_IN = """BRAYBROOK COUNCIL

OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday, 10th March, 2026 at 6.00 pm

Present:   Councillors Ruddock (Chair), Verma and Pengelly

5    CALL-IN

     The Committee considered the call-in of the Cabinet's decision below.
{line}

6    DATE OF NEXT MEETING

     To be confirmed.
"""


@pytest.mark.parametrize("line", [
    "Resolution 12: that the report be noted.",
    "Resolution 12 — That the report be noted.",
    "RESOLUTION 12 - THAT THE REPORT BE NOTED.",
    "Resolution no. 12 - That the report be noted.",
])
def test_regression_numbered_resolutions_in_other_house_styles(line: str, tmp_path: Path) -> None:
    records = minutes_of(CALL_IN.format(line=line), tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("5", line, "noted")]


def test_regression_a_cited_decision_titled_to_do_something_is_no_resolution(
        tmp_path: Path) -> None:
    line = ("Decision CAB/26/014 - To close the Fernhill Reading Room was called in by five"
            " members.\n     RESOLVED - That no further action be taken.")
    records = minutes_of(CALL_IN.format(line=line), tmp_path)
    assert [d.decision_text for d in decisions_in(records)] == [
        "RESOLVED - That no further action be taken."]


# A licensing committee's bold headings without numbers, one on the members' business: it is
# a heading, and the resolution above it does not run on into it.
_MEMBER_QUESTIONS = (
    "## Licensing Committee",
    "Minutes of a meeting of the Licensing Committee held on Tuesday 3 March 2026 at 2.00 pm.",
    "Present:\tCouncillors A Penn (Chair), B Quill and C Rowe",
    "** Apologies",
    "Apologies were received from Councillor D Shaw.",
    "** Minutes",
    "Resolution LC/26/01 - That the minutes be approved.",
    "** Licensing Fees",
    "The manager presented the fees.",
    "Resolution LC/26/02 - That the fees be approved.",
    "** {heading}",
    "Councillor Quill asked about taxi ranks. The manager replied that a review was under way.",
    "** Date of Next Meeting",
    "Tuesday 12 May 2026 at 2.00 pm.",
)


@pytest.mark.parametrize("heading", ["Member Questions", "Members' Questions"])
def test_regression_a_bold_heading_on_members_business_is_an_item(
        heading: str, tmp_path: Path) -> None:
    lines = [line.format(heading=heading) for line in _MEMBER_QUESTIONS]
    records = pdf_minutes(source_lines(*lines), tmp_path)
    assert numbers(records) == [
        (None, "Apologies"), (None, "Minutes"), (None, "Licensing Fees"), (None, heading),
        (None, "Date of Next Meeting")]
    assert [d.decision_text for d in decisions_in(records)] == [
        "Resolution LC/26/01 - That the minutes be approved.",
        "Resolution LC/26/02 - That the fees be approved."]
