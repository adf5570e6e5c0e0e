"""Review of held-out round 42's family K1 (decisions pages and decisions in minutes): probes
of its rules on wrapped decisions in minutes written other ways. Each ``test_regression_``
test failed on K1's change before the review's mend; the rest guard the rules' edges."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_page_file, documents_of
from kcc_papers.extract.meetings.sentences import PUBLISHED_FOR_WRAPS

_HEAD = """ASHCOMBE BOROUGH COUNCIL

LICENSING COMMITTEE

MINUTES of the meeting of the Licensing Committee held at the Guildhall,
Ashcombe on Wednesday, 14 June 2028 at 10.00 am

Present:   Councillor Rhys Tandy (Chair)
           Councillors Mina Patel and Joan Earle

"""


def test_regression_list_items_wrapped_before_auxiliary_stay_apart(tmp_path: Path) -> None:
    """K1 joined a line opening "be REFUSED" to the decision above whenever no stop came
    between, so a list printed without stops ("(a) ..." over "be GRANTED ...", "(b) ..."
    over "be REFUSED ...") read as one decision, granted, its refusal lost. Each wrapped verb
    now goes on with its own item's sentence, the item line anchoring the decision."""
    text = _HEAD + """LC 28/31    STREET TRADING CONSENTS

            RESOLVED:
            (a) That the application for the Mill Street pitch
            be GRANTED subject to conditions
            (b) That the application for the Bridge Street pitch
            be REFUSED as it would obstruct the footway
"""
    assert decision_rows(text, tmp_path) == [
        ("(a) That the application for the Mill Street pitch be GRANTED subject to "
         "conditions", "approved"),
        ("(b) That the application for the Bridge Street pitch be REFUSED as it would "
         "obstruct the footway", "rejected"),
    ]


def test_regression_it_over_auxiliary_alone_is_a_vote_result(tmp_path: Path) -> None:
    """K1's passive_wrapped read "it" only on the auxiliary's own line: "..., it" over "was"
    over "AGREED that ..." anchored the decision at "was" ("was AGREED that ..."). The words
    before an auxiliary alone on its line are now read across the break: a vote's result, the
    verb's line the decision, as with "it was" on one line."""
    text = _HEAD + """LC 28/32    HACKNEY CARRIAGE TARIFFS

            Proposed by Councillor Patel and seconded by Councillor Earle, it
            was
            AGREED that the tariffs be increased by 3%.
"""
    assert decision_rows(text, tmp_path) == [
        ("AGREED that the tariffs be increased by 3%.", "agreed")]


def test_regression_passive_board_verb_wrapped_keeps_its_subject(tmp_path: Path) -> None:
    """"Consideration of the revised policy was" over "DEFERRED to the next meeting." gave
    the decision "DEFERRED to the next meeting.", its subject lost, though on one line the
    sentence is read whole: a board's verbs (GRANTED, REFUSED, DEFERRED, ...) after a wrapped
    "was"/"were" now anchor at the sentence's line, as APPROVED or AGREED do."""
    text = _HEAD + """LC 28/33    SEX ESTABLISHMENT POLICY

            Consideration of the revised policy was
            DEFERRED to the next meeting.


LC 28/34    SCRAP METAL DEALER LICENCE

            The application for a site licence at Canal Yard was
            REFUSED.
"""
    assert decision_rows(text, tmp_path) == [
        ("Consideration of the revised policy was DEFERRED to the next meeting.", "deferred"),
        ("The application for a site licence at Canal Yard was REFUSED.", "rejected"),
    ]


def test_regression_be_and_is_hereby_wrapped_goes_on(tmp_path: Path) -> None:
    """The legal form "be and is hereby GRANTED" opening a line was no wrapped auxiliary to
    K1, so "RESOLVED that the application ..." over it split into two decisions, the first
    without its verb. It now goes on with the sentence above."""
    text = _HEAD + """LC 28/35    STREET TRADING CONSENT - MARKET PLACE

            RESOLVED that the application for the Market Place pitch
            be and is hereby GRANTED.
"""
    assert decision_rows(text, tmp_path) == [
        ("RESOLVED that the application for the Market Place pitch be and is hereby "
         "GRANTED.", "approved")]


def test_wrapped_verbs_guards(tmp_path: Path) -> None:
    """The rules' edges: a "were" whose verb in capitals follows past a blank line still
    anchors its sentence; "was" over "NOT AGREED" stays a rejection; numbered labels without
    stops stay two decisions."""
    minutes = _HEAD + """LC 28/30    MINUTES OF THE PREVIOUS MEETING

            The minutes of the meeting held on 10 May 2028 were

            AGREED as a correct record.
"""
    assert decision_rows(minutes, tmp_path) == [
        ("The minutes of the meeting held on 10 May 2028 were AGREED as a correct record.",
         "agreed")]
    text = _HEAD + """LC 28/36    TAXI FARES

            The proposal to freeze taxi fares was
            NOT AGREED.


LC 28/37    STREET TRADING CONSENTS

            Decision 1: That the application for the Mill Street pitch be approved
            Decision 2: That the application for the Bridge Street pitch
            be REFUSED as it would obstruct the footway
"""
    assert decision_rows(text, tmp_path) == [
        ("The proposal to freeze taxi fares was NOT AGREED.", "rejected"),
        ("Decision 1: That the application for the Mill Street pitch be approved",
         "approved"),
        ("Decision 2: That the application for the Bridge Street pitch be REFUSED as it would "
         "obstruct the footway", "rejected"),
    ]


_BANNER = ("<div id='cookies'><p>This site uses cookies to remember your choices.</p>"
           "<button>OK</button></div>")
_ITEMS = ("<h2>14. Street Trading Consent Fees 2028/29</h2>", "<p><strong>Decision:</strong></p>",
          "<p>RESOLVED that the street trading consent fees for 2028/29 be approved.</p>")


def test_regression_decisions_for_heading_date_wrapped_names_its_meeting(
        tmp_path: Path) -> None:
    """A decisions page headed "Decisions for Licensing Sub-Committee," over "Tuesday, 7th
    March, 2028, 2.00 pm" (a line break in the heading) was classed a decisions page but named
    no body or date: the meeting was read from the heading's line alone. A heading line ending
    on the body's name or the stop after it is now read joined to the line under it
    ("published for" too); one going on past the body takes no date from below."""
    path = decisions_page_file(
        tmp_path, _BANNER,
        "<h1>Decisions for Licensing Sub-Committee,<br>Tuesday, 7th March, 2028, 2.00 pm</h1>",
        *_ITEMS)
    assert documents_of(path) == [("decision", "2028-03-07", "Licensing Sub-Committee")]
    published = decisions_page_file(
        tmp_path, _BANNER,
        "<h1>Decisions published for Harbour Board -<br>Friday 3 March 2028</h1>", *_ITEMS)
    assert documents_of(published)[0][1:] == ("2028-03-03", "Harbour Board")
    assert not PUBLISHED_FOR_WRAPS.search("Decisions for Cabinet on the future of the library")
    assert PUBLISHED_FOR_WRAPS.search("Decisions for the meeting of Cabinet on")


def test_regression_passive_sentence_read_from_its_first_line(tmp_path: Path) -> None:
    """K1 said a wrapped passive ("... were" over "AGREED ...") anchors at its sentence's
    first line, but it anchored at the auxiliary's line: a subject wrapped over two lines
    ("The minutes of the meeting of the Licensing" over "Committee held on 10 May 2028 were"
    over "AGREED ...") lost its first line, as on one line ("... were AGREED as ..."). The
    anchor now moves up to the sentence's start (a line or two, no stop, no other anchor, no
    heading in capitals between); a sentence stopped above is not joined."""
    text = _HEAD + """LC 28/30    MINUTES OF THE PREVIOUS MEETING

            The minutes of the meeting of the Licensing
            Committee held on 10 May 2028 were
            AGREED as a correct record and signed by the Chair.
"""
    assert decision_rows(text, tmp_path) == [
        ("The minutes of the meeting of the Licensing Committee held on 10 May 2028 were "
         "AGREED as a correct record and signed by the Chair.", "agreed")]
    stopped = _HEAD + """LC 28/33    SEX ESTABLISHMENT POLICY

            The Committee heard from the applicant's agent.
            Consideration of the revised policy was DEFERRED to the next
            meeting.
"""
    assert decision_rows(stopped, tmp_path) == [
        ("Consideration of the revised policy was DEFERRED to the next meeting.", "deferred")]


def test_regression_decisions_for_body_held_on_date(tmp_path: Path) -> None:
    """K1 read "Decisions for <body>, <date>" and "... on <date>", but a heading saying the
    meeting was "held on" its date ("Decisions for Licensing Sub-Committee held on Tuesday,
    7th March, 2028", "Decisions for Cabinet meeting on ...") was classed ``other``: the
    body's name and its date may now be joined by "held on", "meeting" perhaps before it."""
    held = decisions_page_file(
        tmp_path, _BANNER,
        "<h1>Decisions for Licensing Sub-Committee held on Tuesday, 7th March, 2028</h1>",
        *_ITEMS)
    assert documents_of(held) == [("decision", "2028-03-07", "Licensing Sub-Committee")]
    meeting = decisions_page_file(
        tmp_path, _BANNER,
        "<h1>Decisions for Cabinet meeting held on Monday, 13th December, 2027, 5.30 pm</h1>",
        *_ITEMS)
    assert documents_of(meeting) == [("decision", "2027-12-13", "Cabinet")]
