"""Held-out round 33, the Kent districts' minutes and agenda items (batch b): the misses fixed,
each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import numbers, pdf_minutes, source_lines, text_agenda_items
from kcc_papers.extract import minutes

# A district planning committee's text agenda: "Page No." alone over a column of page ranges
# typed by hand (neither their starts nor their ends in line), its schedule of applications as
# numbered sub-items, each with its particulars ("Proposal:", "Ward:") under it.
PAGE_NO_COLUMN_AGENDA = """\
                    WEALDMERE BOROUGH COUNCIL

                      PLANNING COMMITTEE

Date:    Thursday, 9 October 2031
Venue:   Council Chamber, Wealdmere House

                             AGENDA

                                                          Page No.
1.   Apologies for Absence
2.   Minutes of the Meeting held on 11 September 2031        1 - 4
3.   Schedule of Planning Applications
     3.1  31/400212/FULL - Orchard Farm, Marden Road   5 - 19
          Proposal:        Erection of 12 dwellings with
                           parking and landscaping
          Ward:            Marden
     3.2  31/400390/LBC - 4 High Street, Goudhurst     21 - 26
          Applicant:       Mr and Mrs Pell
4.   Enforcement Update                                    27 - 30
"""


def test_ranges_under_a_page_no_heading_are_pages_and_particulars_no_title(
        tmp_path: Path) -> None:
    assert text_agenda_items(PAGE_NO_COLUMN_AGENDA, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Minutes of the Meeting held on 11 September 2031"),
        ("3", "Schedule of Planning Applications"),
        ("3.1", "31/400212/FULL - Orchard Farm, Marden Road"),
        ("3.2", "31/400390/LBC - 4 High Street, Goudhurst"),
        ("4", "Enforcement Update"),
    ]


# The negative: with no pages heading over them, a title's closing figures are its own words
# ("Phase 1 - 2"), left as printed.
NO_PAGES_HEADING_AGENDA = """\
                    WEALDMERE BOROUGH COUNCIL

                      CABINET

Date:    Thursday, 9 October 2031

                             AGENDA

1.   Apologies for Absence
2.   Town Centre Regeneration Phase 1 - 2
3.   Capital Programme Update
"""


def test_closing_figures_without_a_pages_heading_stay_in_the_title(tmp_path: Path) -> None:
    assert text_agenda_items(NO_PAGES_HEADING_AGENDA, tmp_path) == [
        ("1", "Apologies for Absence"),
        ("2", "Town Centre Regeneration Phase 1 - 2"),
        ("3", "Capital Programme Update"),
    ]


# A borough's ModernGov minutes web page: each minute's number ("FR 12") in a cell beside its
# title; a title opening on a word and a figure ("Quarter 3 Budget Monitoring") reads as no
# number of its own.
def _minutes_page() -> str:
    rows = [("FR 11", "Apologies for Absence", "Apologies were received from Councillor Hook."),
            ("FR 12", "Quarter 3 Budget Monitoring 2031/32",
             "Resolved: That the Quarter 3 budget monitoring report be noted."),
            ("FR 13", "Fees and Charges 2032/33",
             "Resolved: That the fees and charges be approved.")]
    cells = "".join(
        f'<tr><td class="mgItemNumberCell"><p>{num}</p></td><td>'
        f'<p class="mgSubItemTitleTxt">{title}</p><p>{body}</p></td></tr>'
        for num, title, body in rows)
    return ('<html><body><h1 class="mgMainTitleTxt">Minutes of Finance and Resources'
            ' Committee</h1><p class="mgSubTitleTxt">Wednesday, 14th January, 2032 7.00 pm</p>'
            '<h2 class="mgSectionTitle">Attendance</h2>'
            "<p>Present: Councillors Ashdown (Chair), Bligh and Crouch.</p>"
            '<h2 class="mgSectionTitle">Items</h2>'
            f'<table class="mgItemTable">{cells}</table>'
            "<p>The meeting ended at 8.40 pm.</p></body></html>")


def test_a_title_opening_on_a_word_and_a_figure_under_a_coded_number(tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(_minutes_page())
    (ctx,) = contexts(path, "minutes")
    assert numbers(minutes.extract(ctx)) == [
        ("FR 11", "Apologies for Absence"),
        ("FR 12", "Quarter 3 Budget Monitoring 2031/32"),
        ("FR 13", "Fees and Charges 2032/33"),
    ]


# A joint transportation board's minutes: "HTB 8 20MPH ZONE, ..." (a title opening on a figure
# with its unit glued to it) among headings of one coded sequence.
CODED_MINUTES_FIGURED_TITLE = source_lines(
    "** ASHFORTH HIGHWAYS TRANSPORTATION BOARD",
    "Minutes of the meeting of the Ashforth Highways Transportation Board held on Tuesday,"
    " 4 March 2031 at 10.00 am.",
    "** HTB 7 APOLOGIES",
    "Apologies were received from County Councillor Rook.",
    "** HTB 8 20MPH ZONE, HIGHFIELD ESTATE",
    "The Schemes Manager reported that 212 of 340 respondents supported the zone.",
    "RESOLVED: That the 20mph zone proceed to formal advertisement.",
    "** HTB 9 PARKING REVIEW, STATION ROAD",
    "RESOLVED: That the report be noted.",
)


def test_a_coded_minute_titled_from_a_figure_and_its_unit(tmp_path: Path) -> None:
    assert numbers(pdf_minutes(CODED_MINUTES_FIGURED_TITLE, tmp_path)) == [
        ("HTB 7", "APOLOGIES"),
        ("HTB 8", "20MPH ZONE, HIGHFIELD ESTATE"),
        ("HTB 9", "PARKING REVIEW, STATION ROAD"),
    ]
