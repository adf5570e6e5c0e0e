"""Regression tests for the minutes and decisions misses of round 10's blind batches that remain
with the text-layer marks stripped (layouts, not mangling). Each is named after the bug and runs
on small papers in more than one council's or board's form of the thing."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import decisions_in, heldout_accuracy, minutes_of, numbers
from kcc_papers.extract import decisions, minutes
from kcc_papers.models import Decision, Minute
from kcc_papers.normalise.outcomes import classify_outcome

# ------------------------------------------------ a committee code joined by an ampersand

ISLANDS_COMMITTEE = """MINUTE of Meeting of the Policy and Resources Committee held on 24 June 2026

Present: Councillors L Flett (Convener), M Sinclair, R Tulloch

P&R 12/26 DECLARATIONS OF INTEREST

Councillor Sinclair declared an interest in P&R 14/26.

P&R 13/26 MINUTE OF PREVIOUS MEETING

The minute of the meeting held on 29 April 2026 was approved.

P&R 14/26 COMMUNITY WIND TURBINE - LOAN FACILITY

The Committee agreed to a loan facility of £480,000.
"""

FINANCE_COMMITTEE = """Minutes of the Finance and General Purposes Committee held on 3 March 2026

Present: Councillors D Hart (Chair), P Moss, K Lyle

F&GP 7/26 Apologies

Apologies were received from Councillor J Dean.

F&GP 8/26 Budget monitoring

The Committee noted the forecast underspend of £12,400.

F&GP 9/26 Fees and charges

RESOLVED that the fees and charges for 2026/27 be approved.
"""

AUDIT_COMMITTEE = """Audit and Standards Committee - Minutes
Tuesday 28 April 2026

Present: Councillors A Bello (Chair), T Okonjo, R Haines

A&S 31 Apologies for absence

There were no apologies.

A&S 32 Declarations of interest

None were declared.

A&S 33 External Audit Plan 2025/26

RESOLVED: that the external audit plan be noted.
"""

SCRUTINY_COMMITTEE = """Minutes of the Overview and Scrutiny Committee, 9 July 2026

Present: Councillors H Patel (Chair), S Reid, W Grant

O&S 112 Minutes of the last meeting

The minutes of the meeting held on 4 June 2026 were agreed.

O&S 113 A&E 4 hour waits

The Director reported that A&E 4 hour performance had improved to 74%.

O&S 114 Work programme

The Committee agreed its work programme.
"""


def test_regression_ampersand_code_before_number_and_year_was_no_minute(tmp_path):
    assert [n for n, _ in numbers(minutes_of(ISLANDS_COMMITTEE, tmp_path))] == [
        "P&R 12/26", "P&R 13/26", "P&R 14/26"]
    assert numbers(minutes_of(FINANCE_COMMITTEE, tmp_path)) == [
        ("F&GP 7/26", "Apologies"), ("F&GP 8/26", "Budget monitoring"),
        ("F&GP 9/26", "Fees and charges")]


def test_regression_ampersand_code_before_a_plain_number_was_no_minute(tmp_path):
    assert numbers(minutes_of(AUDIT_COMMITTEE, tmp_path)) == [
        ("A&S 31", "Apologies for absence"), ("A&S 32", "Declarations of interest"),
        ("A&S 33", "External Audit Plan 2025/26")]
    # a title that itself opens with a code and a number ("A&E 4 hour") stays the title
    assert numbers(minutes_of(SCRUTINY_COMMITTEE, tmp_path)) == [
        ("O&S 112", "Minutes of the last meeting"), ("O&S 113", "A&E 4 hour waits"),
        ("O&S 114", "Work programme")]


# ------------------------------------------------ code, year and number parted by stops

NI_ENVIRONMENT = """ARDNAGEE DISTRICT COUNCIL
Minutes of Environment Committee Meeting held on Tuesday 3 February 2026 at 7.00 pm

Present: Alderman K Boyle (Chair), Councillors M Affleck, S Doherty

EC.26.010 APOLOGIES

Apologies were received from Councillor Quinn.

EC.26.011 DECLARATIONS OF INTEREST

Councillor Affleck declared an interest in item EC.26.012.

EC.26.012 COMMUNITY CLEAN-UP GRANTS 2026/27

AGREED: that grants totalling £22,750 be awarded.
"""

NI_LEISURE = """Minutes of the Leisure Committee held on Monday 2 March 2026

Present: Councillors C Devlin (Chair), P Fitzsimons, A Gilmore

LC-26-041 Apologies

None.

LC-26-042 Leisure centre opening hours

It was AGREED that the new opening hours apply from 1 April 2026.

LC-26-043 Correspondence

The correspondence was noted.
"""


def test_regression_dotted_code_year_and_number_was_no_minute(tmp_path):
    assert [n for n, _ in numbers(minutes_of(NI_ENVIRONMENT, tmp_path))] == [
        "EC.26.010", "EC.26.011", "EC.26.012"]
    assert numbers(minutes_of(NI_LEISURE, tmp_path)) == [
        ("LC-26-041", "Apologies"), ("LC-26-042", "Leisure centre opening hours"),
        ("LC-26-043", "Correspondence")]


# ------------------------------------------------ a title opening with an application number

PLANNING_COMMITTEE = """Planning Committee
Minutes of the meeting held on Wednesday 10 June 2026

Present: Councillors R Amis (Chair), J Jablonski, T Vance

PC26/34 Apologies

None.

PC26/35 Minutes

Resolved: that the minutes of 13 May 2026 be agreed.

PC26/36 26/00231/FUL - Science Park Phase 4, Parkway Road

Resolved: that planning permission be granted.

PC26/37 25/03390/FUL - Land rear of 61-67 Cowley Bank

Resolved: that planning permission be refused.

PC26/38 Planning Appeals

Resolved: that the appeals report be noted.
"""

DEVELOPMENT_CONTROL = """Development Control Committee
Minutes of the meeting held on 2 April 2026

Present: Councillors B Oduya (Chair), L Marsh

DC 25/14 Declarations of interest

None.

DC 25/15 2025/0412/FUL - Land at Mill Lane, Aston

Resolved: that the application be approved.

DC 25/16 2026/0033/HOUSE - 4 Church Row

Resolved: that the application be deferred.
"""


def test_regression_application_number_title_broke_the_numbering(tmp_path):
    assert numbers(minutes_of(PLANNING_COMMITTEE, tmp_path)) == [
        ("PC26/34", "Apologies"), ("PC26/35", "Minutes"),
        ("PC26/36", "26/00231/FUL - Science Park Phase 4, Parkway Road"),
        ("PC26/37", "25/03390/FUL - Land rear of 61-67 Cowley Bank"),
        ("PC26/38", "Planning Appeals")]
    assert [n for n, _ in numbers(minutes_of(DEVELOPMENT_CONTROL, tmp_path))] == [
        "DC 25/14", "DC 25/15", "DC 25/16"]


# ------------------------------------------------ a record of decisions in two languages

WELSH_FIRST = """CYNGOR SIR GLANTEIFI / GLANTEIFI COUNTY COUNCIL
Cofnod o Benderfyniadau / Record of Decisions
Pwyllgor / Committee: Cabinet
Dyddiad y cyfarfod / Date of meeting: 16 Mehefin 2026 / 16 June 2026

Eitem 3 / Item 3 - Cofnodion / Minutes
Penderfyniad / Decision: Cadarnhau'r cofnodion. / That the minutes of the meeting held on
19 May 2026 be confirmed as a correct record.

Eitem 4 / Item 4 - Ysgol Pontcoed: Cynnig i Gau / Pontcoed School: Proposal to Close
Penderfyniad / Decision: That the proposal to close Pontcoed School be rejected.
Rhesymau / Reasons: The consultation showed the effect on Welsh-medium provision.

Eitem 5 / Item 5 - Gwaredu Tir / Disposal of Land
Penderfyniad / Decision: That the disposal of land at Heol y Felin be approved.
Penderfyniad allweddol / Key decision: Ie / Yes
"""

ENGLISH_FIRST = """RECORD OF DECISIONS / COFNOD O BENDERFYNIADAU
Committee / Pwyllgor: Cabinet
Date / Dyddiad: 7 July 2026

Item 6 / Eitem 6 - Highway Resurfacing Framework / Fframwaith Priffyrdd
Decision / Penderfyniad: That the framework be awarded to Tywi Surfacing Ltd.
Reasons / Rhesymau: The current framework expires on 31 July 2026.

Item 7 / Eitem 7 - Residential Care Fees / Ffioedd Gofal Preswyl
Decision / Penderfyniad: That consideration of the fees be deferred to 14 July 2026.
Reasons / Rhesymau: To report the cost of care survey.
"""


def _decisions(text: str) -> list[Decision]:
    (ctx,) = text_contexts(text, "decision")
    return [d for d in decisions.extract(ctx) if isinstance(d, Decision)]


def test_regression_bilingual_record_of_decisions_was_one_decision():
    found = [(d.agenda_item_ref, d.decision_text, d.outcome) for d in _decisions(WELSH_FIRST)]
    assert [(ref, outcome) for ref, _, outcome in found] == [
        ("3", "approved"), ("4", "rejected"), ("5", "approved")]
    assert "be confirmed" in found[0][1]
    # a label's Welsh half ("Rhesymau / Reasons:") ends the decision above it
    assert found[1][1] == "That the proposal to close Pontcoed School be rejected."
    found = [(d.agenda_item_ref, d.decision_text, d.outcome) for d in _decisions(ENGLISH_FIRST)]
    assert found == [
        ("6", "That the framework be awarded to Tywi Surfacing Ltd.", "other"),
        ("7", "That consideration of the fees be deferred to 14 July 2026.", "deferred")]


def test_regression_ampersand_code_minutes_carry_their_decisions(tmp_path):
    # each resolution is the decision of the minute it is under, by that minute's number
    assert [d.minute_number for d in decisions_in(minutes_of(FINANCE_COMMITTEE, tmp_path))] == [
        "F&GP 8/26", "F&GP 9/26"]


# ------------------------------------------------ "Chair." wrapped onto a line of its own

FIRE_AUTHORITY = """MINUTES of the meeting of the Fire Authority held on Thursday 14 May 2026

Present: Councillors P Venn (Chair), N Haque, G Oakley

3/26 DECLARATIONS OF INTEREST
None.
4/26 MINUTES
RESOLVED that the minutes of the meeting held on 19 March 2026 be confirmed and signed by the
Chair.
5/26 ANNUAL STATEMENT OF ASSURANCE
RESOLVED that the Annual Statement of Assurance be approved for publication and signed by the
Chairman.
The meeting closed at 12.05 pm.

CHAIR
"""

PARISH_MEETING = """Minutes of the Annual Parish Meeting held on 20 May 2026

Present: Cllr R Mead (Chair), Cllr F Lowe

26/014 Minutes
The minutes of the last meeting were approved and signed by the Chair.
26/015 Election of Vice-Chair
RESOLVED that Cllr Lowe be elected Vice-Chair for 2026/27, to deputise for the
Chair.
Chair
"""


def test_regression_chair_wrapped_alone_cut_the_resolution(tmp_path):
    found = [(d.minute_number, d.decision_text)
             for d in decisions_in(minutes_of(FIRE_AUTHORITY, tmp_path))]
    assert found == [
        ("4/26", "RESOLVED that the minutes of the meeting held on 19 March 2026 be confirmed "
                 "and signed by the Chair."),
        ("5/26", "RESOLVED that the Annual Statement of Assurance be approved for publication "
                 "and signed by the Chairman.")]
    # the last minute's wrapped "Chair." is its text; a signature under a full stop is not
    records = minutes_of(PARISH_MEETING, tmp_path)
    assert [n for n, _ in numbers(records)] == ["26/014", "26/015"]
    (last,) = [d for d in decisions_in(records) if d.minute_number == "26/015"]
    assert last.decision_text.endswith("to deputise for the Chair.")
    assert [b.title for b in minutes_of(PARISH_MEETING, tmp_path) if isinstance(b, Minute)][
        -1] == "Election of Vice-Chair"


# ------------------------------------------------ "agreed:" as the label over the decision

def test_regression_agreed_label_hid_what_was_agreed():
    assert classify_outcome("AGREED: that the report is noted.") == "noted"
    assert classify_outcome("The Committee agreed: to note the report.") == "noted"
    assert classify_outcome("After discussion, the Board agreed:-\n(a) to note the update") == (
        "noted")
    assert classify_outcome("The Panel agreed: that the minute be approved as a correct "
                            "record.") == "approved"
    # what the label heads names no verb of its own: the body agreed it
    assert classify_outcome("AGREED: that officers proceed with the open procedure.") == (
        "agreed")
    assert classify_outcome("AGREED that officers prepare options for November.") == "agreed"


# ------------------------------------------------ a shaped heading's title wrapped in bold

HEALTH_BOARD_PDF = """## WESTMARCH HEALTH AND WELLBEING BOARD
** Minutes of the meeting held on Thursday 15 October 2026 at 2.00 pm
Present:	Councillor R Hale (Chair), Dr S Mistry, Ms J Okoro
** JHWB 26/33 Minutes of the meeting held on 22 July 2026
Resolved: That the minutes be agreed as an accurate record.
** JHWB 26/34 Joint Local Health and Wellbeing Strategy - Performance Scorecard Quarter 2 2026/27
The Director of Public Health introduced the scorecard. Of 10 indicators, 4 were green.
Resolved: That the Board notes the Quarter 2 performance scorecard.
** JHWB 26/35 Better Care Fund Plan 2026/27 - Quarter 2 Return
Resolved: That the Board ratifies the Better Care Fund Quarter 2 return.
"""

PARTNERSHIP_PDF = """## SOUTHWOLD COMMUNITY SAFETY PARTNERSHIP
** Minutes of the meeting held on Tuesday 3 November 2026
Present:	Inspector D Moss (Chair), Ms K Bain, Mr T Rowe
** M26/07 Apologies
None.
** M26/08 Serious Violence Duty - Strategic Needs Assessment and Response Strategy Refresh for 2027
The analyst presented the refreshed assessment.
RESOLVED that the response strategy be approved.
** M26/09 Any other business
None.
"""


def _pdf_minutes(source: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    src = tmp_path / "minutes.pdfsrc"
    src.write_text(source)
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path), "minutes")
    return numbers(minutes.extract(ctx))


def test_regression_shaped_heading_lost_its_wrapped_title(tmp_path):
    assert _pdf_minutes(HEALTH_BOARD_PDF, tmp_path) == [
        ("JHWB 26/33", "Minutes of the meeting held on 22 July 2026"),
        ("JHWB 26/34",
         "Joint Local Health and Wellbeing Strategy - Performance Scorecard Quarter 2 2026/27"),
        ("JHWB 26/35", "Better Care Fund Plan 2026/27 - Quarter 2 Return")]
    assert _pdf_minutes(PARTNERSHIP_PDF, tmp_path)[1] == (
        "M26/08",
        "Serious Violence Duty - Strategic Needs Assessment and Response Strategy Refresh for 2027")


# ------------------------------------------------ a decision heading over its own label

MAYORAL_NOTICE = """Calderwick Combined Authority
Mayoral Decision Notice
Decision number: MD/2026/029
Title: Award of Contract for Depot Charging Infrastructure
Date of decision: 8 September 2026

Decision
The Mayor has decided:
(i) to approve the award of a contract for depot charging to Voltaris Infrastructure Ltd; and
(ii) to delegate to the Director of Transport the completion of the contract.

Reasons for the decision
The Authority holds £11.2m of grant.
"""

LEADER_NOTICE = """RECORD OF DECISION
Decision taken by: Leader of the Council
Subject: Disposal of land at Station Yard

Decision taken:
The Leader of the Council has decided:
to dispose of the land at Station Yard by auction.

Reasons for decision: The land is vacant.
"""


def test_regression_decision_heading_over_its_own_label_emptied_the_decision():
    (found,) = _decisions(MAYORAL_NOTICE)
    assert found.decision_text.startswith("(i) to approve the award of a contract")
    assert found.decision_text.endswith("the completion of the contract.")
    assert found.outcome == "approved"
    assert [d.decision_text for d in _decisions(LEADER_NOTICE)] == [
        "to dispose of the land at Station Yard by auction."]


# ------------------------------------------------ a report's recommendation, unheaded

RISK_REPORT = """Moorland National Park Authority
Corporate Risk Register - half-year review
Report of: Head of Corporate Services
Meeting: Audit and Performance Committee, 16 October 2026

1. That the Committee reviews the Corporate Risk Register and agrees the changes to risk
scores set out in paragraph 3.
2. The register gives each risk's gross score and its net score with current controls.
3. Risk R5 (cyber incident) has been reduced from net 12 to net 9.
"""

BOARD_REPORT = """Westmarch Integration Joint Board
Report to: Integration Joint Board
Meeting Date: 26 August 2026
Subject: Winter Plan 2026/27

That the Board approves the winter plan and the commissioning of 24 step-down beds.

Background
The partnership's winter plan is prepared each year with the health board.
"""


def _report_decisions(text: str) -> list[str]:
    return [d.decision_text for ctx in text_contexts(text) for d in decisions.extract(ctx)
            if isinstance(d, Decision)]


def test_regression_recommendation_worded_as_its_resolution_was_unread():
    assert _report_decisions(RISK_REPORT) == [
        "1. That the Committee reviews the Corporate Risk Register and agrees the changes to "
        "risk scores set out in paragraph 3."]
    assert _report_decisions(BOARD_REPORT) == [
        "That the Board approves the winter plan and the commissioning of 24 step-down beds."]


def test_regression_a_label_repeated_many_times_reads_without_recursing():
    """Each "AGREED:" or "The Committee agreed:" label read what it heads by reading that
    text again from the top, one call deeper per label: a line of a thousand labels (a text
    layer that repeats a run) raised RecursionError and lost the whole document's minutes."""
    assert classify_outcome("AGREED: " * 1500 + "to note the report") == "noted"
    assert classify_outcome("The Committee agreed: " * 1500 + "to defer the item") == "deferred"
    assert classify_outcome("AGREED: The Board agreed: that officers draft options") == "agreed"
