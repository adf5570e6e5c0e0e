"""Regression tests for the misses of held-out round 38's family K1 (decisions web pages and
HTML minutes): a decisions page titled "Decisions" alone over the meeting's body and date, its
items each labelling their "Decision:"; its cookie banner in a class word run together
("cookiebar"); its sub-title "Decisions published by <body> on <date>" or "Decisions of the
<name joined by 'and'> Sub-Committee, <date>"; its items' headings unnumbered over their label
alone; and a minutes page's resolutions numbered "Resolution XX/2027/03:" before their words.
Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of
from kcc_papers.load.html_dom import Element, is_chrome
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file


def _decisions(path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in process_file(str(path)).records
            if isinstance(d, Decision)]


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(text)
    return path


def _page(banner: str, title: str, sub: str, items: str) -> str:
    return f"""<!DOCTYPE html><html><head><title>Decisions - Mossford Borough Council</title>
</head><body>{banner}
<main><h1>{title}</h1>
{sub}
<p>Decisions published on Friday 12 March 2027.</p>
{items}
<p>Contact: Member Services, 01632 960 111.</p>
</main></body></html>"""


_NUMBERED_ITEMS = """
<h3>1. Minutes</h3>
<p><strong>Decision:</strong></p>
<p>That the minutes of the meeting held on 14 January 2027 be approved as a correct record.</p>
<h3>2. Motion - Allotment Waiting Lists</h3>
<p>Moved by Councillor A. Brent. A vote was taken: For 9, Against 21.</p>
<p><strong>Decision:</strong></p>
<p>The motion "That this Council creates forty new allotment plots at Lark Lane by 2028" was
LOST.</p>
<h3>3. Recommendation from Cabinet - Parking Tariffs</h3>
<p><strong>Decision:</strong></p>
<p>That consideration of the parking tariffs be deferred to the next meeting of the Council.</p>
"""


def test_decisions_alone_title_over_meeting_line(tmp_path: Path) -> None:
    """Before, a page titled "Decisions" alone, the meeting's name and date on the line under
    it and each item's decision under a "Decision:" label, was read as no paper ("other"): no
    title clue named it a list of decisions. The title "Decisions" alone over items labelling
    their decisions now names it one; the line under it dates it; the masthead's "Decisions"
    is not read as the first item's label."""
    path = _written(tmp_path, _page("", "Decisions", "<h2>Council, Thursday 11 March 2027</h2>",
                                    _NUMBERED_ITEMS))
    assert [d[:2] for d in documents_of(path)] == [("decision", "2027-03-11")]
    assert _decisions(path) == [
        ("That the minutes of the meeting held on 14 January 2027 be approved as a correct "
         "record.", "approved"),
        ('The motion "That this Council creates forty new allotment plots at Lark Lane by '
         '2028" was LOST.', "rejected"),
        ("That consideration of the parking tariffs be deferred to the next meeting of the "
         "Council.", "deferred"),
    ]


def test_decisions_alone_title_needs_decision_labels(tmp_path: Path) -> None:
    """Guard: a page titled "Decisions" whose items label no "Decision:" (a news page about
    decisions) is still no decision paper."""
    items = "<h3>1. Parking</h3><p>The council has changed its parking charges.</p>" * 2
    path = _written(tmp_path, _page("", "Decisions", "<h2>Council, Thursday 11 March 2027</h2>",
                                    items))
    assert [d[0] for d in documents_of(path)] == ["other"]


def test_cookie_class_word_run_together_is_chrome() -> None:
    """Before, a cookie banner whose id ran its words together ("cookiebar") was kept as the
    page's text, and became its title. A class or id word opening with "cookie" or "consent"
    is now the site's chrome; a word merely holding it later is not."""
    assert is_chrome(Element("div", {"id": "cookiebar"}))
    assert is_chrome(Element("div", {"class": "consentbanner"}))
    assert not is_chrome(Element("div", {"class": "fortunecookie-results"}))
    assert not is_chrome(Element("div", {"class": "decisionlist"}))


def test_published_by_body_names_meeting(tmp_path: Path) -> None:
    """Before, "Decisions published by <body> on <date>" (not "for") named no meeting; and the
    banner hid the title. It now gives the body and the date."""
    banner = ('<div id="cookiebar"><p>This site uses cookies to improve it.</p>'
              '<button>OK</button></div>')
    sub = ('<p class="mgSubTitleTxt">Decisions published by Leisure Committee on Monday, '
           '8th March, 2027 7.00 pm</p>')
    path = _written(tmp_path, _page(banner, "Decisions", sub, _NUMBERED_ITEMS))
    assert documents_of(path) == [("decision", "2027-03-08", "Leisure Committee")]


_UNNUMBERED_ITEMS = """
<h3>Old Library, Bridge Street - disposal</h3>
<p><strong>Decision:</strong></p>
<p>That the Old Library, Bridge Street, be sold at auction with a reserve of £180,000.</p>
<p><strong>Decision status:</strong> Recommendations approved</p>
<h3>Depot Yard - proposed purchase</h3>
<p><strong>Decision:</strong></p>
<p>That the proposal to buy the Depot Yard be not approved.</p>
<p><strong>Decision status:</strong> Recommendations rejected</p>
"""


def test_unnumbered_item_headings_over_lone_labels(tmp_path: Path) -> None:
    """Before, a decisions page whose items' headings carry no number, each over its
    "Decision:" label alone (the item's status printed last), was read as one record: its
    sub-title became the decision. The line above each lone label, a title, now heads its
    item; "Decisions of the <name with 'and'> Sub-Committee, <date>" names the meeting."""
    sub = "<h2>Decisions of the Land and Buildings Sub-Committee, Tuesday, 9th March, 2027</h2>"
    path = _written(tmp_path, _page("", "Decisions", sub, _UNNUMBERED_ITEMS))
    assert documents_of(path) == [("decision", "2027-03-09", "Land and Buildings Sub-Committee")]
    assert _decisions(path) == [
        # (its verb "sold" names no outcome; the status printed after it, "Recommendations
        # approved", does: test_regression_s52_decision_status)
        ("That the Old Library, Bridge Street, be sold at auction with a reserve of £180,000.",
         "approved"),
        ("That the proposal to buy the Depot Yard be not approved.", "rejected"),
    ]


def test_unnumbered_heads_need_a_title_above_each_label(tmp_path: Path) -> None:
    """Guard: where a label has a sentence above it (a stop closing it), not a title, the
    items are not parted by the lines above their labels."""
    items = _UNNUMBERED_ITEMS.replace("<h3>Depot Yard - proposed purchase</h3>",
                                      "<p>Members discussed the purchase at length.</p>")
    sub = "<h2>Decisions of the Land and Buildings Sub-Committee, Tuesday, 9th March, 2027</h2>"
    path = _written(tmp_path, _page("", "Decisions", sub, items))
    texts = [t for t, _ in _decisions(path)]
    assert "That the proposal to buy the Depot Yard be not approved." not in texts


def test_resolution_number_label_read_past() -> None:
    """Before, a resolution numbered before its words ("Resolution HWB/2027/03: That approval
    of ... be deferred") was read from its label, so "approval" decided it. Its number's label
    is now read past; a resolution without a figure in its label is read as before."""
    assert classify_outcome("Resolution PB/2027/07: That approval of the draft plan be "
                            "deferred to the next meeting.") == "deferred"
    assert classify_outcome("Resolution 12: That the report be noted.") == "noted"
    assert classify_outcome("Resolution PB/2027/08: That the strategy be approved.") == "approved"
