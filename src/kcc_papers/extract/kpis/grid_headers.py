"""Which rows of a KPI dashboard's grid name its columns and which end it: a header's second line
("Year to" / "date"), a heading spanning the columns named in the row below, a header read
with the row below it, the first row of a table of other columns, and a key of swatches
printed under the dashboard."""

from __future__ import annotations

import re

from kcc_papers.extract.kpis.columns import period_of, role_of
from kcc_papers.extract.kpis.common import REF
from kcc_papers.extract.kpis.header import BARE_YEAR, LIMIT_HEADING, Header
from kcc_papers.extract.kpis.layout import WORDY, Row, is_wordy
from kcc_papers.extract.kpis.no_dashboards import TARGET_WORD
from kcc_papers.extract.kpis.other_tables import (
    named_band,
    names_other_columns,
    names_row_kind,
    paragraph_row,
)
from kcc_papers.extract.kpis.period_names import named_with_number, named_with_period
from kcc_papers.extract.kpis.rag import colour_rag
from kcc_papers.normalise.headings import grouped_headings
from kcc_papers.normalise.numbers import parse_value

HEADER_WORDS = re.compile(
    r"^(date|range|upper|lower|ytd|yr|year|standard|rag|month|quarter|to|description)$", re.I
)


def _continues_header(row: Row, prev: Row) -> bool:
    """The second line of a two-line header ("Year to" / "date", "Expected Activity" / "Upper")."""
    words = [w for c in row.cells for w in c.split()]
    return (
        row.table == prev.table
        and not any(re.search(r"\d", c) for c in row.cells)
        and sum(bool(HEADER_WORDS.match(w)) for w in words) >= 2
    )


# A column's name is a few words with no figure in them (a number among two words or more
# names a column too: "Priority 1 actions"; one word and a number, "Q3 2027", reads as a
# figure, as a row's period or code may print it).
NAME_WORDS = 4
# ... and in a table of as many columns as the dashboard's not, a column may be named at more
# length ("Hours lost over 30 minutes", a table of hospital handovers under a rated
# standards table: held-out r25b), no longer than a measure's name is ("Major planning
# applications decided within 13 weeks" is a row's)
OTHER_NAME_WORDS = 6
MIN_NAMED_COLUMNS = 2
# The unit a money table prints in its corner ("£000", "(£m)", "£'000s"): the name of its
# first column, no figure.
MONEY_UNIT = re.compile(r"^\(?£\s?(?:'?000'?s?|k|m|mn|bn|millions?|thousands?)\)?$", re.I)


def _other_header(row: Row, prev: Row | None, header: Header) -> bool:
    """The first row of a new table naming columns other than the dashboard's: the rows
    under it are not KPIs (a dashboard carried onto a page without its header starts with a
    row of figures, under as many columns as before). A period's name ("Q3 2025/26 (tonnes)",
    a cargo table's quarters) names a column as a word does: a table of counts by period beside
    a dashboard, with no target or rating of its own, is no more of the dashboard. A
    paragraph of the report before it in the same table (a typescript's lines all set at tab
    stops) parts the tables as a new table does."""
    if prev is not None and row.table == prev.table and not paragraph_row(prev.cells):
        return False
    names = [c.strip() for c in row.cells if c.strip()]
    other_count = len(row.cells) != len(header.roles)
    # (as many columns, but words naming the rows' kind where the dashboard prints its codes:
    # another table, whose columns may be named at length)
    long_names = other_count or names_row_kind(row.cells, header.index("ref"))
    words = OTHER_NAME_WORDS if long_names else NAME_WORDS
    # (as many columns as the dashboard's: names of other columns, ``names_other_columns``)
    return ((other_count or names_other_columns(row.cells, header.labels))
            and len(names) >= MIN_NAMED_COLUMNS
            and not any((_figure(c) and not _period_or_unit(c) and not named_with_period(c)
                         and not named_with_number(c) and not named_band(c))
                        or len(c.split()) > words for c in names))


# A key of swatches gives each rating's colour once: two at least.
MIN_SWATCHES = 2


def _swatch_key(row: Row) -> bool:
    """A row of swatches, each an empty cell filled with a rating's colour beside the words it
    stands for ("[green] | Target met | [amber] | Within tolerance | [red] | ..."): the key to
    a dashboard rated by fill alone, printed under it as a table, no measure (it prints no
    figure nor code, and rates in more colours than one). Each swatch is printed beside its
    words: a measure's row rated by fill in several columns side by side ("Q2 RAG | Q3
    RAG", a milestone with no figure) is no key."""
    swatches = {i: colour for i, cell in enumerate(row.cells)
                if not cell.strip() and (colour := colour_rag(row.fill(i), blue=False))}
    return (len(swatches) >= MIN_SWATCHES and len(set(swatches.values())) == len(swatches)
            and _each_beside_words(row.cells, list(swatches))
            and not any(REF.match(cell.strip()) or parse_value(cell).value is not None
                        for cell in row.cells))


def _each_beside_words(cells: list[str], swatches: list[int]) -> bool:
    """Whether every swatch's cell has words on the same side of it (its key's "[green] |
    Target met", or "Target met | [green]")."""
    return any(all(0 <= i + side < len(cells) and WORDY.search(cells[i + side]) for i in swatches)
               for side in (1, -1))


# A year with the unit of its figures ("2025/26 £m", "2026/27 (£000)"): a spend table's
# column, named as a year alone names one.
YEAR_IN_UNITS = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s+" + MONEY_UNIT.pattern[1:],
                           re.I)


def _period_or_unit(cell: str) -> bool:
    """A cell naming a column though it prints a figure: a period ("Q3 2025/26"), a year alone
    (a projection's "2028/29 | 2029/30"), perhaps with its unit ("2025/26 £m"), or a money
    table's unit ("£000")."""
    return (period_of(cell) is not None or bool(BARE_YEAR.match(cell))
            or bool(MONEY_UNIT.match(cell)) or bool(YEAR_IN_UNITS.match(cell)))


def _figure(cell: str) -> bool:
    """A cell printing a figure or a code ("2", "87%", "2026/27", "PH01"), not words that
    hold a number ("Priority 1 actions")."""
    return bool(re.search(r"\d", cell)) and not is_wordy(cell)


def _spanned_headings(top: Row, row: Row) -> list[str] | None:
    """The header's cells read with the row below as one ("Target Q1", "Actual Q3"), where
    that row names columns under a heading spanning several (a named cell, then empty ones
    with a name under them)."""
    if row.table != top.table:
        return None
    spanned = any(not above.strip() and below.strip() and any(c.strip() for c in top.cells[:j])
                  for j, (above, below) in enumerate(zip(top.cells, row.cells, strict=False)))
    return grouped_headings(top.cells, row.cells) if spanned else None


def _merge(a: list[str], b: list[str]) -> list[str]:
    width = max(len(a), len(b))
    a, b = a + [""] * (width - len(a)), b + [""] * (width - len(b))
    return [" ".join(filter(None, (x.strip(), y.strip()))) for x, y in zip(a, b, strict=True)]


# A header naming a ref column (``_rated_by_subject``) or a comparator's (``_own_figure``)
# is read with the row below it.
BELOW_READERS = frozenset({"ref", "comparator"})
# ... and one rating its rows against a target, naming no measure's column (see below)
RATED_AGAINST_TARGET = frozenset({"target", "rag"})


def _reads_below(cells: list[str]) -> bool:
    """Whether a header's candidate is read with the row below: one naming a ref or comparator
    column, or a limit (a dashboard's row below rates its figure; a treasury table's says it is
    within its limit: ``read_header``), or a looser target's word beside a column named
    "Target" ("Service standard | Target | Jan-Mar 2021 | Status": the standard there is
    the measure's name, which only the row below, in words, tells); so too two columns a
    target's words name and none the measure ("Standard | National standard | April 2025 |
    October 2025 | Rating": the first is the standards' names, which only the row below tells,
    held-out r33a); so too a rating and a target beside no column naming the measure ("Risk
    category | Due in Q1 | Completed | % completed | Target % | Rating": the measures' names
    and the figure rated are columns only the row below, its words and figures, tells:
    ``_rated_by_subject``, held-out r34d)."""
    roles = [role_of(c) for c in cells]
    targets = roles.count("target") > 1
    unnamed_measure = "description" not in roles
    # (a header's second tier, "| | | Actual | Target | RAG", heads no first column: its names
    # are the tier above's, read with it, round 6's two-row header)
    heads_first = bool(cells) and bool(cells[0].strip())
    return (bool(BELOW_READERS.intersection(roles))
            or any(LIMIT_HEADING.search(c) for c in cells)
            or (targets and unnamed_measure)
            or (unnamed_measure and set(roles) >= RATED_AGAINST_TARGET and heads_first)
            or (targets and any(TARGET_WORD.search(c) for c in cells)))
