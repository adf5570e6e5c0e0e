"""Review of round 15's reader changes, part A: patterns added by the round that went
super-linear on a hostile line (a long run of spaces), and counter-examples to the round's
rules on ordinary papers. Each test fails on the code before its fix."""

from __future__ import annotations

from kcc_papers.classify import CLUES
from kcc_papers.extract.kpis import cards, tiles
from test_s25_limits_misc import MOST_GROWTH, _growth

# ------------------------------------------------------------ patterns linear in a space run


def test_regression_tile_figure_alone_is_linear_in_a_run_of_spaces() -> None:
    # "\s*%?\s*[arrow]?\s*$": three "\s*" side by side tried every split of the run (cubic:
    # 1,000 spaces took seconds)
    def figure(spaces: int) -> object:
        return list(tiles._fields("1" + " " * spaces + "x", True, {}))

    assert _growth(figure, 30) < MOST_GROWTH
    assert list(tiles._fields("412 ↑", True, {})) == [("latest", "412")]
    assert list(tiles._fields("46.8 %", True, {})) == [("latest", "46.8 %")]


def test_regression_tile_trend_mark_is_linear_in_a_run_of_spaces() -> None:
    # the trend arrow's pattern was tried from every space of a run ending in no arrow
    def trend(spaces: int) -> object:
        return tiles._figure("1" + " " * spaces + "x")

    assert _growth(trend, 300) < MOST_GROWTH
    assert tiles._figure("91.0 →") == "91.0"


def test_regression_tile_field_bars_are_linear_in_a_run_of_spaces() -> None:
    # "Target 390 | rating A" is split at its bars: a run of spaces before a bar with no space
    # after it was read again from each of its spaces
    def bars(spaces: int) -> object:
        return list(tiles._fields("Target 390" + " " * spaces + "|x", False, {}))

    assert _growth(bars, 300) < MOST_GROWTH
    assert list(tiles._fields("Target 390 | rating 12", False, {})) == [
        ("target", "390")]


def test_regression_card_bracketed_period_is_linear_in_a_run_of_spaces() -> None:
    # a figure's bracketed period was looked for from every space of a run
    def bracketed(spaces: int) -> object:
        return cards._figure("n/a" + " " * spaces + "x")

    assert _growth(bracketed, 300) < MOST_GROWTH
    assert cards._figure("2,911 (Quarter 3)").value == 2911.0


def test_regression_labelled_indicator_is_linear_in_a_run_of_spaces() -> None:
    # "Indicator: HS01" then a run of spaces: "\s*[:.-]?\s*" after the code tried every split
    # of the run before the name's first character failed
    def labelled(spaces: int) -> object:
        return cards.opens_card("Indicator: HS01" + " " * spaces + "1")

    assert _growth(labelled, 300) < MOST_GROWTH
    opened = cards.opens_card("Indicator: HS01 - Average time to complete repairs")
    assert opened is not None
    assert (opened.group("ref"), opened.group("desc")) == (
        "HS01", "Average time to complete repairs")


def test_regression_attendees_clue_is_linear_in_a_run_of_spaces() -> None:
    # "Attendees" heading the list of those who attended: "\s*:?\s*$" tried every split of a
    # long run of spaces after it
    (clue,) = [c for c in CLUES if "Attendees" in c.pattern.pattern]

    def attendees(spaces: int) -> object:
        return clue.pattern.search("Attendees" + " " * spaces + "x")

    assert _growth(attendees, 300) < MOST_GROWTH
    assert clue.pattern.search("Attendees:") and clue.pattern.search("Attendees")
