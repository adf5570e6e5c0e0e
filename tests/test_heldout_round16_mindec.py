"""Regression tests for held-out round 16's misses in minutes and decisions: a committee's
code printing the year before the running number, lettered parts of a minute (under a
labelled heading, or of a number the chain skips), a resolution wrapped before its verb in
capitals, a lost motion, "AGREED, subject to ...", a decision notice's numbered
"The Determination", a report's "Decision sought: Approval" box, a recommendation heading
naming its agenda item, and a planning schedule's column of verdicts. Each on a small paper
written here in the layout that showed it, with guards of the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes
from kcc_papers.extract import decisions
from kcc_papers.extract.decisions.recommendations import find_recommendations
from kcc_papers.models import Decision

# --------------------------- "LIC/27/12" read as number 27 of year 12, each its own sequence

YEAR_FIRST = """## Licensing Sub-Committee
Minutes of the hearing of the Licensing Sub-Committee held on 16/02/2027 at 10.00 am
Members present:	Councillors P Ferris, H Gallacher and D Ruddock-Evans
** LIC/27/12 Election of Chair for the hearing
RESOLVED that Councillor P Ferris be elected Chair for the hearing.
** LIC/27/13 Declarations of Interest
No declarations were made.
** LIC/27/14 Licensing Act 2003 - Review of Premises Licence - The Drovers Arms, 18 Fore Street, Oakmere OK2 4JD
The Licensing Manager introduced the report.
RESOLVED that the premises licence be modified.
"""  # noqa: E501


def test_code_year_then_number_read_as_one_sequence(tmp_path: Path) -> None:
    # the middle figures stay and the last run on: the year is printed first, so the three
    # headings are one sequence (read as 27/12, 27/13, 27/14 of three years, only the first
    # was a minute and the others ran on inside it, once a title wrapped kept the paper's
    # own shape of number from being read instead)
    records = pdf_minutes(YEAR_FIRST, tmp_path)
    assert numbers(records) == [
        ("LIC/27/12", "Election of Chair for the hearing"),
        ("LIC/27/13", "Declarations of Interest"),
        ("LIC/27/14", "Licensing Act 2003 - Review of Premises Licence - The Drovers Arms, "
                      "18 Fore Street, Oakmere OK2 4JD"),
    ]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("LIC/27/12", "RESOLVED that Councillor P Ferris be elected Chair for the hearing."),
        ("LIC/27/14", "RESOLVED that the premises licence be modified."),
    ]


YEAR_FIRST_PADDED = """DISTRICT COUNCIL

Minutes of the meeting of the Overview and Scrutiny Committee held on 20 January 2026

Present: Councillors A Ormerod (Chair), B Dacre and C Wyatt

OSC/26/01   APOLOGIES FOR ABSENCE

            Apologies were received from Cllr Gadsby.

OSC/26/02   CALL-IN: CABINET MEMBER DECISION CMD/2025/041 - BRINSLEY SPORTS
            HALL COMMUNITY ASSET TRANSFER

            The Committee considered the call-in.
            RESOLVED that the decision be referred back to the Cabinet Member.
"""


def test_code_year_then_number_keeps_its_two_figures(tmp_path: Path) -> None:
    # a text export: the running number after the year is printed to two figures ("04"),
    # and the title in capitals wraps onto the indented line below
    assert numbers(minutes_of(YEAR_FIRST_PADDED, tmp_path)) == [
        ("OSC/26/01", "APOLOGIES FOR ABSENCE"),
        ("OSC/26/02", "CALL-IN: CABINET MEMBER DECISION CMD/2025/041 - BRINSLEY SPORTS HALL "
                      "COMMUNITY ASSET TRANSFER"),
    ]


NUMBER_THEN_YEAR = """ASHFORD COUNTY COUNCIL

Minutes of the meeting of the Adult Social Care Committee held on 3 March 2025

Present: Councillors A Smith (Chair), B Jones and C Brown

ASC/15/25 Apologies
Apologies were received from Cllr Hughes.

ASC/16/25 Declarations of Interest
None.

ASC/17/25 Budget monitoring
RESOLVED that the report be noted.
"""


def test_code_number_then_year_still_number_first(tmp_path: Path) -> None:
    # guard: where the middle figures run on and the last stay, the number comes first
    assert numbers(minutes_of(NUMBER_THEN_YEAR, tmp_path)) == [
        ("ASC/15/25", "Apologies"),
        ("ASC/16/25", "Declarations of Interest"),
        ("ASC/17/25", "Budget monitoring"),
    ]


# ------------------------------ "Minute 12(a)" under "Minute 12": its parts not read apart

LABELLED_PARTS = """SCHOOLS FORUM

Minutes of the meeting of the Schools Forum held on Wednesday 13 October 2027

Present: Mrs K Ambrose (Chair), Mr J Ibbotson, Ms R Qureshi

Minute 11 Declarations of interest
None.

Minute 12 Minutes of the meeting of 7th July 2027 and matters arising

Minute 12(a) Minutes
AGREED that the minutes of the meeting of 7th July 2027 be approved as a correct record.

Minute 12(b) Matters arising: growth fund criteria
The Head of School Funding confirmed that the criteria had been published.

Minute 13 Early years funding
NOTED.
"""


def test_lettered_parts_under_a_labelled_minute_read(tmp_path: Path) -> None:
    # the parts restate the heading's label with the number ("Minute 12(a)"): they were
    # looked for as "12(a)" alone, and minute 12(a)'s resolution ran on over 12(b)'s heading
    records = minutes_of(LABELLED_PARTS, tmp_path)
    assert numbers(records) == [
        ("11", "Declarations of interest"),
        ("12", "Minutes of the meeting of 7th July 2027 and matters arising"),
        ("12(a)", "Minutes"),
        ("12(b)", "Matters arising: growth fund criteria"),
        ("13", "Early years funding"),
    ]
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("12(a)", "AGREED that the minutes of the meeting of 7th July 2027 be approved as a "
                  "correct record.", "agreed"),
        ("13", "NOTED.", "noted"),
    ]


def test_lettered_parts_bare_under_a_labelled_minute_still_read(tmp_path: Path) -> None:
    # guard: parts printing the number alone ("12(a)") under "Minute 12" are read as before
    bare = LABELLED_PARTS.replace("Minute 12(a)", "12(a)").replace("Minute 12(b)", "12(b)")
    assert [n for n, _ in numbers(minutes_of(bare, tmp_path))] == [
        "11", "12", "12(a)", "12(b)", "13"]


# ------------- "44(a)", "44(b)" between minutes 43 and 45: two applications under one number

SKIPPED_NUMBER_PARTS = """## Westmarch Council
** Minutes of the Strategic Planning Committee held on Wednesday 8th December 2027
Present:	Councillors A Drummond (Chair), B Ellery and C Fenwick
** 43 Application 27/01876/OUT - Land at Windle Farm, Westmarch Road, Fulstow
RESOLVED: That outline planning permission be GRANTED subject to conditions.
** 44(a) Application 27/02305/FUL - The Old Maltings, Quay Street, Westmarch Harbour, Westmarch
Conversion of the Grade II listed maltings to 31 apartments.
** 44(b) Application 27/02306/LBC - The Old Maltings, Quay Street, Westmarch Harbour, Westmarch
Listed building consent for the conversion.
The two applications were considered together.
RESOLVED: That consideration of applications 27/02305/FUL and 27/02306/LBC be DEFERRED to allow the applicant to provide an updated viability assessment, and that the applications be reported back to the Committee in January 2028.
** 45 Date of next meeting
The next meeting will be held on 19 January 2028.
"""  # noqa: E501


def test_lettered_parts_of_a_number_the_chain_skips_read(tmp_path: Path) -> None:
    # no heading prints 44 alone: its lettered parts are the minutes between 43 and 45, each
    # bold title wrapped onto a second line as a heading's is
    records = pdf_minutes(SKIPPED_NUMBER_PARTS, tmp_path)
    assert numbers(records) == [
        ("43", "Application 27/01876/OUT - Land at Windle Farm, Westmarch Road, Fulstow"),
        ("44(a)", "Application 27/02305/FUL - The Old Maltings, Quay Street, Westmarch "
                  "Harbour, Westmarch"),
        ("44(b)", "Application 27/02306/LBC - The Old Maltings, Quay Street, Westmarch "
                  "Harbour, Westmarch"),
        ("45", "Date of next meeting"),
    ]


WRAPPED_BEFORE_VERB = """PLANNING COMMITTEE

Minutes of the meeting of the Planning Committee held on 8 December 2027

Present: Councillors A Drummond (Chair), B Ellery and C Fenwick

44 Application 27/02305/FUL - The Old Maltings
Members were concerned about the viability assessment.
RESOLVED: That consideration of the application be
DEFERRED to allow the applicant to provide an updated viability assessment.

45 Application 27/02011/FUL - Harrowby Quarry
RESOLVED: That planning permission be GRANTED.
REFUSED applications are reported to the next meeting.
"""


def test_resolution_wrapped_before_its_capitals_verb_read_whole(tmp_path: Path) -> None:
    # the line under "... be" opens with the verb in capitals: the sentence goes on, no new
    # decision starts (it was read as two, the first without its verb); after a sentence's
    # stop such a line is read as it was
    records = minutes_of(WRAPPED_BEFORE_VERB, tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("44", "RESOLVED: That consideration of the application be DEFERRED to allow the "
               "applicant to provide an updated viability assessment.", "deferred"),
        ("45", "RESOLVED: That planning permission be GRANTED.", "approved"),
        ("45", "REFUSED applications are reported to the next meeting.", "rejected"),
    ]


# ------------------------------------------- a motion LOST, and "AGREED, subject to ..."

LOST_AND_AGREED = """HOLLINSFORD BOROUGH COUNCIL

Minutes of the meeting of the Council held on 28 January 2027

Present: The Mayor (Councillor A Lomas) and Councillors B Quayle and C Holloway

71. LOCAL COUNCIL TAX SUPPORT SCHEME 2027/28
RESOLVED - That the scheme for 2027/28 be adopted without change.

72. NOTICE OF MOTION - FREE PARKING IN DECEMBER
Councillor Lomas moved and Councillor Quayle seconded the following motion: "That this Council introduces free parking on Saturdays in December."
On being put to the vote the motion was LOST (For 8; Against 13; Abstentions 0).

73. WORK PROGRAMME
AGREED, subject to adding a report on elective home education to the November meeting.
The meeting ended at 9.12 pm.
"""  # noqa: E501


def test_motion_lost_and_agreed_with_a_comma_read_as_decisions(tmp_path: Path) -> None:
    # nothing resolved under minute 72: the motion's defeat in capitals is its decision, read
    # with the motion moved before it in quotation marks (held-out round 37: its words are
    # what was refused); and "AGREED," opening a line records what was agreed as "AGREED that"
    # does
    records = minutes_of(LOST_AND_AGREED, tmp_path)
    assert [(d.minute_number, d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("71", "RESOLVED - That the scheme for 2027/28 be adopted without change.", "other"),
        ("72", "Councillor Lomas moved and Councillor Quayle seconded the following motion: "
               "\"That this Council introduces free parking on Saturdays in December.\" On "
               "being put to the vote the motion was LOST (For 8; Against 13; Abstentions 0).",
         "rejected"),
        ("73", "AGREED, subject to adding a report on elective home education to the "
               "November meeting.", "agreed"),
    ]


# --------------------------------------------- decisions outside minutes: notices, reports

def _decisions(text: str, kind: str) -> list[Decision]:
    return [d for ctx in text_contexts(text, kind) for d in decisions_in(decisions.extract(ctx))]


DETERMINATION = """DECISION NOTICE
Licensing Act 2003 - Section 52: Determination of an Application for Review of a Premises Licence
Premises: The Drovers Arms, 18 Fore Street, Oakmere
Hearing date: 16/02/2027

1. The Determination
The Sub-Committee has determined to modify the conditions of the premises licence by reducing the hours for the sale of alcohol.

2. Reasons
2.1 The Sub-Committee was satisfied on the evidence that the licensing objectives had been undermined.
"""  # noqa: E501


def test_numbered_determination_section_read_as_the_decision() -> None:
    # "1. The Determination" heads the notice's decision: the title was read for it
    assert [(d.source, d.decision_text) for d in _decisions(DETERMINATION, "decision")] == [
        ("decision_notice", "The Sub-Committee has determined to modify the conditions of the "
                            "premises licence by reducing the hours for the sale of alcohol."),
    ]


DECISION_SOUGHT = """Agenda Item 4
Strategic Investment Programme: Gateway Review
Board: 16 June 2027
Decision sought: Approval

1. Recommendations
1.1 That the Board approves the progression of the A483 corridor scheme to Gateway 3.

2. The gateway process
2.1 Schemes pass five gateways.

Recommendation (Agenda Item 5)
That the Board notes the performance dashboard for Quarter 4 2026/27.
"""


def test_decision_sought_kind_not_a_decision_and_item_named_heading_read() -> None:
    # "Approval" names the kind of decision sought, not one; "Recommendation (Agenda Item 5)"
    # heads the next item's ask
    assert [d.decision_text for d in _decisions(DECISION_SOUGHT, "report")] == [
        "That the Board approves the progression of the A483 corridor scheme to Gateway 3.",
        "That the Board notes the performance dashboard for Quarter 4 2026/27.",
    ]


SCHEDULE = """PLANNING COMMITTEE - 9 MARCH 2027
SCHEDULE A - APPLICATIONS FOR DECISION
Report of: Head of Planning and Building Control
Summary of applications
Recommendation
A1. GRANT subject to conditions and S106
A2. REFUSE
A3. GRANT subject to conditions
The background papers for each application are the application file.
"""

ONE_VERDICT = """Application No: 26/01388/FUL
Site: Brookside Paddock, Ferring Road
Recommendation
A2. REFUSE for the reasons set out below.
1. Assessment
The site lies in flood zone 3.
"""


def _blocks(text: str) -> list[str]:
    return [b.text for b in find_recommendations([(1, t) for t in text.splitlines()])]


def test_schedule_column_of_verdicts_not_a_decision() -> None:
    # the schedule's summary column lists each item's verdict, which the item's own report
    # words as its recommendation; one item's verdict stays its recommendation
    assert _decisions(SCHEDULE, "report") == []
    assert _blocks(SCHEDULE) == []
    assert _blocks(ONE_VERDICT) == ["A2. REFUSE for the reasons set out below."]
