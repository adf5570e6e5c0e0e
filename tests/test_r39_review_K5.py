"""Review of the round 39 fix for decision notices and meeting dates (family K5). Close
variants a council could print: a day written in words in a justified text pack, where the
words "day" and "of" stand more than one space apart or are wrapped onto two lines; a report's
own date labelled in a header table's label column, without the colon."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_documents, source_lines
from kcc_papers.normalise.dates import find_date


def test_regression_day_in_words_with_wide_or_wrapped_spacing() -> None:
    """"the third day  of February 2026" (a justified text pack's two spaces) and "the ninth
    day\\nof March 2026" (wrapped) were read as no date: the cue looked for "day of" with one
    space, while the date's own pattern allows any; and "twenty" wrapped away from "first"
    was no day. All are those dates; the guard (no month and year) holds."""
    assert str(find_date("held on Tuesday the third day  of February 2026")) == "2026-02-03"
    assert str(find_date("Dated this ninth day\nof March 2026.")) == "2026-03-09"
    assert str(find_date("this twenty\nfirst day of May 2027")) == "2027-05-21"
    assert find_date("on the first day  of the month") is None


def test_regression_report_date_label_without_colon_in_header_table(tmp_path: Path) -> None:
    """A report's header printed as a table, its label column without colons ("Date of report"
    beside "22 February 2027"): the report's own date was read as its meeting's, as the
    fix did only for a label with its colon. The meeting's date is the pack's."""
    front = ("## Wexcombe Borough Council", "** Standards Committee",
             "Date:\tTuesday 9 March 2027", "Time:\t7.00 pm", "Venue:\tCouncil Chamber",
             "** AGENDA", "1. Apologies for absence", "2. Code of Conduct Complaints Update",
             "--- page ---", "** Agenda Item 2", "## Code of Conduct Complaints Update")
    body = ("** 1. Purpose of the report",
            "1.1 To update the Committee on the complaints received under the Code of Conduct.",
            "** 2. Recommendations", "2.1 That the Committee notes the complaints received.")
    ruled = source_lines(*front, "| Report to | Standards Committee |",
                         "| Report of | Monitoring Officer |",
                         "| Date of report | 22 February 2027 |", "", *body)
    assert ("report", "2027-03-09", "Standards Committee") in pack_documents(ruled, tmp_path)
    tabbed = source_lines(*front, "Report to:\tStandards Committee",
                          "Report of:\tMonitoring Officer", "Report written\t22 February 2027",
                          *body)
    assert ("report", "2027-03-09", "Standards Committee") in pack_documents(tabbed, tmp_path)
