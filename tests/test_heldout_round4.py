"""Regression tests for the bugs held-out batch 17 showed on its first run (the fourth round,
aimed at the weakest readers: minutes, risks, agenda items, decisions): each named after the
bug, each on a small paper in the layout that showed it, plus the guards of the general rules
that fixed them."""

from __future__ import annotations

from conftest import text_contexts
from heldout_support import (
    FLOOR,
    below_floor,
    decisions_in,
    minutes_of,
    numbers,
    paper_contexts,
)
from kcc_papers.extract import agenda, decisions, meetings, minutes, risks
from kcc_papers.models import AgendaItem, Decision, Meeting, Risk
from kcc_papers.normalise.outcomes import classify_outcome

BATCH_17 = {
    "manx_commissioners_minutes.txt",
    "irish_district_minutes.pdfsrc",
    "fire_authority_risk_register.txt",
    "police_panel_risk_register.pdfsrc",
    "scottish_committee_agreed_minutes.txt",
    "joint_committee_tabled_minutes.pdfsrc",
    "scottish_order_of_business.txt",
    "mayoral_decision_notice.txt",
}
BATCH_18 = {
    "trust_port_minutes.txt",
    "licensing_board_minutes.txt",
    "health_partnership_risk_register.txt",
    "gross_net_risk_register.pdfsrc",
    "county_agenda_item_lines.pdfsrc",
    "joint_committee_fees_report.txt",
}
BATCH_19 = {
    "parish_compact_year_minutes.txt",
    "ni_council_dot_minutes.txt",
    "register_letter_scores.txt",
    "register_two_pages.pdfsrc",
    "board_agenda_timings.txt",
    "emergency_delegated_decision.txt",
}


def test_fourth_round_batches_meet_the_floor_in_every_class():
    low = below_floor(BATCH_17 | BATCH_18 | BATCH_19)
    assert not low, f"fourth-round F1 below {FLOOR}: {low}"


MANX = """HARBOURSIDE COMMISSIONERS

Minutes of the Ordinary Meeting of the Board held on Wednesday 14 January 2026 at 7.30 pm

Present: Mr J. Quayle (Chairman), Mrs A. Kinvig

M26/07 Apologies for absence

There were no apologies.

M26/08 Footpath lighting

After discussion it was proposed by Mrs Kinvig, seconded by Mr Quayle and resolved that
six new lamps be installed on the shore path.

M26/09 Date of next meeting

The next meeting will be on 11 February 2026.
"""


def test_regression_letter_year_stroke_number_minutes_were_not_found(tmp_path):
    """'M26/07' (one letter, the year, a stroke, the number) matched no known style: the
    document's own shape numbers its minutes."""
    assert numbers(minutes_of(MANX, tmp_path)) == [
        ("M26/07", "Apologies for absence"),
        ("M26/08", "Footpath lighting"),
        ("M26/09", "Date of next meeting"),
    ]


def test_regression_seconded_and_resolved_that_in_one_sentence_was_no_decision(tmp_path):
    (d,) = decisions_in(minutes_of(MANX, tmp_path))
    assert d.minute_number == "M26/08"
    assert "six new lamps be installed on the shore path" in d.decision_text


def test_regression_masthead_named_after_its_members_lost_to_the_board(tmp_path):
    """'Ordinary Meeting of the Board' under 'HARBOURSIDE COMMISSIONERS' is the
    commissioners' meeting."""
    (ctx,) = text_contexts(MANX, "minutes", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Harbourside Commissioners"


IRISH = """KILBRENNAN COUNTY COUNCIL

Minutes of the Meeting of the Ballyfinn Municipal District held on Monday 19 January 2026

Present: Cllr Ann Moran (Cathaoirleach), Cllr Brian Tully, Cllr Ciara Nolan

1.0 Confirmation of Minutes

On the proposal of Cllr Tully, seconded by Cllr Nolan, the members agreed to adopt the minutes.

2.0 Roads Programme 2026

On the proposal of Cllr Ryan, seconded by Cllr Moran, the members agreed to approve the programme.

3.0 Correspondence

It was agreed to defer the reply to the March meeting.
"""


def test_regression_number_point_zero_minutes_were_not_found(tmp_path):
    assert numbers(minutes_of(IRISH, tmp_path)) == [
        ("1.0", "Confirmation of Minutes"),
        ("2.0", "Roads Programme 2026"),
        ("3.0", "Correspondence"),
    ]


def test_regression_on_the_proposal_of_the_members_agreed_was_no_decision(tmp_path):
    found = {d.minute_number: d for d in decisions_in(minutes_of(IRISH, tmp_path))}
    assert "agreed to adopt the minutes" in found["1.0"].decision_text
    assert found["2.0"].outcome == "approved"
    assert found["3.0"].outcome == "deferred"


def test_regression_agreed_to_defer_was_outcome_agreed():
    assert classify_outcome("It was agreed to defer consideration to March.") == "deferred"
    assert classify_outcome("The members agreed to approve the schedule.") == "approved"
    # what is agreed to without an operative verb stays agreed
    assert classify_outcome("It was agreed to write to the Minister.") == "agreed"


def test_shape_needs_one_running_sequence():
    """A shape is believed only from three headings or more, in one slot running up: dates,
    times and a pair of numbered lines are no numbering."""
    # imported here: the module is new, and the rest of this file runs on the code before it
    from kcc_papers.extract.minutes.shapes import shaped_candidates

    assert shaped_candidates(["M26/01 Apologies", "M26/02 Minutes"]) == []
    assert shaped_candidates(["14/01/2026 Meeting held", "15/01/2026 Site visit",
                              "16/01/2026 Hearing"]) == []
    assert shaped_candidates(["1.0 Apologies", "2.0 Minutes", "7.0 Planning"]) == []
    found = shaped_candidates(["FC25/101 Apologies", "Text.", "FC25/102 Minutes",
                               "FC25/103 Planning"])
    assert [c.label for c in found] == ["FC25/101", "FC25/102", "FC25/103"]


FIRE_REGISTER = """NORTHMERE FIRE AND RESCUE AUTHORITY

Audit Committee - 26 February 2026

Strategic Risk Register

Risk No.\tRisk\tProb.\tConsequence\tRating\tTrend
CR.01\tOn-call firefighter availability\t4\t4\t16\tStable
CR.02\tFailure of the mobilising system\t2\t5\t10\tImproving
"""


def test_regression_prob_and_consequence_columns_gave_no_risks(tmp_path):
    (ctx,) = text_contexts(FIRE_REGISTER, "risk_register", tmp_path)
    got = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
           for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert got == [("CR.01", 4, 4, 16), ("CR.02", 2, 5, 10)]


RESIDUAL_REGISTER = """WESTHOLM PCC

Joint Audit Committee - 4 March 2026

Risk Register Update

Ref\tRisk\tInherent (L x I)\tResidual (L x I)\tOwner
PCC-R3\tLoss of public confidence\t4x5=20\t3x4=12\tChief Executive
PCC-R9\tData breach by a partner\t4x4=16\t2x3=6\tData Protection Officer
"""


def test_regression_residual_column_headed_by_its_product_gave_no_score(tmp_path):
    (ctx,) = text_contexts(RESIDUAL_REGISTER, "risk_register", tmp_path)
    got = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
           for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert got == [("PCC-R3", 3, 4, 12), ("PCC-R9", 2, 3, 6)]


ORDER_OF_BUSINESS = """GLENMORAY COUNCIL

HOUSING AND COMMUNITIES COMMITTEE

Notice is hereby given that a meeting of the Housing and Communities Committee will be held
in the Council Chambers, Elgarth, on Thursday 12 March 2026 at 2.00 pm.

BUSINESS

(1) Declarations of Interest

(2) Rent Setting 2026/27 - Report by the Head of Housing

(3) Void Property Performance - Report by the Head of Housing
"""


def test_regression_notice_hereby_given_with_business_was_no_agenda(tmp_path):
    (ctx,) = text_contexts(ORDER_OF_BUSINESS, tmp=tmp_path)
    assert ctx.segment.kind == "agenda"
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.meeting_date is not None and meeting.meeting_date.isoformat() == "2026-03-12"
    assert meeting.committee == "Housing and Communities Committee"


def test_regression_bracketed_item_numbers_gave_no_agenda_items(tmp_path):
    (ctx,) = text_contexts(ORDER_OF_BUSINESS, "agenda", tmp_path)
    items = [(a.item_ref, a.title, a.description)
             for a in agenda.extract(ctx) if isinstance(a, AgendaItem)]
    assert items == [
        ("1", "Declarations of Interest", None),
        ("2", "Rent Setting 2026/27", "Report by the Head of Housing"),
        ("3", "Void Property Performance", "Report by the Head of Housing"),
    ]


MAYORAL = """EASTMOOR COMBINED AUTHORITY

Mayoral Decision Notice

Title: Bus Service Improvement Grant 2026/27

Date of decision: 17 March 2026

Decision of the Mayor:
I approve the award of a grant of £2,400,000 to Eastmoor Buses Limited.

Reasons for the decision:
The enhanced network will increase evening frequencies.
"""


def test_regression_decision_of_the_mayor_label_gave_the_masthead_as_decision(tmp_path):
    (ctx,) = text_contexts(MAYORAL, "decision", tmp_path)
    (d,) = [r for r in decisions.extract(ctx) if isinstance(r, Decision)]
    assert d.decision_text.startswith("I approve the award of a grant")
    assert "evening" not in d.decision_text
    assert d.title == "Bus Service Improvement Grant 2026/27"
    assert d.decision_date is not None and d.decision_date.isoformat() == "2026-03-17"


def test_regression_minutes_printed_as_a_ruled_table_ran_the_cells_into_the_titles(tmp_path):
    """A PDF's row 'No. | Item | Discussion and decision' came out as one line, its decision
    cell read into the title and the resolutions shifted one minute up."""
    (ctx,) = paper_contexts("joint_committee_tabled_minutes.pdfsrc", tmp_path, "minutes")
    records = minutes.extract(ctx)
    assert numbers(records)[:3] == [("21", "Apologies"), ("22", "Minutes of the last meeting"),
                                     ("23", "Cremator replacement")]
    found = {d.minute_number: d.decision_text for d in decisions_in(records)}
    assert found["22"] == "Agreed as a correct record."
    assert found["23"].startswith("Resolved that the replacement of cremator 2")


def test_bare_verb_outcome_needs_no_subject(tmp_path):
    """Guard: in formal minutes, 'Agreed that the report had been helpful' under discussion
    is no outcome of the bare-verb form; 'Agreed.' alone after a 'RESOLVED' elsewhere is.
    (A borough's committee: a town, parish or community council's minutes are never formal
    since round 19, their prose decisions read beside a RESOLVED.)"""
    text = """BOROUGH COUNCIL

Minutes of the meeting of the Finance Committee held on 3 March 2026

1. Budget

RESOLVED that the budget be approved.

2. Grants

Agreed that the report had been helpful.

3. Insurance

Agreed to renew the policy with the current insurer.
"""
    found = {d.minute_number: d.decision_text for d in decisions_in(minutes_of(text, tmp_path))}
    assert "2" not in found
    assert found["3"] == "Agreed to renew the policy with the current insurer."


TRUST = """ABERCRAIG HARBOUR TRUST

Minutes of the meeting of the Harbour Board held at the Harbour Office on Tuesday
3 February 2026 at 2.00 pm

Present: Mr K. Lennox (Chair), Ms M. Ogilvie

Min 26.07 Apologies

None.

Min 26.08 Slipway repairs

Outcome: The Board approved the repair of the slipway at a cost of £42,000.

Min 26.09 Any other business

None.
"""


def test_regression_label_before_a_year_dot_number_gave_the_date_line_as_a_minute(tmp_path):
    """'Min 26.07' matched no known style, and '3 February 2026 at 2.00 pm' (a wrapped heading
    line) was read as minute 3: the one stray numbered line hid the document's own shape."""
    records = minutes_of(TRUST, tmp_path)
    assert numbers(records) == [("26.07", "Apologies"), ("26.08", "Slipway repairs"),
                                 ("26.09", "Any other business")]


def test_regression_outcome_label_was_no_decision(tmp_path):
    (d,) = decisions_in(minutes_of(TRUST, tmp_path))
    assert d.minute_number == "26.08"
    assert d.decision_text.startswith("Outcome: The Board approved the repair")
    assert d.outcome == "approved"


LICENSING = """DUNMORE LICENSING BOARD

MINUTE OF MEETING of the DUNMORE LICENSING BOARD held in the Council Chambers, Dunmore, on
Thursday 22 January 2026 at 10.30 am

Present: Councillors R. Urquhart (Convener), S. Valentine

1. PREMISES LICENCE APPLICATION - THE QUAYSIDE BAR

The Board GRANTED the application subject to the standard conditions.

2. PERSONAL LICENCE REVIEW - MR V. ANDERSON

Having considered the representations, the Board REVOKED the personal licence.
"""


def test_regression_singular_minute_of_meeting_was_classed_an_agenda(tmp_path):
    (ctx,) = text_contexts(LICENSING, tmp=tmp_path)
    assert ctx.segment.kind == "minutes"


def test_regression_board_verbs_in_capitals_were_nodecisions_in(tmp_path):
    found = {d.minute_number: d for d in decisions_in(minutes_of(LICENSING, tmp_path))}
    assert found["1"].decision_text.startswith("The Board GRANTED the application")
    assert found["1"].outcome == "approved"
    assert "REVOKED the personal licence" in found["2"].decision_text


DATIX_REGISTER = """WESTBURN HEALTH AND SOCIAL CARE PARTNERSHIP

Audit and Risk Committee - 11 March 2026

Strategic Risk Register

Datix ID\tRisk Title\tLikelihood\tConsequence\tCurrent Rating (L x C)\tTarget Rating
1023\tInsufficient care at home capacity\t4\t4\t16 High\t9 Medium
1187\tDelayed discharge from acute hospital\t4\t3\t12 High\t6 Medium
"""


def test_regression_datix_id_column_and_four_figure_ids_gave_no_risks(tmp_path):
    (ctx,) = text_contexts(DATIX_REGISTER, "risk_register", tmp_path)
    got = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
           for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert got == [("1023", 4, 4, 16), ("1187", 4, 3, 12)]


def test_regression_item_label_alone_over_its_title_gave_no_agenda_items(tmp_path):
    (ctx,) = paper_contexts("county_agenda_item_lines.pdfsrc", tmp_path, "agenda")
    items = [(a.item_ref, a.title) for a in agenda.extract(ctx) if isinstance(a, AgendaItem)]
    assert items[:2] == [("1", "Apologies for absence and substitutions"),
                         ("2", "Declarations of interest")]
    assert len(items) == 5


NI_DOTTED = """LOUGHSIDE AND GLENS BOROUGH COUNCIL

Minutes of the Meeting of the Environmental Services Committee held in the Council Chamber,
Loughside, on Tuesday 10 March 2026 at 6.30 pm

Members Present: Councillors H. Irvine, J. Kerr

C.145/26 APOLOGIES

None.

C.146/26 DOG CONTROL ORDERS

The Committee recommended to Council that the Dog Control Orders be made as consulted on.

C.147/26 RECYCLING PERFORMANCE

Members noted the report.
"""


def test_regression_letters_stop_number_stroke_year_minutes_were_not_found(tmp_path):
    assert [n for n, _ in numbers(minutes_of(NI_DOTTED, tmp_path))] == [
        "C.145/26", "C.146/26", "C.147/26"]


def test_regression_recommended_to_council_and_members_noted_were_nodecisions_in(tmp_path):
    found = {d.minute_number: d for d in decisions_in(minutes_of(NI_DOTTED, tmp_path))}
    assert "recommended to Council that the Dog Control Orders" in found["C.146/26"].decision_text
    assert found["C.147/26"].decision_text == "Members noted the report."
    assert found["C.147/26"].outcome == "noted"


PARISH = """LITTLE HAVERING PARISH COUNCIL

Minutes of the Parish Council Meeting held on Monday 9 March 2026 at 7.30 pm

Present: Cllrs A. Barker (Chairman), B. Cole

2526/101 Apologies for absence

None.

2526/102 Bus shelter, Church Lane

Two quotations had been received.
Decision – to accept the quotation from Parkside Shelters Ltd of £3,950.

2526/103 Date of next meeting

Monday 13 April 2026.
"""


def test_regression_decision_dash_clause_was_no_decision(tmp_path):
    (d,) = decisions_in(minutes_of(PARISH, tmp_path))
    assert d.minute_number == "2526/102"
    assert "to accept the quotation from Parkside Shelters Ltd" in d.decision_text


def test_decision_dash_needs_a_clause():
    """Guard: 'Decision - 24/00097 - Special School Review' cites a decision (a Kent cabinet
    member's update); only a lower-case clause after the dash is one."""
    from kcc_papers.extract.minutes.resolution_marks import resolves
    assert not resolves("Decision - 24/00097 - Special School Review, which had been called in")
    assert resolves("Decision – to accept the quotation")


def test_regression_parish_council_meeting_was_named_parish_council(tmp_path):
    (ctx,) = text_contexts(PARISH, "minutes", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Little Havering Parish Council"


LETTER_SCORES = """TRENTHAM VALE BOROUGH COUNCIL

Governance and Audit Committee - 16 March 2026

Strategic Risk Register

No.\tRisk\tCurrent Score\tOwner
R01\tFailure to deliver the Local Plan on time\tL4 I3 (12)\tHead of Planning
R02\tLoss of income from car parking\tL3 I3 (9)\tHead of Finance
"""


def test_regression_letter_factors_with_bracketed_score_and_no_heading_gave_no_risks(tmp_path):
    (ctx,) = text_contexts(LETTER_SCORES, "risk_register", tmp_path)
    got = [(r.risk_id, r.likelihood, r.impact, r.current_rating)
           for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert got == [("R01", 4, 3, 12), ("R02", 3, 3, 9)]


def test_regression_lower_case_risk_ref_heading_failed_the_register_check(tmp_path):
    (ctx,) = paper_contexts("register_two_pages.pdfsrc", tmp_path, "risk_register")
    got = [r.risk_id for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert got == ["SR1", "SR2", "SR3", "SR4"]


def test_regression_time_before_the_item_number_was_read_as_the_ref(tmp_path):
    text = """WESTBURN INTEGRATION JOINT BOARD

Wednesday 18 March 2026 at 10.00 am

AGENDA

10.00   1.  Welcome and apologies
10.05   2.  Declarations of interest
10.45   3.  Revenue budget 2026/27
"""
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    items = [(a.item_ref, a.title) for a in agenda.extract(ctx) if isinstance(a, AgendaItem)]
    assert items == [("1", "Welcome and apologies"), ("2", "Declarations of interest"),
                     ("3", "Revenue budget 2026/27")]
