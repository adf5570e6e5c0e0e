"""Regression tests for the bugs the seventh and eighth held-out batches showed on their first
run (issue 11, second round): each named after the bug, each on a small paper in the layout
that showed it."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import contexts, text_contexts
from kcc_papers.extract import agenda, decisions, meetings, minutes, risks
from kcc_papers.models import Decision, Meeting, Minute, Record, Risk

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import heldout_accuracy


def test_heldout_scorer_scores_one_batch_alone():
    """--only: a new batch's first run is scored on its own papers."""
    batch = {"annual_report.txt", "corporate_risk_inherent_residual.txt"}
    totals, per_file = heldout_accuracy.evaluate(batch)
    assert set(per_file) == batch
    assert totals["kind+date"].tp + totals["kind+date"].fn == 2


METROPOLITAN = """HOLMEFIELD METROPOLITAN BOROUGH COUNCIL

EXECUTIVE

Minutes of the meeting held on Wednesday, 8 October 2025 at 10.00 am in the Council Chamber

Present: Councillor J. Ashworth (Leader of the Council) (in the Chair); Cllrs Bradley, Kaur.

Minute No. 45  Minutes of the Previous Meeting

Decision: That the minutes of the meeting held on 10 September 2025 be approved as a correct record.

Minute No. 46  Skills and Employment Strategy 2025-2030

Councillor Kaur introduced the strategy.

Decision: That the Skills and Employment Strategy 2025-2030 be approved.

Reason for Decision: To set the Council's priorities for adult skills over five years.
"""


def _minutes(text: str, tmp_path: Path) -> list[Record]:
    (ctx,) = text_contexts(text, "minutes", tmp_path)
    return minutes.extract(ctx)


def test_regression_minute_no_labels_under_minutes_of_the_meeting_held_on_were_not_minutes(
        tmp_path):
    (ctx,) = text_contexts(METROPOLITAN, tmp=tmp_path)
    assert ctx.segment.kind == "minutes"


def test_regression_minute_no_minutes_gave_no_decision_colon_decisions(tmp_path):
    records = _minutes(METROPOLITAN, tmp_path)
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("45", "Minutes of the Previous Meeting"),
        ("46", "Skills and Employment Strategy 2025-2030")]
    found = [(d.minute_number, d.outcome, d.decision_text) for d in records
             if isinstance(d, Decision)]
    assert found == [
        ("45", "approved", "Decision: That the minutes of the meeting held on 10 September 2025 "
                           "be approved as a correct record."),
        # the reasons printed under the decision are not part of it
        ("46", "approved", "Decision: That the Skills and Employment Strategy 2025-2030 be "
                           "approved."),
    ]


def test_regression_executive_alone_above_the_minutes_line_was_not_the_committee(tmp_path):
    (ctx,) = text_contexts(METROPOLITAN, "minutes", tmp_path)
    (meeting,) = [m for m in meetings.extract(ctx) if isinstance(m, Meeting)]
    assert meeting.committee == "Executive"


def test_regression_year_in_full_before_the_running_number_broke_the_sequence(tmp_path):
    text = """LLANFAIR HAFREN TOWN COUNCIL

Minutes of the Meeting of the Full Council held in the Town Hall on Monday 13 October 2025

Present: Councillor Gwyn Pritchard (Town Mayor), Councillors Bevan and Ellis.

2025/71 Apologies for absence / Ymddiheuriadau
Apologies were received from Councillor Morris.

2025/72 Minutes of the previous meeting
It was RESOLVED that the minutes of the meeting held on 8 September 2025 be signed.

2025/73 Budget 2026/27
Resolved: That the Finance Committee prepare a draft budget for the December meeting.
"""
    found = [(m.minute_number, m.title) for m in _minutes(text, tmp_path)
             if isinstance(m, Minute)]
    assert found == [("2025/71", "Apologies for absence / Ymddiheuriadau"),
                     ("2025/72", "Minutes of the previous meeting"),
                     ("2025/73", "Budget 2026/27")]


def _pdf_contexts(source: str, tmp_path: Path, kind: str | None = None):
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return contexts(heldout_accuracy.render_pdf(src, tmp_path), kind)


BOLD_MINUTES = """## LONDON BOROUGH OF KELLINGWORTH
## Overview and Scrutiny Committee
## Minutes of the meeting held on Tuesday 18 November 2025 at 7.00 pm
Present: Councillors Mensah (Chair), Ryan (Vice-Chair), Delaney and Osei.
Officers: Head of Democratic Services; Director of Housing.
** Apologies for absence
Apologies were received from Councillor Hughes.
** Minutes of the previous meeting
AGREED: That the minutes of the meeting held on 14 October 2025 be agreed as a correct record.
** Temporary Accommodation Costs
The Director of Housing introduced the report.
AGREED: That the Committee recommends to Cabinet that a target be set.
"""


def test_regression_minutes_of_unnumbered_bold_headings_gave_no_minutes(tmp_path):
    (ctx,) = _pdf_contexts(BOLD_MINUTES, tmp_path, "minutes")
    records = minutes.extract(ctx)
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        (None, "Apologies for absence"), (None, "Minutes of the previous meeting"),
        (None, "Temporary Accommodation Costs")]
    assert [d.decision_text for d in records if isinstance(d, Decision)] == [
        "AGREED: That the minutes of the meeting held on 14 October 2025 be agreed as a correct "
        "record.",
        "AGREED: That the Committee recommends to Cabinet that a target be set."]


def test_regression_bold_headings_that_resolve_nothing_are_not_minutes(tmp_path):
    """The unnumbered-heading reading needs something resolved under the headings."""
    unresolved = "\n".join(line for line in BOLD_MINUTES.splitlines()
                           if not line.startswith("AGREED"))
    (ctx,) = _pdf_contexts(unresolved, tmp_path, "minutes")
    assert not [m for m in minutes.extract(ctx) if isinstance(m, Minute)]


def test_regression_inherent_score_was_read_as_the_current_risk(tmp_path):
    header = "\t".join(("Risk Ref", "Risk Description", "Risk Owner", "Inherent L", "Inherent I",
                        "Inherent Score", "Residual L", "Residual I", "Residual Score", "Trend"))
    text = f"""ELMSTEAD DISTRICT COUNCIL

Audit and Standards Committee - 20 January 2026

Corporate Risk Register - January 2026

{header}
CR1\tMedium term financial plan is not balanced\tSection 151 Officer\t5\t5\t25\t4\t4\t16\tStable
CR2\tData breach or cyber incident\tHead of Digital\t4\t5\t20\t2\t5\t10\tStable
"""
    (ctx,) = text_contexts(text, "risk_register", tmp_path)
    found = [(r.risk_id, r.likelihood, r.impact, r.current_rating) for r in risks.extract(ctx)
             if isinstance(r, Risk)]
    assert found == [("CR1", 4, 4, 16), ("CR2", 2, 5, 10)]


def test_regression_agenda_ward_and_report_of_lines_ran_into_the_title(tmp_path):
    text = """WESTERLEIGH COUNTY COUNCIL

PLANNING AND REGULATION COMMITTEE

Agenda

Date: Wednesday 14 January 2026
Time: 10.30 am
Venue: Council Chamber, County Hall, Westerleigh

1.  Apologies for Absence and Substitutes

2.  WE/25/0412 - Extension of Sand and Gravel Extraction, Harnham Quarry, Harnham
    Ward: Harnham and Coombe
    Report of the Head of Planning (pages 7 - 38)

Part B - Items for Information

3.  Appeals Update
"""
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    found = [(i.item_ref, i.title, i.page_from, i.page_to, i.section) for i in agenda.extract(ctx)]
    assert found == [
        ("1", "Apologies for Absence and Substitutes", None, None, None),
        ("2", "WE/25/0412 - Extension of Sand and Gravel Extraction, Harnham Quarry, Harnham",
         7, 38, None),
        ("3", "Appeals Update", None, None, "Part B - Items for Information"),
    ]


def test_regression_long_notice_of_meeting_sentence_split_the_agenda_in_two(tmp_path):
    # one sentence longer than a masthead line usually is
    notice = ("A meeting of the Ashmoor Police and Crime Panel will be held at Ashmoor Civic "
              "Centre, Market Square, Ashmoor on Friday, 30 January 2026 at 2.00 pm.")
    assert len(notice) > 120
    text = f"""Ashmoor Police and Crime Panel

Notice of Meeting

{notice}

AGENDA

1. Welcome and Apologies

2. Police and Crime Commissioner's Proposed Precept 2026/27
"""
    docs = text_contexts(text, tmp=tmp_path)
    assert [c.segment.kind for c in docs] == ["agenda"]
    (meeting,) = [m for m in meetings.extract(docs[0]) if isinstance(m, Meeting)]
    assert (meeting.committee, meeting.meeting_date.isoformat()) == (
        "Ashmoor Police and Crime Panel", "2026-01-30")


def test_regression_minute_numbers_with_committee_letters_gave_no_minutes(tmp_path):
    text = """MARSHWOOD DISTRICT COUNCIL

AUDIT AND GOVERNANCE COMMITTEE

Minutes of a meeting of the Audit and Governance Committee held on Thursday 27 November 2025.

Present: Councillor H. Abbott (Chairman), Councillors Bell and Crane.

AG34  APOLOGIES FOR ABSENCE

An apology for absence was received from Councillor Gale.

AG35  EXTERNAL AUDIT ANNUAL REPORT 2024/25

RESOLVED: That the External Audit Annual Report 2024/25 be noted.
"""
    records = _minutes(text, tmp_path)
    assert [(m.minute_number, m.title) for m in records if isinstance(m, Minute)] == [
        ("AG34", "APOLOGIES FOR ABSENCE"), ("AG35", "EXTERNAL AUDIT ANNUAL REPORT 2024/25")]
    assert [d.minute_number for d in records if isinstance(d, Decision)] == ["AG35"]


def test_regression_individual_cabinet_member_decision_was_not_a_paper(tmp_path):
    text = """ORCHARD VALE COUNCIL

INDIVIDUAL CABINET MEMBER DECISION

Decision maker: Councillor Priya Nair, Cabinet Member for Highways and Transport

Date of decision: 12 November 2025

Subject: Introduction of a 20 mph speed limit in Kingsmead

Key decision: No

Decision:
To approve the introduction of a 20 mph speed limit on the roads in Kingsmead.

Reasons for the decision:
The consultation showed 68% support.
"""
    (ctx,) = text_contexts(text, tmp=tmp_path)
    assert ctx.segment.kind == "decision"
    found = [d.decision_text for d in decisions.extract(ctx) if isinstance(d, Decision)]
    assert found == ["To approve the introduction of a 20 mph speed limit on the roads in "
                     "Kingsmead."]


def test_regression_planning_agenda_table_of_applications_lost_its_titles(tmp_path):
    (ctx,) = _pdf_contexts("""## CITY OF ALDERGATE COUNCIL
## Planning Applications Sub-Committee
Date:\tTuesday 3 February 2026
Venue:\tCommittee Room 1, Aldergate Guildhall
## AGENDA
| No. | Application | Ward | Pages |
| 1 | Apologies for absence | | |
| 2 | 25/04411/FULL - 18-20 Tanners Row, conversion of offices to 14 flats | Castle | 1 - 24 |
""", tmp_path, "agenda")
    found = [(i.item_ref, i.title, i.page_from, i.page_to) for i in agenda.extract(ctx)]
    assert found == [
        ("1", "Apologies for absence", None, None),
        ("2", "25/04411/FULL - 18-20 Tanners Row, conversion of offices to 14 flats", 1, 24)]
    (meeting,) = [m for m in meetings.extract(ctx) if isinstance(m, Meeting)]
    # the body under a "City of X Council" masthead, printed without capitals
    assert meeting.committee == "Planning Applications Sub-Committee"


def test_regression_board_actions_table_ran_into_the_resolution(tmp_path):
    text = """BRAYFORD CITY COUNCIL

HEALTH AND WELLBEING BOARD

MINUTES of a meeting of the Health and Wellbeing Board held on Thursday 11 December 2025

PRESENT: Councillor Rhiannon Tate (Chair), Dr Amir Haddad (Vice-Chair)

26. JOINT LOCAL HEALTH AND WELLBEING STRATEGY - ANNUAL REVIEW

RESOLVED that the annual review of the Joint Local Health and Wellbeing Strategy be endorsed.

ACTIONS

Action\tOwner\tDue date
Circulate the ward health profiles to Board members\tDirector of Public Health\tJanuary 2026

27. BETTER CARE FUND QUARTER 2 RETURN

RESOLVED that the Better Care Fund Quarter 2 return be noted.
"""
    found = [d.decision_text for d in _minutes(text, tmp_path) if isinstance(d, Decision)]
    assert found == [
        "RESOLVED that the annual review of the Joint Local Health and Wellbeing Strategy be "
        "endorsed.",
        "RESOLVED that the Better Care Fund Quarter 2 return be noted."]
