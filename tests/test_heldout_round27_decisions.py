"""Regression tests for held-out round 27's misses in decisions: a member's proposal "not
agreed" whose words hold a decimal point ("capped at £5.50"); "On being put to the vote the
proposal was defeated." a rejection; a resolution's "That approval of ... be deferred" printed
under a letter-spaced "R E S O L V E D" on the line above a deferral. Each on a small paper
written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_in, pdf_minutes, source_lines
from kcc_papers.extract.decisions.recommendations import find_recommendations

# ------------------------------------------- a proposal not agreed, a price in its words

BOARD_MINUTES = source_lines(
    "## OUSEBURN AND DERWENT BUS ENHANCED PARTNERSHIP BOARD",
    "** Minutes of the meeting held on Tuesday 12 October 2027 at 2.00 pm",
    "Present: Cllr Beatrice Skelwith (Chair), Cllr Marcus Heslington, Fiona Naburn.",
    "** EPB/27/22 Proposed Variation 3: Multi-Operator Ticket Pricing",
    "The Board considered a proposal from the lead authority to cap the price of the "
    "multi-operator day ticket.",
    "A proposal that the multi-operator day ticket price be capped at £5.50 from 1 January "
    "2028 was not agreed.",
    "** EPB/27/23 Bus Stop Infrastructure Standards",
    "RESOLVED - that the bus stop infrastructure standards at Appendix 2 be adopted.",
)


def test_proposal_not_agreed_with_a_decimal_price(tmp_path: Path) -> None:
    # the "." of "£5.50" was read as the sentence's end, so the proposal and its result
    # were two sentences and no refusal was read
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(BOARD_MINUTES,
                                                                          tmp_path))]
    assert ("rejected", "A proposal that the multi-operator day ticket price be capped at "
            "£5.50 from 1 January 2028 was not agreed.") in got


# ------------------------------------------------------------ a proposal defeated on the vote

TOWN_MINUTES = """\
ASHCOMBE TOWN COUNCIL

MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON MONDAY 7 DECEMBER 2026 AT 7.00 PM

PRESENT: Cllr Dudek (Mayor), Cllr Crewe, Cllr Hale, Cllr Marsh

117/26  CCTV - PROPOSED ADDITIONAL CAMERA, MARKET SQUARE
        It was proposed by Cllr Dudek and seconded by Cllr Crewe that a
        fourth camera be installed in Market Square at a cost of GBP 3,950.
        On being put to the vote the proposal was defeated.

118/26  DATE OF NEXT MEETING
        RESOLVED that the next meeting be held on 11 January 2027.
"""


def test_proposal_defeated_is_rejected(tmp_path: Path) -> None:
    # read as a decision, but "defeated" in small letters was no outcome ("other")
    rows = decision_rows(TOWN_MINUTES, tmp_path)
    assert ("It was proposed by Cllr Dudek and seconded by Cllr Crewe that a fourth camera be "
            "installed in Market Square at a cost of GBP 3,950. On being put to the vote the "
            "proposal was defeated.", "rejected") in rows


# ------------------------------------------- "That approval ... be deferred" under its label

COMMITTEE_MINUTES = source_lines(
    "## WESTMERE COMBINED AUTHORITY",
    "** MINUTES OF THE TRANSPORT COMMITTEE HELD ON FRIDAY 19 JANUARY 2028 AT WYVERN HOUSE",
    "Present: Councillor Ruth Alwen (Chair), Councillors Bex, Carrow and Dunmore.",
    "** TC/28/01 Apologies for Absence",
    "Apologies were received from Councillor Peter Ullingswick.",
    "** TC/28/06 Local Transport Plan 4: Consultation Draft",
    "Members welcomed the draft but felt that the district councils had not had time to "
    "comment.",
    "^^ R E S O L V E D",
    "That approval of the Local Transport Plan 4 consultation draft be deferred to the March "
    "meeting so that the district councils' comments can be taken into account.",
    "** TC/28/07 Transport Performance Report",
    "^^ R E S O L V E D",
    "That the report be noted.",
)


def test_that_approval_be_deferred_under_its_label(tmp_path: Path) -> None:
    # the clause alone, its label on the line above: "approval" read first as the verb
    got = {d.decision_text: d.outcome
           for d in decisions_in(pdf_minutes(COMMITTEE_MINUTES, tmp_path))}
    deferral = next(t for t in got if t.startswith("That approval of the Local Transport"))
    assert got[deferral] == "deferred"
    assert got["That the report be noted."] == "noted"


# ------------------------------------- a recommendation named in full, lost on the vote

COUNTY_MINUTES = source_lines(
    "## ASHBY COUNTY COUNCIL",
    "** MINUTES OF THE ENVIRONMENT AND TRANSPORT COMMITTEE HELD ON THURSDAY 14 JANUARY 2027",
    "Present: Councillor Joan Wexley (Chair), Councillors Abbot, Brigg and Colley.",
    "** ETC/27/05  Supported Bus Services: Route 47 Ashby Magna to Wexcombe",
    "The Committee considered a proposal to withdraw the Council's subsidy of £96,300 a year "
    "from route 47 from April 2027.",
    "On being put to the vote, the recommendation to withdraw the subsidy was lost.",
    "RESOLVED that officers explore with the operator a reduced timetable and report back to "
    "the Committee.",
)


def test_recommendation_named_in_full_lost_beside_a_resolution(tmp_path: Path) -> None:
    # a recommendation named by what it would do is a proposal voted down, a decision of its
    # own beside the minute's other resolution (a bare "the recommendation was lost" stays a
    # part of the resolution after it)
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(COUNTY_MINUTES,
                                                                          tmp_path))]
    assert ("rejected", "On being put to the vote, the recommendation to withdraw the subsidy "
            "was lost.") in got
    assert len(got) == 2


# ----------------------------- a Scottish minute "There was submitted and approved as a ..."

SCOTTISH_MINUTES = source_lines(
    "## GLENDARROCH COUNCIL",
    "** MINUTE OF MEETING OF THE EDUCATION AND CHILDREN'S SERVICES COMMITTEE held in the "
    "Council Chambers on Tuesday 16 March 2027 at 10.00 am",
    "Present: Councillor Isla Drummond (Chair), Councillors Baird, Cowie and Donaldson.",
    "** 1. DECLARATIONS OF INTEREST",
    "No declarations of interest were made.",
    "** 2. MINUTE OF PREVIOUS MEETING",
    "There was submitted and approved as a correct record the Minute of Meeting of the "
    "Education and Children's Services Committee held on 19 January 2027.",
    "** 3. INSTRUMENTAL MUSIC TUITION",
    "The Committee noted the position on instrumental music tuition funding for 2027/28.",
)


def test_submitted_and_approved_as_a_correct_record(tmp_path: Path) -> None:
    # the paper laid and approved in one sentence, with no "agreed" or "RESOLVED": read as
    # the minute's decision, as "The minutes were approved as a correct record" is
    got = [(d.outcome, d.decision_text) for d in decisions_in(pdf_minutes(SCOTTISH_MINUTES,
                                                                          tmp_path))]
    assert ("approved", "There was submitted and approved as a correct record the Minute of "
            "Meeting of the Education and Children's Services Committee held on 19 January "
            "2027.") in got


# ------------------------------ an addendum's "Amended recommendation 2.1:" over the new ask

ADDENDUM = [
    (1, "ADDENDUM"),
    (1, "Agenda Item 8 - Home Care Services: Award of Zone Contracts"),
    (1, "8.1 The estimated value of the Northern Zone contract in recommendation 2.1 of the "
        "report is corrected, and recommendation 2.1 is replaced as below."),
    (1, "Original recommendation 2.1 (withdrawn):"),
    (1, "That Cabinet approves the award of the Northern Zone home care contract to "
        "Brightwater Care Partnership Ltd at an estimated value of £2,946,000."),
    (1, "Amended recommendation 2.1:"),
    (1, "That Cabinet approves the award of the Northern Zone home care contract to "
        "Brightwater Care Partnership Ltd at an estimated value of £3,118,400."),
    (1, "8.2 Recommendations 2.2 to 2.4 of the report are unchanged."),
]


def test_amended_recommendation_naming_its_number() -> None:
    # "Amended recommendation 2.1:" heads the ask the meeting now decides (as "Amended
    # recommendation:" does); the withdrawn original above it is no ask
    texts = [b.text for b in find_recommendations(ADDENDUM)]
    assert any("£3,118,400" in t for t in texts)
    assert not any("£2,946,000" in t for t in texts)
