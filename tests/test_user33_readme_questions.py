"""The README's "Questions in SQL": an analyst's usual questions (Red KPIs with targets, risks
scored 16 or more with owners, Cabinet's contracts over £1m, what was decided about a subject,
a run's findings with their files) had no worked query, and the joins they need (findings to
documents to files, contracts to meetings) were left to be found. Each query there is run on
the samples, so the section cannot drift from the tables."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from kcc_papers.cli import app

runner = CliRunner()
README = ROOT / "README.md"
SECTION = "## Questions in SQL"
# The questions the section answers, in its order, and whether the samples answer each with
# rows (no sample contract was let by Cabinet itself).
EXPECTED = [("red KPIs", True), ("risks 16+", True), ("Cabinet contracts", False),
            ("decided about", True), ("run's findings", True)]


def section_queries() -> list[str]:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{SECTION}\n")
    end = text.index("\n## ", start + len(SECTION) + 2)
    return re.findall(r"```sql\n(.*?)```", text[start:end], flags=re.DOTALL)


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("questions") / "papers.duckdb"
    result = runner.invoke(app, ["ingest", str(ROOT / "data" / "raw"), "--db", str(db),
                                 "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_the_section_has_a_query_per_question() -> None:
    assert len(section_queries()) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)), ids=[q for q, _ in EXPECTED])
def test_each_query_runs_and_answers_with_source_and_page(samples_db: Path, index: int) -> None:
    sql = section_queries()[index]
    result = runner.invoke(app, ["query", sql, "--db", str(samples_db), "-f", "csv"])
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO(result.stdout))
    rows = list(reader)
    assert reader.fieldnames and "page" in reader.fieldnames
    assert any(name.endswith("path") for name in reader.fieldnames)
    assert bool(rows) == EXPECTED[index][1], rows
