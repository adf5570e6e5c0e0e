"""Review of the round 39 fix for decision notices and meeting dates (family K5). Close
variants a council could print: a day written in words in a justified text pack, where the
words "day" and "of" stand more than one space apart or are wrapped onto two lines."""

from __future__ import annotations

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
