"""Regressions of the side-by-side column split (s26 review, items 6 and 8): a two-column table
printed without rules is read row by row, not column by column; a time's "am" is English."""

from __future__ import annotations

from kcc_papers.normalise.bilingual import is_welsh


def test_regression_morning_times_are_not_welsh() -> None:
    assert not is_welsh("Sessions at 9.30 am, 10.30 am, 11.30 am and 2.00 pm, 3.00 pm")
    assert not is_welsh("Drop-in at 9am, 10am and 11am, then 2pm, 3pm and 4pm daily")


def test_welsh_am_before_a_time_still_counts() -> None:
    assert is_welsh("Nos Lun 13 Ebrill 2026 am 7.00 yr hwyr yn Neuadd y Dref; daeth y cyfarfod "
                    "i ben am 8.52 yr hwyr.")

