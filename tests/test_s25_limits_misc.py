"""Known limits of session 24 closed in session 25: contracts of lots parted by semicolons,
patterns super-linear on hostile lines, a MemoryError swallowed by a reader's guard, and a
library script with no ``__main__`` guard under the workers' server. Each test fails on the
code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from kcc_papers.extract.contracts import reader as contracts_reader
from kcc_papers.extract.kpis import layout as kpi_layout
from kcc_papers.load.model import Page
from kcc_papers.reading import process_file

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
    monkeypatch.setattr(contracts_reader, "page_tables", _out_of_memory)
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
