"""Review of held-out round 42's K4 change (a start time printed between an agenda item's
number and its title): the same timed agenda as other councils print it (an hour alone, "noon",
a slot "9.35 to 9.45", the time before the number with its "am" or as a slot, a title starting
with its year or a quote, a table of time, item and business), and the lines it must not read
as items (a break's time, a start time in words, a session's length)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import AgendaRow, pdf_agenda_items, source_lines, text_agenda_items

_MASTHEAD = (
    "!! Holmbridge Borough Council",
    "## Community Safety Partnership Board",
    "Date:\tWednesday 8 March 2028",
    "Location:\tCommittee Room 3, Town Hall, Holmbridge",
    "** AGENDA",
)
_WANT = [
    ("1", "Welcome and apologies"),
    ("2", "Minutes of the meeting held on 6 December 2027"),
    ("3", "Serious Violence Duty - Strategic Needs Assessment"),
    ("4", "Any other business"),
]


def _both(lines: list[str], tmp_path: Path) -> tuple[list[AgendaRow], list[AgendaRow]]:
    """The agenda's items read from the paper as a PDF and as a text export."""
    (tmp_path / "pdf").mkdir(parents=True)
    (tmp_path / "txt").mkdir()
    pdf = pdf_agenda_items(source_lines(*_MASTHEAD, *lines), tmp_path / "pdf")
    text = ("HOLMBRIDGE BOROUGH COUNCIL\n\nCOMMUNITY SAFETY PARTNERSHIP BOARD\n\nAGENDA\n\n"
            + "\n\n".join(line.replace("\t", "   ") for line in lines) + "\n")
    return pdf, text_agenda_items(text, tmp_path / "txt")


def _titled(*times: str, before: bool = False) -> list[str]:
    """The agenda's items with ``times`` after their numbers (or before them)."""
    return [f"{t}   {r}.   {title}" if before else f"{r}.   {t}   {title}"
            for t, (r, title) in zip(times, _WANT, strict=True)]


def test_regression_an_hour_alone_with_am_or_pm_after_the_number(tmp_path: Path) -> None:
    """Before, "1.   10am   Welcome" gave no item and "3.   2 pm   Serious ..." kept "2 pm" in
    its title: the clock read only a time with its minutes. An hour with its "am", "pm" (or
    "a.m.") is a time as well."""
    assert _both(_titled("10am", "10.05am", "2 pm", "11 a.m."), tmp_path) == (_WANT, _WANT)


def test_regression_a_time_with_am_or_a_slot_before_the_number(tmp_path: Path) -> None:
    """Before, "9.30am   1.   Welcome" gave no item, and "9.45 - 10.30   3.   Serious ..." an
    item "9.45" titled "10.30 3. Serious ...": the time skipped before the number was a bare
    "9.30" alone, not the clock (its "am", its slot) skipped after it."""
    assert _both(_titled("9.30am", "9.35am", "9.45am", "10.30am", before=True),
                 tmp_path / "am") == (_WANT, _WANT)
    assert _both(_titled("9.30 - 9.35", "9.35 - 9.45", "9.45 - 10.30", "10.30 - 10.40",
                         before=True), tmp_path / "slot") == (_WANT, _WANT)


def test_regression_a_slot_written_with_to_or_a_long_dash(tmp_path: Path) -> None:
    """Before, "1.   9.35 to 9.45 am   Welcome" and "10.00—10.30" gave no items."""
    assert _both(_titled("9.30 to 9.35 am", "9.35 to 9.45 am", "9.45—10.30", "10.30 – 10.40"),
                 tmp_path) == (_WANT, _WANT)


def test_regression_noon(tmp_path: Path) -> None:
    """Before, "2.   12.00 Noon   Minutes ..." was titled "Noon Minutes ..." and "3.   12 noon
    Serious ..." kept "12 noon": noon is the clock's too."""
    assert _both(_titled("11.30 am", "12.00 Noon", "12 noon", "12.30 pm"), tmp_path) == (
        _WANT, _WANT)


def test_regression_scottish_hours_and_welsh_yb_yp(tmp_path: Path) -> None:
    """Before, a Scottish council's "1000 hours" / "1005 hrs" stayed in the title and
    "10.30 hours" lost its item, and a Welsh paper's "9.30yb" / "2.00 yp" (y bore, y prynhawn)
    lost every item: the clock knew only "am" and "pm"."""
    assert _both(_titled("1000 hours", "1005 hrs", "10.30 hours", "11.00hrs"),
                 tmp_path / "scots") == (_WANT, _WANT)
    assert _both(_titled("9.30yb", "9.35 y.b.", "2.00yp", "3.00 yp"),
                 tmp_path / "welsh") == (_WANT, _WANT)


def test_a_quantity_of_hours_in_a_title_is_no_time(tmp_path: Path) -> None:
    """Guard: four figures are a Scottish time only with "hours" in small letters; a title's
    "1000 Hours Volunteering Pledge" keeps them."""
    lines = ["1.   Welcome and apologies", "2.   1000 Hours Volunteering Pledge"]
    want = [("1", "Welcome and apologies"), ("2", "1000 Hours Volunteering Pledge")]
    assert _both(lines, tmp_path) == (want, want)


def test_regression_the_number_alone_over_its_time_and_title(tmp_path: Path) -> None:
    """Before, an agenda printing each number alone ("1.") over its time and title ("9.30am
    Welcome and apologies") gave no items: the line under the number was taken for an item's
    own (its "9" a ref), though what follows that "ref" titles nothing."""
    lines = [part for t, (r, title) in zip(("9.30am", "9.35am", "9.45am", "10.00am"), _WANT,
                                            strict=True)
             for part in (f"{r}.", f"{t}   {title}")]
    assert _both(lines, tmp_path) == (_WANT, _WANT)


def test_regression_a_title_starting_with_its_year_or_a_quote(tmp_path: Path) -> None:
    """Before, an item whose title after its time starts with its year ("2027/28 Budget
    Monitoring") or a quote ("'Safer Streets' Fund Bid") was lost: only a capital was taken
    for a title's start."""
    want = [("1", "Welcome and apologies"), ("2", "2027/28 Budget Monitoring"),
            ("3", "'Safer Streets' Fund Bid"), ("4", "Any other business")]
    lines = ["1.   9.30am   Welcome and apologies", "2.   9.35am   2027/28 Budget Monitoring",
             "3.   9.45am   'Safer Streets' Fund Bid", "4.   10.00am   Any other business"]
    assert _both(lines, tmp_path) == (want, want)


def test_regression_a_ruled_table_with_its_slot_before_the_item(tmp_path: Path) -> None:
    """Before, a ruled "Time | Item | Business | Lead" table with slots ("9.45 - 10.30")
    gave items "9.45" titled "10.30 Serious ..." and lost the rest: the table's time cell was
    a time only without its slot's end."""
    lines = ["|- Time | Item | Business | Lead |",
             *(f"| {t} | {r} | {title} | Chair |" for t, (r, title) in
               zip(("9.30 - 9.35", "9.35 - 9.45", "9.45 - 10.30", "10.30 - 10.40"), _WANT,
                   strict=True))]
    (tmp_path / "pdf").mkdir()
    assert pdf_agenda_items(source_lines(*_MASTHEAD, *lines), tmp_path / "pdf") == _WANT


def test_regression_text_columns_with_a_slot_before_the_item(tmp_path: Path) -> None:
    """Before, a text export's "Time  Item  Business  Lead" columns with slots ("9.45 -
    10.30 am   3   Serious ...") gave items "9.45" titled "10.30 am Serious ...": the slot's
    cell was taken for the ref, not the time."""
    rows = [f"{t}   {r}   {title}   Chair" for t, (r, title) in
            zip(("9.30 - 9.35 am", "9.35 - 9.45 am", "9.45 - 10.30 am", "10.30 - 10.40 am"),
                _WANT, strict=True)]
    text = ("HOLMBRIDGE BOROUGH COUNCIL\n\nCOMMUNITY SAFETY PARTNERSHIP BOARD\n\nAGENDA\n\n"
            "Time   Item   Business   Lead\n\n" + "\n\n".join(rows) + "\n")
    assert text_agenda_items(text, tmp_path) == _WANT


def test_breaks_and_closing_times_are_no_items(tmp_path: Path) -> None:
    """Guard: a break's line between the items ("12 noon   Lunch", "12.30 pm   Break") and a
    closing sentence's time are no items, and the time after the last item's number is
    skipped as the others are."""
    lines = ["1.   9.30am   Welcome and apologies",
             "2.   9.35am   Minutes of the meeting held on 6 December 2027",
             "12 noon   Lunch", "12.30 pm   Break",
             "3.   1.00 pm   Serious Violence Duty - Strategic Needs Assessment",
             "4.   2 pm   Any other business", "The meeting will close at 3 pm."]
    assert _both(lines, tmp_path) == (_WANT, _WANT)


def test_a_length_or_a_time_in_words_is_no_start_time(tmp_path: Path) -> None:
    """Guard: "2 hrs" after an item's number is the session's length, no clock, and a time
    followed by words in small letters ("10.30 am start, site visit") is no item's line."""
    lines = ["1.   Welcome and apologies", "2.   10.30 am start, site visit",
             "3.   Minutes of the last meeting", "4.   2 hrs Workshop on Serious Violence"]
    want = [("1", "Welcome and apologies"), ("3", "Minutes of the last meeting"),
            ("4", "2 hrs Workshop on Serious Violence")]
    assert _both(lines, tmp_path) == (want, want)
