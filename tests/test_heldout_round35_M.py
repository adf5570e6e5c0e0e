"""Held-out round 35, committee names and document kinds/dates: the misses fixed, each on a
small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page, rendered, source_lines
from kcc_papers.load import load


def _minutes_heading(heading: str) -> str:
    """A one-page minutes paper under ``heading`` (its first lines, the council's above)."""
    return source_lines(
        "%% header Ellesby Borough Council",
        "## ELLESBY BOROUGH COUNCIL",
        "!! Corporate Scrutiny Committee",
        heading,
        "Present: Councillor Nia Fenwick (Chair), Councillors Otto Harker and Lena Voss",
        "** CS/12 Apologies for Absence",
        "Apologies were received from Councillor Dev Anand.",
        "** CS/13 Call-In: Library Opening Hours",
        "RESOLVED - That the decision be referred back to the Executive for reconsideration.",
    )


# Minutes of a call-in: the kind of meeting named before "meeting of the" and the body.
def test_the_kind_of_meeting_before_meeting_of_the_is_no_part_of_the_name(
        tmp_path: Path) -> None:
    paper = _minutes_heading(
        "MINUTES of the Call-In meeting of the Corporate Scrutiny Committee held in the Civic"
        " Hall, Ellesby on Tuesday 9 June 2026 at 6.30 pm")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-06-09", "Corporate Scrutiny Committee")]


def test_a_body_before_meeting_of_the_stays_the_name(tmp_path: Path) -> None:
    # (negative: the words before "meeting of the" are a body's, "the Executive meeting of
    # the 9th", not the kind of meeting: the name is not read from after them)
    paper = _minutes_heading(
        "MINUTES of the Corporate Scrutiny Committee meeting held in the Civic Hall, Ellesby"
        " on Tuesday 9 June 2026 at 6.30 pm")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-06-09", "Corporate Scrutiny Committee")]


# A text export of a joint meeting's minutes: the masthead names both committees, the
# heading's sentence only "the joint meeting".
JOINT_MINUTES = """HALTWICK DISTRICT COUNCIL

JOINT MEETING OF THE PLANNING COMMITTEE AND THE LICENSING COMMITTEE

MINUTES of the joint meeting held on Monday, 2 March 2026 at 6.00 pm in
the Council Chamber, Haltwick

PRESENT: Councillors Iris Moss (Chair), Sam Pryor and Jude Keane

J/1    APOLOGIES FOR ABSENCE

       Apologies were received from Councillor Ray Dunn.

J/2    STREET TRADING POLICY

       RESOLVED - That the draft street trading policy be approved for consultation.
"""


def test_a_joint_meeting_is_named_by_the_masthead_above_its_sentence(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(JOINT_MINUTES)
    assert documents_of(path) == [
        ("minutes", "2026-03-02",
         "Joint Meeting of the Planning Committee and the Licensing Committee")]


def test_a_body_in_small_letters_before_meeting_is_the_body(tmp_path: Path) -> None:
    # (negative: "the cabinet meeting" names a body in small letters, not a kind of meeting)
    path = tmp_path / "minutes.txt"
    path.write_text("HALTWICK DISTRICT COUNCIL\n\nMinutes of the cabinet meeting held on Monday,"
                    " 2 March 2026 at 6.00 pm\n\nPRESENT: Councillors Iris Moss (Chair) and"
                    " Sam Pryor\n\n1. APOLOGIES FOR ABSENCE\n\nNone were received.\n")
    assert documents_of(path) == [("minutes", "2026-03-02", "cabinet")]


# A town council's web page of an inquorate meeting: "called for" its date, never held.
INQUORATE_PAGE = html_page(
    "<h1>Amenities Committee</h1>",
    "<p>Minutes of the meeting of the Amenities Committee called for Thursday 5 February 2026"
    " at 7.30 pm at the Town Hall, Wexcombe.</p>",
    "<p>Present: Councillors Ada Rook and Bill Tarrant.</p>",
    "<h2>1. Quorum</h2>",
    "<p>The meeting was inquorate and no business was transacted.</p>",
)


def test_a_meeting_called_for_its_date_is_named_before_called_for(tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(INQUORATE_PAGE)
    assert documents_of(path) == [("minutes", "2026-02-05", "Amenities Committee")]


# A report's heading sentence: its author, then the body it goes to, wrapped over two lines.
AUTHOR_THEN_BODY = source_lines(
    "## Corporate Performance Report: Quarter 2 2026/27",
    "Report of the Deputy Chief Executive (Resources and Transformation) to the Environment and"
    " Communities Scrutiny Panel, 9 December 2026",
    "** 1. Purpose",
    "1.1 This report sets out the council's performance against its key performance indicators"
    " at the end of Quarter 2.",
)


def test_a_report_of_its_author_to_a_body_is_addressed_to_the_body(tmp_path: Path) -> None:
    (doc,) = documents_of(rendered(AUTHOR_THEN_BODY, tmp_path))
    assert doc[1:] == ("2026-12-09", "Environment and Communities Scrutiny Panel")


def test_a_report_of_its_author_to_a_person_is_addressed_to_no_body(tmp_path: Path) -> None:
    # (negative: a report to a cabinet member goes to the decision maker, no meeting)
    paper = AUTHOR_THEN_BODY.replace(
        "the Environment and Communities Scrutiny Panel, 9 December 2026",
        "the Cabinet Member for Resources")
    (doc,) = documents_of(rendered(paper, tmp_path))
    assert doc[2] is None


def test_a_report_of_its_author_to_a_body_by_its_kind_alone_leaves_it_to_the_masthead(
        tmp_path: Path) -> None:
    # (negative: "to the Board" names no board; the masthead over the report does)
    paper = source_lines(
        "## Wexley Fen Internal Drainage Board",
        "!! Wexley Fen Internal Drainage Board - 4 March 2027",
        "** Drainage Rates 2027/28",
        "Report of the Clerk to the Board",
        "1. The Board is asked to set the drainage rate for 2027/28.",
    )
    (doc,) = documents_of(rendered(paper, tmp_path))
    assert doc[1:] == ("2027-03-04", "Wexley Fen Internal Drainage Board")


# A body of members meeting as a whole: the kind of meeting before "meeting of the", then the
# members' word alone, which the running head over its pages names in full.
def test_a_kind_of_meeting_of_the_members_word_is_the_body_the_masthead_names(
        tmp_path: Path) -> None:
    paper = source_lines(
        "%% header Porthallow Harbour Commissioners",
        "MINUTES OF THE HALF-YEARLY MEETING OF THE COMMISSIONERS HELD IN THE HARBOUR OFFICE ON"
        " MONDAY 7 SEPTEMBER 2026 AT 10.00 AM",
        "Present: Mr Kit Penrose (Chair), Mrs Lowenna Hext and Mr Jory Tonkin",
        "** 21. Apologies",
        "None were received.",
        "--- page ---",
        "** 22. Moorings",
        "RESOLVED - That the mooring fees for 2027 be held at the 2026 rates.",
    )
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-09-07", "Porthallow Harbour Commissioners")]


# A web page whose cookie banner its style sheet fixes to the window by an id naming nothing.
def _page_with(banner_style: str) -> str:
    return (
        "<html><head><style>#bn{" + banner_style + ";bottom:0}</style></head><body>"
        '<div id="bn"><strong>Your privacy on wexcombe.gov.uk</strong> We would like to set'
        ' optional cookies. <a href="#">Accept</a> <a href="#">Reject</a></div>'
        "<h1>Minutes</h1>"
        "<p><strong>Amenities Committee</strong> - Thursday, 5 February 2026 at 7.30 pm</p>"
        "<p>Present: Councillors Ada Rook (Chair), Bill Tarrant and Cy Lowe.</p>"
        "<h2>1 Apologies for Absence</h2><p>None were received.</p>"
        "<h2>2 Allotment Rents</h2><p><strong>RESOLVED</strong> - that the rents be held.</p>"
        "</body></html>")


def test_an_element_fixed_to_the_window_is_no_part_of_the_paper(tmp_path: Path) -> None:
    path = tmp_path / "minutes.html"
    path.write_text(_page_with("position:fixed"))
    assert documents_of(path) == [("minutes", "2026-02-05", "Amenities Committee")]


def _page_text(html: str, tmp_path: Path) -> str:
    path = tmp_path / "page.html"
    path.write_text(html)
    return " ".join(line.text for page in load(path).pages for line in page.lines)


def test_a_banner_fixed_by_a_class_rule_or_inline_style_is_dropped(tmp_path: Path) -> None:
    page = _page_with("color:#fff").replace('<div id="bn">', '<div class="pop bar">').replace(
        "#bn{", ".bar{position:fixed;")
    assert "Your privacy" not in _page_text(page, tmp_path)
    inline = _page_with("color:#fff").replace('<div id="bn">',
                                              '<div style="position: fixed; top: 0">')
    assert "Your privacy" not in _page_text(inline, tmp_path)


def test_a_sticky_element_is_the_papers_own(tmp_path: Path) -> None:
    # (negative: a sticky element stays in the page's flow, kept in view, a table's header
    # row: the paper's words; and a rule fixing a descendant names no element alone)
    assert "Your privacy" in _page_text(_page_with("position:sticky"), tmp_path)
    nested = _page_with("color:#fff").replace("#bn{", "#app #bn{position:fixed;")
    assert "Your privacy" in _page_text(nested, tmp_path)
