"""Regression tests for the structure misses (agenda items, committees, minutes, decisions) of
round 8's blind batches J and K on their first run. Each is named after the bug and runs on
small generated papers in the layout that showed it, in more than one council's form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import contexts, text_contexts
from heldout_support import below_floor, decisions_in, heldout_accuracy, minutes_of, numbers
from kcc_papers.extract import Context, agenda, meetings
from kcc_papers.models import AgendaItem, Meeting

# Batch J's and K's text and PDF papers whose structure this part fixed (the HTML papers are
# another part's).
STRUCTURE_PAPERS = {
    "r8j_community_safety_partnership_agenda.txt",
    "r8j_joint_archives_committee_agenda_spaced.pdfsrc",
    "r8j_city_markets_committee_resolved_minutes.pdfsrc",
    "r8j_ni_schools_authority_board_caps_verbs_minutes.pdfsrc",
    "r8j_local_pension_board_prose_minutes.txt",
    "r8j_parking_adjudication_joint_committee_minutes.pdfsrc",
    "r8k_city_officer_key_decision_record_determination.txt",
    "r8k_mg_text_export_joint_committee_agenda_pages.txt",
    "r8k_mg_text_export_planning_minutes_wrapped.txt",
    "r8k_police_panel_scorecard_fixed_width_wrapped.txt",
}
STRUCTURE_CLASSES = ("kind+date", "committee", "minutes", "decisions", "agenda_items")


def test_the_blind_batch_j_and_k_structure_papers_read_every_item_and_meeting():
    _, per_file = heldout_accuracy.evaluate(STRUCTURE_PAPERS)
    misses = {(name, c): (s.fp, s.fn) for name, scores in per_file.items()
              for c, s in scores.items() if c in STRUCTURE_CLASSES and (s.fp or s.fn)}
    assert set(per_file) == STRUCTURE_PAPERS and not misses, misses


def test_the_blind_batch_j_and_k_structure_papers_keep_the_floor():
    # (their contracts are another part's)
    low = below_floor(STRUCTURE_PAPERS)
    assert {c: f for c, f in low.items() if c in STRUCTURE_CLASSES} == {}


def _pdf_contexts(source: str, tmp_path: Path, kind: str | None) -> list[Context]:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return contexts(heldout_accuracy.render_pdf(src, tmp_path), kind)


def _items(ctx: Context) -> list[tuple[str | None, str]]:
    return [(r.item_ref, r.title) for r in agenda.extract(ctx) if isinstance(r, AgendaItem)]


def _text_items(text: str, tmp_path: Path) -> list[tuple[str | None, str]]:
    (ctx,) = text_contexts(text, "agenda", tmp_path)
    return _items(ctx)


# ------------------------------------------------------------------------------- agendas

def _timed(ref: str, head: str, rows: list[tuple[str, str, str, str, str]]) -> str:
    """A fixed-width timed agenda: ref, time, title (wrapped in its column), lead, paper."""
    lines = ["SOUTH HOLME HEALTH AND WELLBEING PARTNERSHIP", "", "STRATEGIC BOARD", "",
             "AGENDA", "", "Date:   Tuesday 14 April 2026", "", head, ""]
    for number, time, title, lead, paper in rows:
        first, *wrapped = title.split("|")
        ref_cell = f"{ref}{number}" if number else ""
        lines.append(f" {ref_cell:<7}{time:<8}{first:<50}{lead:<12}{paper}")
        lines += [f" {'':<7}{'':<8}{w:<50}" for w in wrapped]
    lines += ["", " Papers are circulated to Board members only."]
    return "\n".join(lines) + "\n"


TIMED_ROWS = [
    ("1", "14.00", "Welcome and apologies", "Chair", "-"),
    ("2", "14.05", "Notes of the meeting of 10 February 2026", "Chair", "A"),
    ("3", "14.15", "Joint strategic needs assessment: the|2026 refresh and its priorities",
     "Analyst", "B"),
    ("", "14.45", "Break", "", ""),
    ("4", "15.00", "Better Care Fund plan 2026/27", "Finance", "C"),
]


@pytest.mark.parametrize("ref, head", [
    ("SDP ", " No.   Time    Item                                              Lead        Paper"),
    ("HWB/", " Ref    Time    Business                                          Lead        Paper"),
])
def test_regression_timed_agenda_with_the_time_after_the_ref_read_no_items(tmp_path, ref, head):
    # "SDP 4  10.15  Serious violence duty ..." (the time after the ref), a title wrapping in its
    # column beside the lead's, and an unnumbered "Break" row that is no item
    assert _text_items(_timed(ref, head, TIMED_ROWS), tmp_path) == [
        (f"{ref}1", "Welcome and apologies"),
        (f"{ref}2", "Notes of the meeting of 10 February 2026"),
        (f"{ref}3", "Joint strategic needs assessment: the 2026 refresh and its priorities"),
        (f"{ref}4", "Better Care Fund plan 2026/27"),
    ]


SUB_ITEMS_AGENDA = """## Wolds and Humber Joint Records Committee
^^ AGENDA ITEMS
** Item 1 Apologies for absence
** Item 2 Budget and partner contributions
** Item 2(a) Revenue budget monitoring to 31 January 2026
Report of the Treasurer (pages 3 - 8).
** Item 2(b) Partner contributions 2026/27
Report of the Treasurer (pages 9 - 12).
** Item 3 Exclusion of the public
"""


def test_regression_bracketed_letter_sub_item_was_joined_to_its_parent_item(tmp_path):
    (ctx,) = _pdf_contexts(SUB_ITEMS_AGENDA, tmp_path, "agenda")
    assert _items(ctx) == [
        ("1", "Apologies for absence"),
        ("2", "Budget and partner contributions"),
        ("2(a)", "Revenue budget monitoring to 31 January 2026"),
        ("2(b)", "Partner contributions 2026/27"),
        ("3", "Exclusion of the public"),
    ]
    # and in a text agenda, without the "Item" label
    text = ("HARTSHILL JOINT COMMITTEE\n\nAGENDA\n\n1.  Apologies\n\n2.  Budget matters\n\n"
            "2(a) Revenue monitoring (Pages 1 - 4)\n\n2(b) Fees and charges (Pages 5 - 9)\n\n"
            "3.  Date of next meeting\n")
    assert _text_items(text, tmp_path) == [
        ("1", "Apologies"), ("2", "Budget matters"), ("2(a)", "Revenue monitoring"),
        ("2(b)", "Fees and charges"), ("3", "Date of next meeting")]


CAPS_AGENDA = """Dear Member,

SHIREBROOK AND DALE JOINT WASTE COMMITTEE - MONDAY, 2ND MARCH, 2026

You are invited to attend a meeting of the Shirebrook and Dale Joint Waste
Committee to be held in Room 4, Dale House, on Monday, 2nd March, 2026 at 2.00 pm.

Membership: Councillors A Brook (Chair), C Dale, E Fenwick, G Hollis (Vice-Chair),
J Kerr and L Moss

                                   A G E N D A

1.   APOLOGIES FOR ABSENCE

2.   DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER INTERESTS

     Members are reminded that they must declare any interest at the
     start of the meeting or as soon as it becomes apparent.

3.   GARDEN WASTE SUBSCRIPTION SERVICE - CHARGES AND                  (Pages 1 - 10)
     CONCESSIONS FOR 2026/27

     Report of the Head of Waste Operations.

4.   RISK REGISTER                                                     (Pages 11 - 16)
"""


def test_regression_caps_title_wrapped_beside_its_pages_column_was_cut(tmp_path):
    items = _text_items(CAPS_AGENDA, tmp_path)
    assert items[2] == ("3", "GARDEN WASTE SUBSCRIPTION SERVICE - CHARGES AND CONCESSIONS FOR "
                             "2026/27")


def test_regression_sentence_case_description_under_a_caps_title_joined_the_title(tmp_path):
    items = _text_items(CAPS_AGENDA, tmp_path)
    assert items[1] == ("2", "DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER INTERESTS")


def test_regression_despatch_letter_over_a_spaced_agenda_heading_was_a_second_agenda(tmp_path):
    # a letter longer than a masthead: the council's address block, then the summons
    letter = ("Public Document Pack\n" + "".join(
        f"{'':50}{s}\n" for s in ("Democratic Services", "Dale House", "Shirebrook SB1 2XX",
                                   "Contact: Ann Platt", "Tel: 01632 960 118",
                                   "Date of despatch: 20 February 2026")) + "\n")
    (ctx,) = text_contexts(letter + CAPS_AGENDA, None, tmp_path)
    assert ctx.segment.kind == "agenda"
    assert [r.item_ref for r in agenda.extract(ctx) if isinstance(r, AgendaItem)] == [
        "1", "2", "3", "4"]


# ------------------------------------------------------------------------------- minutes

PLANNING_MINUTES = """NORTH CARRICK DISTRICT COUNCIL

Minutes of the meeting of the Planning Committee held on Tuesday 9 June 2026 at 6.00 pm

PL.31  APOLOGIES FOR ABSENCE

       Apologies were received from Councillor Dale.

PL.32  26/00412/FUL - CONVERSION OF A BARN TO TWO DWELLINGS WITH PARKING,
       LAND EAST OF MILL LANE, KIRKHOLME

       The Planning Officer presented the report.

       RESOLVED: That planning permission be GRANTED.

PL.33  PLANNING APPEALS - DECISIONS RECEIVED

       Members noted the appeal decisions.
"""


def test_regression_caps_minute_title_wrapped_in_caps_was_cut(tmp_path):
    assert numbers(minutes_of(PLANNING_MINUTES, tmp_path)) == [
        ("PL.31", "APOLOGIES FOR ABSENCE"),
        ("PL.32", "26/00412/FUL - CONVERSION OF A BARN TO TWO DWELLINGS WITH PARKING, LAND EAST "
                  "OF MILL LANE, KIRKHOLME"),
        ("PL.33", "PLANNING APPEALS - DECISIONS RECEIVED"),
    ]


MARKETS_MINUTES = """## CITY OF HARBOURNE CORPORATION
** FINANCE GRANTS SUB-COMMITTEE
Minutes of the meeting of the Finance Grants Sub-Committee held on Monday, 12 January 2026
** 1. APOLOGIES
Apologies were received from Alderman Penfold.
** 2. MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF
** ITEMS ON THE AGENDA
There were no declarations.
** 3. COMMUNITY GRANTS PROGRAMME
RESOLVED - That the grants set out in the report be approved.
"""


def test_regression_bold_caps_minute_title_wrapped_onto_a_second_bold_line_was_cut(tmp_path):
    from kcc_papers.extract import minutes

    (ctx,) = _pdf_contexts(MARKETS_MINUTES, tmp_path, "minutes")
    assert numbers(minutes.extract(ctx))[1] == (
        "2", "MEMBERS' DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA")


def _minutes_text(body: str) -> str:
    return ("Minutes of the meeting of the Resources Committee held on Wednesday 4 February 2026"
            "\n\nPresent: Mr K McAllister (Chair), Ms R Doherty, Dr A Gilmore\n\n"
            "Minute 26/01 - Apologies\nNone.\n\nMinute 26/02 - Minutes\n" + body
            + "\n\nMinute 26/03 - Any other business\nThere was none.\n")


@pytest.mark.parametrize("sentence", [
    "The minutes of the meeting held on 3 December 2025 were APPROVED as an accurate record.",
    "The revised terms of reference were AGREED.",
    "The draft work programme was ENDORSED for submission to the Board.",
])
def test_regression_caps_verb_in_a_passive_sentence_was_not_a_decision(tmp_path, sentence):
    (decision,) = decisions_in(minutes_of(_minutes_text(sentence), tmp_path))
    assert decision.decision_text == sentence


@pytest.mark.parametrize("sentence", [
    "The Board recommended that the Pension Fund Committee asks the payroll supplier for its "
    "test results annually.",
    "The Panel recommended to the Cabinet that the charges be frozen for 2026/27.",
])
def test_regression_body_recommending_to_another_in_prose_was_not_a_decision(tmp_path, sentence):
    body = f"The Board considered the results of the assessment. {sentence}"
    (decision,) = decisions_in(minutes_of(_minutes_text(body), tmp_path))
    assert decision.decision_text == sentence


def test_regression_it_was_approved_vote_result_stays_the_vote_reading(tmp_path):
    # "It was APPROVED that ..." is a vote's result (read by its own rule), not a caps verb in
    # a passive sentence that would split the resolution it belongs to
    body = ("The Committee RESOLVED:\n1. to set up a task group.\nIt was APPROVED that the "
            "group report in June.")
    (decision,) = decisions_in(minutes_of(_minutes_text(body), tmp_path))
    assert decision.decision_text.startswith("The Committee RESOLVED:")


# ------------------------------------------------------------------- kinds and meetings

@pytest.mark.parametrize("heading", [
    "RECORD OF AN OFFICER KEY DECISION",
    "Record of a Delegated Decision",
    "RECORD OF PORTFOLIO HOLDER DECISION",
])
def test_regression_record_of_an_officer_key_decision_was_not_a_decision(tmp_path, heading):
    text = (f"GREYPORT CITY COUNCIL\n\n{heading}\n\nDecision reference: OKD/2026/11\n"
            "Decision taker: Director of Place\n\nSUBJECT: PARKING CHARGES\n\nDECISION\n\n"
            "   To approve the parking charges set out in the appendix from 1 May 2026.\n\n"
            "REASONS FOR THE DECISION\n\n   The charges were last revised in 2023.\n\n"
            "Date of decision: 20 April 2026\n")
    assert [ctx.segment.kind for ctx in text_contexts(text, None, tmp_path)] == ["decision"]


def _meeting(text: str, tmp_path: Path) -> tuple[str | None, dt.date | None]:
    (ctx,) = text_contexts(text, None, tmp_path)
    (meeting,) = [r for r in meetings.extract(ctx) if isinstance(r, Meeting)]
    return meeting.committee, meeting.meeting_date


@pytest.mark.parametrize("ordinal", ["62nd", "113th", "1st"])
def test_regression_numbered_meeting_ordinal_was_read_as_the_committee(tmp_path, ordinal):
    text = (f"Minutes of the {ordinal} meeting of the Resources Committee held on Wednesday 4 "
            "February 2026 at 2.00 pm.\n\nPresent: Mr K McAllister (Chair)\n\n"
            "1. Apologies\nNone.\n")
    assert _meeting(text, tmp_path) == ("Resources Committee", dt.date(2026, 2, 4))


@pytest.mark.parametrize("qualifier", ["(MIDLANDS AND NORTH)", "(ENGLAND AND WALES)"])
def test_regression_bracketed_part_of_a_wrapped_committee_name_was_dropped(tmp_path, qualifier):
    text = (f"BUS LANE ADJUDICATION JOINT COMMITTEE\n{qualifier}\n"
            "Minutes of the meeting held on 4 March 2026 by video conference\n\n"
            "Present: Cllr R Aldous (Chair)\n\n1/26 Apologies\nNone.\n")
    assert _meeting(text, tmp_path) == (
        f"Bus Lane Adjudication Joint Committee {qualifier.title().replace(' And ', ' and ')}",
        dt.date(2026, 3, 4))


def test_regression_session_bracket_under_a_committee_name_stays_out_of_it(tmp_path):
    text = ("AUDIT COMMITTEE\n(PUBLIC)\nMinutes of the meeting held on 4 March 2026\n\n"
            "Present: Cllr R Aldous (Chair)\n\n1. Apologies\nNone.\n")
    assert _meeting(text, tmp_path) == ("Audit Committee", dt.date(2026, 3, 4))


@pytest.mark.parametrize("label", ["Agenda Item 7", "Item No. 5", "ITEM 12"])
def test_regression_agenda_item_label_beside_a_masthead_name_hid_the_committee(tmp_path, label):
    text = (f"DYFED-TEIFI POLICE AND CRIME PANEL                          {label}\n\n"
            "Date of meeting:   Friday 24 January 2025\n"
            "Report of:         Police and Crime Commissioner\n"
            "Subject:           Performance Scorecard, Quarter 3\n\n"
            "1.  RECOMMENDATION\n\n    That the Panel reviews the scorecard.\n")
    assert _meeting(text, tmp_path) == ("Dyfed-Teifi Police and Crime Panel",
                                        dt.date(2025, 1, 24))


def test_regression_notice_sentence_shortened_the_masthead_committee_name(tmp_path):
    text = ("East Wolds and Humberhead Joint Archives Committee\n\nNOTICE OF MEETING\n\n"
            "A meeting of the Joint Archives Committee will be held on Monday 23 March 2026 at "
            "2.00 pm in the Searchroom.\n\nAGENDA\n\n1. Apologies\n\n2. Minutes\n")
    assert _meeting(text, tmp_path) == ("East Wolds and Humberhead Joint Archives Committee",
                                        dt.date(2026, 3, 23))
    # a one-word body ("the Council") is the body itself, whatever the masthead prints
    text = text.replace("Joint Archives Committee will", "Council will").replace(
        "East Wolds and Humberhead Joint Archives Committee", "Full Council")
    assert _meeting(text, tmp_path)[0] != "Full Council"


CLOSED_PART_MINUTES = """MINUTES OF THE LICENSING COMMITTEE
Minutes of the meeting of the Licensing Committee held on Tuesday, 3 March 2026

1.  APOLOGIES FOR ABSENCE

       Apologies were received from Councillor Hart.

2.  EXCLUSION OF THE PRESS AND PUBLIC FROM THE MEETING
{heading}

       RESOLVED: That the press and public be excluded for the following item.

3.  REVIEW OF A PREMISES LICENCE

       Members considered the review.
"""


@pytest.mark.parametrize("heading", ["PART 2 - EXEMPT ITEMS", "EXEMPT INFORMATION - PARAGRAPH 3",
                                     "CONFIDENTIAL ITEMS", "PRIVATE SESSION"])
def test_regression_caps_title_wrap_joined_the_closed_part_heading_under_it(heading, tmp_path):
    assert numbers(minutes_of(CLOSED_PART_MINUTES.format(heading=heading), tmp_path)) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "EXCLUSION OF THE PRESS AND PUBLIC FROM THE MEETING"),
        ("3", "REVIEW OF A PREMISES LICENCE"),
    ]


RECITED_ADVICE_MINUTES = """MINUTES OF THE COUNCIL
Minutes of the meeting of the Council held on Thursday, 5 March 2026

7. MEMBERS' ALLOWANCES SCHEME 2026/27

The report set out the findings of the review. {sentence}

RESOLVED: That the recommendations be accepted.

8. ANY OTHER BUSINESS

There was none.
"""


@pytest.mark.parametrize("sentence", [
    "The Independent Remuneration Panel recommended that the basic allowance be increased by 3%.",
    "The Standards Committee recommended that the scheme be published.",
])
def test_regression_another_bodys_recited_recommendation_was_a_decision(sentence, tmp_path):
    texts = [d.decision_text for d in decisions_in(
        minutes_of(RECITED_ADVICE_MINUTES.format(sentence=sentence), tmp_path))]
    assert texts == ["RESOLVED: That the recommendations be accepted."]
    # the meeting's own body recommending, bare, is still its decision
    own = RECITED_ADVICE_MINUTES.format(
        sentence="The Board recommended that the Pension Fund Committee reviews the scheme.")
    assert len(decisions_in(minutes_of(own, tmp_path))) == 2


SESSION_LINE_MINUTES = """NORTH CARRICK DISTRICT COUNCIL

LICENSING COMMITTEE
{line}

Minutes of the meeting held on Tuesday 9 June 2026 at 6.00 pm

1.  APOLOGIES FOR ABSENCE

Apologies were received from Councillor Dale.
"""


@pytest.mark.parametrize(("line", "committee"), [
    ("(SPECIAL MEETING)", "Licensing Committee"),
    ("(EXTRAORDINARY)", "Licensing Committee"),
    ("(Reconvened)", "Licensing Committee"),
    ("(Rescheduled)", "Licensing Committee"),
    ("(MIDLANDS AND NORTH)", "Licensing Committee (Midlands and North)"),
])
def test_regression_kind_of_meeting_under_the_name_was_joined_to_the_committee(
        line, committee, tmp_path):
    ctxs = text_contexts(SESSION_LINE_MINUTES.format(line=line), None, tmp_path)
    assert [m.committee for ctx in ctxs for m in meetings.extract(ctx)
            if isinstance(m, Meeting)] == [committee]
