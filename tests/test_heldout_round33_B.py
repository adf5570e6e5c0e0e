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
