"""Review of round 34's packs, agendas and committee names (fix34P): the defects found, each
on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, pack_documents, source_lines
from kcc_papers.extract.meetings.council_prefixes import without_council

_HEAD = ("FENBRIDGE BOROUGH COUNCIL\n\nMinutes of the meeting of the Cabinet held on Thursday,"
         " 14 January 2027 at 7.00 pm\n\n")


def test_regression_a_partys_or_wards_members_agreeing_is_no_sections_vote(
        tmp_path: Path) -> None:
    # a party's, a ward's, the opposition's or a working group's members agreeing is
    # discussion: no seats the rules give a vote of their own
    for line in ("Labour members agreed that the motion should be referred to scrutiny.",
                 "Independent members agreed to abstain on the item.",
                 "Ward members agreed to meet the residents before the next meeting.",
                 "Working group members agreed to meet monthly.",
                 "Opposition members agreed that the report was late."):
        text = _HEAD + "C/27/03  MOTION ON HOUSING\n\n" + line + "\n"
        (sub := tmp_path / str(len(line))).mkdir()
        assert decision_rows(text, sub) == [], line


def test_regression_a_foot_set_tight_parts_the_council_from_its_committee() -> None:
    assert without_council("Ferrisford Borough Council-Taxi Licensing Committee") == (
        "Taxi Licensing Committee")
    # (a hyphen glued to a small letter joins a word)
    assert without_council("Ferrisford Borough Council-owned Land") == (
        "Ferrisford Borough Council-owned Land")


def _notice(summons: str) -> str:
    return source_lines(
        "## ASHGROVE DISTRICT COUNCIL",
        "!! ADOPTION PANEL",
        summons,
        "Members of the Panel: Cllr R Tamworth (Chair), Cllr J Ollerton",
        "|~ No. | Item |",
        "| 1 | Apologies for Absence |",
        "| 2 | Minutes of the meeting held on 4 March 2026 |",
        "| 3 | Panel Work Programme |",
    )


def test_regression_a_notice_summoning_by_the_twenty_four_hour_clock_is_an_agenda(
        tmp_path: Path) -> None:
    for i, summons in enumerate((
            "A meeting of the Adoption Panel will be held in the Beech Room on Wednesday 3rd"
            " June 2026 at 14:00.",
            "A meeting of the Adoption Panel will be held in the Beech Room on Wednesday, 3 June"
            " 2026 commencing at 2.00 pm.")):
        (sub := tmp_path / str(i)).mkdir()
        assert pack_documents(_notice(summons), sub) == [
            ("agenda", "2026-06-03", "Adoption Panel")], summons
