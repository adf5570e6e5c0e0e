"""Regression tests for the misses of held-out round 39's family K5 (decision notices and
meeting dates): a report dated by the label of its own writing ("Report written:", "Date of
report:") under its "Report to:" body, which is not the meeting's date; a decision notice
titled "Notice of Decisions of the Executive" over a "Meeting held on:" label; and the holder
of a service in use now, "provided by <a name joined by 'and'> under an agreement that ends
on <date>". Small papers in other councils' words, each rule with a guard."""

from __future__ import annotations

from pathlib import Path

from heldout_support import contract_rows, documents_of, pack_documents, source_lines

_TEXT_PACK = """Public Document Pack

ELMSBROOK DISTRICT COUNCIL

2 March 2027

Dear Councillor,

PLANNING POLICY COMMITTEE

You are summoned to attend a meeting of the Planning Policy Committee to be held in the
Council Chamber, Elmsbrook on Wednesday, 17 March 2027 at 6.00 pm, when the business set
out below will be transacted.

                                   AGENDA

1.   Apologies for Absence

2.   Declarations of Interest

3.   Local Plan Timetable Review                                   (Pages 1 - 6)

                                                              Agenda Item 3

ELMSBROOK DISTRICT COUNCIL

Report to:          Planning Policy Committee
Report of:          Head of Planning Policy
{label}     19 February 2027
Subject:            Local Plan Timetable Review

1.  PURPOSE OF REPORT

1.1 To ask the Committee to agree a revised timetable for the Local Plan review, to be
    submitted for examination in the autumn of 2027.

2.  RECOMMENDATION

2.1 That the revised Local Plan timetable at Appendix A be agreed.
"""


def _pack(tmp_path: Path, label: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "pack.txt"
    path.write_text(_TEXT_PACK.format(label=label))
    return [d for d in documents_of(path) if d[0] == "report"]


def test_report_written_label_is_not_the_meeting_date(tmp_path: Path) -> None:
    """Before, the date under a report's "Report to:" body, labelled "Report written:", was
    read as its meeting's (a short line holding a date under the body's name); a label naming
    the report's own writing dates the report, and the meeting's date is the pack's."""
    assert _pack(tmp_path, "Report written:") == [
        ("report", "2027-03-17", "Planning Policy Committee")]


def test_date_of_report_label_is_not_the_meeting_date(tmp_path: Path) -> None:
    """The same with the label "Date of report:" (a PDF pack's report)."""
    source = source_lines(
        "## Wexcombe Borough Council", "** Standards Committee",
        "Date:\tTuesday 9 March 2027", "Time:\t7.00 pm", "Venue:\tCouncil Chamber",
        "** AGENDA", "1. Apologies for absence", "2. Code of Conduct Complaints Update",
        "--- page ---", "** Agenda Item 2", "## Code of Conduct Complaints Update",
        "Report to: Standards Committee", "Report of: Monitoring Officer",
        "Date of report: 22 February 2027", "** 1. Purpose of the report",
        "1.1 To update the Committee on the complaints received under the Code of Conduct.",
        "** 2. Recommendations", "2.1 That the Committee notes the complaints received.")
    docs = pack_documents(source, tmp_path)
    assert ("report", "2027-03-09", "Standards Committee") in docs


def test_meeting_date_label_still_dates_the_report(tmp_path: Path) -> None:
    """Guard: a "Date:" label under the report's body is its meeting's date, as before (only a
    label naming the report's own date is passed over)."""
    assert _pack(tmp_path, "Date:          ") == [
        ("report", "2027-02-19", "Planning Policy Committee")]


_NOTICE = source_lines(
    "## CARRICKMOOR DISTRICT COUNCIL", "** NOTICE OF DECISIONS OF THE EXECUTIVE",
    "Meeting held on:\tTuesday 6 April 2027", "Date of publication:\t8 April 2027",
    "Call-in deadline:\t5.00 pm on 15 April 2027",
    "The following decisions were taken by the Executive.",
    "** EX/27/41  Town Centre Wayfinding Signs", "** Decision",
    "That the replacement of the town centre wayfinding signs be approved.",
    "** Reasons for the decision", "The existing signs are faded and out of date.")


def test_notice_of_decisions_of_the_executive(tmp_path: Path) -> None:
    """Before, a decision notice titled "NOTICE OF DECISIONS OF THE EXECUTIVE" over "Meeting
    held on: <date>" got no body and no date: the body known by its one word was read only
    after a colon, and "Meeting held on:" was no date label. The one word read whole to the
    title's end is the body; the label dates its meeting (not the publication's date)."""
    from heldout_support import rendered
    docs = documents_of(rendered(_NOTICE, tmp_path))
    assert docs == [("decision", "2027-04-06", "Executive")]


_HOLDER = ("That the contract for the school crossing patrol uniforms be awarded to Brightstitch "
           "Workwear Ltd for three years at a total contract value of £96,000. {s}")


def test_current_provider_under_agreement_that_ends(tmp_path: Path) -> None:
    """Before, "currently ..., provided by <Name and Name> NHS Foundation Trust under an
    agreement that ends on <date>" named no outgoing holder: no pattern read a service in use
    "under an agreement that ends", and the name's joining "and" counted against a party's
    word limit. The holder of the agreement in place is the outgoing contract, no value."""
    text = _HOLDER.format(s=(
        "The Council currently uses the laundry at Wendlebury Hospital, provided by Wendlebury "
        "and Marsh Hospitals NHS Foundation Trust under an agreement that ends on 31 "
        "July 2027."))
    assert contract_rows(text, tmp_path) == [
        ("Brightstitch Workwear Ltd", 96000.0),
        ("Wendlebury and Marsh Hospitals NHS Foundation Trust", None)]


def test_future_provider_under_contract_is_no_outgoing_holder(tmp_path: Path) -> None:
    """Guard: the service to come, "will be provided by X Ltd under a contract that ends",
    said with nothing in use now, names no outgoing holder."""
    text = _HOLDER.format(s=(
        "The uniforms will be provided by Brightstitch Workwear Ltd under a contract that ends "
        "on 31 August 2030."))
    assert contract_rows(text, tmp_path) == [("Brightstitch Workwear Ltd", 96000.0)]


def test_day_in_words_dates_the_minutes() -> None:
    """Before, "the third day of February 2026" (a town council's minutes' heading) was read
    as no date, and the minutes took the pack's meeting date; a day written as an ordinal word
    before "day of <month> <year>" is that date."""
    from kcc_papers.normalise.dates import find_date
    assert str(find_date("held on Monday the ninth day of March 2026 at 7 pm")) == "2026-03-09"
    assert str(find_date("Dated this twenty-first day of May, 2027.")) == "2027-05-21"
    assert find_date("on the first day of the month") is None  # guard: no month and year


def test_town_council_by_its_kind_is_the_council_itself() -> None:
    """Before, "the Meeting of the Town Council" in a town council's papers gave the committee
    "Town Council"; the council's kind alone, where the paper's council is of that kind, names
    the council meeting as a whole. Guard: a district council's paper naming "the Town
    Council" names another body, not itself."""
    from kcc_papers.extract.meetings.council import names_the_council_itself
    assert names_the_council_itself("Town Council", "Brackenwell Town Council")
    assert not names_the_council_itself("Town Council", "Brackenwell District Council")
    assert not names_the_council_itself("Finance Committee", "Brackenwell Town Council")
