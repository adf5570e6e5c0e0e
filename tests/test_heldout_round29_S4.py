"""Regression tests for the documents, minutes and decisions misses of held-out round 29's
batches E, F and H (a text pack's minute title wrapped onto a financial year, a programme
board's "NOT AGREED:" label, a cabinet member's record titled in letter-spaced capitals): each
named after what was misread, on small papers in the layouts that showed it, with guards of
the general rule that fixed it."""

from __future__ import annotations

from heldout_support import decision_rows, documents_of, minutes_of, numbers, rendered
from kcc_papers.classify import classify
from kcc_papers.classify.spaced_titles import spaced_title_names_decision
from kcc_papers.extract.minutes.year_tail import financial_year_alone
from kcc_papers.normalise.outcomes import classify_outcome

# ------------ a minute title in capitals wrapped onto a financial year (r29h admissions forum)

FORUM_MINUTES = """UNITARY BOROUGH COUNCIL

SCHOOLS ADMISSIONS FORUM

MINUTES of the meeting held in Committee Room 2, Civic Centre
on Wednesday 19 June 2030 at 4.30 pm

PRESENT:       Mrs A Threlfall (Chair); Mr O Pritchard; Councillor B
               Qadri; Father D Moorcroft; Ms G Oduya

AF.13  MINUTES

       RESOLVED - That the minutes of the meeting held on 13 March 2030
       be agreed as a correct record.

AF.14  CONSULTATION ON PROPOSED CHANGES TO OVERSUBSCRIPTION CRITERIA
       {tail}

       The Head of Admissions and Pupil Services presented the proposal to
       give priority, after looked after children and siblings, to the
       children of staff at all community primary schools. Members raised
       concerns that the change would disadvantage families living close
       to the schools concerned.

       RESOLVED - That the Forum does not support the proposal to give
       priority to the children of staff in the oversubscription criteria
       of community primary schools.

AF.15  CO-ORDINATED SCHEME FOR SECONDARY TRANSFER: TIMETABLE

       RESOLVED - That consideration of the revised timetable for the
       co-ordinated scheme be deferred to the next meeting.

AF.16  NATIONAL OFFER DAY 2030: OUTCOMES

       The School Place Planning Manager reported that 94.1 per cent of
       applicants for secondary places had been offered their first
       preference school.

       RESOLVED - That the outcomes of National Offer Day 2030 be noted.

       The meeting ended at 5.52 pm.

                                                            Chair ..............
"""


def test_minute_title_in_capitals_wrapped_onto_a_financial_year_keeps_it(tmp_path):
    got = numbers(minutes_of(FORUM_MINUTES.format(tail="2032/33"), tmp_path))
    assert got == [("AF.13", "MINUTES"),
                   ("AF.14", "CONSULTATION ON PROPOSED CHANGES TO OVERSUBSCRIPTION CRITERIA "
                             "2032/33"),
                   ("AF.15", "CO-ORDINATED SCHEME FOR SECONDARY TRANSFER: TIMETABLE"),
                   ("AF.16", "NATIONAL OFFER DAY 2030: OUTCOMES")]


def test_financial_year_alone_is_two_years_in_a_row():
    # the guard: a year-first minute number ("2025/71") is no financial year
    assert financial_year_alone("2032/33") and financial_year_alone("2029-2030")
    assert not financial_year_alone("2025/71") and not financial_year_alone("2032/33 Budget")


# ------------ a board's "NOT AGREED:" label (r29e digital programme board notes)

BOARD_NOTES = """COUNTY COUNCIL
DIGITAL TRANSFORMATION PROGRAMME BOARD

NOTES of the meeting held on 14 November 2029

DPB/29/24  ROBOTIC PROCESS AUTOMATION

The Programme Manager proposed extending the pilot to council tax reliefs.

{label}: That the robotic process automation pilot be extended to council tax reliefs from January 2030.

DPB/29/25  HIGHLIGHT REPORT

AGREED: That the highlight report for period 7 be noted.
"""  # noqa: E501


def test_not_agreed_label_records_a_rejection(tmp_path):
    rows = decision_rows(BOARD_NOTES.format(label="NOT AGREED"), tmp_path)
    assert [outcome for _, outcome in rows] == ["rejected", "noted"]


def test_agreed_label_still_agrees(tmp_path):
    # the guard: the label not negated records what it heads
    rows = decision_rows(BOARD_NOTES.format(label="AGREED"), tmp_path)
    assert [outcome for _, outcome in rows] == ["agreed", "noted"]


def test_not_agreed_in_a_sentence_is_no_label():
    assert classify_outcome("NOT AGREED: That the pilot be extended.") == "rejected"
    assert classify_outcome("RESOLVED: That the report be noted, the fees not agreed: "
                            "to follow.") == "noted"


# ------------ a cabinet member's record titled in letter-spaced capitals (r29h)

EXECUTIVE_RECORD = """## Ravensholt Borough Council
^^ {title}
Decision reference:	ED/2031/019
Title:	Greyfriars School: Determination of the Statutory Proposal to Expand
Decision taker:	Councillor Imogen Thackeray, Cabinet Member for Children, Schools and Skills
Date of decision:	2 April 2031
** 1. Decision
Having considered the representations received, the Cabinet Member decided to determine the proposal to expand Greyfriars School from 110 to 150 places without modification.
** 2. Reasons for the decision
2.1 The Borough places 61 children in independent schools at an average annual cost of £71,400.
** 3. Alternative options considered and rejected
3.1 Placing more pupils in independent special schools (rejected on cost).
Signed:	Councillor Imogen Thackeray, 2 April 2031
"""  # noqa: E501


def test_letter_spaced_record_of_executive_decision_is_a_decision(tmp_path):
    title = "R E C O R D   O F   E X E C U T I V E   D E C I S I O N"
    path = rendered(EXECUTIVE_RECORD.format(title=title), tmp_path)
    assert [kind for kind, _, _ in documents_of(path)] == ["decision"]


def test_spaced_title_names_a_decision_only_in_its_words():
    # its last word wrapped under it is read with it; a spaced title of another kind is not
    assert spaced_title_names_decision("R E C O R D O F E X E C U T I V E D E C I S\nI O N")
    assert not spaced_title_names_decision("R E C O R D O F T H E M E E T I N G")
    assert not spaced_title_names_decision("Record of Executive Decision")


# ------------ a progress report keying its measures' ratings to targets (r29e city cabinet)

PROGRESS_REPORT = """## Dunsford City Council
Report to: Cabinet, 7 November 2030
## Digital Strategy 2027-2030: Final Year Progress Report
Report of the Director of Corporate Services
** 1. Recommendations
1.1 That Cabinet notes the progress made in the final year of the Digital Strategy.
** 2. Summary
2.1 The strategy set seven measures. In 2029/30 four met their target and one was missed. The measures are rated by colour in the final column of Appendix 1: {key}.
** 3. What the strategy achieved
3.1 The council replaced its website and launched the MyDunsford account.
"""  # noqa: E501


def test_measures_rated_with_green_keyed_to_target_met_make_a_performance_report(tmp_path):
    key = "green, target met; amber, within 5%; red, target missed by more than 5%"
    path = rendered(PROGRESS_REPORT.format(key=key), tmp_path)
    assert [kind for kind, _, _ in documents_of(path)] == ["performance_report"]


def test_measures_rated_without_a_key_to_targets_stay_a_report(tmp_path):
    # the guard: a rating named with no target it keys to says nothing of a measures' table
    path = rendered(PROGRESS_REPORT.format(key="green for the new website"), tmp_path)
    assert [kind for kind, _, _ in documents_of(path)] == ["report"]


# ------------ a forum's lettered paper for information (r29h schools forum pack)

FORUM_PAPER = """Tarnside Metropolitan Borough Council | Schools Forum
Tarnside Schools Forum
{title}
Author: Head of School Funding
1. Purpose
1.1 For information. The Forum is not asked to make a decision.
1.2 The high needs block allocation for 2030/31 is £58.42 million. The forecast outturn at month 7 is £61.07 million.
"""  # noqa: E501


def test_paper_lettered_as_the_agenda_lists_it_is_a_report():
    # as a pack's segmenter hands it over: the paper's heading read as a report's
    text = FORUM_PAPER.format(title="Paper C: High Needs Block: Budget Monitoring")
    assert classify(text, hint="report") == "report"


def test_paper_titled_without_its_letter_is_not_read_as_one():
    # the guard: "Paper" as a title's word, no letter or number after it, names no paper
    text = FORUM_PAPER.format(title="Paper Recycling: High Needs Block Budget")
    assert classify(text, hint="report") == "other"
