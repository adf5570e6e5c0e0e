"""Regression tests for the pack segmentation misses of round 9's blind batch O on its first
run: bilingual item stamps and agenda headings, a report's head with no stamp (its title over
whose report it is), a hearing's notice of determination, minutes titled by their body. Each
runs on small generated packs in more than one council's form, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import PACK_MINUTES_PAGE as MINUTES_PAGE
from heldout_support import heldout_accuracy
from heldout_support import pack_documents as _documents
from heldout_support import pack_front as _front
from heldout_support import pack_kinds as _kinds
from kcc_papers.load import load
from kcc_papers.segment import flatten, segment
from kcc_papers.segment_starts import _find_starts

# ------------------------------------------------------------------ bilingual stamps and headings

@pytest.mark.parametrize(("first", "second"), [
    ("Eitem Agenda / Agenda Item 4", "Eitem Agenda / Agenda Item 5"),
    ("Agenda Item 4 / Eitem Agenda 4", "Agenda Item 5 / Eitem Agenda 5"),
])
def test_regression_bilingual_item_stamp_starts_its_paper(first: str, second: str,
                                                          tmp_path: Path) -> None:
    # The publisher's stamp in two languages, either first: before, neither was read as a
    # stamp and the second report ran on as part of the first.
    council = "Awdurdod Tan ac Achub Glannau / Glannau Fire and Rescue Authority"
    pack = _front("Glannau Fire and Rescue Authority", "Audit Committee") + (
        MINUTES_PAGE.format(council=council)) + f"""
--- page ---
{first}
## Internal Audit Progress Report 2026/27
The Committee is asked to note progress against the plan.
** 1. Background
1.1 Forty-eight days of the plan have been delivered.
--- page ---
{second}
## Treasury Management Outturn 2025/26
The Committee is asked to note the outturn.
** 1. Background
1.1 Borrowing stayed within the authorised limit.
"""
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 4)]


@pytest.mark.parametrize("heading", ["RHAGLEN / AGENDA", "CLAR-GNOTHAICH / AGENDA"])
def test_regression_bilingual_agenda_heading_under_a_long_masthead(heading: str,
                                                                   tmp_path: Path) -> None:
    # The heading deeper on page 1 than a heading is looked for (under a masthead block of
    # bilingual labels), its other language first: before, it was not read as a heading, and
    # the front sheet was weighed by its words alone (a Welsh fire authority's, "other").
    venue = ("Ystafell Bwyllgor, Pencadlys, Heol y Bont, Llandeilo / Committee Room, "
             "Headquarters, Bridge Road, Llandeilo, ac o bell / and remotely")
    members = ("Y Cynghorydd / Councillor Eleri Vaughan (Cadeirydd / Chair), Cynghorwyr / "
               "Councillors Aled Prosser, Bethan Rowlands, Gareth Tudor, Huw Watkin; Aelod "
               "lleyg / Lay member: Mrs Catrin Morse")
    pack = f"""## Awdurdod Parc Cenedlaethol / National Park Authority
** Pwyllgor Archwilio / Audit Committee
Dyddiad / Date:	Dydd Llun, 20 Gorffennaf 2026 / Monday, 20 July 2026
Amser / Time:	10.30 / 10.30 am
Lleoliad / Venue:	{venue}
Aelodau / Members:	{members}
Clerc / Clerk:	Nerys Jenkins, 01558 824 310, pwyllgorau@example.gov.wales
Croesewir gohebiaeth yn Gymraeg. / Correspondence in Welsh is welcomed.
Darperir cyfieithu ar y pryd. / Simultaneous translation will be provided.
Mae'r cyfarfod hwn yn cael ei ddarlledu. / This meeting will be webcast.
** {heading}
1. Ymddiheuriadau / Apologies
2. Cofnodion / Minutes
--- page ---
""" + MINUTES_PAGE.format(council="National Park Authority")
    src = tmp_path / "pack.pdfsrc"
    src.write_text(pack)
    flat = flatten(load(heldout_accuracy.render_pdf(src, tmp_path)))
    starts, _ = _find_starts(flat, paged=True)
    assert [(flat[i][0], kind) for i, kind in starts] == [(1, "agenda"), (2, "minutes")]


# ------------------------------------------------------------ a report's head with no stamp

LICENSING_REPORTS = """
--- page ---
^^ Licensing Committee 12 May 2026
## Application for a New Premises Licence - 4 Union Street
Report of the Licensing Manager
** 1. Purpose of report
1.1 To enable the Committee to determine an application for a premises licence.
--- page ---
## Taxi Licensing Fees 2026/27
Calderbrook Borough Council - Licensing Committee - 12 May 2026
Report author: Paula Greenhalgh, Licensing Manager
** Recommendations
That the Licensing Committee approves the proposed fees.
"""
SCOTTISH_REPORTS = """
--- page ---
ARC 26/16
## Strathallan Integration Joint Board
** Audit and Risk Committee - 16 June 2026
** INTERNAL AUDIT ANNUAL REPORT 2025/26
Report by Ruth Anstruther, Chief Internal Auditor
** 1. Recommendation
1.1 It is recommended that the Committee notes the annual opinion.
--- page ---
ARC 26/18
## Strathallan Integration Joint Board
** Audit and Risk Committee - 16 June 2026
** DIRECTIONS POLICY REVIEW
Report by Gillian Nairn, Chief Officer
** 1. Recommendation
1.1 It is recommended that the Committee notes the review.
"""


@pytest.mark.parametrize("reports", [LICENSING_REPORTS, SCOTTISH_REPORTS])
def test_regression_title_over_whose_report_it_is_starts_a_report(reports: str,
                                                                   tmp_path: Path) -> None:
    # No stamp, no labelled block: a title at a page's top over "Report of the ...", "Report
    # author: ..." or "Report by ...". Before, the reports ran on as part of the minutes (or
    # the second as part of the first).
    pack = _front("Calderbrook Borough Council", "Licensing Committee") + (
        MINUTES_PAGE.format(council="Calderbrook Borough Council")) + reports
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 4)]


def test_regression_work_programme_after_a_report_is_its_own_paper(tmp_path: Path) -> None:
    # The last paper of a pack, its title in section type over "Report of the Scrutiny
    # Officer": before, it ran on as the last page of the report above it.
    pack = _front("Northbridge City Council", "Housing Scrutiny Committee") + (
        MINUTES_PAGE.format(council="Northbridge City Council")) + """
--- page ---
Agenda Item 4
## Allocations Policy Review
Report of: Director of Housing
Meeting: Housing Scrutiny Committee, 11 June 2026
Author: Gavin Mellor, Policy Officer
** 1. Recommendation
1.1 That the Committee comments on the draft policy.
--- page ---
** Work programme 2026/27
Report of the Scrutiny Officer
Recommendation: That the Committee agrees its work programme.
"""
    assert _kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 3), ("report", 4, 4)]


def test_numbered_minute_over_its_report_line_stays_in_the_minutes(tmp_path: Path) -> None:
    # A minute's numbered heading at a page's top over the report it considered is part of
    # the minutes, not a paper of its own.
    pack = _front("Otterford District Council", "Cabinet") + MINUTES_PAGE.format(
        council="Otterford District Council") + """
--- page ---
** 3 Fees and charges 2026/27
Report of the Director of Finance
RESOLVED: That the fees and charges be approved.
** 4 Treasury management
Report by the Head of Finance
RESOLVED: That the report be noted.
"""
    assert _kinds(pack, tmp_path) == [("agenda", 1, 1), ("minutes", 2, 3)]


def _text_kinds(text: str, tmp_path: Path) -> list[tuple[str, int, int]]:
    path = tmp_path / "pack.txt"
    path.write_text(text)
    return [(s.kind, s.page_from, s.page_to) for s in segment(load(path))]


TEXT_AGENDA = """{council}
You are hereby summoned to attend a meeting of {council} to be held in
the Village Hall on Monday 8th June 2026 at 7.30pm for the purpose of transacting
the business below.

                                 AGENDA
1.  Apologies for absence
2.  Minutes of the meeting held on 11th May 2026
3.  Clerk's report (attached)
\f"""
TEXT_MINUTES = """DRAFT MINUTES of the MEETING OF {council} held on Monday 11th May 2026
at 7.30pm in the Village Hall

Present: Cllr P. Abbott (Chairman), Cllrs R. Gorringe, S. Mayhew, T. Nunn

26/036  APOLOGIES
Apologies were received from Cllr Lane.

26/037  PLAYING FIELD
RESOLVED that the quotation of Wenbury Groundcare for grass cutting be accepted.

The meeting closed at 9.05pm.
\f"""


@pytest.mark.parametrize(("title", "cited"), [
    ("CLERK'S REPORT - JUNE 2026", "Meeting of the Parish Council, 8th June 2026, agenda item 3"),
    ("RESPONSIBLE FINANCIAL OFFICER'S REPORT", "Ashcombe Town Council - 8 June 2026 - Item 3"),
])
def test_regression_text_report_titled_over_its_item_starts_a_report(title: str, cited: str,
                                                                      tmp_path: Path) -> None:
    # A text pack's report on a page of its own: its title in capitals over the meeting and
    # the agenda item it is for. Before, it ran on as part of the minutes.
    council = "GREAT WENBURY PARISH COUNCIL"
    text = TEXT_AGENDA.format(council=council) + TEXT_MINUTES.format(council=council) + f"""{title}
{cited}

1. Actions from the meeting of 11th May
1.1 The grass cutting contractor has been told of the Council's decision.

2. Recommendation
2.1 That the Council approves the quotation of Kingfisher Play Ltd for the play area.
"""
    assert [k for k, _, _ in _text_kinds(text, tmp_path)] == ["agenda", "minutes", "report"]


# ------------------------------------------------------------------- a hearing's notice

@pytest.mark.parametrize(("body", "heading", "committee"), [
    ("LICENSING SUB-COMMITTEE", "NOTICE OF DETERMINATION", "Licensing Sub-Committee"),
    ("Regulatory Panel", "Notice of Decision", "Regulatory Panel"),
])
def test_regression_notice_of_determination_is_a_decision_of_its_body(
        body: str, heading: str, committee: str, tmp_path: Path) -> None:
    # A sub-committee's notice enclosed after the reports: its body alone as its masthead, its
    # heading, its hearing's date by a label. Before, it ran on as part of the pack's last
    # paper, dated by the pack's meeting.
    pack = _front("Calderbrook Borough Council", "Licensing Committee") + (
        MINUTES_PAGE.format(council="Calderbrook Borough Council")) + f"""
--- page ---
## {body}
** {heading}
Licensing Act 2003 - Premises Licence Variation
Date of hearing:	21 April 2026
Premises:	Lotus Garden, 31 Market Street
Determination: The Sub-Committee resolved to grant the variation of the premises licence.
Reasons: No representation had been made by the Police.
"""
    assert _documents(pack, tmp_path)[-1] == ("decision", "2026-04-21", committee)


# ------------------------------------------------------------------ minutes titled by their body

@pytest.mark.parametrize("title", [
    "Housing Scrutiny Committee - Minutes", "Standards Committee: Draft Minutes"])
def test_regression_minutes_titled_by_their_body_start_the_minutes(title: str,
                                                                   tmp_path: Path) -> None:
    # A front sheet with no heading of its own ("Business" over its items), then minutes titled
    # by their body and the word: before, the minutes were read as the agenda's second page.
    pack = f"""## Northbridge City Council
** Housing Scrutiny Committee
You are invited to attend a meeting of the Housing Scrutiny Committee to be held in the
Banqueting Suite on Thursday 15 October 2026 at 5.30 pm.
Tamsin Roebuck
Head of Democratic Services
** Business
1 Apologies for absence
2 Declarations of interest
3 Minutes of the last meeting (Pages 2 - 3)
4 Housing performance report (Pages 4 - 6)
5 Responsive repairs contract (Pages 7 - 10)
6 Work programme (Page 11)
--- page ---
## Northbridge City Council
** {title}
Thursday 3 September 2026, Banqueting Suite, Northbridge Town Hall
Councillors present: Olatunji (Chair), Strang and Chaudhry
** M27 Apologies for absence
Councillor Prentice.
** M28 Allocations policy
Agreed: That the Committee supports consultation on the draft policy.
Meeting ended 7.40 pm.
"""
    assert [k for k, _, _ in _kinds(pack, tmp_path)] == ["agenda", "minutes"]
