"""Session 33: a sub-committee's prose minutes. The noting and agreeing sentences a body's
minutes decide by ("The Committee noted the report.") named the body by a word ending in
"Committee", "Board", ...: "Sub-Committee" is one word with its hyphen, and its sentences were
no decisions (review C of round 18 saw it)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def test_regression_sub_committee_noting_sentence_read_as_no_decision(tmp_path: Path) -> None:
    paper = rendered("%% header Harnwell District Council\n## Licensing Sub-Committee\n"
                     "** Minutes of the meeting held on 14th June 2027\n"
                     "Present: Cllr Ada Marsh (Chair), Cllr Ben Lowe, Cllr Cara Finch\n"
                     "** 1. Apologies\n"
                     "There were no apologies.\n"
                     "** 2. Enforcement activity report\n"
                     "The licensing manager presented the quarter's enforcement figures.\n"
                     "The Sub-Committee noted the report.\n",
                     tmp_path)
    decisions = [(d.decision_text, d.outcome) for d in process_file(str(paper)).records
                 if isinstance(d, Decision)]
    assert decisions == [("The Sub-Committee noted the report.", "noted")]
