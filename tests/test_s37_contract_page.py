"""contracts' page test: a budget table's rows name no contract column (session 37)."""

from __future__ import annotations

from kcc_papers.extract.contracts.contract_pages import contract_page, figures_row


def test_rows_of_a_figures_table_name_no_column() -> None:
    # the WECA outturn report's revenue grants table: "operator" and "value" name rows
    page = [
        "Revenue Grants £000s £000s £000s £000s £000s £000s %",
        "Bus Service Operator Grant(BSOG) 1,148 1,148 1,148 1,148 1,148 1,148 100%",
        "Best Value Notice Improvement Panel - 25 - 25 25 19 76%",
    ]
    assert not contract_page(page)


def test_a_header_with_figures_still_names_its_columns() -> None:
    page = [
        "Bidder Quality (60) Price (30) Social value (10) Total (100)",
        "Bidder B 50.4 7.0 24.2 81.6",
        "The contract is worth £1.2m.",
    ]
    assert contract_page(page)
    assert not figures_row(page[0])
    assert figures_row(page[1])
