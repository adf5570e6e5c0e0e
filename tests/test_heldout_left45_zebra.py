"""Regression tests for r25e's district overview and scrutiny pack (the held-out set's last
paper with a miss): a zebra KPI table, each indicator over three rows (its name, its result,
its commentary) under its code merged down across them, shaded in its filled cells only, so
the name and commentary rows are shaded only as far as the one cell they fill and the result
rows across. Its pieces end at other right edges and start at other left ones: made one table
again, every indicator's result is read, the code centred across its three rows too."""

from __future__ import annotations

from heldout_support import kpi_rows, rendered
from kcc_papers.load import load

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


COMPLAINTS = """3.2 Complaints by service:
|% 40 20 20 20
|~ Service | Stage 1 | Stage 2 | Ombudsman |
| Housing | 37 | 4 | 0 |
| Leisure | 12 | 1 | 0 |
| Parks | 9 | 0 | 1 |
"""


def test_a_zebra_table_with_other_columns_just_below_stays_a_table_of_its_own(tmp_path):
    # the guard of the rule: the next table, a row or two below the KPI table's last piece
    # (shaded short of its right edge), lies within its span, its outer edges on the KPI
    # table's, but its columns' edges are none of it
    source = PERFORMANCE_REPORT.format(fourth=COMPLAINTS)
    source_file = load(rendered(source, tmp_path))
    tables = [t for page in source_file.pages for t in page.tables]
    assert [[c.text for c in t.rows[0]] for t in tables] == [
        ["Code", "Indicator", "Q3 2027/28", "Target", "Rating"],
        ["Service", "Stage 1", "Stage 2", "Ombudsman"]]
    assert len(tables[0].rows) == 10
