"""Regression tests for round 11's leftover misses: minute headings wrapped in the narrow
column of a paper that prints an "Action" column beside its minutes (the page model reads
such a column as a block of its own, so its headings fill their column in fewer characters
than a page-wide heading, and the wrap shows in where the heading ends against the text
under it), and a body's name set in English and Welsh side by side. Each form is a small
paper rendered from ``<> LEFT || RIGHT`` marks."""

from __future__ import annotations

from heldout_support import numbers, rendered
from heldout_support import pdf_minutes as _pdf_minutes
from heldout_support import source_lines as _paper
from kcc_papers.classify import classify
from kcc_papers.extract.meetings import english_name
from kcc_papers.pipeline import process_file

# ------------------------------------------------ a heading wrapped in its narrow column

# A Scottish board's minute in capitals, its action column headed "Action".
IJB_WRAPPED = _paper(
    "!! Strathmore Integration Joint Board",
    "^^ MINUTE",
    "Minute of Meeting of the Strathmore Integration Joint Board held on Wednesday 14 "
    "October 2026",
    "<> ** 1. WELCOME AND APOLOGIES || **Action**",
    "<> The Chair welcomed everyone to the meeting. Apologies were received from two "
    "members of the Board. || ",
    "<> ** 2. MINUTE OF PREVIOUS MEETING AND ACTION LOG || ",
    "<> The minute of the meeting held on 9 September 2026 was approved as a correct "
    "record. The action log was noted. || Committee Services",
    "<> ** 3. INTERMEDIATE CARE RECONFIGURATION || ",
    "<> The Chief Finance Officer presented the report, which projected an overspend on "
    "prescribing and on commissioned care home placements. || ",
    "<> **Decision:** The Board noted the projected overspend and approved the recovery "
    "plan set out in the report. || Chief Finance Officer",
)

# An English audit committee, headings in title case, its column headed "Action by".
AUDIT_WRAPPED = _paper(
    "!! AUDIT AND GOVERNANCE COMMITTEE",
    "^^ MINUTES",
    "Minutes of the meeting held on Tuesday 22 September 2026 at 6.30 pm",
    "<> ** 21. Apologies for Absence || **Action by**",
    "<> Apologies were received from Councillors Hart and Osei, who had given notice of "
    "their absence to the clerk. || ",
    "<> ** 22. Adult Social Care Reconfiguration || ",
    "<> The Head of Finance presented the report. Members asked about the two schemes "
    "that had slipped and how their costs were being followed up. || ",
    "<> RESOLVED: That the capital programme position be noted and that the leisure "
    "centre scheme be reviewed at the next meeting. || Head of Finance",
    "<> ** 23. Waste Fleet Decarbonisation Strategy || ",
    "<> The Finance Manager reported that all borrowing had stayed within the limits the "
    "Council had set for the year. || ",
    "<> RESOLVED: That the mid-year review be noted and referred to the Council. || "
    "Finance Manager",
)


def test_a_heading_that_fills_its_narrow_column_keeps_its_wrapped_title(tmp_path):
    got = dict(numbers(_pdf_minutes(IJB_WRAPPED, tmp_path / "ijb")))
    assert got["2"] == "MINUTE OF PREVIOUS MEETING AND ACTION LOG"
    assert got["3"] == "INTERMEDIATE CARE RECONFIGURATION"
    got = dict(numbers(_pdf_minutes(AUDIT_WRAPPED, tmp_path / "audit")))
    assert got["22"] == "Adult Social Care Reconfiguration"
    assert got["23"] == "Waste Fleet Decarbonisation Strategy"


def test_a_short_heading_does_not_take_the_text_under_it(tmp_path):
    # Guard: a heading that ends well short of its column is not wrapped.
    got = dict(numbers(_pdf_minutes(IJB_WRAPPED, tmp_path)))
    assert got["1"] == "WELCOME AND APOLOGIES"


# ------------------------------------------------ a heading's wrapped year is not a page number

# A Scottish committee's minute whose heading wraps its date's year onto a line of its own,
# and a Welsh county's board in title case.
SCOTTISH_YEAR = _paper(
    "!! Kinross and Earn Council",
    "^^ MINUTE",
    "Minute of Meeting of the Audit and Scrutiny Committee held on Thursday 11 June 2026",
    "<> ** 1. DECLARATIONS OF INTEREST || **Action by**",
    "<> There were no declarations of interest. The Convener reminded members that any "
    "interest arising later in the meeting should be declared at that point. || ",
    "<> ** 2. MINUTE OF MEETING OF 25 MARCH 2026 || ",
    "<> The Committee **AGREED** to approve the minute as a correct record. || ",
    "<> ** 3. CORPORATE FRAUD TEAM ANNUAL REPORT || ",
    "<> The Chief Internal Auditor presented the report, which set out the cases the team "
    "had investigated during the year and the sums recovered from them. || ",
    "<> The Committee **AGREED** to note the annual report of the corporate fraud team. || "
    "Chief Internal Auditor",
)
TITLE_CASE_YEAR = _paper(
    "!! PEMBROKE VALE COUNTY COUNCIL",
    "^^ MINUTES",
    "Minutes of the Governance Board held on Monday 6 July 2026",
    "<> ** 4. Apologies for Absence || **Action by**",
    "<> Apologies were received from two members of the Board, who had given notice of "
    "their absence to the clerk before the meeting. || ",
    "<> ** 5. Minutes of the Meeting of 18 May 2026 || ",
    "<> The clerk reported that the action arising from the meeting had been completed and "
    "that the register of interests had been updated. || ",
    "<> RESOLVED: That the minutes of the meeting be approved as a correct record. || "
    "Democratic Services",
)


def test_a_year_wrapped_from_a_heading_stays_in_its_title(tmp_path):
    got = dict(numbers(_pdf_minutes(SCOTTISH_YEAR, tmp_path / "scot")))
    assert got["2"] == "MINUTE OF MEETING OF 25 MARCH 2026"
    got = dict(numbers(_pdf_minutes(TITLE_CASE_YEAR, tmp_path / "wales")))
    assert got["5"] == "Minutes of the Meeting of 18 May 2026"


# ------------------------------------------------ a body's name in two languages side by side

# A Welsh county's planning committee and a national park's audit committee, each naming
# itself in English beside Welsh with no stroke between: the English half is the name.
PLANNING_BESIDE = _paper(
    "<> ## PLANNING COMMITTEE || ## PWYLLGOR CYNLLUNIO",
    "<> Wednesday, 9 September 2026 at 2.00 pm || Dydd Mercher, 9 Medi 2026 am 2.00 y prynhawn",
    "<> Council Chamber, Shire Hall, Llanfair || Siambr y Cyngor, Neuadd y Sir, Llanfair",
    "<> ** AGENDA || ** AGENDA",
    "<> 1. Apologies for absence || 1. Ymddiheuriadau am absenoldeb",
    "<> 2. Declarations of interest || 2. Datganiadau o fuddiant",
    "<> 3. Minutes of the meeting held on 12 August 2026 || 3. Cofnodion y cyfarfod a "
    "gynhaliwyd ar 12 Awst 2026",
    "<> 4. Planning applications || 4. Ceisiadau cynllunio",
)


def test_a_name_set_beside_its_welsh_is_read_in_english(tmp_path):
    (doc, *_) = process_file(rendered(PLANNING_BESIDE, tmp_path)).documents
    assert doc.committee == "Planning Committee"
    assert english_name("Audit and Risk Committee Pwyllgor Archwilio a Risg") == (
        "Audit and Risk Committee")


def test_an_english_name_going_on_is_kept():
    # Guards: words after a body's name that are not a Welsh name stay ("Cabinet Member").
    assert english_name("Council Yorkshire Region") == "Council Yorkshire Region"
    assert english_name("Joint Committee") == "Joint Committee"


# ------------------------------------------------ a report rating the contracts it reviews

CONTRACT_REVIEW = """Report to:\t{body}
Date:\t12 November 2026
Subject:\t{subject}
Report by:\tHead of Procurement
** Recommendation
That the {body} notes the report.
1. Summary
{summary}
"""


def test_a_report_rating_its_contracts_is_a_performance_report():
    # A county's half-year review and a housing company's annual one: each counts the
    # contracts it reviewed by their ratings, with the table on a page of its own.
    for body, subject, summary in (
            ("Cabinet", "Strategic contracts: half-year review 2026/27",
             "1.1 Of the twelve contracts reviewed, eight are rated Green, three Amber and one "
             "Red."),
            ("Board", "Annual review of our major suppliers",
             "1.1 Two of the contracts were rated red at the year end.")):
        text = CONTRACT_REVIEW.format(body=body, subject=subject, summary=summary)
        assert classify(text, "report") == "performance_report", subject


def test_a_report_awarding_contracts_stays_a_report():
    # Guard: contracts named without a rating of their own are a report's subject.
    text = CONTRACT_REVIEW.format(
        body="Cabinet", subject="Award of highways term contracts",
        summary="1.1 Three contracts are recommended for award; bids were rated on quality.")
    assert classify(text, "report") == "report"
