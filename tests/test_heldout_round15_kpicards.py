"""Regression tests for the KPI misses of held-out round 15 in papers printing a card or tile
per measure, two to a row (not a table): cards whose labelled lines, read across the two
columns, made boxes of nothing; tiles whose figure is the year's total and whose rating is a
letter; and tiles drawn as one text object across both columns, the figure alone under the
name with a trend arrow, the target and rating on one line parted by a bar. Small papers in
other councils' words."""

from __future__ import annotations

from pathlib import Path

from heldout_support import kpi_rows, rendered
from kcc_papers.load import load

HEAD = """\
## Brackenmoor District Council
!! Overview and Scrutiny Panel
** Performance Report - Quarter 3 2026/27
Report to:	Overview and Scrutiny Panel, 4 February 2027
Report by:	Head of Corporate Performance
** 1. Purpose
1.1 This report sets out performance against the Corporate Plan measures at the end of the third quarter.
--- page ---
"""  # noqa: E501


def test_regression_cards_side_by_side_read_as_boxes_of_nothing(tmp_path: Path) -> None:
    """Cards two to a row share baselines, so in reading order their lines alternate
    ("Latest (Q3): 81%" then "Latest (Dec 2026): 12"): the box reader made a box of nothing
    of each pair. Each column's cards are read on their own: the heading (its code first, a
    theme's heading above it set aside), the labelled lines under it, the commentary past."""
    source = HEAD + """\
** Section 3: Measure cards
** Priority 1: Clean and Green
<> ** BD01 Fly-tipping incidents cleared within 2 working days || ** BD02 Missed bin collections per 100,000 collections
<> Latest (Q3): 81.5% || Latest (Dec 2026): 42
<> Previous (Q2): 84.0% || Previous (Sep 2026): 47
<> Target: 85.0% || Target: 50 or fewer
<> Status: AMBER || Status: GREEN
<> Commentary: two crews were redeployed to the winter gritting rota in December. || Commentary: lower is better.
** Priority 2: A Council that Works
<> ** BD03 Council tax collected in year || ** BD04 New starters completing induction in 4 weeks
<> Latest (Q3, year to date): 2,418 || Latest (Q3): 64.0%
<> Previous (Q2): 1,650 || Previous (Q2): 71.0%
<> Target (Q3 profile): 2,300 || Target: 90.0%
<> Status: GREEN || Status: RED
"""  # noqa: E501
    assert kpi_rows(source, tmp_path) == [
        ("BD01", 81.5, "amber"), ("BD03", 2418.0, "green"),
        ("BD02", 42.0, "green"), ("BD04", 64.0, "red")]


def test_regression_tiles_year_total_and_rating_letters(tmp_path: Path) -> None:
    """Tiles whose figure is labelled by its quarter ("Q3: 41.2", "Q3 (year total): 6,104":
    the year so far, the tile's only figure), the target with its direction after it
    ("7,000 or fewer") and the rating a letter the paper's key explains; a note beside the
    last tile belongs to no tile."""
    source = HEAD + """\
3.1 Each tile is rated G (target met), A (within 5% of target) or R (more than 5% from target).
** Statutory indicators
<> ** SP1 Planning appeals allowed (%) || ** SP2 Food premises inspected on schedule (%)
<> Q3: 41.2 || Q3: 96.0
<> Target: 35% || Target: 95%
<> Rating: R || Rating: G
<> ** SP3 Residual household waste (tonnes) || Note: SP3 is a provisional figure,
<> Q3 (year total): 6,104 || validated each spring by the
<> Target: 7,000 or fewer || waste data service.
<> Rating: G || Source: WasteDataFlow.
"""
    assert kpi_rows(source, tmp_path) == [
        ("SP1", 41.2, "red"), ("SP3", 6104.0, "green"), ("SP2", 96.0, "green")]


TILES = """\
** Community safety
<> ** Anti-social behaviour reports || ** Graffiti removed within 5 days (%)
<> 1,284 ↓ || 91.0 →
<> Target 1,400 | rating G || Target 95.0 | rating A
<> ** Noise complaints resolved || ** Abandoned vehicles removed
<> 352 ↑ || 48 ↑
<> Target 300 | rating R || Target 60 | rating A
"""


def test_regression_tiles_drawn_as_one_text_object_across_columns(tmp_path: Path) -> None:
    """A writer drawing both tiles of a row as one text object: PDFium reads one run per
    row ("Anti-social behaviour reports   Graffiti removed ..."), which the loader now parts
    at the column's gap; under each name the figure alone with its trend arrow (the latest),
    then "Target 1,400 | rating G". A tile named without a code is known by its name."""
    source = "%% ligatures\n" + HEAD + TILES
    pdf = rendered(source, tmp_path)
    joined = [line for page in load(pdf).pages for line in page.lines
              if line.text.startswith("1,284")]
    assert [[t for _, t in line.parts or []] for line in joined] == [["1,284 ↓", "91.0 →"]]
    (tmp_path / "again").mkdir()
    assert kpi_rows(source, tmp_path / "again") == [
        ("Anti-social behaviour reports", 1284.0, "green"),
        ("Noise complaints resolved", 352.0, "red"),
        ("Graffiti removed within 5 days (%)", 91.0, "amber"),
        ("Abandoned vehicles removed", 48.0, "amber")]


def test_regression_tiles_as_separate_runs_read_alike(tmp_path: Path) -> None:
    """The same tiles drawn a text object each (in a font without the arrows: the figures
    alone): read the same."""
    plain = TILES.translate({ord(arrow): None for arrow in "↑↓→"})
    assert [row[1:] for row in kpi_rows(HEAD + plain, tmp_path)] == [
        (1284.0, "green"), (352.0, "red"), (91.0, "amber"), (48.0, "amber")]
