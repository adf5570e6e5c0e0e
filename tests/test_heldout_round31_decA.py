"""Held-out round 31, decisions of batches A-C: the misses fixed, each on a small paper written
in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows

# A safety advisory group's notes: what it agreed to advise, then an event's debrief closing on
# the group noting the report laid before it.
GROUP_NOTES_DEBRIEF = """KESTREL BAY SAFETY ADVISORY GROUP

NOTES OF THE MEETING HELD ON TUESDAY, 4 MARCH 2031 AT 10.00 AM

PRESENT:    Ms R Pillai (Chair), Mr T Lowe, Ms J Carter

SAG/31/12   SUMMER CARNIVAL 2031

The Group agreed to advise the organiser that the road closure order be applied for at least
12 weeks before the event.

SAG/31/13   DEBRIEF: NEW YEAR'S EVE ON THE PROMENADE 2030

Attendance was estimated at 18,500. Police reported 6 arrests. The Group noted the debrief report.
"""


def test_an_advisory_group_noting_the_report_laid_before_it_decides(tmp_path: Path) -> None:
    rows = decision_rows(GROUP_NOTES_DEBRIEF, tmp_path)
    assert ("The Group noted the debrief report.", "noted") in rows


# A board's notes labelling each outcome, its refusal under the label's negation.
BOARD_NOTES_NOT_AGREED = """VISIT WYELAND DESTINATION MANAGEMENT BOARD

NOTES OF THE MEETING HELD ON THURSDAY, 19 JUNE 2031 AT 10.00 AM

PRESENT:    Mr M Delahaye (Chair), Cllr F Tregunna, Ms S Pemberton-Hale

17.   TOURISM ACCOMMODATION LEVY

The Board discussed a proposal from the Chamber of Commerce. Members were divided.

Not agreed: the proposal to ask the Council to consult on a voluntary accommodation levy was not agreed.

18.   BOARD MEMBERSHIP

Agreed: Idris Vaughan be appointed Vice-Chair of the Board until June 2032.
"""  # noqa: E501


def test_a_not_agreed_label_is_the_boards_refusal(tmp_path: Path) -> None:
    rows = decision_rows(BOARD_NOTES_NOT_AGREED, tmp_path)
    assert ("Not agreed: the proposal to ask the Council to consult on a voluntary accommodation "
            "levy was not agreed.", "rejected") in rows


# A mayoral decision form: the decision asked for under "Decision required:", its approval
# signed under it ("The above request has my approval."), no "Decision:" label of its own.
MAYORAL_DECISION_FORM = """%% header GREATER LONDON AUTHORITY
%% footer MD2871 - Page {page} of {pages}
## MAYORAL DECISION - MD2871
** Title: Flood Sensors: Data Platform Contract
** Executive summary:
This decision seeks approval to award the contract for the sensor data platform to Riverlight Analytics Ltd.
** Decision required:
That the Mayor approves the award of a contract for the flood sensor data platform to Riverlight Analytics Ltd for three years at a total value of £1,184,500.
** Mayor of London
I confirm that I do not have any disclosable pecuniary interests in the proposed decision.
The above request has my approval.
Signature:	[signed]
Date:	22 August 2031
--- page ---
** PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE MAYOR
** Decision required - supporting report
** 1. Introduction and background
1.1 The sensors need a single data platform that collects their readings.
"""  # noqa: E501


def test_a_decision_forms_decision_required_is_what_its_maker_approves(tmp_path: Path) -> None:
    rows = source_decision_rows(MAYORAL_DECISION_FORM, "decision_notice", tmp_path)
    assert [text for text, _ in rows] == [
        "That the Mayor approves the award of a contract for the flood sensor data platform to "
        "Riverlight Analytics Ltd for three years at a total value of £1,184,500."]


# A cabinet's minutes: a deputation heard and referred on by the Leader, nothing resolved.
CABINET_DEPUTATION = """LONDON BOROUGH OF KENSAL

MINUTES OF THE CABINET HELD ON MONDAY, 20 OCTOBER 2031 AT 7.00 PM

PRESENT:    Councillor A Mullally (Leader, Chair), Councillors B Boateng-Price and C Rowe

56.   MINUTES OF THE PREVIOUS MEETING

RESOLVED: That the minutes of the meeting held on 22 September 2031 be agreed as a correct record.

57.   DEPUTATIONS

The Cabinet received a deputation from Ms Yolanda Pereira about traffic outside Kensal Fields Primary School. The Leader thanked Ms Pereira and referred the matter to the Cabinet Member for Environment.
"""  # noqa: E501


def test_a_deputation_received_is_no_decision(tmp_path: Path) -> None:
    rows = decision_rows(CABINET_DEPUTATION, tmp_path)
    assert [text for text, _ in rows] == [
        "RESOLVED: That the minutes of the meeting held on 22 September 2031 be agreed as a "
        "correct record."]


# An independent remuneration panel's report, bound in as an appendix after the council's own
# report: its recommendations under "Our recommendations", each labelled with its number, then
# the panel's reasoning.
PANEL_APPENDIX = """## BRACKWATER COUNTY COUNCIL
| Report to: | County Council |
| Date: | 11 December 2031 |
| Subject: | Members' Allowances: Report of the Independent Remuneration Panel |
** 1. Recommendations
The Council is RECOMMENDED:
(a) to adopt the Members' Allowances Scheme set out in Appendix 2 from 1 April 2032; and
(b) to authorise the Director of Law and Governance to publish the Panel's report.
** 2. Background
2.1 The Panel is shared by the County Council and four of the district councils.
--- page ---
^^ APPENDIX 1
** REPORT OF THE INDEPENDENT REMUNERATION PANEL: MEMBERS' ALLOWANCES FROM 1 APRIL 2032
** Our recommendations
Recommendation 1: that the basic allowance be £12,050 a year from 1 April 2032.
Recommendation 2: that no member receive more than one special responsibility allowance.
** The basic allowance
A.1 The basic allowance recognises the time commitment of all councillors. We have valued that time at the median hourly pay in the county.
"""  # noqa: E501


def test_a_panels_labelled_recommendations_are_one_block(tmp_path: Path) -> None:
    rows = source_decision_rows(PANEL_APPENDIX, "report", tmp_path)
    assert ("Recommendation 1: that the basic allowance be £12,050 a year from 1 April 2032.\n"
            "Recommendation 2: that no member receive more than one special responsibility "
            "allowance.") in [text for text, _ in rows]
