"""Review of held-out round 31's KPI fixes: rules of the change that misread other councils'
papers, each pinned by a small paper a plausible other council would publish."""

from __future__ import annotations

from kcc_papers.load.aligned import aligned_tables
from kcc_papers.load.text import split_pages

# A text table whose row has no target yet (its column empty) and a value set with a space
# between its thousands, as some councils' exports print "1 234".
SPACED_THOUSANDS = """\
Ref    Indicator                                  Target    Latest    RAG
-----  -----------------------------------------  --------  --------  -----
H1     Households in temporary accommodation                  1 234     -
H2     Homeless preventions                          500       512      Green
"""


def test_regression_space_thousands_under_one_column_stay_one_figure() -> None:
    """Before, ``split_figures`` parted "1 234" (a row one cell short: no target) into a
    target of 1 and a value of 234; both figures start under "Latest", so it is one figure."""
    (table,) = aligned_tables(split_pages(SPACED_THOUSANDS)[0])
    assert table.texts()[1] == ["H1", "Households in temporary accommodation", "", "1 234",
                                "-"]


# A measure's name and its note set two spaces apart, beside a column left empty (no latest
# figure yet): as many cells as columns, two of them under "Indicator".
NOTE_BESIDE_AN_EMPTY_COLUMN = """\
Ref    Indicator                                  Target    Latest    RAG
-----  -----------------------------------------  --------  --------  -----
H1     Rough sleepers counted  (annual snapshot)     20                 n/a
H2     Homeless preventions                          500       512      Green
"""


def test_regression_two_cells_of_words_in_one_column_keep_their_places() -> None:
    """Before, ``in_order`` read the row's five cells into the five columns in order: the
    note became the target, the target (20) the latest figure. Two cells of words under one
    column are one name set two spaces apart; the figures stay under their own columns."""
    (table,) = aligned_tables(split_pages(NOTE_BESIDE_AN_EMPTY_COLUMN)[0])
    assert table.texts()[1] == ["H1", "Rough sleepers counted (annual snapshot)", "20", "",
                                "n/a"]
