"""Regression tests for the misses of held-out round 41's family K1 (decisions web pages and
decision notices): a decision whose words record that a recommendation was not agreed; one
office holder's decisions titled with the day they were taken; "Decision made: <date>" under
such a title; ModernGov's heading "Decisions published for <body> on <date>"; an item's title
holding a colon over its "Decision:". Small pages in other councils' words, each rule with a
guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_page_file, documents_and_decisions
from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.extract.decisions.colon_titles import colon_title
from kcc_papers.normalise.outcomes import classify_outcome

_BANNER = ("<div class='cookie-banner'><p>We use cookies on this website.</p>"
           "<button>Accept</button></div>")


def _page(tmp_path: Path, *parts: str) -> Path:
    return decisions_page_file(tmp_path, _BANNER, *parts)


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


def test_office_holders_title_with_its_day_of_decision(tmp_path: Path) -> None:
    """Before, "Decisions of the Portfolio Holder for Leisure and Culture, 9 September 2027"
    (the day of decision after a comma) was classed ``other`` and nothing was read: only a
    title ending at the portfolio named one person's record. The day after it, set apart by
    a comma, a spaced dash or "on", now leaves it one person's record (no committee, no
    meeting date); a body's name and date stay a body's."""
    path = _page(
        tmp_path,
        "<h1>Decisions of the Portfolio Holder for Leisure and Culture, 9 September 2027</h1>",
        "<h2>1. Museum opening hours</h2>",
        "<p><strong>Decision:</strong> That the museum open on Sundays from 1 October 2027.</p>",
        "<h2>2. Leisure centre fees</h2>",
        "<p><strong>Decision:</strong> That the proposed increase in swimming fees be "
        "deferred.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", None, None)]
    assert [(text, outcome) for _, text, outcome in decisions] == [
        ("That the museum open on Sundays from 1 October 2027.", "other"),
        ("That the proposed increase in swimming fees be deferred.", "deferred"),
    ]
    # (a director's dash before a date sets off no service, but the day of decision: "...
    # Director – 14 March 2028", which round 40's review L1 read as no one's title, is the
    # director's record of that day)
    for title in ("Decisions of the Leader of the Council - Thursday 4 March 2027",
                  "Decisions of the Director – 14 March 2028",
                  "Decisions taken by the Executive Member for Housing on 12th May 2027",
                  "Decisions of the Corporate Director, Place, 3 May 2027"):
        assert office_holders_title(title), title
    for title in ("Decisions of the Cabinet, 9 September 2027",
                  "Decisions of the Head of Service Panel, 3 May 2027",
                  "Decisions of the Cabinet Member for Housing, 2027"):
        assert not office_holders_title(title), title


def test_decision_made_date_is_no_decision(tmp_path: Path) -> None:
    """Before, "Decision made: 9 September 2027" under an office holder's title was read as
    every item's "Decision made:" label (an officer's record's label for the decision), each
    item's decision the date line. A "Decision made:" or "Decision taken:" whose value is a
    date is the day of decision; over words it is the decision still."""
    path = _page(
        tmp_path,
        "<h1>Decisions of the Cabinet Member for Highways</h1>",
        "<p>Decision made: 9 September 2027 | Call-in deadline: 16 September 2027</p>",
        "<h2>1. Winter gritting routes</h2>",
        "<p><strong>Decision:</strong> That the revised gritting routes be approved.</p>",
        "<h2>2. School crossing patrols</h2>",
        "<p><strong>Decision:</strong> That the review of school crossing patrols be "
        "deferred.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", None, None)]
    assert [(text, outcome) for _, text, outcome in decisions] == [
        ("That the revised gritting routes be approved.", "approved"),
        ("That the review of school crossing patrols be deferred.", "deferred"),
    ]
    guard = _page(
        tmp_path,
        "<h1>Record of Officer Decision</h1>",
        "<p>Decision taken: To extend the cleaning contract with Brightway Ltd to 31 March "
        "2028.</p>",
        "<p>Reasons for the decision: The service is needed while a new contract is let.</p>",
    )
    _, decisions = documents_and_decisions(guard)
    assert [text for _, text, _ in decisions] == [
        "To extend the cleaning contract with Brightway Ltd to 31 March 2028."]


def test_decisions_published_for_body_on_date_titles_a_decisions_page(tmp_path: Path) -> None:
    """Before, a page headed "Decisions published for Licensing Committee on Tuesday, 2
    March 2027" (ModernGov's heading, with no "Decisions" title over it) was classed
    ``other``: no decision, no meeting. The heading now titles a meeting's decisions page,
    naming its body and date; a sentence of when decisions were published does not."""
    path = _page(
        tmp_path,
        "<h1>Decisions published for Licensing Committee on Tuesday, 2 March 2027</h1>",
        "<h2>Street trading consent fees</h2>",
        "<p><strong>Decision:</strong> That the street trading consent fees for 2027/28 be "
        "approved.</p>",
        "<h2>Taxi licensing policy</h2>",
        "<p><strong>Decision:</strong> That the revised taxi licensing policy be deferred.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2027-03-02", "Licensing Committee")]
    assert [outcome for _, _, outcome in decisions] == ["approved", "deferred"]
    guard = _page(
        tmp_path,
        "<h1>Street trading in the town centre</h1>",
        "<p>Decisions published for consultation on 2 March 2027 are listed below.</p>",
        "<p>Decision: none yet.</p>",
    )
    docs, _ = documents_and_decisions(guard)
    assert [kind for kind, _, _ in docs] != ["decision"]


def test_item_title_holding_a_colon_heads_its_item(tmp_path: Path) -> None:
    """Before, an unnumbered item's title holding a colon ("Premises licence review: The
    Crown, Mill Street") over its "Decision:" was taken for a field's label, so no item had
    a heading and the page's decisions ran together as one. A line whose words before the
    colon are no label the record knows, nor printed over every item alike, with words after
    the colon, heads its item; a field over every label ("Lead Member: ...") or a form's tick
    box still heads none."""
    path = _page(
        tmp_path,
        "<h1>Decisions - Licensing Committee, 5 May 2027</h1>",
        "<h2>Taxi fares review</h2>",
        "<p><strong>Decision:</strong> That the revised table of taxi fares be approved.</p>",
        "<h2>Premises licence review: The Crown, Mill Street</h2>",
        "<p><strong>Decision:</strong> That consideration of the review be deferred to the "
        "next meeting.</p>",
    )
    _, decisions = documents_and_decisions(path)
    assert [(text, outcome) for _, text, outcome in decisions] == [
        ("That the revised table of taxi fares be approved.", "approved"),
        ("That consideration of the review be deferred to the next meeting.", "deferred"),
    ]
    above = ["Lead Member: Cllr A Smith", "Lead Member: Cllr B Jones"]
    assert not colon_title(above[0], above)
    assert not colon_title("Decision status: Approved", ["Decision status: Approved", "Fees"])
    # (a form's tick box after its colon is a field, no title: "Waiver refused: ☐")
    assert not colon_title("Waiver refused: ☐", ["13. Decision of the Chief Officer",
                                                 "Waiver refused: ☐"])
    assert colon_title("Premises licence review: The Crown", ["Fees", "Premises licence "
                                                              "review: The Crown"])


def test_published_date_line_ends_the_last_decision(tmp_path: Path) -> None:
    """Before, a decisions page's foot "Published 7 December 2027. Contact: ..." under the
    last item ran into that item's decision. "Published" opening its line over the day of
    issue ends the decision above it; the word inside a decision's words does not."""
    path = _page(
        tmp_path,
        "<h1>Decisions published for Cabinet on Tuesday, 9 March 2027</h1>",
        "<h2>Allotment rents</h2>",
        "<p><strong>Decision:</strong> That allotment rents for 2027/28 be approved.</p>",
        "<h2>Local Development Scheme</h2>",
        "<p><strong>Decision:</strong> That the Local Development Scheme be published on "
        "the Council's website.</p>",
        "<p>Published 11 March 2027. Contact: Democratic Services.</p>",
    )
    _, decisions = documents_and_decisions(path)
    assert [text for _, text, _ in decisions] == [
        "That allotment rents for 2027/28 be approved.",
        "That the Local Development Scheme be published on the Council's website.",
    ]

