"""Regression tests for held-out round 18's misses in minutes and decisions (batches A, B and
C): a meeting's opening business minuted in lettered parts of one number ("Minute 12(a)",
"Minute 12(b)") before its first whole minute; a forum that "did not approve" what was put to
it; a paper of the meeting's "was noted". Each on a small paper written here in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision, Minute
from kcc_papers.pipeline import process_file


def _minutes_and_decisions(path: Path) -> tuple[list[tuple[str | None, str]],
                                                  list[tuple[str, str | None]]]:
    records = process_file(str(path)).records
    return ([(m.minute_number, m.title) for m in records if isinstance(m, Minute)],
            [(d.decision_text, d.outcome) for d in records if isinstance(d, Decision)])


# ------------------------------- the opening minute's lettered parts before the first whole one

OPENING_PARTS = """## Resources Committee
** Minutes of the meeting held on 16th March 2027
Present: Councillor Ann Brook (Chair), Councillors Paul Dent, Rita Okoro and Sam Vale
Minute 12(a) Apologies for absence
Apologies were received from Councillor Tom Reed.
Minute 12(b) Declarations of interest
There were none.
Minute 13 Minutes
RESOLVED: That the minutes of the meeting held on 12th January 2027 be approved.
Minute 14 Fees and Charges 2027/28
RESOLVED: That the fees and charges for 2027/28 set out in Appendix 2 be approved.
"""


def test_opening_minute_lettered_parts_before_first_heading_read(tmp_path: Path) -> None:
    # "Minute 12(a)" and "Minute 12(b)" restate the label of the first whole minute
    # ("Minute 13") with the number before it, lettered in order: minute 12's parts (read as
    # the header's attendance text, no minute at all)
    minutes, _ = _minutes_and_decisions(rendered(OPENING_PARTS, tmp_path))
    assert minutes == [("12(a)", "Apologies for absence"), ("12(b)", "Declarations of interest"),
                       ("13", "Minutes"), ("14", "Fees and Charges 2027/28")]


# --------------------------------------- a forum's refusal and its noting of a paper, in prose

FORUM_VOTES = """## SCHOOLS FORUM
** Minutes of the meeting held on Thursday 23rd September 2027
Members present: Karen Hale (Chair), Ian Moss, Serena Diaz, Tomasz Berg
** 1. Apologies
Apologies: Fiona Grant.
** 2. Central school services block 2028/29
The Forum was asked to approve the local authority's budget for centrally retained services.
Vote: Primary maintained 1 for, 3 against; Academies 2 for, 5 against.
The Forum did not approve the central school services budget.
** 3. Forum Work Plan
The work plan was noted.
"""


def test_forum_did_not_approve_read_as_rejected_decision(tmp_path: Path) -> None:
    # the body's verb negated ("did not approve") is its decision, a refusal (read as no
    # decision at all); and the paper it notes ("The work plan was noted.") is one too
    _, decisions = _minutes_and_decisions(rendered(FORUM_VOTES, tmp_path))
    assert decisions == [
        ("The Forum did not approve the central school services budget.", "rejected"),
        ("The work plan was noted.", "noted"),
    ]
