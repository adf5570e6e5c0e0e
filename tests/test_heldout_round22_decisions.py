"""Regression tests for held-out round 22's misses in decisions: a proposal "not be proceeded
with", "The Panel therefore resolved not to veto ...", formal minutes closing a minute on "The
Board noted the report." after the report's account on the same line, a planning report's
summary verdict in sentence case ("Recommendation | Refuse") standing for the recommendation
worded under it, a "Recommendation:" label after a sentence on its line, a hearing's decision
notice wording its findings and sanctions as the sub-committee's sentences, and a task
group's table of recommendations in another section of the report than its own
recommendation. Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, rendered
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _decided(text: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(minutes_of(text, tmp_path))]


def _of(source: str, kind: str, tmp_path: Path) -> list[tuple[str, str]]:
    records = process_file(str(rendered(source, tmp_path))).records
    return [(d.decision_text, d.outcome) for d in records
            if isinstance(d, Decision) and d.source == kind]


# ------------------------------------------------------------ outcomes

def test_proposal_not_proceeded_with_read_as_other() -> None:
    # a scheme "not be proceeded with" is dropped, a refusal in other words (read as other)
    assert classify_outcome("RESOLVED — That the proposed residents' parking scheme for Holly "
                            "Bank not be proceeded with.") == "rejected"
    assert classify_outcome("That the proposal was not proceeded with.") == "rejected"
    # (a scheme to be proceeded with is none)
    assert classify_outcome("That the works be proceeded with.") == "other"


# ------------------------------------------------------------ minutes

PANEL = """WYVERNMOOR POLICE AND CRIME PANEL

Minutes of the meeting held on 3rd February 2028

Present: Cllr A Garside (Chair), Cllr B Quist, Cllr C Rashford

Minute No. 33 - Minutes
RESOLVED that the minutes of the meeting held on 25th November 2027 be approved as a correct record.

Minute No. 34 - Proposed Police Precept 2028/29
The Commissioner presented his proposal to increase the precept for a Band D property by £13.00.
A recorded vote was taken on a motion to veto the proposed precept: 1 for, 5 against.
The Panel therefore resolved not to veto the proposed precept of £318.42 for a Band D property for 2028/29.
"""  # noqa: E501


def test_panel_resolving_after_an_adverb_missed(tmp_path: Path) -> None:
    # "The Panel therefore resolved not to veto ...": the body resolving, an adverb tying it
    # to the vote before its verb (read as no decision)
    assert _decided(PANEL, tmp_path) == [
        ("RESOLVED that the minutes of the meeting held on 25th November 2027 be approved as "
         "a correct record.", "approved"),
        ("The Panel therefore resolved not to veto the proposed precept of £318.42 for a Band D"
         " property for 2028/29.", "other"),
    ]


DRAINAGE_BOARD = """CAXBY MARSH INTERNAL DRAINAGE BOARD

MINUTES OF THE MEETING OF THE BOARD HELD ON THURSDAY 22ND OCTOBER 2026

PRESENT: Mr W Pinchbeck (Chairman), Mr R Dowsing, Mrs H Tointon

1419. DECLARATIONS OF INTEREST
      Mr Dowsing declared an interest in minute 1423. The Board noted the declaration.

1420. MINUTES OF THE LAST MEETING
      It was RESOLVED that the minutes of the meeting held on 16th July 2026
      be approved and signed by the Chairman as a correct record.

1421. HEALTH AND SAFETY
      The Operations Manager reported no accidents or near misses in the
      quarter. The Board noted the report.
"""


def test_formal_minutes_noting_the_report_after_its_account_missed(tmp_path: Path) -> None:
    # formal minutes ("It was RESOLVED") closing a minute on "The Board noted the report."
    # after the report's account on its line: the minute's decision, as on a line of its own
    # (read as narrative, as noting a declaration there still is)
    assert _decided(DRAINAGE_BOARD, tmp_path) == [
        ("It was RESOLVED that the minutes of the meeting held on 16th July 2026 be approved "
         "and signed by the Chairman as a correct record.", "approved"),
        ("The Board noted the report.", "noted"),
    ]


# ------------------------------------------------------------ reports

# A national park authority's planning committee pack: its agenda, then a report a page.
PARK_AGENDA = """%% header Fellsdale National Park Authority
%% footer Planning Committee | 9th March 2027 | Page {page}
## FELLSDALE NATIONAL PARK AUTHORITY
** PLANNING COMMITTEE
Notice is hereby given that a meeting of the Planning Committee will be held at Brackenthwaite Hall, Keldside, on Tuesday 9th March 2027 at 10.00 am.
** AGENDA
1.	Apologies for absence
2.	Declarations of interest
3.	Planning applications for determination
4.	Planning appeals
--- page ---
"""  # noqa: E501

PLANNING = PARK_AGENDA + """!! Agenda Item 3.1
** NP/FD/26/0517 - High Sleddale, Mardale
|% 30 70
| Proposal | Change of use of a stone barn to a holiday let |
| Applicant | Mr and Mrs R Skelwith |
| Recommendation | Approve subject to conditions |
** 1. Recommendation
That planning permission be granted subject to the conditions listed in section 6 of this report.
** 2. Assessment
2.1 Policy DP7 supports the conversion of traditional buildings to holiday accommodation.
--- page ---
!! Agenda Item 3.2
** NP/FD/27/0022 - Beck Cottage, Keldside
|% 30 70
| Proposal | Demolition of a bungalow and erection of a replacement dwelling |
| Applicant | Ms T Armboth |
| Recommendation | Refuse |
** 1. Recommendation
That planning permission be refused for the following reason: the replacement dwelling would be prominent in views from the lake shore, contrary to policy DP3.
** 2. Assessment
2.1 The existing bungalow has a floor area of 92 square metres; the proposed dwelling has 214 square metres.
"""  # noqa: E501


def test_planning_verdict_in_sentence_case_stood_for_the_recommendation(
        tmp_path: Path) -> None:
    # a planning report's summary table prints its verdict in sentence case ("Recommendation
    # | Refuse"): a headline of the recommendation worded under it, as "REFUSE" in capitals
    # is (the headline was kept and the worded recommendation dropped as its copy)
    assert _of(PLANNING, "report", tmp_path) == [
        ("That planning permission be granted subject to the conditions listed in section 6 of "
         "this report.", "approved"),
        ("That planning permission be refused for the following reason: the replacement "
         "dwelling would be prominent in views from the lake shore, contrary to policy DP3.",
         "rejected"),
    ]


APPEALS = PARK_AGENDA + """!! Agenda Item 4
** Planning appeals: decisions received 1st January to 28th February 2027
Report of the Development Manager. Recommendation: That the report be noted.
| Appeal ref | Site | Proposal | Appeal decision |
| APP/FD/W/26/3301 | Cragg End, Mardale | Two holiday lodges | Dismissed |
| APP/FD/W/26/3312 | Hollin Bank, Keldside | Dormer extension | Allowed |
"""


def test_recommendation_label_after_a_sentence_missed(tmp_path: Path) -> None:
    # a short report's one line "Report of the Development Manager. Recommendation: That the
    # report be noted.": the label after the sentence's stop heads the ask (read as none)
    assert _of(APPEALS, "report", tmp_path) == [("That the report be noted.", "noted")]


TASK_GROUP = """%% header Eastmarch County Council
## Eastmarch County Council
Agenda Item 4
** CORPORATE OVERVIEW AND SCRUTINY COMMITTEE - 2 MARCH 2028
Title:	Customer Access Task Group: Final Report
Author:	Scrutiny Officer, on behalf of the Task Group
** 1. Recommendation
1.1 That the Committee endorses the Task Group's final report and its three recommendations and refers them to Cabinet for a response within two months.
** 2. Why the Task Group was set up
2.1 Telephone performance at the Customer Contact Centre fell through 2027.
** 3. The Task Group's recommendations to Cabinet
|# No. | Recommendation | Lead |
| TG1 | Restore a call-back option on all contact centre lines by September 2028 | Head of Digital Services |
| TG2 | Publish the contact centre's monthly performance on the Council's website | Head of Digital Services |
| TG3 | Keep face-to-face help at the six libraries now offering it | Director of Communities |
** 4. Financial implications
4.1 The Head of Digital Services estimates that TG1 would cost £64,000 a year.
"""  # noqa: E501


def test_task_group_table_in_another_section_read_as_an_ask(tmp_path: Path) -> None:
    # a table of another body's recommendations under its own numbered section ("3. The Task
    # Group's recommendations to Cabinet" over "No. | Recommendation | Lead") is what the
    # report sets out; its own "1. Recommendation" asks the meeting to endorse them (the
    # table was read as a second ask)
    assert _of(TASK_GROUP, "report", tmp_path) == [
        ("That the Committee endorses the Task Group's final report and its three "
         "recommendations and refers them to Cabinet for a response within two months.",
         "endorsed"),
    ]


# ------------------------------------------------------------ decision notices

HEARING = """%% header Castlebridge City Council
## Castlebridge City Council
^^ DECISION NOTICE
** Standards Hearing Sub-Committee - Thursday, 9 September 2027
Complaint reference:	SC/26/09
Subject Member:	Councillor Maxwell Thorogood
Independent Person:	Mr Desmond Iwuchukwu
** Findings
The Sub-Committee accepted the facts found by the Investigating Officer.
** Decision on the complaint
Having considered the Investigating Officer's report and the views of the Independent Person, the Sub-Committee found that Councillor Thorogood failed to comply with paragraph 1.1 (respect) of the Members' Code of Conduct. It found no breach of paragraph 2.1.
** Sanctions
The Sub-Committee decided to impose the following sanctions:
(a) that its findings be published on the Council's website;
(b) that Councillor Thorogood attend training on the Code of Conduct within three months.
** Appeal
There is no right of appeal against the Sub-Committee's decision.
"""  # noqa: E501


def test_hearing_notice_findings_in_prose_missed(tmp_path: Path) -> None:
    # a hearing's decision notice labels no decision: its finding and its sanctions are the
    # sub-committee's sentences under headings of its own ("the Sub-Committee found that ...",
    # "The Sub-Committee decided to impose the following sanctions:" over its list) (read as
    # the notice's heading line)
    assert _of(HEARING, "decision_notice", tmp_path) == [
        ("Having considered the Investigating Officer's report and the views of the "
         "Independent Person, the Sub-Committee found that Councillor Thorogood failed to "
         "comply with paragraph 1.1 (respect) of the Members' Code of Conduct.", "other"),
        ("The Sub-Committee decided to impose the following sanctions:\n(a) that its findings "
         "be published on the Council's website;\n(b) that Councillor Thorogood attend "
         "training on the Code of Conduct within three months.", "other"),
    ]
