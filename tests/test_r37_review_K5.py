"""Review of the round 37 fix for KPI tables across pages and with keys (family K5): a text
table's code whose name wraps onto a line set in where the name starts, and a dashboard key's
mark for a figure not yet in under the latest period. Close variants a council could print:
a note or a sub-measure's name set under a row's name, a code one space before its name, a
dash as the key's mark, the key's words before the mark, and the latest period rated though
its figure is not in."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, source_lines
from kcc_papers.extract.kpis.pending_key import pending_marks
from kcc_papers.models import Kpi
from kcc_papers.pipeline import process_file


def _text_kpis(tmp_path: Path, rows: str) -> list[tuple[str, float | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(f"""BRAMLEY FORD DISTRICT COUNCIL

Report to:        Health and Communities Scrutiny Panel
Date of meeting:  14 July 2027
Title:            Better Care Fund Metrics 2026/27

1.  PURPOSE

1.1  To report the year-end position on the Better Care Fund metrics.

2.  POSITION AT YEAR END

2.1  Key: On track = green; Off track = red.

     Metric                                       Plan 2026/27   Year end     Status
     ----------------------------------------------------------------------------------
{rows}     ----------------------------------------------------------------------------------

2.2  Falls admissions rose over the winter.
""")
    return [(k.description, k.latest_value, k.latest_rag) for k in process_file(str(path)).records
            if isinstance(k, Kpi)]


_ROW1 = "     BM1   Reablement completed at home               410           436       On track\n"
_ROW2 = "     BM2   Delayed hospital discharges per day         22            27       Off track\n"
_ROW3 = "     BM3   Carers' assessments within 28 days (%)     85.0          88.2      On track\n"
_READ = [("BM1 Reablement completed at home", 436.0, "green"),
         ("BM2 Delayed hospital discharges per day", 27.0, "red"),
         ("BM3 Carers' assessments within 28 days (%)", 88.2, "green")]


def test_regression_note_under_a_rows_name_is_no_part_of_it(tmp_path: Path) -> None:
    """Before, a note set under a row's name ("Note: figures are provisional", "Source: ...",
    "* estimated") was run on into the name. A line labelled a note, or starting with a
    footnote's mark, is passed over: the row keeps its name and the table reads on."""
    for note in ("Note: figures are provisional", "Source: NHS Digital", "* estimated"):
        rows = _ROW1 + f"           {note}\n" + _ROW2 + _ROW3
        assert _text_kpis(tmp_path, rows) == _READ, note


def test_regression_sub_measure_named_above_its_figures_is_a_row(tmp_path: Path) -> None:
    """Before, a sub-measure with no code of its own, its name on one line set in where the
    names start and its figures on the line below, was run into the row above's name, its
    figures into that row's ("436 130"). A line whose row goes on into the next line (its
    figures there) starts that row, as it did before the name rule."""
    rows = (_ROW1 + "           Of which: people aged 85 and over\n"
            + "                                                      120           130"
              "       On track\n" + _ROW2 + _ROW3)
    assert _text_kpis(tmp_path, rows) == [
        _READ[0], ("Of which: people aged 85 and over", 130.0, "green"), *_READ[1:]]


def test_regression_code_one_space_before_its_name_wraps(tmp_path: Path) -> None:
    """Before, a code printed one space before its name ("BM1 Reablement ...", one cell)
    whose name wrapped onto a line set where the name starts ended the table: none of its
    rows was read. The name starts a space after such a code."""
    rows = ("     BM1 Reablement completed at home                 410           436"
            "       On track\n"
            "         (people aged 65+, per 100,000)\n"
            "     BM2 Delayed hospital discharges per day           22            27"
            "       Off track\n"
            "     BM3 Carers' assessments within 28 days (%)       85.0          88.2"
            "      On track\n")
    assert _text_kpis(tmp_path, rows) == [
        ("BM1 Reablement completed at home (people aged 65+, per 100,000)", 436.0, "green"),
        *_READ[1:]]


def _dashboard(key: str, mark: str = "n/a", rating: str = "") -> str:
    return source_lines(
        "## Wexcombe Borough Council",
        "** Communities Overview and Scrutiny Committee - 11 May 2027",
        "!! Community Safety Performance: Quarter 4 2026/27",
        "** 2. Indicators",
        "|% 8 34 10 8 8 8 8 10",
        "| Code | Measure | Target | Q3 | Q3 RAG | Q4 (latest) | Q4 RAG | Direction |",
        "| CS1 | Anti-social behaviour reports closed in 10 days (%) | 85 | 86.0 | {#00b050}G"
        " | 88.4 | {#00b050}G | Up |",
        f"| CS2 | Victims contacted within 48 hours (%) | 95 | 91.0 | {{#ffc000}}A | {mark} |"
        f" {rating} | - |",
        "| CS3 | Graffiti removed within 5 days (%) | 90 | 79.5 | {#ff0000}R | 81.0 |"
        " {#ff0000}R | Up |",
        key,
    )


def test_regression_dash_as_the_keys_mark_for_a_figure_not_yet_in(tmp_path: Path) -> None:
    """Before, a key giving a dash as its mark for a figure not yet in ("- = data not yet
    available", "A dash = ...") was not read, and the quarter before's figure and rating
    were taken. A dash (any dash) is such a mark, as a word's mark is."""
    for key in ("Key: G = Green, A = Amber, R = Red. - = data not yet available.",
                "Key: G = Green, A = Amber, R = Red. A dash = data not yet available."):
        for mark in ("-", "\u2013"):
            assert kpi_rows(_dashboard(key, mark), tmp_path) == [
                ("CS1", 88.4, "green"), ("CS2", None, None), ("CS3", 81.0, "red")], (key, mark)


def test_regression_latest_rated_though_its_figure_is_not_in(tmp_path: Path) -> None:
    """Before, where the latest quarter's own rating column rated the row ("n/a | Red"), the
    key's mark for a figure not yet in was passed over and the quarter before's figure and
    rating (91.0, amber) were taken. The row has no figure this quarter, and its own
    quarter's rating."""
    key = "Key: G = Green, A = Amber, R = Red. n/a = data not yet available."
    for rating in ("{#ff0000}R", "Red"):
        assert kpi_rows(_dashboard(key, "n/a", rating), tmp_path) == [
            ("CS1", 88.4, "green"), ("CS2", None, "red"), ("CS3", 81.0, "red")], rating


def test_not_applicable_mark_keeps_earlier_reading(tmp_path: Path) -> None:
    """Guard: a key's "n/a = not applicable" is no figure to come: read as before."""
    key = "Key: G = Green, A = Amber, R = Red. n/a = not applicable."
    assert kpi_rows(_dashboard(key, "n/a", "{#ff0000}R"), tmp_path)[1] == ("CS2", 91.0, "amber")
    assert kpi_rows(_dashboard(key), tmp_path)[1] == ("CS2", 91.0, "amber")


def test_regression_keys_words_before_or_around_the_mark() -> None:
    """Before, a key putting its words first ("Data not yet available = n/a"), or the mark's
    meaning in brackets ("n/a (data not yet available)"), or "awaiting data", was not read.
    Prose saying a figure is not yet available names no mark."""
    assert pending_marks(["Data not yet available = n/a"]) == frozenset({"n/a"})
    assert pending_marks(["Key: n/a (data not yet available); G = Green"]) == frozenset({"n/a"})
    assert pending_marks(["TBC = awaiting data"]) == frozenset({"tbc"})
    assert pending_marks(["The figures are not yet available: they follow in June.",
                          "n/a = not applicable; no target set"]) == frozenset()
