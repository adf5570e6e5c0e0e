"""Review of round 34's fix M (minutes' numbering and headings): the cases the review found
read wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import minutes_of, numbers, pdf_minutes, source_lines
from kcc_papers.models import Decision

# Unnumbered minutes whose text lists posts year by year, each line the year, a dash and a
# count ("2025/26 - 3 Posts In Planning"): a list through the years, no minutes numbered
# through one municipal year.
YEARS_LISTED = """BRAMHOLT BOROUGH COUNCIL

CABINET

Minutes of the meeting held at the Town Hall, Bramholt on Tuesday 3 March 2027 at 7.00 pm

Present: Councillors P. Lark (Chairman), D. Osei, M. Tull, R. Vance

APOLOGIES FOR ABSENCE

Apologies were received from Councillor S. Pell.

STAFFING

The posts to be created were:
2025/26 - 3 Posts In Planning
2026/27 - 4 Posts In Housing
2027/28 - 5 Posts In Highways

RESOLVED that the posts be created.

MINUTES

RESOLVED that the minutes of the meeting held on 3 February 2027 be approved as a correct record.
"""


def test_regression_a_list_through_the_years_numbers_no_minute(tmp_path: Path) -> None:
    assert numbers(minutes_of(YEARS_LISTED, tmp_path)) == [
        (None, "APOLOGIES FOR ABSENCE"), (None, "STAFFING"), (None, "MINUTES")]


# Bold numbered headings run in to their text with no stop closing the bold: the bold still
# ends the title ("11. Apologies for Absence" in bold, then "Apologies were received ...").
RUN_IN_BOLD_NO_STOP = source_lines(
    "## HARTLEPOOL VALE TOWN COUNCIL",
    "** Minutes of the Environment Committee",
    "held on Wednesday 4 March 2026 at 7.00 pm at the Town Hall",
    "Present: Councillor J. Amis (Chair); Councillors K. Bly, L. Corr and N. Dunn",
    "**11. Apologies for Absence** Apologies were received from Councillor P. Eyre.",
    "**12. Waste Contract - Phase 2** The Committee considered the report of the Clerk on"
    " the second phase.",
    "RESOLVED that the second phase of the waste contract be approved.",
    "**13. Street Lighting** Councillor Bly moved that the lights be dimmed. The motion"
    " was lost.",
)


def test_regression_bold_run_in_heading_ending_on_no_stop(tmp_path: Path) -> None:
    assert numbers(pdf_minutes(RUN_IN_BOLD_NO_STOP, tmp_path)) == [
        ("11", "Apologies for Absence"),
        ("12", "Waste Contract - Phase 2"),
        ("13", "Street Lighting")]


# A heading in a title's case asking its question after its colon and dash: the title, not
# text (as one in capitals is); a question in sentence case after a colon is the text.
QUESTION_TITLE_CASE = """ASHBY VALE HOMES RESIDENTS' PANEL

MINUTES of the meeting of the Residents' Panel held on Monday 6 October 2025 at 6.00 pm

PRESENT: Mr L Nkemelu (Chair), Mrs A Frost, Ms D Kaur

RP/12  Apologies

None.

RP/13  Scrutiny Review: Damp and Mould - How Quickly Do We Respond?

The Panel discussed its draft findings.

RP/14  Questions: Did the contractor attend the site meeting?

The Panel noted the answer.
"""


def test_regression_title_case_heading_asking_its_question_is_one_title(
        tmp_path: Path) -> None:
    assert numbers(minutes_of(QUESTION_TITLE_CASE, tmp_path)) == [
        ("RP/12", "Apologies"),
        ("RP/13", "Scrutiny Review: Damp and Mould - How Quickly Do We Respond?"),
        ("RP/14", "Questions")]


# A table headed "Minute No." alone whose minute's text runs on into a row of its own, the
# number's cell left empty: the resolution there is the minute's.
NUMBER_ONLY_TABLE_TEXT_RUNS_ON = source_lines(
    "## WESTERBY DISTRICT COUNCIL",
    "** MINUTES of a meeting of the STANDARDS COMMITTEE held in the Council Chamber on"
    " Monday 2 February 2026 at 6.30 pm",
    "Present:\tCouncillor R. Marsh (Chairman); Councillors T. Able, F. Grove",
    "|% 30 70",
    "| Minute No. | |",
    "| 8. APOLOGIES FOR ABSENCE | Apologies were received from Councillor B. Finch. |",
    "| 9. CODE OF CONDUCT COMPLAINTS | The Monitoring Officer reported on four complaints. |",
    "| | RESOLVED: That the update be noted. |",
    "| 10. MINUTES | RESOLVED: That the minutes be confirmed as a correct record. |",
)


def test_regression_number_only_table_row_running_on_keeps_its_resolution(
        tmp_path: Path) -> None:
    records = pdf_minutes(NUMBER_ONLY_TABLE_TEXT_RUNS_ON, tmp_path)
    assert numbers(records) == [("8", "APOLOGIES FOR ABSENCE"),
                                ("9", "CODE OF CONDUCT COMPLAINTS"), ("10", "MINUTES")]
    assert [d.outcome for d in records if isinstance(d, Decision)] == ["noted", "approved"]
