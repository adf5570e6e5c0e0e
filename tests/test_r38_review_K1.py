"""Review of the round 38 fix for decisions web pages and HTML minutes (family K1): a class
word opening "consent" read as a consent banner though it was the word inflected (a planning
committee's "consents-table", a camel-case "consentsTable"); "Decisions published by <the
council or an officer> on <date>" read as the meeting's name and date, though without a
meeting's time it names who published the decisions and when; a resolution's number label read
past only in the one form ("Resolution 12/3:"), not in capitals, after "RESOLVED" or before a
dash; a "Decisions" page whose unnumbered items print their decision on the label's line
("Decision: That ...") named a list of decisions but read as one decision of its masthead.
Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of
from kcc_papers.load.html_dom import Element, is_chrome
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _page(sub: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Decisions - Fellbridge District Council</title>
</head><body><main><h1>Decisions</h1>
{sub}
<h3>1. Sale of the Old Depot</h3>
<p><strong>Decision:</strong></p>
<p>That the Old Depot, Quarry Road, be sold to the highest bidder.</p>
<h3>2. Community Hall Lease</h3>
<p><strong>Decision:</strong></p>
<p>That the lease of the Community Hall be approved.</p>
<p>Contact: Democratic Services, 01632 960 222.</p>
</main></body></html>"""


def test_regression_consents_class_is_content() -> None:
    """Before, any class or id word opening "consent" was chrome, so a planning page's table
    of consents ("consents-table", "listed-building-consents", "consentsTable") was dropped
    with the cookie banner. The word itself inflected names content; a word run on past it
    into another ("consentbanner", "cookiebar") is still the banner."""
    for content in ("consents-table", "listed-building-consents", "consented-schemes",
                    "consentsTable"):
        assert not is_chrome(Element("div", {"class": content})), content
    for chrome in ("consentbanner", "cookiebar", "site-cookienotice", "COOKIEBAR", "consent"):
        assert is_chrome(Element("div", {"class": chrome})), chrome


def test_regression_published_by_publisher_is_no_meeting(tmp_path: Path) -> None:
    """Before, "Decisions published by Fellbridge District Council on Friday 12 March 2027"
    named the council as the meeting and dated it by the day of publication, over the
    meeting's own line under it. "Published by" names the meeting only where its time follows
    the date, as a meeting's heading prints it; the publisher's line is read past."""
    path = tmp_path / "p.html"
    path.write_text(_page("<p>Decisions published by Fellbridge District Council on Friday 12 "
                          "March 2027</p>\n<h2>Cabinet, Tuesday 9 March 2027</h2>"))
    assert documents_of(path) == [("decision", "2027-03-09", "Cabinet")]
    path.write_text(_page("<p>Decisions published by the Chief Executive on Friday 12 March "
                          "2027</p>"))
    assert [d[1:] for d in documents_of(path)] == [(None, None)]
    path.write_text(_page("<p>Decisions published by Licensing Committee on Tuesday, 9th March, "
                          "2027 10.00 am</p>"))
    assert documents_of(path) == [("decision", "2027-03-09", "Licensing Committee")]


def test_regression_resolution_number_label_in_minute_styles() -> None:
    """Before, a resolution's number was read past only as "Resolution 12/3: ...": set in
    capitals as a minute's labels are, after the minute's "RESOLVED –", or with a dash, the
    number's label was read as words of the resolution, and "That approval of ... be deferred"
    was approved. Each is now read past (the "RESOLVED" label kept)."""
    for text in ("RESOLUTION 13/1: That approval of the Better Care Fund plan be deferred.",
                 "RESOLVED – Resolution 14/1: That approval of the joint strategy be deferred.",
                 "Resolution 15/1 – That approval of the annual report be deferred."):
        assert classify_outcome(text) == "deferred", text
    assert classify_outcome("RESOLVED: Resolution 3: That the item be NOT AGREED.") == "rejected"
    # (a decision's number over its title, no resolution's words, decides nothing)
    assert classify_outcome("Decision 2 - Fleet Replacement") == "other"


def test_regression_unnumbered_items_decision_on_label_line(tmp_path: Path) -> None:
    """Before, a page titled "Decisions" whose items' headings carry no number was parted by
    them only where each "Decision:" label stood alone; where an item's decision followed its
    label on the line ("Decision: That ..."), the page (named a list of decisions by its
    title) was read as one decision of its masthead's words, its items' decisions missed. The
    title line above each label heads its item whether the decision is on the label's line or
    under it."""
    path = tmp_path / "p.html"
    path.write_text(_page("<h2>Cabinet, Tuesday 9 March 2027</h2>")
                    .replace("<h3>1. ", "<h3>").replace("<h3>2. ", "<h3>")
                    .replace("</strong></p>\n<p>That the lease", "</strong> That the lease"))
    assert [(d.decision_text, d.outcome, d.title) for d in process_file(str(path)).records
            if isinstance(d, Decision)] == [
        ("That the Old Depot, Quarry Road, be sold to the highest bidder.", "other",
         "Sale of the Old Depot"),
        ("That the lease of the Community Hall be approved.", "approved",
         "Community Hall Lease"),
    ]
