"""Regression tests for the misses of held-out round 39's family K6 (contracts that are not the
council's, and estimates): a council-owned company's update saying what the company itself
let ("the company has appointed X Ltd as its main contractor"), a procurement strategy's
estimate of the contract to come with no firm, and a company board's minutes filed under a
cover line naming the council's committee they are sent to. Small papers in other councils'
words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, documents_of


def _report(paragraphs: str) -> str:
    return f"""Dunmere Borough Council
Report to: Companies Committee
Date: 8 July 2027
Title: Dunmere Estates Limited - Annual Update

1. Recommendation
1.1 That the Committee notes the update.

2. Update
{paragraphs}
"""


def test_company_lets_its_own_contract(tmp_path: Path) -> None:
    """Before, "the trading company has appointed Ashgrove Build Ltd as its principal
    contractor ... at £3.1 million", said in a council's report for information, was read as a
    contract of the council's. The sentence's subject, the body that appointed the firm, is
    the company (or a trust, a contractor itself): that body's contract, no row."""
    text = _report(
        "2.1 For information, the trading company has appointed Ashgrove Build Ltd as its\n"
        "principal contractor for the 18 flats at Mill Yard under a design and build contract\n"
        "of £3.1 million.\n"
        "2.2 The leisure trust had let its own contract for pool plant servicing to Clearwater\n"
        "Plant Ltd (£64,000 over three years).\n")
    assert contract_rows(text, tmp_path) == []


def test_council_award_beside_company_contract_kept(tmp_path: Path) -> None:
    """Guard: the council's own award in the same paper keeps its row; only the one the
    company says it let goes."""
    text = _report(
        "2.1 The Council has awarded the contract for the review of the company's accounts to\n"
        "Fenwick Audit Partners LLP at a fixed fee of £22,500.\n"
        "2.2 The company has appointed Ashgrove Build Ltd as its principal contractor at\n"
        "£3.1 million.\n")
    assert contract_rows(text, tmp_path) == [("Fenwick Audit Partners LLP", 22500.0)]


def _strategy(sentence: str) -> str:
    return f"""Dunmere Borough Council
Report to: Cabinet
Date: 14 April 2027
Title: Grounds Maintenance Contract - Procurement Strategy

1. Recommendations
1.1 That Cabinet approves the procurement of a new grounds maintenance contract for seven
years from 1 April 2028.

2. Background
2.1 The current grounds maintenance contract ends on 31 March 2028.
2.2 {sentence}
"""


def test_estimated_value_without_firm_is_no_contract(tmp_path: Path) -> None:
    """Before, "The estimated value of the new contract is £4.2m over seven years" gave a
    contract with no provider. A sum its sentence calls an estimate, of a contract no firm has
    been chosen for, lets nothing."""
    text = _strategy("The estimated value of the new contract is £4.2m over seven years, "
                     "based on an annual fee of about £600,000.")
    assert contract_rows(text, tmp_path) == []


def test_awarded_at_estimated_value_kept(tmp_path: Path) -> None:
    """Guard: an award naming its firm at an estimated value keeps both: the rule drops only
    rows with no firm."""
    text = _strategy("The Cabinet awarded the interim contract to Meadowcare Grounds Ltd at an "
                     "estimated value of £310,000.")
    assert contract_rows(text, tmp_path) == [("Meadowcare Grounds Ltd", 310000.0)]


_BOARD_MINUTES = """Dunmere Borough Council
Companies Committee - 8 July 2027 - Agenda Item 5, Appendix C (for information)


                      DUNMERE ESTATES LIMITED BOARD
                (Company number 10000001 - wholly owned by
                         Dunmere Borough Council)

       Minutes of the meeting held on Wednesday 2 June 2027 at 2.00 pm
                   at Unit 9, Kestrel Park, Dunmere

Directors present:  Helen Marsh (Chair)
                    Owen Pryce (Managing Director)

1.   APOLOGIES

     There were no apologies.

2.   ANNUAL ACCOUNTS

     RESOLVED (DE27/04): That the annual accounts for 2026/27 be approved.
"""


def test_board_minutes_under_cover_line(tmp_path: Path) -> None:
    """Before, a company board's minutes published under a cover line naming the council's
    committee they are sent to ("Companies Committee - 8 July 2027 - Agenda Item 5, Appendix
    C") took that committee as theirs. A "body - date" line going on to file the paper as an
    appendix names the meeting it is sent to; the minutes record their own heading's meeting."""
    path = tmp_path / "minutes.txt"
    path.write_text(_BOARD_MINUTES)
    assert documents_of(path) == [("minutes", "2027-06-02", "Dunmere Estates Limited Board")]


def test_dated_heading_without_appendix_kept(tmp_path: Path) -> None:
    """Guard: a minutes heading "body - date" with no appendix after it still names the
    meeting."""
    path = tmp_path / "minutes.txt"
    path.write_text(_BOARD_MINUTES.replace(
        "Companies Committee - 8 July 2027 - Agenda Item 5, Appendix C (for information)",
        "Companies Committee - 2 June 2027").replace("DUNMERE ESTATES LIMITED BOARD", "")
        .replace("(Company number 10000001 - wholly owned by", "")
        .replace("Dunmere Borough Council)\n", "\n"))
    assert documents_of(path) == [("minutes", "2027-06-02", "Companies Committee")]
