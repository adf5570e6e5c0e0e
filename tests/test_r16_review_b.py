"""Review of round 16's minutes and decisions fixes (part B): counter-examples to the round's
rules on papers of other councils. A numbered list of asks whose verbs are printed in capitals
("1. APPROVE the revenue budget") read as a planning schedule's column of verdicts; a
"Decision sought" box's kind of decision ("Approval") looked for under every heading, so a
planning report's "Recommendation: Approval" was lost; a heading naming its agenda item read
inside a sentence ("Recommendation (Item 7) was deferred ..."); a lost amendment taken for the
decision over what was then approved; a decision in capitals joined to the one above it
wherever no stop ended that one; and lettered parts of a skipped number missed where the
headings print a label ("Minute 44(a)" between "Minute 43" and "Minute 45"), or read from a
house number opening a line of the minute before ("44a High Street"). Each test fails
on the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.extract.decisions.verdicts import ITEM_VERDICT
from test_s25_limits_misc import MOST_GROWTH, _growth


def _blocks(text: str) -> list[str]:
    return [b.text for b in find_recommendations([(1, t) for t in text.splitlines()])]


# ------------------------------------------------------------ decisions: recommendations


BUDGET_ASKS = """Report to Cabinet
Revenue Budget and Capital Programme 2027/28
Recommendations
1. APPROVE the revenue budget for 2027/28 of £412.6m.
2. APPROVE the capital programme 2027/28 to 2030/31.
3. NOTE the position on reserves.
1. Background
The draft budget was consulted on in December.
"""


def test_regression_numbered_capitals_asks_not_read_as_a_schedule_of_verdicts() -> None:
    # "1. APPROVE the revenue budget", "2. APPROVE the capital programme": two numbered lines
    # opening with a verdict's word were read as a planning schedule's summary column and
    # the report's whole recommendation was dropped. A schedule's verdict stands alone or
    # under its conditions ("A1. GRANT subject to conditions"); an ask's verb takes an object.
    assert _blocks(BUDGET_ASKS) == [
        "1. APPROVE the revenue budget for 2027/28 of £412.6m.\n"
        "2. APPROVE the capital programme 2027/28 to 2030/31.\n"
        "3. NOTE the position on reserves."
    ]


def test_regression_schedule_verdict_is_linear_in_a_run_of_spaces() -> None:
    # the verdict's end, "\s*\.?\s*$", tried every split of a run of spaces between its two
    # "\s*" (10,000 spaces took 0.8 s)
    def verdict(spaces: int) -> object:
        return ITEM_VERDICT.match("A1. GRANT" + " " * spaces + "x")

    assert _growth(verdict, 300) < MOST_GROWTH
    assert ITEM_VERDICT.match("A2. REFUSE .")
    assert not ITEM_VERDICT.match("A2. REFUSE . x")


PLANNING_APPROVAL = """Application No: 26/01234/FUL
Site: Land at Mill Lane, Ashby Parva
Recommendation: Approval
1. Assessment
The site lies within the settlement boundary.
"""


def test_regression_planning_recommendation_approval_kept() -> None:
    # "Approval" names the kind of decision only under "Decision sought:"; under
    # "Recommendation:" it is the officer's verdict, as "Refusal" is (which was kept)
    assert _blocks(PLANNING_APPROVAL) == ["Approval"]
    assert _blocks(PLANNING_APPROVAL.replace("Approval", "Refusal")) == ["Refusal"]
    sought = PLANNING_APPROVAL.replace("Recommendation: Approval", "Decision sought: Approval")
    assert _blocks(sought) == []


ITEM_IN_A_SENTENCE = """Report to the Audit Committee
Progress on Internal Audit Recommendations
1. Recommendations
1.1 That the Committee notes the progress made.
2. Background
Recommendation (Item 7) was deferred to the next meeting by the Committee.
3. Financial implications
None.
"""


def test_regression_item_named_recommendation_in_a_sentence_heads_no_block() -> None:
    # "Recommendation (Agenda Item 5)" heads a block alone on its line or before its colon;
    # running on into a sentence it is one, and its words were read as a second ask
    assert _blocks(ITEM_IN_A_SENTENCE) == ["That the Committee notes the progress made."]
    headed = ITEM_IN_A_SENTENCE.replace(
        "Recommendation (Item 7) was deferred to the next meeting by the Committee.",
        "Recommendation (Item 7): To approve the Internal Audit Charter for 2027/28.")
    assert _blocks(headed) == ["That the Committee notes the progress made.",
                               "To approve the Internal Audit Charter for 2027/28."]


# ---------------------------------------------------------------- minutes: resolutions


AMENDMENT_LOST = """CITY COUNCIL

Minutes of the meeting of the Council held on 20 February 2027

Present: The Lord Mayor (Councillor A Lomas) and Councillors B Quayle and C Holloway

12. BUDGET 2027/28
Councillor Quayle moved an amendment to reduce the parking charges.
On being put to the vote the amendment was LOST (For 20; Against 38).
It was APPROVED that the revenue budget for 2027/28 be set at £512.4m.

13. CLOSE
The meeting ended at 9.12 pm.
"""


def test_regression_lost_amendment_gives_way_to_what_was_approved(tmp_path: Path) -> None:
    # a lost motion is the decision only where nothing is resolved or approved: it was looked
    # for before "It was APPROVED", whose decision was then read as the amendment's tail
    records = minutes_of(AMENDMENT_LOST, tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("12", "It was APPROVED that the revenue budget for 2027/28 be set at £512.4m.",
         "approved"),
    ]


NO_STOPS = """DISTRICT COUNCIL

Minutes of the meeting of the Licensing Sub-Committee held on 20 February 2027

Present: Councillors A Lomas (Chair), B Quayle and C Holloway

5. APPLICATIONS FOR PREMISES LICENCES
The Sub-Committee heard the applicants and the Police.
GRANTED the application for The Kings Head subject to the agreed conditions
REFUSED the application for The Red Lion for the reasons given by the Police

6. CLOSE
The meeting ended at 9.12 pm
"""


def test_regression_capitals_decision_after_one_without_its_stop_read_apart(
        tmp_path: Path) -> None:
    # minutes printing no stop at a decision's end: the next line's verb in capitals starts a
    # decision of its own; only a line ending on the verb's auxiliary ("... be" over
    # "DEFERRED ...") runs on into it (the two were read as one)
    records = minutes_of(NO_STOPS, tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("5", "GRANTED the application for The Kings Head subject to the agreed conditions",
         "approved"),
        ("5", "REFUSED the application for The Red Lion for the reasons given by the Police",
         "rejected"),
    ]


# ------------------------------------------------------------------ minutes: headings


LABELLED_SKIPPED_PARTS = """## Westmarch Council
** Minutes of the Strategic Planning Committee held on Wednesday 8th December 2027
Present:	Councillors A Drummond (Chair), B Ellery and C Fenwick
** Minute 43 Application 27/01876/OUT - Land at Windle Farm, Fulstow
RESOLVED: That outline planning permission be GRANTED subject to conditions.
** Minute 44(a) Application 27/02305/FUL - The Old Maltings, Quay Street
Conversion of the Grade II listed maltings to 31 apartments.
** Minute 44(b) Application 27/02306/LBC - The Old Maltings, Quay Street
Listed building consent for the conversion.
RESOLVED: That consideration of the applications be DEFERRED.
** Minute 45 Date of next meeting
The next meeting will be held on 19 January 2028.
"""


def test_regression_labelled_parts_of_a_skipped_number_read(tmp_path: Path) -> None:
    # "Minute 44(a)", "Minute 44(b)" between "Minute 43" and "Minute 45": the label before
    # the skipped number was looked for in minute 43's heading as "44" (never printed there),
    # so the parts ran on inside minute 43 as "44(a)" printed bare is not
    records = pdf_minutes(LABELLED_SKIPPED_PARTS, tmp_path)
    assert numbers(records) == [
        ("43", "Application 27/01876/OUT - Land at Windle Farm, Fulstow"),
        ("44(a)", "Application 27/02305/FUL - The Old Maltings, Quay Street"),
        ("44(b)", "Application 27/02306/LBC - The Old Maltings, Quay Street"),
        ("45", "Date of next meeting"),
    ]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("43", "RESOLVED: That outline planning permission be GRANTED subject to conditions."),
        ("44(b)", "RESOLVED: That consideration of the applications be DEFERRED."),
    ]


HOUSE_NUMBER_IN_THE_BODY = """## Borough Council
** Minutes of the meeting of the Planning Committee held on 8 December 2027
Present:	Councillors A Drummond (Chair), B Ellery and C Fenwick
** 42 Minutes
RESOLVED: That the minutes of the last meeting be approved.
** 43 Application 27/01876/FUL - 42 High Street, Fulstow
Objections had been received from the occupiers of
44a High Street
and from the Fulstow Civic Society.
RESOLVED: That planning permission be GRANTED subject to conditions.
** 45 Date of next meeting
The next meeting will be held on 19 January 2028.
"""


def test_regression_house_number_in_the_body_no_part_of_a_skipped_number(
        tmp_path: Path) -> None:
    # minute 44 not printed (exempt): "44a High Street" opening a line of minute 43's body
    # was read as the skipped number's part "44a", taking minute 43's decision. A skipped
    # number's parts are two at least (else it is printed alone) and set as headings are.
    records = pdf_minutes(HOUSE_NUMBER_IN_THE_BODY, tmp_path)
    assert numbers(records) == [
        ("42", "Minutes"),
        ("43", "Application 27/01876/FUL - 42 High Street, Fulstow"),
        ("45", "Date of next meeting"),
    ]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("42", "RESOLVED: That the minutes of the last meeting be approved."),
        ("43", "RESOLVED: That planning permission be GRANTED subject to conditions."),
    ]
