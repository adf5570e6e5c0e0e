"""Regression tests for held-out round 19's remaining misses of one family: a parish's
masthead "PARISH OF X - ROADS COMMITTEE" over its minutes read as the committee's name, ...
Each runs on small papers written here, not on the held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, pack_documents, pdf_agenda_items

# ------------------------------------ a parish's name and a dash before its committee's name

PARISH_MINUTES = """%% header Parish of St Aubrel
## PARISH OF ST AUBREL
** PARISH OF ST AUBREL - HIGHWAYS COMMITTEE
** Minutes of the meeting held on Monday, 12th April 2027 at 6.00 pm in the Parish Hall
Present:	The Connetable (President); Roads Inspectors P Le Brun, T Amy
** HC 27/11  Apologies
Apologies were received from Mr M Gallie.
** HC 27/12  Minutes of the meeting held on 8th March 2027
The minutes were approved and signed by the Connetable.
** HC 27/13  Road closure applications
The Committee approved the closure of La Rue du Pont for the fete on 4th July 2027.
"""


def test_parish_name_before_dash_kept_in_committee_name(tmp_path: Path) -> None:
    # "PARISH OF X - HIGHWAYS COMMITTEE": the parish is whose the committee is, as an
    # authority's name before a dash is; before, the committee read "Parish of St Aubrel -
    # Highways Committee"
    assert pack_documents(PARISH_MINUTES, tmp_path) == [
        ("minutes", "2027-04-12", "Highways Committee")]


# ---------------- a table of counts by period after a dashboard, no target or rating of its own

PORT_DASHBOARD_THEN_CARGO = """Paper PB2
** HARBOUR MASTER'S REPORT: PORT PERFORMANCE, QUARTER 3 2026/27
Author:\tHarbour Master
Purpose:\tFor information
** Recommendation
That the Board notes the port's operational performance for Quarter 3 2026/27.
** 1. Summary
1.1 Cargo tonnage fell in the quarter as two grain vessels were diverted by storms.
** 2. Key performance indicators
|% 8 40 12 12 14 14
|~ Code | Measure | Q2 2026/27 | Q3 2026/27 | Target (quarter) | Status |
| KP1 | Cargo tonnage handled (tonnes) | 298,410 | 276,950 | 290,000 | {dot#ffc000}Amber |
| KP2 | Commercial vessel arrivals | 164 | 151 | 150 | {dot#00b050}Green |
| KP3 | Pilotage acts completed without delay (%) | 97.8% | 98.4% | 97.0% | {dot#00b050}Green |
| KP4 | Average vessel turnaround (hours) | 31.5 | 36.2 | 32.0 | {dot#ff0000}Red |
| KP5 | Marine incidents reported | 3 | 2 | 4 or fewer | {dot#00b050}Green |
| KP6 | Berth occupancy, Commercial Quay (%) | 71% | 68% | 70% | {dot#ffc000}Amber |
** 3. Cargo by type
|- Cargo | Q3 2025/26 (tonnes) | Q3 2026/27 (tonnes) | Change |
| Grain and animal feed | 121,300 | 102,640 | -15.4% |
| Timber and forest products | 64,200 | 71,880 | +12.0% |
| Aggregates | 58,950 | 61,230 | +3.9% |
| Total | 244,450 | 235,750 | -3.6% |
3.1 There were no reportable accidents in the quarter.
"""


def test_cargo_table_of_periods_after_dashboard_not_read_as_kpis(tmp_path: Path) -> None:
    # The cargo table's header names its columns by period ("Q3 2025/26 (tonnes)"): a table of
    # its own, with no target or rating, not more rows of the dashboard above it; before,
    # "Grain and animal feed 102640" and "Timber and forest products 71880" were read as KPIs
    assert kpi_rows(PORT_DASHBOARD_THEN_CARGO, tmp_path) == [
        ("KP1", 276950.0, "amber"), ("KP2", 151.0, "green"), ("KP3", 98.4, "green"),
        ("KP4", 36.2, "red"), ("KP5", 2.0, "green"), ("KP6", 68.0, "amber")]


# ------------------------------------- a zebra agenda's last row, its title wrapped to four lines

ZEBRA_AGENDA = """## WEXCOMBE COUNCIL
** CABINET
** AGENDA
Thursday, 9th November 2027 at 5.30 pm
|~ Item | Title | Portfolio | Pages |
| 1 | Apologies for absence | | |
| 2 | Declarations of interest | | |
| 3 | Budget monitoring: Quarter 2 2027/28 | Finance | 4 - 6 |
| 4 | Recommendations from the Overview and Scrutiny Committee: Call-in of Cabinet \
decision 27/88 | Leader | 10 |
Published 31st October 2027. Enquiries: cabinet@wexcombe.example.gov.uk
"""


def test_zebra_agenda_last_row_four_line_title_keeps_last_line(tmp_path: Path) -> None:
    # The last row of a zebra table (no band shaded under it) is read down over its title's
    # wrapped lines: before, only three guessed rows' height, and the title's fourth line
    # "Cabinet decision 27/88" was left out of it
    assert pdf_agenda_items(ZEBRA_AGENDA, tmp_path) == [
        ("1", "Apologies for absence"),
        ("2", "Declarations of interest"),
        ("3", "Budget monitoring: Quarter 2 2027/28"),
        ("4", "Recommendations from the Overview and Scrutiny Committee: Call-in of Cabinet "
              "decision 27/88"),
    ]


# ----------- an agenda lettering its preliminary business (A, B, C) before its numbered items

LETTERED_THEN_NUMBERED = """## Westray Islands Council
** Harbour Board
Wednesday 8 September 2027 at 10 am
** Agenda
|- | Business | Report |
| A | Apologies for Absence | |
| B | Declarations of Interest | |
| C | Minute of the Meeting held on 16 June 2027 | |
| 1 | Marine Services and Inter-Island Ferries: Performance Report, Quarter 1 2027/28 | MS-19-27 |
| 2 | Inter-Island Ferries Risk Register | MS-20-27 |
| 3 | Harbour Dues and Charges 2028 | MS-21-27 |
Jan Robertson, Executive Manager - Governance and Law
"""


def test_lettered_items_before_numbered_and_centred_number_over_figure_line(
        tmp_path: Path) -> None:
    # The lettered items right above item 1, from "A" on, are the agenda's first items: before,
    # only the numbered ones were read; "C" centred beside its wrapped title joins it as a
    # number does; and item 1's title wrapped onto a line led by its own number ("1 2027/28",
    # the quarter's) keeps that line, the number printed in the title's column being its words
    assert pdf_agenda_items(LETTERED_THEN_NUMBERED, tmp_path) == [
        ("A", "Apologies for Absence"),
        ("B", "Declarations of Interest"),
        ("C", "Minute of the Meeting held on 16 June 2027"),
        ("1", "Marine Services and Inter-Island Ferries: Performance Report, Quarter 1 2027/28"),
        ("2", "Inter-Island Ferries Risk Register"),
        ("3", "Harbour Dues and Charges 2028"),
    ]


# ------------------- "Minute of Meeting" as a title over the body's name and the venue's line

TITLE_OVER_BODY_MINUTES = """** Westray Islands Council
** Minute of Meeting
** Harbour Board
Council Chamber, Town Hall, Kirkwall, Wednesday 16 June 2027 at 10 am
Present:\tCouncillors M Sinclair, I Halcrow, R Isbister
** 14/27 Apologies for Absence
Councillor K Fraser.
** 15/27 Declarations of Interest
None.
** 16/27 Pilotage Directions Review
The Board noted the Harbourmaster's update that the review had been postponed.
"""


def test_minute_of_meeting_title_names_body_on_line_below_not_venue(tmp_path: Path) -> None:
    # "Minute of Meeting" on a line of its own names the body on the line under it: before,
    # the name ran on into the venue's line, "Meeting Harbour Board Council Chamber"
    assert pack_documents(TITLE_OVER_BODY_MINUTES, tmp_path) == [
        ("minutes", "2027-06-16", "Harbour Board")]
