"""Another body's paper bound into a committee's pack for an item: a police force's update, a
partner's report, printed under its own masthead ("BRACKENSHIRE POLICE", set in the pack's
masthead type) over the title the agenda lists for the item ("Neighbourhood Policing Update").
It follows the minutes or a report printed under the committee's (or the council's) masthead:
a page headed by a masthead that is neither the current paper's nor any the pack's front page
prints, over a title the agenda lists for a later item, is that item's paper."""

from __future__ import annotations

from kcc_papers.segment_starts.heading_kinds import _under_appendix
from kcc_papers.segment_starts.layout import ITEM_STAMP_TOP, _set_as_heading
from kcc_papers.segment_starts.listed_items import SAME_TITLE_CHARS, _key, agenda_listing
from kcc_papers.segment_starts.masthead_titled_pages import (
    _FIGURES,
    _front_names,
    _masthead_above,
)
from kcc_papers.segment_starts.titled_pages import _items_named, _listed_after
from kcc_papers.segment_starts.walk_state import _Walk


def foreign_masthead_paper(walk: _Walk, i: int, idx: int) -> bool:
    """Whether line ``i`` of a PDF, near a later page's top after the minutes or a report,
    titles the next item's paper under another body's masthead (see the module's note): a
    report starts at its page's top."""
    flat, heading = walk.flat, walk.heading
    if (not walk.paged or walk.last_kind not in ("minutes", "report") or heading is None
            or idx == 0 or idx >= ITEM_STAMP_TOP or flat[i][0] <= flat[heading][0]):
        return False
    if not _set_as_heading(flat, i) or _under_appendix(flat, i):
        return False
    masthead = _masthead_above(flat, i)
    if masthead is None or masthead == _masthead_above(flat, heading):
        return False  # no masthead, or the current paper's own repeated over its pages
    if masthead in _front_names(flat):
        return False  # the committee's or council's own (masthead_titled_pages reads those)
    listed = agenda_listing(flat, walk.starts, i, walk.tables, walk.listed)
    item = _listed_item(_key(flat[i][2].text), listed)
    if item is None:
        return False
    # (after a report, papers follow in the agenda's order: an earlier item's title is the
    # report's appendix; the minutes' next papers are those listed after them, as all are)
    if walk.last_kind == "report" and not _listed_after(
            item, _items_named(flat, heading, listed), listed):
        return False
    walk.begin(i - idx, "report", i)
    return True


def _listed_item(head: str, listed: dict[str, str]) -> str | None:
    """The item whose listed title ``head`` (a key) starts with, or the start of, a place's
    name or a year after it perhaps ("Neighbourhood Policing Update: Brackenfield"); the
    listed title without the figures it ends in, its pages on the agenda ("... Update | 3")."""
    for number, agenda in listed.items():
        shorter, longer = sorted((head, agenda.rstrip(_FIGURES)), key=len)
        if len(shorter) >= SAME_TITLE_CHARS and longer.startswith(shorter):
            return number
    return None
