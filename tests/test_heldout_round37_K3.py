"""Held-out round 37, minutes numbering: a planning committee's numbered minute lettered into
parts each titled by its application's reference ("31A 26/00417/FUL - ..."), and a licensing
committee's minutes whose bold headings carry no number while its resolutions are numbered in
a sequence of their own ("Resolution TX/26/03 - That ..."), a year wrapped alone onto its line
no minute's number. Each rule on a small paper written in the layout that showed the miss."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, minutes_of, numbers, pdf_minutes, source_lines

# A text export of a planning committee's minutes: minute 31 lettered into one part per
# application, each part titled by the application's reference and address, a running page
# header printed inside the minute between two parts.
LETTERED_APPLICATIONS = """WESTLING DISTRICT COUNCIL

PLANNING CONTROL COMMITTEE

Minutes of the meeting held on Wednesday, 14th January, 2026 at 7.00 pm

Present:   Councillor M Varga (Chair), Councillors Aldous, Brierley and Cotton

29   APOLOGIES FOR ABSENCE

     None were received.

30   MINUTES

     RESOLVED - That the minutes of the meeting held on 10 December 2025 be approved.

31   APPLICATIONS FOR DETERMINATION

     The Committee considered the reports of the Planning Manager on the applications below.

31A  25/01877/OUT - Land north of Ferry Lane, Westling

     Outline application for up to 30 dwellings.

     RESOLVED - That outline planning permission be refused for the reasons in the report.

\fPlanning Control Committee                                  14 January 2026

31B  26/00031/HOU - 4 Orchard Close, Brantham

     Single storey rear extension.

     RESOLVED - That planning permission be granted subject to conditions.

32   DATE OF NEXT MEETING

     Wednesday 11 February 2026 at 7.00 pm.

The meeting ended at 8.05 pm
"""


def test_lettered_parts_titled_by_application_references(tmp_path: Path) -> None:
    records = minutes_of(LETTERED_APPLICATIONS, tmp_path)
    assert numbers(records) == [
        ("29", "APOLOGIES FOR ABSENCE"),
        ("30", "MINUTES"),
        ("31", "APPLICATIONS FOR DETERMINATION"),
        ("31A", "25/01877/OUT - Land north of Ferry Lane, Westling"),
        ("31B", "26/00031/HOU - 4 Orchard Close, Brantham"),
        ("32", "DATE OF NEXT MEETING"),
    ]
    assert [(d.minute_number, d.outcome) for d in decisions_in(records)] == [
        ("30", "approved"), ("31A", "rejected"), ("31B", "approved")]


# The negative: a line of a minute opening with the minute's number and a capital before a
# figure that is no application's reference ("12A 3 Mill Street ..."), an address in the
# minute's text, is no part of it.
ADDRESS_IN_A_MINUTE = """WESTLING DISTRICT COUNCIL

LICENSING SUB-COMMITTEE

Minutes of the meeting held on Monday, 2nd February, 2026 at 10.00 am

Present:   Councillors Aldous (Chair), Brierley and Cotton

11   APOLOGIES FOR ABSENCE

     None were received.

12   PREMISES LICENCE REVIEW - CORNER STORES

     The Licensing Officer reported on the review of the licence held for premises at
12A  3 Mill Street, Westling, following complaints from residents.

     RESOLVED - That the licence be suspended for a period of one month.

13   DATE OF NEXT MEETING

     To be confirmed.
"""


def test_number_and_capital_before_an_address_is_no_part(tmp_path: Path) -> None:
    records = minutes_of(ADDRESS_IN_A_MINUTE, tmp_path)
    assert numbers(records) == [
        ("11", "APOLOGIES FOR ABSENCE"),
        ("12", "PREMISES LICENCE REVIEW - CORNER STORES"),
        ("13", "DATE OF NEXT MEETING"),
    ]


# A licensing committee's minutes in PDF: bold headings with no number, resolutions numbered
# in their own sequence, and a year wrapped alone onto its line above the last heading.
_HEADINGS_UNNUMBERED = (
    "## Taxi and Licensing Committee",
    "Minutes of a meeting of the Taxi and Licensing Committee held at Braybrook Council House on"
    " Thursday 5 February 2026 at 10.00 am.",
    "Present:\tCouncillor Elin Markham (Chair), Councillors Tom Ruddock, Asha Verma and"
    " Will Pengelly",
    "** Apologies",
    "Apologies were received from Councillor Sara Okafor.",
    "** Minutes",
    "Resolution TX/26/03 - That the minutes of the meeting held on 4 December 2025 be approved.",
    "** Private Hire Vehicle Age Policy",
    "The Licensing Team Leader presented the consultation responses on the proposed age limits.",
    "Resolution TX/26/04 - That the revised vehicle age policy at Appendix A be approved.",
    "** Questions from Councillors",
    "Councillor Ruddock asked how many drivers had renewed their licences online since the"
    " new system went live, and was told that the figure would be circulated in February",
    "2026.",
    "** Date of Next Meeting",
    "Thursday 2 April 2026 at 10.00 am.",
)


def test_numbered_resolutions_under_unnumbered_bold_headings(tmp_path: Path) -> None:
    records = pdf_minutes(source_lines(*_HEADINGS_UNNUMBERED), tmp_path)
    assert numbers(records) == [
        (None, "Apologies"),
        (None, "Minutes"),
        (None, "Private Hire Vehicle Age Policy"),
        (None, "Questions from Councillors"),
        (None, "Date of Next Meeting"),
    ]
    assert [(d.decision_text, d.outcome) for d in decisions_in(records)] == [
        ("Resolution TX/26/03 - That the minutes of the meeting held on 4 December 2025 be"
         " approved.", "approved"),
        ("Resolution TX/26/04 - That the revised vehicle age policy at Appendix A be approved.",
         "approved"),
    ]


# The negatives: a report's decision cited by its number, no clause after it, and a strategy's
# numbered aim quoted in a minute ("Outcome 2: To ..."), resolve nothing.
CITED_DECISION = """BRAYBROOK COUNCIL

OVERVIEW AND SCRUTINY COMMITTEE

Minutes of the meeting held on Tuesday, 10th March, 2026 at 6.00 pm

Present:   Councillors Ruddock (Chair), Verma and Pengelly

5    CALL-IN

     Decision 26/014 - Library Opening Hours was called in by three members. The members
     said the decision did not serve the library strategy's second aim:
Outcome 2: To widen access to library services for working residents.

     RESOLVED - That no further action be taken.

6    DATE OF NEXT MEETING

     To be confirmed.
"""


def test_a_cited_decision_or_numbered_aim_is_no_resolution(tmp_path: Path) -> None:
    records = minutes_of(CITED_DECISION, tmp_path)
    assert [d.decision_text for d in decisions_in(records)] == [
        "RESOLVED - That no further action be taken."]
