"""Review of round 39's fix K7 (a decisions page's sub-title "Decisions made by the <body> on
<date>, <time>, <venue>"; the diamond bullet; an existing call-off; "Decision" headings): the
defects found, each with the paper that showed it."""

from __future__ import annotations

from datetime import date

from kcc_papers.extract.meetings.sentences import decisions_taken


def test_regression_decisions_made_comma_run_on_needs_a_leading_date() -> None:
    """The sentence's time and venue listed after commas follow its date, which opens what
    "on" says; a sentence whose "on" opens other words ("on behalf of the Council") and dates
    another meeting after a comma names no date of its own. Before, the run after the comma
    was read for the first date in it, the Council's meeting's."""
    assert decisions_taken([
        "Decisions made by the Cabinet on behalf of the Council, for its meeting of 4 March "
        "2027, are listed below"]) == {}
    # the variants it was for still read: no weekday, the venue before the time
    assert decisions_taken([
        "Decisions made by the Cabinet on 11 March 2027, 10.30 am, Council Chamber, Town "
        "Hall, Wyebridge"]) == {"committee": "Cabinet", "meeting_date": date(2027, 3, 11)}
    assert decisions_taken([
        "Decisions made by the Cabinet on Thursday 11th March 2027, Council Chamber, Town "
        "Hall, 10.30 am"]) == {"committee": "Cabinet", "meeting_date": date(2027, 3, 11)}
