"""Minutes of real papers, written out by hand from the papers themselves."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import contexts, corpus_file
from kcc_papers.extract import minutes
from kcc_papers.models import Attendance, Decision, Minute, Vote

pytestmark = pytest.mark.corpus


def _records(relative: str):
    ctxs = contexts(corpus_file(relative), "minutes")
    assert len(ctxs) == 1
    return minutes.extract(ctxs[0]), ctxs[0]


def _of(records, cls):
    return [r for r in records if isinstance(r, cls)]


SEED_001_MINUTES = [
    ("111", "Apologies and Substitutes", "A2", None),
    ("112", "Declarations of Interest by Members in items on the Agenda", "A3", None),
    (
        "113",
        "Minutes of the meeting held on 12 December 2014",
        "A4",
        "Resolved that the minutes of the meeting held on 12 December 2014 be approved as a "
        "correct record and signed by the Chairman.",
    ),
    (
        "114",
        "Minutes of the meeting of the Property Sub-Committee held on 10 December 2014",
        "A5",
        "Resolved that the minutes of the Property Sub-Committee held on 10 December 2014 be "
        'noted subject to an amendment to the list of attendees to include the name "Peter" '
        'before the word "Smith".',
    ),
    ("115", "Work Programme 2015", "A6", "Resolved that the work programme for 2015 be agreed."),
    (
        "116",
        "Facing the Challenge Update Report on back office procurement and Legal Services "
        "Phase 1 reviews",
        "B1",
        "Resolved that the project update in respect of individual service reviews be noted.",
    ),
    (
        "117",
        "Facing the Challenge - Property Future Service Delivery Model",
        "B2",
        "Following the Chairman's suggestion it was resolved that full consideration of the "
        "decision be deferred to Part 2 of the meeting.",
    ),
    (
        "118",
        "Appointment of a Strategic Transformation Partner",
        "B3",
        "Resolved that the proposed decision be endorsed.",
    ),
    (
        "119",
        "Broadband Delivery UK Phase 2 Project",
        "B4",
        "Resolved that the decision be endorsed.",
    ),
    (
        "120",
        "Budget 2015/16 and Medium Term Financial Plan",
        "D1",
        "Resolved that the draft Budget and MTFP (including responses to consultation and "
        "government announcements) be endorsed.",
    ),
    (
        "121",
        "Welfare Reform Update",
        "D2",
        "Resolved that:\n(a) The report be noted;\n(b) An annual report on the impact of "
        "welfare reform be produced\n(c) A letter be written urging the government to expedite "
        "assessments and payments relating to Personal Independence Payments.",
    ),
    (
        "122",
        "Draft KCC VCS Policy for Consultation",
        "D3",
        "Resolved that the proposed public consultation on the draft policy be endorsed.",
    ),
    (
        "123",
        "KCC Customer Services Policy",
        "D4",
        "Resolved that the developments around the Customer Services Policy be noted.",
    ),
    (
        "124",
        "Information and Communications Technology Strategy",
        "D5",
        "Resolved that the proposed 2015-2018 Technology Strategy be endorsed.",
    ),
    (
        "125",
        "Exclusion of the Press and Public",
        None,
        "RESOLVED that under Section 100A of the Local Government Act 1972 the press and public "
        "be excluded from the meeting for the following item of business on the grounds that it "
        "involved the likely disclosure of exempt information as defined in paragraph 3 of Part "
        "1 of Schedule 12A of the Act.",
    ),
]


def test_seed_001_minutes_111_to_126():
    records, _ = _records("seeds/001_795b63a76636e3eb.txt")
    rows = _of(records, Minute)
    assert [m.minute_number for m in rows] == [str(n) for n in range(111, 127)]
    got = [(m.minute_number, m.title, m.item_ref, m.resolution) for m in rows[:15]]
    assert got == SEED_001_MINUTES
    last = rows[15]
    assert (last.title, last.item_ref, last.exempt) == (
        "Facing the Challenge - Property Future Service Delivery Model",
        "E1",
        True,
    )
    assert last.resolution.startswith(
        "Resolved to endorse the proposed decision to be taken by Cabinet that:\n(a) In "
        "consultation with the S151 Officer"
    )
    assert last.resolution.endswith(
        "to facilitate the establishment of the Local Authority Trading Company."
    )
    assert [m.exempt for m in rows] == [False] * 14 + [True, True]


def test_seed_001_minute_decisions():
    records, _ = _records("seeds/001_795b63a76636e3eb.txt")
    decisions = _of(records, Decision)
    assert [(d.ref, d.outcome) for d in decisions] == [
        ("113", "approved"),
        ("114", "noted"),
        ("115", "agreed"),
        ("116", "noted"),
        ("117", "deferred"),
        ("118", "endorsed"),
        ("119", "endorsed"),
        ("120", "endorsed"),
        ("121", "noted"),
        ("122", "endorsed"),
        ("123", "noted"),
        ("124", "endorsed"),
        ("125", "other"),
        ("126", "endorsed"),
    ]
    for d in decisions:
        assert d.source == "minutes"
        assert d.decision_date == dt.date(2015, 1, 16)
        assert d.decision_maker == "Policy and Resources Cabinet Committee"
        assert d.minute_number == d.ref
    assert decisions[0].agenda_item_ref == "A4"


def test_seed_001_attendance():
    records, _ = _records("seeds/001_795b63a76636e3eb.txt")
    people = _of(records, Attendance)
    present = [p for p in people if p.category == "present"]
    assert len(present) == 14
    assert (present[0].name, present[0].role) == ("Mr A J King, MBE", "Chairman")
    subs = {p.name: p.substitute_for for p in present if p.substitute_for}
    assert subs == {"Mr M A C Balfour": "Mr J A Davies", "Mrs M E Crabtree": "Miss S J Carey"}
    also = [p.name for p in people if p.category == "also_present"]
    assert also == [
        "Mr P B Carter, CBE",
        "Mr G Cooke",
        "Mr M C Dance",
        "Mr R W Gough",
        "Mr J D Simmonds, MBE",
        "Mr B J Sweetland",
    ]
    officers = {p.name: p.role for p in people if p.category == "in_attendance"}
    assert officers["Mr P Bole"] == "Director Information & Communication Technology"
    assert officers["Mrs Kendal"] == "Head of Customer Services"
    assert [p.name for p in people if p.category == "apologies"] == ["Miss Carey", "Mr Davies"]


KENT_2025_01_09 = [
    ("76", "Apologies", "1", None),
    ("77", "Declarations of Interest", "2", None),
    (
        "78",
        "Minutes of the Meeting held on 28 November 2024",
        "3",
        "RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record and "
        "that they be signed by the Chair",
    ),
    ("79", "Cabinet Member Updates", "4", None),
    (
        "80",
        "Provisional Local Government Finance Settlement 2025-26",
        "5",
        "RESOLVED that Cabinet note the provisional settlement including the additional grants "
        "and grant reductions compared to assumptions in the draft budget published in October "
        "before the Autumn Budget statement; and agree to delegate finalising any response to "
        "the settlement to the Corporate Director for Finance, in consultation with the Deputy "
        "Leader and Cabinet Member for Finance, Corporate and Traded Services.",
    ),
    (
        "81",
        "Quarterly Performance Report, Q2 2024-2025",
        "6",
        "RESOLVED that Cabinet note the Quarter 2 Performance Report and the actions being taken "
        "to address areas where performance is not as targeted.",
    ),
    ("82", "Corporate Risk Register", "7", "RESOLVED that Cabinet note the report."),
    (
        "83",
        "English Devolution White Paper",
        "8",
        "RESOLVED that Cabinet:\n1. Agree to submit a request to Government, jointly with "
        "Medway Council, for Kent and Medway to be included in the Devolution Priority "
        "Programme;\n2. Note that acceptance onto the Devolution Priority Programme will commit "
        "Kent and Medway to elections to a new Mayoral Strategic Authority (MSA) in May 2026 and "
        "implementation of local government reorganisation by either April 2027 or April 2028; "
        "and\n3. Agree to request that the Minister for Local Government and English Devolution "
        "consider postponing County elections scheduled for May 2025",
    ),
]


def test_kent_cabinet_2025_01_09_minutes():
    records, ctx = _records("pdfs/kent_cabinet_2025-01-09_minutes.pdf")
    got = [(m.minute_number, m.title, m.item_ref, m.resolution) for m in _of(records, Minute)]
    assert got == KENT_2025_01_09
    decisions = _of(records, Decision)
    assert [(d.ref, d.outcome) for d in decisions] == [
        ("78", "approved"),
        ("80", "noted"),
        ("81", "noted"),
        ("82", "noted"),
        ("83", "agreed"),
    ]
    assert {d.decision_maker for d in decisions} == {"Cabinet"}
    assert {d.decision_date for d in decisions} == {dt.date(2025, 1, 9)}
    present = [a.name for a in _of(records, Attendance) if a.category == "present"]
    assert len(present) == 10
    assert ctx.findings == []


def test_kent_cabinet_2025_01_30_minutes():
    records, _ = _records("pdfs/kent_cabinet_2025-01-30_printed_minutes.pdf")
    rows = _of(records, Minute)
    assert [(m.minute_number, m.item_ref) for m in rows] == [
        (str(n), str(n - 83)) for n in range(84, 93)
    ]
    titles = {m.minute_number: m.title for m in rows}
    assert titles["88"] == (
        "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"
    )
    assert titles["89"] == (
        "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and "
        "Treasury Management Strategy"
    )
    assert titles["90"] == (
        "24/00109 - Transfer the 18-25 section of the Strengthening Independence Service from "
        "the Children Young People and Education Directorate to the Adult Social Care and "
        "Health Directorate"
    )
    resolution = {m.minute_number: m.resolution for m in rows}
    assert resolution["88"] == (
        "RESOLVED that Cabinet agree to:\nA) Note the forecast revenue overspend of £23.3m "
        "(excluding Schools).\nb) Note the forecast overspend on Schools’ Delegated Budgets of "
        "£30.4m.\nc) Note the forecast capital underspend of £111.6m.\nd) Note the progress on "
        "the delivery of savings.\ne) Agree the Capital budget changes.\nf) Note the Reserves, "
        "Treasury Management and Prudential Indicators Monitoring"
    )
    assert resolution["89"] == (
        "RESOLVED that Cabinet considered the proposed amendments from Cabinet Committees and "
        "endorsed the draft budget to be presented to County Council on 13th February for "
        "final decisions."
    )
    assert resolution["92"] == (
        "RESOLVED that Cabinet agree the Commissioning Plan for Education Provision in Kent 2025-29"
    )
    assert resolution["87"] is None
    decisions = {d.ref: d for d in _of(records, Decision)}
    assert sorted(decisions, key=int) == ["86", "88", "89", "90", "91", "92"]
    assert decisions["88"].decision_number == "24/00108"
    assert decisions["88"].agenda_item_ref == "5"
    assert decisions["89"].decision_number is None
    assert decisions["89"].outcome == "endorsed"
    apologies = [a.name for a in _of(records, Attendance) if a.category == "apologies"]
    assert apologies == ["Mrs C Bell"]


def test_bristol_minutes_items_and_resolutions():
    records, ctx = _records("pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf")
    rows = _of(records, Minute)
    assert [(m.minute_number, m.title) for m in rows] == [
        ("1", "Welcome, Introductions and Safety Information"),
        ("2", "Apologies for Absence and Substitutions"),
        ("3", "Declarations of Interest"),
        ("4", "Minutes of the Previous Meeting"),
        ("5", "Chair's Announcements"),
        ("6", "Public Forum"),
        (
            "7",
            "Opportunities to promote sustainable transport through a review of parking "
            "policies and charges",
        ),
        ("8", "Supported Bus Services Priorities Task and Finish Group"),
        ("9", "Bristol Regional Cycling Hub, Lawrence Weston"),
        ("10", "Workplace Parking Levy"),
        ("11", "2024/25 P3 Finance Forecast Report - Transport & Connectivity"),
        ("12", "Q1 2024/25 Corporate Risk Report - Transport and Connectivity"),
    ]
    resolution = {m.minute_number: m.resolution for m in rows}
    assert resolution["4"] == "The minutes of the previous meeting were agreed as accurate."
    assert resolution["11"] == "The Transport and Connectivity Committee noted the report."
    assert resolution["7"].startswith(
        "The Policy Committee RESOLVED:\n1. Initiated a Task and Finish Group, to be chaired by "
        "Cllr Rob Bryher"
    )
    assert resolution["7"].endswith("* Recommendations 4c and 5 were not approved.")
    assert resolution["8"].startswith("It was APPROVED:\n1. That the Committee for Transport")
    decisions = _of(records, Decision)
    assert [(d.ref, d.outcome) for d in decisions] == [
        ("4", "agreed"),
        ("6", "noted"),
        ("7", "approved"),
        ("8", "approved"),
        ("9", "approved"),
        ("10", "approved"),
        ("11", "noted"),
        ("12", "noted"),
    ]
    assert {d.decision_maker for d in decisions} == {"Transport and Connectivity Policy Committee"}
    assert not [f for f in ctx.findings if f.check == "vote_total_exceeds_present"]


def test_bristol_minutes_votes():
    records, _ = _records("pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf")
    votes = [
        (v.minute_number, v.motion, v.votes_for, v.votes_against, v.abstentions, v.outcome)
        for v in _of(records, Vote)
    ]
    assert votes == [
        ("7", "Recommendation 1", None, None, None, "carried unanimously"),
        ("7", "Recommendation 2A", 6, 0, 3, "carried"),
        ("7", "Recommendation 2B", None, None, None, "carried unanimously"),
        ("7", "amendment to Recommendation 2C", 5, 1, 3, "carried"),
        ("7", "Recommendation 2C as amended", None, None, None, "carried unanimously"),
        ("7", "Recommendation 3A", None, None, None, "carried unanimously"),
        ("7", "Recommendation 3B", None, None, None, "carried unanimously"),
        ("7", "Recommendation 4A", None, None, None, "carried unanimously"),
        ("7", "Recommendation 4B", 8, 0, 1, "carried"),
        ("7", "Recommendation 4C", 4, 5, None, "lost"),
        ("7", "amendment to Recommendation 5", 2, 7, None, "lost"),
        ("7", "Recommendation 5", 4, 5, None, "lost"),
        ("7", "Recommendation 6", None, None, None, "carried unanimously"),
        ("7", "amendment to Recommendation 7", 7, 0, 2, "carried"),
        ("7", "Recommendation 7 as amended", None, None, None, "carried unanimously"),
        ("7", "Recommendation 8", None, None, None, "carried unanimously"),
        ("8", "recommendation", None, None, None, "carried unanimously"),
        ("9", "recommendation", None, None, None, "carried unanimously"),
        ("10", "recommendation within the report", 8, 1, None, "carried"),
    ]


def test_bristol_attendance():
    records, _ = _records("pdfs/bristol_tcpc_2024-09-12_printed_minutes.pdf")
    people = [(a.name, a.category, a.role, a.substitute_for) for a in _of(records, Attendance)]
    # "Apologies were received from Councillor Coombes. Councillor Jos Clark attended as
    # substitute." completes the Members Present list.
    assert people == [
        ("Ed Plowden", "present", "Chair", None),
        ("Graham Morris", "present", "Vice-Chair", None),
        ("Donald Alexander", "present", None, None),
        ("Rob Bryher", "present", None, None),
        ("Tim Rippington", "present", None, None),
        ("Emma Edwards", "present", None, None),
        ("Kaz Self", "present", None, None),
        ("David Wilcox", "present", None, None),
        ("Jos Clark", "present", None, "Councillor Coombes"),
        ("Councillor Coombes", "apologies", None, None),
    ]


# Community council minutes (Word-made): minute numbers run on across meetings, the title ends
# at a colon with the minute's text after it, decisions are written inline. (number, title,
# whether the minute records a decision), written out from the papers.
TINTERN = {
    "2018-03-26": [
        ("2448", "Police Report", False),
        ("2449", "Public Forum", False),
        ("2449", "Apologies for absence", False),  # the paper prints 2449 twice
        ("2450", "Declarations of interest", False),
        ("2451", "Approval of minutes of previous meeting", True),
        ("2452", "Financial Report", False),
        ("2453", "Accounts for payment", True),
        ("2454", "Planning Permissions", False),
        ("2455", "Updates", True),
        ("2456", "Reports from outside bodies", True),
        ("2457", "Reports from Sub-Committees", False),
        ("2458", "Review Standing Orders", False),
        ("2459", "Discuss and instruct MCC Highways to repair potholes, Quayside Lane", True),
        ("2460", "Welsh Language Scheme", False),
        ("2461", "Data Protection & the GDPR", False),
        ("2462", "Correspondence", True),  # printed "2462 Correspondence:", without its dot
        ("2463", "Any Other Business", False),
        ("2464", "Date of next meeting", False),
    ],
    "2018-06-25": [
        ("2503", "Police Report", False),
        ("2504", "Public Forum", False),
        ("2506", "Declarations of interest", False),  # the paper has no 2505
        ("2507", "Approval of minutes of previous meeting", True),
        ("2508", "Financial Report", False),
        ("2509", "Accounts for payment", True),
        ("2510", "Planning Permissions", False),  # the planning authority's decisions
        ("2511", "Updates", False),
        ("2512", "Reports from outside bodies", False),
        ("2513", "Reports from Sub-Committees", False),
        ("2514", "Report from MCC’s Planning Enforcement Workshop", False),
        ("2515", "Update from MHA re affordable housing site", False),
        ("2516", "Approve Standing Orders", False),
        ("2517", "Re-siting of The Buoy", False),
        ("2518", "Replacement of Two Benches by Tintern Abbey", True),
        ("2519", "Playground Equipment", False),
        ("2520", "Speed measures in the village", False),
        ("2521", "Riverbank", False),
        ("2522", "Correspondence", False),
        ("2523", "Any Other Business", False),
        ("2524", "Date of next meeting", False),
    ],
    "2019-01-28": [
        ("2629", "Police Report", False),
        ("2630", "Public Forum", False),
        ("2631", "Apologies for absence", False),
        ("2632", "Declarations of interest", False),
        ("2633", "Approval of minutes of previous meeting", True),
        ("2634", "Financial Report", False),
        ("2635", "Accounts for payment", True),
        ("2636", "Planning Permissions", False),
        ("2637", "Updates", False),
        ("2638", "Reports from outside bodies", False),  # its heading is not in bold
        ("2639", "Reports from Sub-Committees", False),
        ("2640", "Correspondence", False),
        ("2641", "Any Other Business", False),
        ("2642", "Date of next meeting", False),
    ],
    "2019-04-29": [
        ("2674", "Police Report", False),
        ("2675", "Public Forum", False),
        ("2676", "Apologies for absence", False),
        ("2677", "Declarations of interest", False),
        ("2678", "Approval of minutes of previous meeting", True),
        ("2679", "Financial Report", False),
        ("2680", "Accounts for payment", True),
        ("2681", "Planning Permissions", False),
        ("2682", "Updates", False),
        ("2683", "Reports from outside bodies", True),
        ("2684", "Reports from Sub-Committees", True),
        ("2685", "Angiddy Furnace Site", False),
        ("2686", "Revised Draft Affordable Housing SPG", False),
        ("2686", "The Map", False),  # 2686 printed twice
        ("2687", "Correspondence", False),
        ("2688", "Any Other Business", False),
        ("2689", "Date of next meeting", False),
    ],
}


@pytest.mark.parametrize("date", sorted(TINTERN))
def test_tintern_minutes_items(date):
    records, _ = _records(f"pdfs/tintern_community-council_{date}_minutes.pdf")
    rows = _of(records, Minute)
    assert [(m.minute_number, m.title, m.resolution is not None) for m in rows] == TINTERN[date]
    assert {(m.committee, m.meeting_date) for m in rows} == {
        ("Tintern Community Council", dt.date.fromisoformat(date))
    }
    decisions = _of(records, Decision)
    assert {d.ref for d in decisions} == {n for n, _, decided in TINTERN[date] if decided}
    assert {d.decision_maker for d in decisions} == {"Tintern Community Council"}


def test_regression_tintern_above_council_and_inline_decisions():
    # Was: committee 'above Council held', 0 decisions, minutes from 2517 on only (25 June 2018).
    records, ctx = _records("pdfs/tintern_community-council_2018-03-26_minutes.pdf")
    assert [(d.ref, d.outcome, d.decision_text) for d in _of(records, Decision)] == [
        ("2451", "approved", "Approved & signed as correct."),
        (
            "2453",
            "approved",
            "Merlin Waste - £27.12 (Ch. No. 300050), Clerk’s Salary & Expenses - £379.00 (Ch. "
            "No. 300051), Llandogo School Nurture Room - £1,000 (Ch. No. 300052), Quayside Path "
            "- £4,445.26 (Ch. No 300049) – approved.",
        ),
        (
            "2455",
            "agreed",
            "It was agreed that TCC should give a cheque for £1,000 now to enable this to go "
            "ahead.",
        ),
        ("2456", "agreed", "Councillors agreed this be paid immediately."),
        (
            "2459",
            "agreed",
            "It was agreed County Cllr Webb would find out the position about ownership of the "
            "road before a final decision is made.",
        ),
        ("2462", "agreed", "Councillors agreed to give £50."),
        (
            "2462",
            "agreed",
            "It was agreed that before future road closures take place Councillors should "
            "compile a list of suggested improvements and also perhaps ask MCC have a "
            "consultation with local businesses.",
        ),
        (
            "2462",
            "agreed",
            "It was agreed that there should be separate signs in Welsh and English as when both "
            "appeared on the same sign drivers did not have time to read to the bottom and this "
            "caused confusion.",
        ),
    ]
    assert [f.check for f in ctx.findings] == ["minute_number_repeated"]


def test_regression_tintern_heading_date_without_year():
    # "held on Monday 25th June at 7.00pm": 25 June is a Monday in 2018, a year the paper prints.
    records, _ = _records("pdfs/tintern_community-council_2018-06-25_minutes.pdf")
    assert {m.meeting_date for m in _of(records, Minute)} == {dt.date(2018, 6, 25)}
    (benches,) = [d for d in _of(records, Decision) if d.ref == "2518"]
    assert benches.decision_text == (
        "It was agreed that these be replaced, together with the two outside the Village Hall "
        "(see under Agenda Item 2512). Proposed by Cllr Shewell, seconded by Cllr Hayward."
    )


KCC_2024_12_19 = [
    ("270", "Apologies for Absence", None),
    (
        "271",
        "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items "
        "on the agenda",
        None,
    ),
    (
        "272",
        "Minutes of the meeting held on 7 November 2024, if in order, to be approved as a "
        "correct record",
        "approved",
    ),
    ("273", "Corporate Parenting Panel - Minutes for noting", "noted"),
    ("274", "Chairman's Announcements", "agreed"),
    ("275", "Questions", None),
    ("276", "Report by Leader of the Council", "noted"),
    ("277", "Corporate Parenting Panel - Annual Report", "noted"),
    ("278", "Local Transport Plan", "approved"),
    # "This item was deferred to the next appropriate meeting of Full Council." (round 17),
    # each of the two minutes
    ("279", "Governance Working Party Update", "deferred"),
    ("280", "Proportionality Update", "deferred"),
    # "RESOLVED that the County Council resolves: 1. To declare ...": its listed verbs decide, not
    # the ", noting ..." aside in point 4 (a user's report, session 33)
    ("281", "Motions for Time Limited Debate", "agreed"),
    ("282", "Remote meetings and proxy voting consultation", "noted"),
]


def test_kent_county_council_2024_12_19_minutes():
    records, ctx = _records("pdfs/kent_county_council_2024-12-19_minutes.pdf")
    outcome = {d.ref: d.outcome for d in _of(records, Decision)}
    rows = [(m.minute_number, m.title, outcome.get(m.minute_number)) for m in _of(records, Minute)]
    assert rows == KCC_2024_12_19
    assert [m.item_ref for m in _of(records, Minute)] == [str(n) for n in range(1, 14)]
    # "26) RESOLVED that ...": the paragraph number is not part of the resolution.
    (leader,) = [d for d in _of(records, Decision) if d.ref == "276"]
    assert leader.decision_text == "RESOLVED that the Leader’s report be noted."
    assert ctx.findings == []


def test_regression_kcc_motion_agreed_unanimously_is_a_decision():
    records, _ = _records("pdfs/kent_county_council_2024-12-19_minutes.pdf")
    (motion,) = [d for d in _of(records, Decision) if d.ref == "274"]
    assert motion.decision_text == (
        "Mr Sweetland proposed, and Mr Ridgers seconded, that the Council formally record the "
        "sense of loss it feels on the sad passing of Mr Parry and extends to his family and "
        "friends its heartfelt sympathy to them in their sad bereavement. Agreed unanimously."
    )


def test_kent_county_council_2025_01_09_minutes():
    # The paper prints three numbered minutes (283-285) after an unnumbered "Election of
    # Chair" (bold, at the body's size and indent) with its own resolution.
    records, ctx = _records("pdfs/kent_county_council_2025-01-09_printed_minutes.pdf")
    rows = [
        (m.minute_number, m.title, m.item_ref, m.resolution is not None)
        for m in _of(records, Minute)
    ]
    assert rows == [
        (None, "Election of Chair", None, True),
        ("283", "Apologies for Absence", "1", False),
        (
            "284",
            "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in "
            "items on the agenda",
            "2",
            False,
        ),
        ("285", "English Devolution White Paper", "3", True),
    ]
    chair, decision = _of(records, Decision)
    assert chair.decision_text == "RESOLVED that Mr Cooke be elected to Chair the meeting."
    assert decision.decision_text.startswith(
        "RESOLVED that the County Council:\n(1) Endorses the ongoing joint work between KCC"
    )
    assert [(v.votes_for, v.votes_against, v.abstentions) for v in _of(records, Vote)] == [
        (14, 45, 4),
        (17, 43, 3),
        (13, 45, 4),
        (14, 40, 7),
        (39, 19, 1),
    ]
    assert ctx.findings == []


def test_regression_kcc_election_of_chair_is_not_an_attendee():
    # Was: "Mr B Watts Election of Chair 1. Mr Gough proposed" read as an officer in attendance.
    records, _ = _records("pdfs/kent_county_council_2025-01-09_printed_minutes.pdf")
    officers = [(a.name, a.role) for a in _of(records, Attendance) if a.category != "present"]
    assert officers == [
        ("Mr J Cook", "Democratic Services Manager"),
        ("Mr B Watts", "General Counsel"),
    ]


def test_kent_county_council_2025_02_13_minutes():
    records, _ = _records("pdfs/kent_county_council_2025-02-13_printed_minutes.pdf")
    outcome = {d.ref: d.outcome for d in _of(records, Decision)}
    rows = [(m.minute_number, m.item_ref, outcome.get(m.minute_number or "")) for m in
            _of(records, Minute)]
    assert rows == [
        ("286", "1", None),
        ("287", "2", None),
        ("288", "3", "approved"),
        ("289", "4", None),
        ("290", "5", "noted"),
        ("291", "6", "agreed"),
    ]
    assert len(_of(records, Vote)) == 8
