"""Review of round 32's Welsh bilingual fixes (reviewer welshA): papers another council could
publish that the new rules misread. Each runs on small papers written here."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, text_agenda_items
from kcc_papers.classify.bilingual_subjects import subject_label
from kcc_papers.extract.meetings.minutes_heading import minutes_heading

# An English council's agenda whose front notes are numbered paragraphs "1.1", "1.2" above the
# list, which starts at its own item "1".
NOTES_ABOVE_AGENDA = (
    "AGENDA\n"
    "1.1 Members are reminded that the meeting will be webcast.\n"
    "1.2 Mobile phones should be switched off during the meeting.\n"
    "1 Apologies for absence\n"
    "2 Declarations of interest\n"
    "3 Minutes of the last meeting\n")


def test_regression_numbered_notes_above_an_agenda_starting_at_1_start_no_list(
        tmp_path: Path) -> None:
    # "1.1" over "1.2" starts a list numbered within its sections only where no list's own
    # first item ("1") follows: here the notes took the list's start, and item 1, no
    # successor of "1.2", was lost
    assert text_agenda_items(NOTES_ABOVE_AGENDA, tmp_path) == [
        ("1", "Apologies for absence"), ("2", "Declarations of interest"),
        ("3", "Minutes of the last meeting")]


def test_regression_english_first_bilingual_subject_label_gives_the_value_alone() -> None:
    # "Subject / Pwnc: X" (English first, as the module's own docstring promises to read) was
    # matched whole by "Subject" (its colon optional), the subject read as "/ Pwnc: X": a
    # title rule anchored at its start (a forward plan's, an indicator set's) missed it
    for line in ("Subject / Pwnc:\tStrategic Risk Register",
                 "Pwnc / Subject:\tStrategic Risk Register",
                 "Report Title / Teitl yr Adroddiad: Strategic Risk Register"):
        m = subject_label(line)
        assert m is not None and m.group(2).strip() == "Strategic Risk Register"


def test_regression_board_then_committee_comma_date_names_the_committee() -> None:
    # "Board, Committee, date, venue": the body nearest the date meets (as "COUNCIL – AUDIT
    # COMMITTEE – date" is read); the comma rule read both bodies as one name ("Teifi Health
    # Board, Audit Committee"), and a council's name before its cabinet so too
    for line, body in (
            ("Teifi Shores University Health Board, Audit Committee, 18 September 2031, "
             "Boardroom", "Audit Committee"),
            ("Teifi Shores University Health Board, People, Planning and Performance "
             "Committee, Tuesday 9 September 2031", "People, Planning and Performance Committee"),
            ("Thornleigh Borough Council, Cabinet, Thursday 18 September 2031, Town Hall",
             "Cabinet"),
            ("Audit, Risk and Assurance Committee, Thursday 18 September 2031, Boardroom",
             "Audit, Risk and Assurance Committee")):
        heading = minutes_heading(["Unconfirmed Minutes", line, "Present: Mr A Rees (Chair)"])
        assert heading.committee == body


# A board committee's minutes whose meeting line names the board, then the committee, then
# the date after commas, under the board's masthead.
BOARD_FIRST_MINUTES = """** Teifi Health Board
** Unconfirmed Minutes
Teifi Health Board, Audit Committee, Tuesday 9 September 2031, Boardroom
Present: Mr D Rowlands (Chair), Ms F Ashby, Dr H Preece (Independent Members)
** AC 31/40 Welcome and Apologies
Apologies were received from Mrs J Lyle.
** AC 31/41 Counter Fraud Report
The Committee NOTED the counter fraud report for quarter 1.
"""


def test_regression_board_first_meeting_line_names_the_committee_in_the_pack(
        tmp_path: Path) -> None:
    # the pack's minutes were the committee "Teifi Health Board, Audit Committee"
    assert pack_documents(BOARD_FIRST_MINUTES, tmp_path) == [
        ("minutes", "2031-09-09", "Audit Committee")]
