"""Review of round 16's minutes and decisions fixes (part B): counter-examples to the round's
rules on papers of other councils. A numbered list of asks whose verbs are printed in capitals
("1. APPROVE the revenue budget") read as a planning schedule's column of verdicts; a
"Decision sought" box's kind of decision ("Approval") looked for under every heading, so a
planning report's "Recommendation: Approval" was lost; a heading naming its agenda item read
inside a sentence ("Recommendation (Item 7) was deferred ..."); a lost amendment taken for the
decision over what was then approved; a decision in capitals joined to the one above it
wherever no stop ended that one; and lettered parts of a skipped number missed where the
headings print a label ("Minute 44(a)" between "Minute 43" and "Minute 45"). Each test fails
on the code before its fix."""

from __future__ import annotations

from kcc_papers.extract.decisions.recommendations import find_recommendations


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
