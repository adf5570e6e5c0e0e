"""Review of round 41's fix K1 (decisions web pages and decision notices): probes of its rules
written as other councils would print the same things, and near-misses the rules must not
read. Each ``test_regression_`` failed before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_and_decisions
from kcc_papers.classify.office_holder_titles import office_holders_title
from kcc_papers.models import Decision
from kcc_papers.normalise.outcomes import classify_outcome
from kcc_papers.pipeline import process_file
from test_heldout_round41_k1 import _page


def test_regression_refusal_replaced_by_the_bodys_own_decision() -> None:
    """A recommendation refused and replaced in the same words by what the body agreed
    instead ("...; instead the Committee agreed a fee of £4.50") is that agreement, and a
    refusal told as the decision's background (at an earlier meeting) is no refusal of the
    decision: the fix read both ``rejected`` because the words opened on the refusal."""
    for words in ("The recommendation that the fee be increased to £4.75 was not agreed; "
                  "instead the Committee agreed a fee of £4.50.",
                  "The recommendation to close the library was not agreed and the Committee "
                  "instead agreed to reduce its opening hours.",
                  "The recommendation to extend the call for sites was not agreed at the "
                  "previous meeting. The Sub-Committee noted the revised timetable."):
        assert classify_outcome(words) != "rejected", words
    # (the refusal alone, or with the vote or the body's request after it, still refuses)
    for words in ("The recommendation to introduce a weekly charge of £4.75 was not agreed.",
                  "The proposal to reduce the grant to 1.5 posts was not supported (3 for, 5 "
                  "against). Officers were asked to report again in the autumn."):
        assert classify_outcome(words) == "rejected", words


def test_regression_office_holders_title_dated_in_figures(tmp_path: Path) -> None:
    """An office holder's title with the day of decision in figures ("..., 21/04/2027") was
    classed ``other`` and nothing was read: only a date in words was the day of decision."""
    path = _page(
        tmp_path,
        "<h1>Decisions of the Cabinet Member for Adult Social Care, 21/04/2027</h1>",
        "<h2>1. Home care rates</h2>",
        "<p><strong>Decision:</strong> That the home care rates for 2027/28 be approved.</p>",
        "<h2>2. Day services</h2>",
        "<p><strong>Decision:</strong> That the day services review be deferred.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", None, None)]
    assert [(text, outcome) for _, text, outcome in decisions] == [
        ("That the home care rates for 2027/28 be approved.", "approved"),
        ("That the day services review be deferred.", "deferred"),
    ]
    assert office_holders_title("Decisions of the Leader of the Council - 04.03.2027")
    # (a body's name and its date in figures stay a body's; a bare figure is no date)
    assert not office_holders_title("Decisions of the Cabinet Member for Schools Forum, "
                                    "21/04/2027")
    assert not office_holders_title("Decisions of the Cabinet Member for Housing, 2027")


def test_regression_published_on_date_ends_the_last_decision(tmp_path: Path) -> None:
    """A decisions page's foot "Published on 11 March 2027." ran into the last decision: only
    "Published 11 March 2027" (the date straight after) ended it."""
    path = _page(
        tmp_path,
        "<h1>Decisions published for Cabinet on Tuesday, 9 March 2027</h1>",
        "<h2>Allotment rents</h2>",
        "<p><strong>Decision:</strong> That allotment rents for 2027/28 be approved.</p>",
        "<h2>Local Development Scheme</h2>",
        "<p><strong>Decision:</strong> That the Local Development Scheme be approved.</p>",
        "<p>Published on 11 March 2027. Contact: Democratic Services.</p>",
    )
    docs, decisions = documents_and_decisions(path)
    assert docs == [("decision", "2027-03-09", "Cabinet")]
    assert [text for _, text, _ in decisions] == [
        "That allotment rents for 2027/28 be approved.",
        "That the Local Development Scheme be approved.",
    ]


def test_regression_item_field_under_its_title_is_no_title(tmp_path: Path) -> None:
    """An item's own field between its title and its "Decision:" ("Report author: Jane Smith,
    Head of Estates"), printed over one item only, was read as that item's title (a colon
    line not repeated over other items); the title is the line above it. With no free line
    above, the field still heads its item, so the page's items stay apart."""
    path = _page(
        tmp_path,
        "<h1>Decisions - Cabinet, Tuesday 9 March 2027</h1>",
        "<h2>Allotment rents</h2>",
        "<p>Report author: Jane Smith, Head of Estates</p>",
        "<p><strong>Decision:</strong> That allotment rents for 2027/28 be approved.</p>",
        "<h2>Local Development Scheme</h2>",
        "<p><strong>Decision:</strong> That the Local Development Scheme be approved.</p>",
        "<p>Contact officer: Omar Reyes</p>",
        "<p><strong>Decision:</strong> That the parking review be deferred.</p>",
    )
    records = process_file(str(path)).records
    assert [(d.title, d.decision_text) for d in records if isinstance(d, Decision)] == [
        ("Allotment rents", "That allotment rents for 2027/28 be approved."),
        ("Local Development Scheme", "That the Local Development Scheme be approved."),
        ("Contact officer: Omar Reyes", "That the parking review be deferred."),
    ]


def test_regression_refusal_in_capitals(tmp_path: Path) -> None:
    """A decisions page set in capitals ("THE RECOMMENDATION ... WAS NOT AGREED.") was read
    ``agreed``: the refused sentence was found in mixed case only. A heading "Decisions
    published for <body> on" with its date wrapped onto the next line was classed ``other``,
    nothing read."""
    path = tmp_path / "decisions.txt"
    path.write_text(
        "Decisions published for Adults and Health Committee on\n"
        "Wednesday, 6 December 2027\n\n"
        "Telecare charging\n\nDecision:\n"
        "THE RECOMMENDATION TO INTRODUCE A WEEKLY CHARGE OF £4.75 FOR TELECARE SERVICES WAS "
        "NOT AGREED.\n\n"
        "Home care fee uplift\n\nDecision:\n"
        "That the home care fee uplift of 6.2% for 2027/28 be approved.\n", encoding="utf-8")
    docs, decisions = documents_and_decisions(path)
    assert [kind for kind, _, _ in docs] == ["decision"]
    assert [outcome for _, _, outcome in decisions] == ["rejected", "approved"]
    assert classify_outcome("THE MOTION THAT THE COUNCIL LEAVE THE PARTNERSHIP WAS LOST.") == (
        "rejected")
    # (still not another's refusal, in capitals too)
    assert classify_outcome("THE RECOMMENDATION THAT THE SITE BE ALLOCATED WAS NOT AGREED BY "
                            "THE SECRETARY OF STATE AND THE COMMITTEE NOTED THE LETTER.") != (
        "rejected")


def test_regression_published_for_heading_in_capitals_or_for_the_meeting_of(
        tmp_path: Path) -> None:
    """"Decisions published for the meeting of Cabinet - 6 December 2027" (the meeting named
    so, its date after a dash) and the heading set in capitals were classed a decisions page
    but read no meeting: no date, or the whole heading taken for the body's name."""
    for heading, body in (
            ("Decisions published for the meeting of Cabinet - 6 December 2027", "Cabinet"),
            ("DECISIONS PUBLISHED FOR CABINET ON 6 DECEMBER 2027", "Cabinet"),
            ("DECISIONS PUBLISHED FOR THE MEETING OF ADULTS AND HEALTH COMMITTEE - 6 DECEMBER "
             "2027", "Adults and Health Committee")):
        path = tmp_path / "decisions.txt"
        path.write_text(f"{heading}\n\nTelecare charging\n\nDecision:\nThat the charge be "
                        "approved.\n\nFees\n\nDecision:\nThat the fees be approved.\n",
                        encoding="utf-8")
        docs, decisions = documents_and_decisions(path)
        assert docs == [("decision", "2027-12-06", body)], heading
        assert len(decisions) == 2, heading
