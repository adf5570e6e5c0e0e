"""Late fixes after round 16's reviews: tiles set in a table read whatever else the table
holds (an empty cell, a tile's trend, a unit of a few words), and a small dashboard whose rows
each carry a colour of their own is no key table. Small papers of invented councils."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import kpi_rows
from kcc_papers.extract.kpis.keys import key_tables
from kcc_papers.extract.kpis.layout import Row

HEAD = """\
## Fernmoor Vale Borough Council
!! Resources Overview Committee
** Quarterly Performance Dashboard - Quarter 1 2028/29
Report to:	Resources Overview Committee, 14 September 2028
Report by:	Performance and Insight Manager
** 1. Purpose
1.1 This report gives the committee the dashboard of measures for the first quarter.
** 2. Dashboard
2.1 Each box is shaded to show the status of its measure: Green = target met; Amber = within 5% of target; Red = more than 5% short of target.
"""  # noqa: E501
GREEN, AMBER, RED = "#00b050", "#ffc000", "#ff0000"


def test_regression_tiles_beside_an_empty_cell_and_a_trend_unread(tmp_path: Path) -> None:
    """A table of tiles whose last rows leave cells empty or hold a placeholder ("TBC") for
    measures still to come, and one of whose tiles prints its trend ("Trend: up") among its
    fields. Before, a row with a cell that was no complete tile (a placeholder; a trend, no
    figure) dropped the whole table."""
    source = HEAD + f"""\
|% 34 33 33
| Revenues | Workforce | Estates |
| {{{GREEN}}}**Council tax collected** 28.9% Target 28.5% | {{{AMBER}}}**Agency staff spend** 412 Target 400 Trend: up | {{{RED}}}**Buildings with a valid fire risk assessment** 91% Target 100% |
| {{{GREEN}}}**Business rates collected** 31.2% Target 30.0% | {{{RED}}}**Staff turnover** 14.1% Target 12.0% | |
| {{{GREEN}}}**Invoices paid within 30 days** 97.0% Target 95.0% | TBC | |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [
        ("Council tax collected", 28.9, "green"),
        ("Agency staff spend", 412.0, "amber"),
        ("Buildings with a valid fire risk assessment", 91.0, "red"),
        ("Business rates collected", 31.2, "green"),
        ("Staff turnover", 14.1, "red"),
        ("Invoices paid within 30 days", 97.0, "green")]


def test_regression_tile_with_a_unit_of_a_few_words_unread(tmp_path: Path) -> None:
    """A tile's figure with a unit of three words after it ("9.1 days per FTE"). Before, a
    unit was one word only: the tile, and with it the table, was dropped."""
    source = HEAD + f"""\
|% 50 50
| Workforce | Customers |
| {{{AMBER}}}**Sickness absence** 9.1 days per FTE Target 8.5 days per FTE | {{{GREEN}}}**Calls answered in 60 seconds** 88.0% Target 80.0% |
| {{{GREEN}}}**Mandatory training completed** 95.2% Target 95.0% | {{{RED}}}**Complaints answered in 10 working days** 71.4% Target 85.0% |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [
        ("Sickness absence", 9.1, "amber"),
        ("Calls answered in 60 seconds", 88.0, "green"),
        ("Mandatory training completed", 95.2, "green"),
        ("Complaints answered in 10 working days", 71.4, "red")]


def test_a_tile_with_prose_after_its_unit_is_still_no_tile(tmp_path: Path) -> None:
    """A unit of a few words is a unit only where labelled fields follow it: a cell running
    on in prose is no tile."""
    source = HEAD + f"""\
|% 50 50
| Workforce | Customers |
| {{{AMBER}}}Sickness absence rose to 9.1 days per FTE against 8.5 last year | {{{GREEN}}}Calls answered in 60 seconds stood at 88.0% against 80.0% |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == []


DASHBOARD = [["Measure", "Actual", "Target", "Rating"],
             ["Rent collected", "97.2%", "98.0%", "Green"],
             ["Empty homes relet", "31", "28", "Amber"],
             ["Repairs completed on time", "88%", "95%", "Red"]]
CODED = [["Measure", "Code", "Rating"],
         ["Rent collected", "HS4", "Green"],
         ["Empty homes relet", "HS7", "Amber"],
         ["Repairs completed on time", "HS9", "Red"]]


@pytest.mark.parametrize("rows", [DASHBOARD, CODED], ids=["figures", "refs"])
def test_regression_small_dashboard_read_as_a_key_table(rows: list[list[str]]) -> None:
    """A dashboard of three rows, each rated a colour of its own, its measure's name first:
    its rows carry figures or codes, no key's rows. Before, a figure after the name went
    unlooked at and the dashboard gave a key ("Rent collected - green; ...")."""
    assert key_tables([Row(1, cells, table=1) for cells in rows]) == []


def test_a_key_whose_meanings_mention_figures_is_still_a_key() -> None:
    """A key's meaning may mention a figure in its prose ("Within 5% of target"): only a
    cell that is a figure or a code alone marks a dashboard's row."""
    rows = [["Status", "Meaning", "Rating"],
            ["On track", "Target met", "Green"],
            ["Close", "Within 5% of target", "Amber"],
            ["Off track", "More than 5% short of target", "Red"]]
    assert key_tables([Row(1, cells, table=1) for cells in rows]) == [
        "On track - green; Close - amber; Off track - red"]
