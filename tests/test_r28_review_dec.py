"""Review of held-out round 28's decisions fixes: papers other councils would publish that
the new rules misread.
Each on a small paper written here; each test failed before its mend."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decision_rows, decisions_in, pdf_minutes, source_lines

# ------------------- the Commissioner's acts reported at a meeting that is not his own board

PANEL_MINUTES = """NORTHSHIRE POLICE AND CRIME PANEL
Minutes of the meeting held on 16 April 2029 at 10.00 am
Present: Councillor J Hart (Chair), Councillor R Ames, Mr T Lowe (Independent Member)
In attendance: Mrs P Vance (Police and Crime Commissioner)

PCP/29/12  COMMISSIONER'S DECISIONS
           The Panel reviewed the decisions published since its last meeting.
           The Commissioner agreed the transfer of £50,000 to reserves in February 2029.

PCP/29/13  COMMISSIONER'S UPDATE
           The Commissioner presented her update to the Panel.
           The Police and Crime Commissioner approved the victims' strategy in March, she said.
"""


def test_regression_commissioner_at_the_panel_that_scrutinises_him(tmp_path: Path) -> None:
    # the panel that holds the Commissioner to account hears what he decided elsewhere: his
    # acts are its business, not its decisions (he decides only at the board he chairs)
    got = decision_rows(PANEL_MINUTES, tmp_path)
    assert not any(text.startswith(("The Commissioner", "The Police and Crime Commissioner"))
                   for text, _ in got), got


OWN_BOARD_MINUTES = """POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE
ACCOUNTABILITY BOARD
Minutes of the meeting held on 16 April 2029 at 10.00 am
{present}

AB/29/12  ESTATES STRATEGY
          The Chief Constable presented the strategy.
          The Commissioner endorsed the estates strategy for consultation.
"""

CHAIR_LINES = (
    "Present: Mrs P Vance (Police and Crime Commissioner, Chair); Chief Constable R Ames",
    "Present: Commissioner J Hart (Chair), Chief Constable R Ames",
    "Present: The Police and Crime Commissioner (Chair); Chief Constable R Ames",
    "Present: Chief Constable R Ames, Mr T Lowe (Chief Finance Officer)\n"
    "Chaired by the Police and Crime Commissioner, Mrs P Vance",
)


def test_commissioner_chairing_her_own_board_decides(tmp_path: Path) -> None:
    # the converse: she chairs, however the attendance puts it, so her act is the decision
    for i, present in enumerate(CHAIR_LINES):
        folder = tmp_path / str(i)
        folder.mkdir()
        got = decision_rows(OWN_BOARD_MINUTES.format(present=present), folder)
        assert ("The Commissioner endorsed the estates strategy for consultation.",
                "endorsed") in got, (present, got)


# ------------------------------- an English table word paired with "Decision" is no language

def _labelled(first_half: str) -> str:
    return source_lines(
        "## Northshire County Council",
        "## Planning Committee",
        "** Minutes of the meeting held on 10 June 2027 at 10.00 am",
        "Present: Councillor M Hale (Chair), Councillor D Moss",
        "** 24. Delegated Decisions and Appeals",
        "The Head of Planning reported the decisions made under delegation since the last "
        "meeting.",
        f"{first_half} / Decision: the appeal at 4 Mill Lane was dismissed by the Inspector.",
        "RESOLVED that the report be noted.",
    )


def test_regression_english_column_words_before_decision(tmp_path: Path) -> None:
    # "Status / Decision:", "Reason / Decision:", "Officer / Decision:" head a table's or a
    # list's columns in English: no word of another language, so no label of the meeting's
    for i, word in enumerate(("Status", "Reason", "Officer", "Response")):
        folder = tmp_path / str(i)
        folder.mkdir()
        got = {d.decision_text for d in decisions_in(pdf_minutes(_labelled(word), folder))}
        assert not any("/ Decision" in text for text in got), (word, got)


def test_other_tongues_decision_words_still_label(tmp_path: Path) -> None:
    # the converse: Gaelic and Irish words for a decision beside the English one are a label
    for i, word in enumerate(("Co-dhùnadh", "Cinneadh")):
        folder = tmp_path / str(i)
        folder.mkdir()
        got = {d.decision_text for d in decisions_in(pdf_minutes(_labelled(word), folder))}
        assert any(text.startswith(f"{word} / Decision:") for text in got), (word, got)
