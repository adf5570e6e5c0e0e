"""Regression tests for r25e's district overview and scrutiny pack (the held-out set's last
paper with a miss): a zebra KPI table, each indicator over three rows (its name, its result,
its commentary) under its code merged down across them, shaded in its filled cells only, so
the name and commentary rows are shaded only as far as the one cell they fill and the result
rows across. Its pieces end at other right edges and start at other left ones: made one table
again, every indicator's result is read, the code centred across its three rows too."""

from __future__ import annotations

from heldout_support import kpi_rows

PERFORMANCE_REPORT = """## Lowmere Borough Council
** Audit and Performance Committee - 9 March 2028
** Quarter 3 2027/28 Performance Report
Report of: Head of Performance
** 1. Purpose
1.1 To report the Council's performance against its key indicators for Quarter 3 of 2027/28.
** 2. Key to ratings
2.1 Green: target met. Amber: missed by less than 5%. Red: missed by 5% or more.
** 3. Performance in Quarter 3
3.1 Each indicator takes three rows: its name, its result against the target, and commentary.
|% 8 50 14 13 15
|~ Code | Indicator | Q3 2027/28 | Target | Rating |
| HS1 | Homeless households prevented from becoming homeless | | | |
| ^ | Result | 61.2% | 55.0% | Green |
| ^ | Commentary: two new prevention officers started in October. | | | |
| HS2 | Households in temporary accommodation | | | |
| ^ | Result | 84 | 70 | Red |
| ^ | Commentary: demand rose after the closure of a private hostel. | | | |
| LS1 | Leisure centre visits | | | |
| ^ | Result | 212,400 | 200,000 | Green |
| ^ | Commentary: the new swimming programme drew families back. | | | |
{fourth}** 4. Financial implications
4.1 There are none arising directly from this report.
"""

FOURTH = """| LS2 | Parks and open spaces rated good or better | | | |
| ^ | Result | 78% | 80% | Amber |
| ^ | Commentary: two play areas were closed for works. | | | |
"""


def test_zebra_kpi_table_three_rows_each_shaded_in_filled_cells_reads_every_result(tmp_path):
    rows = kpi_rows(PERFORMANCE_REPORT.format(fourth=FOURTH), tmp_path)
    assert rows == [("HS1", 61.2, "green"), ("HS2", 84.0, "red"),
                    ("LS1", 212400.0, "green"), ("LS2", 78.0, "amber")]


def test_such_a_table_ending_in_a_piece_shaded_short_of_its_right_edge_reads_each(tmp_path):
    # its last piece (the third indicator's name and commentary rows, shaded in the indicator
    # cell only) starts at the table's left edge and ends short of its right edge
    rows = kpi_rows(PERFORMANCE_REPORT.format(fourth=""), tmp_path)
    assert rows == [("HS1", 61.2, "green"), ("HS2", 84.0, "red"),
                    ("LS1", 212400.0, "green")]
