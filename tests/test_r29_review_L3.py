"""Review of round 29's C and H fixes (L3): what their rules read wrongly on papers another
council would publish, each on a small case in the form that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pdf_minutes
from kcc_papers.classify.national_keys import rated_against_national
from kcc_papers.extract.meetings.spelt_names import spelt_name
from kcc_papers.extract.meetings.titled_notes import body_before_notes

# An advisory group's minute giving its officer's report's recommendation to Cabinet, then a
# member's proposal the group turned down: the report's recommendation is no decision of the
# group's (nor is another body's recommendation reported to it).
REPORT_RECOMMENDED_THEN_TURNED_DOWN = """^^ ENVIRONMENT AND LEISURE CABINET ADVISORY GROUP
** Notes of the meeting held on Wednesday, 5 November 2030 at 6.00 pm
Present: Councillors Harriet Okonedo (Chair), Bram Fettiplace, Sunita Varley and Owain Rees
** 21. Apologies
Apologies were received from Councillor Petra Lindqvist.
** 22. Garden Waste Service: Charges 2031/32
The Head of Environmental Services said that 21,480 households subscribed to the garden waste service in 2030/31.
The report recommended to Cabinet that the garden waste subscription charge for 2031/32 be set at £52 a year.
The Planning Committee had recommended to Council that the depot site be kept for waste services.
Councillor Varley proposed that the Brambley Road public conveniences be closed to fund a smaller increase.
The Group did not support the proposal to close the Brambley Road public conveniences.
"""  # noqa: E501


def test_regression_a_report_or_another_body_recommending_onward_is_no_decision(
        tmp_path: Path) -> None:
    got = [d.decision_text for d in
           decisions_in(pdf_minutes(REPORT_RECOMMENDED_THEN_TURNED_DOWN, tmp_path))]
    assert got == ["The Group did not support the proposal to close the Brambley Road public "
                   "conveniences."]


def test_regression_a_masthead_spells_a_running_name_only_by_whole_lines() -> None:
    # The council's own minutes, printed in its audit committee's pack (the committee's name
    # at every page's foot), mention the committee in an item: the minutes stay the council's.
    masthead = ["Eskbridge Council",
                "Minutes of the meeting of Eskbridge Council held on 9 July 2030",
                "45. Audit and Governance Committee Annual Report",
                "The Council received the annual report of the committee."]
    assert spelt_name("Eskbridge Council", masthead, ["Audit and Governance Committee"],
                      "Eskbridge Council") is None
    # ... while a name letter-spaced over two lines is still spelt
    spaced = ["Eskbridge Council", "C H I L D R E N , E D U C A T I O N A N D F",
              "A M I L I E S C O M M I T T E E", "Date: Tuesday 17 September 2030"]
    assert spelt_name("Eskbridge Council", spaced,
                      ["Children, Education and Families Committee"], "Eskbridge Council") == (
        "Children, Education and Families Committee")
    # ... and a name read cut short where a line ends on it, the next line spelling the rest
    wrapped = ["TOLLBRIDGE DISTRICT COUNCIL", "Report to the Environment and Leisure Cabinet",
               "Advisory Group", "Date of meeting: 14 January 2031"]
    assert spelt_name("Environment and Leisure Cabinet", wrapped,
                      ["Environment and Leisure Cabinet Advisory Group"], "Tollbridge District "
                      "Council") == "Environment and Leisure Cabinet Advisory Group"


def test_regression_a_body_titling_minutes_below_the_heading_is_another_bodys() -> None:
    # A parish council's minutes with no list of those present at their head: a committee's
    # minutes received in its business name that committee, not the meeting.
    head = ["Brampton Abbotts Parish Council",
            "Minutes of the meeting held on Monday 3 March 2031 at 7.30 pm",
            "1. Apologies", "None.", "2. Reports of committees",
            "Finance Committee: minutes of the meeting held on 10 February 2031 were received."]
    assert body_before_notes(head) is None
    assert body_before_notes(["BRACKENHURST COUNCIL", "Local Plan Member Working Group: notes "
                              "of the", "meeting held on 12 February 2031"]) == (
        "Local Plan Member Working Group")


def test_regression_a_needs_assessment_rating_the_area_against_national_is_no_performance_key(
        ) -> None:
    head = ("Joint Strategic Needs Assessment 2031: Child Health\n"
            "Each indicator is rated against England: green where Brackenhurst is better than "
            "the national average, amber where it is similar, red where it is worse.")
    assert not rated_against_national(head)
    assert rated_against_national(head.replace("Joint Strategic Needs Assessment 2031: ",
                                               "Educational Outcomes 2031: "))


def test_regression_a_running_name_with_an_aside_is_no_fuller_name_of_the_body_read() -> None:
    # A joint board's running foot names its partners in brackets after its name; the masthead
    # prints the same over two lines: the body is the board, as read.
    board = "Medlow Vale Joint Commissioning Board"
    running = f"{board} (Medlow Vale Council and NHS Medlow and Downs Integrated Care Board)"
    masthead = [board, "(Medlow Vale Council and NHS Medlow and Downs Integrated Care Board)"]
    assert spelt_name(board, masthead, [running], "Medlow Vale Council") is None
