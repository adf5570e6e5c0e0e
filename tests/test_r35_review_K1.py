"""Review of round 35's fix K1 (KPI tables printed awkwardly): the cases the review found read
wrong, each on a small paper a council could print."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines


def _quarterly(header: str, *rows: str) -> str:
    return source_lines(
        "## Corporate Performance Report",
        "Meeting:\tResources Scrutiny Committee",
        "Date:\t9 March 2028",
        "Report of:\tHead of Policy and Performance",
        "** 1. Purpose",
        "1.1 This report sets out the council's performance against its key indicators and"
        " targets for the third quarter of 2027/28.",
        "|% 12 34 9 9 9 9 9",
        header,
        *rows,
    )


def test_regression_pending_quarter_before_a_later_figure_is_no_latest(
        tmp_path: Path) -> None:
    """A quarter whose figure was not yet in when an earlier report went out ("Data not yet
    available") under a later quarter that has its figure: the later quarter's figure is the
    row's latest, not the missing one (before, the missing quarter's word was kept)."""
    paper = _quarterly(
        "| Ref | Measure | Q1 | Q2 | Q3 | Target | RAG |",
        "| RS 1 | Council tax collected | 29.1% | 57.3% | 84.6% | 85% | Amber |",
        "| RS 2 | Calls answered in 60 seconds | 71% | Data not yet available | 74% | 80% | |",
        "| RS 3 | Staff sickness days per FTE | 2.1 | tbc | 6.4 | 8.0 | |",
    )
    assert kpi_rows(paper, tmp_path) == [
        ("RS 1", 84.6, "amber"), ("RS 2", 74.0, None), ("RS 3", 6.4, None)]


def test_regression_newest_quarter_first_pending_has_no_latest(tmp_path: Path) -> None:
    """Quarters printed newest first ("Dec-27 | Sep-27 | Jun-27"): an unrated row whose newest
    quarter says its figure is not yet in has no latest figure, as when printed oldest first
    (the quarter before is a comparison)."""
    paper = _quarterly(
        "| Ref | Measure | Dec-27 | Sep-27 | Jun-27 | Target | RAG |",
        "| RS 1 | Council tax collected | 84.6% | 57.3% | 29.1% | 85% | Amber |",
        "| RS 2 | Calls answered in 60 seconds | Data not yet available | 71% | 69% | 80% | |",
    )
    assert kpi_rows(paper, tmp_path) == [("RS 1", 84.6, "amber"), ("RS 2", None, None)]


def test_regression_latest_quarter_pending_in_other_words_has_no_latest(
        tmp_path: Path) -> None:
    """Other councils' words for a quarter's figure not yet in ("Awaiting data", "Figures not
    yet reported", "To be confirmed", "Due in Q4") leave an unrated row without a latest
    figure, as "Data not yet available" does (before, the quarter before's was taken)."""
    paper = _quarterly(
        "| Ref | Measure | Q2 | Q3 | Target | RAG |",
        "| RS 1 | Council tax collected | 57.3% | 84.6% | 85% | Amber |",
        "| RS 2 | Calls answered in 60 seconds | 71% | Awaiting data | 80% | |",
        "| RS 3 | Staff sickness days per FTE | 4.1 | Figures not yet reported | 8.0 | |",
        "| RS 4 | Stage 1 complaints answered in time | 88% | To be confirmed | 90% | |",
        "| RS 5 | Residents satisfied with their area | 74% | Due in Q4 | 75% | |",
    )
    assert kpi_rows(paper, tmp_path) == [
        ("RS 1", 84.6, "amber"), ("RS 2", None, None), ("RS 3", None, None),
        ("RS 4", None, None), ("RS 5", None, None)]
