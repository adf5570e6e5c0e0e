"""Regression tests for the misses of held-out round 37 (family K2, committee names and a
decision invented): a working party's minutes, its name under the council's masthead, read as
the council's; a joint committee's report whose masthead prints the partners' places on the
line above the rest of its name, read without them; a board's minutes receiving its partner
councils' decisions "for information:" in a list, read as the board's decision. Small papers in
other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, documents_of, rendered, source_lines
from kcc_papers.extract.meetings.masthead_names import is_masthead_name
from kcc_papers.extract.meetings.partner_places import with_partner_places
from kcc_papers.extract.minutes.received_business import _received_only


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


# ------------------------------------------------ a joint body's places over the rest of its name

_JOINT_REPORT = """                                                      Agenda Item 5

{places}
{name}

18 May 2027

Report of the Shared Waste Services Manager

GARDEN WASTE COLLECTION CONTRACT: EXTENSION

1.   RECOMMENDATION

1.1  That the Joint Committee notes the report.

2.   BACKGROUND

2.1  The partner councils collect garden waste under one contract.
"""


def _joint_committee(tmp_path: Path, places: str, name: str) -> str | None:
    path = _written(tmp_path, "joint.txt", _JOINT_REPORT.format(places=places, name=name))
    (doc,) = [d for d in documents_of(path) if d[0] == "report"]
    return doc[2]


def test_partner_places_over_a_joint_body_begin_its_name(tmp_path: Path) -> None:
    """Before, "SALTMOOR, BRIGHTWELL AND EASTON" over "JOINT WASTE COMMITTEE" over its date
    was read as the "Joint Waste Committee": the places printed above are the first words of
    the joint body's name, which the set keeps as printed."""
    assert _joint_committee(tmp_path, "SALTMOOR, BRIGHTWELL AND EASTON",
                            "JOINT WASTE COMMITTEE") == (
        "Saltmoor, Brightwell and Easton Joint Waste Committee")


def test_two_partner_places_in_mixed_case(tmp_path: Path) -> None:
    """The same in mixed case, two places joined by "and"."""
    assert _joint_committee(tmp_path, "Saltmoor and Brightwell",
                            "Garden Waste Joint Committee") == (
        "Saltmoor and Brightwell Garden Waste Joint Committee")


def test_partner_councils_over_a_joint_body_are_no_part_of_its_name(tmp_path: Path) -> None:
    """Guard: the partner councils named over the joint body ("SALTMOOR DISTRICT COUNCIL AND
    BRIGHTWELL BOROUGH COUNCIL") publish its papers and are no part of its name."""
    assert _joint_committee(
        tmp_path, "SALTMOOR DISTRICT COUNCIL AND BRIGHTWELL BOROUGH COUNCIL",
        "JOINT WASTE COMMITTEE") == "Joint Waste Committee"


_JOINT_AGENDA = """SALTMOOR, BRIGHTWELL AND EASTON
JOINT WASTE COMMITTEE

Date:    Thursday 18 May 2027
Time:    10.00 am
Venue:   Committee Room 2, Saltmoor House

AGENDA

1.  Apologies for Absence
2.  Minutes of the Meeting held on 16 March 2027
3.  Garden Waste Collection Contract
"""

_JOINT_MINUTES = """{places}
JOINT WASTE COMMITTEE

MINUTES of the meeting held on Thursday 18 May 2027 at 10.00 am at Saltmoor House

Present: Councillors Abbot (Chair), Bell and Cross

1.  APOLOGIES FOR ABSENCE
Apologies were received from Councillor Dean.

2.  GARDEN WASTE COLLECTION CONTRACT
RESOLVED that the contract be extended to 31 March 2029.
"""


def test_partner_places_begin_the_name_on_an_agenda_and_minutes(tmp_path: Path) -> None:
    """The same masthead over an agenda's labels and over minutes' heading sentence: the
    agenda's and the minutes' readers join the places to the name as the report's does."""
    name = "Saltmoor, Brightwell and Easton Joint Waste Committee"
    agenda = _written(tmp_path, "agenda.txt", _JOINT_AGENDA)
    assert documents_of(agenda) == [("agenda", "2027-05-18", name)]
    minutes = _written(tmp_path, "minutes.txt",
                       _JOINT_MINUTES.format(places="SALTMOOR, BRIGHTWELL AND EASTON"))
    assert documents_of(minutes) == [("minutes", "2027-05-18", name)]


def test_partner_councils_over_joint_minutes_are_no_part_of_the_name(tmp_path: Path) -> None:
    """Guard: the minutes under the partner councils' names (a line of councils) are the
    joint body's as its own line names it."""
    minutes = _written(tmp_path, "minutes.txt", _JOINT_MINUTES.format(
        places="SALTMOOR DISTRICT COUNCIL AND BRIGHTWELL BOROUGH COUNCIL"))
    assert documents_of(minutes) == [("minutes", "2027-05-18", "Joint Waste Committee")]


def test_places_join_only_a_joint_body_of_the_same_case() -> None:
    """Guard: a line of words over a body that is no joint one (a title over "AUDIT
    COMMITTEE"), in another case than the name, or holding a figure, is left apart."""
    assert with_partner_places("REVENUE AND CAPITAL", "AUDIT COMMITTEE") == "AUDIT COMMITTEE"
    assert with_partner_places("Saltmoor and Brightwell", "JOINT WASTE COMMITTEE") == (
        "JOINT WASTE COMMITTEE")
    assert with_partner_places("ITEMS 4 AND 5", "JOINT WASTE COMMITTEE") == (
        "JOINT WASTE COMMITTEE")
    assert with_partner_places("SALTMOOR AND BRIGHTWELL", "SALTMOOR AND BRIGHTWELL JOINT "
                               "WASTE COMMITTEE") == "SALTMOOR AND BRIGHTWELL JOINT WASTE COMMITTEE"


# ------------------------------------------------ partners' decisions received for information

_BOARD_MINUTES = """MINUTES of the meeting of the Growth Board held on Tuesday 6 April 2027
at 10.00 am

1. MINUTES OF THE LAST MEETING
RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.

2. PARTNER AUTHORITY UPDATES
The Board received the following updates from the partner authorities, for information:
- Northam District Council's Executive agreed on 11 March 2027 to sell the depot site at Mill Lane.
- Southby Borough Council resolved on 17 March 2027 to adopt its Design Code.
{after}
3. SKILLS PLAN
RESOLVED that the Skills Plan 2027-2030 be approved.
"""


def test_partner_decisions_received_for_information_decide_nothing(tmp_path: Path) -> None:
    """Before, "The Board received the following updates ..., for information:" over a list
    of the partner councils' decisions was read as the Board's decision (a lone receiving
    sentence, as "The Board received the report." is): what it received for information is
    others' acts, listed after the colon; the minutes print their own as RESOLVED."""
    rows = decision_rows(_BOARD_MINUTES.format(after=""), tmp_path)
    assert [t for t, _ in rows] == [
        "RESOLVED that the minutes of the meeting held on 2 February 2027 be approved.",
        "RESOLVED that the Skills Plan 2027-2030 be approved.",
    ]


def test_a_lone_receiving_sentence_still_decides(tmp_path: Path) -> None:
    """Guard: the Board receiving a report in a sentence of its own, no list of others' acts
    after a colon, is still the minute's record of its decision (as before)."""
    rows = decision_rows(_BOARD_MINUTES.replace(
        "The Board received the following updates from the partner authorities, for "
        "information:", "The Board received the annual report of the Skills Advisory Panel."
    ).format(after=""), tmp_path)
    assert [t for t, _ in rows][1] == (
        "The Board received the annual report of the Skills Advisory Panel.")
    assert len(rows) == 3


def test_board_deciding_after_the_list_keeps_the_record() -> None:
    """Guard: a sentence after the list in which the Board itself decides ("It was agreed to
    ...") makes the record more than a receipt; the list's entries (others' acts) do not."""
    listed = ("The Board received the following updates from the partner authorities, for "
              "information: Northam District Council's Executive agreed on 11 March 2027 to "
              "sell the depot site.")
    assert _received_only(listed)
    assert _received_only(listed + " - Southby Borough Council resolved to adopt its code.")
    assert not _received_only(listed + " It was agreed to ask Northam District Council for "
                              "first refusal on the depot site.")
