"""KPIs and activity indicators from performance reports, with RAG cross-checks.

Two layouts are read, and both run on every performance report (each finds nothing in the
other's layout): dashboards of table rows under a named header row (``kpi_grid``) and KPI
boxes of "Latest: / Target: / Floor: / Previous:" (``kpi_boxes``). The report's own
statements about itself (totals in prose, RAG-by-service tables) are then checked against the
rows extracted."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from kcc_papers.extract import Context
from kcc_papers.extract.kpis.boxes import read_boxes
from kcc_papers.extract.kpis.cards import read_cards
from kcc_papers.extract.kpis.checks import (
    check_colour,
    check_other_totals,
    check_rag,
    check_totals,
    check_values,
)
from kcc_papers.extract.kpis.common import Extracted, Parsed, Section, clock_figures_unread
from kcc_papers.extract.kpis.counts import prose_statements
from kcc_papers.extract.kpis.figures import prints_targets, read_figure_tiles
from kcc_papers.extract.kpis.grid import read_grid
from kcc_papers.extract.kpis.layout import (
    HEADER_LINE_CHARS,
    HEADER_WINDOW_LINES,
    Item,
    Text,
    header_words,
    stream,
)
from kcc_papers.extract.kpis.period_blocks import measure_key, read_period_blocks
from kcc_papers.extract.kpis.rag import Rag
from kcc_papers.extract.kpis.rated_tables import report_rows
from kcc_papers.extract.kpis.status import status_key
from kcc_papers.extract.kpis.summary import (
    check_service_counts,
    check_summary_rags,
    count_tables,
    rag_summaries,
)
from kcc_papers.extract.kpis.tile_rows import read_tile_rows
from kcc_papers.extract.kpis.tiled import read_tiled_table
from kcc_papers.extract.kpis.tiles import read_tiles
from kcc_papers.extract.kpis.told import read_told
from kcc_papers.extract.kpis.transposed import untransposed
from kcc_papers.load.model import Page
from kcc_papers.models import Kpi, Record
from kcc_papers.normalise.textclean import furniture
from kcc_papers.segment import Segment

KINDS = {"performance_report", "report", "minutes", "decision"}
# A report or minutes may carry a dashboard as an appendix or a section ("Appendix A -
# Scorecard", "Performance against benchmark"), and a decision its scorecard (a ModernGov
# agenda item's page, the item's decision, printing the report's): only its table's rated
# rows are read there;
# boxes, cards and the paper's statements about its KPIs are a performance report's layouts.
DASHBOARD_KIND = "performance_report"
# Column labels as printed (capitalised), not prose ("met target ... the floor standard").
PROMISE = re.compile(r"^\s*(Latest\s*:|Ref\b.*\bIndicator)|\bTarget\b.{0,30}\bFloor\b")
T = TypeVar("T")


def extract(ctx: Context) -> list[Record]:
    # Reading a paper's tables is slow: in a report or minutes, only the pages where a
    # dashboard's header is and the page after each (its table may run on)
    pages = None if ctx.document.kind == DASHBOARD_KIND else _rated_pages(ctx.segment)
    if pages is not None and not pages and not prints_targets(ctx.segment):
        return []
    items = stream(ctx.segment, pages, lambda page, exc: _unreadable(ctx, page, exc))
    # a dashboard printed on its side (measures across, periods down) read as one standing
    items = untransposed(items)
    grid = _guard(ctx, "grid", lambda: read_grid(items), Extracted())
    if ctx.document.kind != DASHBOARD_KIND:
        # a table of figures in a report (treasury limits, activity) is no dashboard: only
        # rows printing both a figure and its rating are read there (``report_rows``)
        rated = report_rows(grid.kpis)
        return [*_checked(ctx, rated or _figure_tiles(ctx, items))]
    no_boxes: tuple[Extracted, list[Section]] = (Extracted(), [])
    boxes, sections = _guard(ctx, "boxes", lambda: read_boxes(items), no_boxes)
    parsed = grid.kpis + boxes.kpis
    if not grid.kpis:
        # no dashboard table: perhaps a card per measure, or cards side by side in columns
        # (whose "Latest (Q2): 46.8%" lines, read across the columns, make boxes of nothing)
        key = status_key([i.text for i in items if isinstance(i, Text)])
        tiles = _guard(ctx, "tiles", lambda: read_tiles(items, key), Extracted()).kpis
        # or tiles set in a table's cells, each filled with its rating's colour (the tile
        # reader reads lines outside tables only)
        tiles += _guard(ctx, "tiled table", lambda: read_tiled_table(items, key),
                        Extracted()).kpis
        # or tiles in a table's rows, a row of their names over a row per field (a band
        # whose names print bold the tile reader may have read already: read once)
        known = {p.kpi.ref for p in tiles if p.kpi.ref}
        tiles += [p for p in _guard(ctx, "tile rows", lambda: read_tile_rows(items, key),
                                    Extracted()).kpis if p.kpi.ref not in known]
        # or big figures, each over its name and a line of its target and rating
        tiles += _figure_tiles(ctx, items, key)
        if len(tiles) > sum(p.kpi.latest_value is not None for p in boxes.kpis):
            parsed, boxes, sections = tiles, Extracted(), []
        if not parsed:
            parsed = _cards_and_blocks(ctx, items, key)
        if not parsed:
            # or a short paragraph per measure under its heading ("Target 46%. Actual 44.1%
            # (Amber).")
            parsed = _guard(ctx, "told", lambda: read_told(
                items, key, furniture(ctx.segment.pages)), Extracted()).kpis
    else:
        # a dashboard's pages of tiles beside its pages of tables (an exported dashboard's
        # card visuals, then a matrix visual): each tile a measure the tables do not hold
        parsed += _tiles_beside(ctx, items, grid.kpis)
        parsed += _blocks_beside(ctx, items, grid.kpis)
    kpis = _checked(ctx, parsed)
    prose = "\n".join(i.text for i in items if isinstance(i, Text) and not i.in_table)
    _guard(ctx, "checks", lambda: _paper_checks(ctx, items, prose, kpis, boxes, sections), None)
    if not parsed and any(PROMISE.search(line) for line in prose.splitlines()):
        ctx.finding(
            "kpi_layout_unrecognised",
            "the report prints KPI headings (Latest/Target/Floor) but no KPI rows could be read",
            severity="info",
            record_table="kpis",
        )
    return [*kpis, *grid.activity, *boxes.activity]


# A dashboard's header names a rating column among its other KPI columns ("Ref Indicator
# Period Ambition Latest Previous Status", "Ref Mandate ... Benchmark (%) Relative (%) RAG").
# A comparison with a comparator ("Compared with England": "Better | Similar | Worse") rates
# each row against it as a rating column does (round 21: KPIs with no rating of their own).
RATING_WORDS = {"rag", "brag", "status", "rating", "on track", "on target", "assessment",
                "compared", "met"}
RATED_HEADER_WORDS = 3
# A column is named as printed, capitalised ("Status", "RAG rating"): a rating word in lower
# case is prose or a row's text ("the average credit rating of its portfolio", "Minimum
# portfolio average credit rating A- A+" under "Credit risk indicator Target Actual").
# A column headed as whose rating it is, or of what ("Our rating", "Overall rating",
# "Performance rating"), rates its rows too (not "Credit rating": a treasury table's letters
# "A", "AA-" are no colours).
# A column asking the question its cells answer ("On track?", "On target?", "Met?", a
# statutory standard met or not) rates them too.
RATING_WORD = re.compile(r"\b(?:B?RAG|Rag|Status|STATUS|Rating|RATING|Assessment|"
                         r"(?:Our|Overall|Performance|Council)\s+rating)\b|"
                         r"\bOn\s+t(?:rack|arget)\?|\bCompared\b|\bMet\?")
# A rating column's heading the text layer ran into the heading before it ("TargetStatus",
# a turned heading then an upright one): the place to part them.
GLUED_RATING = re.compile(r"(?<=[a-z])(?=(?:B?RAG|Status|Rating)\b)")
# A word one of the two patterns above needs, as printed: a line holding none (nearly all of
# a long paper's) is left as it is and names no rating (both patterns look at every letter
# of a line; a look for each word is a quarter of their cost).
RATING_LITERALS = ("RAG", "Rag", "Status", "STATUS", "Rating", "RATING", "On", " rating",
                   "Assessment", "Compared", "Met?")


def _rating_text(text: str) -> str | None:
    """The line as a header's text is read (a rating heading run into the one before it
    parted), or None where it names no rating word."""
    if not any(word in text for word in RATING_LITERALS):
        return None
    return GLUED_RATING.sub(" ", text)


def _rated_pages(seg: Segment) -> set[int]:
    """The pages where the segment's lines read as a rated dashboard's header (a few lines
    together, as a header's cells wrap, naming a rating column and at least two other KPI
    columns), and the page after each."""
    flat = seg.flat[seg.start : seg.end]
    short = [line.text if len(line.text) < HEADER_LINE_CHARS else "" for _, _, line in flat]
    rating = [_rating_text(text) for text in short]
    texts = [text if glued is None else glued for text, glued in zip(short, rating, strict=True)]
    # only the windows holding a column's rating word can be a rated header (and HEADER_WORD
    # is slow over a long paper's every line)
    rated = [i for i, glued in enumerate(rating) if glued is not None and RATING_WORD.search(glued)]
    near = {j for i in rated for j in range(i - HEADER_WINDOW_LINES + 1, i + HEADER_WINDOW_LINES)
            if 0 <= j < len(texts)}
    words = [header_words(texts[i]) if i in near else set()
             for i in range(len(texts))]
    pages: set[int] = set()
    for i in sorted({j for r in rated for j in range(r - HEADER_WINDOW_LINES + 1, r + 1)
                     if j >= 0}):
        page = flat[i][0]
        found = set().union(*words[i : i + HEADER_WINDOW_LINES])
        if found & RATING_WORDS and len(found) >= RATED_HEADER_WORDS:
            pages |= {page, page + 1}
    return pages


def _tiles_beside(ctx: Context, items: list[Item], rows: list[Parsed]) -> list[Parsed]:
    """The big-figure tiles (``_figure_tiles``) of a dashboard that has table rows too,
    where each prints its code, figure and rating, and no code is a row's: a tile short of
    any of these is some other block of lines beside a table (a chart's labels, a key),
    read as none."""
    tiles = _figure_tiles(ctx, items)
    codes = {p.kpi.ref for p in rows}
    if any(p.kpi.ref is None or p.kpi.ref in codes or p.kpi.latest_value is None
           or p.kpi.latest_rag is None for p in tiles):
        return []
    return tiles


def _cards_and_blocks(ctx: Context, items: list[Item], key: dict[str, Rag]) -> list[Parsed]:
    """Cards of labelled lines ("Measure: ...", "Target: ..."), and blocks of them printing a
    row of their periods' figures: a card printing a period row is the block reader's to read
    (its latest figure is the period the rating names, never the "Outturn 2025/26" line the
    cards reader, seeing no period row, takes), or to leave (an activity's, a budget's, a
    risk's); each measure read once, in the paper's order."""
    judged: set[str] = set()
    blocks = _guard(ctx, "period blocks", lambda: read_period_blocks(items, key, judged),
                    Extracted()).kpis
    by_measure: dict[str, list[Parsed]] = {}
    for block in blocks:
        by_measure.setdefault(measure_key(block.kpi.ref, block.kpi.description), []).append(block)
    read: list[Parsed] = []
    for card in _guard(ctx, "cards", lambda: read_cards(items, key), Extracted()).kpis:
        measure = measure_key(card.kpi.ref, card.kpi.description)
        if measure not in judged:
            read.append(card)
        elif by_measure.get(measure):
            read.append(by_measure[measure].pop(0))  # the block's reading, in the card's place
    # blocks no card opened (a heading of a code and a name): by page, after its cards
    rest = [block for left in by_measure.values() for block in left]
    return sorted([*read, *rest], key=lambda p: p.kpi.page or 0)


def _blocks_beside(ctx: Context, items: list[Item], rows: list[Parsed]) -> list[Parsed]:
    """A dashboard's measures printed as blocks after its table (each with a row of its
    periods' figures), but a block of a measure the table holds, by its code or its name,
    is that measure again, read once: the table's row."""
    held = {measure_key(p.kpi.ref, p.kpi.description) for p in rows}
    held |= {measure_key(None, p.kpi.description) for p in rows}
    key = status_key([i.text for i in items if isinstance(i, Text)])
    blocks = _guard(ctx, "period blocks", lambda: read_period_blocks(items, key),
                    Extracted()).kpis
    return [p for p in blocks if measure_key(p.kpi.ref, p.kpi.description) not in held
            and measure_key(None, p.kpi.description) not in held]


def _figure_tiles(ctx: Context, items: list[Item], key: dict[str, Rag] | None = None
                  ) -> list[Parsed]:
    """A designed report's rated big-figure tiles (``figures``): read in any report, a
    newsletter's snapshot as much as a performance report's pages, as each prints its
    rating."""
    if key is None:
        key = status_key([i.text for i in items if isinstance(i, Text)])
    return _guard(ctx, "figure tiles", lambda: read_figure_tiles(items, key), Extracted()).kpis


def _unreadable(ctx: Context, page: Page, exc: Exception) -> None:
    """A page whose tables could not be read is said: its rows are lost, and read as lines."""
    ctx.finding(
        "kpi_table_unreadable",
        f"tables on page {page.number} could not be read: {type(exc).__name__}: {exc}",
        page=page.number,
        record_table="kpis",
    )


def _checked(ctx: Context, parsed: list[Parsed]) -> list[Kpi]:
    """A dashboard's rows, each checked against what its cells print."""
    for p in parsed:
        clock_figures_unread(p.kpi, p.raw)
        check_values(p.kpi, p.raw, ctx.finding)
        check_rag(p.kpi, p.raw, ctx.finding)
        check_colour(p.kpi, ctx.finding)
    return [p.kpi for p in parsed]


def _paper_checks(
    ctx: Context,
    items: list[Item],
    prose: str,
    kpis: list[Kpi],
    boxes: Extracted,
    sections: list[Section],
) -> None:
    """What the paper says about its own KPIs against the rows. A cover report states totals
    but holds no rows, so only a document with rows is compared."""
    stated = prose_statements(prose)
    check_totals(kpis, stated.totals, ctx.finding)
    check_other_totals(kpis, stated.ytd_rags, stated.dots, ctx.finding)
    box_kpis = [p.kpi for p in boxes.kpis]
    check_service_counts(box_kpis, count_tables(items), sections, ctx.finding)
    check_summary_rags(box_kpis, rag_summaries(items), ctx.finding)


def _guard(ctx: Context, what: str, run: Callable[[], T], fallback: T) -> T:
    """One reader's bug costs its own rows, with a finding, not the other reader's."""
    try:
        return run()
    except MemoryError:  # the file's size, not this reader's bug: the file fails (``reading``)
        raise
    except Exception as exc:  # an odd layout must never stop the extraction
        ctx.finding(
            "kpi_extract_error",
            f"the KPI {what} reader failed on this document: {type(exc).__name__}: {exc}",
            severity="error",
            record_table="kpis",
        )
        return fallback
