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


def test_regression_numbered_paragraphs_decision_label_read_as_no_decision(
        tmp_path: Path) -> None:
    # a board's minutes numbering every paragraph print the decision's label, or the body's
    # verb in capitals, after the paragraph's number: "4.2 DECISION: The Board deferred ...";
    # only a label opening the line was read (round 18 G's freeport board)
    paper = rendered("%% header Harnwell District Council\n"
                     "** HARNWELL ENTERPRISE BOARD\n"
                     "** Minutes of the meeting held on 14/06/2027, Harnwell House\n"
                     "Present: Ada Marsh (Chair); Ben Lowe; Cara Finch\n"
                     "** 1. Business rates pool\n"
                     "1.1 The Treasurer reported on the pool's forecast.\n"
                     "1.2 The Board NOTED the forecast.\n"
                     "** 2. Innovation centre lease\n"
                     "2.1 Members asked for the valuation to be checked.\n"
                     "2.2 DECISION: The Board deferred the lease until its September meeting.\n",
                     tmp_path)
    decisions = [(d.decision_text, d.outcome) for d in process_file(str(paper)).records
                 if isinstance(d, Decision)]
    assert decisions == [
        ("The Board NOTED the forecast.", "noted"),
        ("DECISION: The Board deferred the lease until its September meeting.", "deferred")]
