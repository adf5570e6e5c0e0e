"""Review C of round 18's fixes to the minutes, decisions, outcomes and text cleaning readers:
each test a defect found in review (or a user's corpus record), a small paper of another
council than the round's own, read through the pipeline."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.extract.minutes.resolutions import find_resolutions
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _minutes(tmp_path: Path, body: str) -> Path:
    paper = tmp_path / "minutes.txt"
    paper.write_text(f"""ASHCOMBE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE CABINET
HELD ON TUESDAY 12TH OCTOBER 2027 AT 6.00PM

Present: Cllr R Hale (Chair), Cllr P Moss, Cllr T Vane

{body}
""")
    return paper


# -------------------------------- a passive verb after the body's own verb decides nothing

def test_regression_passive_verb_after_the_bodys_verb_is_no_deferral(tmp_path: Path) -> None:
    # Round 18 read a "that" clause's first passive verb as its outcome ("that approval of the
    # strategy be deferred"), but searched past the body's own verb: "that Cabinet note the
    # progress since the scheme was deferred" was read deferred, "approve the bid as the
    # earlier request was refused" rejected. The clause's own verb decides them.
    paper = _minutes(tmp_path, """1. LEISURE CENTRE SCHEME

RESOLVED that Cabinet note the progress made since the scheme was deferred in March.

2. COMMUNITY GRANTS

RESOLVED that Cabinet approve the bid as the earlier request was refused.

3. PARKING STRATEGY

RESOLVED that approval of the parking strategy be deferred to the next meeting.
""")
    assert _decisions(paper) == [
        ("RESOLVED that Cabinet note the progress made since the scheme was deferred in March.",
         "noted"),
        ("RESOLVED that Cabinet approve the bid as the earlier request was refused.",
         "approved"),
        ("RESOLVED that approval of the parking strategy be deferred to the next meeting.",
         "deferred"),
    ]


# ------------------- a council's motion carried: its verbs decide, never a participle's aside

def test_regression_motion_resolves_list_not_noted_by_participle(tmp_path: Path) -> None:
    # A user's corpus record (a county council's "Motions for Time Limited Debate"):
    # "RESOLVED that the County Council resolves: 1. To declare ... 4. To request ...,
    # noting the detrimental impact ..." was read "noted" from the aside in point 4. The
    # council resolved what it lists: agreed. So ", noting the responses," beside the verb.
    paper = _minutes(tmp_path, """1. MOTION: RURAL BUS SERVICES

RESOLVED that the Council resolves:
1. To declare its support for rural bus services in the district.
2. To request that the Leader writes to the operator, noting the effect of the cuts on
villages.

2. WASTE COLLECTION POLICY

RESOLVED that Cabinet, noting the consultation responses, approve the revised policy.
""")
    assert [outcome for _, outcome in _decisions(paper)] == ["agreed", "approved"]


# ------------------------------------- a body's noting sentence after another on its line

NOTES = """** Notes of the meeting held on 3rd May 2027
Attendees: Jane Orrell (Chair), Cllr Amos Pike, Dr Leah Frith
** 1. Apologies
Apologies from Tom Reyes.
** 2. Inspection feedback
Dr Frith reported on the inspection visit. The Partnership noted the feedback.
** 3. Transport update
Cllr Pike gave an update. The Partnership noted that the new routes start in June.
"""


def test_regression_noted_sentence_after_another_on_its_line(tmp_path: Path) -> None:
    # "The Partnership noted the feedback." after the officer's report on the same line is
    # the body's decision, as it is on a line of its own (round 18's user report on the SEND
    # board's notes); what it "noted that" it was told is not one.
    paper = rendered("%% header Brackley Borough Council\n## Community Safety Partnership\n"
                     + NOTES, tmp_path)
    assert _decisions(paper) == [("The Partnership noted the feedback.", "noted")]


def test_regression_not_agreeing_with_a_view_is_no_refusal(tmp_path: Path) -> None:
    # Round 18 read "The <body> did not approve ..." as a refusal; "did not agree with" the
    # applicant's comments is the body's view in discussion, no decision. What it did not
    # approve still is one.
    paper = rendered("%% header Brackley Borough Council\n## Licensing Committee\n"
                     "** Minutes of the meeting held on 3rd May 2027\n"
                     "Present: Cllr Amos Pike (Chair), Cllr Leah Frith\n"
                     "** 1. Review of premises licence\n"
                     "The Committee did not agree with the comments made by the applicant.\n"
                     "** 2. Street trading fees\n"
                     "The Committee did not approve the proposed increase in fees.\n",
                     tmp_path)
    assert _decisions(paper) == [
        ("The Committee did not approve the proposed increase in fees.", "rejected")]


def test_noted_sentence_in_formal_minutes_is_narrative(tmp_path: Path) -> None:
    # Minutes that mark their decisions ("RESOLVED - ...") record a noting sentence after
    # another on its line as what happened: only the resolution is a decision
    paper = _minutes(tmp_path, """1. DECLARATIONS OF INTEREST

Cllr Moss declared an interest as a member of the trust. The Cabinet noted the declaration.

2. BUDGET BRIEFING

RESOLVED - That the budget briefing be noted.
""")
    assert _decisions(paper) == [("RESOLVED - That the budget briefing be noted.", "noted")]


# ------------------------------------------ an assent that qualifies keeps its own words

SIGNED = """%% header Marfield County Council
## Report to the Cabinet Member for Adult Social Care
Date of decision:	3rd March 2027
Decision No:	27/00031
Title:	Day Opportunities: Award of Contract
Report of:	Director of Adult Social Care
** 1. Summary
1.1 This report seeks approval to award the day opportunities contract.
** 2. Recommendation
2.1 The Cabinet Member is asked to approve the award of the day opportunities contract to \
Brightways Care Ltd for five years from 1st May 2027.
** 3. Background
3.1 Four tenders were received and evaluated.
** 4. Decision
I agree the recommendation subject to a term of three years.
Signed:	Cllr Jo Marsh, Cabinet Member for Adult Social Care
"""


def test_regression_qualified_assent_is_its_own_decision(tmp_path: Path) -> None:
    # Round 18 replaced a short assent ("I agree the recommendation ...", under 80 characters)
    # with the report's recommendation; a short assent with a condition lost the condition
    # (five years recorded where three were decided). A qualified assent decides as written.
    paper = rendered(SIGNED, tmp_path)
    assert [(d.source, d.decision_text) for d in process_file(str(paper)).records
            if isinstance(d, Decision)] == [
        ("decision_notice", "I agree the recommendation subject to a term of three years.")]


# ------------------------------------------------------------------------- slow patterns

def test_clause_and_resolves_reading_is_linear_in_hostile_runs() -> None:
    # the clause's verb search, the "resolves:" label after the lead and ", noting" asides
    # read once along a run of words, spaces or commas, never from each of its positions
    for unit in ("that ", "be ", " ", ", noting", "the Council "):
        def outcome(n: int, unit: str = unit) -> object:
            return classify_outcome("RESOLVED that " + unit * n + " resolves: to note")

        assert _growth(outcome, 200) < MOST_GROWTH, unit


def test_noted_sentence_search_is_linear_in_a_long_line() -> None:
    def minute(n: int) -> object:
        return find_resolutions([(1, "Mr A fed back. " * n + "The Board noted the feedback.")])

    assert _growth(minute, 20) < MOST_GROWTH
