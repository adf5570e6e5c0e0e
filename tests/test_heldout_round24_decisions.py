"""Regression tests for held-out round 24's misses in decisions: minutes printed as a table
"No. | Item | Discussion | Decision", each decision bare in its own column ("That the minutes
... be approved"); a recommendation put to the vote and lost, a motion named in full before
"was put to the vote and was LOST", "The motion for a rent freeze was lost."; a lost record's
sentence begun on the line above; a participle in a clause's subject ("waivers ... approved in
Quarter 4 be noted") and "be not made"; "Agreed:" alone over its list and "Noted: the report";
"The Commissioners noted"; "RESOL-" / "VED" at a line end; "That the Chief Executive is
authorised" in a block of recommendations; "DECISION OF THE POLICE AND CRIME COMMISSIONER" over
the decision. Each on a small paper written here in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import (
    decision_rows,
    decisions_in,
    pdf_minutes,
    source_decision_rows,
    source_lines,
)
from kcc_papers.extract import decisions
from kcc_papers.load.glyphs import LINE_END_HYPHEN, unbroken, vocabulary
from kcc_papers.normalise.outcomes import classify_outcome

# ------------------------------------------------------------ a table's decision column

TABLE_MINUTES = source_lines(
    "** WEALDMOOR FIRE AND RESCUE AUTHORITY",
    "** MINUTES OF THE AUDIT COMMITTEE HELD ON 9 MARCH 2028",
    "Present: Councillors A. Brent (Chair), C. Dace and E. Fell",
    "|% 1 3 4 3",
    "| No. | Item | Discussion | Decision |",
    "| AC/28/01 | Apologies | Apologies were received from Councillor G. Hale. | None. |",
    "| AC/28/02 | Minutes | The minutes were considered. | That the minutes of the meeting"
    " held on 8 December 2027 be approved as a correct record. |",
    "| AC/28/03 | Treasury Report | The Treasurer presented the report. | That the treasury"
    " report be noted. |",
    "| AC/28/04 | Audit Plan | Members asked about the fee. | RESOLVED that the audit plan be"
    " approved. |",
    "The meeting closed at 11.02 am.",
)


def test_bare_decision_in_a_decision_column_missed(tmp_path: Path) -> None:
    # the Decision column's cells print the decision bare, no "RESOLVED" (read as no
    # decision); "None." records none, and a cell marking its own is read as before
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(TABLE_MINUTES,
                                                                          tmp_path))]
    assert got == [
        ("Decision: That the minutes of the meeting held on 8 December 2027 be approved as a "
         "correct record.", "approved"),
        ("Decision: That the treasury report be noted.", "noted"),
        ("RESOLVED that the audit plan be approved.", "approved"),
    ]


# ------------------------------------------------------------ motions and recommendations lost

LOST = """ASHCOMBE DISTRICT COUNCIL

Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday 18 January 2028

Present: Councillor P Sellick (Chair), Councillors A Udy, B Vosper

44. Minutes
RESOLVED that the minutes of the meeting held on 21 September 2027 be confirmed as a correct record.

45. Car Park Charges
A recommendation to the Cabinet to raise the all-day charge from £7.50 to £9.00 was moved and seconded. On being put to the vote the recommendation was lost.

46. Public Toilets
A motion by Councillor Udy that the Committee recommend to Cabinet the closure of the public toilets at Polzeath Road was put to the vote and was LOST.

47. Rent Setting
Councillor Vosper moved that the Committee recommend a rent freeze. A vote was taken: 3 for, 5 against.
The motion for a rent freeze was lost.
"""  # noqa: E501


def test_recommendation_and_motions_named_in_full_lost_missed(tmp_path: Path) -> None:
    # "the recommendation was lost" (only a motion or proposal was read as put to the vote);
    # the motion named in full before "was put to the vote and was LOST"; "The motion for a
    # rent freeze was lost." as the result alone (each read as no decision)
    assert decision_rows(LOST, tmp_path)[1:] == [
        ("On being put to the vote the recommendation was lost.", "rejected"),
        ("A motion by Councillor Udy that the Committee recommend to Cabinet the closure of the "
         "public toilets at Polzeath Road was put to the vote and was LOST.", "rejected"),
        ("The motion for a rent freeze was lost.", "rejected"),
    ]


def test_amendment_to_the_motion_lost_is_no_decision(tmp_path: Path) -> None:
    # the amendment's defeat leaves the motion to be decided, its name before the vote too
    text = LOST.replace("A motion by Councillor Udy", "An amendment to the motion by Councillor"
                        " Udy").replace("The motion for a rent freeze was lost.",
                                        "The amendment to the motion was lost.")
    assert [t for t, _ in decision_rows(text, tmp_path)][1:] == [
        "On being put to the vote the recommendation was lost."]


LOST_WRAPPED = source_lines(
    "** HALLAMBY COUNCIL",
    "** MINUTES OF THE CABINET HELD ON 25 MAY 2027",
    "Present: Councillor A Penhaligon (Chair); Councillors S Mulvaney and L Farrant",
    "** 146. Proposal to Close Netherby Depot",
    "Councillor Farrant moved that the depot be closed in 2028. Councillor Mulvaney seconded."
    " On being",
    "put to the vote the proposal was lost.",
    "** 147. Procurement Strategy",
    "RESOLVED: That the Procurement Strategy 2027-2031 be adopted.",
)


def test_lost_in_a_sentence_the_line_above_starts_cut(tmp_path: Path) -> None:
    # "... seconded. On being" over "put to the vote the proposal was lost.": the record
    # started at the wrap ("put to the vote ..."), not at its sentence
    got = [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(LOST_WRAPPED,
                                                                          tmp_path))]
    # (and, since round 33, from the motion it refuses, moved and seconded just before)
    assert got[0] == ("Councillor Farrant moved that the depot be closed in 2028. Councillor "
                      "Mulvaney seconded. On being put to the vote the proposal was lost.",
                      "rejected")


# ------------------------------------------------------------ outcomes


def test_participle_in_the_subject_is_not_the_clause_verb() -> None:
    # "waivers ... approved in Quarter 4 be noted": what was approved before is the subject's
    # (read as approved, the first verb); after a label's dash too
    assert classify_outcome("RESOLVED - That the report on waivers of Contract Procedure Rules "
                            "approved in Quarter 4 2026/27 be noted.") == "noted"
    assert classify_outcome("RESOLVED that the fees agreed by the Board in 2027 be approved."
                            ) == "approved"
    # an auxiliary before it makes it the verb still
    assert classify_outcome("RESOLVED that the plan be approved and the report noted."
                            ) == "approved"


def test_order_be_not_made_is_refused() -> None:
    # "be not made": the order refused (read as other)
    assert classify_outcome("RESOLVED that the Public Space Protection Order for Bracken Park "
                            "be not made, and that the Council works with the Friends Group "
                            "on voluntary measures instead.") == "rejected"


# ------------------------------------------------------------ "Agreed:" and "Noted:" labels

LABELS = """KESTON DISTRICT COUNCIL

Minutes of the meeting of the Cabinet held on 15 September 2027

Present: Councillor A Brown (Leader), Councillors B Green, C White

CAB/27/34 Revenue Budget Monitoring
The Director presented the report.
Noted: the revenue budget monitoring report for Quarter 1 2027/28 and the actions being taken to bring spending within budget.
Action Owner Due
Growth bid in draft budget Director of Resources 02/12/2027

CAB/27/35 Car Parking Tariffs Review
Councillor Fairweather introduced the review.
Agreed:
(1) that the car parking tariffs set out in Appendix A to the report be approved with effect from 1 November 2027;
(2) that the first hour of parking remain free of charge; and
(3) that the Head of Environmental Services be authorised to make the necessary amendments.

CAB/27/36 Community Grants
Agreed: that consideration of the grants be deferred to the meeting on 14 October 2027.
"""  # noqa: E501


def test_agreed_alone_over_its_list_and_noted_label_missed(tmp_path: Path) -> None:
    # "Agreed:" alone over "(1) that ..." (read as the decision "Agreed:" alone); "Noted: the
    # ... report" with what was noted after its colon (read as no decision)
    assert decision_rows(LABELS, tmp_path) == [
        ("Noted: the revenue budget monitoring report for Quarter 1 2027/28 and the actions "
         "being taken to bring spending within budget.", "noted"),
        # (the label kept, as "Agreed: that ..." on one line keeps it: review 24)
        ("Agreed:\n(1) that the car parking tariffs set out in Appendix A to the report be "
         "approved with effect from 1 November 2027;\n(2) that the first hour of parking remain "
         "free of charge; and\n(3) that the Head of Environmental Services be authorised to make "
         "the necessary amendments.", "approved"),
        ("Agreed: that consideration of the grants be deferred to the meeting on 14 October "
         "2027.", "deferred"),
    ]


# ------------------------------------------------------------ office-holders noting

HARBOUR = """POLWENNA HARBOUR COMMISSIONERS

Minutes of the meeting of the Commissioners held on Thursday 8 June 2028

Present: Mr T Bolitho (Chairman), Capt. R Curnow, Mrs A Pascoe

Min. 3.1 Minutes
It was RESOLVED that the minutes of the meeting held on 16 March 2028 be approved as a correct record.

Min. 3.2 Harbour Master's Report
The Commissioners noted the Harbour Master's report for the period March to May 2028, including 41 visiting yachts.

Min. 3.3 Date of Next Meeting
Thursday 14 September 2028 at 6.00 pm.
"""  # noqa: E501


def test_commissioners_noted_missed(tmp_path: Path) -> None:
    # a body of office-holders noting by their title (only "Members noted" was read)
    assert decision_rows(HARBOUR, tmp_path)[1:] == [
        ("The Commissioners noted the Harbour Master's report for the period March to May 2028, "
         "including 41 visiting yachts.", "noted")]


# ------------------------------------------------------------ a capital word cut at a line end


def test_word_in_capitals_cut_at_a_line_end_read_whole() -> None:
    # "it was RESOL-" / "VED that the quotation ...": kept hyphenated as before a capital
    # ("RESOL-VED", no resolution); a compound's capitals keep theirs
    text = (f"It was RESOLVED that the minutes be approved. Proposed Cllr Lyle, it was "
            f"RESOL{LINE_END_HYPHEN}VED that the quotation be accepted. The Vice{LINE_END_HYPHEN}"
            f"Chair and the NON{LINE_END_HYPHEN}DOMESTIC rates.")
    assert unbroken(text, vocabulary(text)) == (
        "It was RESOLVED that the minutes be approved. Proposed Cllr Lyle, it was RESOLVED that "
        "the quotation be accepted. The Vice-Chair and the NON-DOMESTIC rates.")


# ------------------------------------------------------------ an officer authorised

REPORT = source_lines(
    "** COUNCIL OF THE ISLES OF PORTHLOE",
    "** FULL COUNCIL - 24 JULY 2028",
    "** INTER-ISLAND WASTE SHIPPING CONTRACT 2029-2034",
    "Report of:\tHead of Waste and Environment",
    "** 1. Purpose",
    "1.1 To award the contract for shipping waste from the islands for five years.",
    "** 2. Recommendations",
    "2.1 That the Council awards the Inter-Island Waste Shipping Contract 2029-2034 to Penwith"
    " Marine Logistics Ltd at a cost of £292,000 per annum.",
    "2.2 That the Chief Executive is authorised to agree the final terms of the contract.",
    "** 3. Background",
    "3.1 The present arrangement ends on 31 March 2029.",
)


def test_officer_authorised_is_no_body_asked(tmp_path: Path) -> None:
    # "That the Chief Executive is authorised ...": read as another body asked, its own
    # decision; a block of numbered recommendations is one decision (the set's convention)
    got = source_decision_rows(REPORT, "report", tmp_path)
    assert [t for t, _ in got] == [
        "That the Council awards the Inter-Island Waste Shipping Contract 2029-2034 to Penwith "
        "Marine Logistics Ltd at a cost of £292,000 per annum.\nThat the Chief Executive is "
        "authorised to agree the final terms of the contract."]


# ------------------------------------------------------------ a commissioner's decision heading

COMMISSIONER = """OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTHOLME

REQUEST FOR DECISION

Decision number:    PCC/DR/2028/011
Title:              Custody Healthcare - Extension of Contract
Decision maker:     Police and Crime Commissioner

1. EXECUTIVE SUMMARY

1.1  The custody healthcare contract ends on 31 March 2028 and allows one extension.

2. DECISION SOUGHT

2.1  The Commissioner's approval is sought for the extension set out in the decision at the
     end of this record.

DECISION OF THE POLICE AND CRIME COMMISSIONER

I approve the extension of the contract for custody healthcare with Medaxis Forensic
Healthcare Ltd for twelve months from 1 April 2028.

Declaration of interests: I have no personal or prejudicial interest in this matter.

Signature:  A Commissioner

Date:       19 January 2028
"""


def test_decision_of_the_commissioner_heading_alone_missed(tmp_path: Path) -> None:
    # "DECISION OF THE POLICE AND CRIME COMMISSIONER" alone on its line over the decision
    # (only "Decision of the Mayor:" with its colon was a label): read as no decision. The
    # paper read as the decision record it is (its kind is the documents' reader's)
    (ctx,) = text_contexts(COMMISSIONER, None, tmp_path)
    ctx.document.kind = "decision"
    assert [d.decision_text for d in decisions_in(decisions.extract(ctx))] == [
        "I approve the extension of the contract for custody healthcare with Medaxis Forensic "
        "Healthcare Ltd for twelve months from 1 April 2028."]


VOTED_ONE_BY_ONE = """BRIGHTWATER CITY COUNCIL

Minutes of the meeting of the Transport Policy Committee held on 12 September 2027

Present: Councillor A Lee (Chair), Councillors B Moss, C Nunn

7. Parking Policy Review
Recommendation 5 was moved and seconded.
On being put to the vote the recommendation was LOST (4 members voting in favour, 5 against).
The Policy Committee RESOLVED:
1. Approves the parking policy review except recommendation 5.
"""


def test_recommendation_lost_among_resolutions_is_part_of_the_resolution(
        tmp_path: Path) -> None:
    # a report's recommendations voted one by one (Bristol's minutes): the lost one is a part
    # of the one resolution after it, no decision of its own
    assert [t for t, _ in decision_rows(VOTED_ONE_BY_ONE, tmp_path)] == [
        "The Policy Committee RESOLVED:\n1. Approves the parking policy review except "
        "recommendation 5."]
