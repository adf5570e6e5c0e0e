"""Minutes written for the tests: the logic is exercised without the corpus."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from kcc_papers.extract import check_structure, minutes
from kcc_papers.models import Attendance, Decision, Declaration, Minute, Vote

KENT_STYLE = """\
MINUTES of a meeting of the Corporate Parenting Panel held in the Council Chamber on
Tuesday, 3 March 2020
PRESENT: Mrs A Allen (Chairman), Mr B Brown (Substitute for Mr C Cole), Ms D Dean,
OBE and Mr E Evans
ALSO PRESENT: Mr F Ford
IN ATTENDANCE: Mrs G Green (Head of Fostering), Mr H Hill (Democratic Services Officer)
UNRESTRICTED ITEMS
11. Apologies and Substitutes
(Item A1)
Apologies for absence were received from Mr C Cole.
12. Declarations of Interest
(Item A2)
Mr B Brown declared an interest in Item B1 as a foster carer.
13. C orporate Parenting Panel Annual
Report
(Item B1)
(1) Mrs Green introduced the report.
===== PAGE 2 =====
Page 2
(2) Members asked about placements.
(3) RESOLVED that:
(a) the report be noted; and
(b) a further report be made in June.
(4) Mr Evans thanked the officers.
14. Exclusion of the Press and Public
RESOLVED that the press and public be excluded for the following item.
EXEMPT ITEMS
15. Disposal of a Children's Home
(Item E1)
RESOLVED that the proposed disposal be deferred.
"""

BRISTOL_STYLE = """\
Example City Council
Minutes of the Example Policy Committee
10 March 2021 at 6.00 pm
Members Present:-
Councillors: Ann One (Chair), Bob Two, Cat Three
1 Apologies for Absence
There were none.
2 Public Forum
Statements were received as follows:
10 First Person
11 Second Person
12 Third Person
13 Fourth Person
14 Fifth Person
3 Annual Report on Libraries
The Committee considered a report on libraries.
On being put to the vote the recommendation was CARRIED (2 members voting in favour,
none against with 1 abstention)
It was RESOLVED that the annual report be approved.
4 Budget Amendment
On being put to the vote the motion was LOST.
For: Councillors One and Two
Against: Councillor Three
Abstain: None
Meeting ended at 7.00 pm
CHAIR __________________
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _extract(path: Path):
    (ctx,) = contexts(path, "minutes")
    return minutes.extract(ctx), ctx


def _of(records, cls):
    return [r for r in records if isinstance(r, cls)]


def test_kent_style_items_titles_refs_and_exempt(tmp_path):
    records, ctx = _extract(_write(tmp_path, "kent.txt", KENT_STYLE))
    rows = [(m.minute_number, m.title, m.item_ref, m.exempt) for m in _of(records, Minute)]
    assert rows == [
        ("11", "Apologies and Substitutes", "A1", False),
        ("12", "Declarations of Interest", "A2", False),
        ("13", "Corporate Parenting Panel Annual Report", "B1", False),
        ("14", "Exclusion of the Press and Public", None, True),
        ("15", "Disposal of a Children's Home", "E1", True),
    ]
    assert ctx.findings == []


def test_resolution_split_across_pages_stops_at_next_paragraph(tmp_path):
    records, _ = _extract(_write(tmp_path, "kent.txt", KENT_STYLE))
    minute = next(m for m in _of(records, Minute) if m.minute_number == "13")
    assert minute.resolution == (
        "RESOLVED that:\n(a) the report be noted; and\n(b) a further report be made in June."
    )
    assert "Page 2" not in minute.body
    assert minute.page == 1


def test_kent_style_decisions(tmp_path):
    records, _ = _extract(_write(tmp_path, "kent.txt", KENT_STYLE))
    got = [(d.ref, d.outcome, d.agenda_item_ref) for d in _of(records, Decision)]
    assert got == [("13", "noted", "B1"), ("14", "other", None), ("15", "deferred", "E1")]
    assert {d.decision_maker for d in _of(records, Decision)} == {"Corporate Parenting Panel"}


def test_kent_style_attendance_and_declaration(tmp_path):
    records, _ = _extract(_write(tmp_path, "kent.txt", KENT_STYLE))
    people = [(a.name, a.category, a.role, a.substitute_for) for a in _of(records, Attendance)]
    assert people == [
        ("Mrs A Allen", "present", "Chairman", None),
        ("Mr B Brown", "present", None, "Mr C Cole"),
        ("Ms D Dean, OBE", "present", None, None),
        ("Mr E Evans", "present", None, None),
        ("Mr F Ford", "also_present", None, None),
        ("Mrs G Green", "in_attendance", "Head of Fostering", None),
        ("Mr H Hill", "in_attendance", "Democratic Services Officer", None),
        ("Mr C Cole", "apologies", None, None),
    ]
    (decl,) = _of(records, Declaration)
    assert (decl.member, decl.item_ref) == ("Mr B Brown", "B1")


def test_bristol_style_numbered_lists_are_not_minutes(tmp_path):
    records, _ = _extract(_write(tmp_path, "bristol.txt", BRISTOL_STYLE))
    rows = [(m.minute_number, m.title) for m in _of(records, Minute)]
    assert rows == [
        ("1", "Apologies for Absence"),
        ("2", "Public Forum"),
        ("3", "Annual Report on Libraries"),
        ("4", "Budget Amendment"),
    ]
    last = _of(records, Minute)[-1]
    assert "Meeting ended" not in (last.body or "")


def test_bristol_style_votes_counts_and_names(tmp_path):
    records, ctx = _extract(_write(tmp_path, "bristol.txt", BRISTOL_STYLE))
    votes = _of(records, Vote)
    assert [
        (v.minute_number, v.votes_for, v.votes_against, v.abstentions, v.outcome) for v in votes
    ] == [
        ("3", 2, 0, 1, "carried"),
        ("4", 2, 1, 0, "lost"),
    ]
    assert votes[1].names_for == ["One", "Two"]
    assert votes[1].names_against == ["Three"]
    assert votes[1].names_abstain == []
    assert ctx.findings == []


def test_vote_total_more_than_present_is_a_finding(tmp_path):
    text = BRISTOL_STYLE.replace("(2 members voting in favour", "(7 members voting in favour")
    _, ctx = _extract(_write(tmp_path, "bristol.txt", text))
    assert [f.check for f in ctx.findings] == ["vote_total_exceeds_present"]


def test_minutes_without_items_give_a_finding_not_an_error(tmp_path):
    text = "MINUTES of a meeting of the Board held on 1 May 2020\nRESOLVED nothing was numbered\n"
    records, ctx = _extract(_write(tmp_path, "empty.txt", text))
    assert records == []
    check_structure(ctx, records)  # the pipeline's one check for every kind
    assert [(f.check, f.page) for f in ctx.findings] == [("layout_unrecognised", 1)]


def test_regression_title_before_number_with_ref_on_next_line(tmp_path):
    # Seed 001 prints "Work Programme 2015 115." with "(Item A6)" on the following line.
    text = (
        "MINUTES of a meeting of the Policy Committee held on Friday, 16 January 2015\n"
        "114. Minutes of the last meeting\n(Item A5)\nResolved that the minutes be noted.\n"
        "Work Programme 2015 115.\n(Item A6)\n(1) Resolved that the work programme be agreed.\n"
    )
    records, _ = _extract(_write(tmp_path, "seed.txt", text))
    rows = [(m.minute_number, m.title, m.item_ref) for m in _of(records, Minute)]
    assert rows == [
        ("114", "Minutes of the last meeting", "A5"),
        ("115", "Work Programme 2015", "A6"),
    ]


def test_regression_titles_starting_with_dr_are_not_sentences(tmp_path):
    # "122. Draft KCC VCS Policy" was rejected because "Dr" looked like a person's title.
    text = (
        "MINUTES of a meeting of the Policy Committee held on Friday, 16 January 2015\n"
        "121. Welfare Reform Update (Item D2)\nResolved that the report be noted.\n"
        "122. Draft KCC VCS Policy for Consultation (*Item D3*)\n"
        "Resolved that the consultation be endorsed.\n"
    )
    records, _ = _extract(_write(tmp_path, "seed.txt", text))
    assert [m.title for m in _of(records, Minute)] == [
        "Welfare Reform Update",
        "Draft KCC VCS Policy for Consultation",
    ]


def test_regression_stray_full_stop_line_joins_its_sentence(tmp_path):
    # Kent 9 Jan 2025 minute 80 ended "... Traded Services" with the "." on a line of its own.
    text = (
        "MINUTES of a meeting of the Cabinet held on Thursday, 9 January 2025\n"
        "80. Settlement\n(Item 5)\n3. RESOLVED that Cabinet note the settlement in consultation "
        "with the Cabinet Member for Traded Services\n.\n81. Next\n(Item 6)\nNothing.\n"
    )
    records, _ = _extract(_write(tmp_path, "kent.txt", text))
    minute = _of(records, Minute)[0]
    assert minute.resolution.endswith("Traded Services.")


def test_tally_completes_a_recorded_vote(tmp_path):
    text = (
        "MINUTES of a meeting of the Planning Committee held on 2 June 2021\n"
        "PRESENT: Mr A Able (Chairman), Mr B Baker, Mrs C Cook\n"
        "31. Land at Mill Lane\n(Item 4)\n"
        "A recorded vote was taken on the motion to refuse the application.\n"
        "For: 2\nAgainst: 1\nAbstentions: 0\n"
        "RESOLVED that the application be refused.\n"
    )
    records, ctx = _extract(_write(tmp_path, "planning.txt", text))
    (vote,) = _of(records, Vote)
    assert (vote.minute_number, vote.votes_for, vote.votes_against, vote.abstentions) == (
        "31",
        2,
        1,
        0,
    )
    (decision,) = _of(records, Decision)
    assert decision.outcome == "rejected"
    assert ctx.findings == []


def test_heading_split_by_a_page_break_with_running_header(tmp_path):
    text = (
        "Policy Committee - 1 May 2020\n"
        "MINUTES of a meeting of the Policy Committee held on Friday, 1 May 2020\n"
        "21. Apologies\n(Item 1)\nNone.\n"
        "22. Highways Maintenance Programme and Winter\nPage 1\n"
        "===== PAGE 2 =====\n"
        "Policy Committee - 1 May 2020\n"
        "Service Plan\n(Item 2)\n(1) The report was introduced.\nPage 2\n"
        "===== PAGE 3 =====\n"
        "Policy Committee - 1 May 2020\n"
        "(2) RESOLVED that the programme be approved.\n23. Any Other Business\n(Item 3)\n"
        "None.\nPage 3\n"
    )
    records, _ = _extract(_write(tmp_path, "pages.txt", text))
    rows = [(m.minute_number, m.title, m.item_ref, m.page) for m in _of(records, Minute)]
    assert rows == [
        ("21", "Apologies", "1", 1),
        ("22", "Highways Maintenance Programme and Winter Service Plan", "2", 1),
        ("23", "Any Other Business", "3", 3),
    ]
    minute = _of(records, Minute)[1]
    assert minute.resolution == "RESOLVED that the programme be approved."
    assert "Policy Committee - 1 May 2020" not in minute.body


def test_named_list_disagreeing_with_count_is_a_finding(tmp_path):
    text = (
        "MINUTES of a meeting of the Planning Committee held on 2 June 2021\n"
        "PRESENT: Mr A Able (Chairman), Mr B Baker, Mrs C Cook, Ms D Dyer\n"
        "32. Land at Mill Lane\n(Item 5)\n"
        "On being put to the vote the motion was CARRIED (3 voting for, 1 against).\n"
        "For: Mr Able and Mr Baker\nAgainst: Ms Dyer\n"
        "RESOLVED that the application be approved.\n"
    )
    records, ctx = _extract(_write(tmp_path, "planning.txt", text))
    (vote,) = _of(records, Vote)
    assert (vote.votes_for, vote.names_for, vote.names_against) == (
        3,
        ["Mr Able", "Mr Baker"],
        ["Ms Dyer"],
    )
    assert [f.check for f in ctx.findings] == ["vote_names_count_mismatch"]


def test_number_slash_year_minutes_and_one_person_per_line(tmp_path):
    text = (
        "MINUTES of a meeting of the Licensing Committee held on 4 July 2024\n"
        "Present:\nCouncillor Ann Green, Chair\nCouncillor Bob Brown\n"
        "Apologies:\nCouncillor Cy Clay\n"
        "12/24 Declarations of Interest\nNone were declared.\n"
        "13/24 Taxi Fares Review\nThe Committee considered the report.\n"
        "DECISION: That the revised fares be approved.\n"
        "14/24 Street Trading Policy\nRESOLVED that the policy be deferred to September.\n"
    )
    records, _ = _extract(_write(tmp_path, "licensing.txt", text))
    assert [(m.minute_number, m.title) for m in _of(records, Minute)] == [
        ("12/24", "Declarations of Interest"),
        ("13/24", "Taxi Fares Review"),
        ("14/24", "Street Trading Policy"),
    ]
    assert [(d.ref, d.outcome) for d in _of(records, Decision)] == [
        ("13/24", "approved"),
        ("14/24", "deferred"),
    ]
    people = [(a.name, a.category, a.role) for a in _of(records, Attendance)]
    assert people == [
        ("Councillor Ann Green", "present", "Chair"),
        ("Councillor Bob Brown", "present", None),
        ("Councillor Cy Clay", "apologies", None),
    ]
    assert _of(records, Declaration) == []


def test_each_approved_block_is_a_decision_when_nothing_is_resolved(tmp_path):
    text = (
        "Minutes of the Example Policy Committee\n5 May 2022 at 5.00 pm\n"
        "Members Present:-\nCouncillors: Ann One (Chair), Bob Two, Cat Three\n"
        "1 Apologies for Absence\nThere were none.\n"
        "2 Parking Charges\nThe Committee considered a report.\n"
        "Recommendation 1 was moved by Councillor One. On being put to the vote the "
        "recommendation was CARRIED unanimously.\n"
        "It was APPROVED\n1. Approved a 10% increase in permit charges.\n"
        "Recommendation 2 was moved by Councillor One. On being put to the vote the "
        "recommendation was LOST (1 member voting in favour, 2 against).\n"
        "Recommendation 3 was moved by Councillor Two. On being put to the vote the "
        "recommendation was CARRIED (2 members voting in favour, 1 against).\n"
        "It was APPROVED:\n3. Delegates authority to the Director to implement the changes.\n"
    )
    records, _ = _extract(_write(tmp_path, "parking.txt", text))
    decisions = [(d.ref, d.decision_text, d.outcome) for d in _of(records, Decision)]
    assert decisions == [
        ("2", "It was APPROVED\n1. Approved a 10% increase in permit charges.", "approved"),
        (
            "2",
            "It was APPROVED:\n3. Delegates authority to the Director to implement the changes.",
            "approved",
        ),
    ]
    votes = [(v.motion, v.votes_for, v.votes_against, v.outcome) for v in _of(records, Vote)]
    assert votes == [
        ("Recommendation 1", None, None, "carried unanimously"),
        ("Recommendation 2", 1, 2, "lost"),
        ("Recommendation 3", 2, 1, "carried"),
    ]


PARISH_RESPONSES = """LOWER BRAMFORD PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 2 MARCH 2026 AT 7.30 PM

Present: Cllrs A. Moss (Chair), B. Lane, C. Hart and D. Kerr.

1. Apologies
Cllr E. Finch. The apologies were accepted.

2. Finance
RESOLVED to pay the invoices listed. The Clerk's report was accepted.

3. Planning
(a) 26/00121/HH, 4 Mill Row - single storey extension. No objection.
(b) 26/00140/FUL, Land off Station Road - two dwellings. The Council resolved to object on
the grounds of flood risk.
(c) 26/00151/LBC, The Old Forge - replacement windows. Neighbours spoke in
support.

4. Date of next meeting
Monday 6 April 2026.
"""


def _decisions_of(tmp_path, text):
    records, _ = _extract(_write(tmp_path, "parish.txt", text))
    return [(d.minute_number, d.decision_text) for d in _of(records, Decision)]


def test_regression_parish_planning_response_no_objection_was_not_a_decision(tmp_path):
    got = _decisions_of(tmp_path, PARISH_RESPONSES)
    assert ("3", "No objection.") in got
    assert not any(text.lower().startswith("support") for _, text in got)  # prose, wrapped


def test_regression_council_resolved_mid_line_in_formal_minutes_was_dropped(tmp_path):
    # The minutes print "RESOLVED" elsewhere, so inline decisions needed a motion; a sentence
    # saying the body resolved is a resolution whatever the rest of the minutes do.
    got = _decisions_of(tmp_path, PARISH_RESPONSES)
    assert ("3", "The Council resolved to object on the grounds of flood risk.") in got


def test_regression_a_report_that_was_accepted_was_not_a_decision(tmp_path):
    text = PARISH_RESPONSES.replace("RESOLVED to pay the invoices listed. ", "")
    got = _decisions_of(tmp_path, text)
    assert ("2", "The Clerk's report was accepted.") in got
    assert not any("apologies" in text.lower() for _, text in got)  # received, not decided


def test_a_resolution_in_a_list_entry_keeps_its_own_sub_list(tmp_path):
    text = PARISH_RESPONSES.replace(
        "(b) 26/00140/FUL, Land off Station Road - two dwellings. The Council resolved to object"
        " on\nthe grounds of flood risk.",
        "(b) 26/00140/FUL, Land off Station Road. The Council resolved to object on the grounds:\n"
        "(i) of flood risk;\n(ii) of access.")
    got = _decisions_of(tmp_path, text)
    assert ("3", "The Council resolved to object on the grounds:\n(i) of flood risk;\n"
                 "(ii) of access.") in got


REPORTED = """WESTBROOK PARISH COUNCIL

MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 2 MARCH 2026 AT 7.30 PM

Present: Cllrs A. Moss (Chair), B. Lane and C. Hart.

1. Matters arising
The Clerk reported the Council resolved to object to the earlier scheme in 2019. The Clerk
reported that the planning application for 3 Mill Lane was approved by the district council.
The County Council budget was approved on 20 February.

2. Correspondence
A letter dated 12/03/2025 regarding grass cutting was read.
No comments.

3. Finance
The Treasurer's report was accepted.
"""


def test_regression_reported_speech_and_other_bodies_decisions_were_read_as_decisions(tmp_path):
    got = _decisions_of(tmp_path, REPORTED)
    assert got == [("3", "The Treasurer's report was accepted.")]
