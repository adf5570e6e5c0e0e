"""Regression tests for held-out round 26's decisions misses, batches E-H: a company board's
"The Directors resolved that ..."; a proposal "put to the Board and was NOT AGREED"; ModernGov
minutes' "Decision:" over "(1) That ... (2) That ..."; a planning committee's schedule of
applications, each application's recommendation its own decision however alike their words;
a recommendations table of numbered rows set directly above a risk table. Each on a small paper
written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, source_lines
from kcc_papers.extract.decisions.recommendations import find_recommendations

# ------------------------------------------------------------ a company board's directors

BOARD_MINUTES = """AMBLEFORD BID COMPANY LIMITED

Minutes of the Board of Directors meeting held on 11 January 2028

Present: Helena Osei (Chair), Marcus Dean, Priya Vellacott

BD/28/03 Minutes of the Previous Meeting
The Directors resolved that the minutes of the meeting held on 9 November 2027 be approved as a correct record.

BD/28/04 Management Accounts
The BID Manager presented the management accounts. Income to date was £318,400.
The Directors resolved that the management accounts to 31 December 2027 be received.

BD/28/05 Christmas Lights Review
The Directors resolved that a decision on the Christmas lights be deferred to the meeting on 14 March 2028.
"""  # noqa: E501


def test_directors_resolved_is_a_resolution(tmp_path: Path) -> None:
    # a company's board resolves by its directors: each sentence is the minute's decision
    assert decision_rows(BOARD_MINUTES, tmp_path) == [
        ("The Directors resolved that the minutes of the meeting held on 9 November 2027 be "
         "approved as a correct record.", "approved"),
        ("The Directors resolved that the management accounts to 31 December 2027 be "
         "received.", "noted"),
        ("The Directors resolved that a decision on the Christmas lights be deferred to the "
         "meeting on 14 March 2028.", "deferred"),
    ]


# ------------------------------------------------------------ "was NOT AGREED" in capitals

BOARD_NOT_AGREED = """SEVERNSIDE COMBINED AUTHORITY

Employment and Skills Board

Minutes of the meeting held on 16 November 2027

Present: Dr A Penhale (Chair), Cllr M Tregunna, Cllr N Boscawen

ESB/27/25    Minutes

             AGREED: that the minutes of the meeting held on 14 September 2027 be
             approved as a correct record.

ESB/27/26    Bootcamps Wave 6 Provider Allocations

             A proposal to allocate an additional £220,000 to Severnport College was put
             to the Board and was NOT AGREED.

             AGREED: that the wave 6 bootcamp allocations be approved as set out in
             Appendix A to the report.
"""


def test_proposal_not_agreed_in_capitals_is_rejected(tmp_path: Path) -> None:
    rows = decision_rows(BOARD_NOT_AGREED, tmp_path)
    assert ("A proposal to allocate an additional £220,000 to Severnport College was put to "
            "the Board and was NOT AGREED.", "rejected") in rows
    assert len(rows) == 3


# ------------------------------------------------------------ "Decision:" over numbered points

DECISION_LABEL_MINUTES = """Harrowfield Metropolitan Borough Council

Cabinet

Minutes of the meeting held on Wednesday, 16 August 2028 at 2.00 pm

Present: Councillor J Whitcombe (Chair), Councillors I Sadiq and K Moy

CAB/24 MINUTES OF THE PREVIOUS MEETING

Decision: That the minutes of the meeting held on 19 July 2028 be approved as a correct record.

CAB/25 LIBRARY SERVICE STRATEGY 2028-2033

Decision:
(1) That the Library Service Strategy 2028-2033 be adopted.
(2) That the Director of Communities be authorised to consult on opening hours.

Reason for decision: To secure a sustainable library service within the agreed budget.

CAB/26 SOLAR CANOPIES AT COUNCIL CAR PARKS

Decision: That the award of a lease for solar canopies be deferred.
"""


def test_decision_label_over_numbered_points_is_one_decision(tmp_path: Path) -> None:
    # "Decision:" alone over the points opens the minute's text: the label of what was
    # decided, not ModernGov's page label to drop (the points one decision, the block's)
    assert decision_rows(DECISION_LABEL_MINUTES, tmp_path) == [
        ("Decision: That the minutes of the meeting held on 19 July 2028 be approved as a "
         "correct record.", "approved"),
        ("(1) That the Library Service Strategy 2028-2033 be adopted.\n(2) That the Director "
         "of Communities be authorised to consult on opening hours.", "approved"),
        ("Decision: That the award of a lease for solar canopies be deferred.", "deferred"),
    ]


# ------------------------------------------------------------ a schedule of applications

SCHEDULE = [
    "5. Schedule of applications",
    "5.1 NP/26/0412/FUL - Barn conversion to holiday let, Cwm Farm",
    "Recommendation: That planning permission be granted subject to the conditions listed.",
    "Conditions: 1. Commencement within five years.",
    "5.2 NP/26/0459/FUL - Replacement dwelling, Bryn Awel",
    "Assessment: Policy 46 limits replacement dwellings to a 30% increase in floorspace.",
    "Recommendation: That planning permission be refused for the reasons set out.",
    "Reasons: (1) The proposal would exceed the 30% limit in Policy 46.",
    "5.3 NP/26/0471/LBC - Replacement windows, 3 Stryd y Castell",
    "Recommendation: That listed building consent be granted subject to conditions requiring "
    "timber sliding sashes.",
]


def test_each_application_of_a_schedule_has_its_recommendation() -> None:
    # alike words ("That planning permission be granted/refused ...") on two applications are
    # two decisions, not a summary's copy of the body's block
    blocks = find_recommendations([(1, line) for line in SCHEDULE])
    assert [b.text for b in blocks] == [
        "That planning permission be granted subject to the conditions listed.",
        "That planning permission be refused for the reasons set out.",
        "That listed building consent be granted subject to conditions requiring timber "
        "sliding sashes.",
    ]


def test_repeated_block_of_one_report_is_still_one() -> None:
    # no application named: the summary's block and the body's copy are one decision
    lines = ["Recommendation: That planning permission be granted subject to conditions.",
             "1. Background", "The site lies in the village.",
             "Recommendation: That planning permission be granted subject to the conditions."]
    assert len(find_recommendations([(1, line) for line in lines])) == 1


# ------------------------------------------------------------ a table above a risk table

RISK_REPORT = source_lines(
    "Severnvale Joint Waste Partnership",
    "Agenda item 5",
    "## Partnership risk register",
    "** Report of the Partnership Manager",
    "** Recommendation",
    "| No. | Recommendation |",
    "| 1 | The committee notes the partnership risk register. |",
    "| Ref | Risk | L | I | Rating | Action |",
    "| JW1 | Food waste vehicles not delivered before April 2029 | 4 | 3 | 12 | Hire vehicles |",
    "| JW2 | Fall in recycling material prices reduces income | 3 | 4 | 12 | Price floor |",
    "| JW3 | Driver shortages | 3 | 3 | 9 | Apprenticeship scheme |",
    "L = likelihood, I = impact, each 1 to 5. Rating = L x I.",
)


def test_recommendation_table_over_a_risk_table(tmp_path: Path) -> None:
    # the risk table's narrow columns break the column name ("Recommendatio" / "n"): the
    # table is still read by its rows, and stops where the wider table's rows begin
    rows = source_decision_rows(RISK_REPORT, "report", tmp_path)
    assert len(rows) == 1
    text, outcome = rows[0]
    assert text.startswith("1. The committee notes the partnership risk register.")
    assert "JW1" not in text and outcome == "noted"
