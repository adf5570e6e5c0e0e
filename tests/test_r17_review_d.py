"""Review of round 17's agenda reader changes, part D: a Welsh-only agenda table's lead
column (a councillor's name, in no language) read as the English title beside a Welsh one;
the check that a row of column names heads columns scanning the whole document for every
such row (a long paper's many label rows took time growing with its square). Each test
fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from heldout_support import pdf_agenda_items
from kcc_papers.extract.agenda.table_rows import _table_rows
from kcc_papers.load.model import Line
from kcc_papers.segment import Segment
from test_s25_limits_misc import LONGER, MOST_GROWTH, _growth

# ---------------- a Welsh-only table: the column after the title is its lead, no translation

WELSH_ONLY_TABLE = """## CYNGOR SIR ERYRI
** Y CABINET
Dyddiad: Dydd Mawrth, 12 Hydref 2027 am 1.00 y.p.
** RHAGLEN / AGENDA
| Eitem | Teitl | Aelod Cabinet |
| 1. | Ymddiheuriadau | Cyng. Dafydd Rhys |
| 2. | Cofnodion y cyfarfod a gynhaliwyd ar 14 Medi 2027 | Cyng. Dafydd Rhys |
| 3. | Adroddiad ar y gyllideb a'r strategaeth ariannol tymor canolig | Cyng. Elin Hughes |
| 4. | Cynllun Strategol y Gymraeg mewn Addysg yr ardal | Cyng. Gareth Parry |
"""


def test_regression_welsh_only_table_titled_by_its_lead_column(tmp_path: Path) -> None:
    # the bilingual rule took the column after a Welsh title column for its English
    # translation wherever that column did not read as Welsh: a column of names reads as no
    # language, so the cabinet member's name became every item's title
    assert pdf_agenda_items(WELSH_ONLY_TABLE, tmp_path) == [
        ("1", "Ymddiheuriadau"),
        ("2", "Cofnodion y cyfarfod a gynhaliwyd ar 14 Medi 2027"),
        ("3", "Adroddiad ar y gyllideb a'r strategaeth ariannol tymor canolig"),
        ("4", "Cynllun Strategol y Gymraeg mewn Addysg yr ardal"),
    ]


# ------------------------------- column names checked against their own page's lines only

# Lines of body text under each page's row of labels (none printing a cell under them).
BODY_LINES_PER_PAGE = 10
LINE_STEP = 12.0


def _labelled_pages(pages: int) -> Segment:
    """A long paper each of whose pages opens with a row of short capitalised labels drawn
    as one run (as a letter-spaced masthead reads) over lines set in no columns."""
    lines: list[tuple[int, Line]] = []
    for page in range(1, pages + 1):
        lines.append((page, Line("Kilcoran County Council", 50.0, 50.0, 500.0, 60.0,
                                 [(50.0, "Kilcoran County Council")],
                                 cells=[(50.0, "Kilcoran"), (200.0, "County"),
                                        (350.0, "Council")])))
        for k in range(BODY_LINES_PER_PAGE):
            top = 80.0 + LINE_STEP * k
            text = f"{k + 1}. A line of the report's text"
            lines.append((page, Line(text, 50.0, top, 400.0, top + 10.0, [(50.0, text)])))
    return cast(Segment, SimpleNamespace(lines=lines, source=SimpleNamespace(format="text"),
                                         pages=[]))


# Pages of the smaller input: large enough that the old search's square term was most of its
# time (ten times 150 pages took about thirty times as long; ten times 600, about fifty),
# while the linear reader's growth stays near ten.
FEWEST_PAGES = 600


def test_regression_column_names_checked_against_every_page() -> None:
    # each row of labels looked for a cell under it through the whole document's lines,
    # every page's, before its own. (The inputs are built before the timing: building them
    # grew by 14-18 times on a busy machine, and took the ratio past its bound on CI.)
    built = {pages: _labelled_pages(pages) for pages in (FEWEST_PAGES, FEWEST_PAGES * LONGER)}
    assert _growth(lambda pages: _table_rows(built[pages]), FEWEST_PAGES) < MOST_GROWTH
