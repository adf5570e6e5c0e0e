"""Regression tests for round 26's second-pass document misses of batches F-H (each
document's kind, meeting date and committee): a standing risk register that names the meeting
it went to by a "Reported to:" label. Each runs on small papers written here, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, numbers, pack_documents, pdf_minutes

# ------------------------------------- a standalone register "Reported to:" its working group

REPORTED_REGISTER = """%% header Fenbury Town Council
%% footer Harbour Quarter Regeneration Risk Register - Page {page}
## Fenbury Harbour Quarter Regeneration Plan 2025-2030
** Regeneration Risk Register, March 2027
Owner: Town Clerk
Reported to: Harbour Quarter Steering Group, 9 March 2027
Likelihood and impact are scored 1 (low) to 5 (high).
| Ref | Risk | Likelihood | Impact | Score | Owner |
| HQ1 | Contractor insolvency | 3 | 4 | 12 | Town Clerk |
| HQ2 | Grant clawback on late completion | 2 | 5 | 10 | RFO |
| HQ3 | Flooding of the quay during works | 2 | 4 | 8 | Town Clerk |
"""


def test_reported_to_label_names_a_registers_meeting(tmp_path: Path) -> None:
    # "Reported to: <group>, <date>" is the meeting this issue of the register went to, as a
    # report's "Report to:" is; before, the register had no meeting date and no committee
    docs = pack_documents(REPORTED_REGISTER, tmp_path)
    assert docs == [("risk_register", "2027-03-09", "Harbour Quarter Steering Group")]


# ------------------------------- an exempt item's page: "NOT FOR PUBLICATION" over its citation

WITHHELD_PACK = """%% footer Dyfed Isaf Fire and Rescue Authority - 14 June 2027 - Page {page}
## Dyfed Isaf Fire and Rescue Authority
** Fire and Rescue Authority
Date:	Monday 14 June 2027
Venue:	Headquarters, Carmarthen Road
** AGENDA
| Item | Title |
| 1 | Apologies for absence |
| 2 | Capital programme 2027/28 |
| 3 | Senior officer pay (exempt) |
--- page ---
Agenda Item 2
## Dyfed Isaf Fire and Rescue Authority
** Capital Programme 2027/28
Report of the Treasurer
** 1. Recommendation
1.1 That the Authority approves the capital programme of £6.2 million for 2027/28.
** 2. Background
2.1 The programme replaces four appliances and refurbishes two stations.
--- page ---
Agenda Item 3
NOT FOR PUBLICATION
This report is exempt from publication under paragraph 12 of Part 4 of Schedule 12A to the \
Local Government Act 1972, as it contains information relating to individuals.
"""


def test_not_for_publication_page_is_no_document(tmp_path: Path) -> None:
    # an exempt item's page of its note alone ("NOT FOR PUBLICATION" over the paragraphs of
    # Schedule 12A it is withheld under) prints nothing of the item; before, it was a document
    # of kind "other"
    kinds = [d[0] for d in pack_documents(WITHHELD_PACK, tmp_path)]
    assert kinds == ["agenda", "report"]


# ------------------- a ModernGov text pack: stamps over the authority's name in title type

TEXT_PACK = """Public Document Pack

Tamar Valley Combined Authority

Transport Board

Date:    Wednesday, 12 May 2027
Time:    2.00 pm
Venue:   Committee Room 1, Riverside House

AGENDA

1.   Apologies for Absence

2.   Bus Service Improvement Plan Update                    (Pages 3 - 4)

3.   Rail Station Accessibility Programme                   (Pages 5 - 6)


                                                                       Page 3
Agenda Item 2

Tamar Valley Combined Authority

Transport Board - 12 May 2027

Bus Service Improvement Plan Update

Report of: Director of Transport

1.   Recommendation

1.1  That the Board notes progress on the bus service improvement plan.

                                                                       Page 5
Agenda Item 3

Tamar Valley Combined Authority

Transport Board - 12 May 2027

Rail Station Accessibility Programme

Report of: Head of Rail

1.   Recommendation

1.1  That the Board approves the station accessibility programme for 2027/28.
"""


def test_text_stamp_over_title_case_authority_starts_a_paper(tmp_path: Path) -> None:
    # "Agenda Item 3" over "Tamar Valley Combined Authority" (title type) and the meeting's
    # dated line starts the item's paper, as it does over a masthead in capitals; before, the
    # two reports were read as part of the agenda
    path = tmp_path / "pack.txt"
    path.write_text(TEXT_PACK)
    docs = [d for d in documents_of(path) if d[0] != "pack"]
    assert docs == [("agenda", "2027-05-12", "Transport Board"),
                    ("report", "2027-05-12", "Transport Board"),
                    ("report", "2027-05-12", "Transport Board")]


# ------------------- a summons labelled "MEETING: <weekday, date, time>" over "VENUE:", no "Agenda"

LETTERED_PACK = """%% header Environment and Transport Cabinet Committee - 15 September 2026
%% footer Page {page}
## WEALD COUNTY COUNCIL
** ENVIRONMENT AND TRANSPORT CABINET COMMITTEE
MEETING:	Tuesday, 15th September, 2026, at 10.00 am
VENUE:	Medway Room, Shire Hall, Tonbury
Ask for:	Colin Ashford
Telephone:	03000 410000
** UNRESTRICTED ITEMS
** A - Committee Business
|- | |
| A1 | Apologies and Substitutes |
| A2 | Declarations of Interests by Members in items on the Agenda |
** B - Monitoring of Performance
|- | |
| B1 | Highways Term Maintenance Update |
| B2 | Work Programme 2026/27 |
--- page ---
## WEALD COUNTY COUNCIL
From:	Director of Highways
To:	Environment and Transport Cabinet Committee - 15 September 2026
Subject:	Highways Term Maintenance Update
** 1. Introduction
1.1 This report updates the Committee on the highways term maintenance contract.
** 2. Recommendation
2.1 The Cabinet Committee is asked to note the report.
"""


def test_meeting_label_with_weekday_and_time_over_venue_is_an_agenda(tmp_path: Path) -> None:
    # a summons printing no "Agenda" is one by its meeting block: "MEETING:" with the
    # meeting's weekday, date and time over "VENUE:"; before, it was a document of kind
    # "other" and its lettered items were not read
    docs = pack_documents(LETTERED_PACK, tmp_path)
    assert docs[0] == ("agenda", "2026-09-15", "Environment and Transport Cabinet Committee")


# ------------------------------------ a report's "Subject:" wrapped before "Register"

WRAPPED_SUBJECT = """%% header Adult Social Care Cabinet Committee - 20 October 2026
## WEALD COUNTY COUNCIL
From:	Corporate Director Adult Social Care and Health, Weald County Council
To:	Adult Social Care Cabinet Committee - 20 October 2026
Subject:	Adult Social Care, Health and Public Protection Directorate Risk Register
Classification:	Unrestricted
Summary: This report presents the strategic risks in the directorate register.
Recommendation: The Cabinet Committee is asked to NOTE the risks presented.
** 1. Scoring
1.1 Risks are scored likelihood multiplied by impact, each 1 to 5.
"""


def test_subject_wrapped_before_register_names_a_risk_register(tmp_path: Path) -> None:
    # "Subject: ... Directorate Risk" over "Register": the title's tail wrapped onto the next
    # line is read with it; before, the report was a plain report
    docs = pack_documents(WRAPPED_SUBJECT, tmp_path)
    assert docs == [("risk_register", "2026-10-20", "Adult Social Care Cabinet Committee")]


# ------------------------- a board's notes titled "Notes of the <Board>" over "Held on <date>"

NOTES_PACK = """%% footer Heritage Board - 10 June 2027 - page {page}
## Heritage Board
Meeting: Thursday 10 June 2027, 2.00 pm, The Guildhall
** Agenda
1. Welcome and apologies
2. Notes of the last meeting, 11 March 2027
3. Museum Service Business Plan
--- page ---
## Notes of the Heritage Board
Held on Thursday 11 March 2027 at The Guildhall
Present: Ann Rigby (Chair), Cllr Tom Vale, Peter Lund
** HB-07 Welcome and apologies
There were no apologies.
** HB-08 Museum opening hours
The Board agreed to extend summer opening hours to 6 pm.
"""


def test_notes_of_a_board_over_held_on_start_its_minutes(tmp_path: Path) -> None:
    # "Notes of the Heritage Board" set as a heading over "Held on <date>" and "Present:" heads
    # the board's record of its meeting (its name without "Notes of the"); before, the notes
    # were read as part of the agenda
    docs = pack_documents(NOTES_PACK, tmp_path)
    assert docs == [("agenda", "2027-06-10", "Heritage Board"),
                    ("minutes", "2027-03-11", "Heritage Board")]


# ---------------- a board named in full by the pack front's masthead, short in its papers

FRONT_NAMED_PACK = """%% footer Heritage Board - 10 June 2027 - page {page}
<< Ambridge Vale Museums Heritage Board
## Heritage Board
Meeting: Thursday 10 June 2027, 2.00 pm, The Guildhall
** Agenda
1. Welcome and apologies
2. Notes of the last meeting, 11 March 2027
--- page ---
## Notes of the Heritage Board
Held on Thursday 11 March 2027 at The Guildhall
Present: Ann Rigby (Chair), Cllr Tom Vale, Peter Lund
** HB-07 Welcome and apologies
There were no apologies.
"""


def test_pack_fronts_full_name_names_its_papers_board(tmp_path: Path) -> None:
    # the front's masthead "Ambridge Vale Museums Heritage Board" over the heading "Heritage
    # Board" names the board in full, for each paper naming it short; before, each had
    # "Heritage Board"
    docs = pack_documents(FRONT_NAMED_PACK, tmp_path)
    assert [d[2] for d in docs] == ["Ambridge Vale Museums Heritage Board"] * 2


# ------------------------------------------ a board's notes numbered "HB-07" (code, hyphen)

HYPHEN_CODED_NOTES = """## Notes of the Heritage Board
Held on Thursday 11 March 2027 at The Guildhall
Present: Ann Rigby (Chair), Cllr Tom Vale, Peter Lund
** HB-07 Welcome and apologies
There were no apologies.
** HB-08 Museum opening hours
The Board agreed to extend summer opening hours to 6 pm.
** HB-09 Date of next meeting
10 June 2027.
"""


def test_minutes_numbered_by_code_hyphen_number(tmp_path: Path) -> None:
    # "HB-07 Welcome and apologies": the board's code, a hyphen and the running number head
    # each minute; before, none was read
    got = numbers(pdf_minutes(HYPHEN_CODED_NOTES, tmp_path))
    assert got == [("HB-07", "Welcome and apologies"), ("HB-08", "Museum opening hours"),
                   ("HB-09", "Date of next meeting")]


# --------------------- the next item's paper titled "Item 3: ..." mid-page, as the last was

TITLED_RUN_ON = """%% footer Heritage Board - 10 June 2027 - page {page}
## Heritage Board
Meeting: Thursday 10 June 2027, 2.00 pm, The Guildhall
** Agenda
1. Notes of the last meeting
2. Museum Service Business Plan
3. Collections Storage Options
--- page ---
## Notes of the Heritage Board
Held on Thursday 11 March 2027 at The Guildhall
Present: Ann Rigby (Chair), Cllr Tom Vale, Peter Lund
** HB-07 Welcome and apologies
There were no apologies.
--- page ---
## Item 2: Museum Service Business Plan
Author: Joan Pryce, Museums Manager
** Recommendation
That the Board approves the museum service business plan for 2027/28.
** Background
The plan sets out the service's priorities for the year.
## Item 3: Collections Storage Options
Author: Joan Pryce, Museums Manager
** Recommendation
That the Board notes the options for collections storage.
"""


def test_next_titled_item_mid_page_starts_its_paper(tmp_path: Path) -> None:
    # "Item 3: ..." in the heading type the page's "Item 2: ..." was set in, over the same
    # "Author:" label, starts the next item's paper; before, both were one report
    kinds = [d[0] for d in pack_documents(TITLED_RUN_ON, tmp_path)]
    assert kinds == ["agenda", "minutes", "report", "report"]
