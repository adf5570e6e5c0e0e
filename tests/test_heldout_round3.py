"""Regression tests for the bugs the ninth and tenth held-out batches showed on their first run
(issue 11, third round): each named after the bug, each on a small paper in the layout that
showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts, text_contexts
from heldout_support import FLOOR, below_floor, decisions_in, heldout_accuracy, minutes_of, numbers
from kcc_papers.extract import Context, agenda, contracts, kpis, meetings, minutes, risks
from kcc_papers.extract.kpis.rag import parse_rag
from kcc_papers.extract.meetings.minutes_heading import minutes_heading
from kcc_papers.extract.risks.values import parse_product
from kcc_papers.models import Contract, Decision, Kpi, Meeting, Record, Risk
from kcc_papers.normalise.outcomes import classify_outcome

BATCH_9 = {
    "ni_district_committee_minutes.txt",
    "national_park_planning_minutes.pdfsrc",
    "scottish_roman_minutes.pdfsrc",
    "fire_authority_minutes.txt",
    "transport_board_minutes.pdfsrc",
    "london_cabinet_agenda_table.pdfsrc",
    "county_cabinet_agenda_columns.txt",
    "kpi_quarterly_columns.pdfsrc",
    "welsh_kpi_tolerance.txt",
    "police_risk_register.pdfsrc",
    "combined_authority_risk_scores.txt",
    "contract_award_report.pdfsrc",
}
BATCH_10 = {
    "town_council_full_minutes.txt",
    "record_of_executive_decisions.pdfsrc",
    "national_park_agenda_papers.pdfsrc",
    "county_kpi_q3_actual.txt",
    "ijb_risk_cards.txt",
    "contract_award_lots.txt",
}
BATCH_11 = {
    "scottish_agenda_subitems.pdfsrc",
    "welsh_item_numbered_minutes.txt",
    "parish_caps_headings_minutes.txt",
    "kpi_frequency_good_is.pdfsrc",
    "town_council_risk_assessment.txt",
    "ni_officer_contract_decision.txt",
}
BATCH_12 = {
    "district_recommended_minutes.txt",
    "metropolitan_agenda_pages_below.pdfsrc",
    "kpi_baseline_variance.txt",
    "risk_words_and_numbers.pdfsrc",
    "members_asked_report.pdfsrc",
    "key_decision_report_table.pdfsrc",
}
BATCH_13 = {
    "planning_minutes_two_pages.pdfsrc",
    "welsh_agenda_tudalennau.txt",
    "kpi_on_track.pdfsrc",
    "risk_impact_first.txt",
    "board_colon_list_minutes.txt",
    "delegated_decision_table.pdfsrc",
}
BATCH_14 = {
    "minute_label_above_title.pdfsrc",
    "agenda_item_prefix.txt",
    "kpi_scorecard_period.pdfsrc",
    "procurement_plan_contracts.txt",
    "cabinet_member_decisions_requested.pdfsrc",
    "parish_paren_numbers_minutes.txt",
}
BATCH_15 = {
    "cmis_minutes_page.html",
    "agenda_two_column_pdf.pdfsrc",
    "kpi_rating_column.txt",
    "risk_wrapped_rows.txt",
    "ni_committee_slash_year_minutes.txt",
    "report_recommendation_table.pdfsrc",
}
BATCH_16 = {
    "parish_agreed_action_minutes.pdfsrc",
    "agenda_wrapped_titles.txt",
    "kpi_abbreviated_headers.pdfsrc",
    "risk_colour_rating.txt",
    "cabinet_year_number_minutes.txt",
    "preferred_bidder_report.txt",
}


def test_third_round_batches_meet_the_floor_in_every_class():
    """Batches 9 to 16 (the third round's papers) hold the floor in every class the scorer
    counts, KPIs and risks included."""
    batches = (BATCH_9 | BATCH_10 | BATCH_11 | BATCH_12 | BATCH_13 | BATCH_14 | BATCH_15
               | BATCH_16)
    low = below_floor(batches)
    assert not low, f"third-round F1 below {FLOOR}: {low}"


def _decisions(records: list[Record]) -> list[str]:
    return [d.decision_text for d in decisions_in(records)]


NI = """CARRICK DISTRICT COUNCIL

Minutes of a Meeting of the Strategic Policy and Resources Committee held on Thursday
11 September 2025 at 7.00 pm

In the Chair: Alderman D. McKeown
Members Present: Councillors C. Doherty, T. Quinn

SPR 101/25  APOLOGIES

Apologies were received from Councillor M. Hanna.

SPR 102/25  MINUTES OF MEETING HELD ON 14 AUGUST 2025

Proposed by Councillor Doherty
Seconded by Councillor Quinn and

AGREED - that the minutes be adopted.

SPR 103/25  ANY OTHER BUSINESS

There was no other business.
"""


def test_regression_committee_letters_spaced_from_number_and_year_were_nominutes_of(tmp_path):
    """'SPR 101/25': the committee's letters, a space, then number/year was not a heading."""
    records = minutes_of(NI, tmp_path)
    assert numbers(records) == [("SPR 101/25", "APOLOGIES"),
                                 ("SPR 102/25", "MINUTES OF MEETING HELD ON 14 AUGUST 2025"),
                                 ("SPR 103/25", "ANY OTHER BUSINESS")]
    assert _decisions(records) == ["AGREED - that the minutes be adopted."]


NATIONAL_PARK = """HIGHMOOR NATIONAL PARK AUTHORITY

Planning Committee

Minutes of the meeting held on Friday 5 December 2025 at 10.00 am

61/2025 Apologies for absence

Apologies were received from Mr Metcalfe.

62/2025 NP/25/0412/FUL - Barn conversion, Low Gill Farm

RESOLVED: That planning permission be granted subject to conditions.

63/2025 Planning enforcement quarterly report

RESOLVED: That the report be noted.
"""


def test_regression_number_then_year_in_full_was_read_as_year_then_number(tmp_path):
    """'61/2025' was read as the year '61' and running number 2025, so no two headings
    followed each other."""
    records = minutes_of(NATIONAL_PARK, tmp_path)
    assert [n for n, _ in numbers(records)] == ["61/2025", "62/2025", "63/2025"]


def test_regression_planning_permission_be_granted_was_outcome_other():
    assert classify_outcome("RESOLVED: That planning permission be granted subject to "
                            "conditions.") == "approved"
    assert classify_outcome("That a grant of £500 be awarded to the pantry") != "approved"


FIRE = """WESTERMERE FIRE AND RESCUE AUTHORITY

MINUTES of the meeting of the FIRE AUTHORITY held on Thursday 18 December 2025 at 10.30 am.

Min. 45.  Apologies for Absence

45.1 Apologies for absence were received from Councillor M. Trent.

Min. 46.  Community Risk Management Plan 2026-2029

46.1 The Chief Fire Officer presented the draft plan.

46.2 Resolved – that the Community Risk Management Plan 2026-2029 be approved.

46.3 Members thanked the staff for their work on the consultation.
"""


def test_regression_resolved_in_a_two_level_numbered_paragraph_was_no_decision(tmp_path):
    """'46.2 Resolved – that ...': the paragraph's number hid the resolution, and the next
    paragraph '46.3' ends it."""
    records = minutes_of(FIRE, tmp_path)
    assert numbers(records) == [("45", "Apologies for Absence"),
                                 ("46", "Community Risk Management Plan 2026-2029")]
    assert _decisions(records) == [
        "Resolved – that the Community Risk Management Plan 2026-2029 be approved."]


SCOTTISH = """GLENARDEN COUNCIL

Communities and Housing Committee

Minute of Meeting held in the Council Chambers on Tuesday 21 October 2025 at 10.00 am

Present: Councillor F. MacLeod (Convener); Councillors A. Baird and J. Watt

I. DECLARATIONS OF INTEREST

No declarations of interest were intimated.

II. MINUTE OF PREVIOUS MEETING

DECISION

The Committee AGREED to approve the minute as a correct record.

III. EMPTY HOMES UPDATE

DECISION

The Committee noted the update.
"""


def test_regression_roman_numbered_minutes_were_unnumbered(tmp_path):
    records = minutes_of(SCOTTISH, tmp_path)
    assert numbers(records) == [("I", "DECLARATIONS OF INTEREST"),
                                 ("II", "MINUTE OF PREVIOUS MEETING"),
                                 ("III", "EMPTY HOMES UPDATE")]


def test_regression_minute_of_meeting_under_a_title_case_committee_named_the_council(
        tmp_path):
    """'Minute of Meeting' (singular, no article) was no minutes heading, and the title-case
    committee line above it was passed over for the council's name."""
    heading = minutes_heading(SCOTTISH.splitlines()[:12])
    assert heading.committee == "Communities and Housing Committee"
    (ctx,) = text_contexts(SCOTTISH, "minutes", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Communities and Housing Committee"


def test_regression_meeting_of_the_board_named_the_board_without_its_name(tmp_path):
    text = ("NORTHERN VALLEYS TRANSPORT BOARD\n\nMinutes of the meeting of the Board held on "
            "Monday 19 January 2026 at 2.00 pm\n\n1. Apologies for absence\n\nNone.\n\n"
            "2. Finance\n\nRESOLVED: That the position be noted.\n")
    assert minutes_heading(text.splitlines()).committee == "Northern Valleys Transport Board"


COLUMN_AGENDA = """DERWENTSHIRE COUNTY COUNCIL

CABINET

Thursday, 22 January 2026 at 10.00 am

AGENDA

Item                                                                       Page

1.    Apologies for Absence

2.    Minutes of the meeting held on 11 December 2025                      1 - 6

3.    Highways Capital Programme 2026/27                                  29 - 54

4.    Disposal of the Former Matlow Library Site                          81
"""


def test_regression_page_column_under_item_page_header_was_part_of_the_title(tmp_path):
    """An 'Item ... Page' column header: each row's last column is its pages, not title."""
    (ctx,) = text_contexts(COLUMN_AGENDA, "agenda", tmp_path)
    found = [(i.item_ref, i.title, i.page_from, i.page_to) for i in agenda.extract(ctx)]
    assert found == [("1", "Apologies for Absence", None, None),
                     ("2", "Minutes of the meeting held on 11 December 2025", 1, 6),
                     ("3", "Highways Capital Programme 2026/27", 29, 54),
                     ("4", "Disposal of the Former Matlow Library Site", 81, 81)]


def _kpis(text: str, tmp_path: Path) -> list[tuple[object, ...]]:
    (ctx,) = text_contexts(text, "performance_report", tmp_path)
    return [(k.ref, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
            if isinstance(k, Kpi)]


def test_regression_quarter_columns_gave_the_first_quarter_as_the_latest(tmp_path):
    text = ("BRAMLEIGH DISTRICT COUNCIL\n\nPerformance Monitoring Report - Quarter 3 2025/26\n\n"
            "Overview and Scrutiny Committee - 10 February 2026\n\n"
            "Ref\tMeasure\tQ1\tQ2\tQ3\tQ4\tTarget\tStatus\n"
            "BD1\tHousehold waste recycled (%)\t48.2\t47.1\t45.9\t-\t50.0\tAmber\n"
            "BD2\tNew Housing Benefit claims (days)\t21\t24\t27\t-\t20\tRed\n")
    assert _kpis(text, tmp_path) == [("BD1", 45.9, "amber"), ("BD2", 27.0, "red")]


def test_regression_measure_code_column_beside_description_shifted_the_values(tmp_path):
    """'Measure | Description | Actual | Target | Tolerance | Status': the 'Measure' column
    holds codes, so the row was read one column right (Target as the value), and the
    tolerance statuses were no RAG."""
    text = ("CAERWERN COUNTY COUNCIL\n\nCorporate Performance Report: Quarter 2 2025/26\n\n"
            "Governance and Audit Committee - 27 November 2025\n\n"
            "Measure\tDescription\tActual\tTarget\tTolerance\tStatus\n"
            "WBO1.1\tPercentage of pupils attending school\t92.4\t94.0\t2.0\tWithin Tolerance\n"
            "WBO2.3\tHighways inspections completed on time (%)\t71.0\t95.0\t5.0\t"
            "Outside Tolerance\n"
            "WBO3.1\tWaste reused, recycled or composted (%)\t66.8\t64.0\t2.0\tOn Target\n")
    assert _kpis(text, tmp_path) == [("WBO1.1", 92.4, "amber"), ("WBO2.3", 71.0, "red"),
                                     ("WBO3.1", 66.8, "green")]


def test_regression_tolerance_statuses_are_ratings():
    assert [parse_rag(s) for s in ("On Target", "Within tolerance", "OUTSIDE TOLERANCE",
                                   "Off target")] == ["green", "amber", "red", None]


def _risks(text: str, tmp_path: Path) -> list[tuple[object, ...]]:
    (ctx,) = text_contexts(text, "risk_register", tmp_path)
    return [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_rating)
            for r in risks.extract(ctx) if isinstance(r, Risk)]


def test_regression_probability_severity_current_score_register_was_not_read(tmp_path):
    """A register whose words are 'Risk Ref', 'Probability', 'Severity' and 'Current score'
    (no 'Rating', 'Likelihood' or capital 'Score') was not looked at."""
    text = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR ASHVALE\n\n"
            "Joint Audit Committee - 4 March 2026\n\nStrategic Risk Register\n\n"
            "Risk Ref\tRisk\tRisk owner\tProbability\tSeverity\tCurrent score\n"
            "SR01\tInsufficient funding\tChief Finance Officer\t4\t5\t20\n"
            "SR02\tCommand and control system fails\tDirector of IT\t2\t5\t10\n")
    assert _risks(text, tmp_path) == [("SR01", 4, 5, 20, None), ("SR02", 2, 5, 10, None)]


def test_regression_score_printed_with_its_factors_and_hyphenated_ids_gave_no_risks(
        tmp_path):
    """'4x5=20' in a 'Current Risk (L x I)' column, ids 'CA-R1'."""
    text = ("TEES AND WOLD COMBINED AUTHORITY\n\nAudit and Governance Committee\n\n"
            "Date: 29 January 2026\n\nSubject: Corporate Risk Register Update\n\n"
            "Ref\tRisk\tOwner\tCurrent Risk (L x I)\tTarget Risk (L x I)\n"
            "CA-R1\tFunding settlement is lower than planned\tDirector of Finance\t4x5=20\t3x4=12\n"
            "CA-R2\tMass transit costs exceed the budget\tDirector of Transport\t4 x 4 = 16\t"
            "2x4\n")
    assert _risks(text, tmp_path) == [("CA-R1", 4, 5, 20, 12), ("CA-R2", 4, 4, 16, 8)]


def test_score_with_factors_forms():
    assert parse_product("Likelihood 3 / Impact 4")[:2] == ("3", "4")
    assert parse_product("L3 x I4 = 12")[2].value == 12
    assert parse_product("12") is None


CONTRACT_REPORT = """BRACKENFORD BOROUGH COUNCIL

Report to: Executive

Date of meeting: 24 February 2026

Award of Contract for Grounds Maintenance Services

1. Recommendation
1.1 That the Executive approves the award of the grounds maintenance services contract to
Greenway Landscapes Limited.

3. Contract details
Supplier: Greenway Landscapes Limited
Contract period: 1 April 2026 to 31 March 2031, with an option to extend for two
years
Annual value: £870,000
Total contract value: £4,350,000
"""


def test_regression_sentence_case_labels_and_a_wrapped_value_lost_the_contract_value(
        tmp_path):
    """'Contract period:' / 'Total contract value:' in sentence case were no labels, and the
    wrapped 'years' line ended the block; an annual value beside a total is not the value."""
    (ctx,) = text_contexts(CONTRACT_REPORT, tmp=tmp_path)
    found = [(c.provider, c.value_gbp, c.value_period) for c in contracts.extract(ctx)
             if isinstance(c, Contract)]
    assert found == [("Greenway Landscapes Limited", 4_350_000, "total")]


def test_regression_report_to_executive_named_no_meeting(tmp_path):
    (ctx,) = text_contexts(CONTRACT_REPORT, tmp=tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert (meeting.committee, str(meeting.meeting_date)) == ("Executive", "2026-02-24")


# ---------------------------------------------------------------- batch 10 (after the fixes)

TOWN = """ELSTONBURY TOWN COUNCIL

Minutes of the Meeting of the Full Council held at the Guildhall on Monday 12 January 2026

Present: Cllr R. Ashdown (Town Mayor), Cllr B. Carver, Cllr H. Devlin

C/25/141  TO RECEIVE APOLOGIES FOR ABSENCE
Apologies were received from Cllr L. Hart.

C/25/142  PRECEPT 2026/27
Proposed Cllr Carver, seconded Cllr Devlin and RESOLVED that a precept of £412,500 be
requested for 2026/27.

C/25/143  DATE OF NEXT MEETING
Monday 9 February 2026 at 7.00 pm.
"""


def test_regression_letter_stroke_year_stroke_number_minutes_were_not_found(tmp_path):
    """'C/25/141': a letter and a stroke before the year and running number."""
    records = minutes_of(TOWN, tmp_path)
    assert [n for n, _ in numbers(records)] == ["C/25/141", "C/25/142", "C/25/143"]
    assert [d.minute_number for d in records if isinstance(d, Decision)] == ["C/25/142"]


EXECUTIVE_DECISIONS = """WREKINSHIRE COUNCIL

RECORD OF EXECUTIVE DECISIONS

Cabinet - Wednesday 14 January 2026

The following decisions were taken by the Cabinet at its meeting held on 14 January 2026.

1. Local Transport Plan 2026-2036
DECISION
That the Local Transport Plan 2026-2036 be adopted.
REASONS FOR THE DECISION
The plan sets the framework for transport investment over ten years.

2. Review of Car Parking Charges
DECISION
That a decision on the review of car parking charges be deferred until the March meeting.
REASONS FOR THE DECISION
To allow the results of the town centre consultation to be considered.
"""


def test_regression_decision_heading_alone_over_each_item_gave_the_masthead_as_decision(
        tmp_path):
    """'DECISION' alone on its line (no colon) under each numbered item, 'REASONS FOR THE
    DECISION' after it: a notice per item, not the masthead as one decision."""
    from kcc_papers.extract import decisions

    (ctx,) = text_contexts(EXECUTIVE_DECISIONS, "decision", tmp_path)
    found = [(d.agenda_item_ref, d.decision_text, d.outcome) for d in decisions.extract(ctx)
             if isinstance(d, Decision)]
    assert found == [
        ("1", "That the Local Transport Plan 2026-2036 be adopted.", "other"),
        ("2", "That a decision on the review of car parking charges be deferred until the "
              "March meeting.", "deferred")]


def test_regression_masthead_line_with_its_own_date_below_a_council_named_the_council(
        tmp_path):
    (ctx,) = text_contexts(EXECUTIVE_DECISIONS, "decision", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert (meeting.committee, str(meeting.meeting_date)) == ("Cabinet", "2026-01-14")


RISK_CARDS = """RIVERLEA INTEGRATION JOINT BOARD

Audit and Risk Committee

Meeting date: 24 February 2026

Strategic Risk Register

Risk Ref: IJB01
Risk title: Financial sustainability of the partnership
Risk owner: Chief Finance Officer
Current score: Likelihood 4 / Impact 5 = 20
Target score: Likelihood 3 / Impact 4 = 12

Risk Ref: IJB02
Risk title: Workforce capacity in care at home services
Risk owner: Chief Officer
Current score: Likelihood 4 / Impact 4 = 16
Target score: Likelihood 3 / Impact 3 = 9
"""


def test_regression_register_as_labelled_blocks_gave_no_risks(tmp_path):
    (ctx,) = text_contexts(RISK_CARDS, "risk_register", tmp_path)
    found = [(r.risk_id, r.title, r.owner, r.likelihood, r.impact, r.current_rating,
              r.target_likelihood, r.target_impact, r.target_rating)
             for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [
        ("IJB01", "Financial sustainability of the partnership", "Chief Finance Officer",
         4, 5, 20, 3, 4, 12),
        ("IJB02", "Workforce capacity in care at home services", "Chief Officer",
         4, 4, 16, 3, 3, 9)]


def test_regression_committee_under_the_board_masthead_was_passed_over_for_the_board(
        tmp_path):
    (ctx,) = text_contexts(RISK_CARDS, "risk_register", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert (meeting.committee, str(meeting.meeting_date)) == ("Audit and Risk Committee",
                                                              "2026-02-24")


def test_regression_agenda_table_with_a_paper_column_was_not_read_as_a_table(tmp_path):
    """A ruled 'No. | Item | Presenter | Paper' table: the presenter and the paper letter ran
    into the titles, and wrapped cells were taken as titles."""
    src = tmp_path / "agenda.pdfsrc"
    src.write_text("## DALESMERE NATIONAL PARK AUTHORITY\n## Authority Meeting\n"
                   "Date:\tFriday 6 March 2026\n## AGENDA\n"
                   "| No. | Item | Presenter | Paper |\n"
                   "| 1 | Apologies for absence | Chair | |\n"
                   "| 2 | Minutes of the meeting held on 5 December 2025 | Chair | A |\n"
                   "| 3 | Budget 2026/27 and Medium Term Financial Plan | Director of Resources "
                   "| B |\n")
    pdf = heldout_accuracy.render_pdf(src, tmp_path)
    (ctx,) = contexts(pdf, "agenda")
    assert [(i.item_ref, i.title) for i in agenda.extract(ctx)] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 5 December 2025"),
        ("3", "Budget 2026/27 and Medium Term Financial Plan")]


# ---------------------------------------------------------------- batch 11 (after batch 10's)

WELSH_ITEMS = """LLANFAIR GLAN COMMUNITY COUNCIL

Minutes of the Ordinary Meeting of the Community Council held on Wednesday 11 February 2026

Present: Cllr G. Hughes (Chair), Cllr M. Jones, Cllr E. Parry

Item 1: Apologies / Ymddiheuriadau
Apologies were received from Cllr T. Owen.

Item 2: Village hall roof
Three quotations had been received. It was resolved to accept the quotation from Glan
Roofing Ltd of £8,400.

Item 3: Correspondence
The Clerk read the correspondence received.
"""


def test_regression_item_colon_labelled_minutes_were_not_found(tmp_path):
    records = minutes_of(WELSH_ITEMS, tmp_path)
    assert numbers(records) == [("1", "Apologies / Ymddiheuriadau"),
                                 ("2", "Village hall roof"), ("3", "Correspondence")]


def test_regression_resolution_mid_line_took_the_discussion_before_it(tmp_path):
    """'Three quotations had been received. It was resolved to accept ...': the decision is
    the resolving sentence (its outcome was read as 'noted' from 'received')."""
    assert _decisions(minutes_of(WELSH_ITEMS, tmp_path)) == [
        "It was resolved to accept the quotation from Glan Roofing Ltd of £8,400."]


CAPITALS = """THORNWICK PARISH COUNCIL

Minutes of the Parish Council Meeting held on Tuesday 3 March 2026 at 7.30 pm

Present: Cllr P. Hale (Chairman), Cllr J. Innes, Cllr K. Lowe

APOLOGIES FOR ABSENCE
Cllr R. Nunn sent apologies.

FINANCE
RESOLVED: that the payments listed in the schedule be approved.

PLAYING FIELD
RESOLVED: that the quotation of £640 from Safeplay Ltd be accepted.
"""


def test_regression_unnumbered_capitals_headings_in_a_text_file_gave_nominutes_of(tmp_path):
    records = minutes_of(CAPITALS, tmp_path)
    assert numbers(records) == [(None, "APOLOGIES FOR ABSENCE"), (None, "FINANCE"),
                                 (None, "PLAYING FIELD")]
    assert len(_decisions(records)) == 2


def test_capitals_headings_need_something_resolved(tmp_path):
    """Without a resolution a paper of capitals headings is not read as minutes' items."""
    text = CAPITALS.replace("RESOLVED: that", "The Council noted that")
    assert numbers(minutes_of(text, tmp_path)) == []


SUB_ITEMS = """KINLOCHAN COUNCIL

Finance and Resources Committee

Tuesday 24 March 2026 at 10.00 am

1. Order of Business
Including any notices of motion.
2. Declaration of Interests
3. Minutes
3.1 Minute of the Finance and Resources Committee of 3 February 2026
4. Reports
4.1 Revenue Monitoring 2025/26 - Month Ten Position
4.2 Council Tax Reduction Scheme
"""


def test_regression_notice_with_two_level_items_and_no_word_agenda_was_no_agenda(tmp_path):
    """A notice whose head is its committee and 'Tuesday 24 March 2026 at 10.00 am' was
    'other'; its items '3.1' under '3. Minutes' were read as '3' twice."""
    (ctx,) = text_contexts(SUB_ITEMS, tmp=tmp_path)
    assert ctx.segment.kind == "agenda"
    assert [i.item_ref for i in agenda.extract(ctx)] == ["1", "2", "3", "3.1", "4", "4.1", "4.2"]


def test_regression_council_name_above_the_committee_was_taken_as_the_agenda_committee(
        tmp_path):
    (ctx,) = text_contexts(SUB_ITEMS, "agenda", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert (meeting.committee, str(meeting.meeting_date)) == (
        "Finance and Resources Committee", "2026-03-24")


RISK_ASSESSMENT = """ASHBRIDGE TOWN COUNCIL

Finance and General Purposes Committee

Meeting date: 9 March 2026

Financial Risk Assessment 2026/27

Ref\tRisk identified\tLikelihood (1-5)\tImpact (1-5)\tRisk score\tManagement of risk
R1\tLoss of cash through theft\t1\t4\t4\tTwo signatories on all payments
R3\tDamage to the Town Hall by fire or flood\t2\t5\t10\tBuildings insurance reviewed
"""


def test_regression_risk_assessment_table_was_other_and_its_r1_ids_no_rows(tmp_path):
    """A 'Risk Assessment' whose table heads 'Ref | Risk identified | Likelihood | Impact'
    was not a register, 'Risk identified' was no title column, and 'R1' no risk id."""
    (ctx,) = text_contexts(RISK_ASSESSMENT, tmp=tmp_path)
    assert ctx.segment.kind == "risk_register"
    found = [(r.risk_id, r.title, r.likelihood, r.impact, r.current_rating)
             for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [("R1", "Loss of cash through theft", 1, 4, 4),
                     ("R3", "Damage to the Town Hall by fire or flood", 2, 5, 10)]


OFFICER_DECISION = """LOUGHSIDE AND BANN BOROUGH COUNCIL

OFFICER DECISION NOTICE

Decision maker: Director of Environmental Services

Date of decision: 16 February 2026

Decision:
To award the contract for the kerbside collection of glass recycling to Bann Valley
Recycling Ltd for three years from 1 April 2026.

Name of contractor: Bann Valley Recycling Ltd
Value of contract: £735,000

Reasons for the decision:
The most economically advantageous tender.
"""


def test_regression_officer_decision_ran_on_into_unnamed_fields_and_lost_the_value(tmp_path):
    """The decision text ran on into 'Name of contractor: ...'; 'Value of contract:' was no
    value label."""
    from kcc_papers.extract import decisions

    (ctx,) = text_contexts(OFFICER_DECISION, "decision", tmp_path)
    (decision,) = [d for d in decisions.extract(ctx) if isinstance(d, Decision)]
    assert decision.decision_text.endswith("for three years from 1 April 2026.")
    found = [(c.provider, c.value_gbp) for c in contracts.extract(ctx)
             if isinstance(c, Contract)]
    assert found == [("Bann Valley Recycling Ltd", 735_000)]


# ---------------------------------------------------------------- batch 12 (after batch 11's)

RECOMMENDED = """RYEDALE VALE DISTRICT COUNCIL

MINUTES of a meeting of the Policy and Resources Committee held on Thursday 5 March 2026

PRESENT: Councillor A. Whitaker (Chairman); Councillors B. Dunn and C. Frost

25. COUNCIL TAX SUPPORT SCHEME 2026/27

The Head of Revenues presented the report.

RECOMMENDED to Council: That the Council Tax Support Scheme for 2026/27 be adopted without
change.

26. WASTE COLLECTION VEHICLES

RESOLVED: That the contract for the supply of four refuse collection vehicles be awarded to
Northdale Commercial Vehicles Ltd at a cost of £1,080,000.
"""


def test_regression_recommended_to_council_was_no_decision(tmp_path):
    records = minutes_of(RECOMMENDED, tmp_path)
    assert [(d.minute_number, d.decision_text[:40]) for d in records
            if isinstance(d, Decision)] == [
        ("25", "RECOMMENDED to Council: That the Council"),
        ("26", "RESOLVED: That the contract for the supp")]


def test_regression_refuse_collection_vehicles_read_as_a_refusal():
    assert classify_outcome("RESOLVED: That the contract for four refuse collection vehicles "
                            "be awarded to Northdale Ltd.") == "other"
    assert classify_outcome("That planning permission be refused.") == "rejected"
    assert classify_outcome("To refuse the application.") == "rejected"


def test_regression_meeting_label_cell_read_into_the_committee_name(tmp_path):
    """A report's ruled masthead 'Meeting | Cabinet' read as the body 'Meeting Cabinet'."""
    src = tmp_path / "report.pdfsrc"
    src.write_text("## LONDON BOROUGH OF HAWKSMOOR\n| Meeting | Cabinet |\n"
                   "| Date of meeting | 18 March 2026 |\n| Key decision | Yes |\n"
                   "** 1. Recommendations\n1.1 That Cabinet approves an acquisitions "
                   "programme of up to 60 homes.\n")
    (ctx,) = contexts(heldout_accuracy.render_pdf(src, tmp_path))
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert (meeting.committee, str(meeting.meeting_date)) == ("Cabinet", "2026-03-18")


# ---------------------------------------------------------------- batch 13 (after batch 12's)


def _pdf_contexts(text: str, tmp_path: Path, kind: str | None = None) -> list[Context]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(text)
    return contexts(heldout_accuracy.render_pdf(src, tmp_path), kind)


TWO_PAGES = """## SEVERNSIDE DISTRICT COUNCIL
## Planning Committee
## Minutes of the meeting held on Wednesday 21 January 2026 at 2.00 pm
Present:\tCouncillors J. Fielding (Chair), K. Ahmed, L. Baxter
** PC/61 Apologies for absence
Apologies were received from Councillor O. Evans.
** PC/62 25/01187/FUL - Land at Orchard Farm, Kingsley
RESOLVED: That planning permission be granted subject to conditions.
--- page ---
Planning Committee - 21 January 2026
** PC/63 Appeals update
RESOLVED: That the report be noted.
"""


def test_regression_letters_stroke_number_minutes_were_unnumbered_headings(tmp_path):
    """'PC/61': the committee's letters and a stroke before the number."""
    (ctx,) = _pdf_contexts(TWO_PAGES, tmp_path, "minutes")
    assert [n for n, _ in numbers(minutes.extract(ctx))] == ["PC/61", "PC/62", "PC/63"]


def test_regression_running_header_at_the_top_of_page_two_ran_into_the_resolution(tmp_path):
    (ctx,) = _pdf_contexts(TWO_PAGES, tmp_path, "minutes")
    assert _decisions(minutes.extract(ctx)) == [
        "RESOLVED: That planning permission be granted subject to conditions.",
        "RESOLVED: That the report be noted."]


WELSH_AGENDA = """MYNYDD GLAS COUNTY BOROUGH COUNCIL

PWYLLGOR CRAFFU / SCRUTINY COMMITTEE

Thursday, 26 March 2026 at 2.00 pm

AGENDA

1.  Ymddiheuriadau / Apologies

2.  Cofnodion / Minutes of the meeting held on 12 February 2026  (Tudalennau 1 - 8)

3.  Strategaeth Tai / Housing Strategy 2026-2031  (Tudalennau 9 - 40)
"""


def test_regression_welsh_page_ranges_were_part_of_the_titles(tmp_path):
    (ctx,) = text_contexts(WELSH_AGENDA, "agenda", tmp_path)
    assert [(i.title, i.page_from, i.page_to) for i in agenda.extract(ctx)] == [
        ("Ymddiheuriadau / Apologies", None, None),
        ("Cofnodion / Minutes of the meeting held on 12 February 2026", 1, 8),
        ("Strategaeth Tai / Housing Strategy 2026-2031", 9, 40)]


def test_regression_bilingual_committee_name_kept_its_welsh_half(tmp_path):
    (ctx,) = text_contexts(WELSH_AGENDA, "agenda", tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    assert meeting.committee == "Scrutiny Committee"


def test_regression_on_track_statuses_were_no_ratings():
    assert [parse_rag(s) for s in ("On track", "At risk", "Off track")] == [
        "green", "amber", "red"]


def test_regression_impact_first_scores_were_read_likelihood_first(tmp_path):
    """A column headed 'Current risk (I x L)' prints '5x4=20' impact first."""
    text = ("HOLLINGWORTH BOROUGH COUNCIL\n\nAudit Committee - 29 January 2026\n\n"
            "Strategic Risk Register\n\n"
            "Risk ID\tRisk description\tRisk owner\tCurrent risk (I x L)\tTarget risk (I x L)\n"
            "SR1\tBudget gap is not closed\tDirector of Resources\t5x4=20\t4x3=12\n")
    (ctx,) = text_contexts(text, "risk_register", tmp_path)
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating, r.target_likelihood,
              r.target_impact) for r in risks.extract(ctx) if isinstance(r, Risk)]
    assert found == [("SR1", 4, 5, 20, 3, 4)]
    assert parse_product("Impact 5 x Likelihood 4 = 20")[:2] == ("4", "5")
    assert parse_product("Likelihood 3 / Impact 4", impact_first=True)[:2] == ("3", "4")


BOARD = """NORTHVALE HEALTH AND WELLBEING BOARD

Minutes of the meeting of the Health and Wellbeing Board held on Thursday 15 January 2026

Present: Councillor S. Quayle (Chair), Dr R. Imran

1. Minutes of the previous meeting
The Board:
(a) agreed the minutes of the meeting held on 13 November 2025 as a correct record.

2. Joint Local Health and Wellbeing Strategy refresh
The Director of Public Health introduced the refreshed strategy.
The Board:
(a) noted the engagement undertaken;
(b) approved the refreshed strategy.

3. Any other business
The Board: there was no other business.
"""


def test_regression_the_board_colon_over_a_list_of_what_it_did_was_no_decision(tmp_path):
    assert _decisions(minutes_of(BOARD, tmp_path)) == [
        "The Board:\n(a) agreed the minutes of the meeting held on 13 November 2025 as a "
        "correct record.",
        "The Board:\n(a) noted the engagement undertaken;\n(b) approved the refreshed strategy."]


def test_regression_decision_notice_as_a_ruled_label_table_gave_its_masthead(tmp_path):
    """'| Decision taken | To approve ... |': a ruled table's rows have no colons."""
    from kcc_papers.extract import decisions

    text = ("## ASHCOMBE BOROUGH COUNCIL\n## DELEGATED DECISION NOTICE\n"
            "| Reference | DD/2026/014 |\n| Decision maker | Head of Leisure Services |\n"
            "| Date of decision | 9 March 2026 |\n"
            "| Subject | Fees for the use of sports pitches 2026/27 |\n"
            "| Decision taken | To approve the fees for sports pitches for 2026/27. |\n"
            "| Reasons for the decision | To recover the cost of pitch maintenance. |\n")
    (ctx,) = _pdf_contexts(text, tmp_path, "decision")
    found = [(d.decision_text, str(d.decision_date), d.title) for d in decisions.extract(ctx)
             if isinstance(d, Decision)]
    assert found == [("To approve the fees for sports pitches for 2026/27.", "2026-03-09",
                      "Fees for the use of sports pitches 2026/27")]


# ---------------------------------------------------------------- batch 14 (after batch 13's)


def test_regression_minute_label_alone_over_its_title_was_no_heading(tmp_path):
    """'Minute 45' on a bold line of its own, the title on the next."""
    text = ("## EASTMARSH CREMATORIUM JOINT COMMITTEE\n"
            "## Minutes of the meeting held on Friday 13 February 2026 at 11.00 am\n"
            "Present:\tCouncillor H. Dale (Chair), Councillor I. Moss\n"
            "** Minute 45\n** Apologies for absence\nApologies were received from Cllr Spence.\n"
            "** Minute 46\n** Fees and charges 2026/27\n"
            "RESOLVED: That the fees and charges for 2026/27 be approved.\n")
    (ctx,) = _pdf_contexts(text, tmp_path, "minutes")
    assert numbers(minutes.extract(ctx)) == [("45", "Apologies for absence"),
                                             ("46", "Fees and charges 2026/27")]


def test_regression_agenda_item_prefix_lines_were_no_items(tmp_path):
    text = ("BRANSTON AND MERE BOROUGH COUNCIL\n\nLICENSING COMMITTEE\n\n"
            "Date: Wednesday 25 March 2026\nTime: 6.30 pm\n\nAGENDA\n\n"
            "Agenda Item 1 – Apologies for Absence\n\n"
            "Agenda Item 2 – Hackney Carriage Fares Review\n")
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    assert [(i.item_ref, i.title) for i in agenda.extract(ctx)] == [
        ("1", "Apologies for Absence"), ("2", "Hackney Carriage Fares Review")]


def test_regression_decisions_requested_heading_gave_no_decision(tmp_path):
    from kcc_papers.extract.decisions.recommendations import find_recommendations

    lines = [(1, "Decision(s) requested"), (1, "The Cabinet Member is asked to:"),
             (1, "(a) approve the Flood Risk Management Grant Scheme for 2026/27; and"),
             (1, "(b) delegate the award of individual grants to the Head of Flood Risk."),
             (1, "Background"), (1, "The scheme helps parish councils.")]
    (found,) = find_recommendations(lines)
    assert "approve the Flood Risk Management Grant Scheme" in found.text
    assert "scheme helps" not in found.text


PAREN = """LITTLE HAMPTON PARISH COUNCIL

Minutes of the meeting of Little Hampton Parish Council held on Monday 2 March 2026 at 7.30 pm

Present: Cllr A. Bell (Chairman), Cllr C. Dean, Cllr E. Fox

1) To receive apologies for absence
Apologies were received from Cllr I. Jay.

2) Finance
Payments totalling £1,842.10 were approved. Proposed Cllr Dean, seconded Cllr Fox, all in favour.

3) Date of next meeting
Monday 6 April 2026 at 7.30 pm.
"""


def test_regression_parenthesis_numbered_minutes_were_not_found(tmp_path):
    records = minutes_of(PAREN, tmp_path)
    assert numbers(records) == [("1", "To receive apologies for absence"), ("2", "Finance"),
                                 ("3", "Date of next meeting")]
    assert [d.minute_number for d in records if isinstance(d, Decision)] == ["2"]


# ---------------------------------------------------------------- batch 15 (after batch 14's)

SLASH_YEAR = """RATHMORE AND GLENS DISTRICT COUNCIL

Minutes of the Meeting of the Environmental Services Committee held on Tuesday 3 March 2026

In the Chair: Councillor P. Kane

ES/026/26  APOLOGIES
Apologies were received from Councillor B. Moore.

ES/027/26  BIN COLLECTION ROUND CHANGES
Proposed by Councillor Hughes
Seconded by Councillor Quinn and
RESOLVED - that the revised bin collection rounds be introduced from 5 May 2026.
"""


def test_regression_letters_number_year_with_strokes_were_nominutes_of(tmp_path):
    """'ES/026/26' (three figures, then the year) and 'ASC/15/25'; the zeros are kept."""
    records = minutes_of(SLASH_YEAR, tmp_path)
    assert numbers(records) == [("ES/026/26", "APOLOGIES"),
                                 ("ES/027/26", "BIN COLLECTION ROUND CHANGES")]
    text = SLASH_YEAR.replace("ES/026/26", "ASC/15/25").replace("ES/027/26", "ASC/16/25")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == ["ASC/15/25", "ASC/16/25"]


def test_regression_web_page_footer_ran_into_the_last_resolution(tmp_path):
    html = ("<html><body><h1>Audit Committee</h1><p>Minutes of the meeting held on Tuesday "
            "10 February 2026</p><p>Present: Councillors R. Lomax (Chair), S. Nguyen</p>"
            "<h2>ASC/15/25 Apologies for absence</h2><p>None.</p>"
            "<h2>ASC/16/25 Work programme</h2><p>RESOLVED: That the work programme be agreed."
            "</p><div>&copy; Kestrelford Borough Council 2026 | Privacy</div></body></html>")
    path = tmp_path / "minutes.html"
    path.write_text(html)
    (ctx,) = contexts(path, "minutes")
    assert _decisions(minutes.extract(ctx)) == ["RESOLVED: That the work programme be agreed."]


def test_regression_rating_column_and_year_quarter_column_gave_no_kpis(tmp_path):
    text = ("ELLERBY BOROUGH COUNCIL\n\nHousing Scrutiny Panel - 3 March 2026\n\n"
            "Housing Performance Report - Quarter 3 2025/26\n\n"
            "Indicator\tTarget\t2025/26 Q3\tRating\tDirection\n"
            "Rent arrears as a percentage of rent due\t3.0\t3.4\tAmber\tWorsening\n"
            "Repairs completed right first time (%)\t92\t94\tGreen\tImproving\n")
    assert [(v, r) for _, v, r in _kpis(text, tmp_path)] == [(3.4, "amber"), (94.0, "green")]


def test_regression_register_row_wrapped_onto_a_continuation_line_ended_the_table(tmp_path):
    text = ("GRANTHAM VALE COUNCIL\n\nAudit Committee - 19 March 2026\n\n"
            "Corporate Risk Register - March 2026\n\n"
            "Risk Ref\tRisk\tL\tI\tScore\tOwner\n"
            "CRR01\tFailure to deliver a balanced budget over the medium term\t4\t5\t20\t"
            "Chief Finance Officer\n"
            "\tfinancial plan period\n"
            "CRR02\tFailure to safeguard vulnerable adults\t2\t5\t10\tDirector of People\n")
    (ctx,) = text_contexts(text, "risk_register", tmp_path)
    found = [(r.risk_id, r.title, r.current_rating) for r in risks.extract(ctx)
             if isinstance(r, Risk)]
    assert found == [
        ("CRR01", "Failure to deliver a balanced budget over the medium term financial plan "
                  "period", 20),
        ("CRR02", "Failure to safeguard vulnerable adults", 10)]


def test_regression_ruled_table_of_recommendations_gave_interleaved_text(tmp_path):
    from kcc_papers.extract import decisions

    text = ("## SHIREBROOK COUNTY COUNCIL\n## Report to: Children and Young People Scrutiny "
            "Committee\n## Date: 18 March 2026\n** Recommendations\n"
            "| No. | Recommendation | Reason |\n"
            "| 1 | That the Committee endorses the proposed school admission arrangements for "
            "2027/28. | To meet the statutory consultation timetable. |\n"
            "| 2 | That the Committee notes the outcome of the public consultation. | For "
            "information. |\n** Background\nThe Council must determine its arrangements.\n")
    (ctx,) = _pdf_contexts(text, tmp_path, "report")
    (decision,) = [d for d in decisions.extract(ctx) if isinstance(d, Decision)]
    assert decision.decision_text == (
        "1. That the Committee endorses the proposed school admission arrangements for "
        "2027/28.\n2. That the Committee notes the outcome of the public consultation.")


# ---------------------------------------------------------------- batch 16 (after batch 15's)


def test_regression_action_line_under_an_agreed_decision_was_part_of_it(tmp_path):
    text = ("OAKHURST TOWN COUNCIL\n\nEnvironment Committee\n\n"
            "Minutes of the meeting held on Thursday 19 February 2026\n\n"
            "Present: Cllr M. Abbott (Chair), Cllr N. Bishop\n\n"
            "1. Apologies\nNone.\n\n2. Allotments\n"
            "AGREED: To create six new half plots at the Mill Lane site.\n"
            "ACTION: Clerk to obtain quotes for fencing by the next meeting.\n")
    assert _decisions(minutes_of(text, tmp_path)) == [
        "AGREED: To create six new half plots at the Mill Lane site."]


def test_regression_text_agenda_title_wrapped_onto_an_indented_line_was_cut(tmp_path):
    """A text file's indentation is kept as the line's position, so a title wrapped onto an
    indented line continues it as a PDF's hanging indent does."""
    text = ("FAIRLEIGH DISTRICT COUNCIL\n\nPLANNING POLICY COMMITTEE\n\n"
            "Wednesday 18 March 2026 at 6.00 pm\n\nAGENDA\n\n"
            "1.  Apologies for absence\n\n"
            "2.  Review of the Statement of Community Involvement and the Local\n"
            "    Development Scheme 2026-2029\n\n"
            "3.  Authority Monitoring Report 2024/25\n")
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    assert [i.title for i in agenda.extract(ctx)] == [
        "Apologies for absence",
        "Review of the Statement of Community Involvement and the Local Development Scheme "
        "2026-2029",
        "Authority Monitoring Report 2024/25"]


def test_regression_abbreviated_kpi_headers_were_not_a_kpi_table(tmp_path):
    """'Ref | KPI | Tgt | Perf. | RAG': the page check and the column roles knew none of
    the abbreviations."""
    text = ("## WYCOMBE VALE BOROUGH COUNCIL\n## Cabinet - 9 March 2026\n"
            "## Performance Dashboard: Quarter 3 2025/26\n"
            "| Ref | KPI | Tgt | Perf. | RAG |\n"
            "| WV1 | Invoices paid within 30 days (%) | 95 | 96.8 | G |\n"
            "| WV3 | Missed bins per 100,000 collections | 60 | 104 | R |\n")
    (ctx,) = _pdf_contexts(text, tmp_path, "performance_report")
    found = [(k.ref, k.target, k.latest_value, k.latest_rag) for k in kpis.extract(ctx)
             if isinstance(k, Kpi)]
    assert found == [("WV1", 95.0, 96.8, "green"), ("WV3", 60.0, 104.0, "red")]


def test_regression_colour_and_score_ratings_were_no_rating():
    from kcc_papers.extract.risks.values import parse_rating

    assert [parse_rating(t).value for t in ("Red (16)", "Amber - 9", "10 (Green)")] == [
        16, 9, 10]
    assert parse_rating("Red (16)").level is None


def test_regression_year_in_full_after_the_letters_and_stroke_was_no_minute(tmp_path):
    text = ("KINGSBRIDGE AND DART COUNCIL\n\nMINUTES of the meeting of the CABINET held on "
            "Wednesday 11 March 2026 at 10.00 am\n\n"
            "PRESENT: Councillor T. Gale (Leader) (in the Chair); Councillors U. Hale\n\n"
            "CAB/2026/14  MINUTES\nRESOLVED that the minutes be confirmed.\n\n"
            "CAB/2026/15  CAR PARKING STRATEGY\nRESOLVED that the strategy be approved.\n")
    assert [n for n, _ in numbers(minutes_of(text, tmp_path))] == ["CAB/2026/14", "CAB/2026/15"]


def test_regression_preferred_bidder_appointment_gave_no_value(tmp_path):
    text = ("HALLAMSHIRE COMBINED AUTHORITY\n\nReport to: Transport Committee\n\n"
            "Date: 20 March 2026\n\n1. Recommendation\n\n"
            "1.1 That the Transport Committee approves the appointment of Steelrail Engineering "
            "Ltd as the preferred bidder for the tram maintenance contract, with an estimated "
            "value of £4.2 million over seven years.\n")
    (ctx,) = text_contexts(text, tmp=tmp_path)
    found = [(c.provider, c.value_gbp) for c in contracts.extract(ctx)
             if isinstance(c, Contract)]
    assert found == [("Steelrail Engineering Ltd", 4_200_000)]
