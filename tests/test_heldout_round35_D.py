"""Held-out round 35, decisions: the misses fixed, each on a small paper written in the layout
that showed it (other names, other words)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import (
    decisions_in,
    documents_of,
    pdf_minutes,
    rendered,
    source_decision_rows,
    source_lines,
)
from kcc_papers.normalise.textclean import clean_line_after


def _rows(source: str, tmp_path: Path) -> list[tuple[str, str]]:
    return [(d.decision_text, d.outcome) for d in decisions_in(pdf_minutes(source, tmp_path))]


# A member's motion, a recorded vote's table of names under "... taken:", then "The motion was
# declared lost." (r35b Kestle Moor): the decision is the motion's words, the table passed over.
RECORDED_VOTE_TABLE = source_lines(
    "## ORRINGTON DISTRICT COUNCIL",
    "** MINUTES of a meeting of the Licensing Committee held on 4 March 2027",
    "Present: Councillors Abbot (Chair), Brill, Cawley, Doon, Ennis, Frome and Gale",
    "** LC.12 TAXI FARES REVIEW",
    "Councillor Brill moved, and Councillor Doon seconded, that the Committee ask the Cabinet to"
    " freeze hackney carriage fares until the fuel survey has been reported.",
    "A recorded vote was requested and taken:",
    "|~ For (3) | Against (4) | Abstaining (0) |",
    "| Brill | Abbot | - |",
    "| Doon | Cawley | - |",
    "| Gale | Ennis | - |",
    "| - | Frome | - |",
    "The motion was declared lost.",
    "** LC.13 DATE OF NEXT MEETING",
    "RESOLVED that the next meeting be held on 1 April 2027.",
)


def test_a_recorded_vote_table_between_motion_and_defeat_is_passed_over(
        tmp_path: Path) -> None:
    rows = _rows(RECORDED_VOTE_TABLE, tmp_path)
    assert rows[0][1] == "rejected"
    assert rows[0][0].startswith(
        "Councillor Brill moved, and Councillor Doon seconded, that the Committee ask the Cabinet"
        " to freeze hackney carriage fares")
    assert rows[0][0].endswith("The motion was declared lost.")
    assert [text for text, _ in rows[1:]] == [
        "RESOLVED that the next meeting be held on 1 April 2027."]


# A hybrid meeting's roll call (r35b Cwm Teilo): a member losing her connection and another not
# voting between the motion and the vote, which is taken by roll call in a table of names.
ROLL_CALL_WITH_ASIDES = source_lines(
    "## TREFOR VALLEY COUNTY BOROUGH COUNCIL",
    "** MINUTES of the Economy Scrutiny Committee held on 9 February 2027 (hybrid meeting)",
    "Present: Councillors Amos (Chair), Bevan, Cole, Dee, Ellis and Ford",
    "** ES/21 Notice of Motion - Market Rents",
    "Councillor Bevan moved, and Councillor Cole seconded, that the Committee recommend to"
    " Cabinet that stall rents at the indoor market be frozen for 2027/28.",
    "At 10.12 am Councillor Dee lost her connection to the meeting and rejoined at 10.20 am; as"
    " she had not heard the whole of the debate she did not vote on this item.",
    "Councillor Ford did not vote, having declared an interest.",
    "The vote was taken by roll call:",
    "| Councillor | Vote |",
    "| Amos | Against |",
    "| Bevan | For |",
    "| Cole | For |",
    "| Ellis | Against |",
    "For 2, Against 2; the Chair used her casting vote against. The motion was therefore lost.",
)


def test_a_roll_call_after_attendance_asides_keeps_the_motions_words(tmp_path: Path) -> None:
    rows = _rows(ROLL_CALL_WITH_ASIDES, tmp_path)
    assert len(rows) == 1 and rows[0][1] == "rejected"
    assert "that the Committee recommend to Cabinet that stall rents at the indoor market be" \
        " frozen for 2027/28" in rows[0][0]
    assert "lost her connection" not in rows[0][0]


# The negative: an amendment moved before the table; "the motion" lost may be either, so the
# defeat stays alone (no amendment's words read as the refused motion).
AMENDMENT_BEFORE_TABLE = source_lines(
    "## TREFOR VALLEY COUNTY BOROUGH COUNCIL",
    "** MINUTES of the Economy Scrutiny Committee held on 9 February 2027",
    "Present: Councillors Amos (Chair), Bevan, Cole, Dee, Ellis and Ford",
    "** ES/22 Notice of Motion - Parking Charges",
    "Councillor Bevan moved an amendment, seconded by Councillor Cole, that the charges be"
    " halved.",
    "The vote was taken by roll call:",
    "| Councillor | Vote |",
    "| Amos | Against |",
    "| Bevan | For |",
    "| Cole | For |",
    "| Ellis | Against |",
    "| Ford | Against |",
    "The motion was therefore lost.",
)


def test_an_amendment_before_a_vote_table_is_not_read_as_the_motion(tmp_path: Path) -> None:
    rows = _rows(AMENDMENT_BEFORE_TABLE, tmp_path)
    assert all("halved" not in text for text, _ in rows)


# A motion seconded, then put to the vote in a clause set off by commas (r35e Brackwater):
# "The motion was seconded by Councillor B and, on being put to the vote, was lost (2 for, 5
# against)." is a decision of its own beside the minute's RESOLVED.
SECONDED_AND_PUT_IN_COMMAS = source_lines(
    "## ELMBRIDGE ON SEA TOWN COUNCIL",
    "** MINUTES of the meeting of the Amenities Committee held on Tuesday 6 May 2025",
    "Present: Councillors Hale (Chair), Irons, Jory, Kemp and Lusk",
    "** AM.31 Beach Huts",
    "Councillor Irons moved that the annual beach hut licence fee be reduced from £420 to £350."
    " The motion was seconded by Councillor Kemp and, on being put to the vote, was lost (2 for,"
    " 3 against).",
    "RESOLVED that the beach hut licence fee for 2025/26 be set at £420.",
)


def test_a_motion_put_to_the_vote_in_commas_and_lost_is_rejected(tmp_path: Path) -> None:
    rows = _rows(SECONDED_AND_PUT_IN_COMMAS, tmp_path)
    assert rows == [
        ("Councillor Irons moved that the annual beach hut licence fee be reduced from £420 to"
         " £350. The motion was seconded by Councillor Kemp and, on being put to the vote, was"
         " lost (2 for, 3 against).", "rejected"),
        ("RESOLVED that the beach hut licence fee for 2025/26 be set at £420.", "other"),
    ]


# The negative: an amendment so put and lost beside the RESOLVED is no decision.
AMENDMENT_IN_COMMAS = source_lines(
    "## ELMBRIDGE ON SEA TOWN COUNCIL",
    "** MINUTES of the meeting of the Amenities Committee held on Tuesday 6 May 2025",
    "Present: Councillors Hale (Chair), Irons, Jory, Kemp and Lusk",
    "** AM.32 Beach Huts",
    "Councillor Irons moved an amendment that the fee be £350. The amendment was seconded by"
    " Councillor Kemp and, on being put to the vote, was lost (2 for, 3 against).",
    "RESOLVED that the beach hut licence fee for 2025/26 be set at £420.",
)


def test_an_amendment_put_in_commas_and_lost_is_none(tmp_path: Path) -> None:
    assert _rows(AMENDMENT_IN_COMMAS, tmp_path) == [
        ("RESOLVED that the beach hut licence fee for 2025/26 be set at £420.", "other")]


# A town council's minutes marking their decisions RESOLVED (r35f Fernhollow): a minute whose
# only record is "The Committee received the action log." over the log's table decides nothing.
RECEIVED_IN_RESOLVED_MINUTES = source_lines(
    "## Westerleigh Town Council",
    "## Finance and General Purposes Committee",
    "!! Minutes of the meeting held on Monday 8 March 2027 at 7.00 pm",
    "Present:\tCouncillors A. Vane (Chair), B. Wick and C. Yeo",
    "** 12. Minutes",
    "RESOLVED that the minutes of the meeting held on 8 February 2027 be approved as a correct"
    " record.",
    "** 13. Progress on Actions",
    "The Committee received the action log. The following actions remain open:",
    "|- Action | Owner | Due |",
    "| Obtain quotes for the pavilion roof | Clerk | April 2027 |",
    "| Renew the play area inspection contract | Deputy Clerk | May 2027 |",
    "** 14. Bank Reconciliation",
    "RESOLVED that the bank reconciliation to 28 February 2027 be approved.",
)


def test_a_paper_received_in_minutes_that_mark_resolutions_is_no_decision(
        tmp_path: Path) -> None:
    rows = _rows(RECEIVED_IN_RESOLVED_MINUTES, tmp_path)
    assert [text for text, _ in rows] == [
        "RESOLVED that the minutes of the meeting held on 8 February 2027 be approved as a"
        " correct record.",
        "RESOLVED that the bank reconciliation to 28 February 2027 be approved.",
    ]


# The negative: minutes that never print a resolution decide by such a sentence.
RECEIVED_IN_UNMARKED_MINUTES = source_lines(
    "## Westerleigh Town Council",
    "## Finance and General Purposes Committee",
    "!! Minutes of the meeting held on Monday 8 March 2027 at 7.00 pm",
    "Present:\tCouncillors A. Vane (Chair), B. Wick and C. Yeo",
    "** 12. Minutes",
    "The minutes of the meeting held on 8 February 2027 were approved as a correct record.",
    "** 13. Internal Audit",
    "The Committee received the internal auditor's interim report.",
)


def test_a_paper_received_in_unmarked_minutes_is_still_a_decision(tmp_path: Path) -> None:
    rows = _rows(RECEIVED_IN_UNMARKED_MINUTES, tmp_path)
    assert any(text.startswith("The Committee received the internal auditor") for text, _ in rows)


# A working group's final report (r35a Harwick Vale): the report's own block asks the meeting
# to agree the group's recommendations, set out later under "5. The Group's recommendations"
# in a "No. | Recommendation | Lead" table: the table's rows are no ask of their own.
GROUPS_POSSESSIVE_HEADING = source_lines(
    "## SALTMARSH BOROUGH COUNCIL",
    "Report to:\tCabinet",
    "Date of meeting:\t14 May 2027",
    "## Allotments Review Panel: Final Report",
    "** 1. Recommendations",
    "1.1 That Cabinet agrees the four recommendations of the Review Panel set out in section 3"
    " of this report.",
    "** 2. What the Panel found",
    "2.1 Waiting lists have doubled since 2022 and two sites are under-used.",
    "** 3. The Panel's recommendations",
    "3.1 The Panel recommends that:",
    "| No. | Recommendation | Lead |",
    "| P1 | Half plots are offered on every site. | Parks Manager |",
    "| P2 | Rents are reviewed every two years. | Head of Finance |",
    "| P3 | Under-used plots at Fen Lane are let to community groups. | Parks Manager |",
    "| P4 | The Panel reviews progress in a year. | Review Panel |",
    "** 4. Financial implications",
    "4.1 None beyond existing budgets.",
)


def test_a_bodys_recommendations_in_the_possessive_are_no_asks(tmp_path: Path) -> None:
    assert source_decision_rows(GROUPS_POSSESSIVE_HEADING, "report", tmp_path) == [
        ("That Cabinet agrees the four recommendations of the Review Panel set out in section 3"
         " of this report.", "agreed")]


# A committee's annual report to council (r35c Ardenholme): what it did in the year listed,
# "approved the Statement of Accounts 2024/25 on ...", is running text, no accounts document.
ANNUAL_REPORT_NAMING_ACCOUNTS = source_lines(
    "## BRANSDALE COUNTY COUNCIL",
    "!! County Council - 17 June 2027",
    "** Annual Report of the Standards and Audit Committee 2026/27",
    "Report of the Chair of the Standards and Audit Committee",
    "** Recommendation",
    "That the County Council notes the annual report of the Standards and Audit Committee for"
    " 2026/27.",
    "** 1. What the Committee did",
    "1.1 During the year the Committee:",
    "-- approved the Statement of Accounts 2025/26 on 24 February 2027;",
    "-- reviewed the corporate risk register at each meeting;",
    "-- received the Head of Internal Audit's annual opinion.",
)


def test_accounts_named_in_running_text_leave_a_report(tmp_path: Path) -> None:
    path = rendered(ANNUAL_REPORT_NAMING_ACCOUNTS, tmp_path)
    assert [d[:2] for d in documents_of(path)] == [("report", "2027-06-17")]


# The negative: the accounts' own title, on its line, still speaks against a paper.
ACCOUNTS_TITLE = source_lines(
    "## BRANSDALE COUNTY COUNCIL",
    "** Statement of Accounts 2026/27",
    "Narrative report of the Director of Finance",
    "1.1 The Council's net revenue spending in the year was £412.6m.",
    "1.2 Usable reserves stood at £88.1m at 31 March 2027.",
)


def test_the_accounts_own_title_is_still_no_paper(tmp_path: Path) -> None:
    path = rendered(ACCOUNTS_TITLE, tmp_path)
    assert [d[0] for d in documents_of(path)] == ["other"]


# A council's minutes (r35g Dunmere): a resolution wrapping between "Band" and "D equivalent
# properties"; the letter opening the next line is the band's, not a split word's first letter.
LABEL_LETTER_WRAPPED = source_lines(
    "## HOLMFIRTH VALE DISTRICT COUNCIL",
    "** MINUTES of the meeting of the Council held on Wednesday 9 December 2026 at 7.00 pm",
    "Present: Councillor A. Ryder (Chairman); Councillors Bell, Cray, Dodd and Eyre",
    "** 41. Council Tax Base 2027/28",
    "RESOLVED: That the council tax base for the whole of the District for 2027/28 be set at"
    " 41,207 Band D equivalent properties, and the tax base for each parish be as set out in"
    " Appendix 2 to the report.",
)


def test_a_label_letter_wrapped_onto_the_next_line_stays_a_word(tmp_path: Path) -> None:
    (text,) = [text for text, _ in _rows(LABEL_LETTER_WRAPPED, tmp_path)]
    assert "Band D equivalent properties" in " ".join(text.split())


# The negative: a heading's split first letter ("C orporate") after a line ending in no label
# word is still joined.
def test_a_split_initial_after_no_label_is_still_joined() -> None:
    assert clean_line_after("C orporate Services", "Minutes of the meeting.") == \
        "Corporate Services"
    assert clean_line_after("D equivalent properties", "set at 38,914 Band") == \
        "D equivalent properties"
