"""Regression tests for held-out round 20's misses in minutes and agenda items: a text
agenda's description line under a title that ended well short of the page's measure; minutes
in two newspaper columns on an upright page. Each on a small paper written here in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import numbers, rendered
from kcc_papers.models import AgendaItem
from kcc_papers.pipeline import process_file


def _minutes(path: Path) -> list[tuple[str | None, str]]:
    return numbers(process_file(str(path)).records)


def _agenda(path: Path) -> list[tuple[str | None, str]]:
    return [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)]


# ----------------------------- a text agenda's indented description under a short title line

TEXT_DESCRIBED = """ASHCOMBE DISTRICT COUNCIL

LICENSING COMMITTEE

Tuesday 9th March 2027 at 10.00 am, Council Chamber, Market Place, Ashcombe

AGENDA

1.   Apologies for Absence

2.   Minutes
     To confirm the minutes of the meeting held on 12th January 2027.

3.   Review of the Council's Statement of Gambling Policy
     Verbal update of the Licensing Manager.

4.   Date of Next Meeting

The Committee is asked to note that the papers for item 3 will be published when the
consultation closes, and that members of the public may attend the meeting in person.
"""


def test_text_description_under_short_title_not_wrapped_title(tmp_path: Path) -> None:
    # the title's line ends some thirty characters short of the page's prose: the writer
    # ended it, and the line under it describes the item (read as the title going on)
    paper = tmp_path / "agenda.txt"
    paper.write_text(TEXT_DESCRIBED)
    assert _agenda(paper) == [
        ("1", "Apologies for Absence"), ("2", "Minutes"),
        ("3", "Review of the Council's Statement of Gambling Policy"),
        ("4", "Date of Next Meeting")]


# ------------------------------------------------ minutes in two newspaper columns, upright page

NEWSPAPER_COLUMNS = """## ASHCOMBE DISTRICT COUNCIL
^^ MINUTES
of the meeting of the Housing Policy Committee held in the Council Chamber, Ashcombe on \
Thursday 4th March 2027 at 7.00 pm
Present:	Councillors Abbot (Chair), Brennan, Cole, Dalby and Ennis
<> ** 11. Apologies for absence || ** 14. Empty Homes Strategy 2027-2030
<> Apologies were received from Councillor Fisher. There were no substitutions. || The \
Housing Standards Manager explained that 412 homes had stood empty for more than two years, \
and that the strategy aimed to bring a hundred of them back into use.
<> ** 12. Declarations of interest || ^^ RESOLVED
<> Councillor Cole declared an interest in minute 15 as a landlord in the district. || that \
the Empty Homes Strategy 2027-2030 be approved for consultation with owners and agents.
<> ** 13. Minutes || ** 15. Private Sector Licensing Fees
<> ^^ RESOLVED || Officers proposed raising the licence fee by 8% to meet the cost of \
inspections. Members asked that the fee be reviewed again next year.
<> that the minutes of the meeting held on 14th January 2027 be approved as a correct \
record. || ^^ RESOLVED
<>  || that the licence fee for 2027/28 be increased by 8%.
<>  || The meeting ended at 8.20 pm.
"""


def test_right_newspaper_column_minutes_read(tmp_path: Path) -> None:
    # the right column's minutes go on with the left's numbering but start at the middle of
    # the page, not at the left's margin (dropped: headings of one numbering stand at one
    # indent)
    assert _minutes(rendered(NEWSPAPER_COLUMNS, tmp_path)) == [
        ("11", "Apologies for absence"), ("12", "Declarations of interest"),
        ("13", "Minutes"), ("14", "Empty Homes Strategy 2027-2030"),
        ("15", "Private Sector Licensing Fees")]


# ------------------------------- minute numbers in a borderless table's "Minute" column

MINUTE_COLUMN = """** ASHCOMBE DISTRICT COUNCIL
** AUDIT COMMITTEE
Minutes of the meeting held on Tuesday 9th March 2027 at 7.00 p.m.
Present: Councillor A. Abbot (Chairman); Councillors B. Brennan and C. Cole.
|- Minute | |
| 41. | **APOLOGIES FOR ABSENCE** |
| | Apologies were received from Councillor D. Dalby. |
| 42. | **MINUTES** |
| | RESOLVED that the minutes of the meeting held on 12th January 2027 be confirmed. |
| 43. | **INTERNAL AUDIT PLAN 2027/28** |
| | RESOLVED that the Internal Audit Plan 2027/28 be approved. |
| 44. | **TREASURY MANAGEMENT STRATEGY 2027/28 AND ANNUAL INVESTMENT REPORT** |
| | The Chief Finance Officer presented the strategy. |
| | RESOLVED that the strategy be recommended to Council. |
The meeting closed at 8.02 p.m.
"""


def test_minute_column_numbers_beside_bold_titles_read(tmp_path: Path) -> None:
    # each number cell and its bold title are read as one run in the number's regular type
    # (read as body lines: only the titles that wrapped, over a number alone, were minutes,
    # and the column's heading "Minute" a minute of its own)
    assert _minutes(rendered(MINUTE_COLUMN, tmp_path)) == [
        ("41", "APOLOGIES FOR ABSENCE"), ("42", "MINUTES"),
        ("43", "INTERNAL AUDIT PLAN 2027/28"),
        ("44", "TREASURY MANAGEMENT STRATEGY 2027/28 AND ANNUAL INVESTMENT REPORT")]


def test_minute_column_plain_rows_read_among_wrapped_titles(tmp_path: Path) -> None:
    # two titles wrapped, their numbers alone on a line between their title's lines (run into
    # their headings as marginal numbers, bold): the rows read as one regular run were taken
    # for body lines beside those bold headings, and dropped
    paper = MINUTE_COLUMN.replace(
        "**INTERNAL AUDIT PLAN 2027/28**",
        "**INTERNAL AUDIT PLAN 2027/28 AND INTERNAL AUDIT CHARTER FOR APPROVAL**")
    assert _minutes(rendered(paper, tmp_path)) == [
        ("41", "APOLOGIES FOR ABSENCE"), ("42", "MINUTES"),
        ("43", "INTERNAL AUDIT PLAN 2027/28 AND INTERNAL AUDIT CHARTER FOR APPROVAL"),
        ("44", "TREASURY MANAGEMENT STRATEGY 2027/28 AND ANNUAL INVESTMENT REPORT")]


# ------------------------------ a text export of minutes laid out in two newspaper columns

TEXT_COLUMNS = """ASHCOMBE CITY COUNCIL

MINUTES OF THE MEETING OF THE PLACE SCRUTINY COMMITTEE
HELD ON THURSDAY, 4 MARCH 2027 AT 4.00 PM IN THE GUILDHALL

PRESENT: Councillors Abbot (Chair), Brennan, Cole, Dalby and Ennis

   PSC/27/11  APOLOGIES FOR ABSENCE                  Members asked whether the new bus lanes
                                                     had slowed the buses at peak times; the
   Apologies were received from Councillors          Director said the figures were not yet
   Fisher and Grant.                                 in for the winter months.

   PSC/27/12  MINUTES                                RESOLVED - That the Committee recommends
                                                     to Cabinet that the bus lanes be kept
   RESOLVED - That the minutes of the meeting        until the review in March 2028.
   held on 14 January 2027 be agreed as a
   correct record.                                   PSC/27/14  MARKET HALL LEASES

   PSC/27/13  TRANSPORT STRATEGY: BUS LANES          RESOLVED - That the Market Hall leases
                                                     report be noted by the Committee.
   The Director of Place reported that bus
   journeys had risen by a tenth in the year         PSC/27/15  PUBLIC TOILETS REVIEW
   to September and that the two new lanes
   had cut the journey times of three routes.        RESOLVED - That the review be deferred.

   The meeting ended at 5.40 pm.
"""


def test_text_newspaper_columns_read_left_then_right(tmp_path: Path) -> None:
    # each line of the export holds the left column's line and the right's: the right
    # column's minutes were read into the left's (its headings run on after the left's
    # titles, their resolutions into the left's text)
    paper = tmp_path / "minutes.txt"
    paper.write_text(TEXT_COLUMNS)
    assert _minutes(paper) == [
        ("PSC/27/11", "APOLOGIES FOR ABSENCE"), ("PSC/27/12", "MINUTES"),
        ("PSC/27/13", "TRANSPORT STRATEGY: BUS LANES"), ("PSC/27/14", "MARKET HALL LEASES"),
        ("PSC/27/15", "PUBLIC TOILETS REVIEW")]


# ----------------------------------- a text heading in capitals ending on its colon, wrapped

COLON_WRAPPED = """ASHCOMBE CITY COUNCIL

MINUTES OF THE MEETING OF THE PLACE SCRUTINY COMMITTEE
HELD ON THURSDAY, 4 MARCH 2027 AT 4.00 PM IN THE GUILDHALL

PRESENT: Councillors Abbot (Chair), Brennan, Cole, Dalby and Ennis

PSC/27/12  MINUTES

RESOLVED - That the minutes of the meeting held on 14 January 2027 be agreed as a
correct record.

PSC/27/13  CITY CENTRE RECOVERY PLAN:
           PROGRESS

The Director of Place reported that footfall in the year to September was up 6%.

PSC/27/14  MARKET HALL LEASES

RESOLVED - That the Market Hall leases report be noted.
"""


def test_text_capitals_heading_ending_on_colon_goes_on(tmp_path: Path) -> None:
    # the heading's line is short (a narrow column's), but its colon leaves it open: the
    # line under it in capitals is the rest of the title (read as the minute's text)
    paper = tmp_path / "minutes.txt"
    paper.write_text(COLON_WRAPPED)
    assert _minutes(paper) == [
        ("PSC/27/12", "MINUTES"), ("PSC/27/13", "CITY CENTRE RECOVERY PLAN: PROGRESS"),
        ("PSC/27/14", "MARKET HALL LEASES")]
