"""Regression tests for the misses of held-out round 40's family K4 (decisions in decision
notices and minutes): a member's motion lost whose own words speak of "amendments" (a document's
changes, not an amendment moved); a notice of several decisions whose next numbered item has no
"Decision:" label, only a sentence recording the recommendation refused. Small papers in other
councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, source_decision_rows, source_lines


def _minutes(*paragraphs: str) -> str:
    head = ("ASHCOMBE BOROUGH COUNCIL\n\nLICENSING COMMITTEE\n\nMINUTES of the meeting held "
            "at the Guildhall, Ashcombe on Wednesday, 3 March 2027 at 7.00 pm\n\n"
            "PRESENT: Councillors Tess Marlow (Chair), Ian Royle and Ruth Vane\n\n\n")
    return head + "\n\n".join(paragraphs) + "\n\nThe meeting ended at 8.15 pm.\n"


def test_motion_lost_whose_words_name_amendments_keeps_its_words(tmp_path: Path) -> None:
    """Before, "Councillor A moved, and Councillor B seconded, that the Committee recommend to
    Council that the model policy be adopted without local amendments. On being put to the
    vote the motion was LOST" was read as the defeat alone ("On being put to the vote ..."):
    the word "amendments" in the motion's own words was taken for a motion that amends. Now
    only an amendment named as one (moved, "amended", "an amendment", "the amendment to")
    keeps the defeat alone; the lost motion's record is its words and its defeat."""
    text = _minutes(
        "LIC/4   REVIEW OF THE TAXI LICENSING POLICY",
        "The Licensing Manager introduced the revised policy prepared after consultation with "
        "the trade.",
        "Councillor Royle moved, and Councillor Vane seconded, that the Committee recommend to "
        "Council that the national model taxi policy be adopted without local amendments. On "
        "being put to the vote the motion was LOST (1 for, 4 against).",
        "RESOLVED - That the Committee recommends to Council that the revised Taxi Licensing "
        "Policy be adopted with effect from 1 June 2027.",
    )
    assert decision_rows(text, tmp_path) == [
        ("Councillor Royle moved, and Councillor Vane seconded, that the Committee recommend "
         "to Council that the national model taxi policy be adopted without local amendments. "
         "On being put to the vote the motion was LOST (1 for, 4 against).", "rejected"),
        ("RESOLVED - That the Committee recommends to Council that the revised Taxi Licensing "
         "Policy be adopted with effect from 1 June 2027.", "other"),
    ]


def test_motion_moved_as_an_amendment_still_leaves_the_defeat_alone(tmp_path: Path) -> None:
    """Guard: a moving sentence that amends ("moved that the motion be amended ...") may be
    what "the motion" lost names; the defeat stays alone, as before."""
    text = _minutes(
        "LIC/5   STREET TRADING FEES",
        "Councillor Royle moved that the motion be amended to freeze the fees. On being put to "
        "the vote the motion was LOST (2 for, 3 against).",
        "RESOLVED - That the street trading fees for 2027/28 be approved.",
    )
    rows = decision_rows(text, tmp_path)
    assert ("On being put to the vote the motion was LOST (2 for, 3 against).",
            "rejected") in rows
    assert not any("moved that the motion be amended" in words for words, _ in rows)


_NOTICE = (
    "%% footer Harnley Allotments Trust - Notice of Decisions",
    "!! Harnley Allotments Trust",
    "** ESTATES SUB-COMMITTEE - NOTICE OF DECISIONS",
    "Meeting date:\t9 March 2027",
    "Published:\t11 March 2027",
    "This notice records the decisions taken by the Estates Sub-Committee at its meeting on "
    "9 March 2027.",
    "** Decision 1: Water Supply Renewal",
    "**Decision:** That the renewal of the water main at the Ridge Road site be approved.",
    "Reasons: The main has burst three times in two years.",
    "** Decision 2: Plot Rents",
    "**Decision:** That plot rents be increased by 4% from 1 October 2027.",
    "Reasons: To meet the rising cost of water.",
)


def test_unlabelled_numbered_item_records_its_refused_recommendation(tmp_path: Path) -> None:
    """Before, the third numbered item, printed with no "Decision:" label, only "The
    Secretary's recommendation that ... was not agreed (1 for, 5 against).", was read as
    part of the item above it and its refusal missed. Now a heading going on the notice's own
    numbering starts an item even with no label under it, and its sentence recording a
    recommendation refused is a rejected decision of its own."""
    source = source_lines(
        *_NOTICE,
        "** Decision 3: Beehives on Vacant Plots",
        "The Secretary's recommendation that two vacant plots be let to the beekeepers' "
        "association for five years was not agreed (1 for, 5 against). Members preferred to "
        "keep the plots for the waiting list.",
        "** Rents Collected (for information)",
        "Rents of £18,240 were collected in 2026/27.",
    )
    assert source_decision_rows(source, "decision_notice", tmp_path) == [
        ("That the renewal of the water main at the Ridge Road site be approved.", "approved"),
        ("That plot rents be increased by 4% from 1 October 2027.", "other"),
        ("The Secretary's recommendation that two vacant plots be let to the beekeepers' "
         "association for five years was not agreed (1 for, 5 against).", "rejected"),
    ]


def test_unlabelled_item_refusing_nothing_and_refusal_told_record_none(tmp_path: Path) -> None:
    """Guards: an unlabelled numbered item whose text records no refusal of what was put to
    the meeting makes no decision (it only ends the item above), and a refusal by another
    body, told ("... was not agreed by the District Council"), is none of the meeting's."""
    source = source_lines(
        *_NOTICE,
        "** Decision 3: Boundary Hedge",
        "The proposal to replant the boundary hedge was not agreed by the District Council in "
        "2025. Members discussed the hedge and will return to it in the autumn.",
    )
    assert source_decision_rows(source, "decision_notice", tmp_path) == [
        ("That the renewal of the water main at the Ridge Road site be approved.", "approved"),
        ("That plot rents be increased by 4% from 1 October 2027.", "other"),
    ]
