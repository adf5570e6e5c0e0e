"""Regression tests for the misses of held-out round 41's family K1 (decisions web pages and
decision notices): a decision whose words record that a recommendation was not agreed; one
office holder's decisions titled with the day they were taken; "Decision made: <date>" under
such a title; ModernGov's heading "Decisions published for <body> on <date>"; an item's title
holding a colon over its "Decision:". Small pages in other councils' words, each rule with a
guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_and_decisions, html_page
from kcc_papers.normalise.outcomes import classify_outcome

_BANNER = ("<div class='cookie-banner'><p>We use cookies on this website.</p>"
           "<button>Accept</button></div>")


def _page(tmp_path: Path, *parts: str) -> Path:
    path = tmp_path / "decisions.html"
    path.write_text(html_page(_BANNER, *parts), encoding="utf-8")
    return path


def test_decision_opening_on_a_refused_recommendation_is_rejected(tmp_path: Path) -> None:
    """Before, an item's "Decision:" reading "The recommendation to close ... at £2.50 ...
    was not agreed." was read ``agreed`` (its first verb), though the page's status said
    rejected: "recommendation" named in full was read as refused only after "put to the
    vote", and a decimal point ended the sentence for the unlabelled items' reader. Words
    opening on a recommendation, proposal or motion named in full and not agreed (rejected,
    refused, lost) now refuse it; a refusal by another, or cited in a clause, does not."""
    path = _page(
        tmp_path,
        "<h1>Decisions</h1>",
        "<h2>Place Scrutiny Panel - Monday, 8th March, 2027 6.30 pm</h2>",
        "<h3>14. Car Parking Charges at Country Parks</h3>",
        "<p><strong>Decision:</strong></p>",
        "<p>The recommendation to introduce a daily parking charge of £2.50 at the three "
        "country parks from 1 June 2027 was not agreed.</p>",
        "<h3>15. Public Conveniences Review</h3>",
        "<p><strong>Decision:</strong></p>",
        "<p>That the review of public conveniences be noted.</p>",
    )
    _, decisions = documents_and_decisions(path)
    assert [(text[:40], outcome) for _, text, outcome in decisions] == [
        ("The recommendation to introduce a daily ", "rejected"),
        ("That the review of public conveniences b", "noted"),
    ]
    for words in ("The officers' recommendation that the library close on Mondays was not "
                  "supported.",
                  "The proposal to reduce the grant to 1.5 posts was rejected (3 for, 5 "
                  "against).",
                  "A motion that the Council withdraw from the partnership was lost."):
        assert classify_outcome(words) == "rejected", words
    for words in ("The recommendation that the site be allocated was not agreed by the "
                  "Secretary of State and the Committee noted the letter.",
                  "That the recommendation that the site be allocated, which was not agreed "
                  "by the Scrutiny Committee, be approved.",
                  "The recommendation that the fees be frozen was not agreed at the last "
                  "meeting but was approved today."):
        assert classify_outcome(words) != "rejected", words
