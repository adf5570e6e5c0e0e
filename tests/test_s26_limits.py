"""Session 26: the limits the last closing note listed and left. Each regression test fails on
the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import contexts
from heldout_support import rendered
from kcc_papers.extract import kpis, risks
from kcc_papers.extract.kpis import layout as kpi_layout
from kcc_papers.extract.risks import rows as risk_rows
from kcc_papers.load.model import Page
from kcc_papers.models import Kpi, Risk

# ------------------------------------- a table that cannot be read is said, not lost in silence

# A dashboard over two pages, each with its own header row.
DASHBOARD = """## SOUTH ARDEN DISTRICT COUNCIL
## Performance and Audit Scrutiny Committee - 22 January 2026
## Key Performance Indicators: Quarter 3 2025/26
The table sets out performance against the Council's key performance indicators.
| Code | Performance Indicator | Polarity | Target | Actual | RAG |
| SA-KPI-1 | Planning applications determined in time | High | 80% | 84% | Green |
| SA-KPI-2 | Average days to re-let void council homes | Low | 28 | 41 | Red |
--- page ---
** Environment
| Code | Performance Indicator | Polarity | Target | Actual | RAG |
| SA-KPI-3 | Percentage of household waste recycled | High | 50% | 47.5% | Amber |
| SA-KPI-4 | Number of missed bin collections per 100,000 | Low | 60 | 52 | Green |
"""

REGISTER = """## RIVERSLEY CITY COUNCIL
## Audit Committee - 29 January 2026
## Corporate Risk Register - January 2026
Each risk is scored for likelihood and impact on a scale of 1 to 5.
| Risk Ref | Risk Description | Risk Owner | Likelihood | Impact | Residual Score | Trend |
| CRR 1 | Insufficient funding | Director of Finance | 4 | 5 | 20 | Same |
| CRR 2 | Failure to safeguard children | Director of Children's Services | 2 | 5 | 10 | Same |
"""


def _broken_on_first_page(real: object) -> object:
    """``pdf_tables`` failing on page 1 only, as a damaged layout layer may."""
    def reader(page: Page, *args: object) -> object:
        if page.number == 1:
            raise ValueError("bounding box outside the page")
        return real(page, *args)  # type: ignore[operator]
    return reader


def test_regression_an_unreadable_kpi_table_is_a_finding_and_the_next_page_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kpi_layout, "pdf_tables", _broken_on_first_page(kpi_layout.pdf_tables))
    (ctx,) = contexts(rendered(DASHBOARD, tmp_path), "performance_report")
    refs = [k.ref for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    assert refs == ["SA-KPI-3", "SA-KPI-4"]
    lost = [(f.check, f.page, f.record_table) for f in ctx.findings
            if f.check == "kpi_table_unreadable"]
    assert lost == [("kpi_table_unreadable", 1, "kpis")]


def test_regression_an_unreadable_risk_table_is_a_finding_and_the_ruled_rows_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk_rows, "pdf_tables", _broken_on_first_page(risk_rows.pdf_tables))
    (ctx,) = contexts(rendered(REGISTER, tmp_path), "risk_register")
    scores = [(r.risk_id, r.current_rating) for r in risks.extract(ctx) if isinstance(r, Risk)]
    # the ruled table is read from the page's own tables; only the reading of a table without
    # rules is lost, and said
    assert scores == [("CRR 1", 20), ("CRR 2", 10)]
    lost = [(f.check, f.page, f.record_table) for f in ctx.findings
            if f.check == "risk_table_unreadable"]
    assert lost == [("risk_table_unreadable", 1, "risks")]


@pytest.mark.parametrize(("module", "extractor", "source", "kind"), [
    (kpi_layout, kpis, DASHBOARD, "performance_report"),
    (risk_rows, risks, REGISTER, "risk_register"),
])
def test_a_memory_error_in_a_table_reader_still_fails_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: object, extractor: object,
        source: str, kind: str) -> None:
    def exhausted(*_args: object) -> object:
        raise MemoryError
    monkeypatch.setattr(module, "pdf_tables", exhausted)
    (ctx,) = contexts(rendered(source, tmp_path), kind)
    with pytest.raises(MemoryError):
        extractor.extract(ctx)  # type: ignore[attr-defined]
