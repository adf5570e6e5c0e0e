"""Regression tests for round 18's document and agenda item misses in batches d, e and f: an
annotated agenda printing each item's "DECISION:" (the record of the meeting's decisions) read
as an agenda, its "None." and apologies read as decisions and "be not accepted" as no
rejection; a fire authority's minutes printed as a table "Minute | | Action" (the number's
cell spanning the minute's rows, its title column unnamed) not read, and its committee named
with the authority's ("... Authority - Resources Committee"); a "MINUTES TO FOLLOW" page read
as a document; a borderless agenda table's row drawn as one run read with its last column's
cell ("Report", "Head of Heritage") in its title. Each runs on small generated papers, not on
the held-out papers."""

from __future__ import annotations

import re
import time
from pathlib import Path

from heldout_support import pack_documents, pdf_agenda_items, rendered
from kcc_papers.classify import ANNOTATED_AGENDA, DECISION_LABEL
from kcc_papers.extract.agenda.columns import _LEADING_REF
from kcc_papers.extract.agenda.ruled_tables import PAGES_CELL
from kcc_papers.extract.decisions.notices import DECIDES_NOTHING
from kcc_papers.extract.meetings.body_names import _AUTHORITY_THEN_BODY, without_council
from kcc_papers.extract.minutes.tabled import HEADER_LINE
from kcc_papers.models import Decision, Minute
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from kcc_papers.segment import PLACEHOLDER_TITLE
from kcc_papers.segment_starts.heading_kinds import BODY_NOTES

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1


def _linear(pattern: re.Pattern[str]) -> None:
    for text in (" " * 10_000, "a" * 10_000, "A" * 10_000, "Ab - " * 2_000):
        start = time.process_time()
        pattern.search(text)
        assert time.process_time() - start < LINEAR_SECONDS


def test_new_patterns_are_linear() -> None:
    for pattern in (ANNOTATED_AGENDA, DECISION_LABEL, DECIDES_NOTHING, _AUTHORITY_THEN_BODY,
                    HEADER_LINE, PLACEHOLDER_TITLE, PAGES_CELL, BODY_NOTES, _LEADING_REF):
        _linear(pattern)


# ---------------------- an annotated agenda: each item's "DECISION:" under its recommendation

ANNOTATED_AGENDA_PAPER = """## ASHDOWN BOROUGH COUNCIL
!! CABINET
** ANNOTATED AGENDA - DECISIONS OF THE MEETING
Date:	14th April 2027
Time:	7.00 pm
Place:	Council Chamber, Ashdown Town Hall
** 1. APOLOGIES FOR ABSENCE
DECISION: Apologies were received from Councillor Brook.
** 2. DECLARATIONS OF INTEREST
DECISION: None.
** 3. CAR PARK CHARGES 2027/28
Recommendation: That Cabinet approves the car park charges at Appendix A.
DECISION: That the car park charges at Appendix A be approved from 1st June 2027.
** 4. REFERENCE FROM SCRUTINY - PLAY AREAS
Recommendation: That Cabinet considers the recommendation of the Scrutiny Committee.
DECISION: That the recommendation of the Scrutiny Committee be not accepted.
** 5. QUARTER 3 BUDGET MONITORING
DECISION: That the forecast underspend of £120,000 be noted.
"""


def test_annotated_agenda_printing_each_decision_read_as_an_agenda(tmp_path: Path) -> None:
    # its title says it is annotated with the meeting's decisions, each item prints its
    # "DECISION:": the record of the meeting's decisions, no agenda items of its own
    path = rendered(ANNOTATED_AGENDA_PAPER, tmp_path)
    result = process_file(str(path))
    assert [(d.kind, str(d.meeting_date), d.committee) for d in result.documents] == [
        ("decision", "2027-04-14", "Cabinet")]
    decisions = [r for r in result.records if isinstance(r, Decision)]
    assert [(d.source, d.agenda_item_ref, d.decision_text, d.outcome) for d in decisions] == [
        ("decision_notice", "3",
         "That the car park charges at Appendix A be approved from 1st June 2027.", "approved"),
        ("decision_notice", "4",
         "That the recommendation of the Scrutiny Committee be not accepted.", "rejected"),
        ("decision_notice", "5", "That the forecast underspend of £120,000 be noted.", "noted"),
    ]


def test_annotated_agenda_item_recording_none_or_apologies_read_as_a_decision() -> None:
    assert DECIDES_NOTHING.match("None.") and DECIDES_NOTHING.match("Nil")
    assert DECIDES_NOTHING.match("Apologies were received from Councillor Brook.")
    assert not DECIDES_NOTHING.match("That the report be noted.")
    assert not DECIDES_NOTHING.match("None of the options be pursued further.")


def test_be_not_accepted_read_as_no_rejection() -> None:
    assert classify_outcome("That the recommendation be not accepted.") == "rejected"
    assert classify_outcome("That the motion was not supported.") == "rejected"
    assert classify_outcome("That the report be noted.") == "noted"


# ------------- a fire authority's minutes as a table "Minute | | Action", its number spanning

FIRE_AUTHORITY_MINUTES = """!! KESTON FIRE AND RESCUE AUTHORITY - AUDIT COMMITTEE
** MINUTES of the meeting held on Thursday 16 September 2027 at 10.30 am at Service Headquarters
Present: Councillors A Brackley (Chair), N Carr and H Dell.
|% 12 70 18
|# Minute | | Action |
| AC/27/10 | **Apologies for absence** | |
| ^ | No apologies were received. | |
| AC/27/11 | **Internal Audit Progress** | |
| ^ | The Head of Internal Audit presented the progress report. | |
| ^ | RESOLVED that the internal audit progress report be noted. | Treasurer |
| AC/27/12 | **Fleet Maintenance Contract** | |
| ^ | RESOLVED that the fleet maintenance contract be extended for 12 months. | Head of Fleet |
Signed ............................ Chair
"""


def test_minutes_table_with_unnamed_title_column_and_spanning_numbers_not_read(
        tmp_path: Path) -> None:
    # the number's cell spans the minute's rows (the reader repeats it on each): the first
    # row is the minute's title, the rows after it its text
    result = process_file(str(rendered(FIRE_AUTHORITY_MINUTES, tmp_path)))
    minutes = [r for r in result.records if isinstance(r, Minute)]
    assert [(m.minute_number, m.title) for m in minutes] == [
        ("AC/27/10", "Apologies for absence"),
        ("AC/27/11", "Internal Audit Progress"),
        ("AC/27/12", "Fleet Maintenance Contract"),
    ]
    decisions = [r for r in result.records if isinstance(r, Decision)]
    assert [(d.minute_number, d.outcome) for d in decisions] == [
        ("AC/27/11", "noted"), ("AC/27/12", "other")]
    assert decisions[0].decision_text.startswith(
        "RESOLVED that the internal audit progress report be noted.")


def test_minutes_committee_named_with_its_authority(tmp_path: Path) -> None:
    # "<Authority> - <Committee>" on one masthead line: the authority is whose the committee
    # is, the committee what meets
    assert [d[2] for d in pack_documents(FIRE_AUTHORITY_MINUTES, tmp_path)] == ["Audit Committee"]
    assert without_council("Severnmoor Fire and Rescue Authority - Resources Committee") == (
        "Resources Committee")
    assert without_council("Fire Authority") == "Fire Authority"
    assert without_council("Kent Police and Crime Panel") == "Kent Police and Crime Panel"


# --------------------------------------------- a placeholder page: "MINUTES TO FOLLOW"

TOWN_COUNCIL_PACK = """## UPPER BRANWICK TOWN COUNCIL
** FINANCE COMMITTEE
You are summoned to attend a meeting of the Finance Committee to be held on Tuesday 9th March 2027.
** AGENDA
|- | | |
| 1. | To receive apologies for absence | |
| 2. | To approve the minutes of the meeting held on 12th January 2027 | To follow |
| 3. | Grounds maintenance contract 2027-2030 | Report |
| 4. | Annual review of the risk assessment | Report |
| 5. | Date of next meeting | |
--- page ---
** Item 2
!! MINUTES TO FOLLOW
The minutes of the meeting held on 12th January 2027 will be circulated separately.
--- page ---
** Item 3
** Report to the Finance Committee, 9th March 2027
** Grounds maintenance contract 2027-2030
Report by the Town Clerk
1. The current grounds maintenance contract ends on 31st March 2027.
** Recommendation
That the Committee awards the grounds maintenance contract to Calder Vale Landscapes Ltd.
"""


def test_minutes_to_follow_placeholder_page_read_as_a_document(tmp_path: Path) -> None:
    # the page stands in for a paper not yet published: no document of its own
    assert pack_documents(TOWN_COUNCIL_PACK, tmp_path) == [
        ("agenda", "2027-03-09", "Finance Committee"),
        ("report", "2027-03-09", "Finance Committee"),
    ]
    assert PLACEHOLDER_TITLE.match("MINUTES TO FOLLOW") and PLACEHOLDER_TITLE.match("To follow")
    assert not PLACEHOLDER_TITLE.match("Minutes of the meeting held on 12th January 2027")


def test_borderless_row_drawn_as_one_run_read_with_its_last_cell(tmp_path: Path) -> None:
    # rows whose titles wrap print their last column's cell as a run of its own; a row of one
    # line is drawn as one run, its cells parted by the text layer's gaps: "Report" is that
    # column's cell, not the title's last word
    assert pdf_agenda_items(TOWN_COUNCIL_PACK.split("--- page ---")[0], tmp_path) == [
        ("1", "To receive apologies for absence"),
        ("2", "To approve the minutes of the meeting held on 12th January 2027"),
        ("3", "Grounds maintenance contract 2027-2030"),
        ("4", "Annual review of the risk assessment"),
        ("5", "Date of next meeting"),
    ]


MUSEUMS_AGENDA = """## TAVY VALE MUSEUMS JOINT COMMITTEE
** Friday 21st January 2028 at 10.30 am
** AGENDA
|~ | Business | Report |
| 1. | Apologies for absence | |
| 2. | Minutes of the meeting held on 15th October 2027 | Attached |
| 3. | Heritage Service Risk Register | Head of Heritage |
| 4. | Collections Store Relocation: Options Appraisal | Head of Heritage |
| 5. | Budget 2028/29 and Partner Contributions | Joint Finance Officer |
"""


def test_striped_agenda_row_drawn_as_one_run_read_with_its_lead_in_its_title(
        tmp_path: Path) -> None:
    # (its header's first cell empty) a one-line row's lead ("Head of Heritage") was parted
    # at a place guessed from its characters' mean width: "... Register Head of"
    assert pdf_agenda_items(MUSEUMS_AGENDA, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Minutes of the meeting held on 15th October 2027"),
        ("3", "Heritage Service Risk Register"),
        ("4", "Collections Store Relocation: Options Appraisal"),
        ("5", "Budget 2028/29 and Partner Contributions"),
    ]


SUPPLEMENTARY_AGENDA = """## THORNBURY COUNTY COUNCIL
!! CABINET
** SUPPLEMENTARY AGENDA
Date:	Thursday 18 February 2027
Time:	10.00 am
Venue:	Committee Room 2, County Hall
The following report was not available when the agenda was published.
|% 10 74 16
|- Item | | Page |
| Item 9 | Revenue Budget Monitoring - Month 10 2026/27 | Page 6 |
Published: Monday 15 February 2027
"""


def test_supplementary_agenda_one_item_with_its_page_column_read_as_none(
        tmp_path: Path) -> None:
    # its one item, numbered as on the agenda it supplements, is printed with its page in a
    # column of right-hand page numbers ("Page 6"): an item, as one printed "(Pages 6 - 6)"
    assert pdf_agenda_items(SUPPLEMENTARY_AGENDA, tmp_path) == [
        ("9", "Revenue Budget Monitoring - Month 10 2026/27")]
    assert PAGES_CELL.match("Page 6") and PAGES_CELL.match("Pages 7-9")
    assert not PAGES_CELL.match("Page six")


BOARD_NOTES_PACK = """## HALLAMFORD COUNCIL
** INFORMATION GOVERNANCE BOARD
Wednesday 19 January 2028, 2.00pm, Room G.14, Civic Offices
** AGENDA
1. Welcome and apologies
2. Notes of the meeting held on 20th October 2027 and matters arising
3. Any other business
--- page ---
** HALLAMFORD COUNCIL
** Information Governance Board - Notes of the meeting held on 20th October 2027
Present:	K. Ellery (Chair), M. Dunstan, A. Vickers
** 1. Welcome and apologies
Apologies from L. Hargreaves.
** 2. Records Retention Schedule
Agreed: to approve the revised Records Retention Schedule for publication.
"""


def test_board_notes_heading_with_its_meeting_date_read_as_the_agenda(tmp_path: Path) -> None:
    # "<Board> - Notes of the meeting held on <date>" heads the board's minutes as "<Board> -
    # Notes of Meeting" does: its date after it is the meeting's
    assert [d[:2] for d in pack_documents(BOARD_NOTES_PACK, tmp_path)] == [
        ("agenda", "2028-01-19"), ("minutes", "2027-10-20")]


LETTERED_PARTS_AGENDA = """## KILBRACK COUNCIL
A meeting of KILBRACK COUNCIL will be held on THURSDAY 3 JUNE 2027 at 10:00 AM.
^^ B U S I N E S S
|- | | |
| 1. | APOLOGIES FOR ABSENCE | |
| 2. | MINUTES | |
| 2(a) | Kilbrack Council - 22 April 2027 | (Pages 3 - 8) |
| 2(b) | Policy and Resources Committee - 13 May 2027 | (Pages 9 - 14) |
| 3. | LEADER'S REPORT | (Pages 15 - 16) |
| 4. | QUESTIONS FROM ELECTED MEMBERS | |
"""


def test_regression_lettered_part_row_drawn_as_one_run_read_without_its_title(
        tmp_path: Path) -> None:
    # a one-run row parted by its cells: "2(a)" is the ref's cell, the title the cell after it
    # (a ref with its part's letter in brackets was taken for the title's cell)
    assert pdf_agenda_items(LETTERED_PARTS_AGENDA, tmp_path) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "MINUTES"),
        ("2(a)", "Kilbrack Council - 22 April 2027"),
        ("2(b)", "Policy and Resources Committee - 13 May 2027"),
        ("3", "LEADER'S REPORT"),
        ("4", "QUESTIONS FROM ELECTED MEMBERS"),
    ]
