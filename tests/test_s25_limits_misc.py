"""Known limits of session 24 closed in session 25: contracts of lots parted by semicolons,
patterns super-linear on hostile lines, a MemoryError swallowed by a reader's guard, and a
library script with no ``__main__`` guard under the workers' server. Each test fails on the
code before its fix."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from heldout_support import contract_rows
from kcc_papers.extract.contracts import reader as contracts_reader
from kcc_papers.extract.contracts import running_text
from kcc_papers.extract.contracts.paragraphs import sentence_drafts
from kcc_papers.extract.contracts.sentences import sentences
from kcc_papers.extract.kpis import layout as kpi_layout
from kcc_papers.extract.meetings.minutes_heading import _MINUTES_OF
from kcc_papers.load.model import Page
from kcc_papers.reading import process_file
from kcc_papers.segment_starts.layout import MASTHEAD_DATE_SPLIT
from kcc_papers.workers import refuse_nested_run

# ---------------------------------------------------------------- contracts of lots

LOTS_REPORT = """Report to Cabinet
Subject: Award of the highways maintenance contract
{award}
"""


@pytest.mark.parametrize("award", [
    "The contract was awarded as follows: Lot 1 to Acme Ltd (£120,000); Lot 2 to Beta plc "
    "(£80,000).",
    "The Cabinet agreed to award Lot 1 to Acme Ltd (£120,000); Lot 2 to Beta plc (£80,000).",
    "The contract was awarded in two lots: Lot 1 (North) to Acme Ltd at a tendered price of "
    "£120,000; Lot 2 (South) to Beta plc at a tendered price of £80,000.",
    "The contract was awarded to Acme Ltd for Lot 1 (£120,000); and to Beta plc for Lot 2 "
    "(£80,000).",
])
def test_regression_lots_parted_by_semicolons_are_a_contract_each(
        award: str, tmp_path: Path) -> None:
    # the semicolon ended a sentence, so each lot was read alone: one firm without its sum
    rows = contract_rows(LOTS_REPORT.format(award=award), tmp_path)
    assert sorted(rows) == [("Acme Ltd", 120_000.0), ("Beta plc", 80_000.0)]


def test_three_lots_parted_by_semicolons(tmp_path: Path) -> None:
    award = ("The contract was awarded: Lot 1 to Acme Ltd (£120,000); Lot 2 to Beta plc "
             "(£80,000); Lot 3 to Gamma Services Ltd (£20,000).")
    rows = contract_rows(LOTS_REPORT.format(award=award), tmp_path)
    assert sorted(rows) == [("Acme Ltd", 120_000.0), ("Beta plc", 80_000.0),
                            ("Gamma Services Ltd", 20_000.0)]


def test_a_semicolon_before_other_words_still_ends_the_sentence() -> None:
    # a lot not let to a firm is no next part of the award: the semicolon ends the sentence
    assert sentences("Acme Ltd was appointed; Lot 2 was not let; The rest follows.") == [
        "Acme Ltd was appointed;", "Lot 2 was not let;", "The rest follows."]


# ---------------------------------------------------------------- slow patterns

# A hostile line ten times longer may take about ten times as long, never a hundred: twice
# the linear ratio leaves room for noise, a quadratic pattern gives ~100.
LONGER = 10
MOST_GROWTH = 2 * LONGER
# Each size is timed as the best of a few runs; a run repeats the call until it has lasted
# MIN_RUN_SECONDS, so a call of a microsecond (a pattern failing at once) is not measured by
# the clock's grain or one cold cache (CI once read 27.5 for such a call); timing stops once
# it has taken TIMING_BUDGET_SECONDS (the code before a fix takes seconds a call).
TIMING_RUNS = 5
SMALL_CALLS = 50
MIN_RUN_SECONDS = 0.002
TIMING_BUDGET_SECONDS = 1.0


def _timed(run: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        run()
    return time.process_time() - started


def _seconds_per_call(run: Callable[[], object], calls: int) -> float:
    best = math.inf
    spent = 0.0
    for _ in range(TIMING_RUNS):
        took = _timed(run, calls)
        spent += took
        while took < MIN_RUN_SECONDS and spent < TIMING_BUDGET_SECONDS:
            calls *= 2
            took = _timed(run, calls)
            spent += took
        best = min(best, took / calls)
        if spent > TIMING_BUDGET_SECONDS:
            break
    return best


# A moment of other load (CI runs the suite beside other work) can double one measurement: a
# linear run's growth is ~LONGER on an idle machine, a quadratic one's ~LONGER ** 2 every
# time, so the least of a few tries is the run's own (one try where the first is in bounds).
GROWTH_TRIES = 3


def _growth(run: Callable[[int], object], small: int) -> float:
    """How much longer ``run`` takes on an input ``LONGER`` times the size ``small``: the least
    of up to GROWTH_TRIES measurements, the first within MOST_GROWTH ending them."""
    least = math.inf
    for _ in range(GROWTH_TRIES):
        quick = _seconds_per_call(lambda: run(small), SMALL_CALLS)
        slow = _seconds_per_call(lambda: run(small * LONGER), max(1, SMALL_CALLS // LONGER))
        least = min(least, slow / quick)
        if least < MOST_GROWTH:
            break
    return least


def test_regression_minutes_heading_name_is_linear_in_a_run_of_spaces() -> None:
    # each space of the run looked for the name's end ("held", "on <date>", a date) over the
    # rest of the run: 1,000 spaces took seconds
    def heading(spaces: int) -> object:
        text = "Minutes of the meeting of the Cabinet" + " " * spaces + "at 2pm"
        return [m.group("name") for m in _MINUTES_OF.finditer(text)]

    assert _growth(heading, 50) < MOST_GROWTH


def test_regression_masthead_date_split_is_linear_in_a_run_of_spaces() -> None:
    # a text pack's line above a heading is split where its date starts; from every space of a
    # run the pattern read the rest of the run (20,000 spaces: 1.6 s)
    def split(spaces: int) -> object:
        return MASTHEAD_DATE_SPLIT.split("CABINET" + " " * spaces + "x", maxsplit=1)

    assert _growth(split, 300) < MOST_GROWTH


def test_regression_contract_sentences_are_linear_in_a_run_of_capitalised_words() -> None:
    # a provider's name was read from every capitalised word of the run to its end: a
    # sentence of 6,000 characters of "A " took 1.7 s
    def paragraph(words: int) -> object:
        text = "The contract was awarded to " + "A " * words + "for £1,000."
        return sentence_drafts([(1, text)], None)

    assert _growth(paragraph, 100) < MOST_GROWTH


def test_masthead_date_split_still_splits_a_dated_name() -> None:
    assert MASTHEAD_DATE_SPLIT.split("CABINET  -  Monday, 20 April 2026", maxsplit=1) == [
        "CABINET", "Monday, 20 April 2026"]


def test_minutes_heading_name_still_ends_where_it_did() -> None:
    assert [m.group("name") for m in _MINUTES_OF.finditer(
        "MINUTES of a meeting of the Cabinet  held on 3 May 2026")] == ["Cabinet"]


# ---------------------------------------------------------------- MemoryError fails the file

KPI_PAPER = """Performance Report - Quarter 3 2025/26
Indicator\tTarget\tActual\tRAG
Calls answered within 20 seconds\t90%\t85%\tAmber
Complaints answered on time\t95%\t97%\tGreen
"""

CONTRACT_PAPER = """Report to Cabinet
Subject: Award of the highways maintenance contract
The contract was awarded to Acme Highways Ltd for £120,000.
"""


def _out_of_memory(*_args: object, **_kwargs: object) -> list[object]:
    raise MemoryError


def _error_kind(text: str, tmp_path: Path) -> str | None:
    path = tmp_path / "paper.txt"
    path.write_text(text)
    result = process_file(str(path))
    return result.error.error_kind if result.error else None


def test_regression_kpi_page_guard_lets_memory_error_fail_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the per-page guard took it for a table reader's crash: the page lost its tables and the
    # file went on, where reading.py's rule is that running out of memory fails the file
    monkeypatch.setattr(kpi_layout, "page_tables", _out_of_memory)
    assert _error_kind(KPI_PAPER, tmp_path) == "too_large"


def test_regression_kpi_reader_guard_lets_memory_error_fail_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kcc_papers.extract.kpis import reader as kpi_reader

    monkeypatch.setattr(kpi_reader, "read_grid", _out_of_memory)
    assert _error_kind(KPI_PAPER, tmp_path) == "too_large"


def test_regression_contract_table_guards_let_memory_error_fail_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running_text, "page_tables", _out_of_memory)
    assert _error_kind(CONTRACT_PAPER, tmp_path) == "too_large"


def test_regression_contract_reader_guard_lets_memory_error_fail_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contracts_reader, "sentence_drafts", _out_of_memory)
    assert _error_kind(CONTRACT_PAPER, tmp_path) == "too_large"


def test_other_failures_in_the_kpi_page_guard_still_cost_only_the_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_page: Page, _before: Page | None = None) -> list[object]:
        raise ValueError("odd layout")

    monkeypatch.setattr(kpi_layout, "page_tables", broken)
    assert _error_kind(KPI_PAPER, tmp_path) is None


# ---------------------------------------------------------------- a script with no __main__ guard

# Long enough for a cold start of the workers' server under load; the hang it guards against
# is endless.
SCRIPT_SECONDS = 60

SCRIPT = """import sys
from kcc_papers import ingest
{call}
"""
UNGUARDED = "summary = ingest([sys.argv[1]], sys.argv[2], workers=2)\nprint('files', summary.files)"
GUARDED = "if __name__ == '__main__':\n    " + UNGUARDED.replace("\n", "\n    ")


def _run_script(call: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    papers = tmp_path / "papers"
    papers.mkdir()
    for n in (1, 2):  # two papers that differ: one would be read in this process
        (papers / f"paper{n}.txt").write_text(KPI_PAPER.replace("Quarter 3", f"Quarter {n}"))
    script = tmp_path / "script.py"
    script.write_text(SCRIPT.format(call=call))
    try:
        return subprocess.run(
            [sys.executable, str(script), str(papers), str(tmp_path / "p.duckdb")],
            capture_output=True, text=True, timeout=SCRIPT_SECONDS, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the script still ran after {SCRIPT_SECONDS} s: it hangs")


def test_regression_unguarded_library_script_fails_fast_and_says_why(tmp_path: Path) -> None:
    # every worker imports the main script as it starts; an unguarded script started a second
    # ingest there, which waited on the database the parent held while the parent waited on it
    done = _run_script(UNGUARDED, tmp_path)
    assert done.returncode != 0
    assert "UnguardedScriptError" in done.stderr
    assert "if __name__ ==" in done.stderr


def test_guarded_library_script_reads_its_files_in_workers(tmp_path: Path) -> None:
    done = _run_script(GUARDED, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "files 2"


def test_a_run_outside_a_starting_worker_is_not_refused() -> None:
    refuse_nested_run()  # the test process is no child in its start: nothing happens
