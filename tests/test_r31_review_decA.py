"""Review of held-out round 31's decisions fixes (batches A-C): what the fixes misread on the
papers other councils publish, each on a small paper written as such a council would."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import decision_rows, source_decision_rows
from test_heldout_round31_decA import PANEL_APPENDIX

# A full council's or cabinet's minutes: the public heard, and what the body then did.
PUBLIC_PART = """LONDON BOROUGH OF KENSAL

MINUTES OF THE {body} HELD ON MONDAY, 20 OCTOBER 2031 AT 7.00 PM

PRESENT:    Councillor A Mullally (Chair), Councillors B Boateng-Price and C Rowe

56.   MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on 22 September 2031 be agreed as a correct record.

57.   {title}

{text}
"""


@pytest.mark.parametrize("sentence", [
    # the petition referred on by the body itself, in its own verb
    "The Council received a petition of 1,124 signatures asking for a 20 mph limit on St "
    "Aldhelm's Road and referred it to the Cabinet for consideration.",
    # ... or an answer asked of an officer
    "The Council received a petition of 1,124 signatures asking for a 20 mph limit on St "
    "Aldhelm's Road and asked the Director of Place to report back to the Cabinet in January.",
])
def test_regression_what_the_body_did_with_a_petition_it_received_is_its_decision(
        sentence: str, tmp_path: Path) -> None:
    rows = decision_rows(PUBLIC_PART.format(body="COUNCIL", title="PETITIONS", text=sentence),
                         tmp_path)
    assert (sentence, "noted") in rows


def test_regression_a_report_on_petitions_received_is_a_decision(tmp_path: Path) -> None:
    # a petitions committee receiving its officer's report about petitions: a report received,
    # as any other, no petition heard
    text = ("The Head of Democratic Services presented the six-monthly report on petitions.\n\n"
            "The Committee received the petitions report.")
    rows = decision_rows(PUBLIC_PART.format(body="PETITIONS COMMITTEE", title="PETITIONS UPDATE",
                                            text=text), tmp_path)
    assert ("The Committee received the petitions report.", "noted") in rows


# An officer decision record whose "Decision required:" is no decision's words: it heads the
# options (the recommendation under it chooses one) or is a flag on the form.
OFFICER_DECISION_RECORD = """%% header KESTREL BOROUGH COUNCIL
%% footer ODR 2031/044 - Page {{page}} of {{pages}}
## OFFICER DECISION RECORD - ODR 2031/044
** Title: Pest Control Service Contract
** Decision maker: Director of Environment
{body}
** Reasons for the decision
The current contract ends on 31 March 2032.
Signature:	[signed]
Date:	22 August 2031
"""
OPTIONS_THEN_RECOMMENDATION = """** Decision required:
Option 1: to extend the existing contract with Verminex Ltd for twelve months at £48,000.
Option 2: to retender the service through the regional framework.
** Recommendation:
That the Director approves Option 2, retendering the service through the regional framework.
I approve the recommendation."""
FLAG_THEN_RECOMMENDATION = """Decision required: Yes
** Recommendation:
That the Director approves Option 2, retendering the service through the regional framework.
I approve the recommendation."""


@pytest.mark.parametrize("body", [OPTIONS_THEN_RECOMMENDATION, FLAG_THEN_RECOMMENDATION],
                         ids=["options", "flag"])
def test_regression_decision_required_over_options_or_a_flag_is_no_decision(
        body: str, tmp_path: Path) -> None:
    rows = source_decision_rows(OFFICER_DECISION_RECORD.format(body=body), "decision_notice",
                                tmp_path)
    assert [text for text, _ in rows] == [
        "That the Director approves Option 2, retendering the service through the regional "
        "framework. I approve the recommendation."]


# A scrutiny committee's report asking it to endorse its budget panel's recommendations, then
# setting them out in the panel's own voice under "Our recommendations".
PANEL_SECTION = """## KESTREL BOROUGH COUNCIL
| Report to: | Resources Scrutiny Committee |
| Date: | 24 January 2032 |
| Subject: | Report of the Budget Scrutiny Panel |
** 1. Recommendations
1.1 That the Committee endorses the recommendations of the Budget Scrutiny Panel set out in section 3 and refers them to Cabinet on 14 February 2032.
** 2. The Panel's work
2.1 The Panel of five members met four times between 9 December 2031 and 18 January 2032.
** 3. {heading}
Recommendation 1: That Cabinet publishes a plan to end the use of the Budget Equalisation Reserve to balance the budget by 2034/35.
Recommendation 2: That the garden waste charge remains at £49 for 2032/33.
** 4. Evidence heard by the Panel
4.1 The Panel questioned the Cabinet Member for Finance and the Chief Finance Officer.
"""  # noqa: E501


@pytest.mark.parametrize("heading", ["Our recommendations", "Our Recommendations"])
def test_regression_our_recommendations_after_the_reports_own_ask_are_no_ask(
        heading: str, tmp_path: Path) -> None:
    rows = source_decision_rows(PANEL_SECTION.format(heading=heading), "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee endorses the recommendations of the Budget Scrutiny Panel set out "
        "in section 3 and refers them to Cabinet on 14 February 2032."]


# An independent remuneration panel's report bound in after the council's own, its heading in
# title case as many templates set their headings.
PANEL_APPENDIX_TITLE_CASE = (
    PANEL_APPENDIX.replace("** Our recommendations", "** Our Recommendations")
    .replace("** The basic allowance", "** The Basic Allowance"))


def test_regression_our_recommendations_in_title_case_head_the_panels_list(
        tmp_path: Path) -> None:
    rows = source_decision_rows(PANEL_APPENDIX_TITLE_CASE, "report", tmp_path)
    assert ("Recommendation 1: that the basic allowance be £12,050 a year from 1 April 2032.\n"
            "Recommendation 2: that no member receive more than one special responsibility "
            "allowance.") in [text for text, _ in rows]
