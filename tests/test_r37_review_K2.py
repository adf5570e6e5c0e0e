"""Review of round 37's fix K2 (a working party's name, a joint body's partners' places over
the rest of its name, a board receiving its partners' decisions "for information:"): the cases
the review found read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, documents_of

_JOINT_AGENDA = """{above}
JOINT WASTE COMMITTEE

Date:    Thursday 18 May 2027
Time:    10.00 am
Venue:   Committee Room 2, Saltmoor House

AGENDA

1.  Apologies for Absence
2.  Garden Waste Collection Contract
"""

_JOINT_MINUTES = """{above}
JOINT WASTE COMMITTEE

MINUTES of the meeting held on Thursday 18 May 2027 at 10.00 am at Saltmoor House

Present: Councillors Abbot (Chair), Bell and Cross

1.  GARDEN WASTE COLLECTION CONTRACT
RESOLVED that the contract be extended to 31 March 2029.
"""


def _documents(tmp_path: Path, name: str, text: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / name
    path.write_text(text)
    return documents_of(path)


def test_regression_a_covers_own_name_over_a_joint_body_is_no_places(tmp_path: Path) -> None:
    """"NOTICE AND AGENDA" (or a Welsh council's "SUMMONS AND AGENDA", "MINUTES AND
    DECISIONS") over "JOINT WASTE COMMITTEE" was read as the places of the joint body's
    partners, the committee "NOTICE AND AGENDA JOINT WASTE COMMITTEE": the words name the
    paper, and no place is called so."""
    for above in ("NOTICE AND AGENDA", "SUMMONS AND AGENDA"):
        assert _documents(tmp_path, "agenda.txt", _JOINT_AGENDA.format(above=above)) == [
            ("agenda", "2027-05-18", "Joint Waste Committee")]
    assert _documents(tmp_path, "minutes.txt",
                      _JOINT_MINUTES.format(above="MINUTES AND DECISIONS")) == [
        ("minutes", "2027-05-18", "Joint Waste Committee")]


def test_regression_partner_councils_by_their_kind_are_no_places(tmp_path: Path) -> None:
    """"SALTMOOR AND BRIGHTWELL COUNCILS" over the joint body was joined to its name ("Saltmoor
    and Brightwell Councils Joint Waste Committee"): the partners named as councils publish
    its papers, as "SALTMOOR DISTRICT COUNCIL AND BRIGHTWELL BOROUGH COUNCIL" do; the places
    alone ("SALTMOOR AND BRIGHTWELL") still begin the name."""
    assert _documents(tmp_path, "minutes.txt", _JOINT_MINUTES.format(
        above="SALTMOOR AND BRIGHTWELL COUNCILS")) == [
        ("minutes", "2027-05-18", "Joint Waste Committee")]
    assert _documents(tmp_path, "minutes.txt", _JOINT_MINUTES.format(
        above="SALTMOOR AND BRIGHTWELL")) == [
        ("minutes", "2027-05-18", "Saltmoor and Brightwell Joint Waste Committee")]


_BOARD_MINUTES = """MINUTES of the meeting of the Growth Board held on Tuesday 6 April 2027
at 10.00 am

1. MINUTES OF THE LAST MEETING
RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.

2. PARTNER AUTHORITY UPDATES
{receipt}
- Northam District Council's Executive agreed on 11 March 2027 to sell the depot site at Mill Lane.
- Southby Borough Council resolved on 17 March 2027 to adopt its Design Code.
{after}
3. SKILLS PLAN
RESOLVED that the Skills Plan 2027-2030 be approved.
"""
_OWN = [
    "RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.",
    "RESOLVED that the Skills Plan 2027-2030 be approved.",
]


def test_regression_for_information_put_before_what_was_received(tmp_path: Path) -> None:
    """"The Board received, for information, the following updates from the partner
    authorities:" over the list of their decisions was still read as the Board's decision:
    the words "for information" stand before what was received as often as after it; the
    receipt before the colon is the same."""
    rows = decision_rows(_BOARD_MINUTES.format(
        receipt="The Board received, for information, the following updates from the partner "
                "authorities:", after=""), tmp_path)
    assert [t for t, _ in rows] == _OWN
    # (a resolution on them is still the Board's, as any is)
    rows = decision_rows(_BOARD_MINUTES.format(
        receipt="The Board received, for information, the following updates from the partner "
                "authorities:", after="RESOLVED that the updates be noted."), tmp_path)
    assert [t for t, _ in rows] == [_OWN[0], "RESOLVED that the updates be noted.", _OWN[1]]
    # (guard: a time's colon is no list's; the lone receipt is the Board's record, as before)
    lone = "The Board received, for information, the notes of the Skills Panel held at 10:30."
    minutes = _BOARD_MINUTES.format(receipt=lone, after="")
    minutes = "\n".join(ln for ln in minutes.splitlines() if not ln.startswith("- "))
    assert [t for t, _ in decision_rows(minutes, tmp_path)] == [_OWN[0], lone, _OWN[1]]


def test_regression_a_councils_name_in_two_lines_is_no_partners(tmp_path: Path) -> None:
    """"ROYAL BOROUGH OF" over "WINDSOR AND MAIDENHEAD" over "JOINT STAFF CONSULTATIVE
    COMMITTEE" was read as the "Windsor and Maidenhead Joint Staff Consultative Committee": the
    line under one ending on "of" ends the council's own name, no list of partners' places."""
    for council in ("ROYAL BOROUGH OF\nWINDSOR AND MAIDENHEAD",
                    "LONDON BOROUGH OF\nBARKING AND DAGENHAM"):
        agenda = _JOINT_AGENDA.format(above=council).replace("JOINT WASTE COMMITTEE",
                                                             "JOINT STAFF CONSULTATIVE COMMITTEE")
        assert _documents(tmp_path, "agenda.txt", agenda) == [
            ("agenda", "2027-05-18", "Joint Staff Consultative Committee")]
        minutes = _JOINT_MINUTES.format(above=council).replace(
            "JOINT WASTE COMMITTEE", "JOINT STAFF CONSULTATIVE COMMITTEE")
        assert _documents(tmp_path, "minutes.txt", minutes) == [
            ("minutes", "2027-05-18", "Joint Staff Consultative Committee")]
