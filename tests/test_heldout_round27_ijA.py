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
