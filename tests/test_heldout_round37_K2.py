"""Regression tests for the misses of held-out round 37 (family K2, committee names and a
decision invented): a working party's minutes, its name under the council's masthead, read as
the council's; a joint committee's report whose masthead prints the partners' places on the
line above the rest of its name, read without them; a board's minutes receiving its partner
councils' decisions "for information:" in a list, read as the board's decision. Small papers in
other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import documents_of, rendered, source_lines
from kcc_papers.extract.meetings.masthead_names import is_masthead_name


def _written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


# ------------------------------------------------ a working party is a body that meets

def _working_party_minutes(body: str) -> str:
    return source_lines(
        "## Harlowe Borough Council",
        f"!! {body}",
        "** Minutes of the meeting held on Tuesday 9 March 2027 at 6.00 pm in Committee Room 1",
        "Present: Councillor Ann Morrow (Chair), Councillors Ben Tate and Carla Voss.",
        "** CSWP 4  Apologies",
        "Apologies were received from Councillor Dunn.",
        "** CSWP 5  Employment Land Review",
        "RESOLVED: That the employment land review be endorsed for consultation.",
        "The meeting closed at 7.15 pm.",
    )


def test_working_party_names_its_minutes(tmp_path: Path) -> None:
    """Before, "Core Strategy Working Party" under the council's masthead was no body's name
    ("Working Party" was no body's word, where "Working Group" was): the minutes were read as
    the council's own. A working party is a body, as a working group is."""
    path = rendered(_working_party_minutes("Core Strategy Working Party"), tmp_path)
    assert documents_of(path) == [("minutes", "2027-03-09", "Core Strategy Working Party")]


def test_working_party_words_in_a_title_name_no_body() -> None:
    """Guard: the words in a title that does not end in them ("Working Party Terms of
    Reference") or a sentence about it name no body; the name does."""
    assert is_masthead_name("Core Strategy Working Party")
    assert not is_masthead_name("Working Party Terms of Reference")
    assert not is_masthead_name("The Working Party will report to Cabinet")
