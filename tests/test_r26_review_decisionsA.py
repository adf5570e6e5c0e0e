"""Review of round 26's decisions (batches A-D) fixes: papers another council would publish
that the fixer's two new rules misread. An unnumbered "That the Committee ..." paragraph goes on
a block only where it is the body's own ask (not "That the Committee members were briefed"); a
proposal "not approved" in the clause after "and" is the meeting's refusal only where the
sentence tells no one's report of an earlier refusal."""

from __future__ import annotations

from kcc_papers.extract.decisions.recommendations import ASKS, find_recommendations
from kcc_papers.extract.decisions.that_runs import asked_body


def test_regression_a_plural_noun_after_the_body_is_no_next_point() -> None:
    # "members" after "the Committee" ends in "s" but is the sentence's subject, its verb
    # "were" after it: prose about the committee's members, not the block's next point
    lines = [
        (6, "Recommendation"),
        (6, "That the Committee notes the report."),
        (6, "That the Committee members were briefed on the scheme at the June meeting."),
        (6, "Background"),
    ]
    (block,) = find_recommendations(lines)
    assert block.text == "That the Committee notes the report."


def test_regression_the_run_reads_the_body_as_the_asks_reader_does() -> None:
    # one pattern for "That the <body> <verb>s": the run continues on the paragraphs that
    # recommendations' ASKS reads as the body's ask, with the body it names
    for line in ("That the Project Board notes the savings.", "That Cabinet approves the award.",
                 "That the Steering Group notes the plan.", "That the Governors agree the plan."):
        m = ASKS.match(line)
        assert asked_body(line) == (m.group("body").lower() if m else None)
    # "That the Trust Board as a whole ..." is no verb after the body
    assert asked_body("That the Trust Board as a whole agrees the plan.") is None

