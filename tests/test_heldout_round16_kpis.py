"""Regression tests for the KPI misses of held-out round 16: a framework whose statuses
("Achieved / Improving / Not achieved") a key table maps to the old colours ("was Amber"), and
a dashboard of tiles set in a table, each cell a measure with its figure and target, rated by
the cell's fill against a key printed in prose. Small papers in other councils' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from heldout_support import kpi_rows
from kcc_papers.extract.kpis.header import read_header
from kcc_papers.extract.kpis.keys import key_tables
from kcc_papers.extract.kpis.layout import Row

HEAD = """\
## Thornbury Wolds District Council
!! Corporate Scrutiny Panel
** Performance Framework Report - Quarter 2 2027/28
Report to:	Corporate Scrutiny Panel, 18 November 2027
Report by:	Head of Strategy and Performance
** 1. Purpose
1.1 This report sets out the results of the performance framework at the end of September.
"""


def test_regression_status_mapped_to_old_colour_by_a_key_table_unread(tmp_path: Path) -> None:
    """A framework replacing red, amber and green with statuses of its own prints a key
    table of three columns: the status, what it means, and the colour it replaces ("Making
    progress | ... | formerly Amber"). Before, only a key table of two columns was read, and
    "Making progress" (no words about the target's being met) rated nothing."""
    source = HEAD + """\
** 2. How measures are judged
|- Outcome | Definition | Equivalent rating |
| Met | The target for the period was met or exceeded | formerly Green |
| Making progress | Target missed, but better than a year ago | formerly Amber |
| Not met | Target missed and no better than a year ago | formerly Red |
** 3. Results
|# Code | Measure | Q2 2026/27 | Q2 2027/28 | Target | Outcome |
| TW01 | Household waste sent for reuse, recycling or composting (%) | 47.1 | 49.3 | 48.0 | Met |
| TW02 | Major planning applications decided in 13 weeks (%) | 71.0 | 78.6 | 85.0 | Making progress |
| TW03 | Rent arrears of current tenants (%) | 2.1 | 2.6 | 2.0 | Not met |
| TW04 | Days to process housing benefit changes | 9.8 | 7.4 | 6.0 | Making progress |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [
        ("TW01", 49.3, "green"), ("TW02", 78.6, "amber"), ("TW03", 2.6, "red"),
        ("TW04", 7.4, "amber")]


@pytest.mark.parametrize("rows", [
    # a dashboard's rows repeat their colours: no key
    [["Ref", "Measure", "Rating"], ["A1", "Rent collected", "Green"],
     ["A2", "Voids relet", "Green"], ["A3", "Repairs done", "Red"]],
    [["Status", "Meaning", "Was"], ["Met", "Target met", "Green"],
     ["Close", "Within 5%", "Green"]],
    # a status of figures, or a row naming no colour, makes no key
    [["Status", "Meaning", "Was"], ["Met", "Target met", "Green"],
     ["Within 5", "Close to target", "Amber"]],
    [["Status", "Meaning", "Was"], ["Met", "Target met", "Green"],
     ["Close", "Close to target", "n/a"]],
])
def test_a_table_repeating_a_colour_or_naming_none_is_no_key(rows: list[list[str]]) -> None:
    assert key_tables([Row(1, cells, table=1) for cells in rows]) == []


TILES = """\
** 2. Dashboard
2.1 {key}
|% 50 50
| Housing | Customer services |
| {{{a}}}**Homeless preventions** 214 Target 200 | {{{b}}}**Complaints answered in 10 days** 86.4% Target 90.0% |
| {{{c}}}**Empty homes brought back into use** 9 homes Target 12 homes | {{{a}}}**Calls answered in 3 minutes** 91.0% Target 85.0% |
"""  # noqa: E501
KEY = ("Each box is shaded to show the status of its measure: Green = target met; Amber = "
       "within 10% of target; Red = more than 10% short of target.")
GREEN, AMBER, RED, BRAND = "#00b050", "#ffc000", "#ff0000", "#2e8b57"


def test_regression_tiles_set_in_a_table_rated_by_their_fill_unread(tmp_path: Path) -> None:
    """A dashboard of tiles set in a table, a theme over each column, each cell a measure's
    name, its figure (a unit perhaps after it) and its target, filled with its rating's
    colour as the key in prose says. Before, no reader read tiles inside a table (the tile
    reader reads lines outside tables) and the theme row was no dashboard header: no KPI."""
    source = HEAD + TILES.format(key=KEY, a=GREEN, b=AMBER, c=RED)
    assert kpi_rows(source, tmp_path) == [
        ("Homeless preventions", 214.0, "green"),
        ("Complaints answered in 10 days", 86.4, "amber"),
        ("Empty homes brought back into use", 9.0, "red"),
        ("Calls answered in 3 minutes", 91.0, "green")]


def test_tiles_in_one_house_colour_with_no_key_rate_nothing(tmp_path: Path) -> None:
    """Tiles all filled in one colour the paper never says rates are the house style: their
    figures are read, unrated."""
    source = HEAD + TILES.format(key="Each box gives the status of its measure.", a=BRAND,
                                 b=BRAND, c=BRAND)
    assert kpi_rows(source, tmp_path) == [
        ("Homeless preventions", 214.0, None),
        ("Complaints answered in 10 days", 86.4, None),
        ("Empty homes brought back into use", 9.0, None),
        ("Calls answered in 3 minutes", 91.0, None)]


def test_a_table_of_sentences_is_no_tiles(tmp_path: Path) -> None:
    """Cells of prose that mention a figure and a target are no tiles."""
    source = HEAD + f"""\
** 2. Dashboard
2.1 {KEY}
|% 50 50
| Housing | Customer services |
| {{{GREEN}}}We prevented 214 cases of homelessness against a target of 200 | {{{RED}}}Complaints answered in 10 days fell to 86.4% against a target of 90.0% |
| {{{GREEN}}}Empty homes work continues with 9 homes back in use so far | {{{GREEN}}}Calls answered in 3 minutes rose to 91.0% this half year |
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == []


def test_a_savings_tracker_in_money_heads_no_kpi_table() -> None:
    """The set's convention (session 26, ``test_s26_limits``): a budget table whose value
    column is a forecast of a sum of money ("Forecast Delivery £000") is no dashboard, however
    its rows are rated; round 16's savings tracker was corrected to give no KPIs by it."""
    cells = ["Ref", "Saving", "Directorate", "2027/28 Saving £000", "Forecast Delivery £000",
             "RAG"]
    below = ["SV-04", "Libraries opening hours review", "Communities", "310", "240", "Amber"]
    assert read_header(cells, below) is None
