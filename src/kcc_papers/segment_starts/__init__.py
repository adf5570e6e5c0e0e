"""Where each document of a file starts, and the kind its heading names.

A document starts at what it says about itself: an "AGENDA" heading, a "MINUTES of a meeting"
line, a report's "From:/To:/Subject:" block or labelled header, a "RECORD OF DECISION", a
notice of determination; and at what its publisher stamps on it: "Agenda Item 5" (CMIS: "Item
5") at the top of an item's first page, an appendix headed in the type of the pack's paper
titles, a tabled update sheet. The kind a heading names is only a hint: ``classify`` weighs it
against the document's own words.
"""

from __future__ import annotations

import re

from kcc_papers.load.model import Line
from kcc_papers.normalise import moderngov
from kcc_papers.segment_starts.appendices import _appendix_title, _tabled_after_agenda, _tabled_kind
from kcc_papers.segment_starts.header_labels import (
    LABEL_WINDOW,
    _label_rows,
    _records_decision,
    _report_label,
)
from kcc_papers.segment_starts.heading_kinds import COVER_LINES, _agenda_under_cover, _heading_kind
from kcc_papers.segment_starts.item_stamps import (
    ITEM_STAMP,
    _goes_on_from,
    _item_stamp,
    _next_item_titled,
    _stamp_mid_page,
    _stamped_report,
    _titled_item_over_labels,
    _titled_stamp,
)
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, TOP_OF_PAGE, _masthead_start
from kcc_papers.segment_starts.report_heads import _council_masthead, _report_head
from kcc_papers.segment_starts.web_pages import _page_kind

# A heading of the same kind this close below the last one repeats it.
RUNNING_HEAD_LINES = 8


def _find_starts(flat: list[tuple[int, int, Line]], paged: bool,
                 headings: dict[int, int] | None = None) -> tuple[list[tuple[int, str]], bool]:
    """Where each document starts and its kind by its heading; and whether the file is one
    ModernGov web page (by its page heading near the top). ``headings``, if given, is filled
    with the heading line that named each start's kind, by start."""
    if headings is None:
        headings = {}
    starts: list[tuple[int, str]] = []
    last_kind = None
    heading: int | None = None  # the line that started the current document
    stamp: str | None = None  # the item number last stamped at a page's top
    for i, (_, idx, line) in enumerate(flat):
        if (paged and idx >= ITEM_STAMP_TOP and last_kind == "report"
                and (item := _stamp_mid_page(flat, i, starts[-1][0]))):
            starts.append((i, "report"))  # the next item's paper runs on from this one's page
            last_kind, heading, stamp = "report", i, item
            continue
        if paged and idx >= TOP_OF_PAGE and not _agenda_under_cover(flat, i, starts):
            continue
        # (a paged file's "Minutes" over its meeting's line is a PDF's minutes, which may have
        # papers after them, not a web page: no lines under it are given, so it is no page's
        # heading there)
        under = "" if paged else "\n".join(
            below.text for _, _, below in flat[i + 1 : i + 1 + moderngov.MEETING_LINES])
        page = (moderngov.page_heading(line.text, under)
                if i < moderngov.HEADING_WITHIN and not starts else None)
        if page:
            # A ModernGov web page is one document whatever headings its text repeats
            # ("Minutes of the Previous Meeting" on an agenda-item page).
            return [(0, _page_kind(page.lastgroup or "", flat))], True
        if not paged and _titled_stamp(flat, i, heading if last_kind == "agenda" else None):
            starts.append((_masthead_start(flat, i, paged), "report"))
            last_kind, heading = "report", i
            continue
        if not paged and _stamped_report(flat, i, heading if last_kind == "agenda" else None,
                                         heading):
            starts.append((i, "report"))
            last_kind, heading = "report", i
            continue
        item = _item_stamp(flat, i, paged)
        if item is not None and last_kind == "agenda" and _goes_on_from(
                flat[heading or 0 : i], int(re.sub(r"\D", "", item.split(".")[0])), ITEM_STAMP):
            continue  # the agenda's list goes on onto a page of its own ("Item 11")
        if item is not None:
            if item != stamp and starts:
                # a new item's paper; the heading under the stamp, if any, names its kind
                starts.append((i - idx, "report"))
                last_kind, heading = "report", i
            stamp = item
            continue
        if (paged and last_kind not in (None, "agenda") and starts and starts[-1][0] < i - idx
                and _report_head(flat, i)):
            starts.append((i - idx, "report"))  # a paper of its own, its publisher's stamp or not
            last_kind, heading = "report", i
            continue
        if (paged and last_kind == "report" and starts[-1][0] < i - idx
                and _next_item_titled(flat, i, heading, stamp)):
            starts.append((i - idx, "report"))  # the next item's paper: "Item 7: Risk register"
            last_kind, heading = "report", i
            continue
        if (paged and last_kind not in (None, "agenda") and starts[-1][0] < i - idx
                and _titled_item_over_labels(flat, i, heading, stamp, last_kind)):
            starts.append((i - idx, "report"))  # an application's report: "Item 6.2: ..."
            last_kind, heading = "report", i
            continue
        if paged and starts and starts[-1][0] < i - idx and _council_masthead(flat, i):
            starts.append((i - idx, "report"))  # a council's header block over a paper
            last_kind, heading = "report", i
            continue
        if paged and starts and starts[-1][0] < i - idx and _label_rows(flat, i):
            starts.append((i - idx, "report"))  # a cover sheet's table of labels
            last_kind, heading = "report", i
            continue
        if last_kind != "agenda" and _appendix_title(flat, i, heading, paged):
            starts.append((i - idx, _tabled_kind(line.text)))  # its own words say what it is
            last_kind, heading = "report", i
            continue
        if last_kind == "agenda" and _tabled_after_agenda(flat, i, heading, paged):
            starts.append((i - idx, _tabled_kind(line.text)))  # an errata sheet after it
            last_kind, heading = "report", i
            continue
        kind = _heading_kind(flat, i, heading if last_kind == "agenda" else None)
        if not kind:
            continue
        if starts and starts[-1][0] == i - idx and flat[heading or 0][0] == flat[i][0] and (
                paged and _item_stamp(flat, heading or 0, paged) is not None):
            # the heading under an item's stamp on the same page says what the paper is
            starts[-1] = (starts[-1][0], kind)
            headings[starts[-1][0]] = i
            last_kind, heading = kind, i
            continue
        if (kind == "report" and starts and i - starts[-1][0] <= LABEL_WINDOW
                and flat[i][0] == flat[starts[-1][0]][0] and _report_label(line.text)):
            continue  # the labelled block under a heading on its page is that document's header
        if kind == "report" and last_kind == "decision" and _records_decision(flat, i):
            continue  # a notice's entry, labelled like a report's header, under the notice
        if kind == "appendix_like" or (starts and kind == last_kind and _same_document(
                kind, i - starts[-1][0], flat[i][0] != flat[starts[-1][0]][0])):
            continue
        starts.append((_masthead_start(flat, i, paged), kind))
        headings[starts[-1][0]] = i
        last_kind, heading = kind, i
    return starts, False


def _same_document(kind: str, lines_since_start: int, new_page: bool) -> bool:
    """A heading repeated close below the last (a running head, an agenda after its cover);
    but a short report's successor on the next page is a document of its own."""
    if kind == "agenda":
        return lines_since_start < COVER_LINES
    return lines_since_start < RUNNING_HEAD_LINES and not new_page
