"""Regression tests for round 24's after-fix batches I and J and two decisions left from A-H
(documents, agenda items and decisions): a text pack's report masthead ending in its item stamp
("... COMMITTEE - 8 DECEMBER 2027   AGENDA ITEM 4"); an Outcome cell holding a motion lost and
a resolution; a joint committee's masthead naming its agreement's date; a text agenda title
wrapped short of its pages' column; a proposal lost over three lines; a town council's report
under its name and "Extraordinary Meeting - <date>"; a register's paragraph closing with its
ask. Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decision_rows,
    decisions_in,
    documents_of,
    pack_kinds,
    source_decision_rows,
    text_agenda_items,
)
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.pipeline import process_file

# ------------------------------ a text pack's masthead and item stamp on one line

STAMP_ON_MASTHEAD_PACK = """\
                     ELMSTEAD JOINT WASTE COMMITTEE

                Wednesday 8 December 2027 at 2.00 pm
        Council Chamber, Elmstead Civic Centre, Mill Lane, Elmstead

                                 AGENDA

   1.  Apologies for Absence

   2.  Minutes of the Meeting held on 22 September 2027         (Pages 2 - 3)

   3.  Garden Waste Tonnages 2027/28                            (Pages 4 - 5)

===========================================================================

                     ELMSTEAD JOINT WASTE COMMITTEE

  MINUTES of the meeting held on Wednesday 22 September 2027 at 2.00 pm
  in the Council Chamber, Elmstead Civic Centre

  PRESENT:  Councillors I Fairclough (Chair), J Oduya and W Hale

  JWC.14  APOLOGIES FOR ABSENCE

          There were no apologies.

  JWC.15  GARDEN WASTE CHARGES

          RESOLVED - That the garden waste charge be £45 for 2028/29.

  The meeting ended at 3.05 pm.

===========================================================================

  ELMSTEAD JOINT WASTE COMMITTEE - 8 DECEMBER 2027          AGENDA ITEM 3

  GARDEN WASTE TONNAGES 2027/28

  Report of the Partnership Manager

  1.  RECOMMENDATION

  1.1 That the Joint Waste Committee notes the garden waste tonnages for 2027/28.

  2.  TONNAGES

  2.1 The partner councils collected 13,974 tonnes of garden waste.
"""


def test_text_report_stamped_at_its_masthead_lines_end(tmp_path: Path) -> None:
    # the report's masthead (body and meeting date) closes with its item's stamp, set to the
    # right margin: before, no report was found and it was read as the minutes' tail
    path = tmp_path / "pack.txt"
    path.write_text(STAMP_ON_MASTHEAD_PACK)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-12-08", "Elmstead Joint Waste Committee"),
        ("minutes", "2027-09-22", "Elmstead Joint Waste Committee"),
        ("report", "2027-12-08", "Elmstead Joint Waste Committee")]


# ------------------------------ an Outcome cell holding a motion lost and a resolution

OUTCOME_CELL_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Minutes - Housing Scrutiny Panel - Tuesday, 11 January 2028 | Elmbury Borough Council</title>
</head><body><main>
<h1>Housing Scrutiny Panel - Minutes</h1>
<p><strong>Date:</strong> Tuesday, 11 January 2028 at 6.30 pm<br>
<strong>Venue:</strong> Committee Room 2, Civic Centre, Elmbury</p>
<h2>Attendance</h2>
<p><strong>Present:</strong> Councillors P Drax (Chair), G Ellerby, D Prowse and W Szymanska</p>
<h2>Minutes</h2>
<table>
<tr><th>No.</th><th>Item</th><th>Webcast</th><th>Notes</th><th>Outcome</th></tr>
<tr><td>25.</td><td>Minutes of the Previous Meeting</td><td>00:02:15</td>
<td>The minutes were considered.</td>
<td>RESOLVED: That the minutes of the meeting held on 9 November 2027 be approved.</td></tr>
<tr><td>26.</td><td>Rent Setting 2028/29</td><td>00:03:40</td>
<td>Councillor Prowse moved that the Panel recommend a rent freeze. A vote was taken: 3 for,
5 against.</td>
<td>The motion for a rent freeze was lost.<br><br>RESOLVED: That the Panel recommends to
Cabinet that the hardship fund be increased to &pound;250,000.</td></tr>
<tr><td>27.</td><td>Work Programme</td><td>00:14:50</td><td>The work programme was presented.</td>
<td>RESOLVED: That the work programme be agreed.</td></tr>
</table>
</main></body></html>
"""


def test_outcome_cell_motion_lost_before_its_resolution(tmp_path: Path) -> None:
    # the cell's two paragraphs reach the reader run together: the capital mark after the
    # motion's result starts a record of its own; before, one decision held both
    path = tmp_path / "minutes.html"
    path.write_text(OUTCOME_CELL_PAGE)
    found = [(d.decision_text, d.outcome) for d in decisions_in(process_file(str(path)).records)]
    assert ("The motion for a rent freeze was lost.", "rejected") in found
    assert any(text.startswith("RESOLVED: That the Panel recommends") for text, _ in found)


# ------------------------------ a joint committee's text agenda: its agreement's date, a title
# wrapped short of its pages' column, a proposal lost over three lines

JOINT_AGENDA = """\
ELMSTEAD AND CALDER JOINT WASTE COMMITTEE

(Elmstead District Council and Calder Borough Council, under a joint
committee agreement dated 1 April 2024)

NOTICE OF MEETING

Thursday, 2 December 2027 at 2.00 pm
Meeting Room 1, Elmstead Civic Offices, Station Road, Elmstead

                                  AGENDA

  1.  Apologies for Absence

  2.  Minutes of the Meeting held on 16 September 2027          (Pages 2 - 4)

  3.  Ratification of a Decision Taken by Email: Residual       (Pages 5 - 7)
      Waste Haulage Contract

  4.  Joint Waste Service Performance: Quarter 2 2027/28        (Pages 8 - 10)

  5.  Date of Next Meeting
"""


def test_joint_agenda_meets_on_its_own_date_not_its_agreements(tmp_path: Path) -> None:
    # the masthead's "agreement dated 1 April 2024" is a document's date: before, the agenda
    # was dated by it
    path = tmp_path / "agenda.txt"
    path.write_text(JOINT_AGENDA)
    assert [d for d in documents_of(path) if d[0] != "pack"] == [
        ("agenda", "2027-12-02", "Elmstead and Calder Joint Waste Committee")]


def test_text_title_wrapped_with_no_room_for_a_columns_gap(tmp_path: Path) -> None:
    # "Residual" ends seven spaces short of "(Pages 5 - 7)": "Waste" and the three spaces a
    # text column keeps would not fit, so the writer wrapped it; before, the title was cut
    items = text_agenda_items(JOINT_AGENDA, tmp_path)
    assert ("3", "Ratification of a Decision Taken by Email: Residual Waste Haulage Contract"
            ) in items
    assert ("4", "Joint Waste Service Performance: Quarter 2 2027/28") in items


JOINT_MINUTES = """\
ELMSTEAD AND CALDER JOINT WASTE COMMITTEE

MINUTES of the meeting held on Thursday, 16 September 2027 at 2.00 pm at
Calder Town Hall

PRESENT:  Cllr J Arkwright (Chair), Cllr M Lindqvist, Cllr B Cole, Cllr S Rahim

JWC 27/16  MINUTES

           RESOLVED that the minutes of the meeting held on 17 June 2027
           be approved as a correct record.

JWC 27/18  GARDEN WASTE CHARGE 2028/29

           A proposal by Cllr Rahim that the two councils adopt a common
           garden waste charge of £52 a bin for 2028/29 was put to the vote
           and was lost.

           RESOLVED that the Joint Waste Manager prepare options for
           aligning the garden waste charges over two years.

           The meeting ended at 3.35 pm.
"""


def test_proposal_lost_over_three_lines(tmp_path: Path) -> None:
    # the proposal named in full on one line, put to the vote on the next, lost on the third:
    # before, only the two-line join was read and the rejected proposal was missed
    rows = decision_rows(JOINT_MINUTES, tmp_path)
    assert ("A proposal by Cllr Rahim that the two councils adopt a common garden waste charge "
            "of £52 a bin for 2028/29 was put to the vote and was lost.", "rejected") in rows
    assert len(rows) == 3


# ------------------------------ a town council's extraordinary meeting: its report under the
# council's name and the meeting named by its kind alone

EXTRAORDINARY_PACK = """%% header Kelford Town Council
** KELFORD TOWN COUNCIL
The Guildhall, Fore Street, Kelford KE1 2AB
^^ Extraordinary Meeting
To: All Members of the Town Council
You are hereby summoned to attend an Extraordinary Meeting of Kelford Town Council to be held \
in The Guildhall on Monday, 29 November 2027 at 7.00 pm, for the purpose of transacting the \
business below.
** AGENDA
1. Apologies for absence
2. Declarations of interest
3. Former Kelford Library: proposed Community Asset Transfer
--- page ---
** KELFORD TOWN COUNCIL
** Extraordinary Meeting - 29 November 2027
** Agenda item 3: Former Kelford Library - Community Asset Transfer
Report by the Town Clerk
** 1. Recommendations
It is recommended that the Council agrees in principle to accept the Community Asset Transfer \
of the former Kelford Library, subject to a satisfactory condition survey.
** 2. Background
2.1 The library closed in March 2026 when the service moved into the Community Hub. The County \
Council values the building at £285,000 and proposes to transfer it for £1.
** 3. Financial implications
3.1 Running costs of the building are estimated at £18,700 a year.
"""


def test_report_under_council_name_and_meeting_by_its_kind(tmp_path: Path) -> None:
    # "KELFORD TOWN COUNCIL" over "Extraordinary Meeting - 29 November 2027" over the paper's
    # title: the council's own meeting named by its kind; before, the report was read as the
    # agenda's next pages (its headings as agenda items)
    assert pack_kinds(EXTRAORDINARY_PACK, tmp_path) == [("agenda", 1, 1), ("report", 2, 2)]


# ------------------------------ a register's one paragraph closing with its ask

REGISTER_PAPER = """%% header Trewint Harbour Commissioners
** TREWINT HARBOUR COMMISSIONERS
** Meeting of the Commissioners - 14 September 2028
** Agenda Item 6 - Port Marine Safety Code: Risk Register Review
The Port Marine Safety Code requires the Commissioners, as duty holder, to keep the marine \
safety risk assessment under review. The register is scored on a 5 x 5 matrix: Likelihood (L) \
x Consequence (C) = Risk Score. The Commissioners are asked to approve the revised register \
below, including the new risk PM07.
|# Ref | Hazard | Likelihood (L) | Consequence (C) | Risk Score | Owner |
| PM01 | Collision in the harbour entrance in poor visibility | 2 | 5 | 10 | Harbour Master |
| PM02 | Grounding of visiting yacht on the Gull Rock ledge | 3 | 3 | 9 | Harbour Master |
| PM07 | Pontoon failure in a storm surge | 2 | 4 | 8 | Harbour Master |
"""


def test_ask_closing_a_paragraph_of_other_sentences(tmp_path: Path) -> None:
    # the register's one paragraph asks the Commissioners to approve it in its last sentence:
    # before, an ask after other sentences was read only after the report's byline
    assert source_decision_rows(REGISTER_PAPER, "report", tmp_path) == [
        ("The Commissioners are asked to approve the revised register below, including the new "
         "risk PM07.", "approved")]


def test_plan_asked_only_to_be_noted_asks_nothing() -> None:
    # (a guard beside the test above) a plan's publication note asking the board to note it
    # is no decision (round 14's call-in board's forward plan)
    assert find_recommendations([
        (1, "Published 1 April 2027 by the Monitoring Officer. The Board is asked to note the"),
        (1, "Forward Plan and identify any items for pre-decision scrutiny.")]) == []


def test_ask_after_sentence_naming_no_table_below_asks_nothing() -> None:
    # (the bound round 23 set) an ask to decide after a sentence other than the byline, naming
    # nothing set out below it, is none
    assert find_recommendations([
        (1, "Report by Head of Harbours"),
        (1, "Published on 1 October 2028. The Committee is asked to agree the harbour dues for"),
        (1, "2029 set out in the appendix.")]) == []


# ------------------------------ a lost proposal under a sentence ending in an "if"

IF_ABOVE_MINUTES = """\
CORNWOOD PENSION FUND COMMITTEE

MINUTES of the meeting held on Thursday, 9 December 2027 at 10.00 am

PRESENT:  Councillors A Lane (Chairman), B Moss and C Hale

46. CESSATION POLICY

Members discussed the proposal to allow employers leaving the Fund in surplus to receive an
exit credit. Some members were concerned that the surplus could fall if markets fell.
On being put to the vote, the proposal to adopt the revised Cessation Policy was lost.

47. ANNUAL REPORT

RESOLVED that the Pension Fund Annual Report 2026/27 be approved for publication.
"""


def test_lost_proposal_under_a_closed_sentence_holding_if(tmp_path: Path) -> None:
    # the line above ends its own sentence (whose "if" is the members' concern): the defeat's
    # sentence starts on its own line and says it happened; before, the "if" above dropped it
    # (round 23's county pension fund minutes)
    assert ("On being put to the vote, the proposal to adopt the revised Cessation Policy was "
            "lost.", "rejected") in decision_rows(IF_ABOVE_MINUTES, tmp_path)
