"""Held-out round 37, decisions and contracts in council and committee minutes: the misses
fixed, each on a small paper written in the layout that showed it (other councils, members,
firms and words)."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import (
    contract_html_rows,
    decisions_in,
    html_page,
    pdf_minutes,
    source_lines,
)
from kcc_papers.extract import minutes


def _rows(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(source, tmp_path))]


# ------------------------------------------------------------------ a motion on notice lost

# A council's motion on notice, moved with its seconder named first and "the following
# motion:", its words in quotation marks, a member's speech, then "the motion was put to the
# vote and was LOST" (r37h): the decision is the motion's words, refused.
QUOTED_MOTION_LOST = source_lines(
    "%% header Fellbridge District Council  |  Council 3.03.2027  |  Minutes C.40 - C.42",
    "## FELLBRIDGE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the COUNCIL held at the Guildhall, Fellbridge on WEDNESDAY"
    " 3 MARCH 2027 at 7.00 pm",
    "PRESENT: Councillor Ruth Orme (Mayor); Councillors Abbas, Birtle, Crook, Daley and Eke.",
    "** C.40 MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
    "** C.41 MOTION ON NOTICE - STREET LIGHTING",
    "Councillor Birtle moved, and Councillor Daley seconded, the following motion:",
    "\"That this Council restores all-night street lighting in residential roads from the"
    " autumn.\"",
    "Councillor Crook said that the saving had paid for two extra road sweepers. After debate"
    " the motion was put to the vote and was LOST.",
    "** C.42 CALENDAR OF MEETINGS",
    "RESOLVED that the calendar of meetings for 2027/28 be approved.",
)


def test_a_quoted_motion_on_notice_lost_is_its_words(tmp_path: Path) -> None:
    rows = _rows(QUOTED_MOTION_LOST, tmp_path)
    assert [outcome for _, outcome in rows] == ["approved", "rejected", "approved"]
    assert rows[1][0].startswith(
        "Councillor Birtle moved, and Councillor Daley seconded, the following motion: \"That"
        " this Council restores all-night street lighting in residential roads from the"
        " autumn.\"")
    assert rows[1][0].endswith("the motion was put to the vote and was LOST.")


# ... but an amendment moved so, in quotation marks, and lost beside a carried resolution is
# no decision of its own; nor are its words the resolution's.
QUOTED_AMENDMENT_LOST = source_lines(
    "%% header Fellbridge District Council  |  Council 3.03.2027  |  Minutes C.42 - C.44",
    "## FELLBRIDGE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the COUNCIL held at the Guildhall, Fellbridge on WEDNESDAY"
    " 3 MARCH 2027 at 7.00 pm",
    "PRESENT: Councillor Ruth Orme (Mayor); Councillors Abbas, Birtle, Crook, Daley and Eke.",
    "** C.42 MINUTES",
    "RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
    "** C.43 HOUSING STRATEGY",
    "Councillor Abbas moved, and Councillor Eke seconded, the following amendment:",
    "\"That the target of 120 affordable homes a year be raised to 150.\"",
    "The amendment was put to the vote and was LOST.",
    "RESOLVED that the Housing Strategy 2027-2032 be adopted.",
    "** C.44 QUESTIONS FROM MEMBERS",
    "Councillor Eke asked when the Guildhall lift would be repaired. The Leader replied that"
    " the parts had been ordered.",
)


def test_a_quoted_amendment_lost_beside_a_resolution_is_none(tmp_path: Path) -> None:
    assert _rows(QUOTED_AMENDMENT_LOST, tmp_path) == [
        ("RESOLVED that the minutes of the meeting held on 10 February 2027 be approved.",
         "approved"),
        ("RESOLVED that the Housing Strategy 2027-2032 be adopted.", "other")]


# --------------------------------------------------------- decisions given for information

def _page_decisions(body: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "minutes.html"
    path.write_text(html_page(
        "<h1>Adult Social Care Committee</h1>",
        "<p>Minutes of the meeting held on <strong>Tuesday 9 March 2027</strong> at 2.00 pm</p>",
        "<p><strong>Present:</strong> Councillors Ann Pike (Chair), Tom Reay and Uma Shah.</p>",
        "<h2>Minute 12 - Minutes of the previous meeting</h2>",
        "<p>The minutes of the meeting held on 12 January 2027 were agreed as a correct record."
        "</p>",
        "<h2>Minute 13 - Home care framework</h2>",
        "<p><strong>RESOLVED</strong> that the home care framework be extended to March 2028."
        "</p>",
        "<h2>Minute 14 - Decisions of the Executive Member for Adult Care</h2>",
        body,
        "<h2>Minute 15 - Date of next meeting</h2><p>Tuesday 8 June 2027 at 2.00 pm.</p>"),
        encoding="utf-8")
    (ctx,) = contexts(path, "minutes")
    return [d.decision_text for d in decisions_in(minutes.extract(ctx))]


# A committee minute receiving, for information, a table of decisions the Executive Member took
# since the last meeting (r37h): another's decisions, none of the committee's.
DECISIONS_FOR_INFORMATION = (
    "<p>The Committee received, for information, a schedule of decisions taken by the"
    " Executive Member since the last meeting.</p>"
    "<table><tr><th>Date</th><th>Decision</th></tr>"
    "<tr><td>2 February 2027</td><td>Approved the fees for residential care for 2027/28.</td>"
    "</tr></table>")


def test_decisions_received_for_information_are_none(tmp_path: Path) -> None:
    assert _page_decisions(DECISIONS_FOR_INFORMATION, tmp_path) == [
        "The minutes of the meeting held on 12 January 2027 were agreed as a correct record.",
        "RESOLVED that the home care framework be extended to March 2028."]


# ... but what the committee does with them in the same sentence is its own decision.
DECISIONS_REFERRED = (
    "<p>The Committee received the schedule of decisions taken by the Executive Member since"
    " the last meeting and referred the decision on residential fees to the Scrutiny Board.</p>")


def test_decisions_received_and_referred_on_are_a_decision(tmp_path: Path) -> None:
    assert _page_decisions(DECISIONS_REFERRED, tmp_path)[-1] == (
        "The Committee received the schedule of decisions taken by the Executive Member since"
        " the last meeting and referred the decision on residential fees to the Scrutiny"
        " Board.")


# ------------------------------------------------- contracts let in brackets after each firm

def _award_page(sentence: str) -> str:
    return html_page(
        "<h1>Environment Committee</h1>",
        "<p>Minutes of the meeting held on Thursday 11 March 2027</p>",
        "<h2>Minute 31 - Winter Gritting: Award of Contracts</h2>",
        f"<p>{sentence}</p>")


# A resolution letting contracts to two firms in one sentence, each firm's part and total value
# bracketed after its name, the second joined by "and" (r37h): a contract each.
BRACKETED_PARTS = _award_page(
    "<strong>RESOLVED</strong> that contracts for the rural gritting routes be awarded for two"
    " years from 1 October 2027 to Harlow Plant Hire Ltd (routes A to F, total value"
    " &pound;218,000) and Stonecross Agricultural Services Ltd (routes G to J, total value"
    " &pound;97,400).")


def test_firms_each_with_a_bracketed_part_and_value(tmp_path: Path) -> None:
    assert contract_html_rows(BRACKETED_PARTS, tmp_path) == [
        ("Harlow Plant Hire Ltd", 218000.0), ("Stonecross Agricultural Services Ltd", 97400.0)]


# ... but bidders bracketed so without an award's "to" (the bids received) are let nothing.
BRACKETED_BIDS = _award_page(
    "Bids were received from Harlow Plant Hire Ltd (routes A to F, total value &pound;231,000)"
    " and Stonecross Agricultural Services Ltd (routes G to J, total value &pound;104,900).")


def test_bracketed_bids_received_are_no_contracts(tmp_path: Path) -> None:
    assert contract_html_rows(BRACKETED_BIDS, tmp_path) == []
