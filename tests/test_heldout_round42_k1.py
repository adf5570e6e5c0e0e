"""Regression tests for the misses of held-out round 42's family K1 (decisions pages and
decisions in minutes): a decisions page headed "Decisions for <body>, <date>, <time>" (no
"published"); ... Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_page_file, documents_and_decisions

_BANNER = ("<div id='cookies'><p>This site uses cookies to remember your choices.</p>"
           "<button>OK</button></div>")


def _page(tmp_path: Path, *parts: str) -> Path:
    return decisions_page_file(tmp_path, _BANNER, *parts)


def test_decisions_for_body_and_date_titles_a_decisions_page(tmp_path: Path) -> None:
    """Before, a page headed "Decisions for Licensing Sub-Committee, Tuesday, 7th March,
    2028, 2.00 pm" (ModernGov's heading without "published") was classed ``other``, and
    under a "Decisions" title its committee read "Decisions for ..." (the masthead's whole
    line). The heading now titles a meeting's decisions page and names its body and date,
    "for" naming the meeting as after "published for"; a sentence about decisions for a
    body, not its whole line the body and a date, does neither."""
    path = _page(
        tmp_path,
        "<h1>Decisions for Licensing Sub-Committee, Tuesday, 7th March, 2028, 2.00 pm</h1>",
        "<h2>14. Street Trading Consent Fees 2028/29</h2>",
        "<p><strong>Decision:</strong></p>",
        "<p>RESOLVED that the street trading consent fees for 2028/29 be approved.</p>",
        "<h2>15. Sex Establishment Policy</h2>",
        "<p><strong>Decision:</strong></p>",
        "<p>RESOLVED that the revised policy be deferred to the next meeting.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2028-03-07", "Licensing Sub-Committee")]
    assert [(text[:30], outcome) for _, text, outcome in decisions] == [
        ("RESOLVED that the street tradi", "approved"),
        ("RESOLVED that the revised poli", "deferred"),
    ]
    titled = _page(
        tmp_path,
        "<h1>Decisions</h1>",
        "<p>Decisions for Harbour Board, Friday 3 March 2028 10.00 am</p>",
        "<h2>4. Mooring Charges</h2>",
        "<p><strong>Decision:</strong></p>",
        "<p>RESOLVED that the mooring charges for 2028/29 be approved.</p>",
    )
    docs, _ = documents_and_decisions(titled)
    assert docs == [("decision", "2028-03-03", "Harbour Board")]
    guard = _page(
        tmp_path,
        "<h1>Street trading in the town centre</h1>",
        "<p>Decisions for the Licensing Sub-Committee on street trading are taken in public "
        "and are listed on 2 March 2028.</p>",
        "<p>Decision: none yet.</p>",
    )
    docs, _ = documents_and_decisions(guard)
    assert docs[0][0] != "decision" and docs[0][2] is None
