"""Regression tests for the misses of held-out round 39's family K7 (a joint committee's
decisions web page; a town council's agenda of bulleted numbered items): a page titled
"Decisions" alone whose items each head their decision "Decision" (no colon), its sub-title
"Decisions made by the <body> on <date>, <time>, <venue>"; and an agenda whose numbered items
each open with a ZapfDingbats diamond bullet ("❖ 1. To receive apologies"). Small papers in
other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import rendered
from kcc_papers.load.glyphs import clean
from kcc_papers.models import AgendaItem, Contract
from kcc_papers.pipeline import process_file


def test_diamond_bullet_is_a_bullet() -> None:
    """The ZapfDingbats diamond PDFium extracts as U+2756 is the list bullet Wingdings' "v"
    already stands for; other text is untouched."""
    assert clean("\u2756 1. To receive apologies") == "• 1. To receive apologies"
    assert clean("Item \u2756 2") == "Item • 2"
    assert clean("1. To receive apologies") == "1. To receive apologies"


_AGENDA = """## PENWITHY TOWN COUNCIL
To all Members of Penwithy Town Council
You are summoned to the Meeting of the Town Council at the Guildhall
on Wednesday 14th October, 2026 at 7.30 p.m.
** AGENDA
-- 1. To receive apologies for absence.
-- 2. To receive declarations of interest.
-- 3. To approve the minutes of the meeting held on 9 September 2026.
-- 4. Allotments rent review.
-- 5. Date of next meeting.
"""


def test_bulleted_numbered_agenda_items(tmp_path: Path) -> None:
    """Before, an agenda whose numbered items each open with a diamond bullet ("❖ 1. To
    receive apologies") had no items: the bullet, no character the item pattern knows, stood
    before each number. Read as a bullet, each line is the item its number opens (its title
    as printed, the scorer reading past its stop)."""
    path = rendered(_AGENDA, tmp_path)
    assert [(a.item_ref, a.title) for a in process_file(str(path)).records
            if isinstance(a, AgendaItem)] == [
        ("1", "To receive apologies for absence."),
        ("2", "To receive declarations of interest."),
        ("3", "To approve the minutes of the meeting held on 9 September 2026."),
        ("4", "Allotments rent review."),
        ("5", "Date of next meeting."),
    ]


def test_existing_call_off_holder_in_a_bulleted_option(tmp_path: Path) -> None:
    """With the diamond read as a bullet, a rejected option is a sentence of its own ("❖
    Extending the existing framework call-off with X Ltd: rejected because ..."), no longer
    run on into the next option's "contract award": the call-off held now names the contract
    its holder has (the outgoing one, no value). Guard: a call-off merely proposed is none."""
    source = (
        "## BRAYLOCK COMBINED AUTHORITY\n** MAYORAL DECISION NOTICE\n** 1. Decision\n"
        "1.1 approve the award of a contract for street lighting maintenance to Lumenway Ltd"
        " at a total contract value of £2,400,000.\n"
        "** 2. Alternative options considered and rejected\n"
        "-- Extending the existing framework call-off with Orrin Electrical Ltd: rejected"
        " because the framework ends in May 2027.\n"
        "-- Doing nothing: rejected because the lanterns are failing.\n"
        "-- A new call-off with a framework supplier: rejected because no framework covers"
        " the work.\n")
    path = rendered(source, tmp_path)
    assert sorted((c.provider, c.value_gbp) for c in process_file(str(path)).records
                  if isinstance(c, Contract)) == [
        ("Lumenway Ltd", 2400000.0), ("Orrin Electrical Ltd", None)]
