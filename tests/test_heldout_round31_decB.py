"""Held-out round 31, decisions of batches D-F: the misses fixed, each on a small paper written
in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import source_decision_rows

# A scrutiny task group's final report: the report's own ask under "2. Recommendation", then a
# later section headed as the task group's recommendations to Cabinet, its lead-in paragraph
# over a ruled table "No. | Recommendation | Lead", each row worded as the resolution it
# proposes to Cabinet.
TASK_GROUP_REPORT = """## Hartleigh Borough Council
** Report to Communities Scrutiny Committee
Date of meeting:	9 September 2031
Report of:	Chair of the Parks Review Task Group
Title:	Parks Review Task Group: Final Report
** 1. Purpose
1.1 To present the final report of the Parks Review Task Group, set up by the Committee in February 2031.
** 2. Recommendation
2.1 That the Committee endorses the final report of the Parks Review Task Group and refers its three recommendations to Cabinet for a response within two months.
** 3. What the task group did
3.1 The task group of five members met six times between March and July 2031 and visited every park.
** 4. Recommendations of the Task Group to Cabinet
4.1 The task group's recommendations are set out below. If the Committee endorses them they will be referred to Cabinet, which is asked to respond within two months.
|% 8 62 30
| No. | Recommendation | Lead |
| R1 | That no park be sold during the life of the new parks strategy without a full public consultation of at least twelve weeks. | Cabinet Member for Leisure |
| R2 | That the bowling green at Abbey Park be offered for community management, with a grant and professional support. | Director of Communities |
| R3 | That the Committee receives a progress report on the parks strategy every six months. | Director of Communities |
** 5. Financial implications
5.1 Recommendation R2 would need a grant of up to £10,000 a year.
"""  # noqa: E501


def test_a_task_groups_table_under_its_own_heading_is_no_ask_of_the_report(
        tmp_path: Path) -> None:
    rows = source_decision_rows(TASK_GROUP_REPORT, "report", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Committee endorses the final report of the Parks Review Task Group and refers "
        "its three recommendations to Cabinet for a response within two months."]


# A joint committee's minutes: the officers' recommendation named in full, put to the vote and
# "NOT AGREED" in the template's capitals, before the committee agrees something else.
RECOMMENDATION_NOT_AGREED = """%% header Brantwick and Oakhurst Joint Strategic Planning Committee
<> Brantwick Borough Council || Oakhurst District Council
** Joint Strategic Planning Committee
** Minutes of the meeting held on Wednesday 10 March 2032 at Oakhurst Council Offices
Present:	Councillors Ann Hext (Chair), Bryn Moss, Carys Penrose, Dai Yeo
Officers:	Joint Planning Policy Manager; Secretariat
** JSPC 14 Apologies and substitutes
There were no apologies.
** JSPC 15 Declarations of interest
There were none.
** JSPC 16 Minutes
AGREED that the minutes of the meeting held on 2 December 2031 be signed as a correct record.
** JSPC 17 Joint Local Plan: Preferred Options Consultation
The Joint Planning Policy Manager presented the draft preferred options.
The recommendation that the preferred options be approved for consultation was put to the vote and was NOT AGREED, two votes being cast for and two against.
AGREED that the Joint Planning Policy Manager reports back with options for the new settlement.
"""  # noqa: E501


def test_a_recommendation_named_in_full_and_not_agreed_is_rejected(tmp_path: Path) -> None:
    rows = source_decision_rows(RECOMMENDATION_NOT_AGREED, "minutes", tmp_path)
    assert ("The recommendation that the preferred options be approved for consultation was "
            "put to the vote and was NOT AGREED, two votes being cast for and two against.",
            "rejected") in rows
    assert ("AGREED that the Joint Planning Policy Manager reports back with options for the "
            "new settlement.", "agreed") in rows
