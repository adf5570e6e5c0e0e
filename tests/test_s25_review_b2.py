"""Two leftovers of session 25's review b: a capital programme's table with a "Benchmark cost"
column read as KPIs, and the contracts reader's guard round the table reader for tables
without rules, which lost a page's rows without a word. Each regression test fails on the
code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_accuracy import render_pdf

from conftest import contexts
from kcc_papers.extract import contracts, kpis
from kcc_papers.extract.contracts import running_text
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.load.model import Page
from kcc_papers.models import Contract, Kpi


def _pdf(source: str, tmp_path: Path) -> Path:
    src = tmp_path / "paper.pdfsrc"
    src.write_text(source)
    return render_pdf(src, tmp_path)


# ------------------------------------------ a budget table's benchmark cost rates no measure

CAPITAL_PROGRAMME = """!! Wexcombe District Council
!! Capital Programme Update
Report to:	Cabinet
Date of meeting:	14 October 2026
Report of:	Chief Finance Officer
Wards affected:	All
** 1. Purpose
1.1 This report sets out progress on the capital programme at the end of September 2026.
** 2. Recommendation
2.1 That Cabinet notes the progress of the capital programme.
** 3. Schemes
|- Ref | Scheme | Budget (£000) | Forecast (£000) | Benchmark cost (£000) | RAG |
| CP01 | Leisure centre roof | 1,200 | 1,340 | 1,250 | Amber |
| CP02 | Depot electric vehicle charging | 450 | 430 | 480 | Green |
| CP03 | Town hall boilers | 800 | 1,050 | 820 | Red |
3.2 The pension fund mandates are shown below for information.
|- Ref | Mandate | Manager | Value (£m) | Return 12 months (%) | Comparator (%) | Status |
| M1 | UK equities | Legal and General | 412.5 | 8.2 | 7.9 | Green |
| M2 | Property | CBRE | 120.4 | 1.1 | 2.6 | Red |
** 4. Financial implications
4.1 The forecast overspend of £370,000 is met from the capital contingency.
"""


def test_regression_a_capital_programmes_benchmark_cost_gives_no_kpis(tmp_path: Path) -> None:
    # the schemes were KPIs valued at their forecasts (1,340 / 430 / 1,050): "Benchmark" named
    # a comparator, and the scheme column the measure rated against it
    read = [(k.ref, k.latest_value, k.latest_rag)
            for ctx in contexts(_pdf(CAPITAL_PROGRAMME, tmp_path))
            for k in kpis.extract(ctx) if isinstance(k, Kpi)]
    # (the paper is a report since round 33: it opens on its purpose, "progress on the capital
    # programme", and an ask to note it, its tables in section 3, classify/kpi_openings.py;
    # its KPIs are read whatever its kind)
    assert read == [("M1", 8.2, "green"), ("M2", 1.1, "red")]


SCHEME_ROW = ["CP01", "Leisure centre roof", "1,200", "1,340", "1,250", "Amber"]


@pytest.mark.parametrize("comparator", [
    "Benchmark cost (£000)", "Benchmark (£000)", "Comparator spend (£m)", "Benchmark costs"])
def test_regression_a_comparator_that_is_a_sum_of_money_heads_no_kpi_table(
        comparator: str) -> None:
    cells = ["Ref", "Scheme", "Budget (£000)", "Forecast (£000)", comparator, "RAG"]
    assert read_header(cells, SCHEME_ROW) is None


@pytest.mark.parametrize(("cells", "below", "value"), [
    # a measure rated against a rate or a percentage of its own kind
    (["Ref", "Mandate", "Manager", "Market value (£m)", "Return (%)", "Benchmark (%)", "RAG"],
     ["M1", "UK equities", "Legal and General", "412.5", "8.2", "7.9", "Green"], 4),
    # a unit cost compared with its benchmark is a measure still
    (["Ref", "Service", "Cost per household (£)", "Benchmark cost per household (£)", "RAG"],
     ["WS1", "Waste collection", "68.40", "72.10", "Green"], 2),
])
def test_a_comparator_of_the_measures_own_kind_still_rates_it(
        cells: list[str], below: list[str], value: int) -> None:
    header = read_header(cells, below)
    assert header is not None
    assert header.roles[1] == "description"
    assert header.index("latest") == value


# ------------------------------- a table without rules that cannot be read is said, not lost

REGISTER = """!! Wexcombe District Council
!! Contracts Register
Report to:	Audit and Governance Committee
Date of meeting:	14 October 2026
** 1. Contracts let in the quarter
| Provider | Service | Contract value | Contract end date |
| Acme Highways Ltd | Highways maintenance | £120,000 | 31 March 2028 |
| Brite Cleaning Ltd | Office cleaning | £64,800 | 30 September 2027 |
"""


def test_regression_an_unreadable_unruled_table_is_a_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(page: Page, *_args: object) -> list[object]:
        raise ValueError(f"odd layout on page {page.number}")

    monkeypatch.setattr(running_text, "pdf_tables", broken)
    (ctx,) = contexts(_pdf(REGISTER, tmp_path), "report")
    rows = [(r.provider, r.value_gbp) for r in contracts.extract(ctx) if isinstance(r, Contract)]
    # the ruled table's rows are kept; the page's table without rules is said to be lost
    assert ("Acme Highways Ltd", 120_000) in rows
    lost = [f for f in ctx.findings if f.check == "contract_table_unreadable"]
    assert [(f.page, "ValueError" in f.message) for f in lost] == [(1, True)]
