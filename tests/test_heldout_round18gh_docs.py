"""Regression tests for round 18's document misses of blind batches G and H (each document's
kind, meeting date and committee): a joint body named by its kind and qualifier alone
("Partnership Board" under the partnership's masthead, "Joint Committee" in the running foot)
where its minutes print its full name. Each runs on small papers written here, not on the
held-out papers."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents

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
