"""Regression tests for the document misses of held-out round 27's batches I and J: web pages
printed from a browser one after another into one text file (a fire authority's ModernGov
agenda page, its "Agenda and minutes" page and an item's report, each print with its own
print header and URL footer "n/m"), on small papers in that layout."""

from __future__ import annotations

from pathlib import Path

from kcc_papers.load import load
from kcc_papers.pipeline import process_file
from kcc_papers.segment import segment

HEADER = "16/03/2029, 09:14          {title}\n"
FOOTER = "\n\nhttps://democracy.example-fire.gov.uk/ieListDocuments.aspx?MId={mid}     {n}/{m}\n"

AGENDA_PAGE = """
Skip to content
Home    Committees    Meetings

Agenda

Performance Committee
Tuesday, 20th March, 2029 10.30 am

Items
    1.    Apologies for Absence

    2.    Minutes of the Previous Meeting  PDF 162 KB
          To approve the minutes of the meeting held on 16 January 2029.

    3.    Performance Report: Quarter 3  PDF 418 KB
"""

MINUTES_PAGE = """
Skip to content
Home    Committees    Meetings

Agenda and minutes
Performance Committee
Tuesday, 16th January, 2029 10.30 am

Items
    31.   Apologies for Absence
          Minutes:
          Apologies were received from Councillor Bryony Tallis.

    32.   Fleet Replacement Programme
          Minutes:
          RESOLVED: That the report be noted.

          The meeting ended at 12.41 pm.
"""


def _print(title: str, mid: int, pages: list[str]) -> list[str]:
    return [HEADER.format(title=title) + body + FOOTER.format(mid=mid, n=n, m=len(pages))
            for n, body in enumerate(pages, 1)]


def _file(tmp_path: Path, pages: list[str]) -> Path:
    path = tmp_path / "prints.txt"
    path.write_text("\f".join(pages))
    return path


def _two_prints(tmp_path: Path) -> Path:
    agenda = _print("Agenda for Performance Committee on Tuesday, 20th March, 2029", 2291,
                    [AGENDA_PAGE])
    half = MINUTES_PAGE.index("    32.")
    minutes = _print("Agenda and minutes - Performance Committee - Tuesday, 16th January, 2029",
                     2264, [MINUTES_PAGE[:half], MINUTES_PAGE[half:]])
    return _file(tmp_path, agenda + minutes)


def test_each_browser_print_is_a_document_of_its_own(tmp_path):
    # the "Agenda and minutes" page printed after the agenda's page is the last meeting's
    # minutes, not more of the agenda
    kinds = [(s.kind, s.page_from, s.page_to) for s in segment(load(str(_two_prints(tmp_path))))]
    assert kinds == [("agenda", 1, 1), ("minutes", 2, 3)]


def test_print_header_date_is_not_the_meeting_date(tmp_path):
    # the header's "16/03/2029, 09:14" is when the page was printed
    result = process_file(str(_two_prints(tmp_path)))
    dates = sorted((d.kind, str(d.meeting_date)) for d in result.documents if d.kind != "pack")
    assert dates == [("agenda", "2029-03-20"), ("minutes", "2029-01-16")]


def test_one_print_is_left_as_it_was(tmp_path):
    # the guard: a single print (or pages not counted as prints) is split as any file
    path = _file(tmp_path, _print("Agenda and minutes - Performance Committee", 2264,
                                  [MINUTES_PAGE]))
    assert [s.kind for s in segment(load(str(path)))] == ["minutes"]


# ------------ a ModernGov page's links under an item's title (r27j fire authority pages)

LINKED_AGENDA = """Agenda

Performance Committee
Tuesday, 20th March, 2029 10.30 am

Items
    1.    Apologies for Absence

    2.    Declarations of Interest
          Members are reminded to declare any interests in items on the agenda.

    3.    Performance Report: Quarter 3 2028/29  PDF 418 KB
          Additional documents:
             Appendix 1 - Performance Dashboard Q3 2028-29, item 3  PDF 236 KB

    4.    Mobilising System: Contract Extension
          Restricted enclosure  View the reasons why document 4 is restricted

    5.    Any Other Business
"""


def test_link_after_title_ends_it(tmp_path):
    # the link's size printed after the title's last word ends the title: the page's
    # "Additional documents:" and "Restricted enclosure" lines under it are no words of it
    from conftest import text_contexts
    from kcc_papers.extract import agenda

    (ctx,) = text_contexts(LINKED_AGENDA, "agenda", tmp_path)
    titles = [(i.item_ref, i.title) for i in agenda.extract(ctx) if hasattr(i, "item_ref")]
    assert titles == [("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
                      ("3", "Performance Report: Quarter 3 2028/29"),
                      ("4", "Mobilising System: Contract Extension"),
                      ("5", "Any Other Business")]


def test_link_after_colon_title_is_no_text_run_in(tmp_path):
    # "Performance Report: Quarter 2 2028/29  PDF 401 KB": six words after the colon only
    # with the link's; the title is whole
    from heldout_support import minutes_of, numbers

    text = MINUTES_PAGE.replace("Fleet Replacement Programme",
                                "Performance Report: Quarter 2 2028/29  PDF 401 KB")
    assert ("32", "Performance Report: Quarter 2 2028/29") in numbers(minutes_of(text, tmp_path))


# ------------ a forum's notes on a CMIS meeting page (r27i parish liaison forum)

FORUM_NOTES = """<html><body>
<h1>Meeting Details</h1>
<table>
  <tr><th>Body:</th><td>Parish Liaison Forum</td></tr>
  <tr><th>Date:</th><td>Tuesday 19 February 2030</td></tr>
  <tr><th>Time:</th><td>7.00 pm</td></tr>
  <tr><th>Venue:</th><td>Swaleby Village Hall</td></tr>
</table>
<div><a href="#">Agenda</a> | <a href="#">Notes</a> | <a href="#">Attendance</a></div>
<h2>{title}</h2>
<h3>1. Welcome and Apologies</h3>
<p>Councillor Haskell welcomed everyone. Apologies had been received from Nethercote Parish.</p>
<h3>2. Local Plan Review</h3>
<p>The Development Manager said the consultation would run from 6 May to 17 June 2030.</p>
<h3>3. Any Other Business</h3>
<p>The next meeting will be held on Tuesday 21 May 2030.</p>
</body></html>
"""


def _page_kinds(title: str, tmp_path: Path) -> list[str]:
    from conftest import contexts

    path = tmp_path / "page.html"
    path.write_text(FORUM_NOTES.format(title=title))
    return [c.document.kind for c in contexts(path, None)]


def test_notes_titled_by_their_body_are_its_minutes(tmp_path):
    # "Notes of the Parish Liaison Forum" over its numbered items: the forum's minutes, not an
    # agenda for the meeting its details table names
    assert _page_kinds("Notes of the Parish Liaison Forum", tmp_path) == ["minutes"]


def test_agenda_page_of_the_same_layout_stays_an_agenda(tmp_path):
    # the guard: the meeting's agenda page, so titled, is read as ever
    assert _page_kinds("Agenda", tmp_path) == ["agenda"]


# ------------ a SharePoint version stamp over an agenda's masthead (r27j transport committee)

VERSIONED_AGENDA = """%% header OFFICIAL
{stamp}
## Harrowfield Combined Authority
** Transport Committee
Date:	Friday 16 March 2029
Time:	10.00 am
Venue:	Committee Room 1, Wellington House, Harrowfield
** AGENDA
| Item | Business | Lead | Page |
| 1 | Apologies for Absence | Chair | |
| 2 | Declarations of Interest | Chair | |
| 3 | Local Transport Plan 4: Consultation Draft | Director of Policy | 3 |
"""


def _agenda_date(stamp: str, tmp_path: Path) -> str:
    from heldout_support import rendered

    result = process_file(str(rendered(VERSIONED_AGENDA.format(stamp=stamp), tmp_path)))
    return next(str(d.meeting_date) for d in result.documents if d.kind == "agenda")


def test_version_stamp_date_is_not_the_meeting_date(tmp_path):
    stamp = "Version 7.0   Modified 08/03/2029 14:26 by Rhiannon Moss   Shared with: Governance"
    assert _agenda_date(stamp, tmp_path) == "2029-03-16"


def test_masthead_date_without_a_stamp_is_read_as_ever(tmp_path):
    assert _agenda_date("Harrowfield Combined Authority", tmp_path) == "2029-03-16"


# ------------ reports headed mid-page by their items' numbers (r27j Drupal meeting page)

REPORT = """** {n}. {title}
Report to:	Community and Environment Committee
Date of meeting:	7 March 2029
Report of:	Head of Community and Environment
** Purpose of the report
{purpose}
** Recommendation
That the Committee approves the {title_lower}.
** Background
{background}
"""
FILLER = ("The service has been reviewed against the council's plan and the options set out "
          "below were considered by officers before this recommendation was made. ")


def _inline_reports(tmp_path: Path) -> list[tuple[str, int, int]]:
    from heldout_support import rendered

    body = "".join(REPORT.format(n=n, title=t, title_lower=t.lower(), purpose=FILLER * 2,
                                 background=FILLER * 4)
                   for n, t in ((5, "Leisure Management Contract Extension"),
                                (6, "Dog Control Order Renewal"),
                                (7, "Allotment Rents Review")))
    pdf = rendered(body, tmp_path)
    return [(s.kind, s.page_from, s.page_to) for s in segment(load(pdf))]


def test_next_report_headed_mid_page_by_its_number_starts_there(tmp_path):
    # "6. Dog Control Order Renewal" over "Report to:", as "5. ..." was: the next paper
    segments = _inline_reports(tmp_path)
    assert len(segments) == 3 and all(kind == "report" for kind, _, _ in segments)


def test_numbered_section_of_a_report_starts_nothing(tmp_path):
    # the guard: a report's numbered sections have no report head's label under them
    from heldout_support import rendered

    text = REPORT.format(n=5, title="Leisure Management Contract Extension",
                         title_lower="extension", purpose=FILLER, background=FILLER) + (
        "** 6. Financial implications\nThe fee is within the leisure budget for 2029/30.\n")
    pdf = rendered(text, tmp_path)
    assert [s.kind for s in segment(load(pdf))] == ["report"]


def test_head_broken_over_the_page_goes_on_there(tmp_path):
    # "6. ..." over "Report to:" at a page's foot, its "Date of meeting:" atop the next page:
    # one paper, and "7. ..." mid-page the next
    from heldout_support import rendered

    first = REPORT.format(n=5, title="Leisure Management Contract Extension",
                          title_lower="extension", purpose=FILLER, background=FILLER)
    broken = ("** 6. Dog Control Order Renewal\nReport to:\tCommunity and Environment Committee\n"
              "--- page ---\nDate of meeting:\t7 March 2029\nReport of:\tHead of Community\n"
              f"** Purpose of the report\n{FILLER}\n")
    last = REPORT.format(n=7, title="Allotment Rents Review", title_lower="rents",
                         purpose=FILLER, background=FILLER)
    pdf = rendered(first + broken + last, tmp_path)
    assert [(s.kind, s.page_from, s.page_to) for s in segment(load(pdf))] == [
        ("report", 1, 1), ("report", 1, 2), ("report", 2, 2)]


# ------------ a parish risk assessment whose narrow columns break its header's words (r27j)

RISK_ASSESSMENT = """!! Item 6: Risk assessment 2029/30
The Council reviews its risk assessment each year. Each risk is scored for likelihood (1 rare to 5 almost certain) and impact (1 negligible to 5 severe); the score is likelihood x impact.
|% 1 2 5 1 1 1 5
| Ref | Area | Risk | Likelihood | Impact | Score | Control measures |
| R1 | Finance | Loss of cash or fraud | 1 | 4 | 4 | Two signatories on all payments; internal audit |
| R2 | Finance | Precept request missed or insufficient | 1 | 5 | 5 | Budget set in January |
| R3 | Assets | Injury from play equipment | 3 | 4 | 12 | Quarterly independent inspection |
| R4 | Assets | Trips on the village hall car park surface | 4 | 3 | 12 | Resurfacing booked for April 2029 |
** Recommendation
That the Council approves the risk assessment 2029/30.
"""  # noqa: E501


def _kinds_of(text: str, tmp_path: Path) -> list[str]:
    from heldout_support import rendered

    return [s.kind for s in segment(load(rendered(text, tmp_path)))]


def test_scored_risk_assessment_is_a_risk_register(tmp_path):
    # "Likeli" over "hood", "Impa" over "ct": no header read, the title and its scored risks say
    assert _kinds_of(RISK_ASSESSMENT, tmp_path) == ["risk_register"]


def test_risk_assessment_without_scored_risks_stays_a_report(tmp_path):
    # the guard: a report on a risk assessment that lists no scored risks is a report
    text = ("!! Item 6: Play area risk assessment\nThe annual inspection found no high risks; "
            "the likelihood and impact of injury were judged low.\n** Recommendation\n"
            "That the Council notes the play area risk assessment.\n")
    assert _kinds_of(text, tmp_path) == ["report"]
