"""Regressions found reviewing round 11's load changes (s26-review)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kcc_papers.load.glyphs import LINE_END_HYPHEN, unbroken, vocabulary
from kcc_papers.load.pdf import load_pdf
from kcc_papers.models import Kpi
from kcc_papers.reading import process_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from heldout_render import render_pdf

# A line of letters this long is read in well under a second when the pattern is linear; the
# quadratic one took about 2 s for 20,000 letters on this machine (55 s for 100,000).
LONG_LETTERS = 40_000
MAX_SECONDS = 0.5


def test_regression_suspended_hyphen_at_line_end_keeps_its_space() -> None:
    # "pre-" ending a line, "and post-natal" starting the next: a suspended hyphen, not
    # the compound "pre-and"
    text = f"We fund pre{LINE_END_HYPHEN}and post-natal care, full{LINE_END_HYPHEN}or part-time."
    out = unbroken(text, vocabulary(text))
    assert out == "We fund pre- and post-natal care, full- or part-time."


def test_regression_suspended_hyphen_needs_the_compound_after() -> None:
    # "and" joined to a head with no compound after it is read as before
    text = f"The long{LINE_END_HYPHEN}term plan and the cross{LINE_END_HYPHEN}border team."
    assert unbroken(text, vocabulary(text)) == "The long-term plan and the cross-border team."


def test_regression_broken_word_pattern_is_linear_on_a_long_word() -> None:
    text = "a" * LONG_LETTERS
    start = time.process_time()
    vocabulary(text)
    unbroken(text + LINE_END_HYPHEN + "b", set())
    assert time.process_time() - start < MAX_SECONDS


# An unruled table whose rows PDFium reads as one run each (its cells on one baseline, gaps
# between): the row's cells (``Line.cells``, the agenda reader's spans) carry footnote
# markers as superscripts, as the line's text does, not as digits of the title or value.
FOOTNOTED_AGENDA = """## Cabinet
** Agenda
|- Item | Subject | Pages |
| 1 | Apologies for absence | 1 - 2 |
| 2 | Minutes of the last meeting[^1] | 3 - 8 |
| 3 | Budget monitoring at 87.5%[^2] | 9 - 20 |
[^1]: As amended by the Council on 4 May.
[^2]: Of the budget.
"""


def test_regression_table_row_cells_keep_footnote_markers_raised(tmp_path: Path) -> None:
    src = tmp_path / "footnoted_agenda.pdfsrc"
    src.write_text(FOOTNOTED_AGENDA)
    page = load_pdf(render_pdf(src, tmp_path), "0" * 64).pages[0]
    cells = {text for line in page.lines for _, text in line.cells or ()}
    assert {"Minutes of the last meeting\u00b9", "Budget monitoring at 87.5%\u00b2"} <= cells


# A performance table with no RAG column whose latest figures are shaded a mid blue (Word's
# "Blue, Accent 1, Lighter 40%") to pick out the current quarter: the shade is no rating.
# BRAG's blue rates green only in a status column (round 11's papers print it so).
SHADED_LATEST = """## London Borough of Fernside
** Children and Young People Scrutiny Sub-Committee
** Monday 23 February 2026
** Children's Social Care Performance - Quarter 3 2025/26
Lead officer: Director of Children's Services
** 1. Recommendation
1.1 That the Sub-Committee reviews the Quarter 3 performance of children's social care.
** 2. Key measures
2.1 The table compares Quarter 3 with the 2024/25 outturn. The current quarter is shaded.
| Ref | Measure | 2024/25 outturn | Q3 2025/26 | Target |
| CSC-01 | Re-referrals within 12 months (%) | 21.5 | {#8eaadb}18.9 | 20.0 |
| CSC-02 | Single assessments done in 45 working days (%) | 82.4 | {#8eaadb}79.8 | 85.0 |
| CSC-04 | Children looked after per 10,000 children | 58 | {#8eaadb}57 | 60 |
** 3. Commentary
3.1 Assessment timeliness fell in the quarter.
"""


def test_regression_blue_shaded_latest_figure_is_no_rating(tmp_path: Path) -> None:
    src = tmp_path / "shaded_latest.pdfsrc"
    src.write_text(SHADED_LATEST)
    result = process_file(str(render_pdf(src, tmp_path)))
    kpis = [r for r in result.records if isinstance(r, Kpi)]
    assert [k.ref for k in kpis] == ["CSC-01", "CSC-02", "CSC-04"]
    assert [k.latest_rag for k in kpis] == [None, None, None]
