"""Review of the round 40 fix for decisions in notices and minutes (family K4): a line of a
decision's words wrapped to open on the next item's number ("... together with" / "Item 3 on
the agenda ...") read as an unlabelled item's heading, cutting the decision short; a refusal
told in a clause of the naming's own (", which was rejected in 2025, was approved") or reversed
in the same sentence ("was not agreed at the last meeting but was approved") read as the item's
refusal. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import source_decision_rows, source_lines

_HEAD = (
    "%% footer Weyford Parish Council - Notice of Decisions",
    "!! Weyford Parish Council",
    "** AMENITIES COMMITTEE - NOTICE OF DECISIONS",
    "Meeting date:\t14 April 2027",
    "** Item 1 - Cemetery Fees",
    "**Decision:** That the cemetery fees for 2027/28 be approved as set out.",
    "Reasons: To recover the cost of maintenance.",
)


def test_regression_wrapped_line_opening_on_next_number_is_no_heading(tmp_path: Path) -> None:
    """Before, a decision's words wrapped so the next line opened on the next item's number
    ("That the play area review be considered together with" / "Item 3 on the agenda of the
    next meeting.") took that line for the next item's unlabelled heading and cut the
    decision. A heading prints a title (a capital) or nothing after its number; a heading so
    printed still starts an item."""
    source = source_lines(
        *_HEAD,
        "** Item 2 - Play Area Review",
        "**Decision:** That the play area review be considered together with",
        "Item 3 on the agenda of the next meeting of the Committee.",
        "Reasons: The two reports concern the same site.",
    )
    assert source_decision_rows(source, "decision_notice", tmp_path) == [
        ("That the cemetery fees for 2027/28 be approved as set out.", "approved"),
        ("That the play area review be considered together with Item 3 on the agenda of the "
         "next meeting of the Committee.", "other"),
    ]
    source = source_lines(
        *_HEAD,
        "** Item 2 - Play Area Review",
        "**Decision:** That the play area review be noted.",
        "** Item 3 - Bench Sponsorship",
        "The Clerk's recommendation that memorial benches be sponsored at £750 each was not "
        "agreed (2 for, 5 against).",
    )
    assert source_decision_rows(source, "decision_notice", tmp_path)[-1] == (
        "The Clerk's recommendation that memorial benches be sponsored at £750 each was not "
        "agreed (2 for, 5 against).", "rejected")


def test_regression_refusal_in_relative_clause_or_reversed_is_none(tmp_path: Path) -> None:
    """Before, "The proposal to ..., which was rejected in 2025, was approved for a trial
    year." and "The recommendation that ... was not agreed at the last meeting but was
    approved today" were each read as the item's refusal (rejected). A refusal told in the
    naming's own clause, or reversed in the same sentence, is not the item's outcome."""
    for words in (
        "The proposal to let the old pavilion to the bowls club, which was rejected in 2025, "
        "was approved for a trial year.",
        "The recommendation that the pavilion be let to the bowls club was not agreed at the "
        "last meeting but was approved today after further information.",
    ):
        source = source_lines(
            *_HEAD,
            "** Item 2 - Play Area Review",
            "**Decision:** That the play area review be noted.",
            "** Item 3 - Pavilion Lease",
            words,
        )
        rows = source_decision_rows(source, "decision_notice", tmp_path)
        assert not any(outcome == "rejected" for _, outcome in rows), (words, rows)


def test_regression_refusal_under_subject_label_is_read(tmp_path: Path) -> None:
    """Before, an entry headed "Agenda Item: 3" with a "Subject: Pavilion Lease" line over its
    text ran the label's value into the sentence ("Pavilion Lease The Clerk's proposal ..."),
    so the sentence's opening was not seen and the refusal was missed. The item's own
    labelled header lines are passed over; the refusal under them is read."""
    source = source_lines(
        "!! Weyford Parish Council",
        "** AMENITIES COMMITTEE - NOTICE OF DECISIONS",
        "Meeting date:\t14 April 2027",
        "** Agenda Item: 1",
        "Subject: Cemetery Fees",
        "**Decision:** That the cemetery fees for 2027/28 be approved as set out.",
        "** Agenda Item: 2",
        "Subject: Play Area Review",
        "**Decision:** That the play area review be noted.",
        "** Agenda Item: 3",
        "Subject: Pavilion Lease",
        "The Clerk's proposal to let the pavilion to the bowls club for ten years was refused "
        "(1 for, 6 against).",
    )
    assert source_decision_rows(source, "decision_notice", tmp_path)[-1] == (
        "The Clerk's proposal to let the pavilion to the bowls club for ten years was refused "
        "(1 for, 6 against).", "rejected")
