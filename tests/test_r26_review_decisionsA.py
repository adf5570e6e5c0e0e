"""Review of round 26's decisions (batches A-D) fixes: papers another council would publish
that the fixer's two new rules misread. An unnumbered "That the Committee ..." paragraph goes on
a block only where it is the body's own ask (not "That the Committee members were briefed"); a
proposal "not approved" in the clause after "and" is the meeting's refusal only where the
sentence tells no one's report of an earlier refusal."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pdf_minutes, source_lines
from kcc_papers.extract.decisions.ask_patterns import ASKS
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.decisions.that_runs import asked_body
from kcc_papers.extract.minutes.lost_motions import _MOTION_DEFEATED


def _trust_minutes(sentence: str) -> str:
    return source_lines(
        "## Kestrel Vale Learning Trust",
        "** Minutes of the Resources Committee held on Wednesday 18 November 2026 at 4.30 pm",
        "Present: A Hollins (Chair), B Okafor, C Latimer",
        "** RC.19  Estates: Condition Improvement Fund",
        sentence,
        "The committee AGREED that a revised bid be submitted in the next round.",
        "** RC.20  Any Other Business",
        "There was none.",
    )


def test_regression_an_officers_report_of_an_earlier_refusal_is_no_lost_motion(
        tmp_path: Path) -> None:
    # the Estates Manager tells of the trust's bid to a fund, refused by the fund a year ago:
    # no proposal of this meeting's was put and lost
    minutes = _trust_minutes(
        "The Estates Manager reported that the trust had bid to the Condition Improvement "
        "Fund for the roof at Orchard Primary in 2025 and the proposal was not approved.")
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(minutes, tmp_path))]
    assert not [t for o, t in got if o == "rejected"]
    assert ("agreed", "The committee AGREED that a revised bid be submitted in the next "
            "round.") in got


def test_regression_an_earlier_refusal_told_without_a_verb_of_saying() -> None:
    # the pluperfect tells of a refusal before the meeting (no one's report named)
    assert not _MOTION_DEFEATED.search(
        "The trust had applied to the ESFA for a capital grant and the proposal was not "
        "approved.")
    # the meeting's own refusal is still read
    assert _MOTION_DEFEATED.search(
        "Members were not satisfied this gave sufficient independence and the proposal was "
        "not approved.")


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



def test_regression_another_authoritys_refusal_in_the_clause_after_and(tmp_path: Path) -> None:
    # the Secretary of State's refusal told in the minute, no "by" before the stop: the
    # sentence's subject is another authority, not the meeting
    minutes = _trust_minutes(
        "The Secretary of State considered the academy's request to vary its age range and "
        "the proposal was not approved.")
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(minutes, tmp_path))]
    assert not [t for o, t in got if o == "rejected"]


def test_regression_another_authoritys_refusal_before_a_resolution_on_its_line(
        tmp_path: Path) -> None:
    # a text export's paragraph on one line: the Secretary of State's refusal told, then the
    # meeting's RESOLVED; the resolution starts at its own sentence, no refusal
    minutes = source_lines(
        "## Kestrel Vale Learning Trust",
        "** Minutes of the Resources Committee held on Wednesday 18 November 2026 at 4.30 pm",
        "Present: A Hollins (Chair), B Okafor, C Latimer",
        "** RC.19  Age range",
        "The Secretary of State considered the request and the proposal was not approved. "
        "RESOLVED that the trust submit a revised request in the spring.",
        "** RC.20  Any Other Business",
        "There was none.",
    )
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(minutes, tmp_path))]
    assert [t for _, t in got] == [
        "RESOLVED that the trust submit a revised request in the spring."]
    assert "rejected" not in [o for o, _ in got]
