"""Review of held-out round 28's KPI and risk fixes (reviewer kr): regressions of the mends,
each failing before its mend."""

from __future__ import annotations

import random
from pathlib import Path

from heldout_support import html_kpi_rows, html_page, html_table, kpi_rows, pdf_kpis, source_lines
from kcc_papers.load.drawn_dots import drawn_dots

# A large page (an A3 plan) printed beside a table with no rules: this many lines of this
# many words, and this many small filled shapes (a map's pins, a scatter chart's markers)
# scattered over it.
LINES, WORDS_A_LINE, SHAPES = 120, 20, 6000


def _page_words() -> list[dict[str, object]]:
    return [{"text": "word", "x0": 40.0 + k * 35, "x1": 70.0 + k * 35, "top": 50.0 + n * 12,
             "bottom": 59.0 + n * 12, "size": 9.0, "bold": False}
            for n in range(LINES) for k in range(WORDS_A_LINE)]


def _scattered_dots(seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for _ in range(SHAPES):
        x, y = rng.uniform(40, 740), rng.uniform(50, 1500)
        out.append({"x0": x, "x1": x + 4, "top": y, "bottom": y + 4, "fill": True,
                    "non_stroking_color": (0.1, 0.4, 0.8)})
    return out


def test_regression_drawn_dots_are_read_by_line_not_against_every_word() -> None:
    """Before, each small coloured shape on a page read without rules was matched against
    every word of the page: a map's or a chart's thousands of pins beside a table took
    seconds a page. Each now finds its line's words by bisection, with the same marks."""
    words, shapes = _page_words(), _scattered_dots(28)
    # (its speed is the bench's to measure: a wall-clock budget here failed CI under load)
    marks = drawn_dots(shapes, words, "bold")
    # each mark sits on a line of words, beside a word of it (the same marks as before)
    assert marks
    tops = {float(str(w["top"])) for w in words}
    assert all(m["top"] in tops and m["text"] == "" for m in marks)


def test_regression_drawn_dot_takes_the_nearest_word_on_its_line() -> None:
    """Guard of the mend: a dot beside words takes the line of the word nearest on its left,
    else on its right; one on no line of words is no mark."""
    words = [{"text": "MU1", "x0": 40.0, "x1": 60.0, "top": 100.0, "bottom": 109.0, "size": 9.0,
              "bold": False},
             {"text": "96.4", "x0": 200.0, "x1": 220.0, "top": 100.5, "bottom": 109.5,
              "size": 9.0, "bold": False},
             {"text": "Status", "x0": 300.0, "x1": 330.0, "top": 80.0, "bottom": 89.0,
              "size": 9.0, "bold": True}]
    dot = {"x0": 300.0, "x1": 306.0, "top": 101.5, "bottom": 107.5, "fill": True,
           "non_stroking_color": (0.0, 0.69, 0.31)}
    lone = {**dot, "top": 300.0, "bottom": 306.0}
    (mark,) = drawn_dots([dot, lone], words, "bold")
    assert (mark["top"], mark["bottom"], mark["mark"]) == (100.5, 109.5, "#00b04f")


# ------------------------------------------------ a badge naming its column in its own words

def _badged_page(heading: str, label: str) -> str:
    def badge(word: str) -> str:
        return (f'<span class="badge badge--{word.lower()}"><span class="visually-hidden">'
                f"{label}</span>{word}</span>")

    return html_page(
        "<h1>Revenues and Benefits Performance Report: Quarter 3 2029/30</h1>",
        "<p>1.1 That the Committee notes the performance of the revenues service.</p>",
        html_table(["Ref", "Measure", "Q2 2029/30", "Q3 2029/30", "Target", heading], [
            ["RB1", "Council tax collected in year (%)", "55.2%", "82.9%", "83%", badge("Amber")],
            ["RB2", "New benefit claims processed within 20 days (%)", "91.0%", "94.6%", "90%",
             badge("Green")],
        ]),
    )


RATED = [("RB1", 82.9, "amber"), ("RB2", 94.6, "green")]


def test_regression_badge_naming_its_column_in_its_heading_words(tmp_path: Path) -> None:
    """Before, a badge's screen-reader label was stripped only when it was one of a few words
    ("Status:", "RAG:", "Overall status:"): one naming the column as the page heads it ("Q3
    status: Amber", "Performance rating: Green") rated nothing."""
    assert html_kpi_rows(_badged_page("Q3 status", "Q3 status: "), tmp_path) == RATED
    assert html_kpi_rows(_badged_page("Performance rating", "Performance rating: "),
                      tmp_path) == RATED


def test_regression_badge_with_a_label_of_other_words_still_rates_nothing(
        tmp_path: Path) -> None:
    """Guard of the mend: a label naming no rating ("Direction of travel: ") is still read
    with the cell, which then rates nothing."""
    assert html_kpi_rows(_badged_page("Status", "Direction of travel: "), tmp_path) == [
        ("RB1", 82.9, None), ("RB2", 94.6, None)]


# ------------------------------------------ a year's state named before it, or in brackets

def _college_report(last_year: str, this_year: str) -> str:
    return source_lines(
        "%% header Tamsford College",
        "!! Agenda Item 5",
        "## Curriculum and Quality Committee: In-year Performance Indicators",
        "** 1. Performance",
        "|# Ref | Indicator | " + last_year + " | " + this_year + " | Target | Rating |",
        "| QP1 | Learners retained on study programmes (%) | 93.1 | 91.4 | 94.0 | {dot#ffc000} |",
        "| QP2 | Apprentices in learning past planned end date (%) | 8.2 | 12.6 | 7.0 |"
        " {dot#ff0000} |",
        "Ratings: green dot on or above target; amber within 3 points; red more than 3 points"
        " away.",
    )


COLLEGE = [("QP1", 91.4, "amber"), ("QP2", 12.6, "red")]


def test_regression_year_state_in_brackets_or_before_the_year(tmp_path: Path) -> None:
    """Before, a year's figure named by its state was read only as "2029/30 final |
    2030/31 in-year": the same columns headed "2029/30 (final) | 2030/31 (in-year)" or
    "Final 2029/30 | In-year 2030/31" named no figure, and the dashboard was not read."""
    for n, (last_year, this_year) in enumerate([("2029/30 (final)", "2030/31 (in-year)"),
                                                ("Final 2029/30", "In-year 2030/31")]):
        (tmp_path / str(n)).mkdir()
        assert kpi_rows(_college_report(last_year, this_year), tmp_path / str(n)) == COLLEGE


def test_regression_year_state_after_the_year_read_as_before(tmp_path: Path) -> None:
    """Guard of the mend: "2029/30 final | 2030/31 in-year" reads as the fix read it."""
    assert kpi_rows(_college_report("2029/30 final", "2030/31 in-year"), tmp_path) == COLLEGE


# ------------------------------------ a position at a date named by its figure ("Position at")

def _positions_report(first: str, second: str, target: str = "Target 2029/30") -> str:
    return source_lines(
        "%% header Marrowby Borough Council",
        "!! Agenda Item 7",
        "## Revenues Highlight Report: September 2029",
        "** 1. Performance",
        "The rating is shown by the fill of the last column.",
        f"| Ref | Measure | {target} | {first} | {second} | RAG |",
        "| RV1 | Households on council tax support (number) | 9,000 | 9,412 | 9,655 |"
        " {#ffc000} |",
        "| RV2 | Business rates arrears (£000) | 400 | 512 | 455 | {#00b050} |",
    )


def test_regression_position_at_a_date_named_by_its_figure(tmp_path: Path) -> None:
    """Before, only "As at 30 Sep 2029" and a bare "At 30 Sep 2029" headed a position at a
    date: "Position at 30 Jun 2029 | Position at 30 Sep 2029" named no figure, and the
    measures were lost. The later date's is the latest, in either order."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    paper = _positions_report("Position at 30 Jun 2029", "Position at 30 Sep 2029")
    assert kpi_rows(paper, tmp_path / "a") == [("RV1", 9655.0, "amber"), ("RV2", 455.0, "green")]
    paper = _positions_report("Value at 30 September 2029", "Value at 30 June 2029")
    assert kpi_rows(paper, tmp_path / "b") == [("RV1", 9412.0, "amber"), ("RV2", 512.0, "green")]


def test_regression_target_at_a_date_is_still_the_target(tmp_path: Path) -> None:
    """Guard of the mend: a target at a date ("Target at 31 March 2030") is the target, not a
    position: known by its word first."""
    paper = _positions_report("As at 30 Jun 2029", "As at 30 Sep 2029", "Target at 31 March 2030")
    assert [(k.ref, k.target, k.latest_value) for k in pdf_kpis(paper, tmp_path)] == [
        ("RV1", 9000.0, 9655.0), ("RV2", 400.0, 455.0)]
