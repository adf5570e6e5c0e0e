"""Where each document of a file starts, and the kind its heading names.

A document starts at what it says about itself: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination; and at what its publisher stamps on it: "Agenda Item 5" (CMIS: "Item
5") at the top of an item's first page, an appendix headed in the type of the pack's paper
titles, a tabled update sheet. The kind a heading names is only a hint: ``classify`` weighs it
against the document's own words.

This module walks down a file's lines (its state: walk_state) and keeps the steps by a
stamp and by a heading; the other steps are read in modules of their own: paper_heads (what
a paper's head prints), agenda_listed_papers (what the agenda lists for an item),
closed_minutes (minutes after the last ones' closing line), same_document (a heading that
belongs to the current document; agenda_mastheads: another meeting's agenda).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kcc_papers.load.model import Line, Table
from kcc_papers.normalise import moderngov
from kcc_papers.segment_starts.agenda_listed_papers import (
    _coded_paper,
    _listed_paper,
    _masthead_titled_paper,
    _tagged_paper,
    _title_slide_paper,
)
from kcc_papers.segment_starts.agenda_then_minutes import minutes_after_agenda
from kcc_papers.segment_starts.closed_minutes import _closed_then_minutes
from kcc_papers.segment_starts.enclosed_extracts import _extract_in_report
from kcc_papers.segment_starts.foreign_mastheads import foreign_masthead_paper
from kcc_papers.segment_starts.heading_kinds import (
    _agenda_under_cover,
    _heading_kind,
    _minutes_kind,
)
from kcc_papers.segment_starts.item_appendices import own_appendix_stamp
from kcc_papers.segment_starts.item_stamps import (
    ITEM_STAMP,
    _goes_on_from,
    _item_stamp,
    _minutes_head_papers,
    _paper_stamp,
    _schedules_part,
)
from kcc_papers.segment_starts.item_titles import TITLED_ITEM
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, TOP_OF_PAGE, _masthead_start
from kcc_papers.segment_starts.meeting_lines import meeting_line_paper
from kcc_papers.segment_starts.numbered_mid_page import head_runs_over
from kcc_papers.segment_starts.page_stamps import stamps_number_pages
from kcc_papers.segment_starts.paper_heads import (
    _next_paper_mid_page,
    _paper_head,
    _stamp_starts,
    _text_paper,
    _titled_after,
)
from kcc_papers.segment_starts.record_runs import next_record_mid_page
from kcc_papers.segment_starts.reference_strips import reference_strip_paper
from kcc_papers.segment_starts.same_document import _part_of_current
from kcc_papers.segment_starts.walk_state import _Walk
from kcc_papers.segment_starts.web_pages import _page_kind


def _find_starts(flat: list[tuple[int, int, Line]], paged: bool,
                 headings: dict[int, int] | None = None,
                 tables: Callable[[int], list[Table]] | None = None,
                 ) -> tuple[list[tuple[int, str]], bool]:
    """Where each document starts and its kind by its heading; and whether the file is one
    ModernGov web page (by its page heading near the top). ``headings``, if given, is filled
    with the heading line that named each start's kind, by start; ``tables``, the tables of
    a page by its number, if given, may list the agenda's items."""
    walk = _Walk(flat, paged, {} if headings is None else headings,
                 page_stamps=paged and stamps_number_pages(flat))
    if tables is not None:
        walk.tables = tables
    for i, (_, idx, line) in enumerate(flat):
        if (paged and idx >= ITEM_STAMP_TOP and walk.last_kind == "report"
                and _next_paper_mid_page(walk, i)):
            continue
        if _closed_then_minutes(walk, i, idx) or _extract_in_report(walk, i, idx):
            continue
        if (paged and idx >= TOP_OF_PAGE and walk.last_kind == "decision"
                and (record := next_record_mid_page(flat, i, walk.heading)) is not None):
            # a bulletin's next record run on under the last (see record_runs)
            walk.begin(record, "decision", i)
            continue
        if paged and idx and minutes_after_agenda(walk, i, idx >= TOP_OF_PAGE):
            continue  # the last minutes printed on under the agenda's end (agenda_then_minutes)
        if paged and idx >= TOP_OF_PAGE and not _agenda_under_cover(flat, i, walk.starts):
            continue
        page = _web_page_kind(walk, i, line)
        if page is not None:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, page)], True
        if (_text_paper(walk, i) or _stamped_item(walk, i, idx) or _paper_head(walk, i, idx)
                or meeting_line_paper(walk, i, idx)
                or _listed_paper(walk, i, idx) or _title_slide_paper(walk, i, idx)
                or _tagged_paper(walk, i, idx) or _coded_paper(walk, i, idx)
                or _masthead_titled_paper(walk, i, idx)
                or foreign_masthead_paper(walk, i, idx)
                or reference_strip_paper(walk, i, idx)
                or _titled_after(walk, i, idx, line)):
            continue
        _heading_start(walk, i, idx, line)
    return walk.starts, False


def _web_page_kind(walk: _Walk, i: int, line: Line) -> str | None:
    """The kind of the ModernGov web page the file is, if line ``i``, near its top and before
    any start, is such a page's heading. (A paged file's "Minutes" over its meeting's line is
    a PDF's minutes, which may have papers after them, not a web page: no lines under it are
    given, so it is no page's heading there.)"""
    if i >= moderngov.HEADING_WITHIN or walk.starts:
        return None
    flat = walk.flat
    under = "" if walk.paged else "\n".join(
        below.text for _, _, below in flat[i + 1 : i + 1 + moderngov.MEETING_LINES])
    page = moderngov.page_heading(line.text, under)
    return _page_kind(page.lastgroup or "", flat) if page else None


def _stamped_item(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` is a publisher's item stamp at its page's top (see
    ``_item_stamp``): a new item's paper starts on its page (the heading under the stamp, if
    any, names its kind later); the same item's stamp again, or an agenda's list going on
    onto a page of its own ("Item 11"), starts nothing."""
    flat = walk.flat
    # (asked only of a line that may be a stamp: it scans the paper so far)
    item = _item_stamp(flat, i, walk.paged, in_paper=lambda: _items_not_headed(walk, i))
    if item is not None and walk.page_stamps:
        return True  # a page's number stamped as an item's: it starts nothing
    if item is None:
        return _stamped_paper(walk, i, idx)
    if walk.last_kind == "agenda" and _goes_on_from(
            flat[walk.heading or 0 : i], _running_number(item), ITEM_STAMP):
        return True
    if walk.paged and _schedules_part(flat, walk.starts, i, item):
        return True  # a part of the schedule its report lists: the paper goes on
    if own_appendix_stamp(walk, i) == item:
        walk.stamp = item  # the report's own appendix, stamped as its item's: it goes on
        return True
    _stamp_starts(walk, i, idx, item)
    return True


def _items_not_headed(walk: _Walk, i: int) -> bool:
    """Whether the current paper heads none of its parts "Item N": a report, or minutes
    numbering their minutes otherwise ("5. Minutes", "EZ/27/04"). In such a paper an "Item 5"
    line alone at a page's top is the next paper's stamp in any type (see ``_item_stamp``)."""
    if walk.last_kind == "report":
        return True
    begin = (walk.heading or 0) + 1
    return walk.last_kind == "minutes" and not any(
        ITEM_STAMP.match(line.text) or TITLED_ITEM.match(line.text)
        for _, _, line in walk.flat[begin:i])


def _stamped_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` is a pack's paper stamp at its page's top ("Paper C", see
    ``_paper_stamp``): another paper than the last stamped starts on its page, as a report
    until the heading under the stamp names its kind."""
    paper = _paper_stamp(walk.flat, i, walk.paged)
    if paper is None or (walk.last_kind == "minutes"
                         and _minutes_head_papers(walk.flat, walk.heading, i)):
        return False
    # (the stamp may title the paper too, "Paper A: Minutes of the Strategic Commissioning
    # Committee held on ...": the heading after its label names its kind)
    text = walk.flat[i][2].text
    titled = _minutes_kind(walk.flat, i, None, text, text.lower())
    _stamp_starts(walk, i, idx, paper, titled or "report")
    return True


def _stamped(flat: list[tuple[int, int, Line]], i: int, paged: bool) -> bool:
    """Whether line ``i`` is a publisher's stamp at its page's top, of an item or a paper."""
    return _item_stamp(flat, i, paged) is not None or _paper_stamp(flat, i, paged) is not None


def _running_number(item: str) -> int:
    """An item's number in the agenda's running order: "6" of "6.1", "36" of a year's "27/036"."""
    return int(re.sub(r"\D", "", item.split("/")[-1].split(".")[0]))


def _heading_start(walk: _Walk, i: int, idx: int, line: Line) -> None:
    """Line ``i`` as a heading (see ``_heading_kind``): it names the kind of the paper stamped
    on its page, belongs to the current document, or starts a document of its own under its
    masthead."""
    flat = walk.flat
    kind = _heading_kind(flat, i, walk.agenda())
    if not kind:
        return
    starts = walk.starts
    if starts and starts[-1][0] == i - idx and flat[walk.heading or 0][0] == flat[i][0] and (
            walk.paged and _stamped(flat, walk.heading or 0, walk.paged)):
        # the heading under an item's stamp on the same page says what the paper is
        starts[-1] = (starts[-1][0], kind)
        walk.headings[starts[-1][0]] = i
        walk.last_kind, walk.heading = kind, i
        return
    if _part_of_current(walk, i, kind, line) or (
            starts and head_runs_over(flat, starts[-1][0], i - flat[i][1])):
        return
    walk.begin(_masthead_start(flat, i, walk.paged, walk.heading), kind, i)
    walk.headings[starts[-1][0]] = i
