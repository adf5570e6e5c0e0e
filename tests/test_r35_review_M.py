"""Review of round 35's fix M (committee names and document kinds): the cases the review found
read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines


def _minutes_heading(heading: str) -> str:
    """A one-page minutes paper under ``heading`` (its council's and committee's lines above)."""
    return source_lines(
        "%% header Ellesby Borough Council",
        "## ELLESBY BOROUGH COUNCIL",
        "!! Corporate Scrutiny Committee",
        heading,
        "Present: Councillor Nia Fenwick (Chair), Councillors Otto Harker and Lena Voss",
        "** CS/12 Apologies for Absence",
        "Apologies were received from Councillor Dev Anand.",
        "** CS/13 Library Opening Hours",
        "RESOLVED - That the opening hours be extended.",
    )


# Minutes headings: the words before "meeting of the" say what kind of meeting it was.
def test_regression_a_joint_meeting_keeps_its_name(tmp_path: Path) -> None:
    # ("Joint" is no kind to drop: the joint meeting of two bodies is what met)
    paper = _minutes_heading(
        "Minutes of the Joint meeting of the Audit Committee and the Standards Committee held"
        " on Tuesday 19 May 2026 at 6.30 pm")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-05-19",
         "Joint meeting of the Audit Committee and the Standards Committee")]


def test_regression_a_special_budget_meeting_is_the_councils(tmp_path: Path) -> None:
    # (a listed kind, "Special", then a kind of the fixer's, "Budget": both said before the body)
    paper = _minutes_heading(
        "Minutes of the Special Budget meeting of the Council held on Tuesday 19 May 2026 at"
        " 6.30 pm")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("minutes", "2026-05-19", "Ellesby Borough Council")]


def test_regression_a_meeting_of_the_date_names_no_body_after_it(tmp_path: Path) -> None:
    # ("the Scrutiny meeting of the 4th March 2026": a date after "of the", no body's name)
    paper = _minutes_heading("Minutes of the Scrutiny meeting of the 4th March 2026")
    ((kind, date, committee),) = documents_of(rendered(paper, tmp_path))
    assert (kind, date) == ("minutes", "2026-03-04")
    assert committee is not None and "March" not in committee


# Reports: "Report of <author> to <body>" as a report's heading sentence.
def _report(line: str, *text: str) -> str:
    return source_lines(
        "%% header Ellesby Borough Council",
        "!! Resources Scrutiny Panel - 9 December 2026",
        "## Corporate Performance Report: Quarter 2 2026/27",
        *([line] if line else []),
        "** 1. Purpose",
        "1.1 This report sets out the council's performance against its key performance"
        " indicators at the end of Quarter 2.",
        *text,
    )


def test_regression_a_background_paper_is_no_address(tmp_path: Path) -> None:
    # (a report listed under "Background Papers" went to another meeting: the paper's own
    # meeting is its masthead's)
    paper = _report("", "** Background Papers",
                    "Report of the Director of Resources to Cabinet, 14 July 2025 - Medium Term"
                    " Financial Strategy")
    assert documents_of(rendered(paper, tmp_path)) == [
        ("performance_report", "2026-12-09", "Resources Scrutiny Panel")]


def test_regression_a_report_to_a_committees_chair_is_to_a_person(tmp_path: Path) -> None:
    for to in ("the Chair of the Audit Committee", "the Audit Committee Chair"):
        paper = _report(f"Report of the Director of Resources to {to}")
        assert documents_of(rendered(paper, tmp_path)) == [
            ("performance_report", "2026-12-09", "Resources Scrutiny Panel")], to


def test_regression_a_body_by_its_kind_alone_then_its_date_is_the_mastheads(
        tmp_path: Path) -> None:
    # ("to the Committee on 4 March 2027": the kind alone, its date after it, names no body)
    for to in ("the Committee on 4 March 2027", "the Panel 4 March 2027"):
        paper = _report(f"Report of the Clerk to {to}")
        assert documents_of(rendered(paper, tmp_path)) == [
            ("performance_report", "2026-12-09", "Resources Scrutiny Panel")], to


def test_regression_an_undated_report_of_line_keeps_its_mastheads_date(tmp_path: Path) -> None:
    # (the heading sentence names the body the masthead names and dates: that meeting's date)
    paper = source_lines(
        "%% header Ellesby Borough Council",
        "!! Planning Committee - 4 March 2027",
        "## Local Plan Update",
        "Report of the Head of Planning to the Planning Committee",
        "** 1. Purpose",
        "1.1 This report updates members on the local plan timetable and its next steps.",
    )
    assert documents_of(rendered(paper, tmp_path)) == [
        ("report", "2027-03-04", "Planning Committee")]


# Web pages: an element fixed to the window that holds the paper's own matter.
_MINUTES = ("<p>Present: Councillors Ada Rook (Chair), Bill Tarrant and Cy Lowe.</p>"
            "<h2>1 Apologies for Absence</h2><p>None were received.</p>"
            "<h2>2 Allotment Rents</h2><p><strong>RESOLVED</strong> - that the rents be held.</p>")
_TITLE = ("<h1>Minutes</h1>"
          "<p><strong>Amenities Committee</strong> - Thursday, 5 February 2026 at 7.30 pm</p>")


def _page(style: str, body: str, tmp_path: Path) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "minutes.html"
    path.write_text(f"<html><head><style>{style}</style></head><body>{body}</body></html>")
    return documents_of(path)


def test_regression_a_fixed_header_naming_the_committee_is_the_papers(tmp_path: Path) -> None:
    header = ("<div class='hdr'><h1>Amenities Committee</h1>"
              "<p>Thursday, 5 February 2026 at 7.30 pm</p></div>")
    assert _page(".hdr{position:fixed;top:0}", header + _MINUTES, tmp_path) == [
        ("minutes", "2026-02-05", "Amenities Committee")]


def test_regression_content_in_a_fixed_box_is_the_papers(tmp_path: Path) -> None:
    # (the whole content in a box fixed and scrolled; a class a rule fixes for a banner too)
    want = [("minutes", "2026-02-05", "Amenities Committee")]
    assert _page("#main{position:fixed;top:60px;bottom:0;overflow:auto}",
                 f"<div id='main'>{_TITLE}{_MINUTES}</div>", tmp_path) == want
    assert _page(".panel{position:fixed;right:0}",
                 f"<div class='panel'>Cookie settings</div>"
                 f"<div class='panel main'>{_TITLE}{_MINUTES}</div>", tmp_path) == want
    assert _page("", f"<div style='position:fixed;inset:0;overflow-y:scroll'>{_TITLE}{_MINUTES}"
                 "</div>", tmp_path) == want
