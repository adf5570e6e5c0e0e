"""Regression tests for round 10's structure misses, second pass: minutes headed by their
body's name with no article ("Minutes of Environment Committee Meeting held on ...", set by
size alone after an agenda in a pack). Each runs on small generated papers in more than one
council's form, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import documents_of, rendered
from kcc_papers.extract.meetings import _labels_with_values
from kcc_papers.extract.meetings.addressed import addressed_to
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.minutes.resolutions import find_resolutions
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

PACK = """## {council}
## {body}
You are requested to attend a meeting of the {body} on Monday 2 March 2026 at 7.00 pm.
^^ AGENDA
1.	Apologies
2.	{heading} (copy attached)
3.	Any Other Business
--- page ---
## {COUNCIL}
{mark} {heading} at 7.00 pm in the Council Chamber
In the Chair:	Councillor A Brown
Members present:	Councillors C Dale, E Fox and G Hill
** {ref}.1 APOLOGIES
Apologies were received from Councillor J King.
** {ref}.2 PARKING CHARGES
Proposed by Councillor Dale, seconded by Councillor Fox and AGREED - that the parking charges
be frozen for 2026/27.
"""


@pytest.mark.parametrize(("body", "heading", "mark", "iso"), [
    ("Environment Committee",
     "Minutes of Environment Committee Meeting held on Tuesday 3 February 2026", "!!",
     "2026-02-03"),
    ("Policy and Resources Committee",
     "MINUTES OF POLICY AND RESOURCES COMMITTEE HELD ON 12 JANUARY 2026", "##", "2026-01-12"),
    ("Cabinet", "Minutes of Cabinet held on Wednesday 21 January 2026", "!!", "2026-01-21"),
])
def test_minutes_headed_by_their_body_without_article_start_minutes(
        body: str, heading: str, mark: str, iso: str, tmp_path: Path) -> None:
    paper = PACK.format(council="Lisdrum District Council", COUNCIL="LISDRUM DISTRICT COUNCIL",
                        body=body, heading=heading, mark=mark, ref="PR.26")
    docs = documents_of(rendered(paper, tmp_path))
    assert ("minutes", iso, body) in docs, docs


REPORT = """## Lisdrum District Council
## Car Parking Review
Report to:	Environment Committee
Date of meeting:	2 March 2026
Report from:	Head of Parking Services
1.1 This report reviews parking charges in the district's town centres.
{line}
freezing charges for 2026/27, and this report sets out the effect of that decision.
"""


@pytest.mark.parametrize("line", [
    "Minutes of Planning Committee held on 3 February 2026 record the decision on",
    "Minutes of Cabinet Meeting held on 14 January 2026 record the decision on",
])
def test_body_minutes_phrase_in_body_type_starts_no_minutes(line: str, tmp_path: Path) -> None:
    # a paragraph's line, in the page's body type, is prose about minutes, not their heading
    docs = documents_of(rendered(REPORT.format(line=line), tmp_path))
    assert [kind for kind, _, _ in docs] == ["report"], docs


def test_body_named_without_article_is_the_committee_and_its_date() -> None:
    head = minutes_heading(["ARDMORE DISTRICT COUNCIL",
                            "Minutes of Licensing Committee Meeting held on Thursday 5",
                            "March 2026 at 10.00 am in the Council Chamber",
                            "In the Chair: Councillor A Brown"])
    assert (head.committee, str(head.meeting_date)) == ("Licensing Committee", "2026-03-05")


MINUTES = """## LISDRUM DISTRICT COUNCIL
!! Minutes of Environment Committee Meeting held on Tuesday 3 February 2026 at 7.00 pm
In the Chair:	Councillor A Brown
Members present:	Councillors C Dale, E Fox and G Hill
** EN.1 APOLOGIES
Apologies were received from Councillor J King.
** EN.2 STREET LIGHTING
The Head of Technical Services reported on the lantern replacement programme.
{recommendation}
{agreed}
Councillor Fox left the meeting during this item.
"""


@pytest.mark.parametrize(("recommendation", "agreed"), [
    ("Recommendation: that 1,200 street lanterns be replaced with LED units in 2026/27.",
     "AGREED"),
    ("RECOMMENDATION - that 1,200 street lanterns be replaced with LED units in 2026/27.",
     "Proposed by Councillor Dale, seconded by Councillor Hill and AGREED - that the "
     "recommendation be adopted."),
    ("Recommendation: that 1,200 street lanterns be replaced with LED units in 2026/27.",
     "RESOLVED - that the recommendation be approved."),
])
def test_agreeing_the_printed_recommendation_decides_its_words(
        recommendation: str, agreed: str, tmp_path: Path) -> None:
    paper = MINUTES.format(recommendation=recommendation, agreed=agreed)
    decisions = [r.decision_text for r in process_file(str(rendered(paper, tmp_path))).records
                 if isinstance(r, Decision)]
    assert any("street lanterns be replaced with LED units" in (d or "") for d in decisions), \
        decisions


def test_an_agreed_label_over_its_own_words_keeps_them() -> None:
    body = [(1, "Recommendation: that the hall be let to the Scouts at £20 an hour."),
            (1, "AGREED"),
            (1, "That the hall be let to the Scouts at £15 an hour for 2026/27.")]
    assert [r.text for r in find_resolutions(body)] == [
        "That the hall be let to the Scouts at £15 an hour for 2026/27."]


def test_a_recommendation_of_an_earlier_resolution_is_not_taken() -> None:
    body = [(1, "Recommendation: that the report be noted."),
            (1, "RESOLVED - that the report be noted."),
            (1, "The Chair thanked officers."),
            (1, "AGREED - that the recommendation be adopted.")]
    assert [r.text for r in find_resolutions(body)][-1] == (
        "AGREED - that the recommendation be adopted.")


@pytest.mark.parametrize("below", [
    "Eskdale Vale District Council | Overview and Scrutiny Committee | 2 June 2026 | 5",
    "published separately on the Council's website.",
    "Page 4 of 12 - Northfield Borough Council - Licensing Committee",
])
def test_a_bare_report_to_label_over_no_bodys_name_names_nothing(below: str) -> None:
    # text out of the page's order: the line after the label is a footer or a sentence's end
    found = addressed_to(["COMMITTEE COPY", "Report to:", below, "Status: Open"])
    assert "committee" not in found, found


@pytest.mark.parametrize(("below", "body"), [
    ("Cabinet – 30 January 2025", "Cabinet"),
    ("Audit and Governance Committee", "Audit and Governance Committee"),
    ("PLANNING COMMITTEE", "Planning Committee"),
])
def test_a_bare_report_to_label_over_a_body_names_it(below: str, body: str) -> None:
    found = addressed_to(["Report to:", below, "Date of meeting: 4 March 2025"])
    assert found.get("committee") == body, found


SHUFFLED = """%% shuffle
%% footer Northfield Borough Council | {body} | 4 March 2026 | {{page}}
## Northfield Borough Council
## {body}
^^ AGENDA
1.	Apologies
2.	Parking Charges Review
--- page ---
<< Item 2
## Parking Charges Review
** Report to:	{body}
** Meeting date:	4 March 2026
** Report by:	Head of Parking Services
1.1 This report reviews parking charges in the town centres and the district's car parks.
1.2 The full tariff schedule is published separately on the Council's website.
1.3 It is recommended that charges are frozen for 2026/27 at a cost of £41,000.
"""


@pytest.mark.parametrize("body", ["Environment and Transport Committee", "Cabinet"])
def test_shuffled_report_takes_its_body_from_its_label_not_the_footer(
        body: str, tmp_path: Path) -> None:
    docs = documents_of(rendered(SHUFFLED.format(body=body), tmp_path))
    assert ("report", "2026-03-04", body) in docs, docs


@pytest.mark.parametrize(("stream", "printed", "body", "iso"), [
    # the register's header in shuffled order: the council's name follows the bare label
    (["DRAFT", "Committee:", "Hollinbrook District Council", "Meeting date:", "Risk owner:",
      "21 July 2026", "Audit and Governance Committee"],
     ["Hollinbrook District Council", "Committee: Audit and Governance Committee",
      "Meeting date: 21 July 2026"], "Audit and Governance Committee", "2026-07-21"),
    (["Report to:", "Page 3", "Date of meeting:", "Planning Committee", "9 April 2026"],
     ["Report to: Planning Committee", "Date of meeting: 9 April 2026", "Page 3"],
     "Planning Committee", "2026-04-09"),
])
def test_bare_labels_in_text_order_are_read_with_their_printed_values(
        stream: list[str], printed: list[str], body: str, iso: str) -> None:
    found = addressed_to(_labels_with_values(stream, printed))
    assert (found.get("committee"), str(found.get("meeting_date"))) == (body, iso), found


def test_a_row_of_labels_side_by_side_is_no_labels_value() -> None:
    # two header cells on one printed line: the stream's order pairs each label with its value
    stream = ["DECISION TO BE TAKEN BY:", "Cabinet", "DECISION NUMBER:", "24/00108"]
    printed = ["DECISION TO BE TAKEN BY: DECISION NUMBER:", "24/00108", "Cabinet"]
    assert _labels_with_values(stream, printed) == stream
