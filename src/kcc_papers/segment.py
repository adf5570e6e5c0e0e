"""Split a file into its documents and classify each one.

An agenda pack is an agenda, the minutes of the last meeting and a report per item (with its
appendices). Where each document starts (its heading, its publisher's stamp) is decided in
segment_starts; here the spans between starts become Segments (front matter that is only a
masthead or a cover letter joins the first document, blank pages are dropped), classify
weighs the kind of each, and each is given its title.

Its parts: ``segment_span`` (the Segment, a document's span of lines), ``segment_front_matter``
(a masthead or an agenda's cover before the first heading), ``segment_stand_ins`` (the pages
standing in for a paper, dropped) and ``segment_titles`` (a document's title lines and title).
"""

from __future__ import annotations

import re

from kcc_papers.classify import classify
from kcc_papers.classify.decision_records import RECOMMENDATION_HEADING
from kcc_papers.load.model import Line, Source
from kcc_papers.segment_front_matter import _cover_letter, _front_matter_only, _minutes_head
from kcc_papers.segment_span import Segment, flatten
from kcc_papers.segment_stand_ins import PLACEHOLDER_TITLE, _exempt_stand_in, _placeholder
from kcc_papers.segment_starts import _find_starts
from kcc_papers.segment_starts.browser_prints import find_print_starts
from kcc_papers.segment_starts.covers import CONTENTS_COVER, contents_page
from kcc_papers.segment_starts.heading_kinds import OTHER
from kcc_papers.segment_starts.paged_contents import (
    lists_items,
    meeting_named_again,
    paged_contents,
)
from kcc_papers.segment_starts.stand_in_notices import correction_titled
from kcc_papers.segment_titles import _own_head, title_lines, title_of

# What other modules and tests import from here.
__all__ = ["PLACEHOLDER_TITLE", "Segment", "flatten", "segment", "title_lines"]

BLANK_PAGE = re.compile(r"this page is intentionally left blank", re.I)


def segment(source: Source) -> list[Segment]:
    """Split a source into documents. One segment means the file is a single document."""
    flat = flatten(source)
    paged = source.format == "pdf" or len(source.pages) > 1
    headings: dict[int, int] = {}
    by_number = {page.number: page for page in source.pages}
    # (a page's tables read only if asked: reading them is slow, and may fail on a damaged page)
    tables = lambda n: by_number[n].tables  # noqa: E731
    # (a run of web pages printed from a browser: each print split as a file of its own)
    prints = find_print_starts(flat, paged, headings, tables, _find_starts)
    if prints is None:
        starts, web_page = _find_starts(flat, paged, headings, tables)
        web_pages = {0} if web_page else set()
    else:
        starts, web_pages = prints
    blanks = _blank_pages(flat)
    if not starts or starts[0][0] > 0:
        # Front matter before the first heading belongs to the first document (or is the file).
        first_kind = starts[0][1] if starts and (
            _front_matter_only(flat, starts[0][0]) or _cover_letter(flat, starts[0])
            or _minutes_head(flat, starts[0])) else None
        if first_kind:
            if starts[0][0] in headings:
                headings[0] = headings.pop(starts[0][0])
            starts[0] = (0, first_kind)
        elif starts and starts[0][1] == "agenda" and contents_page(
                [line.text for _, _, line in flat[:starts[0][0]]]):
            # the pack's cover listing its papers before the agenda: no document (the agenda
            # names the papers; its items are read from the agenda, not the cover)
            starts.insert(0, (0, CONTENTS_COVER))
        else:
            starts.insert(0, (0, ""))
    segments = []
    for n, (begin, kind) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        while end > begin and (end - 1) in blanks:
            end -= 1
        segments.append(Segment(source, kind, begin, end, flat, heading=headings.get(begin)))
    # What the file's own cover says it is (a statement of accounts) weighs on every part.
    cover = title_lines(segments[0])
    for seg in segments:
        # A ModernGov page's own heading says what it is, word for word, whatever its subject's
        # clues say: an agenda item's page is the item's decision, a performance report's
        # item printing its scorecard too.
        if not (seg.start in web_pages and seg.kind) and seg.kind != CONTENTS_COVER:
            seg.kind = classify(seg.text, seg.kind, title_lines(seg), cover, _own_head(seg))
        seg.title = title_of(seg)
        # (a paper reissued under the word, printing its recommendation under its heading,
        # is still the report it was)
        if correction_titled(seg.title) and not RECOMMENDATION_HEADING.search(seg.text):
            seg.kind = OTHER
    _join_contents_cover(segments)
    return [s for s in segments if s.end > s.start and not _placeholder(s)
            and not _exempt_stand_in(s) and s.kind != CONTENTS_COVER] or segments[:1]


def _join_contents_cover(segments: list[Segment]) -> None:
    """The pack's first part, its cover and contents page in a page column (paged_contents),
    read as a document before the agenda it lists the papers of: no document of its own (the
    agenda names the papers) but the agenda's cover, whose masthead names the meeting; where
    its entries are numbered as the agenda's items and the pack's running head names the
    meeting over the agenda too, it is dropped instead (joined, each item was read twice)."""
    lines = segments[0].text.splitlines() if len(segments) > 1 else []
    if not (lines and segments[1].kind == "agenda" and segments[0].kind in ("agenda", OTHER)
            and paged_contents(lines)):
        return
    if not (lists_items(lines) and meeting_named_again(
            segments[0].flat, segments[0].start, segments[1].start)):
        segments[1].start = segments[0].start
    segments[0].kind = CONTENTS_COVER



def _blank_pages(flat: list[tuple[int, int, Line]]) -> set[int]:
    """The lines saying the page is left blank. The words never wrap onto a second line, so
    a file without them anywhere (most) is looked at once, not line by line."""
    if not BLANK_PAGE.search("\n".join(line.text for _, _, line in flat)):
        return set()
    return {i for i, (_, _, line) in enumerate(flat) if BLANK_PAGE.search(line.text)}

