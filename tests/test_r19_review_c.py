"""Review C of round 19's fixes to the minutes and decisions readers: each test a defect found
in review, a small paper of another council than the round's own, read through the
pipeline."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.extract.decisions.notices import ITEM_HEAD
from kcc_papers.extract.minutes.noted import _NOTED
from kcc_papers.extract.minutes.resolution_marks import _RESOLVED_CI
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file
from test_s25_limits_misc import MOST_GROWTH, _growth


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _paper(tmp_path: Path, text: str) -> Path:
    paper = tmp_path / "paper.txt"
    paper.write_text(text)
    return paper


# ------------------- a body's resolution reported after a comma, mid-sentence, is no decision

REPORTED_RESOLUTION = """THORNLEY BOROUGH COUNCIL

MINUTES OF THE MEETING OF THE LICENSING COMMITTEE
HELD ON WEDNESDAY 3RD NOVEMBER 2027 AT 10.00AM

Present: Cllr J Akers (Chair), Cllr M Dunn, Cllr S Patel

1. HACKNEY CARRIAGE FARES

The Licensing Manager presented the fares review. The Chair reminded members that, at its meeting in March, the Council resolved to review the fares every year.

RESOLVED that the revised table of fares be published for consultation.

2. STREET TRADING CONSENTS

Following debate, the Committee resolved to grant the consent for Market Square.
"""  # noqa: E501


def test_regression_resolution_reported_after_a_comma_is_no_decision(tmp_path: Path) -> None:
    # Round 19 let the body's resolving sentence follow a comma, for a clause of what it
    # weighed ("Having taken account of ..., the Sub-Committee determined that"): any
    # comma, so what the Council resolved before, reported mid-sentence, was a decision of
    # the meeting. Only a clause opening the sentence leads in to the body's own resolution.
    # (Resolving to grant a consent is an approval: round 37's review of K1 reads "grant(ed)
    # the licence / consent / application" as approved, as "refused the application" has long
    # been rejected.)
    assert _decisions(_paper(tmp_path, REPORTED_RESOLUTION)) == [
        ("RESOLVED that the revised table of fares be published for consultation.", "other"),
        ("Following debate, the Committee resolved to grant the consent for Market Square.",
         "approved"),
    ]


# ---------------- a subject approved, as a whole sentence, is the meeting's, not another body's

PARISH_REPORTED_APPROVALS = """WENDLEBURY PARISH COUNCIL

Minutes of the meeting of Wendlebury Parish Council held on Monday 8th November 2027

Present: Cllr A Frost (Chair), Cllr B Lowe, Cllr C Marsh

1. COUNTY MATTERS

The County Councillor gave her report on the county budget. The County Council budget was approved.

2. PLANNING DECISIONS

The application at Mill Lane was approved.

3. WORK PROGRAMME

The work programme was agreed.
"""


def test_regression_another_bodys_subject_approved_is_no_decision(tmp_path: Path) -> None:
    # Round 19 read a minute's one sentence "The work programme was agreed." as its
    # decision, but any subject: another body's budget, or an application the planning
    # authority decided, reported to a parish meeting, was read as the parish's decision
    # (the inline reader's _OTHER_BODY and _PUT keep those out of its own "was approved").
    assert _decisions(_paper(tmp_path, PARISH_REPORTED_APPROVALS)) == [
        ("The work programme was agreed.", "agreed"),
    ]


# ------------------- a district committee meeting in a town council's offices stays formal

DISTRICT_AT_TOWN_COUNCIL = """ASHCOMBE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE PLANNING COMMITTEE
HELD AT BRAYFORD TOWN COUNCIL OFFICES, MARKET PLACE, ON TUESDAY 12TH OCTOBER 2027 AT 6.00PM

Present: Cllr R Hale (Chair), Cllr P Moss, Cllr T Vane

1. FIVE YEAR HOUSING LAND SUPPLY

The Planning Policy Manager presented the annual statement.

RESOLVED that the housing land supply statement be noted.

2. APPEALS

Members discussed the appeal at Mill Farm. It was agreed that officers would ask the Inspectorate for the costs decision.
"""  # noqa: E501


def test_regression_town_council_venue_keeps_minutes_formal(tmp_path: Path) -> None:
    # Round 19 read minutes as a local council's (its prose decisions counted beside
    # RESOLVED) wherever their heading named a parish, town or community council: the venue
    # a district committee met in too, so its discussion ("It was agreed that officers
    # would ask ...") became a decision. The body's name comes before where it was held.
    assert _decisions(_paper(tmp_path, DISTRICT_AT_TOWN_COUNCIL)) == [
        ("RESOLVED that the housing land supply statement be noted.", "noted"),
    ]


DISTRICT_TOWN_COUNCILLOR_PRESENT = """ASHCOMBE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE PLANNING COMMITTEE
HELD ON TUESDAY 12TH OCTOBER 2027 AT 6.00PM

Councillors Present: Cllr R Hale (Chair), Cllr P Moss, Cllr T Vane
Also Present: Mr J Hobbs (Brayford Town Council)

1. FIVE YEAR HOUSING LAND SUPPLY

The Planning Policy Manager presented the annual statement.

RESOLVED that the housing land supply statement be noted.

2. APPEALS

Members discussed the appeal at Mill Farm. It was agreed that officers would ask the Inspectorate for the costs decision.
"""  # noqa: E501


def test_regression_town_councillor_in_attendance_keeps_minutes_formal(
        tmp_path: Path) -> None:
    # the minutes' heading ends where their attendance opens, but only "Present:", "In
    # attendance", "Members present" opened it: under "Councillors Present:" the heading ran
    # on to "Also Present: Mr J Hobbs (Brayford Town Council)" and made a district's
    # committee a town council's, its discussion decisions
    assert _decisions(_paper(tmp_path, DISTRICT_TOWN_COUNCILLOR_PRESENT)) == [
        ("RESOLVED that the housing land supply statement be noted.", "noted"),
    ]


DISTRICT_LIAISON_COMMITTEE = """ASHCOMBE DISTRICT COUNCIL

MINUTES OF THE MEETING OF THE TOWN AND PARISH COUNCIL LIAISON COMMITTEE
HELD ON TUESDAY 12TH OCTOBER 2027 AT 6.00PM

Present: Cllr R Hale (Chair), Cllr P Moss, Cllr T Vane

1. COMMUNITY INFRASTRUCTURE LEVY

The Planning Policy Manager presented the annual statement.

RESOLVED that the levy statement be noted.

2. HIGHWAYS

Members discussed the verge cutting. It was agreed that officers would ask the County Council for its timetable.
"""  # noqa: E501


def test_regression_district_liaison_committee_keeps_minutes_formal(tmp_path: Path) -> None:
    # "Parish Council" anywhere in the heading made minutes a local council's: a district's
    # committee for its town and parish councils too (a liaison committee, a forum), its
    # discussion read as decisions
    assert _decisions(_paper(tmp_path, DISTRICT_LIAISON_COMMITTEE)) == [
        ("RESOLVED that the levy statement be noted.", "noted"),
    ]


# ------------------ a financial year opening a wrapped line is no decision's sequence number

PROSE_RECORD = """BRAYFORD BOROUGH COUNCIL

RECORD OF DECISIONS

Cabinet, 14th March 2028

Item 5: Fees and Charges
Key decision: Yes
The Cabinet approved the schedule of fees and charges for
2028/29 Parking Permits and Bulky Waste Collections as set out in Appendix A.
Reasons: To recover the cost of the services.

Item 6: Budget Monitoring
Key decision: No
The Cabinet noted the forecast revenue overspend of £1.2m.
Reasons: To keep the budget under review.
"""


def test_regression_financial_year_is_no_decision_number(tmp_path: Path) -> None:
    # Round 19 took a record's decision numbered in one sequence ("27/86 Local Development
    # Scheme") as an item's heading: any "NN/NN" before a capital, so a financial year
    # opening the decision's wrapped line started an item and cut the decision short.
    assert _decisions(_paper(tmp_path, PROSE_RECORD)) == [
        ("The Cabinet approved the schedule of fees and charges for 2028/29 Parking Permits "
         "and Bulky Waste Collections as set out in Appendix A.", "approved"),
        ("The Cabinet noted the forecast revenue overspend of £1.2m.", "noted"),
    ]
    assert ITEM_HEAD.match("27/86 Local Development Scheme 2027-2030")
    assert not ITEM_HEAD.match("2026/2027 Capital Programme")
    assert not ITEM_HEAD.match("26/27 Capital Programme")


def test_changed_patterns_are_linear_in_hostile_runs() -> None:
    def weighed(size: int) -> object:
        return _RESOLVED_CI.search("Following a, " * size + "x")

    def sentences(size: int) -> object:
        return _RESOLVED_CI.search(". Having a " * size + "x")

    def subject(size: int) -> object:
        return _NOTED.match("The " + "a " * size + "was")

    def head(size: int) -> object:
        return ITEM_HEAD.match("27/" + "1" * size + " x")

    for run in (weighed, sentences, subject, head):
        assert _growth(run, 300) < MOST_GROWTH
