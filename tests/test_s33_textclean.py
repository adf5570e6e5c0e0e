"""Session 33: the split-initial repair of ``clean_text`` looked for a label word from the
line's start once per lone capital."""

from __future__ import annotations

from kcc_papers.normalise.textclean import clean_text
from test_s25_limits_misc import MOST_GROWTH, _growth


def test_regression_split_initials_of_a_long_line_are_linear() -> None:
    # each lone capital ("the B word") searched the whole line before it for a label word:
    # 8,000 of them on one line took 14 s
    def clean(repeats: int) -> object:
        clean_text.cache_clear()
        return clean_text("the B word " * repeats)

    assert _growth(clean, 200) < MOST_GROWTH


def test_labels_before_a_capital_are_still_seen_in_its_window() -> None:
    text = "four type B fire appliances, a Band D property and the R esolved minute"
    want = "four type B fire appliances, a Band D property and the Resolved minute"
    assert clean_text(text) == want
