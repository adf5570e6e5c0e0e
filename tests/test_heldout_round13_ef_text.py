"""Regression tests for round 13's carry-over batches E and F, minutes' text and decisions, on
small papers written here: a committee's "Recommended to the Authority - that ..." as its
decision, in sentence case or all in capitals; a minute's title in capitals wrapped at a comma
onto an address's house number; a PDF drawn out of reading order, where PDFium joins to a word
hyphenated at a line's end another line's word."""

from __future__ import annotations

from heldout_support import decisions_in, minutes_of, numbers, rendered, source_lines
from kcc_papers.load import load

# A fire authority's committee recommends to its authority, the label in sentence case.
RECOMMENDED_TO_BODY = """RESOURCES COMMITTEE

Minutes of the meeting held on Wednesday 4 November 2026

Present: Councillors D Hale (Chair), A Basu, J Coles

RC/12/26  Budget monitoring
Resolved - that the forecast outturn be noted.

RC/13/26  Vehicle replacement programme
Recommended to the Authority - that the vehicle replacement programme be approved and
included in the capital programme.

RC/14/26  Estates review
Recommended improvements to the training centre were discussed by members.
"""


def test_regression_recommended_to_the_authority_label_was_no_decision(tmp_path):
    records = minutes_of(RECOMMENDED_TO_BODY, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("RC/12/26", "Resolved - that the forecast outturn be noted."),
        ("RC/13/26", "Recommended to the Authority - that the vehicle replacement programme be "
                     "approved and included in the capital programme."),
    ]


# A licensing board's minute: the application's address wraps at a comma, its second line
# starting with the house number.
LICENSING_WRAPPED = """LICENSING BOARD

MINUTE of MEETING of the LICENSING BOARD held on THURSDAY, 11 FEBRUARY 2027

Present:        Councillor M Kerr (Convener)

1.  APOLOGIES FOR ABSENCE

    There were no apologies.

2.  PREMISES LICENCE - NEW APPLICATION - CORNER FOOD AND WINE,
    22 MILL ROAD, KILBRAE

    There was submitted an application for a premises licence for an off sales shop.

    The Board agreed to grant the application.

3.  PREMISES LICENCE - VARIATION - THE QUAY BAR, HARBOUR ROAD
    17 applications had been received in the year.

    The Board noted the position.
"""


def test_regression_capitals_title_wrapped_at_comma_onto_house_number_was_cut(tmp_path):
    assert numbers(minutes_of(LICENSING_WRAPPED, tmp_path)) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "PREMISES LICENCE - NEW APPLICATION - CORNER FOOD AND WINE, 22 MILL ROAD, "
              "KILBRAE"),
        ("3", "PREMISES LICENCE - VARIATION - THE QUAY BAR, HARBOUR ROAD"),
    ]


# A cabinet's recommendation to council, its label all in capitals ("TO COUNCIL" too).
RECOMMENDED_IN_CAPITALS = """CABINET

Minutes of the meeting held on Thursday 4 February 2027

Present: Councillors J Ames (Chair), M Webb, L Parr

70. Minutes
AGREED: that the minutes of the last meeting be approved.

71. Draft budget 2027/28
The Deputy Leader presented the draft budget.
RECOMMENDED TO COUNCIL: that (a) the revenue budget for 2027/28 be approved; and (b) the
capital programme be approved.
"""


def test_regression_recommended_to_council_label_all_in_capitals_was_no_decision(tmp_path):
    records = minutes_of(RECOMMENDED_IN_CAPITALS, tmp_path)
    assert [(d.minute_number, d.decision_text) for d in decisions_in(records)] == [
        ("70", "AGREED: that the minutes of the last meeting be approved."),
        ("71", "RECOMMENDED TO COUNCIL: that (a) the revenue budget for 2027/28 be "
               "approved; and (b) the capital programme be approved."),
    ]


# Every line drawn in a shuffled order, long words hyphenated at the line end: PDFium joins the
# hyphenated "assura-" to the next text object in the stream, here the heading's first word.
SHUFFLED_HYPHENATED = source_lines(
    "%% shuffle", "%% hyphenate",
    "!! AUDIT COMMITTEE",
    "Minutes of the meeting held on Tuesday 3 March 2026",
    "** 12. Internal Audit Progress Report",
    "Eight of the eleven audits in the annual plan were complete or in progress. The audit of "
    "grant assurance for the housing fund had given limited assurance to the committee members.",
    "The Committee noted the progress report and asked that the Director of Finance attend the "
    "next meeting to report on the grant actions.",
)


def test_regression_hyphenated_word_joined_to_another_lines_word_out_of_reading_order(
        tmp_path):
    # (the shuffle is seeded by the file's name: "audit" draws the heading's word next)
    source = load(rendered(SHUFFLED_HYPHENATED, tmp_path, "audit"))
    assert [line.text for page in source.pages for line in page.lines] == [
        "AUDIT COMMITTEE",
        "Minutes of the meeting held on Tuesday 3 March 2026",
        "12. Internal Audit Progress Report",
        "Eight of the eleven audits in the annual plan were complete or in progress. The audit "
        "of grant assura-",
        "nce for the housing fund had given limited assurance to the committee members.",
        "The Committee noted the progress report and asked that the Director of Finance attend "
        "the next",
        "meeting to report on the grant actions.",
    ]
