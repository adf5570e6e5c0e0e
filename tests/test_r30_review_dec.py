"""Review of held-out round 30's decisions fixes: papers a plausible other council would
publish, which the round's new rules misread."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows

_IFCA_HEAD = """DUNHOLM INSHORE FISHERIES AND CONSERVATION AUTHORITY

MINUTES OF THE MEETING HELD ON 17 OCTOBER 2030

Present: Cllr J Storey (Chair), Cllr P Hewitt, Mr A Robson

IFCA/30/46 Annual Plan 2031/32
RESOLVED that the Annual Plan 2031/32 be approved for publication by 31 March 2031.

"""

# Formal minutes whose clerk reports the meeting's own business (apologies sent, an interest
# declared) and the body notes it: what happened at the meeting, no decision, though the
# sentence before "reported" or "advised" the very thing noted.
APOLOGIES_REPORTED = _IFCA_HEAD + """IFCA/30/47 Apologies
The Clerk reported apologies from Cllr Moss and Mr Wild. The Authority noted the apologies.

IFCA/30/48 Declarations of Interest
The Monitoring Officer advised that Mr Robson's interest as a permit holder was not a pecuniary interest. The Authority noted the interest.
"""  # noqa: E501


def test_regression_noting_reported_apologies_or_interest_is_no_decision(
        tmp_path: Path) -> None:
    rows = decision_rows(APOLOGIES_REPORTED, tmp_path)
    assert [text for text, _ in rows] == [
        "RESOLVED that the Annual Plan 2031/32 be approved for publication by 31 March 2031."]


# An advisory committee's minute: it notes the report, in a sentence that ends mid-line, then
# a member's proposal is lost. The body's own decision is its sentence, not the proposal's
# words that follow on the line.
NOTED_THEN_PROPOSAL_LOST = """KELMOUTH AIRPORT CONSULTATIVE COMMITTEE

MINUTES OF THE MEETING HELD ON TUESDAY, 21 OCTOBER 2030 AT 2.00 PM

PRESENT:    Councillor A Jones (Chair), Councillors B Smith and C Brown

ACC 23/30   NIGHT FLYING POLICY REVIEW

Ms Dhawan presented the airport's draft night flying policy.
The Committee noted the report. Mr Tidmarsh proposed that the Committee advise the
airport to end all scheduled departures before 06.30. On being put to the vote the
proposal was not supported.
"""


def test_regression_the_bodys_own_sentence_ends_at_its_stop_mid_line(tmp_path: Path) -> None:
    rows = decision_rows(NOTED_THEN_PROPOSAL_LOST, tmp_path)
    assert ("The Committee noted the report.", "noted") in rows
    assert not any("Tidmarsh" in text for text, _ in rows)


# A combined authority's mayoral decision notice: its DECISION page prints the office's name
# once, as a heading, over the number and the mayor's own words.
MAYORAL_NOTICE = """%% header Westmoor Combined Authority
%% footer Mayoral Decision Notice MD31/07 - Page {page} of {pages}
^^ MAYORAL DECISION NOTICE
Decision number:	MD31/07
Title:	Bus Franchising Transition Fund
** Recommendations
The Mayor is asked to approve the release of £3.2 million from the transition fund.
--- page ---
^^ DECISION
** Mayor of Westmoor
Decision number:	MD31/07
I approve the release of £3.2 million from the Bus Franchising Transition Fund to meet the costs of mobilisation in 2031/32.
Signature:	Tracy Hale
Date:	9 October 2031
"""  # noqa: E501


def test_regression_a_masthead_printed_once_is_no_decision(tmp_path: Path) -> None:
    rows = source_decision_rows(MAYORAL_NOTICE, "decision_notice", tmp_path)
    assert [text for text, _ in rows] == [
        "I approve the release of £3.2 million from the Bus Franchising Transition Fund to meet "
        "the costs of mobilisation in 2031/32."]


# A commissioner's record printing its decision twice (in the summary and under "Decision"),
# then the commissioner's declaration in the first person: the decision is the one printed.
DECISION_PRINTED_TWICE = """%% header Office of the Police and Crime Commissioner for Dunmoor
%% footer OPCC Decision Record 2031/052 - Page {page} of {pages}
^^ DECISION RECORD
Decision number:	2031/052
Title:	Estates Strategy
** Summary
To approve the Estates Strategy 2031-2036.
** Decision
To approve the Estates Strategy 2031-2036.
** Declaration
I agree that the decision above is within my powers and I have no interest to declare.
Signature:	Gareth Pennycuick
Date:	9 October 2031
"""


def test_regression_a_decision_printed_twice_keeps_its_words(tmp_path: Path) -> None:
    rows = source_decision_rows(DECISION_PRINTED_TWICE, "decision_notice", tmp_path)
    assert [text for text, _ in rows] == ["To approve the Estates Strategy 2031-2036."]


# A report on the council's response to a government consultation: its plain-English heading
# asks the Government, not the meeting, and the ask of the meeting is its recommendation.
RESPONSE_TO_GOVERNMENT = """%% header Hartleigh County Council
%% footer Page {page} of {pages}
## Resources Committee
** Report title: Response to the Fair Funding Review consultation
Date of meeting:	15 March 2022
Report by:	Director of Finance
|# Summary |
| This report sets out the Council's response to the Government's consultation. |
** Recommendation
That the Committee approves the response at Appendix A.
** What we are asking the Government to do
We are asking the Government to keep the rural services grant and to fund adult social care in full.
** Background
The consultation closes on 30 April 2022.
"""


def test_regression_what_we_are_asking_another_body_is_no_ask(tmp_path: Path) -> None:
    rows = source_decision_rows(RESPONSE_TO_GOVERNMENT, "report", tmp_path)
    assert [text for text, _ in rows] == ["That the Committee approves the response at Appendix A."]
