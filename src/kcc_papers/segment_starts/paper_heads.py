"""Where the walk starts a report by what a paper's head prints: the next item stamped or
titled below its page's top, a text file's item and title or stamp, whose report it is or a
council's header block at a page's top, an appendix or a tabled paper titled as one of its
own; and a stamp starting another item's or paper's report on its page."""

from __future__ import annotations

from kcc_papers.load.model import Line
from kcc_papers.segment_starts.agenda_titled_items import item_titled_after_agenda
from kcc_papers.segment_starts.appendices import (
    _appendix_first,
    _appendix_title,
    _correction_sheet_in_text,
    _same_appendix,
    _tabled_after_agenda,
    _tabled_kind,
)
from kcc_papers.segment_starts.correction_notices import (
    after_correction_notice,
    correction_notice_first,
)
from kcc_papers.segment_starts.footed_mastheads import footed_masthead
from kcc_papers.segment_starts.header_labels import _label_rows, _records_decision
from kcc_papers.segment_starts.heading_kinds import OTHER
from kcc_papers.segment_starts.item_appendices import own_appendix_stamp
from kcc_papers.segment_starts.item_stamps import (
    _item_header_row,
    _item_titled_after_minutes,
    _next_item_titled,
    _stamp_mid_page,
    _stamped_report,
    _titled_item_over_labels,
    _titled_stamp,
)
from kcc_papers.segment_starts.layout import _masthead_start
from kcc_papers.segment_starts.numbered_mid_page import head_runs_over, numbered_paper_mid_page
from kcc_papers.segment_starts.report_appendix_pages import appendix_of_report
from kcc_papers.segment_starts.report_heads import _council_masthead, _report_head
from kcc_papers.segment_starts.ruled_stamps import ruled_stamp
from kcc_papers.segment_starts.titled_mid_page import titled_item_mid_page
from kcc_papers.segment_starts.walk_state import _Walk


def _next_paper_mid_page(walk: _Walk, i: int) -> bool:
    """Whether line ``i``, below its page's top, stamps the next item's paper run on from
    this one's page (see ``_stamp_mid_page``): it starts there."""
    # (or titled "Item 5: ..." as the current paper was, see titled_mid_page)
    item = (_stamp_mid_page(walk.flat, i, walk.starts[-1][0])
            or titled_item_mid_page(walk.flat, i, walk.heading)
            # (or by its bare number over the label the current paper's head opens with)
            or numbered_paper_mid_page(walk.flat, i, walk.heading))
    if not item:
        return False
    walk.begin(i, "report", i)
    walk.stamp = item
    return True


def _text_paper(walk: _Walk, i: int) -> bool:
    """Whether line ``i`` of a text file (no pages) starts a report by its item and title
    under the meeting's masthead, or by its item's stamp over its paper's head."""
    if walk.paged:
        return False
    flat = walk.flat
    if _titled_stamp(flat, i, walk.agenda()):
        walk.begin(_masthead_start(flat, i, walk.paged, walk.heading), "report", i)
        return True
    if _stamped_report(flat, i, walk.agenda(), walk.heading):
        walk.begin(i, "report", i)
        return True
    if walk.last_kind in ("minutes", "report") and footed_masthead(
            flat, i, walk.heading if walk.last_kind == "minutes" else None):
        walk.begin(i, "report", i)
        return True
    if (stamp := ruled_stamp(flat, i, walk.starts)) is not None:
        # (line ``i`` starts the paper: a text file's one page has no top to start it at)
        _stamp_starts(walk, i, 0, stamp)
        return True
    return False


def _stamp_starts(walk: _Walk, i: int, idx: int, stamp: str, kind: str = "report") -> None:
    """A stamp at line ``i``'s page top: another item's or paper's than the last stamped
    starts a report on its page (its heading may name its kind later: ``kind``, where the
    stamp's line is that heading too); the same one again is its paper's next page."""
    if stamp != walk.stamp and walk.starts:
        walk.begin(i - idx, kind, i)
    walk.stamp = stamp


def _paper_head(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, at its page's top after the current document's first
    page, heads a paper of its own by what its head prints, its publisher's stamp or not:
    whose report it is, the next item's number and title (over the paper's labels or not),
    a council's header block, a cover sheet's table of labels. It starts a report there."""
    if not walk.paged:
        return False
    flat, starts, last_kind = walk.flat, walk.starts, walk.last_kind
    if last_kind == "decision" and _records_decision(flat, i):
        # a decision sheet's next entries on its next page ("Issue details: ..." over "Item
        # No. 7", "Decision Maker:", "Decision Made:"): the record of decisions goes on
        return False
    top = i - idx
    if ((last_kind not in (None, "agenda") and starts and starts[-1][0] < top
         and _report_head(flat, i) and not head_runs_over(flat, starts[-1][0], top))
            or (last_kind == "report" and starts[-1][0] < top
                and _next_item_titled(flat, i, walk.heading, walk.stamp))
            or (last_kind == "minutes" and starts[-1][0] < top
                and _item_titled_after_minutes(flat, i, walk.heading))
            or item_titled_after_agenda(walk, i)
            or (last_kind not in (None, "agenda") and starts[-1][0] < top
                and _titled_item_over_labels(flat, i, walk.heading, walk.stamp, last_kind))
            or (starts and starts[-1][0] < top and _council_masthead(flat, i))
            or (starts and starts[-1][0] < top and _label_rows(flat, i))):
        walk.begin(top, "report", i)
        return True
    item = _item_header_row(flat, i)
    if item is not None and (not starts or starts[-1][0] < top):
        walk.begin(top, "report", i)
        walk.stamp = item
        return True
    return False


def _titled_after(walk: _Walk, i: int, idx: int, line: Line) -> bool:
    """Whether line ``i`` titles an appendix printed as a paper of its own, or a paper tabled
    after the agenda (an errata sheet): its own words say what it is."""
    flat = walk.flat
    if _same_appendix(flat, walk.heading, i) or own_appendix_stamp(walk, i) is not None:
        return False  # (an appendix stamped as the current report's item's: item_appendices)
    if walk.last_kind in (None, "report") and appendix_of_report(
            flat, walk.starts[-1][0] if walk.starts else 0, i):
        # (printed on under the report's running line: report_appendix_pages; before any
        # start, the file's first document is the report)
        return False
    # (before any start, the file's first document is headed on its first page: a report
    # whose head the walk took no heading from has its title type there all the same)
    heading = walk.heading if walk.starts else 0
    if not walk.starts and correction_notice_first(flat, i, walk.paged):
        walk.begin(i - idx, OTHER, i)  # (the paper it reissues starts after it: below)
        return True
    if after_correction_notice(walk, i, idx):
        return True
    if ((walk.last_kind != "agenda" and _appendix_title(flat, i, heading, walk.paged))
            or (walk.last_kind == "agenda"
                and _tabled_after_agenda(flat, i, walk.heading, walk.paged))
            or (walk.starts and _correction_sheet_in_text(flat, i))
            or (not walk.starts and _appendix_first(flat, i, walk.paged))):
        # (a PDF's paper starts at its page's top; a text file's at its title, under the rule)
        walk.begin(i if line.size is None else i - idx, _tabled_kind(line.text), i,
                   last_kind="report")
        return True
    return False
