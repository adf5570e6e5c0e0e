"""Review dd of held-out round 32's decisions, agenda items and documents fixes: the new rules'
misreadings of papers another council would publish, each on a small paper."""

from __future__ import annotations

from pathlib import Path

from heldout_support import pack_kinds

# A district's one report whose running head names its meeting, its item and the page on every
# page, above the report's own heading: one paper, not a new one at its second page.
REPORT_WITH_RUNNING_ITEM_HEAD = """%% header Cabinet | 10 November 2026 | Item 4 | Page {page}
## Eastmarch District Council
** Leisure Centre Refurbishment
| Report to: | Cabinet |
| Date: | 10 November 2026 |
| Report of: | Director of Place |
** 1. Recommendations
1.1 That Cabinet approves the refurbishment of the leisure centre.
** 2. Background
2.1 The leisure centre opened in 1988 and its plant is at the end of its life.
--- page ---
** 3. Options
3.1 Option one is to close the centre; option two is to refurbish it.
** 4. Financial implications
4.1 The refurbishment costs £2.1 million.
--- page ---
** 5. Risks
5.1 Construction costs may rise.
"""


def test_regression_a_reports_running_head_naming_its_item_starts_no_paper(
        tmp_path: Path) -> None:
    assert pack_kinds(REPORT_WITH_RUNNING_ITEM_HEAD, tmp_path) == [("report", 1, 3)]
