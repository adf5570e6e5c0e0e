"""Regression tests for round 18's document misses of blind batches G and H (each document's
kind, meeting date and committee): a joint body named by its kind and qualifier alone
("Partnership Board" under the partnership's masthead, "Joint Committee" in the running foot)
where its minutes print its full name. Each runs on small papers written here, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_kinds

# ------------------------------- a joint body named "Partnership Board" beside its full name

PARTNERSHIP_PACK = """%% header Kestrel Moor Trading Standards Partnership
%% footer {short}   12th May 2028   Page {{page}}
## KESTREL MOOR TRADING STANDARDS PARTNERSHIP
** {short}
** Agenda for the meeting on Friday 12th May 2028, 10.00am, Room 4, Moorgate House
1. Apologies
2. Minutes of the meeting held on 11th February 2028
3. Scam prevention programme
--- page ---
** KESTREL MOOR TRADING STANDARDS {short_caps}
** Minutes of the meeting held on Friday 11th February 2028
Present:	Cllr A Reed (Chair), Cllr B Shaw, Cllr C Tait
** 1. Apologies
None.
** 2. Budget 2028/29
Resolved that the budget for 2028/29 be approved.
--- page ---
** AGENDA ITEM 3
** SCAM PREVENTION PROGRAMME
Report of the Partnership Manager
** Recommendations
That the {word} approves the scam prevention programme for 2028/29.
** Background
The programme funds call blockers for vulnerable residents in each partner council.
"""


def test_partnership_board_named_by_kind_alone_beside_its_full_name(tmp_path: Path) -> None:
    # The agenda names the body "Partnership Board" under the partnership's masthead; its
    # minutes of the last meeting print "KESTREL MOOR TRADING STANDARDS PARTNERSHIP BOARD".
    # Before, the agenda's and the report's committee was "Partnership Board".
    pack = PARTNERSHIP_PACK.format(short="Partnership Board", short_caps="PARTNERSHIP BOARD",
                                   word="Board")
    full = "Kestrel Moor Trading Standards Partnership Board"
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2028-05-12", full),
        ("minutes", "2028-02-11", full),
        ("report", "2028-05-12", full),
    ]


def test_joint_committee_named_by_kind_alone_beside_its_full_name(tmp_path: Path) -> None:
    # The same for a joint committee: "Joint Committee" over the agenda and in the running foot.
    pack = PARTNERSHIP_PACK.format(short="Joint Committee", short_caps="JOINT COMMITTEE",
                                   word="Joint Committee")
    full = "Kestrel Moor Trading Standards Joint Committee"
    assert pack_documents(pack, tmp_path) == [
        ("agenda", "2028-05-12", full),
        ("minutes", "2028-02-11", full),
        ("report", "2028-05-12", full),
    ]


# ------------------------------- a paper's coded reference over its first page, in body type

CODED_PACK = """%% header MIDHOLM FREEPORT
## Midholm Freeport Board
Date:	12/05/2028
Venue:	Harbour Office, Midholm
** Agenda
| Item | Title | Paper | Purpose |
| 1 | Apologies | - | - |
| 2 | Minutes of the meeting of 10/02/2028 | MF-28-10 | Approval |
| 3 | Skills programme | MF-28-11 | Decision |
| 4 | Marketing contract | MF-28-12 | Decision |
--- page ---
** MIDHOLM FREEPORT BOARD
** Minutes of the meeting held on 10/02/2028, Midholm Civic Offices
Present: Ann Reed (Chair); Bob Shaw; Cal Tait
** 1. Apologies
1.1 None.
** 2. Budget
2.1 DECISION: The Board approved the budget for 2028/29.
--- page ---
Paper MF-28-11
** SKILLS PROGRAMME
Board meeting:	12/05/2028
** Recommendations
The Board is asked to approve the skills programme for 2028/29.
** Background
The programme trains port workers in each partner council's area.
--- page ---
Paper MF-28-12
** MARKETING CONTRACT
Board meeting:	12/05/2028
** 1. Recommendation
The Board is asked to approve the award of the marketing contract to Quayside Media Ltd.
** 2. Procurement
Three bids were received through an open procedure.
"""


def test_coded_paper_reference_in_body_type_not_read_as_a_papers_start(tmp_path: Path) -> None:
    # Each report's first page starts "Paper MF-28-11", the agenda's "Paper" column's code, in
    # body type over the report's bold title. Before, only a letter or a short number set as a
    # heading was a paper's stamp: the reports ran on as the minutes.
    assert pack_documents(CODED_PACK, tmp_path) == [
        ("agenda", "2028-05-12", "Midholm Freeport Board"),
        ("minutes", "2028-02-10", "Midholm Freeport Board"),
        ("report", "2028-05-12", "Midholm Freeport Board"),
        ("report", "2028-05-12", "Midholm Freeport Board"),
    ]


# ------------------------------ "Item 4" in large regular type over the next report's title

LARGE_STAMP_PACK = """%% footer Ashmoor Growth Board  -  Thursday 11th May 2028  -  Page {page}
## Ashmoor Growth Board
** Thursday 11th May 2028 at 9.30am, Innovation Centre, Ashmoor
** AGENDA
1. Apologies
2. Minutes of the meeting held on 9th February 2028
3. Business rates outturn
4. Spine road borrowing
--- page ---
** ASHMOOR GROWTH BOARD
** MINUTES: 9th February 2028
Present: Ann Reed (Chair), Bob Shaw, Cal Tait
** AG/28/01  Apologies
None.
** AG/28/02  Programme update
The Board noted the programme update.
--- page ---
!! Item 3
** BUSINESS RATES OUTTURN 2027/28
Report of the Finance Lead
** Recommendations
That the Board notes the outturn of business rates retained in 2027/28.
** Background
Business rates growth on the sites is retained locally and pooled by the Board.
--- page ---
!! Item 4
** SPINE ROAD BORROWING
** Recommendation
That the Board recommends borrowing of up to £6.2m for the spine road.
** Summary
The spine road will open 9.4 hectares for development.
"""


def test_item_stamp_in_large_regular_type_after_a_report_not_read_as_its_page(
        tmp_path: Path) -> None:
    # Each report's first page is stamped "Item 3", "Item 4" in large type, not bold. Before,
    # "Item N" without "Agenda" was a stamp only in body type (else a minute's heading): the
    # second report ran on as the first's pages. Inside a report no minute is headed so.
    assert pack_documents(LARGE_STAMP_PACK, tmp_path) == [
        ("agenda", "2028-05-11", "Ashmoor Growth Board"),
        ("minutes", "2028-02-09", "Ashmoor Growth Board"),
        ("report", "2028-05-11", "Ashmoor Growth Board"),
        ("report", "2028-05-11", "Ashmoor Growth Board"),
    ]


PARISH_STAMP_PACK = """%% footer Parish Council meeting 13th June 2028 - page {page}
## ASHBY PARVA PARISH COUNCIL
Notice is given that a meeting of the Parish Council will be held on Tuesday 13th June 2028
at 7.30pm in the Village Hall.
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 9th May 2028
3. Internal audit report 2027/28
--- page ---
** ASHBY PARVA PARISH COUNCIL
MINUTES OF THE MEETING OF THE COUNCIL HELD ON TUESDAY 9TH MAY 2028 AT 7.30PM IN THE VILLAGE HALL
Present: Cllr A Reed (Chairman), Cllr B Shaw, Cllr C Tait
** 1. Apologies for absence
None.
** 2. Speed indicator device
It was resolved to buy a speed indicator device at a cost of £2,400.
--- page ---
!! Item 3
** INTERNAL AUDIT REPORT 2027/28
Prepared by the internal auditor for the Council's meeting of 13th June 2028.
** Recommendation
That the Council receives the internal audit report for 2027/28.
** Introduction
The internal auditor tested the Council's accounting records and controls for 2027/28.
** Conclusion
The internal controls were found to be operating effectively.
"""


def test_item_stamp_in_large_regular_type_after_minutes_numbered_otherwise(
        tmp_path: Path) -> None:
    # The internal auditor's report is stamped "Item 3" in large regular type over the minutes
    # of the last meeting, whose minutes are numbered "1.", "2." (none headed "Item"). Before,
    # the report ran on as the minutes' pages.
    assert [d[:2] for d in pack_documents(PARISH_STAMP_PACK, tmp_path)] == [
        ("agenda", "2028-06-13"),
        ("minutes", "2028-05-09"),
        ("report", "2028-06-13"),
    ]


# -------------------------------------------- a parish's meeting of its electors, by its kind

ELECTORS_NOTES = """%% header Ashby Parva Parish Council
!! ASHBY PARVA {kind_caps}
Notes of the {kind} held on Thursday 13th April 2028 at 7.00pm in the Reading Room, Ashby Parva
Chairman:	Cllr Ann Reed (Chairman of the Parish Council)
Present:	Four parish councillors, the Clerk and 19 residents
** 1. Welcome and apologies
The Chairman welcomed everyone. Apologies were received from two residents.
** 2. Notes of the {kind} held on 20th April 2027
The notes were read and signed by the Chairman.
** 3. Chairman's annual report
The Chairman reported on the Parish Council's year, the precept held at £16,200 and the new
bus shelter paid for from the parish's share of the Community Infrastructure Levy.
** 4. Report of the District Councillor
Cllr Shaw reported on the district Local Plan review and the new food waste collections.
** 5. Questions and comments from residents
Residents asked about broadband and parking near the school. The Chairman said the Parish
Council would take these up at its May meeting.
** 6. Vote of thanks
A vote of thanks to the Chairman and councillors was carried with acclamation.
The meeting closed at 8.25pm.
"""


def test_annual_parish_meetings_notes_name_no_body(tmp_path: Path) -> None:
    # The notes of the parish's meeting of its electors, headed by the parish's name and the
    # meeting's kind. Before, no body was read: "Notes of" is no minutes' "Minutes of" line,
    # and the masthead names no committee, board or council.
    for kind in ("Annual Parish Meeting", "Annual Town Meeting"):
        pack = ELECTORS_NOTES.format(kind=kind, kind_caps=kind.upper())
        assert pack_documents(pack, tmp_path) == [("minutes", "2028-04-13", kind)]


def test_bold_item_overprinted_on_every_page_not_read_as_a_stamp(tmp_path: Path) -> None:
    # A publisher overprints "Item {page}" in bold at every page's top right: the page's
    # number, not an item's stamp. The report's landscape appendix is still the report's.
    pack = "%% overprint Item {page}\n" + LARGE_STAMP_PACK.replace(
        "--- page ---\n!! Item 4\n** SPINE ROAD BORROWING\n",
        "--- page landscape ---\n** Appendix 1\n")
    assert pack_kinds(pack, tmp_path) == [
        ("agenda", 1, 1), ("minutes", 2, 2), ("report", 3, 4)]
