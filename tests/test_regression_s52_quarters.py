"""KPI tables whose quarter columns are printed newest first, and a figure not yet in under the
latest quarter of a table that rates each quarter in a column of its own (round 37's review
limits): the last column was taken as the latest, and the quarter before's figure and rating
as the row's. Small papers a council could print, each rule with its guards (a "Same period
last year" column, a target or baseline dated by a year, a year's column after the quarters,
quarters printed oldest first, one rating column for the row)."""

from __future__ import annotations

from pathlib import Path

from heldout_support import html_kpi_rows, html_page, html_table, kpi_rows, source_lines

KEY = "Key: G = Green, A = Amber, R = Red."


def _dashboard(header: str, *rows: str, key: str = KEY) -> str:
    return source_lines(
        "## Thornbury Vale Borough Council",
        "** Resources Scrutiny Committee - 9 February 2027",
        "!! Corporate Performance Report: Quarter 3 2026/27",
        "** 2. Key performance indicators",
        header, *rows, key)


def _block(periods: str, figures: str, rating: str = "RAG:\t**Green**") -> str:
    return source_lines(
        "%% header Brindlecombe Borough Council",
        "## Communities Directorate: Performance Report Quarter 3 2027/28",
        "Meeting:\tCommunities Scrutiny Panel",
        "Date:\t9 March 2028",
        "** Introduction",
        "This report sets out performance against the directorate's key indicators.",
        "--- page ---",
        "** CM1  Fly-tipping cleared within two working days",
        "Target 2027/28:\t90%",
        periods, figures, rating,
        "Outturn 2026/27:\t87.1%",
        "** Background papers",
        "None.")


def test_regression_bare_quarters_newest_first_latest_is_the_first(tmp_path: Path) -> None:
    """Before, a table heading its quarters with no year and newest first ("Q3 | Q2 | Q1",
    "Dec | Nov | Oct") took the last column, the oldest, as the latest. Bare periods running
    back one step a column are newest first: the latest is the newest by its heading. A
    target and a baseline dated by a year, and a "Same period last year" column, are none."""
    rows = ("| CP1 | Council tax collected (%) | 95.5 | 96 | 84.2 | 56.1 | 28.3 | 83.9"
            " | Green |",
            "| CP2 | Invoices paid in 30 days (%) | 94.0 | 95 | 91.0 | 93.5 | 94.8 | 92.2"
            " | Amber |")
    for periods in ("Q3 | Q2 | Q1", "Quarter 3 | Quarter 2 | Quarter 1", "Dec | Nov | Oct",
                    "Q1 | Q4 | Q3"):
        header = (f"| Ref | Indicator | Baseline 2024/25 | Target 2026/27 | {periods} |"
                  " Same period last year | RAG |")
        (tmp_path / periods[:2]).mkdir()
        assert kpi_rows(_dashboard(header, *rows), tmp_path / periods[:2]) == [
            ("CP1", 84.2, "green"), ("CP2", 91.0, "amber")], periods


def test_regression_bare_quarters_newest_first_on_a_web_page(tmp_path: Path) -> None:
    """The same table as a web page's."""
    page = html_page(
        "<h1>Corporate Performance Report: Quarter 3 2026/27</h1>",
        "<p>Resources Scrutiny Committee, 9 February 2027</p>",
        html_table(["Ref", "Indicator", "Target", "Q3", "Q2", "Q1", "RAG"],
                   [["CP1", "Council tax collected (%)", "96", "84.2", "56.1", "28.3", "Green"],
                    ["CP2", "Invoices paid in 30 days (%)", "95", "91.0", "93.5", "94.8",
                     "Amber"]]),
        f"<p>{KEY}</p>")
    assert html_kpi_rows(page, tmp_path) == [("CP1", 84.2, "green"), ("CP2", 91.0, "amber")]


def test_regression_period_block_newest_first(tmp_path: Path) -> None:
    """Before, a measure's block whose row of periods ran newest first ("Q3 2027/28 | Q2
    2027/28 | Q1 2027/28", "Dec-27 | Sep-27 | Jun-27", "Q3 | Q2 | Q1") with a rating naming no
    period took the last figure printed, the oldest. The newest printing a figure is it."""
    for n, periods in enumerate(("|- Q3 2027/28 | Q2 2027/28 | Q1 2027/28 |",
                                 "|- Dec-27 | Sep-27 | Jun-27 |", "|- Q3 | Q2 | Q1 |")):
        (tmp_path / str(n)).mkdir()
        assert kpi_rows(_block(periods, "| 93.2% | 91.5% | 88.0% |"), tmp_path / str(n)) == [
            ("CM1", 93.2, "green")], periods


def test_regression_figure_not_in_under_latest_rated_in_its_own_column(
        tmp_path: Path) -> None:
    """Before, "TBC" (or "Awaiting data", "n/a", "-") under the latest quarter of a table
    rating each quarter in a column of its own ("Q2 | Q2 RAG | Q3 | Q3 RAG"), with no key
    naming the mark, took the quarter before's figure and rating (93.5, amber). The latest
    quarter's figure is not in: no value, and the latest quarter's own rating as printed.
    ("n/a" or "-" so only where that rating column rates the row: with no rating there, and
    no key, it may mark a measure taken once a year, as held-out round 37 K5 keeps.)"""
    header = "| Ref | Indicator | Target | Q2 | Q2 RAG | Q3 | Q3 RAG |"
    first = "| CP1 | Council tax collected (%) | 96 | 56.1 | Green | 84.2 | Green |"
    for n, mark in enumerate(("TBC", "Awaiting data", "n/a", "-")):
        for m, rating in enumerate(("Red", "")):
            where = tmp_path / f"{n}{m}"
            where.mkdir()
            second = (f"| CP2 | Invoices paid in 30 days (%) | 95 | 93.5 | Amber | {mark}"
                      f" | {rating} |")
            # ("n/a" or "-" the period's own column leaves unrated may be an annual
            # measure's mark, where no key says otherwise: read as before)
            expected = (("CP2", None, "red" if rating else None) if rating or n < 2
                        else ("CP2", 93.5, "amber"))
            assert kpi_rows(_dashboard(header, first, second), where) == [
                ("CP1", 84.2, "green"), expected], (mark, rating)
    newest = "| Ref | Indicator | Target | Q3 2026/27 | Q3 RAG | Q2 2026/27 | Q2 RAG |"
    (tmp_path / "newest").mkdir()
    assert kpi_rows(_dashboard(
        newest, "| CP1 | Council tax collected (%) | 96 | 84.2 | Green | 56.1 | Green |",
        "| CP2 | Invoices paid in 30 days (%) | 95 | TBC | Red | 93.5 | Amber |"),
        tmp_path / "newest") == [("CP1", 84.2, "green"), ("CP2", None, "red")]


def test_oldest_first_and_dated_quarters_read_as_before(tmp_path: Path) -> None:
    """Guard: quarters oldest first ("Q1 | Q2 | Q3"), two bare quarters ("Q4 | Q1": a year's
    last and the next one's first), and a year's column after the quarters keep the last
    quarter printing a figure; dated quarters newest first were read by their years already."""
    rows = ("| CP1 | Council tax collected (%) | 96 | 28.3 | 56.1 | 84.2 | 97.1 | Green |",
            "| CP2 | Invoices paid in 30 days (%) | 95 | 94.8 | 93.5 | 91.0 | 94.0 | Amber |")
    for n, periods in enumerate(("Q1 | Q2 | Q3", "Oct | Nov | Dec", "Q2 26/27 | Q3 26/27")):
        cells = periods.count("|") + 1
        header = f"| Ref | Indicator | Target | {periods} | 2025/26 outturn | RAG |"
        trimmed = tuple("|".join(r.split("|")[:4] + r.split("|")[7 - cells:]) for r in rows)
        (tmp_path / str(n)).mkdir()
        assert kpi_rows(_dashboard(header, *trimmed), tmp_path / str(n)) == [
            ("CP1", 84.2, "green"), ("CP2", 91.0, "amber")], periods
    header = "| Ref | Indicator | Target | Q4 | Q1 | RAG |"
    (tmp_path / "two").mkdir()
    assert kpi_rows(_dashboard(
        header, "| CP1 | Council tax collected (%) | 96 | 97.1 | 28.3 | Green |"),
        tmp_path / "two") == [("CP1", 28.3, "green")]


def test_one_rating_column_keeps_the_last_figure_before_tbc(tmp_path: Path) -> None:
    """Guard: a table rating each row in one column ("Q1 | Q2 | Q3 | RAG") whose row prints
    "tbc" under the latest quarter is rated on the last figure it prints (a measure reported
    a quarter in arrears, as held-out r19c), as before."""
    header = "| Ref | Indicator | Target | Q1 | Q2 | Q3 | RAG |"
    assert kpi_rows(_dashboard(
        header, "| CP1 | Council tax collected (%) | 96 | 28.3 | 56.1 | 84.2 | Green |",
        "| CP2 | Invoices paid in 30 days (%) | 95 | 94.8 | 93.5 | TBC | Amber |"),
        tmp_path) == [("CP1", 84.2, "green"), ("CP2", 93.5, "amber")]
