"""Regression tests for held-out round 15's misses in minutes and the decisions read from
them and from reports: minute numbers printed to two figures with their year, a bold title
wrapped onto a line opening with a year, and a report's recommendations each worded as a
complete ask. Each on a small paper written here in the layout that showed it, with guards of
the general rule that fixed it."""

from __future__ import annotations

from pathlib import Path

from conftest import text_contexts
from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes
from kcc_papers.extract import decisions
from kcc_papers.normalise.outcomes import classify_outcome

# ------------------------- "01/27" ... "09/27" read as "1/27", the run broken at "10/27"

PADDED_WITH_YEAR = """WESTHOLM COMMUNITY COUNCIL

Minutes of the meeting held in Westholm Hall on Monday 8th February 2027 at 7.30pm

Present: Mrs A Tulloch (Chair), Mr B Isbister, Ms C Rendall

08/27 APOLOGIES
Apologies were received from Mr D Flett.

09/27 PLAY PARK
Two quotes had been obtained for resurfacing the play park.
AGREED: to accept the lower quote of £3,200.

10/27 FINANCE
The balance at 31st January 2027 was £6,104.22.

11/27 DATE OF NEXT MEETING
Monday 8th March 2027 at 7.30pm.
"""


def test_regression_minute_number_padded_with_its_year_kept_as_printed(tmp_path: Path) -> None:
    # "09/27" took the style of a padded list and was printed back as "9/27"; "10/27",
    # where the padding no longer shows, started a sequence of its own, so minutes 10 and 11
    # ran on inside minute 09
    records = minutes_of(PADDED_WITH_YEAR, tmp_path)
    assert numbers(records) == [
        ("08/27", "APOLOGIES"),
        ("09/27", "PLAY PARK"),
        ("10/27", "FINANCE"),
        ("11/27", "DATE OF NEXT MEETING"),
    ]
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("09/27", "AGREED: to accept the lower quote of £3,200."),
    ]


PADDED_LIST_IN_A_MINUTE = """PARKSIDE TOWN COUNCIL

Minutes of the meeting held on Monday 8th February 2027

Present: Cllr A Tulloch (Chair), Cllr B Isbister, Cllr C Rendall

1. Apologies
Apologies were received from Cllr D Flett.

2. Public Questions
01 Jane Smith asked about the bus shelter.
02 John Brown asked about the dog bins.

3. Finance
The balance at 31st January 2027 was £6,104.22.
"""


def test_regression_minute_number_padded_list_without_year_still_a_list(tmp_path: Path) -> None:
    # the padding is read as a sequence's only with a year after the number: a padded list
    # of questions inside a minute stays its text
    assert numbers(minutes_of(PADDED_LIST_IN_A_MINUTE, tmp_path)) == [
        ("1", "Apologies"),
        ("2", "Public Questions"),
        ("3", "Finance"),
    ]


CODE_PADDED_WITH_YEAR = """** WESTMERE FIRE AUTHORITY
** PERFORMANCE AND SCRUTINY COMMITTEE
Minutes of the meeting held on 9 March 2027 at Service Headquarters, Westmere
Present:	Cllr P Noakes (Chair), Cllr L Abernethy, Cllr I Sadiq
** PSC/09/27 APOLOGIES
Apologies were received from Councillor R Hebden.
** PSC/10/27 DECLARATIONS OF INTEREST
There were no declarations of interest.
** PSC/11/27 ON-CALL AVAILABILITY
RESOLVED that the report be noted.
"""


def test_regression_minute_number_code_padded_with_year_runs_on_unpadded(tmp_path: Path) -> None:
    # a committee's code before the padded number: "PSC/09/27" and "PSC/10/27" are one
    # sequence, the first no longer lost for a run of one
    assert numbers(pdf_minutes(CODE_PADDED_WITH_YEAR, tmp_path)) == [
        ("PSC/09/27", "APOLOGIES"),
        ("PSC/10/27", "DECLARATIONS OF INTEREST"),
        ("PSC/11/27", "ON-CALL AVAILABILITY"),
    ]


# --------------- a bold title wrapped onto a line opening with a year lost the wrapped words

WRAPPED_ONTO_A_YEAR = """** NORTHWOLD COUNTY COUNCIL
** CABINET
Minutes of the meeting held on 16 February 2027 at County Hall, Northwold, commencing at 10.00 am.
Present:	Councillor Rosalind Tebbutt (Chairman); Councillors Gareth Pinchbeck and Anjali Mistry
** 20. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Yvonne Castleford and Councillor Peter Amblecote.
** 21. REVENUE BUDGET 2027/28 AND MEDIUM TERM FINANCIAL STRATEGY 2027/28 TO 2030/31
The Director of Finance presented the final budget proposals, which take account of the final local government finance settlement received on 5 February 2027.
RESOLVED that Cabinet recommends the revenue budget for 2027/28 to County Council for approval at its meeting on 24 February 2027.
** 22. WASTE TRANSFER STATION HAULAGE
RESOLVED that the contract for the haulage of residual waste be awarded to Marlstone Haulage Ltd for a period of four years.
"""  # noqa: E501


def test_regression_wrapped_title_opening_with_a_year_kept(tmp_path: Path) -> None:
    # "2027/28 TO 2030/31", the title's second line, reads as a town council's "2025/71
    # Apologies": it was taken for the next heading and the title cut short. Another
    # numbering than the heading's own is the title wrapped.
    assert numbers(pdf_minutes(WRAPPED_ONTO_A_YEAR, tmp_path)) == [
        ("20", "APOLOGIES FOR ABSENCE"),
        ("21", "REVENUE BUDGET 2027/28 AND MEDIUM TERM FINANCIAL STRATEGY 2027/28 TO 2030/31"),
        ("22", "WASTE TRANSFER STATION HAULAGE"),
    ]


YEAR_NUMBERED_HEADINGS = """** NORTHWOLD TOWN COUNCIL
Minutes of the meeting held on Monday 12 April 2027 at the Town Hall, Northwold, at 7.00 pm.
Present:	Councillors A Penhaligon (Chair), F Bassett and M Youlden
** 2027/14 APPLICATION FOR PREMISES LICENCE - THE HARBOUR BAR, 2 SHORE STREET, NORTHWOLD
** 2027/15 APOLOGIES
Apologies were received from Councillor J Carew.
** 2027/16 FINANCE
RESOLVED that the accounts for payment be approved.
"""


def test_regression_wrapped_title_year_numbered_heading_still_its_own(tmp_path: Path) -> None:
    # ... while a heading in the heading's own numbering ("2027/15" under "2027/14") is the
    # next minute, however full the line above it is
    assert numbers(pdf_minutes(YEAR_NUMBERED_HEADINGS, tmp_path)) == [
        ("2027/14",
         "APPLICATION FOR PREMISES LICENCE - THE HARBOUR BAR, 2 SHORE STREET, NORTHWOLD"),
        ("2027/15", "APOLOGIES"),
        ("2027/16", "FINANCE"),
    ]


# ------------- "1.2 It is recommended that ..." under "1.1 It is recommended that ..." read as one

TWO_WORDED_ASKS = """CABINET
Date of meeting: 11 November 2026
School Extension: Appointment of Contractor
1. RECOMMENDATIONS
1.1 It is recommended that Cabinet approves the appointment of Morwen Build Ltd to construct the extension at Ysgol Aur for a contract sum of £4,218,566.
1.2 It is recommended that Cabinet delegates authority to the Corporate Director of Education to approve the use of the project contingency of £350,000 if required.
2. BACKGROUND
2.1 The extension will add 120 places.
"""  # noqa: E501


def _report_decisions(text: str) -> list[str]:
    return [d.decision_text for ctx in text_contexts(text, "report")
            for d in decisions_in(decisions.extract(ctx))]


def test_regression_recommendations_each_worded_as_an_ask_read_apart() -> None:
    assert _report_decisions(TWO_WORDED_ASKS) == [
        "It is recommended that Cabinet approves the appointment of Morwen Build Ltd to "
        "construct the extension at Ysgol Aur for a contract sum of £4,218,566.",
        "It is recommended that Cabinet delegates authority to the Corporate Director of "
        "Education to approve the use of the project contingency of £350,000 if required.",
    ]


ONE_ASK_WITH_LIMBS = """CABINET
Date of meeting: 11 November 2026
Procurement Update
2. RECOMMENDATIONS
2.1 It is recommended that Cabinet:
(a) notes the procurement activity in the first half of 2026/27; and
(b) approves the Forward Procurement Plan 2027/28.
3. BACKGROUND
3.1 Forty-one contracts were let in the half year.
"""


def test_regression_recommendations_one_ask_with_limbs_stays_one() -> None:
    # an ask that introduces its limbs is one recommendation
    assert _report_decisions(ONE_ASK_WITH_LIMBS) == [
        "It is recommended that Cabinet:\n"
        "(a) notes the procurement activity in the first half of 2026/27; and\n"
        "(b) approves the Forward Procurement Plan 2027/28.",
    ]


# ----------- minutes "received and confirmed" / "signed as a true record" not read as approved


def test_regression_minutes_confirmed_as_a_true_record_approved() -> None:
    # "received" came first and read the approval of the minutes as noting them; "a true
    # record" was not the "correct record" approval words
    assert classify_outcome("RESOLVED that the minutes of the meeting held on 16th September, "
                            "2026 be received and confirmed as a correct record.") == "approved"
    assert classify_outcome("Resolved: that the minutes of the meeting held on 17 March 2027 "
                            "be signed as a true record.") == "approved"
    assert classify_outcome("The minutes were signed as an accurate record.") == "approved"
    # ... while a report received is still noted
    assert classify_outcome("RESOLVED that the annual report be received.") == "noted"


def test_regression_minutes_deferred_until_confirmed_stay_deferred() -> None:
    # a confirmed record approves minutes only where nothing else was done to them first:
    # deferred or refused "until ... confirmed as a correct record" is no approval
    assert classify_outcome("RESOLVED that consideration of the minutes be deferred to the "
                            "next meeting, to be confirmed as a correct record once the "
                            "attendance is corrected.") == "deferred"
    assert classify_outcome("RESOLVED that the minutes be rejected and not signed as a true "
                            "record.") == "rejected"
