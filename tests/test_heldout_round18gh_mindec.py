"""Regression tests for held-out round 18's carry-over batches G and H, minutes and
decisions: a proposal "be not pursued" read as no outcome. Each on a small paper written here
in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file

# ---------------------------------------------- a proposal "be not pursued" read as no outcome

FINANCE_MINUTES = """## Elmford Town Council
** Minutes of the Finance and General Purposes Committee held on Monday 6th December 2027 at 7.00pm
Present: Cllr A Birch (Chair), Cllr P Lowe, Cllr S Fenn
** FGP 45/27 Apologies
None.
** FGP 46/27 Banking arrangements
The Committee considered moving the Council's main account to another bank.
RESOLVED: that the proposal to change bank be not pursued at this time.
** FGP 47/27 Date of next meeting
Monday 7th February 2028.
"""


def test_proposal_be_not_pursued_read_as_rejected(tmp_path: Path) -> None:
    # a proposal dropped ("be not pursued") is turned down, as "be not accepted" is
    records = process_file(str(rendered(FINANCE_MINUTES, tmp_path))).records
    assert [(d.minute_number, d.outcome, d.decision_text) for d in records
            if isinstance(d, Decision)] == [
        ("FGP 46/27", "rejected",
         "RESOLVED: that the proposal to change bank be not pursued at this time."),
    ]
