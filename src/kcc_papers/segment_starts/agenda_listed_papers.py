"""Where the walk starts a report, after the minutes or a paper, by what the pack's agenda
lists for an item: its bare number and title, its title on a deck's title slide or a page
alone, its title tagged with the item's number, its enclosure code."""

from __future__ import annotations

from kcc_papers.segment_starts.enclosure_papers import agenda_lines, coded_paper_head
from kcc_papers.segment_starts.heading_kinds import _heading_kind
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP
from kcc_papers.segment_starts.listed_items import (
    agenda_listing,
    at_paper_head,
    earlier_item_after,
    listed_after,
    listed_item_head,
)
from kcc_papers.segment_starts.masthead_titled_pages import masthead_titled_page
from kcc_papers.segment_starts.tagged_items import (
    tagged_after,
    tagged_again_after,
    tagged_item_head,
    tagged_title,
)
from kcc_papers.segment_starts.title_slides import (
    title_slide_after_report,
    title_slide_of_listed_item,
)
from kcc_papers.segment_starts.titled_pages import titled_page_of_listed_item
from kcc_papers.segment_starts.walk_state import _Walk


def _listed_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by the bare
    number and title the pack's agenda lists for it (see ``listed_items``): a report starts
    there (at its page's top in a PDF)."""
    if walk.last_kind not in ("minutes", "report") or not walk.flat[i][2].text.lstrip(
            " |")[:1].isdigit() or not at_paper_head(walk.flat, i, walk.paged):
        return False
    listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
    if not (listed_item_head(walk.flat, i, walk.paged, listed)
            and listed_after(walk.flat, i, walk.heading, listed)):
        return False
    if walk.last_kind == "minutes" and earlier_item_after(walk.flat, i, walk.paged, listed):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True


def _title_slide_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, after the minutes or a paper, titles a deck's title slide
    by the title the pack's agenda lists for an item (see ``title_slides``): a report
    starts at its page's top."""
    if not walk.paged or walk.last_kind not in ("minutes", "report") or idx >= ITEM_STAMP_TOP:
        return False
    # (or the deck bound after its item's cover report, its appendix)
    if not (walk.last_kind == "report" and walk.heading is not None
            and title_slide_after_report(walk.flat, i, walk.heading)):
        listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
        if not (title_slide_of_listed_item(walk.flat, i, listed, walk.heading)
                # (or a page titled as an item alone, after a report: titled_pages)
                or (walk.last_kind == "report" and walk.heading is not None
                    and titled_page_of_listed_item(walk.flat, i, listed, walk.heading))):
            return False
    walk.begin(i - idx, "report", i)
    return True


def _masthead_titled_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, after a report, titles the next item's paper under the
    body's own masthead (see ``masthead_titled_pages``): a report starts at its page's top."""
    if not walk.paged or walk.last_kind != "report" or walk.heading is None:
        return False
    listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
    if not masthead_titled_page(walk.flat, i, listed, walk.heading):
        return False
    walk.begin(i - idx, "report", i)
    return True


def _tagged_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by its title
    and its agenda item's number in brackets ("Highlight report: April 2027 (Item 4)", see
    ``tagged_items``): a report starts there (at its page's top in a PDF)."""
    # (the agenda read only for a line so tagged: few are)
    if walk.last_kind not in ("minutes", "report") or not tagged_title(walk.flat[i][2].text):
        return False
    listed = agenda_listing(walk.flat, walk.starts, i, walk.tables, walk.listed)
    if not (tagged_item_head(walk.flat, i, walk.paged, listed)
            and tagged_after(walk.flat, i, walk.heading)):
        return False
    if walk.last_kind == "minutes" and tagged_again_after(walk.flat, i, walk.paged, listed):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True


def _coded_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i``, after the minutes or a paper, heads the next paper by the enclosure
    code the pack's agenda lists for it ("FGP3: Schedule of payments", see
    ``enclosure_papers``), its words naming no kind of their own: a report starts there."""
    flat = walk.flat
    if (walk.last_kind not in ("minutes", "report") or walk.heading is None
            or ":" not in flat[i][2].text or _heading_kind(flat, i) is not None):
        return False
    if not coded_paper_head(flat, i, walk.heading, agenda_lines(flat, walk.starts, i)):
        return False
    walk.begin(i - idx if walk.paged else i, "report", i)
    return True
