"""Review of the round 40 fix for web pages of a body's decisions (family K1): a body's name
listing its words with commas ("Audit, Standards and Governance Committee") was read only in
"Decisions of the <body>", not where the title sets "Decisions:" before it or "decisions of
<date>" after it, and a name joining words with "and" not in the latter at all; "the" before
the body after "Decisions -" was read as part of its name when capitalised. Small pages in
other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_page
from kcc_papers.classify.decision_lists import DECISIONS_TITLE
from kcc_papers.extract.meetings.sentences import decisions_taken
from kcc_papers.models import Decision
from kcc_papers.pipeline import process_file


def test_regression_listed_body_name_in_one_line_decisions_title(tmp_path: Path) -> None:
    """Before, "Decisions: Audit, Standards and Governance Committee, Thursday 4 November
    2027" named no meeting and did not title a decisions page, and "Audit, Standards and
    Governance Committee: decisions of 12 October 2027" (or "Waste and Recycling Committee:
    decisions of ...") named none either: the listed name was read only after "Decisions of
    the". Every title form now reads it."""
    for title in ("Decisions: Audit, Standards and Governance Committee, Thursday 4 November "
                  "2027", "Audit, Standards and Governance Committee: decisions of 4 November "
                  "2027"):
        assert DECISIONS_TITLE.search(title), title
        found = decisions_taken([title])
        assert found["committee"] == "Audit, Standards and Governance Committee", title
        assert str(found["meeting_date"]) == "2027-11-04", title
    assert decisions_taken(["Waste and Recycling Committee: decisions of 4 November 2027"])[
        "committee"] == "Waste and Recycling Committee"
    path = tmp_path / "decisions.html"
    path.write_text(html_page(
        "<h1>Decisions: Audit, Standards and Governance Committee, Thursday 4 November 2027</h1>",
        "<h2>1. Internal audit plan 2028/29</h2>",
        "<p>Decision: That the internal audit plan for 2028/29 be approved.</p>",
        "<h2>2. Annual governance statement</h2>",
        "<p>Decision: That the draft annual governance statement be noted.</p>",
    ), encoding="utf-8")
    docs = [(d.kind, str(d.meeting_date), d.committee)
            for d in process_file(str(path)).documents]
    assert docs == [("decision", "2027-11-04", "Audit, Standards and Governance Committee")]


def test_regression_the_before_body_after_decisions_dash() -> None:
    """Before, "Decisions – The Cabinet, 3 May 2027" named "The Cabinet"; "the" opening the
    name is no part of it, in capitals or not."""
    assert decisions_taken(["Decisions – The Cabinet, 3 May 2027"])["committee"] == "Cabinet"
    assert decisions_taken(["Decisions - the Cabinet, 3 May 2027"])["committee"] == "Cabinet"


def test_regression_moderngov_page_opening_with_an_item_of_no_status(tmp_path: Path) -> None:
    """Before, ModernGov's page of decisions whose first item prints no status ("Minutes of
    the previous meeting" / "Decision:" / "That ...") was read as a page whose statuses close
    the decisions above them, and every titled item after it was lost. That reading now also
    needs a status line's item line to be directly under a "Decision:" label (the decision
    it closes); each title over its status still lists a decision."""
    path = tmp_path / "decisions.html"
    path.write_text(html_page(
        "<h1>Decisions published for Cabinet, Tuesday 7 March 2028</h1>",
        "<h2>Minutes of the previous meeting</h2>", "<p>Decision:</p>",
        "<p>That the minutes of the meeting held on 7 February 2028 be approved.</p>",
        "<h2>Library opening hours</h2>",
        "<p>Decision status: Recommendations approved</p>", "<p>Is Key decision?: No</p>",
        "<p>Decision:</p>", "<p>That the library opening hours be approved.</p>",
        "<h2>Leisure centre roof</h2>",
        "<p>Decision status: Recommendations approved</p>", "<p>Decision:</p>",
        "<p>That the roof works be approved.</p>",
    ), encoding="utf-8")
    texts = [d.decision_text for d in process_file(str(path)).records
             if isinstance(d, Decision)]
    assert "That the library opening hours be approved." in texts
    assert "That the roof works be approved." in texts
