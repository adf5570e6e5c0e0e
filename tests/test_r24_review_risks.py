"""Review of round 24's risk fixes: what the new rules misread in other councils' papers.

A text register's owner cell that overruns its column and ends in a figure of its own
("Locality Team 2"), the next column's figure pushed along after it, lost the risk's score: the
figure was parted off into the score's column as if it were the score. A scale's key under a
register's last row was known only as "1 Rare, 2 Unlikely, 3 Possible" (a number, then a name
in capitals and lower case), so a key in lower case, in capitals, numbered "1.", with its
numbers in brackets after the names, or given as a range ("1-5", "1 = Rare to 5 = Almost
certain") still overrode the last risk's likelihood; and a card's score naming its history
and its target in the same words ("16 Very High (was 20 Very High; target 8 Medium)") was
taken for a key, and the risk lost. The letters-beside-a-score header looked along the whole
line from each pair of letters, quadratic in a long line of them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from heldout_support import ScoredRisk, scored_risks
from kcc_papers.extract.risks.lettered import lettered_header
from kcc_papers.extract.risks.reader import HEADER_LINE_CHARS
from test_heldout_round24_risks import _register_with_key

# A pattern's pass over 10,000 characters takes less than this: linear, not quadratic.
# CPU seconds (process_time, not the wall clock a loaded machine stretches)
LINEAR_SECONDS = 0.1

# ---------------------------------------------------------------- a cell ending in a figure


def _row(cells: list[str], widths: list[int]) -> str:
    """A row as a fixed-width export writes it: each cell padded to its column, two spaces
    between; a cell wider than its column pushes the rest of the row along."""
    return ("  " + "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))).rstrip()


WIDTHS = [5, 35, 12, 13, 12]


def _owner_register(owner: str) -> str:
    return "\n".join([
        "NORTHFIELD DISTRICT COUNCIL",
        "AUDIT COMMITTEE - 3 MARCH 2029",
        "CORPORATE RISK REGISTER",
        "",
        _row(["Ref", "Risk", "Owner", "Current Score", "Target Score"], WIDTHS),
        _row(["-" * w for w in WIDTHS], WIDTHS),
        _row(["CR1", "Loss of the depot to fire", "Head of Waste", "12", "6"], WIDTHS),
        _row(["CR2", "Missed bin collections rise", owner, "9", "4"], WIDTHS),
        _row(["CR3", "Pay award exceeds the budget", "S151 Officer", "16", "8"], WIDTHS),
        "",
    ])


OWNED: list[ScoredRisk] = [("CR1", None, None, 12), ("CR2", None, None, 9),
                           ("CR3", None, None, 16)]


def test_regression_owner_ending_in_a_figure_keeps_it_when_it_overruns_its_column(
        tmp_path: Path) -> None:
    """"Locality Team 2" is one character wider than its dashes, so its "2" starts the score's
    segment of the rule, with the score itself ("9") pushed into that segment after it: the
    figure is the end of the owner's words, not the score."""
    assert "Locality Team 2  9" in _owner_register("Locality Team 2")
    assert scored_risks(_owner_register("Locality Team 2"), tmp_path) == OWNED


def test_owner_within_its_column_ending_in_a_figure_reads_as_before(tmp_path: Path) -> None:
    """Guard: an owner within its dashes ("Team 2") reads the same."""
    assert scored_risks(_owner_register("Team 2"), tmp_path) == OWNED


# ---------------------------------------------------------------- a key in other forms



@pytest.mark.parametrize("key", [
    "Likelihood: 1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain",
    "Likelihood: 1 RARE, 2 UNLIKELY, 3 POSSIBLE, 4 LIKELY, 5 ALMOST CERTAIN",
    "Likelihood: 1. Rare 2. Unlikely 3. Possible 4. Likely 5. Almost certain",
    "Likelihood: Rare (1), Unlikely (2), Possible (3), Likely (4), Almost certain (5)",
    "Likelihood: 1-5, Impact: 1-5, Score = Likelihood x Impact",
    "Likelihood: 1 = Rare to 5 = Almost certain",
    "Likelihood: scored 1 to 5 (5 = almost certain)",
])
def test_regression_scale_key_in_any_form_is_no_value_of_the_last_row(
        key: str, tmp_path: Path) -> None:
    """A key lists its scale's steps in order, or gives its range from the first step, in
    whatever words and case: none of it is the likelihood of the risk above it."""
    assert scored_risks(_register_with_key(key), tmp_path) == [
        ("FR-01", 2, 5, 10), ("FR-02", 3, 2, 6)]


def test_regression_score_naming_its_history_and_target_is_the_score(tmp_path: Path) -> None:
    """A card's score followed by the score it was and the one aimed at, each with its level's
    words, names three steps in no order of a scale: it is the risk's score, not a key."""
    paper = "\n".join([
        "Severnside Fire Authority", "Corporate Risk Register", "",
        "Risk Ref: FR-07", "Risk title: Fleet replacement is delayed",
        "Current score: 16 Very High (was 20 Very High in March; target 8 Medium)", ""])
    assert scored_risks(paper, tmp_path) == [("FR-07", None, None, 16)]


def test_score_with_its_factors_in_brackets_is_no_key(tmp_path: Path) -> None:
    """Guard: "12 (3 x 4)" names three numbers, two of them in a row: a score and its factors."""
    paper = "\n".join([
        "Severnside Fire Authority", "Corporate Risk Register", "",
        "Risk Ref: FR-07", "Risk title: Fleet replacement is delayed",
        "Current score: 12 (3 x 4)", ""])
    assert scored_risks(paper, tmp_path) == [("FR-07", 3, 4, 12)]


# ---------------------------------------------------------------- the letters' header, its cost


def test_regression_letters_header_is_linear_in_a_long_line_of_letters() -> None:
    """A long line of the letters side by side (a letter-spaced heading, a grid of "L I")
    with no score's word: each pair looked along the rest of the line for one (2 s and more
    on 10,000 characters); the line's length is looked at first, once."""
    text = "L I " * 2_500 + "\n"
    start = time.process_time()
    assert not lettered_header(text, HEADER_LINE_CHARS)
    assert time.process_time() - start < LINEAR_SECONDS
