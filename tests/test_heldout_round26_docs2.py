"""Regression tests for round 26's document misses left by the first pass (batches A-E): a
programme's "RAID Log" is its risk register; an organisation's meeting named by its short
name under its full one ("National Park Authority meeting, 5 December 2028") dates a report.
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    documents_of,
    html_page,
    html_table,
    pack_documents,
    rendered,
    source_decision_rows,
)
from kcc_papers.classify import classify
from kcc_papers.models import Risk
from kcc_papers.pipeline import process_file

RAID_LOG = """Item 4: Programme RAID Log (at 1 September 2028)

Risks
| ID | Description | Owner |
| R1 | Supplier capacity for the portal build | Digital Lead |
| R2 | Savings assumed in the budget slip to next year | Finance Lead |
Assumptions
| A1 | The new case management system goes live in January |
Issues
| I1 | Two vacant business analyst posts |
Dependencies
| D1 | The corporate network upgrade |
"""


def test_a_programmes_raid_log_is_its_risk_register() -> None:
    # a RAID log (risks, assumptions, issues, dependencies) is a risk log with three more
    # sections, as a "Risk and Issue Log" is with one; before, with no "risk register" or
    # "risk log" words in its title, it was read as a report
    assert classify(RAID_LOG, "report") == "risk_register"


SHORT_NAMED_MEETING_REPORT = """%% header Harrowdale National Park Authority
%% footer NPA 2028/40 | Page {page} of {pages}
## Harrowdale National Park Authority
** National Park Authority meeting, 7 November 2028
Agenda item:	6
Report number:	NPA 2028/40
Title:	Visitor centres: winter opening hours
Report of:	Director of Visitor Services
Purpose:	For decision
** What is this report about?
The opening hours of our two visitor centres between November and March.
** Decisions required
| No. | Recommendation |
| 1 | Members approve the winter opening hours set out in paragraph 3. |
** Background
The centres at Haughton and Mirefoot opened every day last winter, and saw few visitors on
weekdays in January and February.
"""


def test_an_organisations_meeting_named_short_under_its_full_name(tmp_path: Path) -> None:
    # "National Park Authority meeting, 7 November 2028" under "Harrowdale National Park
    # Authority": the line's words before "meeting" end the name above; before, the short
    # name was no body's and the report had no meeting date
    (doc,) = documents_of(rendered(SHORT_NAMED_MEETING_REPORT, tmp_path))
    assert doc[1] == "2028-11-07"
    assert doc[2] == "Harrowdale National Park Authority"


WRAPPED_SUBJECTS_REGISTER = """Agenda Item 5
Trust Risk Register: February 2027
Report of: Mrs Eleanor Salt, Chief Financial Officer
1. Purpose
To present the trust risk register, reviewed by the executive team on 3 February 2027.
2. Recommendation
That the committee reviews the trust risk register.
Appendix 1: Trust Risk Register (residual position at 3 February 2027)
Ref Risk
T-R02 Failure to recruit and retain teachers in shortage 4 4 16 3 4 12 Recruitment campaign; CEO
subjects (maths, physics, computing) retention payments; ITT partnership
T-R03 Safeguarding failure leading to harm to a pupil 3 5 15 2 4 8 DSL network; annual audit
"""


def test_a_register_row_wrapped_onto_subjects_is_no_subject_label() -> None:
    # a risk's words wrapped onto a line opening "subjects (maths, ...)" were read as the
    # report's "Subject" label (its colon optional): the report's subject became "s (maths,
    # ...)" and the "Trust Risk Register" it is titled was read as a report
    assert classify(WRAPPED_SUBJECTS_REGISTER, "report") == "risk_register"


DATED_REGISTER_PACK = """%% header Wealdshire County Council - Highways Capital
%% footer Harbour Road Bridge Replacement - Project Board - 9 January 2029 | {page}
## Harbour Road Bridge Replacement Project Board
** AGENDA
Date:	Tuesday 9 January 2029, 10.00 am
Location:	Wealdshire County Hall, Room 2.14
|# No. | Item | Paper | Presenter |
| 1 | Apologies | - | Chair |
| 2 | Highlight Report No. 4 | A | Project Manager |
| 3 | Risk Register | B | Project Manager |
--- page ---
** Paper A
## Highlight Report No. 4 - December 2028
** Recommendation
That the Board notes the progress of the works.
** Progress
The temporary footbridge opened on 4 December and the old deck was lifted out on 18 December.
--- page landscape ---
** Paper B
## Risk Register - 2 January 2029
Risks are scored Likelihood x Impact (1-5).
|# Risk no. | Description | L | I | Score | Mitigation |
| HR-01 | River levels delay the pier works | 4 | 4 | 16 | Works programmed for the summer |
| HR-02 | Utility diversions take longer than planned | 3 | 4 | 12 | Early engagement |
"""


def test_a_papers_title_dated_under_the_council_does_not_date_its_meeting(
        tmp_path: Path) -> None:
    # "Risk Register - 2 January 2029" under the running head "Wealdshire County Council -
    # Highways Capital": a short line, it was read as the council's masthead's date line, and
    # the register met on 2 January as the council; it is the register's own date
    docs = [d for d in pack_documents(DATED_REGISTER_PACK, tmp_path) if d[0] == "risk_register"]
    board = "Harbour Road Bridge Replacement Project Board"
    assert docs == [("risk_register", "2029-01-09", board)]


WRAPPED_MEMBERSHIP_TEXT_PACK = """Public Document Pack



Wendlebury County Council



Admissions Forum

Date:      Thursday, 11 March 2027
Time:      2.00 pm
Venue:     Committee Room 3, County Hall, Wendlebury
           WB2 4RT

Membership: Councillors Amir Haddad (Chair), Joan Pettifer (Vice-
Chair), Colin Marsh, Ruth Okafor, Dilys Penrose, Martin Shaw
and Gemma Lowe

Diocesan representatives (voting on admissions to voluntary aided
schools): Revd Mark Tilley (Diocese of Wendlebury), Mrs Anne Corbett

Contact Officer: Lucy Farrant, Democratic Services
Tel: 01632 990 114   Email: lucy.farrant@wendlebury.gov.uk


                                  AGENDA

1.    Apologies for Absence

2.    Declarations of Interest

3.    Minutes                                                  (Pages 1 - 4)
      To confirm the minutes of the meeting held on 14 January 2027.

4.    Coordinated Admissions Scheme 2028/29                       (Pages 5 - 12)


                                                              Page 1
                              Agenda Item 3

Wendlebury County Council

Admissions Forum

Minutes of the meeting held on Thursday, 14 January 2027 at
2.00 pm in Committee Room 3, County Hall, Wendlebury

Present:   Councillor Amir Haddad (Chair)
           Councillors Joan Pettifer, Colin Marsh and Ruth Okafor

AF/27/01  APOLOGIES FOR ABSENCE

          Apologies were received from Councillor Gemma Lowe.

AF/27/02  ADMISSIONS APPEALS

          RESOLVED: That the report be noted.

The meeting closed at 3.15 pm.
"""


def test_a_masthead_field_wrapped_over_lines_is_one_field(tmp_path: Path) -> None:
    # a ModernGov text pack's membership and diocesan representatives wrapped over three and
    # two lines: counted line by line the front matter ran past a masthead's length and its
    # "AGENDA" heading started a second agenda under the first
    path = tmp_path / "pack.txt"
    path.write_text(WRAPPED_MEMBERSHIP_TEXT_PACK)
    kinds = [d[0] for d in documents_of(path) if d[0] != "pack"]
    assert kinds == ["agenda", "minutes"]


LABEL_TABLE_MINUTES = """%% header Thornvale Joint Highways Partnership
%% footer Joint Highways Committee | 12 March 2029 | Page {page} of {pages}
## Minutes of the Joint Highways Committee
** Thursday 14 December 2028, Ashby Town Hall
Present: Councillors P Rowe (Chair), D Amis, K Laing, T Oduya and F Marsh
** JHC/31 Apologies for absence
None.
** JHC/32 Winter maintenance plan
| Decision: | The committee approved the winter maintenance plan for 2028/29 and the gritting routes in Appendix A. |
| Reason for decision: | To keep the priority network open in snow and ice. |
** JHC/33 Street lighting conversion
| Decision: | The committee deferred a decision on converting the remaining sodium lanterns until the energy prices are known. |
| Reason for decision: | The saving depends on next year's tariff. |
** JHC/34 Parking permit charges
| Decision: | The committee rejected the proposal to raise the resident permit charge to £95 a year for a second vehicle. |
| Reason for decision: | Members were concerned about households without off-street parking. |
"""  # noqa: E501


def test_a_minutes_decision_label_table_reads_each_label_with_its_value(
        tmp_path: Path) -> None:
    # each minute's "Decision: | ..." and "Reason for decision: | ..." rows keep a gutter
    # under headings that fill the left column: read as two columns every label came before
    # every value, and the decisions were lost; the label is centred in its cell, so each
    # value line goes with the label nearest it
    rows = source_decision_rows(LABEL_TABLE_MINUTES, "minutes", tmp_path)
    assert [outcome for _, outcome in rows] == ["approved", "deferred", "rejected"]
    assert rows[1][0].startswith("The committee deferred a decision on converting")


def _minutes_page(*parts: str) -> str:
    return html_page(
        "<h1>Tarrowby Borough Council</h1>",
        "<h1>Flood Schemes Programme Board: minutes of the meeting held on Tuesday 16 "
        "January 2029</h1>",
        "<p><strong>Present:</strong> Councillor Ann Hale (Chair), Councillor Ravi Shah</p>",
        "<h2>FSB/29/01 Apologies</h2><p>Apologies were received from Councillor Lee.</p>",
        "<h2>FSB/29/02 Minutes of the meeting held on 14 November 2028</h2>",
        "<p><strong>Resolved:</strong> that the minutes be approved as a correct record.</p>",
        "<h2>FSB/29/03 Programme highlight report</h2>",
        "<p>The Schemes Manager presented the highlight report for the two schemes.</p>",
        "<p><strong>Resolved:</strong> that the highlight report be noted.</p>",
        "<h2>FSB/29/04 Millbrook flood alleviation: scheme risk register</h2>",
        *parts,
        "<p><strong>Resolved:</strong> that the scheme risk register be noted.</p>",
        "<h2>FSB/29/05 Weir Lane culvert: award of works contract</h2>",
        "<p><strong>Resolved:</strong> that the contract be awarded to Dunmore Civils Ltd.</p>",
        "<h2>FSB/29/06 Date of next meeting</h2><p>20 March 2029.</p>")


def _minuted_risks(page: str, tmp_path: Path) -> list[tuple[str | None, float | None]]:
    path = tmp_path / "minutes.html"
    path.write_text(page)
    return [(r.risk_id, r.current_rating) for r in process_file(str(path)).records
            if isinstance(r, Risk)]


def test_a_register_table_printed_in_minutes_is_read(tmp_path: Path) -> None:
    # a programme board's minute tables the scheme's top risks it reviewed: read as a
    # scored table in minutes is (r10r's scorecard), where before minutes gave no risks;
    # risks the minutes only discuss in prose stay unread
    table = html_table(["Risk ref", "Risk", "Likelihood", "Impact", "Score", "Owner"], [
        ["MFA-R01", "Contractor insolvency halts the works", "2", "5", "10", "Scheme manager"],
        ["MFA-R04", "Flood event during the culvert works", "3", "4", "12", "Scheme manager"]])
    assert _minuted_risks(_minutes_page(table), tmp_path) == [("MFA-R01", 10), ("MFA-R04", 12)]
    prose = ("<p>The board discussed the risk that the contractor could become insolvent "
             "(likelihood 2, impact 5, score 10) and the risk of a flood during the works.</p>")
    assert _minuted_risks(_minutes_page(prose), tmp_path) == []


FORMAL_MINUTES_AGREED = """BRIDGEMOOR BOROUGH COUNCIL
Minutes of the meeting of the Major Schemes Board held on Tuesday 16 January 2029

Present: Councillor W Okafor (Chair), Councillor P Lindqvist

MSB/29/01 Apologies
Apologies were received from Councillor Hart.

MSB/29/02 Minutes of the meeting held on 14 November 2028
It was agreed that the minutes of the meeting held on 14 November 2028 be approved as a correct record.

MSB/29/03 Programme highlight report
The Schemes Manager presented the report. It was agreed that the format be reviewed later.
RESOLVED: that the highlight report be noted.
"""  # noqa: E501


def test_formal_minutes_confirm_the_last_minutes_in_the_passive(tmp_path: Path) -> None:
    # "It was agreed that the minutes ... be approved as a correct record" in minutes that
    # mark their other decisions "RESOLVED": "It was agreed" elsewhere in such minutes is
    # discussion, but the minutes' confirmation is a decision; before, it was lost
    rows = decision_rows(FORMAL_MINUTES_AGREED, tmp_path)
    assert any(text.startswith("It was agreed that the minutes of the meeting held on 14")
               for text, _ in rows)
    assert not any("format be reviewed" in text for text, _ in rows)
