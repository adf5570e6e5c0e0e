"""Regression tests for round 13's document-splitting misses: an agenda's "AGENDA" heading
pushed out of its title lines by a long bilingual masthead, a report headed by its title over
a bilingual "Report to:" label, a report headed by its title over a "Meeting:" label after the
minutes, a "Report to <body>" heading whose body's name joins its words with "and", a
planning application's report headed "Item 6.2: <title>" over its labels after the minutes,
and a forward plan's cover report whose recommendation was not read; and a bilingual
committee name wrapped before its kind ("Committee"). Each runs on small
generated papers, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pack_documents, pack_kinds, rendered
from kcc_papers.extract.meetings.agenda_front import agenda_masthead
from kcc_papers.pipeline import process_file

MINUTES_PAGE = """** Minutes of the meeting of the {committee} held on Tuesday 8 December 2026
Present:	Councillors R Gwyn (Chair), M Llwyd and A Parri
** 41. Apologies
Apologies were received from Councillor T Evans.
** 42. Housing Support Grant
RESOLVED - that the proposed allocation of the grant be endorsed.
--- page ---
"""


def test_regression_bilingual_agenda_heading_below_a_long_masthead(tmp_path: Path) -> None:
    # every masthead line printed in two languages pushes "AGENDA" below the first six
    # heading lines; the heading that named the document still counts among its title lines
    pack = """%% header Cyngor Sir Dyffryn / Dyffryn County Council
## Pwyllgor Craffu / Scrutiny Committee
** Dyddiad / Date: Dydd Mawrth, 2 Chwefror 2027 / Tuesday, 2 February 2027, 10.00 am
** Lleoliad / Venue: Siambr y Cyngor / Council Chamber, Neuadd y Sir / County Hall
** Cadeirydd / Chair: Cynghorydd / Councillor Rhodri Gwyn
** Cyswllt / Contact: Nia Baines, Swyddog Craffu / Scrutiny Officer
** Darlledir y cyfarfod hwn / This meeting will be webcast
^^ AGENDA
|% 8 80
| Eitem / Item | Pwnc / Subject |
| 1 | Ymddiheuriadau / Apologies |
| 2 | Datganiadau o Fuddiant / Declarations of Interest |
| 3 | Cofnodion / Minutes - 8 December 2026 |
| 4 | Strategaeth Dai / Housing Strategy |
| 5 | Gwasanaethau Llyfrgell / Library Services Review |
| 6 | Blaenraglen Waith / Forward Work Programme |
--- page ---
""" + MINUTES_PAGE.format(committee="Scrutiny Committee")
    assert pack_documents(pack, tmp_path)[:2] == [
        ("agenda", "2027-02-02", "Scrutiny Committee"),
        ("minutes", "2026-12-08", "Scrutiny Committee"),
    ]


BILINGUAL_REPORTS = """!! Strategaeth Dai / Housing Strategy 2027-2032
Adroddiad i / Report to:	Communities Scrutiny Committee
Dyddiad / Date:	2 February 2027
Awdur / Author:	Iwan Pugh, Head of Housing
Aelod Cabinet / Cabinet Member:	Cllr Gwenno Ellis
** 1. Diben / Purpose
1.1 To seek the Committee's comments on the draft Housing Strategy.
** 2. Argymhellion / Recommendations
2.1 That the Committee considers the draft strategy.
--- page ---
!! Gwasanaethau Llyfrgell / Library Services Review
Adroddiad i / Report to:	Communities Scrutiny Committee
Dyddiad / Date:	2 February 2027
Awdur / Author:	Sian Morus, Libraries Manager
** 1. Diben / Purpose
1.1 To report the findings of the review of library services.
** 2. Argymhelliad / Recommendation
2.1 It is recommended that the Committee supports option B.
"""


def test_regression_bilingual_report_titled_over_report_to_is_its_own(tmp_path: Path) -> None:
    # the second report prints only two of the labels counted as a header block ("Date:" is
    # none): its title in title type over "Adroddiad i / Report to:" says it is a paper
    kinds = pack_kinds(MINUTES_PAGE.format(committee="Communities Scrutiny Committee")
                       + BILINGUAL_REPORTS, tmp_path)
    assert kinds == [("minutes", 1, 1), ("report", 2, 2), ("report", 3, 3)]


def test_regression_report_titled_over_a_meeting_label_after_the_minutes(
        tmp_path: Path) -> None:
    reports = """!! Agenda item 5: Vehicle and Plant Procurement - Award of Contracts
Meeting:	Joint Fleet Services Committee, 9 September 2027
Author:	Owen Trask, Fleet Manager
** Recommendation
That the Joint Committee approves the award of the call-off contracts in table 1.
** 1. Background
1.1 The replacement programme provides for 41 vehicles.
--- page ---
!! Agenda item 6: Fuel Card Supply - Contract Extension
Meeting:	Joint Fleet Services Committee, 9 September 2027
Author:	Owen Trask, Fleet Manager
** Recommendation
That the Joint Committee approves the extension of the fuel card contract for 12 months.
"""
    kinds = pack_kinds(MINUTES_PAGE.format(committee="Joint Fleet Services Committee")
                       + reports, tmp_path)
    assert kinds == [("minutes", 1, 1), ("report", 2, 2), ("report", 3, 3)]


def test_regression_report_to_a_body_whose_name_joins_its_words_with_and(
        tmp_path: Path) -> None:
    report = """!! Report to Resources Overview and Scrutiny Committee
** Organisational Performance Dashboard - Quarter 4
** Recommendation
The Committee is asked to review the dashboard and agree any areas for further scrutiny.
** Background
The dashboard reports the council's organisational health measures.
"""
    kinds = pack_kinds(MINUTES_PAGE.format(committee="Resources Overview and Scrutiny Committee")
                       + report, tmp_path)
    assert [kind for kind, _, _ in kinds] == ["minutes", "performance_report"]
    assert kinds[1][1:] == (2, 2)


def test_regression_application_report_headed_by_item_and_title_over_its_labels(
        tmp_path: Path) -> None:
    # the item's number and title under the meeting's masthead, over the application's
    # labels: a report after the minutes, though it is no stamp alone at the page's top
    report = """** Harrowfell National Park Authority
** Planning Committee - 15 January 2027
** Item 6.2: NP/HF/26/0412 - Low Scar Barn, Ravensett
Proposal:	Conversion of field barn to a holiday let
Applicant:	Mr and Mrs A. Capstick
Parish:	Ravensett with Keld
Case officer:	Lewis Dobbie, Planning Officer
** RECOMMENDATION
That planning permission be GRANTED subject to conditions.
--- page ---
** Harrowfell National Park Authority
** Planning Committee - 15 January 2027
** Item 6.3: NP/HF/26/0455 - Greystone Fell
Proposal:	Replacement telecommunications mast
Applicant:	Fellnet Ltd
Parish:	Greystone
Case officer:	Lewis Dobbie, Planning Officer
** RECOMMENDATION
That planning permission be REFUSED.
"""
    kinds = pack_kinds(MINUTES_PAGE.format(committee="Planning Committee") + report, tmp_path)
    assert kinds == [("minutes", 1, 1), ("report", 2, 2), ("report", 3, 3)]


def test_regression_forward_plan_cover_report_recommendation_is_read(tmp_path: Path) -> None:
    # titled by the plan, the plan its appendix: a forward plan (as a register's cover report
    # is a register), whose recommendation is still the meeting's to decide
    paper = """## Glenalmond Council
!! Procurement Forward Plan 2028/29
Report by:	Head of Commercial and Procurement Services
Committee:	Contracts and Procurement Sub-Committee
Date:	4 November 2027
** 1. RECOMMENDATION
1.1 The Sub-Committee is asked to approve the procurement forward plan for 2028/29 at \
Appendix 1.
** Appendix 1: Regulated procurements expected to start in 2028/29
|- Subject | Estimated value | Route | Expected start |
| Waste transfer haulage | £3.4m over 4 years | Open procedure | May 2028 |
| Road surfacing materials | 650k per annum | Framework | August 2028 |
"""
    result = process_file(str(rendered(paper, tmp_path)))
    assert [d.kind for d in result.documents] == ["forward_plan"]
    assert [(d.source, d.decision_text) for d in decisions_in(result.records)] == [
        ("report", "The Sub-Committee is asked to approve the procurement forward plan for "
                   "2028/29 at Appendix 1."),
    ]


def test_regression_bilingual_committee_name_wrapped_before_its_kind() -> None:
    # the English half of the masthead's name wrapped before "Committee": the word alone is
    # no committee's name
    masthead = agenda_masthead([
        "Cyngor Sir Dyffryn / Dyffryn County Council",
        "Pwyllgor Craffu Cymunedau / Communities Scrutiny",
        "Committee",
        "Dyddiad: Dydd Mawrth, 2 Chwefror 2027 Date: Tuesday, 2 February 2027 at 10.00",
        "AGENDA",
    ])
    assert masthead["committee"] == "Communities Scrutiny Committee"
