"""Review of round 35's fix D (decisions: lost motions past a vote table, a paper received in
minutes that mark resolutions, a body's recommendations in the possessive, the accounts clue in
running text, a label's letter wrapped): the cases the review found read wrong, each on a small
paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import decisions_in, pdf_minutes, source_lines
from kcc_papers.classify.other_clues import OTHER_CLUES
from kcc_papers.normalise.textclean import clean_line_after


def _rows(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(source, tmp_path))]


def _accounts_clue_fires(line: str) -> bool:
    (clue,) = [c for c in OTHER_CLUES if c.needs == ("statement",)
               and "Statement\\s+of\\s+(?:the\\s+)?Accounts" in c.pattern.pattern]
    return clue.pattern.search(line) is not None


# The accounts' own title with a word of its own before the phrase, in capitals: a cover's
# "Draft Statement of Accounts", the council's name on the title's line.
def test_regression_an_accounts_title_with_its_own_words_before_still_speaks() -> None:
    assert _accounts_clue_fires("Draft Statement of Accounts 2026/27")
    assert _accounts_clue_fires("Unaudited Statement of Accounts 2026/27")
    assert _accounts_clue_fires("Bransdale County Council Statement of Accounts 2026/27")
    assert _accounts_clue_fires("Bransdale County Council's Statement of Accounts")


def test_accounts_named_in_running_text_are_still_no_title() -> None:
    assert not _accounts_clue_fires("-- approved the Statement of Accounts 2025/26 on 24 February")
    assert not _accounts_clue_fires("the audit of the draft Statement of Accounts was delayed")
    assert _accounts_clue_fires("Statement of Accounts 2026/27")
    assert _accounts_clue_fires("2026/27 Statement of Accounts")


_HEAD = (
    "## Westerleigh Town Council",
    "## Finance and General Purposes Committee",
    "!! Minutes of the meeting held on Monday 8 March 2027 at 7.00 pm",
    "Present:\tCouncillors A. Vane (Chair), B. Wick and C. Yeo",
    "** 12. Minutes",
    "RESOLVED that the minutes of the meeting held on 8 February 2027 be approved as a correct"
    " record.",
)


# In minutes that mark resolutions: a paper received, then the body's decision on it in the
# next sentence, is a decision.
def test_regression_a_paper_received_then_a_decision_on_it_is_kept(tmp_path: Path) -> None:
    rows = _rows(source_lines(
        *_HEAD, "** 13. Budget 2027/28",
        "The Committee received the draft budget for 2027/28. It was agreed to recommend the"
        " budget to Full Council."), tmp_path)
    assert any(text.startswith("The Committee received the draft budget") for text, _ in rows)


# ... and a paper "received and adopted" or "received and accepted" is the body's own.
def test_regression_a_paper_received_and_adopted_is_kept(tmp_path: Path) -> None:
    rows = _rows(source_lines(
        *_HEAD, "** 13. Annual Governance Statement",
        "The Committee received and adopted the Annual Governance Statement for 2026/27.",
        "** 14. Internal Audit",
        "The Committee received and accepted the internal auditor's report."), tmp_path)
    texts = [text for text, _ in rows]
    assert "The Committee received and adopted the Annual Governance Statement for 2026/27." \
        in texts
    assert "The Committee received and accepted the internal auditor's report." in texts


# The negative: a log received, its rows naming actions agreed before, is still no decision.
def test_a_log_received_whose_rows_say_agreed_is_still_none(tmp_path: Path) -> None:
    rows = _rows(source_lines(
        *_HEAD, "** 13. Progress on Actions",
        "The Committee received the action log. The actions agreed at the last meeting remain"
        " open."), tmp_path)
    assert all("action log" not in text for text, _ in rows)


# Across a line's break a lone capital after a heading's or a name's last word is a split word
# ("Resolved" over "T hat ...", "... Head of Planning" over "S ervices"); only a label word
# keeps its letter apart.
def test_regression_a_split_initial_after_a_capitalised_non_label_is_joined() -> None:
    assert clean_line_after("T hat the report be noted.", "Resolved") == \
        "That the report be noted."
    assert clean_line_after("S ervices in the report.", "set out by the Head of Planning") == \
        "Services in the report."


def test_regression_a_split_initial_after_a_name_line_is_joined_in_minutes(
        tmp_path: Path) -> None:
    rows = _rows(source_lines(
        "## HOLMFIRTH VALE DISTRICT COUNCIL",
        "** MINUTES of the meeting of the Planning Committee held on 9 December 2026 at 7.00 pm",
        "Present: Councillor A. Ryder (Chairman); Councillors Bell, Cray, Dodd and Eyre",
        "** 41. Land at Mill Lane",
        "RESOLVED: That the application be approved subject to the conditions set out by the",
        "Head of Planning",
        "S ervices in the report."), tmp_path)
    assert "Head of Planning Services in the report" in " ".join(rows[0][0].split())


def test_a_label_word_in_either_case_keeps_its_wrapped_letter() -> None:
    assert clean_line_after("D equivalent properties", "set at 41,207 band") == \
        "D equivalent properties"
    assert clean_line_after("C subject to the changes", "as set out in Appendix") == \
        "C subject to the changes"


# A table's letter wrapped under "table" in small letters ("as set out in table" over "B
# subject to ...") is the table's, as under "Appendix".
def test_regression_a_table_label_in_small_letters_keeps_its_wrapped_letter() -> None:
    assert clean_line_after("B subject to the changes", "as set out in table") == \
        "B subject to the changes"


# ... and one received and sent on, or set work by: "referred it to", "instructed the Clerk",
# "requested a further report"; or "received the report, which was noted".
def test_regression_a_paper_received_and_acted_on_is_kept(tmp_path: Path) -> None:
    acts = ["The Committee received the petition and referred it to the Full Council.",
            "The Committee received the report and instructed the Clerk to write to the"
            " landowner.",
            "The Committee received the report and requested a further report in June.",
            "The Committee received the report, which was noted."]
    lines = [line for n, act in enumerate(acts, 13) for line in (f"** {n}. Item {n}", act)]
    texts = [text for text, _ in _rows(source_lines(*_HEAD, *lines), tmp_path)]
    assert all(act in texts for act in acts)



# A lone sentence receiving a report, the minute's record, stays a decision (the r31 review's
# "The Committee received the petitions report."), in minutes marking resolutions too.
def test_regression_a_lone_report_received_is_still_a_decision(tmp_path: Path) -> None:
    rows = _rows(source_lines(
        *_HEAD, "** 13. Internal Audit",
        "The Committee received the internal auditor's report."), tmp_path)
    assert ("The Committee received the internal auditor's report.", "noted") in rows

# A motion whose own words name a vote and open a list with a colon ("... about votes at 16:"
# over its points) is no recorded vote's table: its points stay in the refused motion's words.
def test_regression_a_motion_naming_votes_before_its_list_keeps_its_points(
        tmp_path: Path) -> None:
    rows = _rows(source_lines(
        "## ORRINGTON DISTRICT COUNCIL",
        "** MINUTES of a meeting of the Licensing Committee held on 4 March 2027",
        "Present: Councillors Abbot (Chair), Brill, Cawley, Doon, Ennis, Frome and Gale",
        "** LC.16 Notice of Motion - Voting at 16",
        "Councillor Brill moved, and Councillor Doon seconded, that the Committee write to the"
        " Government about votes at 16:",
        "- to lower the voting age to 16 for all elections",
        "- to fund voter registration in every secondary school",
        "The motion was put to the vote and was declared lost."), tmp_path)
    assert rows[0][1] == "rejected"
    assert "to fund voter registration in every secondary school" in rows[0][0]
    assert rows[0][0].startswith("Councillor Brill moved")
