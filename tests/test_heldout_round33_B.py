"""Held-out round 33, documents of Kent's committees, decision lists, audit and finance: the
misses fixed, each on a small paper written in the layout that showed it."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, html_page

# A ModernGov minutes page: its title "Minutes of <body>" over the meeting's date line, no
# "held" sentence; the body is the name after "Minutes of", not the title.
MINUTES_TITLE_PAGE = html_page(
    "<p>Accept all cookies</p><p>Harrowfield District Council</p>",
    "<p>Home</p><p>&gt;</p><p>Committees</p><p>&gt;</p><p>Licensing Committee</p>",
    "<h1>Minutes of Licensing Committee</h1>",
    "<p>Thursday, 6th March, 2025 6.30 pm</p>",
    "<p>Venue: Council Chamber, Harrowfield.</p>",
    "<p>Attendance</p><p>Present: Councillors Ames (Chair), Brook and Cole.</p>",
    "<p>Items</p><p>LC 12</p><p>Apologies for Absence</p><p>None were received.</p>",
    "<p>LC 13</p><p>Minutes</p><p>Resolved: That the Minutes of the meeting held on 9 January"
    " 2025 be approved.</p>",
)


def test_a_minutes_title_over_its_date_names_the_body_after_minutes_of(
        tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(MINUTES_TITLE_PAGE)
    assert documents_of(page)[-1] == ("minutes", "2025-03-06", "Licensing Committee")


# (negative) a title naming the body with no "Minutes of": kept whole, not cut
NAMED_TITLE_PAGE = MINUTES_TITLE_PAGE.replace("Minutes of Licensing Committee",
                                              "Licensing Committee")


def test_a_body_title_without_minutes_of_is_kept_whole(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NAMED_TITLE_PAGE)
    assert documents_of(page)[-1] == ("minutes", "2025-03-06", "Licensing Committee")


# A unitary council's report in a text export: the council's name (no "Borough" or
# "District" in it), then its body named by its one word, then the meeting's date.
EXECUTIVE_UNDER_COUNCIL = "\n".join([
    "Marlstone Council", "", "EXECUTIVE", "", "12 March 2031", "",
    "Report of the Director of Resources", "", "TREASURY OUTTURN 2030/31", "",
    "1.    PURPOSE OF REPORT", "",
    "1.1   To report the treasury management outturn for the year.", "",
    "2.    RECOMMENDATIONS", "",
    "2.1   That the Executive notes the outturn.", ""])


def test_a_one_word_body_under_the_councils_name_is_the_meeting(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(EXECUTIVE_UNDER_COUNCIL)
    assert documents_of(paper)[-1] == ("report", "2031-03-12", "Executive")


# (negative) a committee named in full under the council's name stays that committee
def test_a_named_committee_under_the_councils_name_is_kept(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(EXECUTIVE_UNDER_COUNCIL.replace("EXECUTIVE", "AUDIT COMMITTEE")
                     .replace("the Executive", "the Committee"))
    assert documents_of(paper)[-1] == ("report", "2031-03-12", "Audit Committee")
