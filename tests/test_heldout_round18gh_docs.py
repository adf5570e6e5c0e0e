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
