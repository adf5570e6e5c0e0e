"""Review of round 20's segmentation, classification and meeting fixes (part B):
counter-examples to the round's rules on small papers of other councils. Each test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, pack_kinds
from kcc_papers.segment_starts.report_heads import REPORT_BY
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------- one agenda going on over its page under its masthead, shortened

LICENSING_AGENDA = """%% header Westhaven District Council
## WESTHAVEN DISTRICT COUNCIL
!! LICENSING COMMITTEE
** Wednesday 3rd November 2027 at 10.00 am
** Council Chamber, Westhaven House
** AGENDA
1. Apologies for absence
2. Minutes of the previous meeting
3. Taxi licensing policy review
--- page ---
!! LICENSING COMMITTEE
** 3rd November 2027
** AGENDA
4. Street trading consents
5. Exclusion of the press and public
"""


def test_regression_agenda_masthead_repeated_shorter_is_the_same_agenda(
        tmp_path: Path) -> None:
    # round 20 read an agenda heading on a later page under a masthead printing any line the
    # first masthead did not as another meeting's agenda: the same committee's agenda, its
    # date repeated without its day and time, was split in two
    assert pack_documents(LICENSING_AGENDA, tmp_path) == [
        ("agenda", "2027-11-03", "Licensing Committee")]
    # the guard: a masthead naming another body, its date on its line, heads another agenda
    assert pack_kinds(TWO_AGENDAS_DATED_NAMES, tmp_path) == [("agenda", 1, 1), ("agenda", 2, 2)]


TWO_AGENDAS_DATED_NAMES = """%% header Redwick Borough Council
## REDWICK BOROUGH COUNCIL
!! CABINET - 12 OCTOBER 2027
** Committee Room 1, Redwick Town Hall, 6.00 pm
** AGENDA
1. Apologies for absence
2. Revenue Budget Monitoring 2027/28: Month 5
--- page ---
## REDWICK BOROUGH COUNCIL
!! CABINET (ESTATES) SUB-COMMITTEE - 12 OCTOBER 2027
** Committee Room 1, Redwick Town Hall, at the rise of the Cabinet
** AGENDA
1. Apologies for absence
2. Allotment Rents 2028/29
"""


# -------------------- a parish council's agenda announcing the annual meeting of its electors

PARISH_COUNCIL_AGENDA = """%% header Little Oakhurst Parish Council
## LITTLE OAKHURST PARISH COUNCIL
** Meeting of the Parish Council
Date:\tTuesday 6th April 2027
Time:\t7.30 pm
Venue:\tOakhurst Village Hall
** AGENDA
1. Apologies for absence
2. Minutes of the meeting held on 2nd March 2027
3. Annual Parish Meeting: the Annual Parish Meeting will be held in the Village Hall on \
Wednesday 21st April 2027 at 7.00 pm.
4. Planning applications
"""


def test_regression_annual_parish_meeting_announced_in_an_item_is_no_agendas_meeting(
        tmp_path: Path) -> None:
    # round 20 read "the Annual Parish Meeting will be held ... on <date>" anywhere in an
    # agenda's head as the agenda's own meeting, over the dated masthead of the parish
    # council's meeting that announces it
    assert pack_documents(PARISH_COUNCIL_AGENDA, tmp_path) == [
        ("agenda", "2027-04-06", "Little Oakhurst Parish Council")]


# ------------------- a publisher's name repeating the running head over its committee's name

BOARD_COMMITTEE_PACK = """%% header NHS Severn and Wye Integrated Care Board
%% footer Audit and Risk Committee - 14 October 2027 - Page {page}
## NHS Severn and Wye Integrated Care Board
** Audit and Risk Committee
Date:\tThursday 14 October 2027
Time:\t10.00 am
Venue:\tBoard Room, Sanger House
** AGENDA
1. Apologies for absence
2. Declarations of interest
3. Internal audit progress report
--- page ---
## NHS Severn and Wye Integrated Care Board
** Audit and Risk Committee
** Minutes of the meeting held on Thursday 8 July 2027
Present:\tJane Oakes (Chair), Peter Lunn
** ARC/27/10 Apologies
None.
"""


def test_regression_masthead_repeating_head_over_a_committee_names_the_publisher(
        tmp_path: Path) -> None:
    # round 20 kept a masthead line repeating the running head wherever it is a body's name
    # ("Eastmere Health and Wellbeing Board"): the board that publishes its committee's
    # papers, printed over the committee's name, was read as the agenda's body
    committee = "Audit and Risk Committee"
    assert pack_documents(BOARD_COMMITTEE_PACK, tmp_path) == [
        ("agenda", "2027-10-14", committee), ("minutes", "2027-07-08", committee)]


# --------------------------------- a minute's sentence opening "Presented to the Committee"

PRESENTED_MINUTES = """## WESTHAVEN DISTRICT COUNCIL
** Minutes of the meeting of the Audit Committee held on Tuesday 12 October 2027 at 6.00 pm
Present: Councillors A Ash (Chair), B Birch and C Cedar
** Apologies for absence
There were no apologies.
** Internal audit progress
The Committee noted the progress report.
--- page ---
** Treasury Management Mid-Year Review
Presented to the Committee by the Chief Finance Officer, the review showed that borrowing \
stayed within the limits set by Council in February.
RESOLVED: That the mid-year review be noted.
** External audit plan
RESOLVED: That the external audit plan be noted.
The meeting closed at 7.10 pm.
"""


def test_regression_presented_to_sentence_under_a_minutes_heading_starts_no_report(
        tmp_path: Path) -> None:
    # round 20 read any line opening "Presented to the <capital>" under an unnumbered heading
    # at a page's top as a report's head ("Presented to the Annual Parish Meeting, <date>"):
    # a minute's sentence split the minutes' second page off as a report
    assert pack_kinds(PRESENTED_MINUTES, tmp_path) == [("minutes", 1, 2)]
    # the guard: the line naming the meeting alone, perhaps dated, still heads a report
    for line in ("Presented to the Annual Parish Meeting, 13 May 2027",
                 "Presented to: Audit Committee", "Presented to Cabinet on 14/07/2027"):
        assert REPORT_BY.match(line), line
    assert not REPORT_BY.match("Presented to the Committee by the Chief Finance Officer, the")


def test_presented_to_head_is_linear_in_a_run_of_spaces() -> None:
    # (written for the fix above: a colon or a space parts the label from its meeting, and a
    # comma or the spaces part the meeting from its date, each run of spaces read one way)
    for before in ("Presented to", "Presented to the Annual Parish Meeting"):
        def head(spaces: int, before: str = before) -> object:
            return REPORT_BY.match(before + " " * spaces + "x")

        assert _growth(head, 200) < MOST_GROWTH
