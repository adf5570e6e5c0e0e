"""Regression tests for the misses of held-out round 42's family K1 (decisions pages and
decisions in minutes): a decisions page headed "Decisions for <body>, <date>, <time>" (no
"published"); a minute's decision wrapped before its passive auxiliary ("... order" over
"be DEFERRED to ..."); a passive sentence wrapped between its "were" and its verb in
capitals ("The minutes ... were" over "AGREED as a correct record"). Small papers in other
councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_page_file, documents_and_decisions
from kcc_papers.extract.minutes.resolution_anchors import passive_wrapped

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


_MINUTES_HEAD = """HAVERLEIGH DISTRICT COUNCIL

LICENSING AND REGULATORY COMMITTEE

MINUTES of the meeting of the Licensing and Regulatory Committee held at
the Civic Offices, Haverleigh on Tuesday, 9 May 2028 at 2.00 pm

Present:   Councillor Ada Frome (Chair)
           Councillors Ben Okoro and Carys Lyle

"""


def test_decision_wrapped_before_its_auxiliary_and_capital_verb_is_one(
        tmp_path: Path) -> None:
    """Before, "Decision: That consideration of the application for the Mill Street" over
    "stand be DEFERRED to the next meeting ..." gave two decisions, the first without its
    verb: a line opening with a board's verb in capitals ("DEFERRED") was joined to the
    sentence above only where the auxiliary ended the line above. A line opening with the
    auxiliary and the verb ("be DEFERRED", "be REFUSED") goes on with the sentence above
    too, no stop between; a decision stopped above it stays one of its own."""
    text = _MINUTES_HEAD + """LRC 28/14   STREET TRADING CONSENT - MILL STREET

            Decision: That consideration of the application for the Mill
            Street pitch
            be DEFERRED to the next meeting, so that the applicant can
            attend.


LRC 28/15   STREET TRADING CONSENT - MARKET PLACE

            Decision: That the application for the Market Place pitch be
            approved.
            Decision: That the application for the Bridge Street pitch
            be REFUSED as it would obstruct the footway.
"""
    assert decision_rows(text, tmp_path) == [
        ("Decision: That consideration of the application for the Mill Street pitch be "
         "DEFERRED to the next meeting, so that the applicant can attend.", "deferred"),
        ("Decision: That the application for the Market Place pitch be approved.",
         "approved"),
        ("Decision: That the application for the Bridge Street pitch be REFUSED as it would "
         "obstruct the footway.", "rejected"),
    ]


def test_passive_sentence_wrapped_before_its_capital_verb_is_a_decision(
        tmp_path: Path) -> None:
    """Before, "The minutes of the meeting held on 4 April 2028 were" over "AGREED as a
    correct record ..." gave no decision: "were AGREED" marks one only on one line, and the
    line opening "AGREED as ..." alone is no mark. The line ending on the sentence's "was" or
    "were", the verb in capitals opening the next, now anchors it, its subject read with it;
    "It was" over "APPROVED that ..." (a vote's result) and a "were" over a verb in lower
    case (prose) do not; a verb's line that marks a decision itself ("AGREED, subject to
    ...") is read once, from the sentence's first line."""
    text = _MINUTES_HEAD + """LRC 28/12   MINUTES OF THE PREVIOUS MEETING

            The minutes of the meeting held on 4 April 2028 were
            AGREED as a correct record and signed by the Chair.


LRC 28/13   ANNUAL REPORT OF THE LICENSING SERVICE

            The Committee received the annual report. Members said the
            figures were
            encouraging and asked for a briefing on taxi enforcement.


LRC 28/14   HACKNEY CARRIAGE TARIFFS

            The proposed tariffs were
            AGREED, subject to the soiling charge being kept at £100.
"""
    rows = decision_rows(text, tmp_path)
    assert rows[0] == (
        "The minutes of the meeting held on 4 April 2028 were AGREED as a correct record and "
        "signed by the Chair.", "agreed")
    # (the verb's line a mark of its own too: read once, from the sentence's first line)
    assert rows[-1][0] == ("The proposed tariffs were AGREED, subject to the soiling charge "
                           "being kept at £100.")
    assert passive_wrapped(["The minutes of 4 April were", "CONFIRMED as correct."], 0)
    assert not passive_wrapped(["It was", "APPROVED that the fees be frozen."], 0)
    assert not passive_wrapped(["Proposed by Councillor Lyle, seconded by Councillor Okoro, "
                                "it was", "AGREED: that the fees be frozen."], 0)
    assert not passive_wrapped(["the figures were", "encouraging."], 0)
