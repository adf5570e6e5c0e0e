"""Held-out round 31, minutes: the misses fixed, each on a small paper written in the layout
that showed it."""

from __future__ import annotations

from pathlib import Path

from conftest import contexts
from heldout_support import minutes_of, numbers
from kcc_papers.extract import minutes

_FONT = '<FONT FACE="Verdana, Arial" SIZE="2">'


def _cell_row(number: str, title: str, *paragraphs: str) -> str:
    """A 2003 table-layout page's row: the number bold in a cell of its own, the bold title
    over its paragraphs in the cell beside it, a spacer row under it."""
    text = "<BR><BR>\n".join(paragraphs)
    return (f'<TR><TD WIDTH="90" VALIGN="TOP">{_FONT}<B>{number}</B></FONT></TD>\n'
            f'<TD VALIGN="TOP">{_FONT}<B>{title}</B><BR><BR>\n{text}</FONT></TD></TR>\n'
            "<TR><TD>&nbsp;</TD><TD>&nbsp;</TD></TR>\n")


_QUOTES = ('<TABLE BORDER="1"><TR><TD><B>Supplier</B></TD><TD><B>Price</B></TD></TR>\n'
           '<TR><TD>Datascan Office Systems Ltd</TD><TD>&pound;7,850</TD></TR>\n'
           '<TR><TD>Kestrel Imaging</TD><TD>&pound;10,115</TD></TR></TABLE>')

# A district council's 2003 web page laid out in tables (links in a column, a spacer gif,
# the text in <FONT> runs): each minute's number "LG/41/03" (committee, number, year) bold in
# a cell of its own, the bold title over its paragraphs in the cell beside it. A year closes
# a line of the links ("Minutes 2003") and a sentence ("... before 7th January 2004.").
TABLE_LAYOUT_2003 = (
    '<HTML><BODY><TABLE WIDTH="760" BORDER="0"><TR>\n'
    f'<TD WIDTH="150" VALIGN="TOP">{_FONT}<A HREF="/">Home</A><BR>\n'
    '<A HREF="/min2003.htm">Minutes 2003</A><BR>\n<A HREF="/contact.htm">Contact Us</A><BR>\n'
    "</FONT></TD>\n"
    '<TD WIDTH="10"><IMG SRC="/images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>\n'
    f'<TD WIDTH="600" VALIGN="TOP">{_FONT}\n'
    '<P ALIGN="CENTER"><B>LICENSING AND GENERAL PURPOSES COMMITTEE</B></P>\n'
    '<P ALIGN="CENTER">Minutes of the meeting held at the Council Offices<BR>'
    "on Wednesday, 17th September 2003 at 7.30 p.m.</P>\n"
    "<P><B>PRESENT:</B>&nbsp;&nbsp;Councillor Mrs. J. Abernethy (Chairman)</P>\n"
    '<HR SIZE="1" NOSHADE>\n<TABLE WIDTH="100%" BORDER="0" CELLPADDING="3">\n'
    + _cell_row("LG/41/03", "APOLOGIES FOR ABSENCE",
                "Apologies for absence were received from Councillor M. Hartnell.")
    + _cell_row("LG/42/03", "MINUTES",
                "<B>RESOLVED:</B>&nbsp;That the Minutes be approved as a correct record.")
    + _cell_row("LG/43/03", "LICENSING ACT 2003 - STATEMENT OF LICENSING POLICY",
                "The Head of Legal and Democratic Services reported that the Council must "
                "publish a Statement of Licensing Policy before 7th January 2004.",
                "<B>RESOLVED:</B>&nbsp;That the draft Statement be approved for consultation.")
    + _cell_row("LG/44/03", "ELECTORAL REGISTRATION - DOCUMENT SCANNING EQUIPMENT",
                "The Electoral Services Manager reported the following quotations:",
                _QUOTES,
                "<B>RESOLVED:</B>&nbsp;That the quotation of Datascan Office Systems Ltd be "
                "accepted.")
    + '</TABLE>\n<HR SIZE="1" NOSHADE>\n<P>The meeting closed at 8.55 p.m.</P>\n'
    "</FONT></TD></TR></TABLE></BODY></HTML>"
)


def test_a_slashed_code_in_a_cell_of_its_own_numbers_the_title_beside_it(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(TABLE_LAYOUT_2003, encoding="utf-8")
    (ctx,) = [c for c in contexts(path) if c.segment.kind == "minutes"]
    assert numbers(minutes.extract(ctx)) == [
        ("LG/41/03", "APOLOGIES FOR ABSENCE"),
        ("LG/42/03", "MINUTES"),
        ("LG/43/03", "LICENSING ACT 2003 - STATEMENT OF LICENSING POLICY"),
        ("LG/44/03", "ELECTORAL REGISTRATION - DOCUMENT SCANNING EQUIPMENT"),
    ]


# A committee's text pack, its pages parted by form feeds: the agenda's page closes on its
# last item, "7. Any Other Business", and the minutes' page closes on their last minute, of
# the same name, over one line of text.
AGENDA_AND_MINUTES_PACK = """LONDON COUNCILS

GRANTS COMMITTEE

Wednesday, 19th November, 2031 at 11.00 am

AGENDA

1.    Apologies for Absence

2.    Declarations of Interest

3.    Minutes of the Meeting held on 9 July 2031                         1 - 4

7.    Any Other Business
\f                                                          Agenda Item 3

MINUTES OF THE MEETING OF THE GRANTS COMMITTEE held on Wednesday, 9th
July, 2031 at 11.00 am in the Conference Suite, London Councils

PRESENT:     Councillor Yusuf Haddad (Chair); Councillors Greta Lindholm and
             Abimbola Carrington


1.           APOLOGIES FOR ABSENCE

             Apologies were received from Councillor Harun Yilmaz.


2.           WOMEN'S REFUGE NETWORK: VARIATION REQUEST

             The Grants Committee agreed to defer consideration of the
             variation request to its meeting on 19 November 2031.


3.           ANY OTHER BUSINESS

             There was no other business. The meeting closed at 12.36 pm.
\f                                                          Agenda Item 4

                              LONDON COUNCILS

Grants Committee

Item no: 4

Report by:     Lukas Obradovic         Job title:  Head of Grants

Date:          19 November 2031

Title:         Grants Programme: Performance Report

1.    Summary

1.1   This report sets out the performance of the grants programme.
"""


def test_a_minutes_heading_at_a_page_edge_like_the_agendas_last_item_is_kept(
        tmp_path: Path) -> None:
    assert numbers(minutes_of(AGENDA_AND_MINUTES_PACK, tmp_path)) == [
        ("1", "APOLOGIES FOR ABSENCE"),
        ("2", "WOMEN'S REFUGE NETWORK: VARIATION REQUEST"),
        ("3", "ANY OTHER BUSINESS"),
    ]


def _moderngov_row(number: str, title: str, text: str) -> str:
    return (f'<tr><td class="mgItemNumberCell"><p>{number}</p></td><td>\n'
            f'<p class="mgSubItemTitleTxt">{title}</p>\n<p>{text}</p>\n</td></tr>\n')


# A borough's ModernGov minutes page of a council meeting, each minute's number in a cell of
# its own: the business the council takes from its bodies is titled "Recommendation from
# Cabinet: ..." and "Reference from the ... Committee: ...".
COUNCIL_MINUTES_PAGE = (
    '<html><body><div id="modgov">\n<h1 class="mgMainTitleTxt">Minutes</h1>\n'
    '<h2 class="mgSubTitleTxt">Council</h2>\n'
    '<p class="mgLine">Wednesday, 26th November, 2031 7.00 pm</p>\n'
    '<h2 class="mgSectionTitle">Items</h2>\n<table class="mgItemTable">\n'
    + _moderngov_row("C/31/52", "Apologies for Absence",
                     "Apologies were received from Councillor Yardley.")
    + _moderngov_row("C/31/53", "Mayor's Announcements",
                     "The Mayor congratulated the staff of Central Library.")
    + _moderngov_row("C/31/54", "Recommendation from Cabinet: Library Service Strategy",
                     "<strong>RESOLVED:</strong> That the strategy be adopted.")
    + _moderngov_row("C/31/55", "Reference from the Communities Scrutiny Committee: "
                     "Social Value in Procurement",
                     "<strong>RESOLVED:</strong> That consideration of the reference be "
                     "deferred.")
    + _moderngov_row("C/31/56", "Notice of Motion: Mill Lane Sports Hall",
                     "On being put to the vote the motion was declared lost.")
    + "</table>\n</div></body></html>"
)


def test_a_recommendation_from_cabinet_and_a_reference_from_a_committee_are_titles(
        tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(COUNCIL_MINUTES_PAGE, encoding="utf-8")
    (ctx,) = [c for c in contexts(path) if c.segment.kind == "minutes"]
    assert numbers(minutes.extract(ctx)) == [
        ("C/31/52", "Apologies for Absence"),
        ("C/31/53", "Mayor's Announcements"),
        ("C/31/54", "Recommendation from Cabinet: Library Service Strategy"),
        ("C/31/55", "Reference from the Communities Scrutiny Committee: "
                    "Social Value in Procurement"),
        ("C/31/56", "Notice of Motion: Mill Lane Sports Hall"),
    ]
